#pragma once

#include "../auth/roles.h"
#include "../error.h"
#include "points_engine.h"
#include "points_store.h"
#include "ranking.h"
#include "rule_set.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hukou::core {

class Workspace;

// A rule set as the service resolves it: a stored version, or a built-in one not yet stored.
struct RuleSetInfo
{
    RuleSet ruleSet;
    int version = 0; // 0: the built-in, never imported nor used for a ranking
    bool builtin = false;
    bool frozen = false;
    QString importedBy;
    QDateTime importedAt;
};

struct ApplicationScore
{
    StoredApplication application;
    ScoreResult score;
};

struct RankingOutcome
{
    Ranking ranking;
    qint64 rankingId = 0;
    int ruleSetVersion = 0;
    bool quotaOverridden = false;
};

// One line of the publicity list (公示名单): only approved applications, in rank order.
struct PublicityEntry
{
    int rank = 0;
    QString application;
    QString maskedCitizenId; // first 6 and last 4 characters
    QString name;
    QString district;     // code
    QString districtName; // 天河区
    qint64 total = 0;
    QList<RankKey> keys; // the ranking keys, in ranking.order
};

struct Publicity
{
    int year = 0;
    QString ruleSetId;
    QString ruleSetTitle;
    int ruleSetVersion = 0;
    int quota = 0;
    std::optional<QList<RankKey>> cutOff;
    QStringList keyNames; // ranking.order
    qint64 rankingId = 0;
    QDateTime rankedAt;
    QList<PublicityEntry> entries;
};

// Where an approved and published applicant settles (domain/collective.md, "address order for
// settlers"): a new family household at their own home, or the district's public collective
// household when they have no address to register at.
struct SettlementPlan
{
    enum class Where { OwnHome, PublicCollective };
    Where where = Where::OwnHome;
    // OwnHome: the new household's number (户号, issued by the office). PublicCollective: the
    // collective household's number; empty picks the district's one with the most free places.
    QString householdNumber;
    QString address;     // OwnHome: the registered address
    QString movedInFrom; // where the family's hukou was before (迁入地 on the cards), optional
    // Register new persons even where someone of the same name and birth date is registered
    // under another ID (the clerk confirmed they are different people).
    bool acceptPossibleDuplicates = false;
};

struct SettlementResult
{
    StoredApplication application; // now settled
    QString householdNumber;
    QStringList registered; // citizen IDs new to the register
    QStringList moved;      // citizen IDs already registered, moved into the household
};

// A round as the supervisor reviews it: the latest ranking's figures and every application.
struct RoundReview
{
    int year = 0;
    QString ruleSetId;
    QString ruleSetTitle;
    QStringList keyNames; // ranking.order
    qint64 thresholdMin = 0;
    ThresholdScore thresholdScore = ThresholdScore::Total;
    std::optional<qint64> rankingId; // none: not ranked yet
    QDateTime rankedAt;
    QString rankedBy;
    int quota = 0;
    bool quotaOverridden = false;
    std::optional<QList<RankKey>> cutOff; // keys of the last admitted application
    int admitted = 0;                     // inside the quota
    int approved = 0;                     // approved, published or settled
    int notRanked = 0;
    std::vector<StoredApplication> applications; // every application of the year, in number order
    QHash<QString, QList<RankKey>> keys;         // application number -> its ranking keys (ranked ones)
};

// Points-based settlement beyond the engine: rule sets kept per version and frozen once used,
// applications from intake to publication, rankings with a frozen snapshot of their inputs.
// Each change checks the actor's permission and runs in one transaction with its journal entry.
class PointsService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PointsService)
public:
    explicit PointsService(const Workspace& ws) : m_ws(ws) {}

    // Validates and stores a rule set (administrators). A rule set id not stored yet becomes
    // version 1; an unfrozen latest version is replaced; a frozen one (used for a ranking) is
    // kept and the import becomes the next version.
    [[nodiscard]] Result<RuleSetInfo> importRuleSet(const Actor& actor, const QByteArray& json,
                                                    const QString& sourceName = {}) const;
    // The rule set serving a round: the latest stored one for the year, else the built-in one.
    [[nodiscard]] Result<RuleSetInfo> ruleSetForYear(int year) const;
    // Every stored version and every built-in rule set not stored yet (administrators and
    // supervisors), newest round first.
    [[nodiscard]] Result<std::vector<RuleSetInfo>> ruleSets(const Actor& actor) const;
    // The round a desk opens on: the latest year (not after this one) with applications or a
    // stored or built-in rule set; this year when there is none.
    [[nodiscard]] Result<int> currentRound() const;
    // The latest stored version of a rule set id, else the built-in one.
    [[nodiscard]] Result<RuleSetInfo> ruleSetById(const QString& id) const;

    // Takes in an application (clerks, administrators): status submitted, number
    // JF<year>-<6 digits>, sequential per round. A registered applicant's name must match the
    // registry; an unregistered applicant is fine (they are settling in). One open application
    // per person and round.
    [[nodiscard]] Result<StoredApplication> submit(const Actor& actor, const QByteArray& json,
                                                   const QString& sourceName = {}) const;
    // Keeps an application being taken in as a draft (validated like a submission; numbered; not
    // ranked): a new one when `draftNumber` is empty, else that draft saved again.
    [[nodiscard]] Result<StoredApplication> saveDraft(const Actor& actor, const QByteArray& json,
                                                      const QString& draftNumber = {}) const;
    // Submits a draft with its final content: status submitted, same number.
    [[nodiscard]] Result<StoredApplication> submitDraft(const Actor& actor, const QString& draftNumber,
                                                        const QByteArray& json) const;
    [[nodiscard]] Result<StoredApplication> application(const Actor& actor, const QString& number) const;
    // The round's applications as a listing: without their application and breakdown JSON
    // (application() has them).
    [[nodiscard]] Result<std::vector<StoredApplication>> applications(const Actor& actor, int year) const;
    // Scores an application (before ranking under the latest rule set version, afterwards under the
    // version its ranking froze) and stores the breakdown when it changed.
    [[nodiscard]] Result<ApplicationScore> score(const Actor& actor, const QString& number) const;
    // Ranks a round (clerks and supervisors; a quota override needs a supervisor): re-scores every
    // submitted, verified or ranked application of the year, ranks the eligible ones over the
    // threshold, freezes the rule set and stores the snapshot. Ranked applications become
    // `ranked`. Refused once applications of the round are approved or published.
    [[nodiscard]] Result<RankingOutcome> rank(const Actor& actor, int year,
                                              std::optional<int> quotaOverride = std::nullopt) const;
    // Records that a clerk checked the evidence of a submitted application: status verified.
    [[nodiscard]] Result<StoredApplication> verify(const Actor& actor, const QString& number,
                                                   const QString& note) const;
    // The round for the review view (reads only; supervisors and clerks).
    [[nodiscard]] Result<RoundReview> review(const Actor& actor, int year) const;
    // Approves (only inside the quota) or returns a ranked application with a reason
    // (supervisors). Callers that re-ask the password use UserService::confirmPassword first.
    [[nodiscard]] Result<StoredApplication> decide(const Actor& actor, const QString& number, bool approve,
                                                   const QString& reason) const;
    // Disqualifies an application found to rest on false statements or documents (弄虚作假), with a
    // reason (supervisors): status rejected, at any stage before settlement. domain/points.md:
    // fraud bars the applicant permanently, so no later application of this citizen ID is taken in.
    [[nodiscard]] Result<StoredApplication> reject(const Actor& actor, const QString& number,
                                                   const QString& reason) const;
    // The publicity list of a round from its latest ranking: approved (and already published)
    // applications in rank order, citizen IDs masked (supervisors). Reads only.
    [[nodiscard]] Result<Publicity> publicity(const Actor& actor, int year) const;
    // Records that the list was written to `destination`: approved applications become
    // published; one journal entry names them all.
    [[nodiscard]] Status markPublished(const Actor& actor, const Publicity& list, const QString& destination) const;

    // Registers a published applicant and the family moving with them (随迁) into one household,
    // in one transaction: persons new to the register are registered (nature 居民), registered
    // ones are moved; the application becomes settled. An applicant who scored for an owned
    // home settles there, never in a collective household (domain/collective.md).
    [[nodiscard]] Result<SettlementResult> settle(const Actor& actor, const QString& number,
                                                  const SettlementPlan& plan) const;

    // The list as CSV (header row, then one row per entry).
    [[nodiscard]] static QByteArray publicityCsv(const Publicity& list);
    // The journal image of an application.
    [[nodiscard]] static QJsonObject image(const StoredApplication& a, bool withApplication = false);

private:
    [[nodiscard]] Result<StoredApplication> load(const QString& number) const;
    // One change of a stored application in its own transaction: `next` checks the application and
    // returns it changed (or the reason it may not change); saved with its journal entry.
    [[nodiscard]] Result<StoredApplication>
    transition(const Actor& actor, const QString& number, const QString& action, const QString& reason,
               const std::function<Result<StoredApplication>(const StoredApplication&)>& next) const;
    // Submission and drafts: a new application (draftNumber empty) or the draft with that number.
    [[nodiscard]] Result<StoredApplication> intake(const Actor& actor, const QByteArray& json,
                                                   const QString& sourceName, ApplicationStatus status,
                                                   const QString& draftNumber) const;
    // Writes `after` over `before` (version checked) with its journal entry (`extra` added to the
    // new image), inside the open transaction.
    [[nodiscard]] Result<StoredApplication> saveChange(const Actor& actor, const StoredApplication& before,
                                                       StoredApplication after, const QString& action,
                                                       const QString& reason, const QJsonObject& extra = {}) const;
    [[nodiscard]] Result<RuleSetInfo> resolveStored(const std::optional<StoredRuleSet>& stored) const;

    const Workspace& m_ws;
};

} // namespace hukou::core
