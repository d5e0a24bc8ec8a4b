#include "roles.h"

namespace hukou::core {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Field: return QStringLiteral("field");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role r : {Role::Admin, Role::Supervisor, Role::Clerk, Role::Field})
        if (Roles::key(r) == key)
            return r;
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Clerk: return tr("Clerk");
    case Role::Field: return tr("Field registrar");
    }
    return {};
}

QString Roles::describe(Permission p)
{
    switch (p) {
    case Permission::ManageUsers: return tr("manage users");
    case Permission::ManageSettings: return tr("change settings");
    case Permission::ReadAudit: return tr("read the audit journal");
    case Permission::Backup: return tr("back up the database");
    case Permission::ReadPersons: return tr("read personal data");
    case Permission::EditPersons: return tr("register or correct persons");
    case Permission::ExportPersons: return tr("export personal data");
    case Permission::PointsIntake: return tr("take in settlement applications");
    case Permission::PointsDecide: return tr("decide on settlement applications");
    case Permission::ManageRuleSets: return tr("manage points rule sets");
    case Permission::Convert: return tr("run the resident-household conversion");
    case Permission::ReverseConversion: return tr("reverse a resident-household conversion");
    case Permission::CollectiveDesk: return tr("work the public collective household desk");
    case Permission::ReadCollective: return tr("see public collective households");
    case Permission::ManagePeers: return tr("trust or revoke sync peers");
    case Permission::SyncExchange: return tr("exchange sync bundles");
    case Permission::ResolveConflicts: return tr("resolve sync conflicts");
    }
    return {};
}

bool Roles::allows(Role role, Permission p)
{
    switch (p) {
    case Permission::ManageUsers:
    case Permission::ManageSettings:
        return role == Role::Admin;
    case Permission::ReadAudit:
    case Permission::Backup:
        return role == Role::Admin || role == Role::Supervisor;
    case Permission::ReadPersons:
        return true;
    case Permission::EditPersons:
        return role == Role::Admin || role == Role::Clerk || role == Role::Field;
    case Permission::ExportPersons:
        return role != Role::Field;
    case Permission::PointsIntake:
        return role == Role::Admin || role == Role::Clerk;
    case Permission::PointsDecide:
        return role == Role::Admin || role == Role::Supervisor;
    case Permission::ManageRuleSets:
        return role == Role::Admin;
    case Permission::Convert:
        return role != Role::Field;
    case Permission::ReverseConversion:
        return role == Role::Admin || role == Role::Supervisor;
    case Permission::CollectiveDesk:
        return role == Role::Admin || role == Role::Clerk;
    case Permission::ReadCollective:
        return role == Role::Admin || role == Role::Clerk || role == Role::Supervisor;
    case Permission::ManagePeers:
        return role == Role::Admin;
    case Permission::SyncExchange:
        return true; // a field registrar's whole purpose; bundles go only to trusted peers
    case Permission::ResolveConflicts:
        return role == Role::Admin || role == Role::Supervisor;
    }
    return false;
}

Status Roles::require(const Actor& actor, Permission p)
{
    if (allows(actor.role, p))
        return {};
    return fail(ErrorCode::PermissionDenied,
                tr("permission denied: %1 (%2) may not %3").arg(actor.login, label(actor.role), describe(p)));
}

} // namespace hukou::core
