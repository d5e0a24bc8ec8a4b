#include "user_service.h"

#include "../clock.h"
#include "../storage/database.h"
#include "../workspace.h"
#include "password.h"
#include "user_store.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace hukou::core {

namespace {

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
    auto n = UserStore(m_ws.db()).count();
    if (!n)
        return std::unexpected(n.error());
    return *n > 0;
}

Result<User> UserService::load(const QString& login) const
{
    auto u = UserStore(m_ws.db()).byLogin(login);
    if (!u)
        return std::unexpected(u.error());
    if (!*u)
        return fail(ErrorCode::NotFound, tr("there is no user %1").arg(login), QStringLiteral("login"));
    return **u;
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
    if (auto r = UserStore(db).insert(login, name.trimmed(), role, *h, m_ws.clock().now()); !r)
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

    const UserStore store(db);
    auto stored = store.passwordHash(u->id, false);
    if (!stored)
        return std::unexpected(stored.error());
    const bool ok = password::verify(*stored, password);

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
    if (auto r = store.setLoginState(u->id, u->failedAttempts, u->lockedUntil); !r)
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
    auto stored = UserStore(m_ws.db()).passwordHash(actor.userId, true);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isEmpty() || !password::verify(*stored, pw))
        return fail(ErrorCode::AuthFailed, tr("the password is not correct"), QStringLiteral("password"));
    return {};
}

Result<std::vector<User>> UserService::list(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    return UserStore(m_ws.db()).all();
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

Result<User> UserService::update(const Actor& actor, const QString& login, const QString& action,
                                 const std::function<Status(const UserStore&)>& change) const
{
    if (auto r = Roles::require(actor, Permission::ManageUsers); !r)
        return std::unexpected(r.error());
    const Database& db = m_ws.db();
    const UserStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = load(login);
    if (!before)
        return std::unexpected(before.error());
    if (auto r = change(store); !r)
        return std::unexpected(r.error());
    auto after = load(login);
    if (!after)
        return std::unexpected(after.error());
    // An administrator may never leave the installation without an active administrator.
    auto admins = store.activeAdminCount();
    if (!admins)
        return std::unexpected(admins.error());
    if (*admins == 0)
        return fail(ErrorCode::Conflict, tr("%1 is the last active administrator; make another administrator first")
                                             .arg(login));
    JournalChange entry{action, QStringLiteral("user"), login, after->version, image(*before), image(*after), {}};
    if (action == QStringLiteral("user.password_reset"))
        entry.after.insert(QStringLiteral("password_reset"), true);
    if (auto r = m_ws.journal().append(actor.login, entry); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<User> UserService::setRole(const Actor& actor, const QString& login, Role role) const
{
    return update(actor, login, QStringLiteral("user.role"),
                  [&](const UserStore& store) { return store.setRole(login, role); });
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
                  [&](const UserStore& store) { return store.setPasswordHash(login, *h); });
}

Result<User> UserService::setActive(const Actor& actor, const QString& login, bool active) const
{
    return update(actor, login, active ? QStringLiteral("user.activate") : QStringLiteral("user.deactivate"),
                  [&](const UserStore& store) { return store.setActive(login, active); });
}

Result<AuthPolicy> UserService::policy() const
{
    AuthPolicy p;
    auto stored = UserStore(m_ws.db()).settings(QStringLiteral("auth."));
    if (!stored)
        return std::unexpected(stored.error());
    for (const auto& [key, text] : *stored) {
        const int value = text.toInt();
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
    const UserStore store(db);
    const QJsonObject after = img(p);
    for (auto it = after.begin(); it != after.end(); ++it)
        if (auto r = store.putSetting(QStringLiteral("auth.") + it.key(), QString::number(it.value().toInt())); !r)
            return r;
    JournalChange change{QStringLiteral("setting.auth"), QStringLiteral("setting"), QStringLiteral("auth"), 1,
                         img(*old), after, {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return tx->commit();
}

} // namespace hukou::core
