// The GUI and hukouctl share one database file (README). Nothing the GUI process does beside SQLite
// (a file dialog sniffing the files of the database's folder, an icon provider, a recent-files
// list) may drop SQLite's locks: otherwise the next hukouctl believes it is the last connection,
// checkpoints and deletes the -wal and -shm files under the GUI, and the GUI's later writes are
// lost or corrupt the file (issue 12). Each test holds the database open here as the GUI does,
// does what a user's dialog does, then runs the real hukouctl against the same file.
#include "core/auth/user_service.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "core/workspace.h"
#include "gui_test_support.h"
#include "fake_prompts.h"
#include "support/test_support.h"
#include "ui/application_controller.h"
#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hukou;

class TestSharedDatabase final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::ManualClock m_clock{QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC)};

    [[nodiscard]] QString folder() const { return m_dir.filePath("db"); }
    [[nodiscard]] QString db() const { return m_dir.filePath("db/x.db"); }
    test::CliRun ctl(const QStringList& args) const
    {
        return test::runCli(QStringList{"--db", db(), "--user", "admin"} + args, m_dir.path(),
                            {"HUKOU_PASSWORD=admin-pass-1"});
    }

    // Someone the demo registered, with the occupation hukouctl shows for them now.
    QString anyone() const
    {
        auto d = core::Database::open(db(), core::Database::Mode::ReadOnly);
        auto st = d->prepare("SELECT citizen_id FROM person WHERE status = 'active' ORDER BY id LIMIT 1");
        (void)st->step();
        return st->text(0);
    }

    // The GUI's side: a correction through the same service the person dialog uses.
    static void correct(const core::Workspace& ws, const core::Actor& actor, const QString& id, const QString& job)
    {
        core::RegistryService registry(ws);
        auto r = registry.correct(actor, id, {{core::PersonField::Occupation, job}}, "shared database test");
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }

    // After the GUI's side has done `disturb` while it holds the database open: hukouctl runs, the
    // GUI writes again, hukouctl sees that write, and the file checks out once the GUI has closed.
    void survives(const std::function<void()>& disturb)
    {
        QVERIFY(QDir().mkpath(folder()));
        QVERIFY(QFile::remove(db()) || !QFile::exists(db()));
        auto r = test::runCli({"--db", db(), "init", "--admin", "admin"}, m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl({"demo", "--persons", "200", "--seed", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = anyone();
        {
            auto ws = core::Workspace::open(db(), core::Workspace::Open::Existing, m_clock);
            QVERIFY(ws);
            auto admin = core::UserService(**ws).authenticate("admin", "admin-pass-1");
            QVERIFY(admin);
            correct(**ws, *admin, id, "木工");
            if (QTest::currentTestFailed())
                return;
            QVERIFY(QFile::exists(db() + "-wal"));

            disturb();
            if (QTest::currentTestFailed())
                return;

            r = ctl({"person", "find", "王"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(QFile::exists(db() + "-wal") && QFile::exists(db() + "-shm"),
                     "hukouctl deleted the WAL of a database the GUI still has open");
            correct(**ws, *admin, id, "泥瓦工");
            r = ctl({"person", "show", id});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains("泥瓦工"), qPrintable(r.out));
        }
        r = ctl({"check"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

private slots:
    // What a clerk does: 导入… opens a file dialog, which shows the database's own folder (Qt
    // remembers it), lists and sniffs its files for their types and icons; the clerk cancels.
    void fileDialogOnTheDatabaseFolder()
    {
        survives([this] {
            QFileDialog dialog(nullptr, "导入", folder(), "CSV (*.csv);;所有文件 (*)");
            dialog.setOption(QFileDialog::DontUseNativeDialog); // offscreen has no other
            auto* model = dialog.findChild<QFileSystemModel*>();
            QVERIFY(model);
            QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
            // Let the icon and type gatherers visit every file of the folder.
            const QModelIndex root = model->index(folder());
            for (int i = 0; i < model->rowCount(root); ++i) {
                const QModelIndex file = model->index(i, 0, root);
                (void)model->fileIcon(file);
                (void)model->type(file);
            }
            QTest::qWait(500);
            dialog.reject();
        });
    }

    // The root of it: any code of the process that opens and closes the database's files (a MIME
    // sniff reads the first bytes of -wal and -shm, which have no extension) must leave SQLite's
    // locks alone.
    void anyOpenAndCloseOfTheFiles()
    {
        survives([this] {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile f(db() + suffix);
                QVERIFY(f.open(QIODevice::ReadOnly));
                (void)f.read(512);
                f.close();
            }
        });
    }

    // The database file moved (or replaced) under the running GUI: within seconds the GUI says so
    // in words a clerk can act on, closes, and nothing more is written to either file.
    void movedDatabaseFileIsFatal()
    {
        QVERIFY(QDir().mkpath(folder()));
        QFile::remove(db());
        auto r = test::runCli({"--db", db(), "init", "--admin", "admin"}, m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ui::Settings settings(m_dir.filePath("settings.ini"));
        test::FakePrompts prompts;
        ui::ApplicationController controller(settings, prompts, m_clock);
        QSignalSpy quit(&controller, &ui::ApplicationController::quitRequested);
        QVERIFY(controller.start(db()));
        QVERIFY(controller.loginDialog());

        const QString moved = m_dir.filePath("db/moved.db");
        QVERIFY(QFile::rename(db(), moved));
        QTRY_VERIFY_WITH_TIMEOUT(quit.count() == 1, 10000);
        QVERIFY(!prompts.shown.empty());
        QCOMPARE(prompts.shown.back().kind, QStringLiteral("error"));
        QVERIFY2(prompts.shown.back().text.contains("hukouctl check"), qPrintable(prompts.shown.back().text));
        QVERIFY(!prompts.shown.back().text.contains("SQLITE"));

        // No further writes through any connection of this process to that file.
        const core::Workspace& ws = *controller.workspace();
        auto admin = core::UserService(ws).authenticate("admin", "admin-pass-1");
        QVERIFY(!admin); // signing in records the attempt: a write, refused
        QCOMPARE(admin.error().code, core::ErrorCode::Integrity);
        auto tx = core::Transaction::begin(ws.db());
        QVERIFY(!tx);
        QCOMPARE(tx.error().code, core::ErrorCode::Integrity);
    }
};

QTEST_MAIN(TestSharedDatabase)
#include "test_shared_database.moc"
