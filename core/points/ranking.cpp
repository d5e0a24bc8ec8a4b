#include "ranking.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

struct Candidate
{
    std::vector<qint64> keys;
    const ScoredApplication* app = nullptr;
};

// -1 when a ranks before b on the keys, 1 after, 0 fully tied.
int compareKeys(const std::vector<qint64>& a, const std::vector<qint64>& b)
{
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return a[i] > b[i] ? -1 : 1;
    }
    return 0;
}

QJsonObject keysObject(const QList<RankKey>& keys)
{
    QJsonObject o;
    for (const RankKey& k : keys)
        o.insert(k.name, k.value);
    return o;
}

} // namespace

Result<Ranking> Ranker::rank(const RuleSet& ruleSet, std::vector<ScoredApplication> applications,
                             std::optional<int> quotaOverride)
{
    const int quota = quotaOverride.value_or(ruleSet.quota);
    if (quota < 0)
        return fail(ErrorCode::Invalid, tr("the quota must be 0 or more, not %1").arg(quota), u"quota"_s);

    Ranking ranking;
    ranking.year = ruleSet.year;
    ranking.ruleSetId = ruleSet.id;
    ranking.ties = ruleSet.ranking.ties;
    ranking.quota = quota;

    const std::size_t nKeys = static_cast<std::size_t>(ruleSet.ranking.order.size());
    std::vector<Candidate> candidates;
    candidates.reserve(applications.size());
    for (const ScoredApplication& a : applications) {
        const ScoreResult& s = a.score;
        if (s.ruleSetId != ruleSet.id)
            return fail(ErrorCode::Invalid,
                        tr("application %1 was scored under the rule set %2, not %3")
                            .arg(a.application, s.ruleSetId, ruleSet.id),
                        u"rule_set"_s);
        if (static_cast<std::size_t>(s.keys.size()) != nKeys)
            return fail(ErrorCode::Invalid,
                        tr("application %1 has %2 ranking keys, the rule set %3 ranks by %4")
                            .arg(a.application)
                            .arg(s.keys.size())
                            .arg(ruleSet.id)
                            .arg(nKeys),
                        u"rule_set"_s);
        if (!s.eligible || !s.overThreshold) {
            ++ranking.notRanked;
            continue;
        }
        Candidate c;
        c.keys.reserve(nKeys);
        for (std::size_t i = 0; i < nKeys; ++i) {
            const RankKey& k = s.keys[static_cast<qsizetype>(i)];
            if (k.name != ruleSet.ranking.order[static_cast<qsizetype>(i)])
                return fail(ErrorCode::Invalid,
                            tr("application %1 was scored with the ranking key %2 where the rule set has %3")
                                .arg(a.application, k.name, ruleSet.ranking.order[static_cast<qsizetype>(i)]),
                            u"rule_set"_s);
            c.keys.push_back(k.value);
        }
        c.app = &a;
        candidates.push_back(std::move(c));
    }

    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (const int c = compareKeys(a.keys, b.keys); c != 0)
            return c < 0;
        if (a.app->application != b.app->application)
            return a.app->application < b.app->application;
        return a.app->citizenId < b.app->citizenId;
    });

    // Ranks and tie groups: [groupStart, groupEnd) share rank groupStart + 1.
    const std::size_t n = candidates.size();
    ranking.entries.reserve(static_cast<qsizetype>(n));
    std::size_t groupStart = 0;
    while (groupStart < n) {
        std::size_t groupEnd = groupStart + 1;
        while (groupEnd < n && compareKeys(candidates[groupStart].keys, candidates[groupEnd].keys) == 0)
            ++groupEnd;
        const auto rank = static_cast<qint64>(groupStart) + 1;
        bool admitted = false;
        switch (ruleSet.ranking.ties) {
        case TiePolicy::EqualRankAllAdmitted: admitted = rank <= quota; break;
        case TiePolicy::EqualRankCutAtQuota: admitted = static_cast<qint64>(groupEnd) <= quota; break;
        }
        for (std::size_t i = groupStart; i < groupEnd; ++i) {
            const ScoredApplication& a = *candidates[i].app;
            ranking.entries.append(
                RankingEntry{a.application, a.citizenId, static_cast<int>(rank), a.score.keys, a.score.total, admitted});
            if (admitted) {
                ++ranking.admittedCount;
                ranking.cutOff = a.score.keys;
            }
        }
        groupStart = groupEnd;
    }
    return ranking;
}

QJsonObject Ranking::toJson() const
{
    QJsonObject o;
    o.insert(u"year"_s, year);
    o.insert(u"rule_set"_s, ruleSetId);
    o.insert(u"ties"_s, tiePolicyName(ties));
    o.insert(u"quota"_s, quota);
    o.insert(u"cut_off"_s, cutOff ? QJsonValue(keysObject(*cutOff)) : QJsonValue(QJsonValue::Null));
    o.insert(u"admitted"_s, admittedCount);
    o.insert(u"not_ranked"_s, notRanked);
    QJsonArray arr;
    for (const RankingEntry& e : entries)
        arr.append(QJsonObject{{u"application"_s, e.application},
                               {u"citizen_id"_s, e.citizenId},
                               {u"rank"_s, e.rank},
                               {u"keys"_s, keysObject(e.keys)},
                               {u"total"_s, e.total},
                               {u"admitted"_s, e.admitted}});
    o.insert(u"entries"_s, arr);
    return o;
}

} // namespace hukou::core
