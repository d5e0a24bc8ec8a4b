#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/login_dialog.h"
#include "ui/settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestLoginDialog final : public QObject
{
    Q_OBJECT

    static void signIn(ui::LoginDialog& dialog, const QString& login, const QString& password)
    {
        auto* loginEdit = child<QLineEdit>(dialog, "loginEdit");
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), password);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void signsIn()
    {
        test::Fixture f;
        ui::Settings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        ui::LoginDialog dialog(*f.ws, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::screenshot(&dialog, QStringLiteral("login_empty"));
        signIn(dialog, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.actor().login, QStringLiteral("admin"));
        QCOMPARE(dialog.actor().role, core::Role::Admin);
        QCOMPARE(settings.lastLogin(), QStringLiteral("admin")); // prefilled next time

        ui::LoginDialog next(*f.ws, settings);
        QCOMPARE(child<QLineEdit>(next, "loginEdit")->text(), QStringLiteral("admin"));
    }

    void wrongPasswordShowsTheMessageInTheDialog()
    {
        test::Fixture f;
        ui::Settings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        ui::LoginDialog dialog(*f.ws, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* error = child<QLabel>(dialog, "loginError");
        QVERIFY(!error->isVisible());

        signIn(dialog, QStringLiteral("admin"), QStringLiteral("not-the-password"));
        QVERIFY(dialog.isVisible()); // still asking
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Wrong login or password."));
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        test::screenshot(&dialog, QStringLiteral("login_wrong_password"));

        // The right password afterwards still works.
        signIn(dialog, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void lockedAccountSaysUntilWhen()
    {
        test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        ui::Settings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        ui::LoginDialog dialog(*f.ws, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int i = 0; i < 5; ++i)
            signIn(dialog, QStringLiteral("clerk1"), QStringLiteral("wrong-wrong"));
        signIn(dialog, QStringLiteral("clerk1"), QStringLiteral("clerk1-pass-1"));
        QVERIFY(dialog.isVisible());
        const QString text = child<QLabel>(dialog, "loginError")->text();
        QVERIFY2(text.contains(QStringLiteral("locked")) && text.contains(QStringLiteral("2024-10-20")),
                 qPrintable(text));
        test::screenshot(&dialog, QStringLiteral("login_locked"));
    }

    void emptyFieldsAreCaughtBeforeTheCore()
    {
        test::Fixture f;
        ui::Settings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        ui::LoginDialog dialog(*f.ws, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "loginError")->isVisible());
        QVERIFY(dialog.isVisible());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "test_login_dialog.moc"
