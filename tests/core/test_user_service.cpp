#include "core/auth/user_service.h"
#include "support/test_support.h"

#include <QTest>

using namespace hukou::core;

class TestUserService final : public QObject
{
    Q_OBJECT

    static qint64 journalCount(const hukou::test::Fixture& f)
    {
        return f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal"))->value_or(-1);
    }

private slots:
    void rightAndWrongPassword()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        auto ok = users.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
        QVERIFY(ok.has_value());
        QCOMPARE(ok->role, Role::Admin);
        auto bad = users.authenticate(QStringLiteral("admin"), QStringLiteral("nope-nope"));
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, ErrorCode::AuthFailed);
        auto unknown = users.authenticate(QStringLiteral("ghost"), QStringLiteral("admin-pass-1"));
        QCOMPARE(unknown.error().code, ErrorCode::AuthFailed);
        QCOMPARE(unknown.error().message, bad.error().message); // no hint whether the login exists
    }

    void passwordIsStoredAsArgon2id()
    {
        hukou::test::Fixture f;
        auto st = f.ws->db().prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE login = 'admin'"));
        QVERIFY(st->step().value());
        QVERIFY(st->text(0).startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!st->text(0).contains(QStringLiteral("admin-pass-1")));
        // The journal never holds the hash.
        auto j = f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal WHERE after LIKE '%argon2%'"));
        QCOMPARE(j->value_or(-1), 0);
    }

    void lockoutAfterFiveFailuresAndExpiry()
    {
        hukou::test::Fixture f;
        f.addUser(QStringLiteral("clerk1"), Role::Clerk);
        UserService users(*f.ws);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-wrong")));
        auto fifth = users.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-wrong"));
        QVERIFY(fifth.error().message.contains(QStringLiteral("locked")));
        // Locked: even the right password is refused, with the time it opens again.
        auto locked = users.authenticate(QStringLiteral("clerk1"), QStringLiteral("clerk1-pass-1"));
        QVERIFY(!locked.has_value());
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        f.clock.advanceSecs(4 * 60 + 59);
        QVERIFY(!users.authenticate(QStringLiteral("clerk1"), QStringLiteral("clerk1-pass-1")));
        f.clock.advanceSecs(2);
        QVERIFY(users.authenticate(QStringLiteral("clerk1"), QStringLiteral("clerk1-pass-1")).has_value());
        // The lock and the failures are in the journal.
        auto h = f.ws->journal().history(QStringLiteral("user"), QStringLiteral("clerk1"));
        QStringList actions;
        for (const auto& e : *h)
            actions << e.action;
        QCOMPARE(actions.count(QStringLiteral("user.login_failed")), 4);
        QCOMPARE(actions.count(QStringLiteral("user.locked")), 1);
        QCOMPARE(actions.last(), QStringLiteral("user.login"));
    }

    void successResetsTheFailureCount()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-wrong")));
        QVERIFY(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-wrong")));
        QVERIFY(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    }

    void lockoutPolicyIsConfigurable()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        AuthPolicy p;
        p.maxFailures = 2;
        p.lockMinutes = 30;
        QVERIFY(users.setPolicy(f.admin, p));
        QCOMPARE(users.policy()->maxFailures, 2);
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-wrong")));
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-wrong")));
        f.clock.advanceSecs(29 * 60);
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
        f.clock.advanceSecs(61);
        QVERIFY(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
    }

    void permissionRefusalsPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("field") << int(Role::Field);
    }
    void permissionRefusalsPerRole()
    {
        QFETCH(int, role);
        hukou::test::Fixture f;
        const Actor actor = f.addUser(QStringLiteral("someone"), Role(role));
        UserService users(*f.ws);
        const qint64 before = journalCount(f);
        auto add = users.add(actor, QStringLiteral("new1"), QStringLiteral("新人"), Role::Clerk,
                             QStringLiteral("new1-pass-1"));
        QVERIFY(!add.has_value());
        QCOMPARE(add.error().code, ErrorCode::PermissionDenied);
        QVERIFY(add.error().message.contains(QStringLiteral("someone")));
        QCOMPARE(users.setRole(actor, QStringLiteral("admin"), Role::Clerk).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(users.resetPassword(actor, QStringLiteral("admin"), QStringLiteral("xxxxxxxxxx")).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(users.setActive(actor, QStringLiteral("admin"), false).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(users.list(actor).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(users.setPolicy(actor, AuthPolicy{}).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(journalCount(f), before); // a denied call changes nothing
        QVERIFY(users.find(actor, QStringLiteral("someone")).has_value()); // but one may read oneself
    }

    void roleMatrix()
    {
        QVERIFY(Roles::allows(Role::Admin, Permission::ManageUsers));
        QVERIFY(Roles::allows(Role::Supervisor, Permission::ReadAudit));
        QVERIFY(!Roles::allows(Role::Clerk, Permission::ReadAudit));
        QVERIFY(Roles::allows(Role::Clerk, Permission::EditPersons));
        QVERIFY(Roles::allows(Role::Field, Permission::EditPersons));
        QVERIFY(!Roles::allows(Role::Supervisor, Permission::EditPersons));
        QVERIFY(!Roles::allows(Role::Field, Permission::ExportPersons));
    }

    void adminManagesUsers()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        auto u = users.add(f.admin, QStringLiteral("wang"), QStringLiteral("王芳"), Role::Clerk,
                           QStringLiteral("wang-pass-1"));
        QVERIFY(u.has_value());
        QCOMPARE(users.setRole(f.admin, QStringLiteral("wang"), Role::Supervisor)->role, Role::Supervisor);
        QVERIFY(users.resetPassword(f.admin, QStringLiteral("wang"), QStringLiteral("brand-new-pw")));
        QVERIFY(!users.authenticate(QStringLiteral("wang"), QStringLiteral("wang-pass-1")));
        QVERIFY(users.authenticate(QStringLiteral("wang"), QStringLiteral("brand-new-pw")));
        QVERIFY(users.setActive(f.admin, QStringLiteral("wang"), false));
        auto off = users.authenticate(QStringLiteral("wang"), QStringLiteral("brand-new-pw"));
        QVERIFY(off.error().message.contains(QStringLiteral("deactivated")));
        QCOMPARE(users.list(f.admin)->size(), 2U);
        auto h = f.ws->journal().history(QStringLiteral("user"), QStringLiteral("wang"));
        QCOMPARE(h->front().action, QStringLiteral("user.add"));
        QCOMPARE(h->front().user, QStringLiteral("admin"));
    }

    void invalidInputIsRefused()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        QCOMPARE(users.add(f.admin, QStringLiteral("admin"), QStringLiteral("x"), Role::Clerk,
                           QStringLiteral("long-enough-1")).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(users.add(f.admin, QStringLiteral("bad login"), QStringLiteral("x"), Role::Clerk,
                           QStringLiteral("long-enough-1")).error().field,
                 QStringLiteral("login"));
        QCOMPARE(users.add(f.admin, QStringLiteral("short"), QStringLiteral("x"), Role::Clerk,
                           QStringLiteral("123")).error().field,
                 QStringLiteral("password"));
        QCOMPARE(users.createFirstAdmin(QStringLiteral("second"), QStringLiteral("x"), QStringLiteral("long-enough-1"))
                     .error().code,
                 ErrorCode::Conflict);
    }

    void lastAdministratorStays()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        QCOMPARE(users.setRole(f.admin, QStringLiteral("admin"), Role::Clerk).error().code, ErrorCode::Conflict);
        QCOMPARE(users.setActive(f.admin, QStringLiteral("admin"), false).error().code, ErrorCode::Conflict);
        QCOMPARE(users.find(f.admin, QStringLiteral("admin"))->role, Role::Admin); // rolled back
    }

    void confirmPassword()
    {
        hukou::test::Fixture f;
        UserService users(*f.ws);
        QVERIFY(users.confirmPassword(f.admin, QStringLiteral("admin-pass-1")));
        QCOMPARE(users.confirmPassword(f.admin, QStringLiteral("nope")).error().code, ErrorCode::AuthFailed);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "test_user_service.moc"
