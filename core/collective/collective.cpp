#include "collective.h"

namespace hukou::core {

namespace {

constexpr EnrollReason kEnroll[] = {EnrollReason::Talent,   EnrollReason::NoAddress, EnrollReason::Marriage,
                                    EnrollReason::Child,    EnrollReason::Graduate,  EnrollReason::Transfer,
                                    EnrollReason::Other};
constexpr LeaveReason kLeave[] = {LeaveReason::BoughtHome, LeaveReason::JoinedRelative, LeaveReason::LeftCity,
                                  LeaveReason::SettledElsewhere, LeaveReason::Deceased, LeaveReason::Other};

} // namespace

QString CollectiveVocabulary::key(EnrollReason r)
{
    switch (r) {
    case EnrollReason::Talent: return QStringLiteral("talent");
    case EnrollReason::NoAddress: return QStringLiteral("no_address");
    case EnrollReason::Marriage: return QStringLiteral("marriage");
    case EnrollReason::Child: return QStringLiteral("child");
    case EnrollReason::Graduate: return QStringLiteral("graduate");
    case EnrollReason::Transfer: return QStringLiteral("transfer");
    case EnrollReason::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<EnrollReason> CollectiveVocabulary::enrollReasonFromKey(const QString& k)
{
    for (EnrollReason r : kEnroll)
        if (key(r) == k.trimmed())
            return r;
    return std::nullopt;
}

QString CollectiveVocabulary::label(EnrollReason r)
{
    switch (r) {
    case EnrollReason::Talent: return tr("talent");
    case EnrollReason::NoAddress: return tr("no address of one's own");
    case EnrollReason::Marriage: return tr("marriage");
    case EnrollReason::Child: return tr("child");
    case EnrollReason::Graduate: return tr("graduate");
    case EnrollReason::Transfer: return tr("transfer");
    case EnrollReason::Other: return tr("other");
    }
    return {};
}

QStringList CollectiveVocabulary::enrollKeys()
{
    QStringList out;
    for (EnrollReason r : kEnroll)
        out << key(r);
    return out;
}

QString CollectiveVocabulary::key(LeaveReason r)
{
    switch (r) {
    case LeaveReason::BoughtHome: return QStringLiteral("bought_home");
    case LeaveReason::JoinedRelative: return QStringLiteral("joined_relative");
    case LeaveReason::LeftCity: return QStringLiteral("left_city");
    case LeaveReason::SettledElsewhere: return QStringLiteral("settled_elsewhere");
    case LeaveReason::Deceased: return QStringLiteral("deceased");
    case LeaveReason::Transferred: return QStringLiteral("transferred");
    case LeaveReason::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<LeaveReason> CollectiveVocabulary::leaveReasonFromKey(const QString& k)
{
    for (LeaveReason r : kLeave)
        if (key(r) == k.trimmed())
            return r;
    if (k.trimmed() == key(LeaveReason::Transferred))
        return LeaveReason::Transferred;
    return std::nullopt;
}

QString CollectiveVocabulary::label(LeaveReason r)
{
    switch (r) {
    case LeaveReason::BoughtHome: return tr("bought or inherited a home");
    case LeaveReason::JoinedRelative: return tr("joined a relative's household");
    case LeaveReason::LeftCity: return tr("left the city");
    case LeaveReason::SettledElsewhere: return tr("settled elsewhere");
    case LeaveReason::Deceased: return tr("deceased");
    case LeaveReason::Transferred: return tr("moved to another collective household");
    case LeaveReason::Other: return tr("other");
    }
    return {};
}

QStringList CollectiveVocabulary::leaveKeys()
{
    QStringList out;
    for (LeaveReason r : kLeave)
        out << key(r);
    return out;
}

} // namespace hukou::core
