#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/application_controller.h"
#include "ui/first_run_dialog.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hukou;
using hukou::test::child;

class TestApplicationController final : public QObject
{
    Q_OBJECT

    static void signIn(ui::LoginDialog* dialog, const QString& password)
    {
        QTest::keyClicks(child<QLineEdit>(*dialog, "passwordEdit"), password);
        QTest::mouseClick(child<QPushButton>(*dialog, "signInButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    // First start on a new database: first administrator, sign in, main window; sign out and quit.
    void firstRunThenLoginThenMainWindow()
    {
        QTemporaryDir dir;
        core::ManualClock clock(QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC));
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::FakePrompts prompts;
        ui::ApplicationController controller(settings, prompts, clock);
        QSignalSpy quit(&controller, &ui::ApplicationController::quitRequested);
        const QString db = dir.filePath(QStringLiteral("new/hukou.db"));
        QVERIFY(controller.start(db));
        QCOMPARE(settings.lastDatabasePath(), db);

        ui::FirstRunDialog* first = controller.firstRunDialog();
        QVERIFY(first);
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QVERIFY(!controller.loginDialog());
        QTest::keyClicks(child<QLineEdit>(*first, "loginEdit"), QStringLiteral("chief"));
        QTest::keyClicks(child<QLineEdit>(*first, "nameEdit"), QStringLiteral("Chen Li"));
        QTest::keyClicks(child<QLineEdit>(*first, "passwordEdit"), QStringLiteral("chief-pass-1"));
        QTest::keyClicks(child<QLineEdit>(*first, "repeatEdit"), QStringLiteral("chief-pass-1"));
        QTest::mouseClick(child<QPushButton>(*first, "okButton"), Qt::LeftButton);

        ui::LoginDialog* login = controller.loginDialog();
        QVERIFY(login);
        QVERIFY(!controller.firstRunDialog());
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QCOMPARE(child<QLineEdit>(*login, "loginEdit")->text(), QStringLiteral("chief"));
        signIn(login, QStringLiteral("chief-pass-1"));

        ui::MainWindow* window = controller.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(child<QLabel>(*window, "statusUser")->text().contains(QStringLiteral("Chen Li")));
        QCOMPARE(window->pageCount(),
                 static_cast<int>(ui::PageRegistry::standard().visibleTo(window->session().actor).size()));

        // Sign out: back to the login, not the end of the program.
        child<QAction>(*window, "actionSignOut")->trigger();
        QVERIFY(!controller.mainWindow());
        QVERIFY(controller.loginDialog());
        QCOMPARE(quit.count(), 0);
        signIn(controller.loginDialog(), QStringLiteral("chief-pass-1"));
        QVERIFY(controller.mainWindow());

        // Quit from the menu ends the program.
        child<QAction>(*controller.mainWindow(), "actionQuit")->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(prompts.shown.empty());
    }

    void existingDatabaseGoesStraightToLogin()
    {
        test::Fixture f;
        const QString path = f.dbPath();
        f.ws.reset();
        ui::Settings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        test::FakePrompts prompts;
        ui::ApplicationController controller(settings, prompts, f.clock);
        QSignalSpy quit(&controller, &ui::ApplicationController::quitRequested);
        QVERIFY(controller.start(path));
        QVERIFY(!controller.firstRunDialog());
        ui::LoginDialog* login = controller.loginDialog();
        QVERIFY(login);
        QTest::mouseClick(child<QPushButton>(*login, "quitButton"), Qt::LeftButton);
        QCOMPARE(quit.count(), 1);
        QVERIFY(!controller.mainWindow());
    }

    // An older database is upgraded on opening (off the GUI thread); the clerk is told where the
    // copy of the old file went, and signs in to the upgraded one.
    void olderDatabaseIsUpgradedThenLogin()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        {
            auto db = core::Database::open(path, core::Database::Mode::CreateIfMissing);
            QVERIFY(db.has_value());
            QVERIFY(core::Migrations::upgrade(*db, 5).has_value());
            QVERIFY(db->execScript(QStringLiteral("INSERT INTO app_user (login, name, role, password_hash, created_at) "
                                                  "VALUES ('root', '管理员', 'admin', 'x', '2024-10-20T09:00:00Z')")));
        }
        core::ManualClock clock(QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC));
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::FakePrompts prompts;
        ui::ApplicationController controller(settings, prompts, clock);
        QVERIFY(controller.start(path));
        const auto* upgraded = prompts.last(QStringLiteral("information"));
        QVERIFY(upgraded);
        QVERIFY2(upgraded->text.contains(QStringLiteral("v5.db.v5-")), qPrintable(upgraded->text));
        QVERIFY(controller.loginDialog());
        auto reopened = core::Database::open(path, core::Database::Mode::ReadOnly);
        QCOMPARE(*core::Migrations::currentVersion(*reopened), core::Migrations::latestVersion());
    }

    void unopenableDatabaseIsReported()
    {
        QTemporaryDir dir;
        core::ManualClock clock(QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC));
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        test::FakePrompts prompts;
        ui::ApplicationController controller(settings, prompts, clock);
        QVERIFY(!controller.start(dir.path())); // a folder, not a database
        const auto* error = prompts.last(QStringLiteral("error"));
        QVERIFY(error);
        QVERIFY(error->text.contains(dir.path()));
        QVERIFY(!controller.loginDialog() && !controller.firstRunDialog() && !controller.mainWindow());
    }
};

QTEST_MAIN(TestApplicationController)
#include "test_application_controller.moc"
