#include "rule_set.h"

#include "json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

constexpr int kMaxPoints = 1000;
constexpr int kMaxUnit = 1'000'000'000;
constexpr qint64 kMaxCount = 1'000'000'000'000LL;

constexpr QStringView kScoreNames[] = {u"base", u"bonus", u"deductions", u"total"};

template <typename E>
std::optional<E> fromName(QStringView name, std::initializer_list<E> values, QString (*toName)(E))
{
    for (E v : values)
        if (toName(v) == name)
            return v;
    return std::nullopt;
}

QString quotedList(const QStringList& names)
{
    QStringList q;
    for (const QString& n : names)
        q << u'"' + n + u'"';
    return q.join(u", "_s);
}

// Parses a rule set, keeping the source name and building the fact catalogue as it goes.
class Parser final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::RuleSet)
public:
    explicit Parser(QString source) : m_source(std::move(source)) {}

    Result<RuleSet> parse(const QJsonObject& root);

private:
    using Err = std::unexpected<Error>;

    Err error(const QString& path, const QString& message) const { return json::invalid(m_source, path, message); }
    json::Reader reader(const QJsonObject& o, const QString& path) const { return json::Reader(o, path, m_source); }

    Status parseFacts(const QJsonObject& facts, RuleSet& rs);
    Status parseEligibility(const json::Reader& r, Eligibility& e);
    Result<RuleItem> parseItem(const QJsonValue& v, const QString& path);
    Status checkMembers(const RuleSet& rs);
    Status parseRanking(const json::Reader& r, RankingRule& ranking);

    // A fact of the expected type, or an error at `path`.
    Result<const FactSpec*> fact(const QString& name, const QString& path, FactType expected, const QString& forWhat);
    Result<int> points(const json::Reader& r, QStringView key, ItemGroup group);

    QString m_source;
    FactCatalogue m_catalogue = FactCatalogue::standard();
};

Result<RuleSet> Parser::parse(const QJsonObject& root)
{
    const json::Reader r = reader(root, {});
    if (auto ok = r.onlyKeys({u"id", u"year", u"title", u"reference_date", u"quota", u"notes", u"facts",
                              u"eligibility", u"threshold", u"items", u"ranking"});
        !ok)
        return Err(ok.error());

    RuleSet rs;
    auto id = r.string(u"id");
    if (!id)
        return Err(id.error());
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_.-]*$"_s);
    if (!idPattern.match(*id).hasMatch())
        return r.error(u"id", tr("a rule set id uses lowercase letters, digits, '-', '_' and '.' (e.g. gz-2023)"));
    rs.id = *id;

    auto year = r.integer(u"year", 1990, 2100);
    if (!year)
        return Err(year.error());
    rs.year = static_cast<int>(*year);

    auto title = r.string(u"title");
    if (!title)
        return Err(title.error());
    rs.title = *title;

    auto ref = r.date(u"reference_date");
    if (!ref)
        return Err(ref.error());
    rs.referenceDate = *ref;

    auto quota = r.integer(u"quota", 0, 10'000'000);
    if (!quota)
        return Err(quota.error());
    rs.quota = static_cast<int>(*quota);

    if (r.has(u"notes")) {
        auto notes = r.stringList(u"notes", true);
        if (!notes)
            return Err(notes.error());
        rs.notes = *notes;
    }

    if (r.has(u"facts")) {
        auto facts = r.object(u"facts");
        if (!facts)
            return Err(facts.error());
        if (auto ok = parseFacts(*facts, rs); !ok)
            return Err(ok.error());
    }

    auto elig = r.object(u"eligibility");
    if (!elig)
        return Err(elig.error());
    if (auto ok = parseEligibility(reader(*elig, u"eligibility"_s), rs.eligibility); !ok)
        return Err(ok.error());

    auto thr = r.object(u"threshold");
    if (!thr)
        return Err(thr.error());
    {
        const json::Reader t = reader(*thr, u"threshold"_s);
        if (auto ok = t.onlyKeys({u"score", u"min"}); !ok)
            return Err(ok.error());
        auto score = t.string(u"score");
        if (!score)
            return Err(score.error());
        const auto s = fromName(*score, {ThresholdScore::Total, ThresholdScore::Base}, &thresholdScoreName);
        if (!s)
            return t.error(u"score", tr("expected \"total\" or \"base\", found \"%1\"").arg(*score));
        rs.threshold.score = *s;
        auto min = t.integer(u"min", 0, 100'000);
        if (!min)
            return Err(min.error());
        rs.threshold.min = *min;
    }

    auto items = r.array(u"items");
    if (!items)
        return Err(items.error());
    if (items->isEmpty())
        return r.error(u"items", tr("a rule set needs at least one item"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = json::index(u"items"_s, i);
        auto item = parseItem(items->at(i), path);
        if (!item)
            return Err(item.error());
        if (ids.contains(item->id))
            return error(json::child(path, u"id"), tr("the item id \"%1\" is used twice").arg(item->id));
        ids.insert(item->id);
        rs.items.append(std::move(*item));
    }
    if (auto ok = checkMembers(rs); !ok)
        return Err(ok.error());

    auto ranking = r.object(u"ranking");
    if (!ranking)
        return Err(ranking.error());
    if (auto ok = parseRanking(reader(*ranking, u"ranking"_s), rs.ranking); !ok)
        return Err(ok.error());

    return rs;
}

Status Parser::parseFacts(const QJsonObject& facts, RuleSet& rs)
{
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        const QString path = json::child(u"facts"_s, it.key());
        if (!it.value().isObject())
            return error(path, tr("expected an object {\"type\": ...}, found %1").arg(json::describe(it.value())));
        const json::Reader f = reader(it.value().toObject(), path);
        if (auto ok = f.onlyKeys({u"type", u"levels"}); !ok)
            return Err(ok.error());
        auto typeName = f.string(u"type");
        if (!typeName)
            return Err(typeName.error());
        const auto type = factTypeFromName(*typeName);
        if (!type)
            return f.error(u"type", tr("unknown fact type \"%1\"; expected one of: %2")
                                        .arg(*typeName, u"\"bool\", \"count\", \"level\", \"by_year\""_s));
        FactSpec spec{it.key(), *type, {}};
        if (f.has(u"levels")) {
            auto levels = f.stringList(u"levels");
            if (!levels)
                return Err(levels.error());
            spec.levels = *levels;
        }
        if (auto ok = m_catalogue.declare(spec); !ok)
            return error(path, ok.error().message);
        rs.declaredFacts.append(spec);
    }
    return {};
}

Result<const FactSpec*> Parser::fact(const QString& name, const QString& path, FactType expected,
                                     const QString& forWhat)
{
    const FactSpec* spec = m_catalogue.find(name);
    if (!spec)
        return error(path, tr("unknown fact \"%1\" (declare new facts under \"facts\")").arg(name));
    if (spec->type != expected)
        return error(path, tr("%1 needs a %2 fact, but \"%3\" is a %4 fact")
                               .arg(forWhat, factTypeName(expected), name, factTypeName(spec->type)));
    return spec;
}

Status Parser::parseEligibility(const json::Reader& r, Eligibility& e)
{
    const auto& o = r.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == u"born_on_or_after" || key == u"born_on_or_before") {
            auto d = r.date(key);
            if (!d)
                return Err(d.error());
            (key == u"born_on_or_after" ? e.bornOnOrAfter : e.bornOnOrBefore) = *d;
        } else if (key == u"min_age" || key == u"max_age") {
            auto n = r.integer(key, 0, 150);
            if (!n)
                return Err(n.error());
            (key == u"min_age" ? e.minAge : e.maxAge) = static_cast<int>(*n);
        } else if (key == u"min_months_each") {
            auto n = r.integer(key, 0, 1200);
            if (!n)
                return Err(n.error());
            e.minMonthsEach = static_cast<int>(*n);
        } else if (key == u"insurances") {
            auto list = r.stringList(key);
            if (!list)
                return Err(list.error());
            for (qsizetype i = 0; i < list->size(); ++i)
                if (auto f = fact(list->at(i), json::index(r.at(key), i), FactType::Count, tr("an insurance"));
                    !f)
                    return Err(f.error());
            e.insurances = *list;
        } else if (key == u"min_education") {
            auto level = r.string(key);
            if (!level)
                return Err(level.error());
            auto spec = fact(u"education"_s, r.at(key), FactType::Level, tr("min_education"));
            if (!spec)
                return Err(spec.error());
            if (FactCatalogue::levelIndex(**spec, *level) < 0)
                return r.error(key, tr("unknown education level \"%1\"; expected one of: %2")
                                        .arg(*level, quotedList((*spec)->levels)));
            e.minEducation = *level;
        } else if (key == u"no_criminal_punishment") {
            auto b = r.boolean(key);
            if (!b)
                return Err(b.error());
            e.noCriminalPunishment = *b;
        } else if (const FactSpec* spec = m_catalogue.find(key); spec && spec->type == FactType::Bool) {
            auto b = r.boolean(key);
            if (!b)
                return Err(b.error());
            e.requiredFacts.append(RequiredFact{key, *b});
        } else {
            return r.error(key, tr("unknown condition \"%1\"; expected born_on_or_after, born_on_or_before, "
                                   "min_age, max_age, min_months_each, insurances, min_education, "
                                   "no_criminal_punishment or a true/false fact")
                                    .arg(key));
        }
    }
    if (e.minAge && e.maxAge && *e.minAge > *e.maxAge)
        return r.error(u"max_age", tr("max_age is below min_age"));
    if (e.bornOnOrAfter && e.bornOnOrBefore && *e.bornOnOrAfter > *e.bornOnOrBefore)
        return r.error(u"born_on_or_before", tr("born_on_or_before is earlier than born_on_or_after"));
    if (e.minMonthsEach.has_value() != !e.insurances.isEmpty())
        return r.error(e.minMonthsEach ? u"insurances" : u"min_months_each",
                       tr("min_months_each and insurances go together"));
    return {};
}

Result<int> Parser::points(const json::Reader& r, QStringView key, ItemGroup group)
{
    auto n = r.integer(key, -kMaxPoints, kMaxPoints);
    if (!n)
        return Err(n.error());
    if (group == ItemGroup::Deduction && *n > 0)
        return r.error(key, tr("a deduction item gives negative points, found %1").arg(*n));
    if (group != ItemGroup::Deduction && *n < 0)
        return r.error(key, tr("only a deduction item gives negative points, found %1").arg(*n));
    return static_cast<int>(*n);
}

Result<RuleItem> Parser::parseItem(const QJsonValue& v, const QString& path)
{
    if (!v.isObject())
        return error(path, tr("expected an item object, found %1").arg(json::describe(v)));
    const json::Reader r = reader(v.toObject(), path);
    RuleItem item;

    auto id = r.string(u"id");
    if (!id)
        return Err(id.error());
    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]*$"_s);
    if (!idPattern.match(*id).hasMatch())
        return r.error(u"id", tr("an item id uses lowercase letters, digits and _ only, and starts with a letter"));
    item.id = *id;

    auto group = r.string(u"group");
    if (!group)
        return Err(group.error());
    const auto g = itemGroupFromName(*group);
    if (!g)
        return r.error(u"group", tr("unknown group \"%1\"; expected \"base\", \"bonus\" or \"deduction\"").arg(*group));
    item.group = *g;

    auto label = r.string(u"label");
    if (!label)
        return Err(label.error());
    item.label = *label;

    auto kindName = r.string(u"kind");
    if (!kindName)
        return Err(kindName.error());
    const auto kind = itemKindFromName(*kindName);
    if (!kind)
        return r.error(u"kind", tr("unknown item kind \"%1\"; expected one of: %2")
                                    .arg(*kindName, u"per_unit, flag, tiers, age, per_unit_yearly, threshold_flag, "
                                                    "best_of, sum_of"_s));
    item.kind = *kind;

    auto note = r.optionalString(u"note");
    if (!note)
        return Err(note.error());
    item.note = note->value_or(QString());

    const auto common = {u"id"_s, u"group"_s, u"label"_s, u"kind"_s, u"note"_s};
    const auto keys = [&](std::initializer_list<QStringView> extra) {
        QList<QStringView> all;
        for (const QString& c : common)
            all << QStringView(c);
        for (QStringView e : extra)
            all << e;
        return all;
    };
    const auto onlyKeys = [&](const QList<QStringView>& known) -> Status {
        const auto& o = r.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(QStringView(it.key()))) {
                QStringList names;
                for (QStringView k : known)
                    names << k.toString();
                return r.error(it.key(), tr("unknown field \"%1\" for a %2 item; expected one of: %3")
                                             .arg(it.key(), *kindName, names.join(u", "_s)));
            }
        return {};
    };
    const auto readFact = [&](FactType type) -> Status {
        auto name = r.string(u"fact");
        if (!name)
            return Err(name.error());
        auto spec = fact(*name, r.at(u"fact"), type, tr("a %1 item").arg(*kindName));
        if (!spec)
            return Err(spec.error());
        item.fact = *name;
        return {};
    };
    const auto readUnitPoints = [&]() -> Status {
        auto unit = r.integer(u"unit", 1, kMaxUnit);
        if (!unit)
            return Err(unit.error());
        item.unit = static_cast<int>(*unit);
        auto p = points(r, u"points", item.group);
        if (!p)
            return Err(p.error());
        item.points = *p;
        return {};
    };
    const auto readCap = [&]() -> Status {
        auto cap = r.optionalInteger(u"cap", 0, kMaxPoints * 100);
        if (!cap)
            return Err(cap.error());
        if (*cap)
            item.cap = static_cast<int>(**cap);
        return {};
    };
    const auto readBonusIf = [&]() -> Status {
        if (!r.has(u"bonus_if"))
            return {};
        auto o = r.object(u"bonus_if");
        if (!o)
            return Err(o.error());
        const json::Reader b = reader(*o, r.at(u"bonus_if"));
        if (auto ok = b.onlyKeys({u"fact", u"points"}); !ok)
            return Err(ok.error());
        auto name = b.string(u"fact");
        if (!name)
            return Err(name.error());
        if (auto spec = fact(*name, b.at(u"fact"), FactType::Bool, u"bonus_if"_s); !spec)
            return Err(spec.error());
        auto p = points(b, u"points", item.group);
        if (!p)
            return Err(p.error());
        item.bonusIf = BonusIf{*name, *p};
        return {};
    };
#define HUKOU_TRY(expr)                                                                                               \
    if (auto ok_ = (expr); !ok_)                                                                                       \
        return Err(ok_.error());

    switch (item.kind) {
    case ItemKind::PerUnit: {
        HUKOU_TRY(onlyKeys(keys({u"fact", u"facts", u"unit", u"points", u"cap"})))
        if (r.has(u"fact") == r.has(u"facts"))
            return r.error(u"fact", tr("a per_unit item names either \"fact\" or a list \"facts\", not both"));
        if (r.has(u"fact")) {
            HUKOU_TRY(readFact(FactType::Count))
        } else {
            auto list = r.stringList(u"facts");
            if (!list)
                return Err(list.error());
            for (qsizetype i = 0; i < list->size(); ++i) {
                HUKOU_TRY(fact(list->at(i), json::index(r.at(u"facts"), i), FactType::Count, tr("a per_unit item")))
            }
            if (list->removeDuplicates() > 0)
                return r.error(u"facts", tr("the list names a fact twice"));
            item.facts = *list;
        }
        HUKOU_TRY(readUnitPoints())
        HUKOU_TRY(readCap())
        break;
    }
    case ItemKind::Flag: {
        HUKOU_TRY(onlyKeys(keys({u"fact", u"points", u"bonus_if"})))
        HUKOU_TRY(readFact(FactType::Bool))
        auto p = points(r, u"points", item.group);
        if (!p)
            return Err(p.error());
        item.points = *p;
        HUKOU_TRY(readBonusIf())
        break;
    }
    case ItemKind::Tiers: {
        HUKOU_TRY(onlyKeys(keys({u"fact", u"tiers", u"bonus_if"})))
        HUKOU_TRY(readFact(FactType::Level))
        const FactSpec* spec = m_catalogue.find(item.fact);
        auto tiers = r.object(u"tiers");
        if (!tiers)
            return Err(tiers.error());
        if (tiers->isEmpty())
            return r.error(u"tiers", tr("the tiers must name at least one level"));
        const json::Reader t = reader(*tiers, r.at(u"tiers"));
        // Stored in vocabulary order, lowest level first.
        for (const QString& level : spec->levels) {
            if (!t.has(level))
                continue;
            auto p = points(t, level, item.group);
            if (!p)
                return Err(p.error());
            item.tiers.append(Tier{level, *p});
        }
        for (auto it = tiers->begin(); it != tiers->end(); ++it)
            if (FactCatalogue::levelIndex(*spec, it.key()) < 0)
                return t.error(it.key(), tr("\"%1\" is not a level of %2; expected one of: %3")
                                             .arg(it.key(), item.fact, quotedList(spec->levels)));
        HUKOU_TRY(readBonusIf())
        break;
    }
    case ItemKind::Age: {
        HUKOU_TRY(onlyKeys(keys({u"full_points", u"full_until_years", u"minus_per_started_year", u"bands"})))
        const bool decrement = r.has(u"full_points") || r.has(u"full_until_years") || r.has(u"minus_per_started_year");
        if (decrement == r.has(u"bands"))
            return r.error(u"bands", tr("an age item has either full_points, full_until_years and "
                                        "minus_per_started_year, or bands"));
        if (decrement) {
            auto full = points(r, u"full_points", item.group);
            if (!full)
                return Err(full.error());
            auto until = r.integer(u"full_until_years", 0, 150);
            if (!until)
                return Err(until.error());
            auto minus = r.integer(u"minus_per_started_year", 0, kMaxPoints);
            if (!minus)
                return Err(minus.error());
            item.fullPoints = *full;
            item.fullUntilYears = static_cast<int>(*until);
            item.minusPerStartedYear = static_cast<int>(*minus);
        } else {
            auto bands = r.array(u"bands");
            if (!bands)
                return Err(bands.error());
            if (bands->isEmpty())
                return r.error(u"bands", tr("the list must not be empty"));
            for (qsizetype i = 0; i < bands->size(); ++i) {
                const QString bpath = json::index(r.at(u"bands"), i);
                if (!bands->at(i).isObject())
                    return error(bpath, tr("expected an object {\"from\", \"to\", \"points\"}, found %1")
                                            .arg(json::describe(bands->at(i))));
                const json::Reader b = reader(bands->at(i).toObject(), bpath);
                HUKOU_TRY(b.onlyKeys({u"from", u"to", u"points"}))
                auto from = b.integer(u"from", 0, 150);
                if (!from)
                    return Err(from.error());
                auto to = b.integer(u"to", *from, 150);
                if (!to)
                    return Err(to.error());
                auto p = points(b, u"points", item.group);
                if (!p)
                    return Err(p.error());
                for (const AgeBand& other : item.bands)
                    if (*from <= other.toYears && other.fromYears <= *to)
                        return b.error(u"from", tr("the band %1–%2 overlaps the band %3–%4")
                                                    .arg(*from).arg(*to).arg(other.fromYears).arg(other.toYears));
                item.bands.append(AgeBand{static_cast<int>(*from), static_cast<int>(*to), *p});
            }
        }
        break;
    }
    case ItemKind::PerUnitYearly: {
        HUKOU_TRY(onlyKeys(keys({u"fact", u"unit", u"points", u"per_year_cap", u"cap"})))
        HUKOU_TRY(readFact(FactType::ByYear))
        HUKOU_TRY(readUnitPoints())
        auto perYear = r.integer(u"per_year_cap", 0, kMaxPoints);
        if (!perYear)
            return Err(perYear.error());
        item.perYearCap = static_cast<int>(*perYear);
        HUKOU_TRY(readCap())
        break;
    }
    case ItemKind::ThresholdFlag: {
        HUKOU_TRY(onlyKeys(keys({u"fact", u"at_least", u"points"})))
        HUKOU_TRY(readFact(FactType::Count))
        auto atLeast = r.integer(u"at_least", 0, kMaxCount);
        if (!atLeast)
            return Err(atLeast.error());
        item.atLeast = *atLeast;
        auto p = points(r, u"points", item.group);
        if (!p)
            return Err(p.error());
        item.points = *p;
        break;
    }
    case ItemKind::BestOf:
    case ItemKind::SumOf: {
        if (item.kind == ItemKind::BestOf) {
            HUKOU_TRY(onlyKeys(keys({u"items"})))
        } else {
            HUKOU_TRY(onlyKeys(keys({u"items", u"cap"})))
        }
        auto members = r.stringList(u"items");
        if (!members)
            return Err(members.error());
        if (members->size() < 2)
            return r.error(u"items", tr("%1 needs at least two item ids").arg(*kindName));
        item.members = *members;
        if (item.kind == ItemKind::SumOf) {
            HUKOU_TRY(readCap())
        }
        break; // members are checked once every item is known
    }
    }
#undef HUKOU_TRY
    return item;
}

Status Parser::checkMembers(const RuleSet& rs)
{
    QHash<QString, QString> memberOf; // member id -> combining item id
    for (qsizetype i = 0; i < rs.items.size(); ++i) {
        const RuleItem& item = rs.items[i];
        if (item.kind != ItemKind::BestOf && item.kind != ItemKind::SumOf)
            continue;
        const QString listPath = json::child(json::index(u"items"_s, i), u"items");
        for (qsizetype m = 0; m < item.members.size(); ++m) {
            const QString& mid = item.members[m];
            const QString path = json::index(listPath, m);
            const RuleItem* member = rs.item(mid);
            if (!member)
                return error(path, tr("no item has the id \"%1\"").arg(mid));
            if (member == &item)
                return error(path, tr("an item cannot contain itself"));
            if (member->kind == ItemKind::BestOf || member->kind == ItemKind::SumOf)
                return error(path, tr("\"%1\" is itself a %2 item; combining items do not nest")
                                       .arg(mid, itemKindName(member->kind)));
            if (member->group != item.group)
                return error(path, tr("\"%1\" is in the group %2, but this item is in %3")
                                       .arg(mid, itemGroupName(member->group), itemGroupName(item.group)));
            if (memberOf.contains(mid))
                return error(path, tr("\"%1\" already belongs to \"%2\"").arg(mid, memberOf.value(mid)));
            memberOf.insert(mid, item.id);
        }
    }
    return {};
}

Status Parser::parseRanking(const json::Reader& r, RankingRule& ranking)
{
    if (auto ok = r.onlyKeys({u"order", u"ties"}); !ok)
        return Err(ok.error());
    auto order = r.stringList(u"order");
    if (!order)
        return Err(order.error());
    for (qsizetype i = 0; i < order->size(); ++i) {
        const QString& name = order->at(i);
        const QString path = json::index(r.at(u"order"), i);
        if (order->indexOf(name) != i)
            return error(path, tr("\"%1\" is named twice").arg(name));
        if (RuleSet::isScoreName(name))
            continue;
        const FactSpec* spec = m_catalogue.find(name);
        if (!spec || spec->type != FactType::Count)
            return error(path, tr("\"%1\" is neither a score (base, bonus, deductions, total) nor a count fact")
                                   .arg(name));
    }
    ranking.order = *order;
    auto ties = r.string(u"ties");
    if (!ties)
        return Err(ties.error());
    const auto policy = tiePolicyFromName(*ties);
    if (!policy)
        return r.error(u"ties", tr("unknown tie policy \"%1\"; expected \"equal_rank_all_admitted\" or "
                                   "\"equal_rank_cut_at_quota\"")
                                    .arg(*ties));
    ranking.ties = *policy;
    return {};
}

QJsonValue pointsObject(const QList<Tier>& tiers)
{
    QJsonObject o;
    for (const Tier& t : tiers)
        o.insert(t.level, t.points);
    return o;
}

} // namespace

QString itemGroupName(ItemGroup g)
{
    switch (g) {
    case ItemGroup::Base: return u"base"_s;
    case ItemGroup::Bonus: return u"bonus"_s;
    case ItemGroup::Deduction: return u"deduction"_s;
    }
    return {};
}

QString itemKindName(ItemKind k)
{
    switch (k) {
    case ItemKind::PerUnit: return u"per_unit"_s;
    case ItemKind::Flag: return u"flag"_s;
    case ItemKind::Tiers: return u"tiers"_s;
    case ItemKind::Age: return u"age"_s;
    case ItemKind::PerUnitYearly: return u"per_unit_yearly"_s;
    case ItemKind::ThresholdFlag: return u"threshold_flag"_s;
    case ItemKind::BestOf: return u"best_of"_s;
    case ItemKind::SumOf: return u"sum_of"_s;
    }
    return {};
}

QString thresholdScoreName(ThresholdScore s)
{
    return s == ThresholdScore::Total ? u"total"_s : u"base"_s;
}

QString tiePolicyName(TiePolicy p)
{
    switch (p) {
    case TiePolicy::EqualRankAllAdmitted: return u"equal_rank_all_admitted"_s;
    case TiePolicy::EqualRankCutAtQuota: return u"equal_rank_cut_at_quota"_s;
    }
    return {};
}

std::optional<ItemGroup> itemGroupFromName(QStringView name)
{
    return fromName(name, {ItemGroup::Base, ItemGroup::Bonus, ItemGroup::Deduction}, &itemGroupName);
}

std::optional<ItemKind> itemKindFromName(QStringView name)
{
    return fromName(name,
                    {ItemKind::PerUnit, ItemKind::Flag, ItemKind::Tiers, ItemKind::Age, ItemKind::PerUnitYearly,
                     ItemKind::ThresholdFlag, ItemKind::BestOf, ItemKind::SumOf},
                    &itemKindName);
}

std::optional<TiePolicy> tiePolicyFromName(QStringView name)
{
    return fromName(name, {TiePolicy::EqualRankAllAdmitted, TiePolicy::EqualRankCutAtQuota}, &tiePolicyName);
}

bool RuleSet::isScoreName(QStringView name)
{
    return std::any_of(std::begin(kScoreNames), std::end(kScoreNames), [name](QStringView s) { return s == name; });
}

Result<RuleSet> RuleSet::fromJson(const QByteArray& json, const QString& sourceName)
{
    auto root = json::parseObject(json, sourceName);
    if (!root)
        return std::unexpected(root.error());
    return fromJsonObject(*root, sourceName);
}

Result<RuleSet> RuleSet::fromJsonObject(const QJsonObject& json, const QString& sourceName)
{
    return Parser(sourceName).parse(json);
}

Result<RuleSet> RuleSet::validated(const RuleSet& ruleSet)
{
    return fromJsonObject(ruleSet.toJson(), ruleSet.id);
}

FactCatalogue RuleSet::catalogue() const
{
    FactCatalogue c = FactCatalogue::standard();
    for (const FactSpec& f : declaredFacts)
        (void)c.declare(f);
    return c;
}

const RuleItem* RuleSet::item(QStringView itemId) const
{
    for (const RuleItem& i : items)
        if (i.id == itemId)
            return &i;
    return nullptr;
}

QStringList RuleSet::referencedFacts() const
{
    QSet<QString> names;
    for (const RuleItem& i : items) {
        if (!i.fact.isEmpty())
            names.insert(i.fact);
        for (const QString& f : i.facts)
            names.insert(f);
        if (i.bonusIf)
            names.insert(i.bonusIf->fact);
    }
    const Eligibility& e = eligibility;
    for (const QString& f : e.insurances)
        names.insert(f);
    if (e.minEducation)
        names.insert(u"education"_s);
    if (e.noCriminalPunishment)
        names.insert(u"criminal_punishment_within_5_years"_s);
    for (const RequiredFact& r : e.requiredFacts)
        names.insert(r.fact);
    for (const QString& k : ranking.order)
        if (!isScoreName(k))
            names.insert(k);
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

QJsonObject RuleSet::toJson() const
{
    QJsonObject o;
    o.insert(u"id"_s, id);
    o.insert(u"year"_s, year);
    o.insert(u"title"_s, title);
    o.insert(u"reference_date"_s, referenceDate.toString(Qt::ISODate));
    o.insert(u"quota"_s, quota);
    if (!notes.isEmpty())
        o.insert(u"notes"_s, QJsonArray::fromStringList(notes));
    if (!declaredFacts.isEmpty()) {
        QJsonObject facts;
        for (const FactSpec& f : declaredFacts) {
            QJsonObject spec{{u"type"_s, factTypeName(f.type)}};
            if (!f.levels.isEmpty())
                spec.insert(u"levels"_s, QJsonArray::fromStringList(f.levels));
            facts.insert(f.name, spec);
        }
        o.insert(u"facts"_s, facts);
    }

    QJsonObject e;
    if (eligibility.bornOnOrAfter)
        e.insert(u"born_on_or_after"_s, eligibility.bornOnOrAfter->toString(Qt::ISODate));
    if (eligibility.bornOnOrBefore)
        e.insert(u"born_on_or_before"_s, eligibility.bornOnOrBefore->toString(Qt::ISODate));
    if (eligibility.minAge)
        e.insert(u"min_age"_s, *eligibility.minAge);
    if (eligibility.maxAge)
        e.insert(u"max_age"_s, *eligibility.maxAge);
    if (eligibility.minMonthsEach) {
        e.insert(u"min_months_each"_s, *eligibility.minMonthsEach);
        e.insert(u"insurances"_s, QJsonArray::fromStringList(eligibility.insurances));
    }
    if (eligibility.minEducation)
        e.insert(u"min_education"_s, *eligibility.minEducation);
    if (eligibility.noCriminalPunishment)
        e.insert(u"no_criminal_punishment"_s, true);
    for (const RequiredFact& r : eligibility.requiredFacts)
        e.insert(r.fact, r.value);
    o.insert(u"eligibility"_s, e);

    o.insert(u"threshold"_s,
             QJsonObject{{u"score"_s, thresholdScoreName(threshold.score)}, {u"min"_s, threshold.min}});

    QJsonArray arr;
    for (const RuleItem& i : items) {
        QJsonObject j{{u"id"_s, i.id}, {u"group"_s, itemGroupName(i.group)}, {u"label"_s, i.label},
                      {u"kind"_s, itemKindName(i.kind)}};
        if (!i.note.isEmpty())
            j.insert(u"note"_s, i.note);
        if (!i.fact.isEmpty())
            j.insert(u"fact"_s, i.fact);
        if (!i.facts.isEmpty())
            j.insert(u"facts"_s, QJsonArray::fromStringList(i.facts));
        switch (i.kind) {
        case ItemKind::PerUnit:
        case ItemKind::PerUnitYearly:
            j.insert(u"unit"_s, i.unit);
            j.insert(u"points"_s, i.points);
            if (i.kind == ItemKind::PerUnitYearly)
                j.insert(u"per_year_cap"_s, i.perYearCap);
            break;
        case ItemKind::Flag: j.insert(u"points"_s, i.points); break;
        case ItemKind::Tiers: j.insert(u"tiers"_s, pointsObject(i.tiers)); break;
        case ItemKind::Age:
            if (i.bands.isEmpty()) {
                j.insert(u"full_points"_s, i.fullPoints);
                j.insert(u"full_until_years"_s, i.fullUntilYears);
                j.insert(u"minus_per_started_year"_s, i.minusPerStartedYear);
            } else {
                QJsonArray bands;
                for (const AgeBand& b : i.bands)
                    bands.append(QJsonObject{{u"from"_s, b.fromYears}, {u"to"_s, b.toYears}, {u"points"_s, b.points}});
                j.insert(u"bands"_s, bands);
            }
            break;
        case ItemKind::ThresholdFlag:
            j.insert(u"at_least"_s, i.atLeast);
            j.insert(u"points"_s, i.points);
            break;
        case ItemKind::BestOf:
        case ItemKind::SumOf: j.insert(u"items"_s, QJsonArray::fromStringList(i.members)); break;
        }
        if (i.cap)
            j.insert(u"cap"_s, *i.cap);
        if (i.bonusIf)
            j.insert(u"bonus_if"_s, QJsonObject{{u"fact"_s, i.bonusIf->fact}, {u"points"_s, i.bonusIf->points}});
        arr.append(j);
    }
    o.insert(u"items"_s, arr);
    o.insert(u"ranking"_s, QJsonObject{{u"order"_s, QJsonArray::fromStringList(ranking.order)},
                                       {u"ties"_s, tiePolicyName(ranking.ties)}});
    return o;
}

QByteArray RuleSet::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace hukou::core
