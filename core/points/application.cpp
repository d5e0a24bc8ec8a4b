#include "application.h"

#include "../domain/citizen_id.h"
#include "../domain/districts.h"
#include "json_fields.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {
using Err = std::unexpected<Error>;

constexpr qint64 kMaxCount = 1'000'000'000'000LL;

QString typeDescription(const FactSpec& spec)
{
    switch (spec.type) {
    case FactType::Bool: return Facts::tr("true or false");
    case FactType::Count: return Facts::tr("a whole number of 0 or more");
    case FactType::Level: {
        QStringList q;
        for (const QString& l : spec.levels)
            q << u'"' + l + u'"';
        return Facts::tr("one of %1").arg(q.join(u", "_s));
    }
    case FactType::ByYear: return Facts::tr("an object of year -> whole number, e.g. {\"2023\": 120}");
    }
    return {};
}
} // namespace

namespace {
auto lowerBound(const QList<FactEntry>& entries, QStringView name)
{
    return std::lower_bound(entries.cbegin(), entries.cend(), name,
                            [](const FactEntry& e, QStringView n) { return QStringView(e.name) < n; });
}
} // namespace

const FactValue* Facts::find(QStringView name) const
{
    const auto it = lowerBound(m_entries, name);
    return it != m_entries.cend() && it->name == name ? &it->value : nullptr;
}

void Facts::set(const QString& name, FactValue value)
{
    const auto it = lowerBound(m_entries, name);
    const qsizetype at = it - m_entries.cbegin();
    if (it != m_entries.cend() && it->name == name)
        m_entries[at].value = std::move(value);
    else
        m_entries.insert(at, FactEntry{name, std::move(value)});
}

void Facts::remove(QStringView name)
{
    const auto it = lowerBound(m_entries, name);
    if (it != m_entries.cend() && it->name == name)
        m_entries.remove(it - m_entries.cbegin());
}

bool Facts::flag(QStringView name) const
{
    const FactValue* v = find(name);
    const bool* b = v ? std::get_if<bool>(v) : nullptr;
    return b && *b;
}

qint64 Facts::count(QStringView name) const
{
    const FactValue* v = find(name);
    const qint64* n = v ? std::get_if<qint64>(v) : nullptr;
    return n ? *n : 0;
}

QString Facts::level(QStringView name) const
{
    const FactValue* v = find(name);
    const QString* s = v ? std::get_if<QString>(v) : nullptr;
    return s ? *s : QString();
}

ByYear Facts::byYear(QStringView name) const
{
    const FactValue* v = find(name);
    const ByYear* m = v ? std::get_if<ByYear>(v) : nullptr;
    return m ? *m : ByYear();
}

QStringList Facts::names() const
{
    QStringList n;
    n.reserve(m_entries.size());
    for (const FactEntry& e : m_entries)
        n << e.name;
    return n;
}

QJsonValue Facts::toJsonValue(const FactValue& value)
{
    return std::visit(
        [](const auto& x) -> QJsonValue {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ByYear>) {
                QJsonObject o;
                for (auto it = x.begin(); it != x.end(); ++it)
                    o.insert(QString::number(it.key()), it.value());
                return o;
            } else {
                return QJsonValue(x);
            }
        },
        value);
}

QJsonValue Facts::jsonValue(QStringView name) const
{
    const FactValue* v = find(name);
    return v ? toJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject Facts::toJson() const
{
    QJsonObject o;
    for (const FactEntry& e : m_entries)
        o.insert(e.name, toJsonValue(e.value));
    return o;
}

Result<Facts> Facts::fromJson(const QJsonObject& json, const FactCatalogue& catalogue, const QString& path,
                              const QString& sourceName)
{
    Facts facts;
    facts.m_entries.reserve(json.size());
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString name = it.key();
        const QString at = json::child(path, name);
        const FactSpec* spec = catalogue.find(name);
        if (!spec)
            return json::invalid(sourceName, at, tr("unknown fact \"%1\"").arg(name));
        const QJsonValue v = it.value();
        const auto wrong = [&] {
            return json::invalid(sourceName, at,
                                 tr("expected %1, found %2").arg(typeDescription(*spec), json::describe(v)));
        };
        switch (spec->type) {
        case FactType::Bool:
            if (!v.isBool())
                return wrong();
            facts.set(name, v.toBool());
            break;
        case FactType::Count: {
            auto n = json::toInteger(v, 0, kMaxCount);
            if (!n)
                return v.isDouble() ? json::invalid(sourceName, at, n.error()) : wrong();
            facts.set(name, *n);
            break;
        }
        case FactType::Level:
            if (!v.isString() || FactCatalogue::levelIndex(*spec, v.toString()) < 0)
                return wrong();
            facts.set(name, v.toString());
            break;
        case FactType::ByYear: {
            if (!v.isObject())
                return wrong();
            ByYear years;
            const QJsonObject o = v.toObject();
            for (auto y = o.begin(); y != o.end(); ++y) {
                const QString yat = json::child(at, y.key());
                bool ok = false;
                const int year = y.key().toInt(&ok);
                if (!ok || y.key().size() != 4 || year < 1900 || year > 2100)
                    return json::invalid(sourceName, yat, tr("\"%1\" is not a year (1900–2100)").arg(y.key()));
                auto n = json::toInteger(y.value(), 0, kMaxCount);
                if (!n)
                    return json::invalid(sourceName, yat, n.error());
                years.insert(year, *n);
            }
            facts.set(name, std::move(years));
            break;
        }
        }
    }
    return facts;
}

Result<Application> Application::fromJson(const QByteArray& json, const QDate& today, const FactCatalogue& catalogue,
                                          const QString& sourceName)
{
    auto root = json::parseObject(json, sourceName);
    if (!root)
        return Err(root.error());
    return fromJsonObject(*root, today, catalogue, sourceName);
}

Result<Application> Application::fromJsonObject(const QJsonObject& json, const QDate& today,
                                                const FactCatalogue& catalogue, const QString& sourceName)
{
    const json::Reader r(json, {}, sourceName);
    if (auto ok = r.onlyKeys({u"rule_set", u"district", u"submitted_on", u"applicant", u"facts", u"evidence",
                              u"moving_with"});
        !ok)
        return Err(ok.error());

    Application app;
    auto ruleSet = r.string(u"rule_set");
    if (!ruleSet)
        return Err(ruleSet.error());
    app.ruleSet = *ruleSet;

    auto district = r.string(u"district");
    if (!district)
        return Err(district.error());
    const auto d = Districts::findCurrent(district->trimmed());
    if (!d)
        return r.error(u"district", tr("\"%1\" is not a current Guangzhou district code or name").arg(*district));
    app.district = d->code;

    auto submitted = r.date(u"submitted_on");
    if (!submitted)
        return Err(submitted.error());
    app.submittedOn = *submitted;

    auto applicant = r.object(u"applicant");
    if (!applicant)
        return Err(applicant.error());
    {
        const json::Reader a(*applicant, u"applicant"_s, sourceName);
        if (auto ok = a.onlyKeys({u"citizen_id", u"name", u"phone"}); !ok)
            return Err(ok.error());
        auto idText = a.string(u"citizen_id");
        if (!idText)
            return Err(idText.error());
        auto id = CitizenId::parse(*idText, today);
        if (!id)
            return a.error(u"citizen_id", id.error().message);
        app.applicant.citizenId = id->value();
        app.applicant.birthDate = id->birthDate();
        auto name = a.string(u"name");
        if (!name)
            return Err(name.error());
        app.applicant.name = name->trimmed();
        auto phone = a.optionalString(u"phone");
        if (!phone)
            return Err(phone.error());
        app.applicant.phone = phone->value_or(QString()).trimmed();
    }

    auto facts = r.object(u"facts");
    if (!facts)
        return Err(facts.error());
    auto typed = Facts::fromJson(*facts, catalogue, u"facts"_s, sourceName);
    if (!typed)
        return Err(typed.error());
    app.facts = std::move(*typed);

    if (r.has(u"evidence")) {
        auto list = r.array(u"evidence");
        if (!list)
            return Err(list.error());
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = json::index(u"evidence"_s, i);
            if (!list->at(i).isObject())
                return json::invalid(sourceName, at,
                                     tr("expected an object {\"fact\", \"document\"}, found %1")
                                         .arg(json::describe(list->at(i))));
            const json::Reader e(list->at(i).toObject(), at, sourceName);
            if (auto ok = e.onlyKeys({u"fact", u"document"}); !ok)
                return Err(ok.error());
            auto fact = e.string(u"fact");
            if (!fact)
                return Err(fact.error());
            if (!catalogue.find(*fact))
                return e.error(u"fact", tr("unknown fact \"%1\"").arg(*fact));
            auto document = e.string(u"document");
            if (!document)
                return Err(document.error());
            app.evidence.append(Evidence{*fact, *document});
        }
    }

    if (r.has(u"moving_with")) {
        auto list = r.array(u"moving_with");
        if (!list)
            return Err(list.error());
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = json::index(u"moving_with"_s, i);
            if (!list->at(i).isObject())
                return json::invalid(sourceName, at,
                                     tr("expected an object {\"citizen_id\", \"name\", \"relation\"}, found %1")
                                         .arg(json::describe(list->at(i))));
            const json::Reader m(list->at(i).toObject(), at, sourceName);
            if (auto ok = m.onlyKeys({u"citizen_id", u"name", u"relation"}); !ok)
                return Err(ok.error());
            auto idText = m.string(u"citizen_id");
            if (!idText)
                return Err(idText.error());
            auto id = CitizenId::parse(*idText, today);
            if (!id)
                return m.error(u"citizen_id", id.error().message);
            if (id->value() == app.applicant.citizenId)
                return m.error(u"citizen_id", tr("the applicant cannot move with themselves"));
            auto name = m.string(u"name");
            if (!name)
                return Err(name.error());
            auto relation = m.string(u"relation");
            if (!relation)
                return Err(relation.error());
            app.movingWith.append(Companion{id->value(), name->trimmed(), relation->trimmed()});
        }
    }
    return app;
}

QStringList Application::claimedFacts() const
{
    QStringList out;
    for (const FactEntry& f : facts.entries()) {
        const bool givesSomething = std::visit(
            [](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, bool>)
                    return v;
                else if constexpr (std::is_same_v<T, qint64>)
                    return v > 0;
                else if constexpr (std::is_same_v<T, QString>)
                    return !v.isEmpty() && v != QLatin1String("none");
                else
                    return !v.isEmpty();
            },
            f.value);
        if (givesSomething)
            out << f.name;
    }
    return out;
}

QStringList Application::factsLackingEvidence() const
{
    QStringList out = claimedFacts();
    out.removeIf([this](const QString& fact) {
        return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& e) { return e.fact == fact; });
    });
    return out;
}

QJsonObject Application::toJson() const
{
    QJsonObject o;
    o.insert(u"rule_set"_s, ruleSet);
    o.insert(u"district"_s, district);
    o.insert(u"submitted_on"_s, submittedOn.toString(Qt::ISODate));
    QJsonObject a{{u"citizen_id"_s, applicant.citizenId}, {u"name"_s, applicant.name}};
    if (!applicant.phone.isEmpty())
        a.insert(u"phone"_s, applicant.phone);
    o.insert(u"applicant"_s, a);
    o.insert(u"facts"_s, facts.toJson());
    QJsonArray ev;
    for (const Evidence& e : evidence)
        ev.append(QJsonObject{{u"fact"_s, e.fact}, {u"document"_s, e.document}});
    o.insert(u"evidence"_s, ev);
    QJsonArray mw;
    for (const Companion& c : movingWith)
        mw.append(QJsonObject{{u"citizen_id"_s, c.citizenId}, {u"name"_s, c.name}, {u"relation"_s, c.relation}});
    o.insert(u"moving_with"_s, mw);
    return o;
}

} // namespace hukou::core
