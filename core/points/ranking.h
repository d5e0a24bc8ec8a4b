#pragma once

#include "../error.h"
#include "points_engine.h"
#include "rule_set.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace hukou::core {

// An application and its score under the rule set being ranked.
struct ScoredApplication
{
    QString application; // the application number (JF2024-000123): the display order of full ties
    QString citizenId;
    ScoreResult score;
};

struct RankingEntry
{
    QString application;
    QString citizenId;
    int rank = 0; // 1-based; fully tied applications share a rank, the next rank skips (1, 2, 2, 4)
    QList<RankKey> keys;
    qint64 total = 0;
    bool admitted = false;
};

struct Ranking
{
    int year = 0;
    QString ruleSetId;
    TiePolicy ties = TiePolicy::EqualRankAllAdmitted;
    int quota = 0;
    std::optional<QList<RankKey>> cutOff; // keys of the last admitted entry; none when nobody is admitted
    QList<RankingEntry> entries;          // eligible and over the threshold, in rank order
    int admittedCount = 0;
    int notRanked = 0; // ineligible or under the threshold

    // The `points rank --json` document of design/CLI.md (plus ties, admitted and not_ranked).
    [[nodiscard]] QJsonObject toJson() const;
};

// Ranks scored applications under `ruleSet`: only eligible applications over the threshold
// are ranked, by ranking.order (all descending); applications equal on every key share a
// rank; `admitted` marks those inside the quota (`quotaOverride` replaces the rule set's),
// a tie across the cut being handled by ranking.ties. Full ties are listed by application
// number (display only). Fails when a score comes from another rule set or the quota is
// negative.
class Ranker final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Ranker)
public:
    [[nodiscard]] static Result<Ranking> rank(const RuleSet& ruleSet, std::vector<ScoredApplication> applications,
                                              std::optional<int> quotaOverride = std::nullopt);
};

[[nodiscard]] inline Result<Ranking> rank(const RuleSet& ruleSet, std::vector<ScoredApplication> applications,
                                          std::optional<int> quotaOverride = std::nullopt)
{
    return Ranker::rank(ruleSet, std::move(applications), quotaOverride);
}

} // namespace hukou::core
