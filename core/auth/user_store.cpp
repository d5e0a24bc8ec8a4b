#include "user_store.h"

#include "../storage/database.h"
#include "user_service.h"

namespace hukou::core {

namespace {

const QString kUserSelect = QStringLiteral(
    "SELECT id, login, name, role, active, failed_attempts, locked_until, created_at, version FROM app_user ");

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

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<std::optional<User>> UserStore::byLogin(const QString& login) const
{
    auto st = m_db.prepare(kUserSelect + QStringLiteral("WHERE login = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, login);
    return st->first<User>(readUser);
}

Result<std::vector<User>> UserStore::all() const
{
    auto st = m_db.prepare(kUserSelect + QStringLiteral("ORDER BY login"));
    if (!st)
        return std::unexpected(st.error());
    return st->collect<User>(readUser);
}

Result<qint64> UserStore::count() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM app_user"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0);
}

Result<qint64> UserStore::activeAdminCount() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0);
}

Result<QString> UserStore::passwordHash(qint64 userId, bool activeOnly) const
{
    auto st = m_db.prepare(activeOnly ? QStringLiteral("SELECT password_hash FROM app_user WHERE id = ? AND active = 1")
                                      : QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, userId);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->text(0) : QString();
}

Status UserStore::insert(const QString& login, const QString& name, Role role, const QString& hash,
                         const QDateTime& createdAt) const
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (login, name, role, password_hash, created_at) VALUES (?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, login).bind(2, name).bind(3, Roles::key(role)).bind(4, hash).bind(5, iso(createdAt));
    return st->exec();
}

Status UserStore::setLoginState(qint64 userId, int failedAttempts, const QDateTime& lockedUntil) const
{
    auto st = m_db.prepare(QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, failedAttempts).bind(2, lockedUntil.isValid() ? iso(lockedUntil) : QString()).bind(3, userId);
    return st->exec();
}

Status UserStore::exec(const QString& sql, const QString& login, const QString& value) const
{
    auto st = m_db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, value).bind(2, login);
    return st->exec();
}

Status UserStore::setRole(const QString& login, Role role) const
{
    return exec(QStringLiteral("UPDATE app_user SET role = ?, version = version + 1 WHERE login = ?"), login,
                Roles::key(role));
}

Status UserStore::setPasswordHash(const QString& login, const QString& hash) const
{
    return exec(QStringLiteral("UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
                               "version = version + 1 WHERE login = ?"),
                login, hash);
}

Status UserStore::setActive(const QString& login, bool active) const
{
    return exec(QStringLiteral("UPDATE app_user SET active = ?, version = version + 1 WHERE login = ?"), login,
                active ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<std::map<QString, QString>> UserStore::settings(const QString& prefix) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, length(?1)) = ?1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, prefix);
    std::map<QString, QString> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out[st->text(0)] = st->text(1);
    }
    return out;
}

Status UserStore::putSetting(const QString& key, const QString& value) const
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, key).bind(2, value);
    return st->exec();
}

} // namespace hukou::core
