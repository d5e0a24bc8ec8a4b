#include "user_service.h"

#include "../clock.h"
#include "../storage/database.h"
#include "../workspace.h"
#include "password.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace hukou::core {

namespace {

const QString kUserColumns =
    QStringLiteral("id, login, name, role, active, failed_attempts, locked_until, created_at, version");

User readUser(const Statement& st)
{
    User u;
    u.id = st.integer(0);
    u.login = st.text(1);
    u.name = st.text(2);
    u.role = Roles::fromKey(st.text(3)).value_or(Role::Field);
    u.active = st.integer(4) != 0;
    u.failedAttempts = static_cast<int>(st.integer(5));
    if (!st.isNull(6))
        u.lockedUntil = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    u.createdAt = QDateTime::fromString(st.text(7), Qt::ISODateWithMs);
    u.version = st.integer(8);
    return u;
}

// The journal image of a user: never the password hash.
QJsonObject image(const User& u)
{
    return QJsonObject{{QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("role"), Roles::key(u.role)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("failed_attempts"), u.failedAttempts},
                       {QStringLiteral("locked_until"),
                        u.lockedUntil.isValid() ? u.lockedUntil.toString(Qt::ISODateWithMs) : QString()}};
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Status UserService::checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!re.match(login).hasMatch())
        return fail(ErrorCode::Invalid,
                    tr("the login must be 2 to 32 characters: Latin letters, digits, dot, dash or underscore"),
                    QStringLiteral("login"));
    return {};
}

Status UserService::checkPasswordStrength(const QString& password) const
{
    auto p = policy();
    if (!p)
        return std::unexpected(p.error());
    if (password.size() < p->minPasswordLength)
        return fail(ErrorCode::Invalid, tr("the password must have at least %1 characters").arg(p->minPasswordLength),
                    QStringLiteral("password"));
    return {};
}

Result<bool> UserService::hasUsers() const
{
    auto n = m_ws.db().queryInt(QStringLiteral("SELECT count(*) FROM app_user"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0) > 0;
}

Result<User> UserService::load(const QString& login) const
{
    auto st = m_ws.db().prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM app_user WHERE login = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, login);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("there is no user %1").arg(login), QStringLiteral("login"));
    return readUser(*st);
}

Result<User> UserService::insert(const QString& actingLogin, const QString& login, const QString& name, Role role,
                                 const QString& password) const
{
    if (auto r = checkLogin(login); !r)
        return std::unexpected(r.error());
    if (name.trimmed().isEmpty() || name.size() > 50)
        return fail(ErrorCode::Invalid, tr("the name must have 1 to 50 characters"), QStringLiteral("name"));
    if (auto r = checkPasswordStrength(password); !r)
        return std::unexpected(r.error());
    auto h = password::hash(password);
    if (!h)
        return std::unexpected(h.error());

    const Database& db = m_ws.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto existing = load(login); existing)
        return fail(ErrorCode::Conflict, tr("a user with the login %1 already exists").arg(login), QStringLiteral("login"));
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO app_user (login, name, role, password_hash, created_at) VALUES (?,?,?,?,?)"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->bind(1, login).bind(2, name.trimmed()).bind(3, Roles::key(role)).bind(4, *h).bind(5, iso(m_ws.clock().now()));
    if (auto r = ins->exec(); !r)
        return std::unexpected(r.error());
    auto u = load(login);
    if (!u)
        return std::unexpected(u.error());
    JournalChange change{QStringLiteral("user.add"), QStringLiteral("user"), login, u->version, {}, image(*u), {}};
    if (auto r = m_ws.journal().append(actingLogin, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return u;
}

Result<User> UserService::createFirstAdmin(const QString& login, const QString& name, const QString& password) const
{
    auto any = hasUsers();
    if (!any)
        return std::unexpected(any.error());
    if (*any)
        return fail(ErrorCode::Conflict, tr("this database already has users; sign in as an administrator to add more"));
    return insert(login, login, name, Role::Admin, password);
}

Result<Actor> UserService::authenticate(const QString& login, const QString& password) const
{
    const QString wrong = tr("wrong login or password");
    auto pol = policy();
    if (!pol)
        return std::unexpected(pol.error());
    const Database& db = m_ws.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto u = load(login);
    if (!u) {
        if (u.error().code == ErrorCode::NotFound) {
            (void)password::verify(QString(), password); // keep timing similar for unknown logins
            return fail(ErrorCode::AuthFailed, wrong);
        }
        return std::unexpected(u.error());
    }
    if (!u->active)
        return fail(ErrorCode::AuthFailed, tr("the account %1 is deactivated; ask an administrator").arg(login));
    const QDateTime now = m_ws.clock().now();
    if (u->lockedUntil.isValid() && u->lockedUntil > now)
        return fail(ErrorCode::AuthFailed,
                    tr("the account %1 is locked after repeated wrong passwords; try again after %2")
                        .arg(login, u->lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));

    auto hashStmt = db.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
    if (!hashStmt)
        return std::unexpected(hashStmt.error());
    hashStmt->bind(1, u->id);
    if (auto row = hashStmt->step(); !row || !*row)
        return fail(ErrorCode::Failed, tr("cannot read the account %1").arg(login));
    const bool ok = password::verify(hashStmt->text(0), password);

    const User before = *u;
    QString action;
    if (ok) {
        u->failedAttempts = 0;
        u->lockedUntil = QDateTime();
        action = QStringLiteral("user.login");
    } else {
        u->failedAttempts += 1;
        action = QStringLiteral("user.login_failed");
        if (u->failedAttempts >= pol->maxFailures) {
            u->failedAttempts = 0;
            u->lockedUntil = now.addSecs(60LL * pol->lockMinutes);
            action = QStringLiteral("user.locked");
        }
    }
    auto upd = db.prepare(QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    if (!upd)
        return std::unexpected(upd.error());
    upd->bind(1, u->failedAttempts).bind(2, u->lockedUntil.isValid() ? iso(u->lockedUntil) : QString()).bind(3, u->id);
    if (auto r = upd->exec(); !r)
        return std::unexpected(r.error());
    JournalChange change{action, QStringLiteral("user"), login, u->version, image(before), image(*u), {}};
    if (auto r = m_ws.journal().append(login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    if (!ok) {
        if (action == QStringLiteral("user.locked"))
            return fail(ErrorCode::AuthFailed, tr("wrong password; the account %1 is now locked for %n minute(s)", "",
                                                  pol->lockMinutes)
                                                   .arg(login));
        return fail(ErrorCode::AuthFailed, wrong);
    }
    return Actor{u->id, u->login, u->name, u->role};
}

Status UserService::confirmPassword(const Actor& actor, const QString& pw) const
{
    auto st = m_ws.db().prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ? AND active = 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, actor.userId);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || !password::verify(st->text(0), pw))
        return fail(ErrorCode::AuthFailed, tr("the password is not correct"), QStringLiteral("password"));
    return {};
}

Result<std::vector<User>> UserService::list(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    auto st = m_ws.db().prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM app_user ORDER BY login"));
    if (!st)
        return std::unexpected(st.error());
    std::vector<User> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readUser(*st));
    }
    return out;
}

Result<User> UserService::find(const Actor& actor, const QString& login) const
{
    if (actor.login != login)
        if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
            return std::unexpected(r.error());
    return load(login);
}

Result<User> UserService::add(const Actor& actor, const QString& login, const QString& name, Role role,
                              const QString& password) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    return insert(actor.login, login, name, role, password);
}

Result<User> UserService::update(const Actor& actor, const QString& login, const QString& action, const QString& sql,
                                 const std::function<void(Statement&)>& bind) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = load(login);
    if (!before)
        return std::unexpected(before.error());
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    bind(*st);
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    auto bump = db.prepare(QStringLiteral("UPDATE app_user SET version = version + 1 WHERE login = ?"));
    if (!bump)
        return std::unexpected(bump.error());
    bump->bind(1, login);
    if (auto r = bump->exec(); !r)
        return std::unexpected(r.error());
    auto after = load(login);
    if (!after)
        return std::unexpected(after.error());
    // An administrator may never leave the installation without an active administrator.
    auto admins = db.queryInt(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1"));
    if (!admins)
        return std::unexpected(admins.error());
    if (admins->value_or(0) == 0)
        return fail(ErrorCode::Conflict, tr("%1 is the last active administrator; make another administrator first")
                                             .arg(login));
    JournalChange change{action, QStringLiteral("user"), login, after->version, image(*before), image(*after), {}};
    if (action == QStringLiteral("user.password_reset"))
        change.after.insert(QStringLiteral("password_reset"), true);
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<User> UserService::setRole(const Actor& actor, const QString& login, Role role) const
{
    return update(actor, login, QStringLiteral("user.role"), QStringLiteral("UPDATE app_user SET role = ? WHERE login = ?"),
                  [&](Statement& st) { st.bind(1, Roles::key(role)).bind(2, login); });
}

Result<User> UserService::resetPassword(const Actor& actor, const QString& login, const QString& pw) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    if (auto r = checkPasswordStrength(pw); !r)
        return std::unexpected(r.error());
    auto h = password::hash(pw);
    if (!h)
        return std::unexpected(h.error());
    return update(actor, login, QStringLiteral("user.password_reset"),
                  QStringLiteral("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                                 "WHERE login = ?"),
                  [&](Statement& st) { st.bind(1, *h).bind(2, login); });
}

Result<User> UserService::setActive(const Actor& actor, const QString& login, bool active) const
{
    return update(actor, login, active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
                  QStringLiteral("UPDATE app_user SET active = ? WHERE login = ?"),
                  [&](Statement& st) { st.bind(1, active).bind(2, login); });
}

Result<AuthPolicy> UserService::policy() const
{
    AuthPolicy p;
    auto st = m_ws.db().prepare(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'auth.%'"));
    if (!st)
        return std::unexpected(st.error());
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString key = st->text(0);
        const int value = st->text(1).toInt();
        if (key == QStringLiteral("auth.max_failures"))
            p.maxFailures = value;
        else if (key == QStringLiteral("auth.lock_minutes"))
            p.lockMinutes = value;
        else if (key == QStringLiteral("auth.idle_lock_minutes"))
            p.idleLockMinutes = value;
        else if (key == QStringLiteral("auth.min_password_length"))
            p.minPasswordLength = value;
    }
    return p;
}

Status UserService::setPolicy(const Actor& actor, const AuthPolicy& p) const
{
    if (auto r = Roles::require(actor, Permission::ManageSettings); !r)
        return std::unexpected(r.error());
    if (p.maxFailures < 1 || p.lockMinutes < 1 || p.idleLockMinutes < 1 || p.minPasswordLength < 4)
        return fail(ErrorCode::Invalid, tr("every security setting must be a positive number (passwords at least 4)"));
    auto old = policy();
    if (!old)
        return std::unexpected(old.error());
    const auto img = [](const AuthPolicy& a) {
        return QJsonObject{{QStringLiteral("max_failures"), a.maxFailures},
                           {QStringLiteral("lock_minutes"), a.lockMinutes},
                           {QStringLiteral("idle_lock_minutes"), a.idleLockMinutes},
                           {QStringLiteral("min_password_length"), a.minPasswordLength}};
    };
    const Database& db = m_ws.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto st = db.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return std::unexpected(st.error());
    const QJsonObject after = img(p);
    for (auto it = after.begin(); it != after.end(); ++it) {
        st->bind(1, QStringLiteral("auth.") + it.key()).bind(2, QString::number(it.value().toInt()));
        if (auto r = st->exec(); !r)
            return std::unexpected(r.error());
    }
    JournalChange change{QStringLiteral("setting.auth"), QStringLiteral("setting"), QStringLiteral("auth"), 1,
                         img(*old), after, {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return tx->commit();
}

} // namespace hukou::core
