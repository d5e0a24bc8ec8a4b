#include "core/storage/database.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/audit_page.h"
#include "ui/journal_table_model.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestAuditPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void showsRecentEntriesNewestFirst()
    {
        test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::AuditPage page(ui::Session{*f.ws, f.admin, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QVERIFY(page.model()->rowCount() >= 2);
        QCOMPARE(page.model()->index(0, ui::JournalTableModel::Action).data().toString(), QStringLiteral("user.add"));
        QCOMPARE(page.model()->index(0, ui::JournalTableModel::Record).data().toString(), QStringLiteral("clerk1"));
        QVERIFY(page.model()->entryAt(0)->seq > page.model()->entryAt(1)->seq);

        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableView>(page, "journalTable");
        table->setCurrentIndex(page.model()->index(0, 0));
        const QString details = child<QPlainTextEdit>(page, "entryDetails")->toPlainText();
        QVERIFY(details.contains(QStringLiteral("clerk1")));
        QVERIFY(details.contains(QStringLiteral("\"role\": \"clerk\"")));
        QVERIFY(!details.contains(QStringLiteral("argon2"))); // never a password hash
        test::screenshot(&page, QStringLiteral("audit_page"));
    }

    void pagesOlderEntriesIn()
    {
        test::Fixture f;
        {
            auto tx = core::Transaction::begin(f.ws->db());
            QVERIFY(tx);
            for (int i = 0; i < ui::AuditPage::PageSize; ++i) {
                const core::JournalChange change{
                    QStringLiteral("test.touch"), QStringLiteral("test"), QString::number(i), 1, {}, {}, {}};
                QVERIFY(f.ws->journal().append(QStringLiteral("admin"), change));
            }
            QVERIFY(tx->commit());
        }
        test::FakePrompts prompts;
        ui::AuditPage page(ui::Session{*f.ws, f.admin, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), ui::AuditPage::PageSize);
        auto* older = child<QPushButton>(page, "loadOlderButton");
        QVERIFY(older->isEnabled());
        page.loadOlder();
        const qint64 total = f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal"))->value_or(-1);
        QVERIFY(total > ui::AuditPage::PageSize);
        QCOMPARE(page.model()->rowCount(), total); // the fixture's own entries came on the second page
        QCOMPARE(page.model()->entryAt(page.model()->rowCount() - 1)->seq, 1);
        QVERIFY(!older->isEnabled());
    }

    void verifiesTheChainOnAWorkerThread()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::AuditPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
        auto* result = child<QLabel>(page, "verifyResult");
        QTRY_VERIFY(!page.isVerifying());
        QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));

        // Alter an entry behind the journal's back: the check names it.
        QVERIFY(f.ws->db().execScript(QStringLiteral("UPDATE journal SET user = 'mallory' WHERE seq = 1")));
        QTest::mouseClick(child<QPushButton>(page, "verifyChainButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isVerifying());
        QVERIFY2(result->text().contains(QStringLiteral("broken at entry 1")), qPrintable(result->text()));
        test::screenshot(&page, QStringLiteral("audit_page_broken"));
    }

    void clerkIsRefusedByTheCoreRules()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::AuditPage page(ui::Session{*f.ws, clerk, prompts});
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(child<QLabel>(page, "auditMessage")
                    ->text()
                    .contains(QStringLiteral("permission denied"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestAuditPage)
#include "test_audit_page.moc"
