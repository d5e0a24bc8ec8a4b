#pragma once

#include "../error.h"
#include "roles.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace hukou::core {

class Database;
struct User;

// The SQL of users and security settings; UserService adds permissions, rules and the journal.
class UserStore final
{
public:
    explicit UserStore(const Database& db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<User>> byLogin(const QString& login) const;
    [[nodiscard]] Result<std::vector<User>> all() const;
    [[nodiscard]] Result<qint64> count() const;
    [[nodiscard]] Result<qint64> activeAdminCount() const;
    // The stored Argon2id hash of an (active, when activeOnly) user, or empty.
    [[nodiscard]] Result<QString> passwordHash(qint64 userId, bool activeOnly) const;

    [[nodiscard]] Status insert(const QString& login, const QString& name, Role role, const QString& hash,
                                const QDateTime& createdAt) const;
    [[nodiscard]] Status setLoginState(qint64 userId, int failedAttempts, const QDateTime& lockedUntil) const;
    // Each bumps the user's version.
    [[nodiscard]] Status setRole(const QString& login, Role role) const;
    [[nodiscard]] Status setPasswordHash(const QString& login, const QString& hash) const;
    [[nodiscard]] Status setActive(const QString& login, bool active) const;

    // Settings whose key starts with `prefix`.
    [[nodiscard]] Result<std::map<QString, QString>> settings(const QString& prefix) const;
    [[nodiscard]] Status putSetting(const QString& key, const QString& value) const;

private:
    [[nodiscard]] Status exec(const QString& sql, const QString& login, const QString& value) const;
    const Database& m_db;
};

} // namespace hukou::core
