#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "core/registry/registry_service.h"
#include "core/sync/sync_service.h"
#include "ui/appearance.h"
#include "ui/audit_page.h"
#include "ui/users_page.h"
#include "ui/main_window.h"
#include "ui/page.h"
#include "ui/page_registry.h"
#include "ui/settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace hukou;
using namespace std::chrono_literals;
using hukou::test::child;

class TestMainWindow final : public QObject
{
    Q_OBJECT

    struct Env
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::Settings settings{f.dir.filePath(QStringLiteral("settings.ini"))};
    };

    // The frame is tested with the two pages of the shell; the standard list has its own test.
    static ui::PageRegistry shellPages()
    {
        ui::PageRegistry r;
        r.add({QStringLiteral("users"), core::Permission::ManageUsers,
               [](const ui::Session& s) { return std::make_unique<ui::UsersPage>(s); }});
        r.add({QStringLiteral("audit"), core::Permission::ReadAudit,
               [](const ui::Session& s) { return std::make_unique<ui::AuditPage>(s); }});
        return r;
    }

    static QStringList navigation(const ui::MainWindow& w)
    {
        QStringList out;
        auto* nav = child<QListWidget>(w, "navigation");
        for (int i = 0; i < nav->count(); ++i)
            out << nav->item(i)->text();
        return out;
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void administratorSeesUsersAndAudit()
    {
        Env e;
        ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(navigation(w), (QStringList{QStringLiteral("Users"), QStringLiteral("Audit")}));
        QVERIFY(w.findPage(QStringLiteral("users")));
        QVERIFY(w.findPage(QStringLiteral("audit")));
        QCOMPARE(w.currentPage(), w.findPage(QStringLiteral("users")));
        QCOMPARE(w.size(), QSize(1200, 800));

        const QString user = child<QLabel>(w, "statusUser")->text();
        QVERIFY(user.contains(QStringLiteral("管理员")) && user.contains(QStringLiteral("admin")) &&
                user.contains(QStringLiteral("Administrator")));
        QVERIFY(child<QLabel>(w, "statusDatabase")->text().contains(e.f.dbPath()));
        test::screenshot(&w, QStringLiteral("main_window_users"));

        // Ctrl+2 goes to the second page, Ctrl+1 back.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), w.findPage(QStringLiteral("audit")));
        QCOMPARE(child<QLabel>(w, "pageTitle")->text(), QStringLiteral("Audit"));
        QCOMPARE(child<QListWidget>(w, "navigation")->currentRow(), 1);
        test::screenshot(&w, QStringLiteral("main_window_audit"));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), w.findPage(QStringLiteral("users")));

        // Clicking in the navigation list switches too.
        child<QListWidget>(w, "navigation")->setCurrentRow(1);
        QCOMPARE(w.currentPage(), w.findPage(QStringLiteral("audit")));
    }

    void pagesFollowTheRole()
    {
        Env e;
        const core::Actor supervisor = e.f.addUser(QStringLiteral("boss"), core::Role::Supervisor);
        ui::MainWindow sw(ui::Session{*e.f.ws, supervisor, e.prompts}, shellPages(), e.settings);
        QCOMPARE(navigation(sw), QStringList{QStringLiteral("Audit")});

        const core::Actor clerk = e.f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        ui::MainWindow cw(ui::Session{*e.f.ws, clerk, e.prompts}, shellPages(), e.settings);
        QVERIFY(cw.findPage(QStringLiteral("users")) == nullptr);
        QVERIFY(cw.findChild<ui::Page*>() == nullptr); // no Users page, not even hidden
        QCOMPARE(cw.pageCount(), 0);
        cw.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cw));
        QVERIFY(child<QLabel>(cw, "noPagesLabel")->isVisible());
        QVERIFY(child<QLabel>(cw, "statusUser")->text().contains(QStringLiteral("Clerk")));
        test::screenshot(&cw, QStringLiteral("main_window_clerk"));
    }

    void idleTimeoutLocksAndThePasswordUnlocks()
    {
        Env e;
        ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
        QCOMPARE(w.idleTimeout(), std::chrono::milliseconds(15min)); // AuthPolicy's default
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* workArea = child<QWidget>(w, "workArea");
        auto* lockScreen = child<QWidget>(w, "lockScreen");
        QVERIFY(workArea->isVisible());

        w.setIdleTimeout(50ms);
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 2000);
        QVERIFY(!workArea->isVisible());
        QVERIFY(lockScreen->isVisible());
        QVERIFY(!child<QAction>(w, "actionPage2")->isEnabled());
        test::screenshot(&w, QStringLiteral("main_window_locked"));

        // A wrong password keeps it locked and says so.
        QTest::keyClicks(child<QLineEdit>(w, "unlockPassword"), QStringLiteral("guess-guess"));
        QTest::mouseClick(child<QPushButton>(w, "unlockButton"), Qt::LeftButton);
        QVERIFY(w.isLocked());
        QVERIFY(child<QLabel>(w, "unlockError")->isVisible());
        test::screenshot(&w, QStringLiteral("main_window_unlock_wrong"));

        w.setIdleTimeout(0ms); // no relock while the test types
        QTest::keyClicks(child<QLineEdit>(w, "unlockPassword"), QStringLiteral("admin-pass-1"));
        QTest::mouseClick(child<QPushButton>(w, "unlockButton"), Qt::LeftButton);
        QVERIFY(!w.isLocked());
        QVERIFY(workArea->isVisible());
        QVERIFY(!lockScreen->isVisible());
    }

    void inputKeepsTheSessionOpen()
    {
        Env e;
        ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setIdleTimeout(500ms);
        auto* nav = child<QListWidget>(w, "navigation");
        for (int i = 0; i < 12; ++i) { // 12 x 50 ms of activity: longer than the timeout
            QTest::qWait(50);
            QTest::keyClick(nav, Qt::Key_Shift);
        }
        QVERIFY(!w.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 2000);
    }

    void ctrlLLocksAndSignOutIsOffered()
    {
        Env e;
        ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QSignalSpy signOut(&w, &ui::MainWindow::signOutRequested);
        QTest::mouseClick(child<QPushButton>(w, "signOutButton"), Qt::LeftButton);
        QCOMPARE(signOut.count(), 1);
    }

    void menusAndGeometry()
    {
        Env e;
        {
            ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(child<QAction>(w, "actionLock")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
            QCOMPARE(child<QAction>(w, "actionQuit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
            child<QAction>(w, "actionAbout")->trigger();
            QCOMPARE(e.prompts.count(QStringLiteral("about")), 1);
            w.resize(1000, 700);
            QSignalSpy closed(&w, &ui::MainWindow::closed);
            child<QAction>(w, "actionQuit")->trigger();
            QCOMPARE(closed.count(), 1);
        }
        QVERIFY(!e.settings.windowGeometry().isEmpty());
        ui::MainWindow again(ui::Session{*e.f.ws, e.f.admin, e.prompts}, shellPages(), e.settings);
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void standardPagesFollowTheRole()
    {
        Env e;
        ui::MainWindow aw(ui::Session{*e.f.ws, e.f.admin, e.prompts}, ui::PageRegistry::standard(), e.settings);
        QCOMPARE(aw.currentPage(), aw.findPage(QStringLiteral("registry"))); // the register comes first
        QVERIFY(aw.findPage(QStringLiteral("users")) && aw.findPage(QStringLiteral("audit")));
        const core::Actor field = e.f.addUser(QStringLiteral("field1"), core::Role::Field);
        ui::MainWindow fw(ui::Session{*e.f.ws, field, e.prompts}, ui::PageRegistry::standard(), e.settings);
        QVERIFY(fw.findPage(QStringLiteral("registry")));
        for (const char* hidden : {"users", "audit", "conversion", "collective"})
            QVERIFY2(!fw.findPage(QString::fromLatin1(hidden)), hidden);
    }

    void aPageCanOpenAPersonOnTheRegistry()
    {
        Env e;
        test::registerChenMing(e.f);
        ui::MainWindow w(ui::Session{*e.f.ws, e.f.admin, e.prompts}, ui::PageRegistry::standard(), e.settings);
        w.showPage(static_cast<int>(w.pageCount()) - 1);
        emit w.findPage(QStringLiteral("conversion"))->openPersonRequested(QStringLiteral("440106199001011235"));
        QCOMPARE(w.currentPage(), w.findPage(QStringLiteral("registry")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("detailName"))->text().contains(QStringLiteral("陈明")));
    }

    // A later page plugs in through the registry alone.
    void registryAddsPages()
    {
        class HelloPage final : public ui::Page
        {
        public:
            QString title() const override { return QStringLiteral("Hello"); }
            void activate() override { ++activations; }
            int activations = 0;
        };
        Env e;
        ui::PageRegistry registry = shellPages();
        registry.add(
            {QStringLiteral("hello"), std::nullopt, [](const ui::Session&) { return std::make_unique<HelloPage>(); }});
        const core::Actor clerk = e.f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        ui::MainWindow w(ui::Session{*e.f.ws, clerk, e.prompts}, registry, e.settings);
        QCOMPARE(navigation(w), QStringList{QStringLiteral("Hello")});
        auto* hello = dynamic_cast<HelloPage*>(w.findPage(QStringLiteral("hello")));
        QVERIFY(hello);
        QCOMPARE(hello->objectName(), QStringLiteral("page_hello"));
        QCOMPARE(hello->activations, 1);
    }

    // A field laptop whose work waits: after more days than the setting, every page but the sync
    // page says so, with a link to it; an export ends the reminder.
    void reminderWhenWorkWaitsForExport()
    {
        Env env;
        env.settings.setSyncReminderDays(3);
        const core::Actor field = env.f.addUser(QStringLiteral("field1"), core::Role::Field);
        test::Fixture office;
        const auto officeId = core::SyncService(*office.ws).identity();
        QVERIFY(officeId);
        QVERIFY(core::SyncService(*env.f.ws).trust(env.f.admin, QStringLiteral("office"), officeId->deviceId,
                                                   officeId->publicKey));
        test::registerChenMing(env.f);
        env.f.clock.advanceSecs(2 * 86400);
        {
            ui::MainWindow early(ui::Session{*env.f.ws, field, env.prompts}, ui::PageRegistry::standard(), env.settings);
            QVERIFY(!child<QLabel>(early, "syncReminder")->isVisibleTo(&early)); // 2 days: not yet
        }
        env.f.clock.advanceSecs(3 * 86400);
        ui::MainWindow window(ui::Session{*env.f.ws, field, env.prompts}, ui::PageRegistry::standard(), env.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* reminder = child<QLabel>(window, "syncReminder");
        QVERIFY(reminder->isVisible());
        QVERIFY2(reminder->text().contains(QStringLiteral("5")), qPrintable(reminder->text()));
        // The link opens the sync page, which says it itself.
        emit reminder->linkActivated(QStringLiteral("sync"));
        QCOMPARE(window.currentPage(), window.findPage(QStringLiteral("sync")));
        QVERIFY(!reminder->isVisible());
        // Exported: no reminder on the registry page either.
        QVERIFY(core::SyncService(*env.f.ws).exportChanges(field, QStringLiteral("office"), env.f.dir.filePath("out.hkb")));
        window.showPage(0);
        QVERIFY(!reminder->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
