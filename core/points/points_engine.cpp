#include "points_engine.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

// Limits |value| to `cap`, keeping the sign; sets `capped` when it had to.
qint64 applyCap(qint64 value, std::optional<int> cap, bool& capped)
{
    if (!cap || std::llabs(value) <= *cap)
        return value;
    capped = true;
    return value < 0 ? -qint64(*cap) : qint64(*cap);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Age

int PointsEngine::completedYears(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid())
        return -1;
    int years = on.year() - birth.year();
    if (birth.addYears(years) > on)
        --years;
    return years;
}

int PointsEngine::startedYearsAfter(const QDate& birth, int years, const QDate& on)
{
    if (on <= birth.addYears(years))
        return 0;
    int k = std::max(1, on.year() - birth.year() - years - 1);
    while (birth.addYears(years + k) < on)
        ++k;
    return k;
}

// ---------------------------------------------------------------------------------------------
// Rule texts

QString PointsEngine::ruleText(const RuleItem& item)
{
    QString text;
    switch (item.kind) {
    case ItemKind::PerUnit:
        if (item.facts.isEmpty())
            text = tr("%1 points for each full %2 of %3").arg(item.points).arg(item.unit).arg(item.fact);
        else
            text = tr("%1 points for each full %2 of each of %3")
                       .arg(item.points)
                       .arg(item.unit)
                       .arg(item.facts.join(u", "_s));
        break;
    case ItemKind::Flag: text = tr("%1 points when %2 is true").arg(item.points).arg(item.fact); break;
    case ItemKind::Tiers: {
        QStringList parts;
        for (auto it = item.tiers.crbegin(); it != item.tiers.crend(); ++it)
            parts << tr("%1: %2").arg(it->level).arg(it->points);
        text = tr("by %1 (the highest level only): %2").arg(item.fact, parts.join(u", "_s));
        break;
    }
    case ItemKind::Age:
        if (item.bands.isEmpty()) {
            text = tr("%1 points up to and including the %2th birthday, then %3 less for each started year "
                      "after it, at least 0")
                       .arg(item.fullPoints)
                       .arg(item.fullUntilYears)
                       .arg(item.minusPerStartedYear);
        } else {
            QStringList parts;
            for (const AgeBand& b : item.bands)
                parts << tr("aged %1–%2: %3").arg(b.fromYears).arg(b.toYears).arg(b.points);
            text = tr("by completed years of age: %1; otherwise 0").arg(parts.join(u", "_s));
        }
        break;
    case ItemKind::PerUnitYearly:
        text = tr("%1 points for each full %2 of %3 in a year, at most %4 a year")
                   .arg(item.points)
                   .arg(item.unit)
                   .arg(item.fact)
                   .arg(item.perYearCap);
        break;
    case ItemKind::ThresholdFlag:
        text = tr("%1 points when %2 is at least %3").arg(item.points).arg(item.fact).arg(item.atLeast);
        break;
    case ItemKind::BestOf: text = tr("the highest of %1 counts").arg(item.members.join(u", "_s)); break;
    case ItemKind::SumOf: text = tr("the sum of %1 counts").arg(item.members.join(u", "_s)); break;
    }
    if (item.bonusIf)
        text += tr("; %1 more when %2 is true").arg(item.bonusIf->points).arg(item.bonusIf->fact);
    if (item.cap)
        text += tr("; at most %1 in total").arg(*item.cap);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Engine

struct PointsEngine::Compiled
{
    int fact = -1;      // slot of item.fact
    QList<int> facts;   // slots of item.facts
    int bonusFact = -1; // slot of item.bonusIf->fact
};

PointsEngine::PointsEngine(RuleSet ruleSet) : m_rules(std::move(ruleSet))
{
    m_slotNames = m_rules.referencedFacts(); // sorted
    const qsizetype n = m_rules.items.size();
    m_ruleTexts.reserve(n);
    m_memberOf.fill(-1, n);
    auto compiled = std::make_shared<QList<Compiled>>();
    compiled->reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const RuleItem& item = m_rules.items[i];
        m_ruleTexts << ruleText(item);
        for (const QString& member : item.members)
            for (qsizetype j = 0; j < n; ++j)
                if (m_rules.items[j].id == member)
                    m_memberOf[j] = i;
        Compiled c;
        c.fact = slotOf(item.fact);
        for (const QString& f : item.facts)
            c.facts << slotOf(f);
        if (item.bonusIf)
            c.bonusFact = slotOf(item.bonusIf->fact);
        compiled->append(std::move(c));
    }
    m_compiled = std::move(compiled);
}

int PointsEngine::slotOf(const QString& fact) const
{
    if (fact.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_slotNames.cbegin(), m_slotNames.cend(), fact);
    return it != m_slotNames.cend() && *it == fact ? static_cast<int>(it - m_slotNames.cbegin()) : -1;
}

namespace {

const FactValue* at(const QList<const FactValue*>& factSlots, int slot)
{
    return slot < 0 ? nullptr : factSlots[slot];
}

bool flagAt(const QList<const FactValue*>& factSlots, int slot)
{
    const FactValue* v = at(factSlots, slot);
    const bool* b = v ? std::get_if<bool>(v) : nullptr;
    return b && *b;
}

qint64 countAt(const QList<const FactValue*>& factSlots, int slot)
{
    const FactValue* v = at(factSlots, slot);
    const qint64* n = v ? std::get_if<qint64>(v) : nullptr;
    return n ? *n : 0;
}

} // namespace

ItemResult PointsEngine::scoreItem(qsizetype index, const Slots& factSlots, const Application& app, int age) const
{
    const RuleItem& item = m_rules.items[index];
    const Compiled& c = (*m_compiled)[index];
    ItemResult r;
    r.id = item.id;
    r.group = item.group;
    r.label = item.label;
    r.rule = m_ruleTexts[index];
    qint64 pts = 0;

    const auto read = [&](const QString& name, int slot, FactValue fallback) {
        const FactValue* v = at(factSlots, slot);
        r.values.append(ItemValue{name, v ? *v : std::move(fallback), v != nullptr});
        r.missing = r.missing || v == nullptr;
        return v;
    };
    const auto bonusIf = [&] {
        if (!item.bonusIf)
            return;
        read(item.bonusIf->fact, c.bonusFact, false);
        if (pts != 0 && flagAt(factSlots, c.bonusFact))
            pts += item.bonusIf->points;
    };

    switch (item.kind) {
    case ItemKind::PerUnit:
        if (item.facts.isEmpty()) {
            read(item.fact, c.fact, qint64(0));
            pts = (countAt(factSlots, c.fact) / item.unit) * item.points;
        } else {
            r.values.reserve(item.facts.size());
            for (qsizetype k = 0; k < item.facts.size(); ++k) {
                read(item.facts[k], c.facts[k], qint64(0));
                pts += (countAt(factSlots, c.facts[k]) / item.unit) * item.points;
            }
        }
        pts = applyCap(pts, item.cap, r.capped);
        break;
    case ItemKind::Flag:
        read(item.fact, c.fact, false);
        pts = flagAt(factSlots, c.fact) ? item.points : 0;
        bonusIf();
        break;
    case ItemKind::Tiers: {
        const FactValue* v = at(factSlots, c.fact);
        const QString* level = v ? std::get_if<QString>(v) : nullptr;
        r.values.append(ItemValue{item.fact, v ? std::optional<FactValue>(*v) : std::nullopt, v != nullptr});
        r.missing = v == nullptr;
        if (level)
            for (const Tier& t : item.tiers)
                if (t.level == *level)
                    pts = t.points;
        bonusIf();
        break;
    }
    case ItemKind::Age:
        r.values.append(ItemValue{u"age"_s, age < 0 ? std::nullopt : std::optional<FactValue>(qint64(age)), age >= 0});
        r.missing = age < 0;
        if (age >= 0) {
            if (item.bands.isEmpty()) {
                const int started =
                    startedYearsAfter(app.applicant.birthDate, item.fullUntilYears, m_rules.referenceDate);
                pts = std::max<qint64>(0, item.fullPoints - qint64(started) * item.minusPerStartedYear);
            } else {
                for (const AgeBand& b : item.bands)
                    if (age >= b.fromYears && age <= b.toYears)
                        pts = b.points;
            }
        }
        break;
    case ItemKind::PerUnitYearly:
        if (const FactValue* v = read(item.fact, c.fact, ByYear())) {
            if (const ByYear* years = std::get_if<ByYear>(v))
                for (auto it = years->cbegin(); it != years->cend(); ++it)
                    pts += applyCap((it.value() / item.unit) * item.points, item.perYearCap, r.capped);
        }
        pts = applyCap(pts, item.cap, r.capped);
        break;
    case ItemKind::ThresholdFlag:
        read(item.fact, c.fact, qint64(0));
        pts = countAt(factSlots, c.fact) >= item.atLeast ? item.points : 0;
        break;
    case ItemKind::BestOf:
    case ItemKind::SumOf:
        break; // combined by score() once the members are known
    }
    r.points = static_cast<int>(pts);
    return r;
}

void PointsEngine::checkEligibility(const Application& app, const Slots& factSlots, int age, ScoreResult& result) const
{
    const Eligibility& e = m_rules.eligibility;
    const QDate birth = app.applicant.birthDate;
    result.findings.reserve(8);
    const auto add = [&result](const QString& condition, bool passed, QVariant actual, QVariant required,
                               bool stated = true) {
        result.findings.append(Finding{condition, passed, stated, std::move(actual), std::move(required)});
    };

    if (app.ruleSet != m_rules.id)
        add(u"rule_set"_s, false, app.ruleSet, m_rules.id);
    if (e.bornOnOrAfter)
        add(u"born_on_or_after"_s, birth.isValid() && birth >= *e.bornOnOrAfter, birth, *e.bornOnOrAfter);
    if (e.bornOnOrBefore)
        add(u"born_on_or_before"_s, birth.isValid() && birth <= *e.bornOnOrBefore, birth, *e.bornOnOrBefore);
    if (e.minAge)
        add(u"min_age"_s, age >= *e.minAge, age, *e.minAge);
    if (e.maxAge)
        add(u"max_age"_s, age >= 0 && age <= *e.maxAge, age, *e.maxAge);
    for (const RequiredFact& req : e.requiredFacts) {
        const int slot = slotOf(req.fact);
        const bool v = flagAt(factSlots, slot);
        add(req.fact, v == req.value, v, req.value, at(factSlots, slot) != nullptr);
    }
    if (e.minEducation) {
        const QString education = u"education"_s;
        const FactSpec* spec = FactCatalogue::standard().find(education);
        const FactValue* v = at(factSlots, slotOf(education));
        const QString* level = v ? std::get_if<QString>(v) : nullptr;
        const qsizetype have = spec && level ? FactCatalogue::levelIndex(*spec, *level) : -1;
        const qsizetype need = spec ? FactCatalogue::levelIndex(*spec, *e.minEducation) : 0;
        add(u"min_education"_s, have >= need, level ? QVariant(*level) : QVariant(), *e.minEducation, v != nullptr);
    }
    if (e.minMonthsEach) {
        QStringList below;
        bool allStated = true;
        for (const QString& f : e.insurances) {
            const int slot = slotOf(f);
            const qint64 months = countAt(factSlots, slot);
            allStated = allStated && at(factSlots, slot);
            if (months < *e.minMonthsEach)
                below << (at(factSlots, slot) ? QString(f + u' ' + QString::number(months)) : QString(f + u" -"_s));
        }
        add(u"min_months_each"_s, below.isEmpty(), below, *e.minMonthsEach, allStated);
    }
    if (e.noCriminalPunishment) {
        const int slot = slotOf(u"criminal_punishment_within_5_years"_s);
        const bool punished = flagAt(factSlots, slot);
        add(u"no_criminal_punishment"_s, !punished, punished, false, at(factSlots, slot) != nullptr);
    }
}

QString Finding::detail() const
{
    const auto date = [](const QVariant& v) {
        const QDate d = v.toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : PointsEngine::tr("unknown");
    };
    const auto yes = [](const QVariant& v) { return v.toBool() ? PointsEngine::tr("yes") : PointsEngine::tr("no"); };
    // "pension_months 12" -> "养老保险（月数） 12"
    const auto shortfalls = [](const QStringList& items) {
        QStringList out;
        for (const QString& item : items) {
            const qsizetype space = item.lastIndexOf(u' ');
            out << (space > 0 ? FactCatalogue::label(item.left(space)) + item.mid(space) : item);
        }
        return out.join(PointsEngine::tr(", "));
    };
    QString text;
    if (condition == u"rule_set")
        text = PointsEngine::tr("the application is for the rule set %1, not %2").arg(actual.toString(), required.toString());
    else if (condition == u"born_on_or_after")
        text = PointsEngine::tr("born %1; required on or after %2").arg(date(actual), date(required));
    else if (condition == u"born_on_or_before")
        text = PointsEngine::tr("born %1; required on or before %2").arg(date(actual), date(required));
    else if (condition == u"min_age")
        text = PointsEngine::tr("aged %1 at the reference date; at least %2 required").arg(actual.toInt()).arg(required.toInt());
    else if (condition == u"max_age")
        text = PointsEngine::tr("aged %1 at the reference date; at most %2 allowed").arg(actual.toInt()).arg(required.toInt());
    else if (condition == u"min_education")
        text = PointsEngine::tr("education %1; at least %2 required")
                   .arg(actual.isValid() ? FactCatalogue::levelLabel(actual.toString()) : PointsEngine::tr("unknown"),
                        FactCatalogue::levelLabel(required.toString()));
    else if (condition == u"min_months_each")
        text = passed ? PointsEngine::tr("every insurance has at least %1 months").arg(required.toInt())
                      : PointsEngine::tr("below %1 months: %2").arg(required.toInt()).arg(shortfalls(actual.toStringList()));
    else if (condition == u"no_criminal_punishment")
        text = actual.toBool() ? PointsEngine::tr("criminal punishment within the past 5 years")
                               : PointsEngine::tr("no criminal punishment within the past 5 years");
    else // a true/false fact required to have a value
        text = PointsEngine::tr("%1: %2; required %3").arg(FactCatalogue::label(condition), yes(actual), yes(required));
    if (!stated)
        text += PointsEngine::tr(" (not stated)");
    return text;
}

ScoreResult PointsEngine::score(const Application& app) const
{
    ScoreResult result;
    result.ruleSetId = m_rules.id;
    result.referenceDate = m_rules.referenceDate;
    result.age = PointsEngine::completedYears(app.applicant.birthDate, m_rules.referenceDate);
    const int age = result.age;

    // Resolve the facts the rule set reads in one merge pass (both lists are sorted by name).
    Slots factSlots(m_slotNames.size(), nullptr);
    {
        const QList<FactEntry>& entries = app.facts.entries();
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < m_slotNames.size() && j < entries.size()) {
            const int cmp = QStringView(m_slotNames[i]).compare(entries[j].name);
            if (cmp == 0)
                factSlots[i++] = &entries[j++].value;
            else if (cmp < 0)
                ++i;
            else
                ++j;
        }
    }

    const qsizetype n = m_rules.items.size();
    result.items.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        result.items.append(scoreItem(i, factSlots, app, age));

    // Combining items, now that their members are scored.
    for (qsizetype i = 0; i < n; ++i) {
        const RuleItem& item = m_rules.items[i];
        if (item.kind != ItemKind::BestOf && item.kind != ItemKind::SumOf)
            continue;
        ItemResult& r = result.items[i];
        qint64 pts = 0;
        bool first = true;
        for (qsizetype j = 0; j < n; ++j) {
            if (m_memberOf[j] != i)
                continue;
            ItemResult& m = result.items[j];
            m.counted = false;
            m.countedIn = item.id;
            r.values.append(ItemValue{m.id, FactValue(qint64(m.points)), true});
            r.missing = r.missing || m.missing;
            if (item.kind == ItemKind::SumOf)
                pts += m.points;
            else if (first || std::llabs(m.points) > std::llabs(pts))
                pts = m.points;
            first = false;
        }
        if (item.kind == ItemKind::SumOf)
            pts = applyCap(pts, item.cap, r.capped);
        r.points = static_cast<int>(pts);
    }

    for (const ItemResult& r : std::as_const(result.items)) {
        if (!r.counted)
            continue;
        switch (r.group) {
        case ItemGroup::Base: result.base += r.points; break;
        case ItemGroup::Bonus: result.bonus += r.points; break;
        case ItemGroup::Deduction: result.deductions += r.points; break;
        }
    }
    result.total = std::max<qint64>(0, result.base + result.bonus + result.deductions);
    result.thresholdScore = m_rules.threshold.score;
    result.thresholdMin = m_rules.threshold.min;
    const qint64 measured = m_rules.threshold.score == ThresholdScore::Total ? result.total : result.base;
    result.overThreshold = measured >= m_rules.threshold.min;

    checkEligibility(app, factSlots, age, result);
    result.eligible = std::all_of(result.findings.cbegin(), result.findings.cend(),
                                  [](const Finding& f) { return f.passed; });

    for (qsizetype i = 0; i < m_slotNames.size(); ++i)
        if (!factSlots[i])
            result.missingFacts << m_slotNames[i];

    result.keys.reserve(m_rules.ranking.order.size());
    for (const QString& k : m_rules.ranking.order) {
        qint64 v = 0;
        if (k == u"base")
            v = result.base;
        else if (k == u"bonus")
            v = result.bonus;
        else if (k == u"deductions")
            v = result.deductions;
        else if (k == u"total")
            v = result.total;
        else
            v = countAt(factSlots, slotOf(k));
        result.keys.append(RankKey{k, v});
    }
    return result;
}

ScoreResult score(const RuleSet& ruleSet, const Application& application)
{
    return PointsEngine(ruleSet).score(application);
}

QJsonValue ItemResult::factValue() const
{
    const auto json = [](const ItemValue& v) {
        return v.value ? Facts::toJsonValue(*v.value) : QJsonValue(QJsonValue::Null);
    };
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (values.size() == 1)
        return json(values.first());
    QJsonObject o;
    for (const ItemValue& v : values)
        o.insert(v.name, json(v));
    return o;
}

// ---------------------------------------------------------------------------------------------
// JSON

QJsonObject ScoreResult::toJson(const QString& application) const
{
    QJsonObject o;
    o.insert(u"application"_s, application.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(application));
    o.insert(u"rule_set"_s, ruleSetId);
    o.insert(u"reference_date"_s, referenceDate.toString(Qt::ISODate));
    o.insert(u"age"_s, age < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(age));
    o.insert(u"eligible"_s, eligible);
    QJsonArray f;
    for (const Finding& x : findings)
        f.append(QJsonObject{{u"condition"_s, x.condition}, {u"passed"_s, x.passed}, {u"detail"_s, x.detail()}});
    o.insert(u"findings"_s, f);
    o.insert(u"base"_s, base);
    o.insert(u"bonus"_s, bonus);
    o.insert(u"deductions"_s, deductions);
    o.insert(u"total"_s, total);
    o.insert(u"threshold"_s,
             QJsonObject{{u"score"_s, thresholdScoreName(thresholdScore)}, {u"min"_s, thresholdMin}});
    o.insert(u"over_threshold"_s, overThreshold);
    QJsonArray arr;
    for (const ItemResult& r : items) {
        QJsonObject j{{u"id"_s, r.id},         {u"group"_s, itemGroupName(r.group)},
                      {u"label"_s, r.label},   {u"fact_value"_s, r.factValue()},
                      {u"points"_s, r.points}, {u"capped"_s, r.capped},
                      {u"counted"_s, r.counted}, {u"missing"_s, r.missing},
                      {u"rule"_s, r.rule}};
        if (!r.counted)
            j.insert(u"counted_in"_s, r.countedIn);
        arr.append(j);
    }
    o.insert(u"items"_s, arr);
    o.insert(u"missing_facts"_s, QJsonArray::fromStringList(missingFacts));
    QJsonObject k;
    for (const RankKey& key : keys)
        k.insert(key.name, key.value);
    o.insert(u"keys"_s, k);
    return o;
}

} // namespace hukou::core
