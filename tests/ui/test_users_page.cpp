#include "core/auth/user_service.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/add_user_dialog.h"
#include "ui/appearance.h"
#include "ui/reset_password_dialog.h"
#include "ui/session.h"
#include "ui/user_table_model.h"
#include "ui/users_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestUsersPage final : public QObject
{
    Q_OBJECT

    static int rowOf(const ui::UsersPage& page, const QString& login) { return page.model()->rowOf(login); }

    static void select(ui::UsersPage& page, const QString& login)
    {
        child<QTableView>(page, "usersTable")->selectRow(rowOf(page, login));
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void listsUsersUnderTheModelTester()
    {
        test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.model()->rowCount(), 2);
        const int row = rowOf(page, QStringLiteral("clerk1"));
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return page.model()->index(row, column).data().toString(); };
        QCOMPARE(cell(ui::UserTableModel::Role), core::Roles::label(core::Role::Clerk));
        QCOMPARE(cell(ui::UserTableModel::Active), QStringLiteral("Active"));
        QVERIFY(cell(ui::UserTableModel::LockedUntil).isEmpty());
    }

    void addsAUserThroughTheDialog()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(page, "addUserButton"), Qt::LeftButton);
        auto* dialog = page.findChild<ui::AddUserDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, "loginEdit"), QStringLiteral("wangfang"));
        test::commitText(child<QLineEdit>(*dialog, "nameEdit"), QStringLiteral("王芳"));
        auto* role = child<QComboBox>(*dialog, "roleCombo");
        role->setCurrentIndex(role->findText(core::Roles::label(core::Role::Supervisor)));
        QTest::keyClicks(child<QLineEdit>(*dialog, "passwordEdit"), QStringLiteral("wangfang-pass-1"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "repeatEdit"), QStringLiteral("wangfang-pass-1"));
        test::screenshot(dialog, QStringLiteral("add_user_dialog"));
        QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);

        QTRY_COMPARE(page.model()->rowCount(), 2);
        const int row = rowOf(page, QStringLiteral("wangfang"));
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->index(row, ui::UserTableModel::Name).data().toString(), QStringLiteral("王芳"));
        QCOMPARE(page.model()->index(row, ui::UserTableModel::Role).data().toString(),
                 core::Roles::label(core::Role::Supervisor));
        QVERIFY(child<QLabel>(page, "usersMessage")->text().contains(QStringLiteral("wangfang")));
        QVERIFY(prompts.shown.empty());
        // Stored for real: the new user can sign in.
        QVERIFY(core::UserService(*f.ws).authenticate(QStringLiteral("wangfang"), QStringLiteral("wangfang-pass-1")));
        test::screenshot(&page, QStringLiteral("users_page"));
    }

    void duplicateLoginIsShownNextToTheField()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QPushButton>(page, "addUserButton"), Qt::LeftButton);
        auto* dialog = page.findChild<ui::AddUserDialog*>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, "loginEdit"), QStringLiteral("admin"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "nameEdit"), QStringLiteral("Again"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "passwordEdit"), QStringLiteral("again-pass-1"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "repeatEdit"), QStringLiteral("again-pass-1"));
        QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* hint = child<QLabel>(*dialog, "loginHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("already exists")));
        test::screenshot(dialog, QStringLiteral("add_user_duplicate"));
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void changesRoleAndDeactivates()
    {
        test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, QStringLiteral("clerk1"));

        prompts.chooseAnswer = 2; // Clerk, Field registrar, Supervisor, Administrator
        QTest::mouseClick(child<QPushButton>(page, "changeRoleButton"), Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("choose")), 1);
        QCOMPARE(page.model()->userAt(rowOf(page, QStringLiteral("clerk1")))->role, core::Role::Supervisor);

        auto* toggle = child<QPushButton>(page, "toggleActiveButton");
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("confirm")), 1);
        QVERIFY(!page.model()->userAt(rowOf(page, QStringLiteral("clerk1")))->active);
        QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Activate"));
        QTest::mouseClick(toggle, Qt::LeftButton); // activating asks nothing
        QCOMPARE(prompts.count(QStringLiteral("confirm")), 1);
        QVERIFY(page.model()->userAt(rowOf(page, QStringLiteral("clerk1")))->active);
    }

    void coreRefusalIsShown()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, QStringLiteral("admin"));
        QTest::mouseClick(child<QPushButton>(page, "toggleActiveButton"), Qt::LeftButton);
        const auto* err = prompts.last(QStringLiteral("error"));
        QVERIFY(err);
        QVERIFY2(err->text.contains(QStringLiteral("last active administrator")), qPrintable(err->text));
        QVERIFY(page.model()->userAt(rowOf(page, QStringLiteral("admin")))->active);
    }

    void resetsAPassword()
    {
        test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, f.admin, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        select(page, QStringLiteral("clerk1"));
        QTest::mouseClick(child<QPushButton>(page, "resetPasswordButton"), Qt::LeftButton);
        auto* dialog = page.findChild<ui::ResetPasswordDialog*>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, "passwordEdit"), QStringLiteral("brand-new-pass"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "repeatEdit"), QStringLiteral("brand-new-pass"));
        test::screenshot(dialog, QStringLiteral("reset_password_dialog"));
        QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ui::ResetPasswordDialog*>() == nullptr);
        QVERIFY(core::UserService(*f.ws).authenticate(QStringLiteral("clerk1"), QStringLiteral("brand-new-pass")));
    }

    // Only the core decides: a supervisor who somehow reached the page is refused by UserService.
    void nonAdministratorIsRefusedByTheCore()
    {
        test::Fixture f;
        const core::Actor supervisor = f.addUser(QStringLiteral("boss"), core::Role::Supervisor);
        test::FakePrompts prompts;
        ui::UsersPage page(ui::Session{*f.ws, supervisor, prompts});
        QCOMPARE(page.model()->rowCount(), 0);
        auto* message = child<QLabel>(page, "usersMessage");
        QVERIFY(message->text().contains(QStringLiteral("permission denied"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestUsersPage)
#include "test_users_page.moc"
