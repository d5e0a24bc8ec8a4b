#pragma once

#include "../error.h"
#include "roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace hukou::core {

class Workspace;

struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
    qint64 version = 1;
};

// Security policy, stored in the database so every workstation shares it.
struct AuthPolicy
{
    int maxFailures = 5;      // wrong passwords in a row before the account locks
    int lockMinutes = 5;      // how long it stays locked
    int idleLockMinutes = 15; // the GUI locks after this much inactivity
    int minPasswordLength = 8;
};

class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::UserService)
public:
    explicit UserService(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<bool> hasUsers() const;
    // Only while the database has no users at all: the first administrator.
    [[nodiscard]] Result<User> createFirstAdmin(const QString& login, const QString& name, const QString& password) const;
    // Checks the password, counts failures and locks the account after too many.
    [[nodiscard]] Result<Actor> authenticate(const QString& login, const QString& password) const;
    // Asks the acting user's password again (for approvals and other weighty decisions).
    [[nodiscard]] Status confirmPassword(const Actor& actor, const QString& password) const;

    [[nodiscard]] Result<std::vector<User>> list(const Actor& actor) const;
    [[nodiscard]] Result<User> find(const Actor& actor, const QString& login) const;
    [[nodiscard]] Result<User> add(const Actor& actor, const QString& login, const QString& name, Role role,
                                   const QString& password) const;
    [[nodiscard]] Result<User> setRole(const Actor& actor, const QString& login, Role role) const;
    [[nodiscard]] Result<User> resetPassword(const Actor& actor, const QString& login, const QString& password) const;
    [[nodiscard]] Result<User> setActive(const Actor& actor, const QString& login, bool active) const;

    [[nodiscard]] Result<AuthPolicy> policy() const;
    [[nodiscard]] Status setPolicy(const Actor& actor, const AuthPolicy& policy) const;

    // Checks a password against the policy without storing anything.
    [[nodiscard]] Status checkPasswordStrength(const QString& password) const;
    [[nodiscard]] static Status checkLogin(const QString& login);

private:
    [[nodiscard]] Result<User> load(const QString& login) const;
    [[nodiscard]] Result<User> insert(const QString& actingLogin, const QString& login, const QString& name, Role role,
                                      const QString& password) const;
    // Applies `change` to one user, journaled, in one transaction; keeps an active administrator.
    [[nodiscard]] Result<User> update(const Actor& actor, const QString& login, const QString& action,
                                      const std::function<Status(const class UserStore&)>& change) const;

    const Workspace& m_ws;
};

} // namespace hukou::core
