#include "core/registry/demo_generator.h"
#include "core/registry/person_store.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/import_dialog.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestImportDialog final : public QObject
{
    Q_OBJECT

    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    static qint64 persons(test::Fixture& f) { return core::PersonStore(f.ws->db()).personCount().value_or(-1); }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void importsAndListsTheOneBadRow()
    {
        test::Fixture f;
        // 20 good rows plus one with an impossible citizen ID.
        QByteArray csv = core::DemoGenerator(3, QDate(2024, 10, 20)).personsCsv(20);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        const qsizetype idColumn = lines.front().split(',').indexOf("citizen_id");
        QVERIFY(idColumn >= 0);
        QList<QByteArray> bad = lines.back().split(',');
        bad[idColumn] = "44010619900230123X";
        csv = csv.trimmed() + '\n' + bad.join(',') + '\n';
        const QString path = write(f.dir, QStringLiteral("persons.csv"), csv);

        test::FakePrompts prompts;
        ui::ImportDialog dialog(ui::Session{*f.ws, f.admin, prompts});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* start = child<QPushButton>(dialog, "startImportButton");
        QVERIFY(!start->isEnabled());
        prompts.fileAnswer = path;
        QTest::mouseClick(child<QPushButton>(dialog, "chooseFileButton"), Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("openFile")), 1);
        auto* preview = child<QTableWidget>(dialog, "previewTable");
        QCOMPARE(preview->rowCount(), ui::ImportDialog::PreviewRows);
        QVERIFY(preview->columnCount() > 10);
        QVERIFY(start->isEnabled());
        test::screenshot(&dialog, QStringLiteral("import_dialog_preview"));

        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY(dialog.report());
        QCOMPARE(dialog.report()->imported, qint64(20));
        QCOMPARE(dialog.report()->rejected.size(), std::size_t(1));
        auto* rejects = child<QTableWidget>(dialog, "rejectsTable");
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("22"));
        QCOMPARE(rejects->item(0, 1)->text(), QStringLiteral("citizen_id"));
        QVERIFY(!rejects->item(0, 2)->text().isEmpty());
        QVERIFY(child<QLabel>(dialog, "importResult")->text().contains(QStringLiteral("20")));
        QCOMPARE(persons(f), qint64(20));
        test::screenshot(&dialog, QStringLiteral("import_dialog_done"));

        auto* save = child<QPushButton>(dialog, "saveRejectsButton");
        QVERIFY(save->isEnabled());
        prompts.fileAnswer = f.dir.filePath(QStringLiteral("rejects.csv"));
        QTest::mouseClick(save, Qt::LeftButton);
        QFile saved(prompts.fileAnswer);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY(content.contains("44010619900230123X"));
        QVERIFY(content.contains("22"));
    }

    void showsTheHeaderProblem()
    {
        test::Fixture f;
        const QString path = write(f.dir, QStringLiteral("bad.csv"), "who,what\n1,2\n");
        test::FakePrompts prompts;
        ui::ImportDialog dialog(ui::Session{*f.ws, f.admin, prompts});
        dialog.setFile(path);
        QVERIFY(!child<QLabel>(dialog, "previewError")->isHidden());
        QVERIFY(!child<QLabel>(dialog, "previewError")->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "startImportButton")->isEnabled());
    }

    void cancelLandsNothing()
    {
        test::Fixture f;
        const QString path =
            write(f.dir, QStringLiteral("big.csv"), core::DemoGenerator(5, QDate(2024, 10, 20)).personsCsv(20000));
        test::FakePrompts prompts;
        ui::ImportDialog dialog(ui::Session{*f.ws, f.admin, prompts});
        dialog.show();
        dialog.setFile(path);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        QVERIFY(child<QPushButton>(dialog, "cancelImportButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelImportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(!dialog.report());
        QVERIFY(child<QLabel>(dialog, "importResult")->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(persons(f), qint64(0));
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
