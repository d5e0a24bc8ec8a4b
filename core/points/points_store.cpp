#include "points_store.h"

#include "../storage/database.h"

#include <array>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

constexpr std::array<std::pair<ApplicationStatus, const char*>, 9> kStatuses = {{
    {ApplicationStatus::Draft, "draft"},
    {ApplicationStatus::Submitted, "submitted"},
    {ApplicationStatus::Verified, "verified"},
    {ApplicationStatus::Ranked, "ranked"},
    {ApplicationStatus::Approved, "approved"},
    {ApplicationStatus::Returned, "returned"},
    {ApplicationStatus::Rejected, "rejected"},
    {ApplicationStatus::Published, "published"},
    {ApplicationStatus::Settled, "settled"},
}};

// NOT NULL text columns: a null QString would bind NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString ts(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTs(const QString& s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

std::optional<qint64> optInt(const Statement& st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return st.integer(col);
}

const QString kRuleSetColumns = u"id, rule_set, version, year, json, frozen, imported_by, imported_at"_s;

StoredRuleSet readRuleSet(const Statement& st)
{
    StoredRuleSet r;
    r.key = st.text(0);
    r.ruleSet = st.text(1);
    r.version = static_cast<int>(st.integer(2));
    r.year = static_cast<int>(st.integer(3));
    r.json = st.text(4).toUtf8();
    r.frozen = st.integer(5) != 0;
    r.importedBy = st.text(6);
    r.importedAt = parseTs(st.text(7));
    return r;
}

const QString kAppColumns =
    u"id, number, year, seq, rule_set, rule_set_version, district, citizen_id, name, person_id, application_json, "
    "status, score_total, score_base, eligible, over_threshold, breakdown_json, rank, admitted, ranking_id, decision, "
    "reviewer, reason, decided_at, submitted_by, submitted_at, updated_at, version"_s;

StoredApplication readApplication(const Statement& st)
{
    StoredApplication a;
    a.id = st.integer(0);
    a.number = st.text(1);
    a.year = static_cast<int>(st.integer(2));
    a.seq = static_cast<int>(st.integer(3));
    a.ruleSet = st.text(4);
    a.ruleSetVersion = optInt(st, 5);
    a.district = st.text(6);
    a.citizenId = st.text(7);
    a.name = st.text(8);
    a.personId = optInt(st, 9);
    a.applicationJson = st.text(10).toUtf8();
    a.status = applicationStatusFromKey(st.text(11)).value_or(ApplicationStatus::Draft);
    a.scoreTotal = optInt(st, 12);
    a.scoreBase = optInt(st, 13);
    a.eligible = optInt(st, 14);
    a.overThreshold = optInt(st, 15);
    a.breakdownJson = st.isNull(16) ? QByteArray() : st.text(16).toUtf8();
    a.rank = optInt(st, 17);
    a.admitted = optInt(st, 18);
    a.rankingId = optInt(st, 19);
    a.decision = st.text(20);
    a.reviewer = st.text(21);
    a.reason = st.text(22);
    a.decidedAt = st.text(23);
    a.submittedBy = st.text(24);
    a.submittedAt = parseTs(st.text(25));
    a.updatedAt = parseTs(st.text(26));
    a.version = st.integer(27);
    return a;
}

// Binds the application's columns from `number` (2) on, in kAppColumns order.
void bindApplication(Statement& st, const StoredApplication& a)
{
    st.bind(1, a.number)
        .bind(2, a.year)
        .bind(3, a.seq)
        .bind(4, a.ruleSet)
        .bind(5, a.ruleSetVersion)
        .bind(6, a.district)
        .bind(7, a.citizenId)
        .bind(8, a.name)
        .bind(9, a.personId)
        .bind(10, QString::fromUtf8(a.applicationJson))
        .bind(11, applicationStatusKey(a.status))
        .bind(12, a.scoreTotal)
        .bind(13, a.scoreBase)
        .bind(14, a.eligible)
        .bind(15, a.overThreshold);
    if (a.breakdownJson.isEmpty())
        st.bindNull(16);
    else
        st.bind(16, QString::fromUtf8(a.breakdownJson));
    st.bind(17, a.rank)
        .bind(18, a.admitted)
        .bind(19, a.rankingId)
        .bind(20, nn(a.decision))
        .bind(21, nn(a.reviewer))
        .bind(22, nn(a.reason))
        .bind(23, nn(a.decidedAt))
        .bind(24, nn(a.submittedBy))
        .bind(25, ts(a.submittedAt))
        .bind(26, ts(a.updatedAt))
        .bind(27, a.version);
}

template <typename T, typename Read>
Result<std::optional<T>> queryOne(Statement& st, Read read)
{
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<T>{};
    return std::optional<T>{read(st)};
}

} // namespace

QString applicationStatusKey(ApplicationStatus s)
{
    for (const auto& [status, key] : kStatuses)
        if (status == s)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ApplicationStatus> applicationStatusFromKey(QStringView key)
{
    for (const auto& [status, k] : kStatuses)
        if (key == QLatin1String(k))
            return status;
    return std::nullopt;
}

bool usesQuotaPlace(ApplicationStatus s)
{
    return s == ApplicationStatus::Approved || s == ApplicationStatus::Published || s == ApplicationStatus::Settled;
}

QString applicationStatusLabel(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Draft: return PointsStore::tr("draft");
    case ApplicationStatus::Submitted: return PointsStore::tr("submitted");
    case ApplicationStatus::Verified: return PointsStore::tr("verified");
    case ApplicationStatus::Ranked: return PointsStore::tr("ranked");
    case ApplicationStatus::Approved: return PointsStore::tr("approved");
    case ApplicationStatus::Returned: return PointsStore::tr("returned");
    case ApplicationStatus::Rejected: return PointsStore::tr("rejected");
    case ApplicationStatus::Published: return PointsStore::tr("published");
    case ApplicationStatus::Settled: return PointsStore::tr("settled");
    }
    return {};
}

Result<std::vector<StoredRuleSet>> PointsStore::ruleSets() const
{
    auto st = m_db.prepare(u"SELECT "_s + kRuleSetColumns +
                           u" FROM points_rule_set ORDER BY year DESC, rule_set, version DESC"_s);
    if (!st)
        return std::unexpected(st.error());
    return st->collect<StoredRuleSet>(readRuleSet);
}

Result<std::optional<StoredRuleSet>> PointsStore::latestRuleSet(const QString& ruleSetId) const
{
    auto st = m_db.prepare(u"SELECT "_s + kRuleSetColumns +
                           u" FROM points_rule_set WHERE rule_set = ?1 ORDER BY version DESC LIMIT 1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, ruleSetId);
    return queryOne<StoredRuleSet>(*st, readRuleSet);
}

Result<std::optional<StoredRuleSet>> PointsStore::latestRuleSetForYear(int year) const
{
    auto st = m_db.prepare(u"SELECT "_s + kRuleSetColumns +
                           u" FROM points_rule_set WHERE year = ?1 ORDER BY imported_at DESC, version DESC LIMIT 1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, year);
    return queryOne<StoredRuleSet>(*st, readRuleSet);
}

Result<std::optional<StoredRuleSet>> PointsStore::ruleSetVersion(const QString& ruleSetId, int version) const
{
    auto st = m_db.prepare(u"SELECT "_s + kRuleSetColumns + u" FROM points_rule_set WHERE rule_set = ?1 AND version = ?2"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, ruleSetId).bind(2, version);
    return queryOne<StoredRuleSet>(*st, readRuleSet);
}

Status PointsStore::insertRuleSet(const StoredRuleSet& r) const
{
    auto st = m_db.prepare(u"INSERT INTO points_rule_set ("_s + kRuleSetColumns +
                           u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, r.key)
        .bind(2, r.ruleSet)
        .bind(3, r.version)
        .bind(4, r.year)
        .bind(5, QString::fromUtf8(r.json))
        .bind(6, r.frozen)
        .bind(7, nn(r.importedBy))
        .bind(8, ts(r.importedAt));
    return st->exec();
}

Status PointsStore::replaceRuleSet(const StoredRuleSet& r) const
{
    auto st = m_db.prepare(u"UPDATE points_rule_set SET year = ?2, json = ?3, imported_by = ?4, imported_at = ?5 "
                           "WHERE id = ?1 AND frozen = 0"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, r.key).bind(2, r.year).bind(3, QString::fromUtf8(r.json)).bind(4, nn(r.importedBy)).bind(5, ts(r.importedAt));
    if (auto e = st->exec(); !e)
        return e;
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict, tr("the rule set %1 is frozen and cannot be changed").arg(r.key));
    return {};
}

Status PointsStore::freezeRuleSet(const QString& key) const
{
    auto st = m_db.prepare(u"UPDATE points_rule_set SET frozen = 1 WHERE id = ?1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, key);
    return st->exec();
}

Result<int> PointsStore::latestYear(int notAfter) const
{
    auto st = m_db.prepare(u"SELECT COALESCE(MAX(year), 0) FROM (SELECT year FROM settlement_application "
                           u"UNION ALL SELECT year FROM points_rule_set) WHERE year <= ?1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, notAfter);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return static_cast<int>(st->integer(0));
}

Result<int> PointsStore::nextApplicationSeq(int year) const
{
    // A bare MAX() so SQLite reads the last entry of the (year, seq) index instead of every one.
    auto st = m_db.prepare(u"SELECT MAX(seq) FROM settlement_application WHERE year = ?1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, year);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return static_cast<int>(st->integer(0)) + 1; // NULL (an empty round) reads as 0
}

Status PointsStore::insertApplication(StoredApplication& a) const
{
    auto st = m_db.prepare(u"INSERT INTO settlement_application ("_s + kAppColumns.mid(4) +
                           u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                           "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"_s);
    if (!st)
        return std::unexpected(st.error());
    bindApplication(*st, a);
    if (auto e = st->exec(); !e)
        return e;
    a.id = m_db.lastInsertRowId();
    return {};
}

Result<std::optional<StoredApplication>> PointsStore::applicationByNumber(const QString& number) const
{
    auto st = m_db.prepare(u"SELECT "_s + kAppColumns + u" FROM settlement_application WHERE number = ?1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, number);
    return queryOne<StoredApplication>(*st, readApplication);
}

Result<std::vector<StoredApplication>> PointsStore::applications(int year, const QList<ApplicationStatus>& statuses,
                                                                 Documents documents) const
{
    QString columns = kAppColumns;
    if (documents == Documents::Without)
        columns.replace(u"application_json"_s, u"NULL"_s).replace(u"breakdown_json"_s, u"NULL"_s);
    QString sql = u"SELECT "_s + columns + u" FROM settlement_application WHERE year = ?1"_s;
    if (!statuses.isEmpty()) {
        QStringList ors;
        for (qsizetype i = 0; i < statuses.size(); ++i)
            ors << u"status = ?%1"_s.arg(i + 2);
        sql += u" AND ("_s + ors.join(u" OR "_s) + u')';
    }
    sql += u" ORDER BY seq"_s;
    auto st = m_db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, year);
    for (qsizetype i = 0; i < statuses.size(); ++i)
        st->bind(static_cast<int>(i + 2), applicationStatusKey(statuses[i]));
    return st->collect<StoredApplication>(readApplication);
}

Result<std::vector<StoredApplication>> PointsStore::rejectedApplicationsOf(const QString& citizenId) const
{
    auto st = m_db.prepare(u"SELECT "_s + kAppColumns +
                           u" FROM settlement_application WHERE citizen_id = ?1 AND status = 'rejected' "
                           "ORDER BY year, seq"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, citizenId);
    return st->collect<StoredApplication>(readApplication);
}

Result<std::vector<StoredApplication>> PointsStore::openApplicationsOf(const QString& citizenId, int year) const
{
    // "+year": without it SQLite walks the round's (year, seq) index to save sorting the one or two
    // rows found by citizen ID, reading every application of the round at each intake.
    auto st = m_db.prepare(u"SELECT "_s + kAppColumns +
                           u" FROM settlement_application WHERE citizen_id = ?1 AND +year = ?2 "
                           "AND status <> 'returned' AND status <> 'rejected' ORDER BY seq"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, citizenId).bind(2, year);
    return st->collect<StoredApplication>(readApplication);
}

Status PointsStore::updateApplication(const StoredApplication& before, StoredApplication& after) const
{
    after.version = before.version + 1;
    auto st = m_db.prepare(
        u"UPDATE settlement_application SET number = ?1, year = ?2, seq = ?3, rule_set = ?4, rule_set_version = ?5, "
        "district = ?6, citizen_id = ?7, name = ?8, person_id = ?9, application_json = ?10, status = ?11, "
        "score_total = ?12, score_base = ?13, eligible = ?14, over_threshold = ?15, breakdown_json = ?16, rank = ?17, "
        "admitted = ?18, ranking_id = ?19, decision = ?20, reviewer = ?21, reason = ?22, decided_at = ?23, "
        "submitted_by = ?24, submitted_at = ?25, updated_at = ?26, version = ?27 WHERE id = ?28 AND version = ?29"_s);
    if (!st)
        return std::unexpected(st.error());
    bindApplication(*st, after);
    st->bind(28, before.id).bind(29, before.version);
    if (auto e = st->exec(); !e)
        return e;
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict,
                    tr("application %1 was changed by someone else meanwhile; reload it and try again")
                        .arg(before.number));
    return {};
}

Status PointsStore::updateRankResults(const std::vector<StoredApplication>& before,
                                      std::vector<StoredApplication>& after) const
{
    auto st = m_db.prepare(u"UPDATE settlement_application SET status = ?1, rule_set_version = ?2, score_total = ?3, "
                           "score_base = ?4, eligible = ?5, over_threshold = ?6, breakdown_json = ?7, rank = ?8, "
                           "admitted = ?9, ranking_id = ?10, updated_at = ?11, version = ?12 "
                           "WHERE id = ?13 AND version = ?14"_s);
    if (!st)
        return std::unexpected(st.error());
    for (std::size_t i = 0; i < after.size(); ++i) {
        const StoredApplication& b = before[i];
        StoredApplication& a = after[i];
        a.version = b.version + 1;
        st->reset();
        st->bind(1, applicationStatusKey(a.status))
            .bind(2, a.ruleSetVersion)
            .bind(3, a.scoreTotal)
            .bind(4, a.scoreBase)
            .bind(5, a.eligible)
            .bind(6, a.overThreshold);
        if (a.breakdownJson.isEmpty())
            st->bindNull(7);
        else
            st->bind(7, QString::fromUtf8(a.breakdownJson));
        st->bind(8, a.rank)
            .bind(9, a.admitted)
            .bind(10, a.rankingId)
            .bind(11, ts(a.updatedAt))
            .bind(12, a.version)
            .bind(13, b.id)
            .bind(14, b.version);
        if (auto e = st->exec(); !e)
            return e;
        if (m_db.changes() != 1)
            return fail(ErrorCode::Conflict,
                        tr("application %1 was changed by someone else meanwhile; rank the round again").arg(b.number));
    }
    return {};
}

Status PointsStore::insertRanking(StoredRanking& r) const
{
    auto st = m_db.prepare(
        u"INSERT INTO points_ranking (year, rule_set, rule_set_version, rule_set_json, inputs_json, result_json, quota, "
        "quota_overridden, ranked_by, ranked_at, journal_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, r.year)
        .bind(2, r.ruleSet)
        .bind(3, r.ruleSetVersion)
        .bind(4, QString::fromUtf8(r.ruleSetJson))
        .bind(5, QString::fromUtf8(r.inputsJson))
        .bind(6, QString::fromUtf8(r.resultJson))
        .bind(7, r.quota)
        .bind(8, r.quotaOverridden)
        .bind(9, nn(r.rankedBy))
        .bind(10, ts(r.rankedAt))
        .bind(11, r.journalSeq);
    if (auto e = st->exec(); !e)
        return e;
    r.id = m_db.lastInsertRowId();
    return {};
}

Result<std::optional<StoredRanking>> PointsStore::latestRanking(int year) const
{
    auto st = m_db.prepare(
        u"SELECT id, year, rule_set, rule_set_version, rule_set_json, inputs_json, result_json, quota, quota_overridden, "
        "ranked_by, ranked_at, journal_seq FROM points_ranking WHERE year = ?1 ORDER BY id DESC LIMIT 1"_s);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, year);
    return queryOne<StoredRanking>(*st, [](const Statement& s) {
        StoredRanking r;
        r.id = s.integer(0);
        r.year = static_cast<int>(s.integer(1));
        r.ruleSet = s.text(2);
        r.ruleSetVersion = static_cast<int>(s.integer(3));
        r.ruleSetJson = s.text(4).toUtf8();
        r.inputsJson = s.text(5).toUtf8();
        r.resultJson = s.text(6).toUtf8();
        r.quota = static_cast<int>(s.integer(7));
        r.quotaOverridden = s.integer(8) != 0;
        r.rankedBy = s.text(9);
        r.rankedAt = parseTs(s.text(10));
        r.journalSeq = s.integer(11);
        return r;
    });
}

} // namespace hukou::core
