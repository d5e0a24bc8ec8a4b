#include "core/conversion/conversion_service.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/conversion_page.h"
#include "ui/page_registry.h"

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace hukou;
using hukou::test::child;

// The conversion page: preview counts, exceptions (double-click asks to open the person), the run
// on a worker thread, the report saved as PDF (journaled), and who may see the page.
class TestConversionPage final : public QObject
{
    Q_OBJECT

    static QString cid(const QString& area, const QString& birth, int seq)
    {
        QString s = area + QString(birth).remove('-') + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += s[i].digitValue() * w[i];
        return s + QStringLiteral("10X98765432")[sum % 11];
    }
    static void add(test::Fixture& f, const QString& name, const QString& birth, const QString& district,
                    const QString& household, const QString& relation, const QString& nature, int seq)
    {
        core::FieldValues v;
        v.set(core::PersonField::CitizenId, cid(district, birth, seq * 2 + 1));
        v.set(core::PersonField::Name, name);
        v.set(core::PersonField::Sex, "男");
        v.set(core::PersonField::BirthDate, birth);
        v.set(core::PersonField::District, district);
        v.set(core::PersonField::Address, "测试路" + household + "号");
        v.set(core::PersonField::HouseholdNumber, household);
        v.set(core::PersonField::Relation, relation);
        v.set(core::PersonField::HukouNature, nature);
        auto p = core::RegistryService(*f.ws).registerPerson(f.admin, v, "test", true);
        if (!p)
            qFatal("registerPerson: %s", qPrintable(p.error().describe()));
    }
    static void populate(test::Fixture& f)
    {
        add(f, "陈一", "1960-01-01", "440106", "T1", "户主", "农业", 1);
        add(f, "陈二", "1985-01-01", "440106", "T1", "子", "农业", 2);
        add(f, "陈三", "1988-01-01", "440106", "T1", "子", "非农业", 3);
        add(f, "黄一", "1970-01-01", "440111", "B1", "户主", "蓝印", 4);
        add(f, "黄二", "2012-01-01", "440111", "B1", "子", "未落常住户口", 5);
        add(f, "李一", "1966-01-01", "440103", "L1", "户主", "自理口粮", 6);
        add(f, "李二", "1990-01-01", "440103", "L1", "子", "居民", 7);
    }

private slots:
    void previewRunAndReport()
    {
        test::Fixture f;
        populate(f);
        test::FakePrompts prompts;
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        ui::ConversionPage page(ui::Session{*f.ws, clerk, prompts});
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto* preview = page.previewModel();
        QCOMPARE(preview->rowCount(), 4); // three districts and the total
        const int totalCol = preview->columnCount() - 1;
        QCOMPARE(preview->item(3, totalCol)->data(Qt::UserRole).toLongLong(), 5);
        QCOMPARE(page.exceptionsModel()->rowCount(), 1);
        QCOMPARE(page.exceptionsModel()->item(0, 1)->text(), QStringLiteral("黄二"));
        test::screenshot(&page, "conversion_page_before");

        // Double-click on an exception asks to open that person.
        QSignalSpy open(&page, &ui::ConversionPage::openPersonRequested);
        auto* exTable = child<QTableView>(page, "exceptionsTable");
        const QModelIndex idx = exTable->model()->index(0, 1);
        exTable->scrollTo(idx);
        QTest::mouseClick(exTable->viewport(), Qt::LeftButton, {}, exTable->visualRect(idx).center());
        QTest::mouseDClick(exTable->viewport(), Qt::LeftButton, {}, exTable->visualRect(idx).center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), page.exceptionsModel()->item(0, 0)->text());

        // One district first.
        auto* combo = child<QComboBox>(page, "districtCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("440106")));
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(1, totalCol)->data(Qt::UserRole).toLongLong(), 3);
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QCOMPARE(prompts.count("confirm"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM person WHERE former_nature <> ''")->value_or(-1), 3);
        QVERIFY(child<QLabel>(page, "conversionMessage")->text().contains("3"));
        QVERIFY(!child<QPushButton>(page, "runButton")->isEnabled()); // nothing left in Tianhe

        combo->setCurrentIndex(0);
        QCOMPARE(preview->item(preview->rowCount() - 1, totalCol)->data(Qt::UserRole).toLongLong(), 2);
        test::screenshot(&page, "conversion_page_after_tianhe");
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM person WHERE former_nature <> ''")->value_or(-1), 5);
        test::screenshot(&page, "conversion_page_done");

        // The report as PDF, journaled.
        prompts.fileAnswer = f.dir.filePath("report.pdf");
        QTest::mouseClick(child<QPushButton>(page, "saveReportButton"), Qt::LeftButton);
        QVERIFY(QFileInfo(prompts.fileAnswer).size() > 1000);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM journal WHERE action = 'document.print'")->value_or(-1), 1);
    }

    void cancelKeepsWholeChunks()
    {
        test::Fixture f;
        populate(f);
        test::FakePrompts prompts;
        ui::ConversionPage page(ui::Session{*f.ws, f.admin, prompts});
        page.startRun();
        page.cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        const qint64 converted = f.ws->db().queryInt("SELECT count(*) FROM person WHERE former_nature <> ''")->value_or(-1);
        const qint64 chunks = f.ws->db().queryInt("SELECT coalesce(sum(converted), 0) FROM conversion_chunk")->value_or(-1);
        QCOMPARE(converted, chunks);
    }

    void fieldUsersDoNotSeeThePage()
    {
        test::Fixture f;
        const core::Actor field = f.addUser("field1", core::Role::Field);
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        const auto reg = ui::PageRegistry::standard();
        const auto has = [&](const core::Actor& a) {
            for (const auto& s : reg.visibleTo(a))
                if (s.id == "conversion")
                    return true;
            return false;
        };
        QVERIFY(!has(field));
        QVERIFY(has(clerk));
        QVERIFY(has(f.admin));

        // Even if shown, the page cannot run for a field user.
        test::FakePrompts prompts;
        ui::ConversionPage page(ui::Session{*f.ws, field, prompts});
        QVERIFY(!child<QPushButton>(page, "runButton")->isEnabled());
        page.startRun();
        QVERIFY(!page.isRunning());
        QVERIFY(child<QLabel>(page, "conversionMessage")->text().contains("field1"));
    }
};

QTEST_MAIN(TestConversionPage)
#include "test_conversion_page.moc"
