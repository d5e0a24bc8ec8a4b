#pragma once

#include "application.h"
#include "rule_set.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace hukou::core {

// One hard condition of the rule set's eligibility, checked against an application.
struct Finding
{
    QString condition; // the eligibility key: born_on_or_after, min_months_each, employed, ...
    bool passed = false;
    bool stated = true; // false: the fact read was not stated (and counted as 0 / false)
    // What was compared: the applicant's value (a date, a number, true/false, a level, a rule
    // set id; for min_months_each the insurances below the minimum as "fact months" texts)
    // and the requirement.
    QVariant actual;
    QVariant required;

    // Translated explanation with the values compared, built when asked for (so it follows
    // the language in force when it is shown).
    [[nodiscard]] QString detail() const;
};

// One value an item read: a fact, the age, or (for best_of / sum_of) a member's points.
struct ItemValue
{
    QString name;                   // the fact, "age", or the member item's id
    std::optional<FactValue> value; // none: no level stated, or the age unknown
    bool stated = true;             // false: the fact was not stated and counts as 0 / false
};

// One item of the breakdown.
struct ItemResult
{
    QString id;
    ItemGroup group = ItemGroup::Base;
    QString label;
    QList<ItemValue> values; // what the item read
    int points = 0;       // what the item gives on its own (after its caps)
    bool capped = false;  // a cap (or per-year cap) reduced the points
    bool counted = true;  // false for a member of a best_of / sum_of: its points count through that item
    QString countedIn;    // the combining item's id when !counted
    bool missing = false; // a fact the item reads was not stated (counted as 0 / false)
    QString rule;         // translated: how the points follow from the fact

    // The JSON `fact_value`: the value itself when the item read one (a number, true/false, a
    // level, a by-year object, the age), else an object {name: value}; null for no value.
    [[nodiscard]] QJsonValue factValue() const;
};

// A ranking key's value for one application (ranking.order of the rule set).
struct RankKey
{
    QString name;
    qint64 value = 0;
    friend bool operator==(const RankKey&, const RankKey&) = default;
};

struct ScoreResult
{
    QString ruleSetId;
    QDate referenceDate;
    int age = -1; // completed years at the reference date; -1 when the birth date is unknown
    qint64 base = 0;
    qint64 bonus = 0;
    qint64 deductions = 0; // <= 0
    qint64 total = 0;      // max(0, base + bonus + deductions)
    ThresholdScore thresholdScore = ThresholdScore::Total;
    qint64 thresholdMin = 0;
    bool overThreshold = false;
    bool eligible = false; // every finding passed
    QList<Finding> findings;
    QList<ItemResult> items;
    QStringList missingFacts; // facts the rule set reads that the application does not state
    QList<RankKey> keys;      // in ranking.order

    // The `points score --json` document of design/CLI.md (plus reference_date, age,
    // threshold, missing_facts, keys and per-item label/counted/missing).
    [[nodiscard]] QJsonObject toJson(const QString& application = {}) const;
};

// Scores applications under one rule set. Deterministic: the same rule set and application
// always give the same result. Construct once and reuse for many applications (the
// per-item rule texts are prepared once).
class PointsEngine final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PointsEngine)
public:
    explicit PointsEngine(RuleSet ruleSet);

    [[nodiscard]] const RuleSet& ruleSet() const { return m_rules; }
    [[nodiscard]] ScoreResult score(const Application& application) const;

    // Completed years (周岁) on `on`; the birthday itself completes the year. A 29 February
    // birthday falls on 28 February in common years (QDate::addYears).
    [[nodiscard]] static int completedYears(const QDate& birth, const QDate& on);
    // The age rule of points.md: 0 up to and including the `years`th birthday; then the number
    // of started years after it (the day after the birthday starts year 1; the next birthday
    // still belongs to it).
    [[nodiscard]] static int startedYearsAfter(const QDate& birth, int years, const QDate& on);
    // The translated rule of an item ("8 points for each full 12 of residence_permit_months").
    [[nodiscard]] static QString ruleText(const RuleItem& item);

private:
    struct Compiled; // an item with its facts resolved to slots
    using Slots = QList<const FactValue*>;

    ItemResult scoreItem(qsizetype index, const Slots& factSlots, const Application& app, int age) const;
    void checkEligibility(const Application& app, const Slots& factSlots, int age, ScoreResult& result) const;
    [[nodiscard]] int slotOf(const QString& fact) const;

    RuleSet m_rules;
    QStringList m_ruleTexts;      // per item
    QList<qsizetype> m_memberOf;  // per item: the combining item's index, or -1
    QStringList m_slotNames;      // every fact the rule set reads, sorted: slot i holds m_slotNames[i]
    std::shared_ptr<const QList<Compiled>> m_compiled;
};

// One-off scoring (prefer a PointsEngine for batches).
[[nodiscard]] ScoreResult score(const RuleSet& ruleSet, const Application& application);

} // namespace hukou::core
