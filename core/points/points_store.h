#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace hukou::core {

class Database;

// The life of a settlement application (domain/points.md). Every transition is journaled.
enum class ApplicationStatus { Draft, Submitted, Verified, Ranked, Approved, Returned, Rejected, Published, Settled };

[[nodiscard]] QString applicationStatusKey(ApplicationStatus s); // "submitted", ...
[[nodiscard]] std::optional<ApplicationStatus> applicationStatusFromKey(QStringView key);
[[nodiscard]] QString applicationStatusLabel(ApplicationStatus s); // translated: 已提交, ...
// Approved, published or settled: the application uses a place of its round's quota.
[[nodiscard]] bool usesQuotaPlace(ApplicationStatus s);

// One stored version of a rule set.
struct StoredRuleSet
{
    QString key;     // "<rule set id>@<version>"
    QString ruleSet; // the rule set's id (gz-2023)
    int version = 1;
    int year = 0;
    QByteArray json;
    bool frozen = false;
    QString importedBy;
    QDateTime importedAt;
};

// One settlement application as stored.
struct StoredApplication
{
    qint64 id = 0;
    QString number; // JF2024-000123
    int year = 0;
    int seq = 0;
    QString ruleSet;
    std::optional<qint64> ruleSetVersion; // the version it was last scored under
    QString district;
    QString citizenId;
    QString name;
    std::optional<qint64> personId; // when the applicant is in the registry
    QByteArray applicationJson;
    ApplicationStatus status = ApplicationStatus::Submitted;
    std::optional<qint64> scoreTotal;
    std::optional<qint64> scoreBase;
    std::optional<qint64> eligible;
    std::optional<qint64> overThreshold;
    QByteArray breakdownJson; // ScoreResult::toJson, empty until scored
    std::optional<qint64> rank;
    std::optional<qint64> admitted;
    std::optional<qint64> rankingId;
    QString decision; // "", "approve", "return"
    QString reviewer;
    QString reason;
    QString decidedAt;
    QString submittedBy;
    QDateTime submittedAt;
    QDateTime updatedAt;
    qint64 version = 1;
};

// A frozen ranking: the rule set, every input and the result, as they were.
struct StoredRanking
{
    qint64 id = 0;
    int year = 0;
    QString ruleSet;
    int ruleSetVersion = 0;
    QByteArray ruleSetJson;
    QByteArray inputsJson; // {"JF2024-000001": application JSON, ...}
    QByteArray resultJson; // Ranking::toJson
    int quota = 0;
    bool quotaOverridden = false;
    QString rankedBy;
    QDateTime rankedAt;
    qint64 journalSeq = 0;
};

// Where the points tables' SQL lives. No permissions, no journal: PointsService calls it inside
// its transactions.
class PointsStore final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PointsStore)
public:
    explicit PointsStore(const Database& db) : m_db(db) {}

    // The highest stored version of a rule set id, or of the rule sets serving `year` (the latest
    // imported one when several ids serve the same year).
    [[nodiscard]] Result<std::optional<StoredRuleSet>> latestRuleSet(const QString& ruleSetId) const;
    [[nodiscard]] Result<std::optional<StoredRuleSet>> latestRuleSetForYear(int year) const;
    [[nodiscard]] Result<std::optional<StoredRuleSet>> ruleSetVersion(const QString& ruleSetId, int version) const;
    // Every stored version, newest round first (then by id and version, newest first).
    [[nodiscard]] Result<std::vector<StoredRuleSet>> ruleSets() const;
    [[nodiscard]] Status insertRuleSet(const StoredRuleSet& r) const;
    // Overwrites an unfrozen version (refuses a frozen one).
    [[nodiscard]] Status replaceRuleSet(const StoredRuleSet& r) const;
    [[nodiscard]] Status freezeRuleSet(const QString& key) const;

    // The latest year up to `notAfter` with an application or a stored rule set; 0 when none.
    [[nodiscard]] Result<int> latestYear(int notAfter) const;
    [[nodiscard]] Result<int> nextApplicationSeq(int year) const;
    [[nodiscard]] Status insertApplication(StoredApplication& a) const;
    [[nodiscard]] Result<std::optional<StoredApplication>> applicationByNumber(const QString& number) const;
    // Applications of a round, in number order; `statuses` empty for all. A listing (Documents::Without)
    // leaves out the application and breakdown JSON, which a round of 100k would hold in memory for nothing.
    enum class Documents { With, Without };
    [[nodiscard]] Result<std::vector<StoredApplication>> applications(int year,
                                                                      const QList<ApplicationStatus>& statuses,
                                                                      Documents documents = Documents::With) const;
    // This citizen's rejected (fraud) applications, any round, oldest first.
    [[nodiscard]] Result<std::vector<StoredApplication>> rejectedApplicationsOf(const QString& citizenId) const;
    // The applications of this citizen in that round that are still open (not returned or rejected).
    [[nodiscard]] Result<std::vector<StoredApplication>> openApplicationsOf(const QString& citizenId, int year) const;
    // Writes `after` over the row if its version is still `before.version`; bumps after.version.
    [[nodiscard]] Status updateApplication(const StoredApplication& before, StoredApplication& after) const;
    // A ranking's results for many applications at once (one statement, prepared once): status,
    // rule set version, scores, rank, admitted, ranking id, breakdown; versions checked and bumped.
    [[nodiscard]] Status updateRankResults(const std::vector<StoredApplication>& before,
                                           std::vector<StoredApplication>& after) const;

    [[nodiscard]] Status insertRanking(StoredRanking& r) const;
    [[nodiscard]] Result<std::optional<StoredRanking>> latestRanking(int year) const;

private:
    const Database& m_db;
};

} // namespace hukou::core
