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

QString yesNo(bool b)
{
    return b ? u"true"_s : u"false"_s;
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

PointsEngine::PointsEngine(RuleSet ruleSet) : m_rules(std::move(ruleSet))
{
    const qsizetype n = m_rules.items.size();
    m_ruleTexts.reserve(n);
    m_memberOf.fill(-1, n);
    for (qsizetype i = 0; i < n; ++i) {
        const RuleItem& item = m_rules.items[i];
        m_ruleTexts << ruleText(item);
        for (const QString& member : item.members)
            for (qsizetype j = 0; j < n; ++j)
                if (m_rules.items[j].id == member)
                    m_memberOf[j] = i;
    }
    m_referencedFacts = m_rules.referencedFacts();
}

ItemResult PointsEngine::scoreItem(const RuleItem& item, qsizetype index, const Application& app, int age) const
{
    const Facts& facts = app.facts;
    ItemResult r;
    r.id = item.id;
    r.group = item.group;
    r.label = item.label;
    r.rule = m_ruleTexts[index];
    qint64 pts = 0;

    const auto bonusIf = [&](QJsonValue mainValue) {
        if (!item.bonusIf) {
            r.factValue = std::move(mainValue);
            return;
        }
        const QString& bf = item.bonusIf->fact;
        const bool bonus = facts.flag(bf);
        r.missing = r.missing || !facts.contains(bf);
        r.factValue = QJsonObject{{item.fact, mainValue}, {bf, bonus}};
        if (bonus && pts != 0)
            pts += item.bonusIf->points;
    };

    switch (item.kind) {
    case ItemKind::PerUnit:
        if (item.facts.isEmpty()) {
            const qint64 v = facts.count(item.fact);
            r.missing = !facts.contains(item.fact);
            r.factValue = QJsonValue(v);
            pts = (v / item.unit) * item.points;
        } else {
            QJsonObject values;
            for (const QString& f : item.facts) {
                const qint64 v = facts.count(f);
                r.missing = r.missing || !facts.contains(f);
                values.insert(f, v);
                pts += (v / item.unit) * item.points;
            }
            r.factValue = values;
        }
        pts = applyCap(pts, item.cap, r.capped);
        break;
    case ItemKind::Flag: {
        const bool v = facts.flag(item.fact);
        r.missing = !facts.contains(item.fact);
        pts = v ? item.points : 0;
        bonusIf(QJsonValue(v));
        break;
    }
    case ItemKind::Tiers: {
        const QString level = facts.level(item.fact);
        r.missing = !facts.contains(item.fact);
        for (const Tier& t : item.tiers)
            if (t.level == level)
                pts = t.points;
        bonusIf(level.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(level));
        break;
    }
    case ItemKind::Age:
        r.missing = age < 0;
        r.factValue = age < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(age);
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
    case ItemKind::PerUnitYearly: {
        const ByYear years = facts.byYear(item.fact);
        r.missing = !facts.contains(item.fact);
        r.factValue = facts.contains(item.fact) ? facts.jsonValue(item.fact) : QJsonValue(QJsonObject());
        for (auto it = years.begin(); it != years.end(); ++it)
            pts += applyCap((it.value() / item.unit) * item.points, item.perYearCap, r.capped);
        pts = applyCap(pts, item.cap, r.capped);
        break;
    }
    case ItemKind::ThresholdFlag: {
        const qint64 v = facts.count(item.fact);
        r.missing = !facts.contains(item.fact);
        r.factValue = QJsonValue(v);
        pts = v >= item.atLeast ? item.points : 0;
        break;
    }
    case ItemKind::BestOf:
    case ItemKind::SumOf:
        break; // combined by score() once the members are known
    }
    r.points = static_cast<int>(pts);
    return r;
}

void PointsEngine::checkEligibility(const Application& app, int age, ScoreResult& result) const
{
    const Eligibility& e = m_rules.eligibility;
    const Facts& facts = app.facts;
    const QDate birth = app.applicant.birthDate;
    const QString birthText = birth.isValid() ? birth.toString(Qt::ISODate) : tr("unknown");
    const QString refText = m_rules.referenceDate.toString(Qt::ISODate);
    const auto add = [&result](const QString& condition, bool passed, QString detail) {
        result.findings.append(Finding{condition, passed, std::move(detail)});
    };
    const auto notStated = [&facts](const QString& fact, const QString& text) {
        return facts.contains(fact) ? text : text + tr(" (not stated)");
    };

    if (app.ruleSet != m_rules.id)
        add(u"rule_set"_s, false,
            tr("the application is for the rule set %1, not %2").arg(app.ruleSet, m_rules.id));
    if (e.bornOnOrAfter)
        add(u"born_on_or_after"_s, birth.isValid() && birth >= *e.bornOnOrAfter,
            tr("born %1; required on or after %2").arg(birthText, e.bornOnOrAfter->toString(Qt::ISODate)));
    if (e.bornOnOrBefore)
        add(u"born_on_or_before"_s, birth.isValid() && birth <= *e.bornOnOrBefore,
            tr("born %1; required on or before %2").arg(birthText, e.bornOnOrBefore->toString(Qt::ISODate)));
    if (e.minAge)
        add(u"min_age"_s, age >= *e.minAge,
            tr("aged %1 on %2; at least %3 required").arg(age).arg(refText).arg(*e.minAge));
    if (e.maxAge)
        add(u"max_age"_s, age >= 0 && age <= *e.maxAge,
            tr("aged %1 on %2; at most %3 allowed").arg(age).arg(refText).arg(*e.maxAge));
    for (const RequiredFact& req : e.requiredFacts) {
        const bool v = facts.flag(req.fact);
        add(req.fact, v == req.value,
            notStated(req.fact, tr("%1 is %2; required %3").arg(req.fact, yesNo(v), yesNo(req.value))));
    }
    if (e.minEducation) {
        const FactSpec* spec = FactCatalogue::standard().find(u"education");
        const QString level = facts.level(u"education"_s);
        const qsizetype have = spec ? FactCatalogue::levelIndex(*spec, level) : -1;
        const qsizetype need = spec ? FactCatalogue::levelIndex(*spec, *e.minEducation) : 0;
        add(u"min_education"_s, have >= need,
            notStated(u"education"_s, tr("education %1; at least %2 required")
                                          .arg(level.isEmpty() ? tr("unknown") : level, *e.minEducation)));
    }
    if (e.minMonthsEach) {
        QStringList below;
        for (const QString& f : e.insurances) {
            const qint64 months = facts.count(f);
            if (months < *e.minMonthsEach)
                below << (facts.contains(f) ? tr("%1 %2").arg(f).arg(months) : tr("%1 not stated").arg(f));
        }
        add(u"min_months_each"_s, below.isEmpty(),
            below.isEmpty() ? tr("each of %1 has at least %2 months").arg(e.insurances.join(u", "_s)).arg(*e.minMonthsEach)
                            : tr("below %1 months: %2").arg(*e.minMonthsEach).arg(below.join(u", "_s)));
    }
    if (e.noCriminalPunishment) {
        const QString fact = u"criminal_punishment_within_5_years"_s;
        const bool punished = facts.flag(fact);
        add(u"no_criminal_punishment"_s, !punished,
            notStated(fact, punished ? tr("criminal punishment within the past 5 years")
                                     : tr("no criminal punishment within the past 5 years")));
    }
}

ScoreResult PointsEngine::score(const Application& app) const
{
    ScoreResult result;
    result.ruleSetId = m_rules.id;
    result.referenceDate = m_rules.referenceDate;
    result.age = PointsEngine::completedYears(app.applicant.birthDate, m_rules.referenceDate);
    const int age = result.age;

    const qsizetype n = m_rules.items.size();
    result.items.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        result.items.append(scoreItem(m_rules.items[i], i, app, age));

    // Combining items, now that their members are scored.
    for (qsizetype i = 0; i < n; ++i) {
        const RuleItem& item = m_rules.items[i];
        if (item.kind != ItemKind::BestOf && item.kind != ItemKind::SumOf)
            continue;
        ItemResult& r = result.items[i];
        QJsonObject values;
        qint64 pts = 0;
        bool first = true;
        bool missing = false;
        for (qsizetype j = 0; j < n; ++j) {
            if (m_memberOf[j] != i)
                continue;
            ItemResult& m = result.items[j];
            m.counted = false;
            m.countedIn = item.id;
            values.insert(m.id, m.points);
            missing = missing || m.missing;
            if (item.kind == ItemKind::SumOf)
                pts += m.points;
            else if (first || std::llabs(m.points) > std::llabs(pts))
                pts = m.points;
            first = false;
        }
        if (item.kind == ItemKind::SumOf)
            pts = applyCap(pts, item.cap, r.capped);
        r.factValue = values;
        r.missing = missing;
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

    checkEligibility(app, age, result);
    result.eligible = std::all_of(result.findings.cbegin(), result.findings.cend(),
                                  [](const Finding& f) { return f.passed; });

    for (const QString& f : m_referencedFacts)
        if (!app.facts.contains(f))
            result.missingFacts << f;

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
            v = app.facts.count(k);
        result.keys.append(RankKey{k, v});
    }
    return result;
}

ScoreResult score(const RuleSet& ruleSet, const Application& application)
{
    return PointsEngine(ruleSet).score(application);
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
        f.append(QJsonObject{{u"condition"_s, x.condition}, {u"passed"_s, x.passed}, {u"detail"_s, x.detail}});
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
                      {u"label"_s, r.label},   {u"fact_value"_s, r.factValue},
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
