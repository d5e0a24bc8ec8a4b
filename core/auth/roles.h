#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hukou::core {

enum class Role { Admin, Supervisor, Clerk, Field };

// What a service call needs to be allowed. Checked inside core services, never only in the UI.
enum class Permission {
    ManageUsers,     // add users, change roles, reset passwords, deactivate
    ManageSettings,  // security policy and other installation settings
    ReadAudit,       // browse the journal
    Backup,          // copy the database out
    ReadPersons,     // see personal data
    EditPersons,     // register and correct persons and households
    ExportPersons,   // export personal data to files
    PointsIntake,    // take in points-based settlement applications
    PointsDecide,    // rank with a quota override, approve or return applications, publish the list
    ManageRuleSets,  // import points rule sets
    Convert,           // run the unified resident-household conversion (户籍一元化登记)
    ReverseConversion, // undo one person's conversion (an error correction)
    CollectiveDesk,    // enroll, move out, lend register pages at the public collective household desk
    ReadCollective,    // see public collective households, members and loans
    ManagePeers,       // trust or revoke sync peers (field laptops, the office)
    SyncExchange,      // export sync bundles for trusted peers and import theirs
    ResolveConflicts,  // decide sync conflicts
};

// The acting user of a service call.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString name;
    Role role = Role::Clerk;
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Roles)
public:
    [[nodiscard]] static QString key(Role role); // "admin", "supervisor", ...
    [[nodiscard]] static std::optional<Role> fromKey(const QString& key);
    [[nodiscard]] static QString label(Role role); // translated
    [[nodiscard]] static QString describe(Permission p); // translated, "manage users"
    [[nodiscard]] static bool allows(Role role, Permission p);
    // Ok, or a PermissionDenied error that says who was refused what.
    [[nodiscard]] static Status require(const Actor& actor, Permission p);
};

} // namespace hukou::core
