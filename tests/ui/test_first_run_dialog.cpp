#include "core/auth/user_service.h"
#include "core/workspace.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/first_run_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestFirstRunDialog final : public QObject
{
    Q_OBJECT

    // A database with no users at all, next to the fixture's.
    static std::unique_ptr<core::Workspace> emptyDatabase(test::Fixture& f)
    {
        auto ws = core::Workspace::open(f.dir.filePath(QStringLiteral("empty.db")),
                                        core::Workspace::Open::CreateIfMissing, f.clock);
        if (!ws)
            qFatal("cannot open: %s", qPrintable(ws.error().message));
        return std::move(*ws);
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void createsTheFirstAdministrator()
    {
        test::Fixture f;
        auto ws = emptyDatabase(f);
        QVERIFY(!core::UserService(*ws).hasUsers().value());

        ui::FirstRunDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("chief"));
        test::commitText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("陈主任"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("chief-pass-1"));
        QVERIFY(!ok->isEnabled()); // the repeat is still missing
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("chief-pass-1"));
        QVERIFY(ok->isEnabled());
        test::screenshot(&dialog, QStringLiteral("first_run_filled"));

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.administrator().login, QStringLiteral("chief"));

        core::UserService users(*ws);
        QVERIFY(users.hasUsers().value());
        auto signedIn = users.authenticate(QStringLiteral("chief"), QStringLiteral("chief-pass-1"));
        QVERIFY(signedIn.has_value());
        QCOMPARE(signedIn->role, core::Role::Admin);
        QCOMPARE(signedIn->name, QStringLiteral("陈主任"));
    }

    void showsInlineValidationMessages()
    {
        test::Fixture f;
        auto ws = emptyDatabase(f);
        ui::FirstRunDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* loginHint = child<QLabel>(dialog, "loginHint");
        auto* passwordHint = child<QLabel>(dialog, "passwordHint");
        auto* repeatHint = child<QLabel>(dialog, "repeatHint");
        QVERIFY(!loginHint->isVisible()); // nothing to complain about before typing

        QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("bad login"));
        QVERIFY(loginHint->isVisible());
        QVERIFY(loginHint->text().contains(QStringLiteral("login")));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("short"));
        QVERIFY(passwordHint->isVisible());
        QVERIFY(passwordHint->text().contains(QStringLiteral("8")));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("other"));
        QVERIFY(repeatHint->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Chen"));
        test::screenshot(&dialog, QStringLiteral("first_run_invalid"));
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());

        // Fixing the fields clears the messages and enables OK.
        auto* login = child<QLineEdit>(dialog, "loginEdit");
        login->clear();
        QTest::keyClicks(login, QStringLiteral("chen"));
        QVERIFY(!loginHint->isVisible());
        auto* password = child<QLineEdit>(dialog, "passwordEdit");
        password->clear();
        QTest::keyClicks(password, QStringLiteral("long-enough-1"));
        auto* repeat = child<QLineEdit>(dialog, "repeatEdit");
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("long-enough-1"));
        QVERIFY(!passwordHint->isVisible());
        QVERIFY(!repeatHint->isVisible());
        QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());
        QVERIFY(!core::UserService(*ws).hasUsers().value()); // nothing stored before OK
    }

    void coreRefusalStaysInTheDialog()
    {
        test::Fixture f; // this database already has an administrator
        ui::FirstRunDialog dialog(*f.ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("second"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Second"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("second-pass-1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatEdit"), QStringLiteral("second-pass-1"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(dialog, "formError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("already has users")));
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "test_first_run_dialog.moc"
