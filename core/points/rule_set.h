#pragma once

#include "../error.h"
#include "fact_catalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hukou::core {

// A points rule set as data (domain/points.md, "Rule set"; the JSON conventions beyond
// points.md are in resources/rulesets/README.md). Plain values: build one with
// RuleSet::fromJson, which validates everything; the engine trusts what it is given.

enum class ItemGroup { Base, Bonus, Deduction };

enum class ItemKind {
    PerUnit,       // `points` per full `unit` of a count fact, or of each fact of `facts`; optional `cap`
    Flag,          // `points` when a bool fact is true; optional `bonus_if`
    Tiers,         // a level fact -> points; optional `bonus_if`
    Age,           // full_points / full_until_years / minus_per_started_year, or `bands`
    PerUnitYearly, // per_unit over a by-year fact, at most `per_year_cap` a year; optional `cap`
    ThresholdFlag, // `points` when a count fact >= `at_least`
    BestOf,        // the highest of the member items counts (the members alone do not)
    SumOf,         // the member items' sum counts, at most `cap` (the members alone do not)
};

enum class ThresholdScore { Total, Base };

enum class TiePolicy {
    // Fully tied applications share a rank; when the quota cut falls inside a tie, every tied
    // application is admitted (the admitted count may exceed the quota).
    EqualRankAllAdmitted,
    // Fully tied applications share a rank; a tie that does not fit entirely inside the quota
    // is not admitted (the admitted count never exceeds the quota; the places stay open).
    EqualRankCutAtQuota,
};

[[nodiscard]] QString itemGroupName(ItemGroup g);
[[nodiscard]] QString itemKindName(ItemKind k);
[[nodiscard]] QString thresholdScoreName(ThresholdScore s);
[[nodiscard]] QString tiePolicyName(TiePolicy p);
[[nodiscard]] std::optional<ItemGroup> itemGroupFromName(QStringView name);
[[nodiscard]] std::optional<ItemKind> itemKindFromName(QStringView name);
[[nodiscard]] std::optional<TiePolicy> tiePolicyFromName(QStringView name);

struct Tier
{
    QString level;
    int points = 0;
    friend bool operator==(const Tier&, const Tier&) = default;
};

// Extra points of a `flag` or `tiers` item, given only when the item itself scored
// (gz-2023: +5 for a technical qualification when working in the certified occupation).
struct BonusIf
{
    QString fact; // a bool fact
    int points = 0;
    friend bool operator==(const BonusIf&, const BonusIf&) = default;
};

// Completed years (周岁) from..to inclusive -> points.
struct AgeBand
{
    int fromYears = 0;
    int toYears = 0;
    int points = 0;
    friend bool operator==(const AgeBand&, const AgeBand&) = default;
};

struct RuleItem
{
    QString id;
    ItemGroup group = ItemGroup::Base;
    QString label;
    ItemKind kind = ItemKind::Flag;
    QString note; // optional free text kept with the item

    QString fact;      // the fact read (all kinds but age, best_of, sum_of and a per_unit with `facts`)
    QStringList facts; // per_unit over several facts, counted separately
    int unit = 1;      // per_unit, per_unit_yearly
    int points = 0;    // per_unit, per_unit_yearly, flag, threshold_flag
    std::optional<int> cap; // per_unit, per_unit_yearly, sum_of: the most the item gives (absolute value)
    int perYearCap = 0;     // per_unit_yearly
    qint64 atLeast = 0;     // threshold_flag
    QList<Tier> tiers;      // tiers
    std::optional<BonusIf> bonusIf; // flag, tiers

    // age: the decrement form (bands empty) or the bands form
    int fullPoints = 0;
    int fullUntilYears = 0;
    int minusPerStartedYear = 0;
    QList<AgeBand> bands;

    QStringList members; // best_of, sum_of (JSON "items")

    friend bool operator==(const RuleItem&, const RuleItem&) = default;
};

struct RequiredFact
{
    QString fact; // a bool fact
    bool value = true;
    friend bool operator==(const RequiredFact&, const RequiredFact&) = default;
};

// Hard conditions; each one present becomes a finding of the score.
struct Eligibility
{
    std::optional<QDate> bornOnOrAfter;
    std::optional<QDate> bornOnOrBefore;
    std::optional<int> minAge; // completed years at the reference date
    std::optional<int> maxAge;
    std::optional<int> minMonthsEach; // with `insurances`
    QStringList insurances;
    std::optional<QString> minEducation; // a level of `education`
    bool noCriminalPunishment = false;   // criminal_punishment_within_5_years must be false
    QList<RequiredFact> requiredFacts;   // any other bool fact named as a condition

    friend bool operator==(const Eligibility&, const Eligibility&) = default;
};

struct Threshold
{
    ThresholdScore score = ThresholdScore::Total;
    qint64 min = 0;
    friend bool operator==(const Threshold&, const Threshold&) = default;
};

struct RankingRule
{
    QStringList order; // score names (base, bonus, deductions, total) or count facts; all descending
    TiePolicy ties = TiePolicy::EqualRankAllAdmitted;
    friend bool operator==(const RankingRule&, const RankingRule&) = default;
};

struct RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::RuleSet)
public:
    QString id;
    int year = 0;
    QString title;
    QDate referenceDate;
    int quota = 0;
    QStringList notes;
    QList<FactSpec> declaredFacts; // facts beyond the standard catalogue
    Eligibility eligibility;
    Threshold threshold;
    QList<RuleItem> items;
    RankingRule ranking;

    // Parses and validates a rule set. Errors carry the JSON path in `field`
    // (`items[3].points`) and say what was expected; `sourceName` prefixes the message.
    [[nodiscard]] static Result<RuleSet> fromJson(const QByteArray& json, const QString& sourceName = {});
    [[nodiscard]] static Result<RuleSet> fromJsonObject(const QJsonObject& json, const QString& sourceName = {});
    // Validates a rule set built in code (a round trip through its JSON).
    [[nodiscard]] static Result<RuleSet> validated(const RuleSet& ruleSet);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const; // indented

    // The standard facts plus the declared ones: what an application for this rule set may state.
    [[nodiscard]] FactCatalogue catalogue() const;
    [[nodiscard]] const RuleItem* item(QStringView itemId) const;
    // Every fact the rule set reads (items, eligibility, ranking), sorted.
    [[nodiscard]] QStringList referencedFacts() const;

    // Score names usable in `ranking.order`.
    [[nodiscard]] static bool isScoreName(QStringView name);

    friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

} // namespace hukou::core
