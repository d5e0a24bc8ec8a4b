#include "sync_labels.h"

#include "core/domain/districts.h"
#include "core/registry/person.h"
#include "core/registry/person_fields.h"

#include <QStringList>

#include <array>

namespace hukou::ui {

namespace {

// The kind names bundles use, in the order records are applied (SyncKind), with their short forms.
struct KindName
{
    const char* name;
    const char* alias;
};
constexpr std::array<KindName, 6> kKinds = {{{"household", "household"},
                                             {"person", "person"},
                                             {"collective_household", "collective"},
                                             {"collective_membership", "membership"},
                                             {"page_loan", "loan"},
                                             {"settlement_application", "application"}}};

// 0..5 for a known kind, -1 otherwise.
int kindIndex(const QString& kind)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kind == QLatin1String(kKinds[i].name) || kind == QLatin1String(kKinds[i].alias))
            return static_cast<int>(i);
    return -1;
}

} // namespace

QString SyncLabels::kind(const QString& kind)
{
    switch (kindIndex(kind)) {
    case 0:
        return tr("Household");
    case 1:
        return tr("Person");
    case 2:
        return tr("Collective household");
    case 3:
        return tr("Collective household membership");
    case 4:
        return tr("Register page loan");
    case 5:
        return tr("Settlement application");
    default:
        return kind;
    }
}

QString SyncLabels::kindCount(const QString& kind, qint64 n)
{
    const int count = static_cast<int>(n);
    switch (kindIndex(kind)) {
    case 0:
        return tr("%n household(s)", "", count);
    case 1:
        return tr("%n person(s)", "", count);
    case 2:
        return tr("%n collective household(s)", "", count);
    case 3:
        return tr("%n collective household membership(s)", "", count);
    case 4:
        return tr("%n register page loan(s)", "", count);
    case 5:
        return tr("%n settlement application(s)", "", count);
    default:
        return tr("%1: %2").arg(kind).arg(n);
    }
}

QString SyncLabels::kindCounts(const QMap<QString, qint64>& byKind, const QString& none)
{
    QList<QPair<int, QString>> parts; // (order, text)
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        if (it.value() != 0) {
            const int index = kindIndex(it.key());
            parts.append({index < 0 ? 100 : index, kindCount(it.key(), it.value())});
        }
    if (parts.isEmpty())
        return none;
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList texts;
    for (const auto& p : parts)
        texts << p.second;
    return texts.join(tr(", "));
}

QString SyncLabels::districtCounts(const QMap<QString, qint64>& byDistrict, const QString& none)
{
    QStringList texts;
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it)
        if (it.value() != 0)
            texts << tr("%1 %2")
                         .arg(it.key().isEmpty() ? tr("no district") : core::Districts::nameOf(it.key()))
                         .arg(it.value());
    return texts.isEmpty() ? none : texts.join(tr(", "));
}

QString SyncLabels::field(const QString& key)
{
    for (const core::FieldSpec& s : core::PersonFields::all())
        if (s.key == key)
            return s.chinese;
    if (key == QLatin1String("household"))
        return tr("Household");
    if (key == QLatin1String("number"))
        return core::PersonFields::spec(core::PersonField::HouseholdNumber).chinese;
    if (key == QLatin1String("head"))
        return tr("Head of household");
    if (key == QLatin1String("kind"))
        return tr("Kind");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("status_reason"))
        return tr("Status reason");
    if (key == QLatin1String("status_date"))
        return tr("Status date");
    if (key == QLatin1String("active"))
        return tr("Active");
    return key;
}

bool SyncLabels::isBookkeeping(const QString& key)
{
    static const QStringList keys = {QStringLiteral("uuid"),        QStringLiteral("version"),
                                     QStringLiteral("updated_at"),  QStringLiteral("origin_device"),
                                     QStringLiteral("created_seq"), QStringLiteral("id")};
    return keys.contains(key);
}

QString SyncLabels::rawValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return value.toVariant().toString();
    }
}

QString SyncLabels::value(const QString& key, const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString raw = rawValue(value);
    if (raw.isEmpty())
        return raw;
    if (key == QLatin1String("status")) {
        if (const auto s = core::statusFromKey(raw))
            return core::statusLabel(*s);
        if (raw == QLatin1String("closed"))
            return tr("closed");
    }
    if (key == QLatin1String("kind"))
        if (const auto k = core::householdKindFromKey(raw))
            return core::householdKindLabel(*k);
    if (key == QLatin1String("district")) {
        const QString name = core::Districts::nameOf(raw);
        return name == raw ? raw : tr("%1 (%2)").arg(name, raw);
    }
    return raw;
}

} // namespace hukou::ui
