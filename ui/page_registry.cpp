#include "page_registry.h"

#include "audit_page.h"
#include "collective_desk_page.h"
#include "conversion_page.h"
#include "points_intake_page.h"
#include "points_review_page.h"
#include "registry_page.h"
#include "rule_sets_page.h"
#include "sync/sync_page.h"
#include "users_page.h"

namespace hukou::ui {

void PageRegistry::add(PageSpec spec)
{
    m_specs.push_back(std::move(spec));
}

std::vector<PageSpec> PageRegistry::visibleTo(const core::Actor& actor) const
{
    std::vector<PageSpec> out;
    for (const PageSpec& spec : m_specs)
        if (!spec.permission || core::Roles::allows(actor.role, *spec.permission))
            out.push_back(spec);
    return out;
}

PageRegistry PageRegistry::standard()
{
    // In the order of a working day: the register first, administration last.
    PageRegistry r;
    r.add({QStringLiteral("registry"), core::Permission::ReadPersons,
           [](const Session& s) { return std::make_unique<RegistryPage>(s); }});
    r.add({QStringLiteral("conversion"), core::Permission::Convert,
           [](const Session& s) { return std::make_unique<ConversionPage>(s); }});
    r.add({QStringLiteral("collective"), core::Permission::ReadCollective,
           [](const Session& s) { return std::make_unique<CollectiveDeskPage>(s); }});
    r.add({QStringLiteral("points_intake"), core::Permission::PointsIntake,
           [](const Session& s) { return std::make_unique<PointsIntakePage>(s); }});
    r.add({QStringLiteral("points_review"), core::Permission::PointsDecide,
           [](const Session& s) { return std::make_unique<PointsReviewPage>(s); }});
    r.add({QStringLiteral("sync"), core::Permission::SyncExchange,
           [](const Session& s) { return std::make_unique<SyncPage>(s); }});
    r.add({QStringLiteral("rule_sets"), core::Permission::ManageRuleSets,
           [](const Session& s) { return std::make_unique<RuleSetsPage>(s); }});
    r.add({QStringLiteral("audit"), core::Permission::ReadAudit,
           [](const Session& s) { return std::make_unique<AuditPage>(s); }});
    r.add({QStringLiteral("users"), core::Permission::ManageUsers,
           [](const Session& s) { return std::make_unique<UsersPage>(s); }});
    return r;
}

} // namespace hukou::ui
