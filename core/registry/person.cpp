#include "person.h"

#include <QCoreApplication>

namespace hukou::core {

namespace {
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Person)
};
} // namespace

QString statusKey(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Active: return QStringLiteral("active");
    case PersonStatus::MovedOut: return QStringLiteral("moved_out");
    case PersonStatus::Deceased: return QStringLiteral("deceased");
    case PersonStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PersonStatus> statusFromKey(const QString& key)
{
    for (auto s : {PersonStatus::Active, PersonStatus::MovedOut, PersonStatus::Deceased, PersonStatus::Cancelled})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusLabel(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Active: return Msg::tr("registered");
    case PersonStatus::MovedOut: return Msg::tr("moved out");
    case PersonStatus::Deceased: return Msg::tr("deceased");
    case PersonStatus::Cancelled: return Msg::tr("cancelled");
    }
    return {};
}

QString householdKindKey(HouseholdKind k)
{
    switch (k) {
    case HouseholdKind::Family: return QStringLiteral("family");
    case HouseholdKind::Collective: return QStringLiteral("collective");
    case HouseholdKind::PublicCollective: return QStringLiteral("public_collective");
    }
    return {};
}

std::optional<HouseholdKind> householdKindFromKey(const QString& key)
{
    for (auto k : {HouseholdKind::Family, HouseholdKind::Collective, HouseholdKind::PublicCollective})
        if (householdKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString householdKindLabel(HouseholdKind k)
{
    switch (k) {
    case HouseholdKind::Family: return Msg::tr("family household");
    case HouseholdKind::Collective: return Msg::tr("collective household");
    case HouseholdKind::PublicCollective: return Msg::tr("public collective household");
    }
    return {};
}

} // namespace hukou::core
