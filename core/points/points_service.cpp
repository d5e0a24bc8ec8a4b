#include "points_service.h"

#include "../clock.h"
#include "../collective/collective_service.h"
#include "../collective/collective_store.h"
#include "../registry/registry_service.h"
#include "../domain/citizen_id.h"
#include "../domain/districts.h"
#include "../io/csv.h"
#include "../registry/person_store.h"
#include "../storage/database.h"
#include "../workspace.h"
#include "builtin_rule_sets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

// An error about one of the people settling, saying who.
Error about(const QString& name, const QString& citizenId, Error e)
{
    e.message = PointsService::tr("%1 (%2): %3").arg(name, citizenId, e.message);
    return e;
}

QString ruleSetKey(const QString& id, int version)
{
    return id + u'@' + QString::number(version);
}

QJsonValue opt(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Keeps a score with the application (`version` 0: a built-in rule set not stored yet).
void recordScore(StoredApplication& a, const ScoreResult& result, int version)
{
    a.scoreTotal = result.total;
    a.scoreBase = result.base;
    a.eligible = result.eligible ? 1 : 0;
    a.overThreshold = result.overThreshold ? 1 : 0;
    a.ruleSetVersion = version > 0 ? std::optional<qint64>(version) : std::nullopt;
    a.breakdownJson = compact(result.toJson(a.number));
}

Status requireAny(const Actor& actor, Permission a, Permission b)
{
    if (Roles::allows(actor.role, a))
        return {};
    return Roles::require(actor, b);
}

} // namespace

QJsonObject PointsService::image(const StoredApplication& a, bool withApplication)
{
    QJsonObject o{{u"number"_s, a.number},
                  {u"year"_s, a.year},
                  {u"rule_set"_s, a.ruleSet},
                  {u"rule_set_version"_s, opt(a.ruleSetVersion)},
                  {u"district"_s, a.district},
                  {u"citizen_id"_s, a.citizenId},
                  {u"name"_s, a.name},
                  {u"status"_s, applicationStatusKey(a.status)},
                  {u"score_total"_s, opt(a.scoreTotal)},
                  {u"score_base"_s, opt(a.scoreBase)},
                  {u"rank"_s, opt(a.rank)},
                  {u"admitted"_s, a.admitted ? QJsonValue(*a.admitted != 0) : QJsonValue(QJsonValue::Null)},
                  {u"decision"_s, a.decision},
                  {u"reviewer"_s, a.reviewer},
                  {u"reason"_s, a.reason},
                  {u"version"_s, a.version}};
    if (withApplication)
        o.insert(u"application"_s, QJsonDocument::fromJson(a.applicationJson).object());
    return o;
}

// ---------------------------------------------------------------------------------------------
// Rule sets

Result<RuleSetInfo> PointsService::resolveStored(const std::optional<StoredRuleSet>& stored) const
{
    const StoredRuleSet& s = *stored;
    auto rs = RuleSet::fromJson(s.json, s.key);
    if (!rs)
        return std::unexpected(rs.error());
    return RuleSetInfo{std::move(*rs), s.version, false, s.frozen, s.importedBy, s.importedAt};
}

Result<RuleSetInfo> PointsService::ruleSetForYear(int year) const
{
    auto stored = PointsStore(m_ws.db()).latestRuleSetForYear(year);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return resolveStored(*stored);
    if (auto b = BuiltinRuleSets::byYear(year)) {
        // A built-in that was imported or frozen under its id serves the year through that version.
        auto byId = PointsStore(m_ws.db()).latestRuleSet(b->id);
        if (!byId)
            return std::unexpected(byId.error());
        if (*byId)
            return resolveStored(*byId);
        return RuleSetInfo{std::move(*b), 0, true, false, {}, {}};
    }
    return fail(ErrorCode::NotFound, tr("no rule set serves the year %1; import one first").arg(year), u"year"_s);
}

Result<std::vector<RuleSetInfo>> PointsService::ruleSets(const Actor& actor) const
{
    if (auto r = requireAny(actor, Permission::ManageRuleSets, Permission::PointsDecide); !r)
        return std::unexpected(r.error());
    auto stored = PointsStore(m_ws.db()).ruleSets();
    if (!stored)
        return std::unexpected(stored.error());
    std::vector<RuleSetInfo> out;
    QSet<QString> ids;
    for (const StoredRuleSet& s : *stored) {
        auto info = resolveStored(s);
        if (!info)
            return std::unexpected(info.error());
        ids.insert(s.ruleSet);
        out.push_back(std::move(*info));
    }
    for (const RuleSet& rs : BuiltinRuleSets::all())
        if (!ids.contains(rs.id))
            out.push_back(RuleSetInfo{rs, 0, true, false, {}, {}});
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleSetInfo& a, const RuleSetInfo& b) { return a.ruleSet.year > b.ruleSet.year; });
    return out;
}

Result<int> PointsService::currentRound() const
{
    const int thisYear = m_ws.clock().now().toLocalTime().date().year();
    auto latest = PointsStore(m_ws.db()).latestYear(thisYear);
    if (!latest)
        return std::unexpected(latest.error());
    int year = *latest;
    for (const RuleSet& rs : BuiltinRuleSets::all())
        if (rs.year <= thisYear)
            year = std::max(year, rs.year);
    return year > 0 ? year : thisYear;
}

Result<RuleSetInfo> PointsService::ruleSetById(const QString& id) const
{
    auto stored = PointsStore(m_ws.db()).latestRuleSet(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return resolveStored(*stored);
    if (auto b = BuiltinRuleSets::byId(id))
        return RuleSetInfo{std::move(*b), 0, true, false, {}, {}};
    return fail(ErrorCode::NotFound, tr("there is no rule set %1").arg(id), u"rule_set"_s);
}

Result<RuleSetInfo> PointsService::importRuleSet(const Actor& actor, const QByteArray& json,
                                                 const QString& sourceName) const
{
    if (auto r = Roles::require(actor, Permission::ManageRuleSets); !r)
        return std::unexpected(r.error());
    auto rs = RuleSet::fromJson(json, sourceName);
    if (!rs)
        return std::unexpected(rs.error());

    const Database& db = m_ws.db();
    PointsStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto latest = store.latestRuleSet(rs->id);
    if (!latest)
        return std::unexpected(latest.error());

    StoredRuleSet s;
    s.ruleSet = rs->id;
    s.year = rs->year;
    s.json = rs->toJsonBytes();
    s.importedBy = actor.login;
    s.importedAt = m_ws.clock().now();
    QJsonObject before;
    QString action = u"points.rule_set.import"_s;
    if (*latest && !(*latest)->frozen) {
        s.version = (*latest)->version;
        s.key = (*latest)->key;
        before = QJsonObject{{u"version"_s, s.version}, {u"year"_s, (*latest)->year},
                             {u"rule_set"_s, QJsonDocument::fromJson((*latest)->json).object()}};
        if (auto r = store.replaceRuleSet(s); !r)
            return std::unexpected(r.error());
        action = u"points.rule_set.replace"_s;
    } else {
        s.version = *latest ? (*latest)->version + 1 : 1;
        s.key = ruleSetKey(s.ruleSet, s.version);
        if (auto r = store.insertRuleSet(s); !r)
            return std::unexpected(r.error());
    }
    JournalChange change{action, u"points_rule_set"_s, s.key, s.version, before,
                         QJsonObject{{u"version"_s, s.version}, {u"year"_s, s.year}, {u"rule_set"_s, rs->toJson()}},
                         sourceName};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return RuleSetInfo{std::move(*rs), s.version, false, false, s.importedBy, s.importedAt};
}

// ---------------------------------------------------------------------------------------------
// Applications

Result<StoredApplication> PointsService::load(const QString& number) const
{
    auto a = PointsStore(m_ws.db()).applicationByNumber(number.trimmed().toUpper());
    if (!a)
        return std::unexpected(a.error());
    if (!*a)
        return fail(ErrorCode::NotFound, tr("there is no application %1").arg(number), u"application"_s);
    return **a;
}

Result<StoredApplication> PointsService::saveChange(const Actor& actor, const StoredApplication& before,
                                                    StoredApplication after, const QString& action,
                                                    const QString& reason, const QJsonObject& extra) const
{
    after.updatedAt = m_ws.clock().now();
    if (auto r = PointsStore(m_ws.db()).updateApplication(before, after); !r)
        return std::unexpected(r.error());
    QJsonObject img = image(after);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        img.insert(it.key(), it.value());
    JournalChange change{action, u"settlement_application"_s, before.number, after.version, image(before), img, reason};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return after;
}

Result<StoredApplication> PointsService::application(const Actor& actor, const QString& number) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    return load(number);
}

Result<std::vector<StoredApplication>> PointsService::applications(const Actor& actor, int year) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    return PointsStore(m_ws.db()).applications(year, {}, PointsStore::Documents::Without);
}

Result<StoredApplication> PointsService::submit(const Actor& actor, const QByteArray& json,
                                                const QString& sourceName) const
{
    return intake(actor, json, sourceName, ApplicationStatus::Submitted, {});
}

Result<StoredApplication> PointsService::saveDraft(const Actor& actor, const QByteArray& json,
                                                   const QString& draftNumber) const
{
    return intake(actor, json, {}, ApplicationStatus::Draft, draftNumber);
}

Result<StoredApplication> PointsService::submitDraft(const Actor& actor, const QString& draftNumber,
                                                     const QByteArray& json) const
{
    return intake(actor, json, {}, ApplicationStatus::Submitted, draftNumber);
}

Result<StoredApplication> PointsService::intake(const Actor& actor, const QByteArray& json, const QString& sourceName,
                                                ApplicationStatus status, const QString& draftNumber) const
{
    if (auto r = Roles::require(actor, Permission::PointsIntake); !r)
        return std::unexpected(r.error());
    const QString prefix = sourceName.isEmpty() ? QString() : sourceName + u": "_s;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Invalid,
                    prefix + tr("not a JSON object: %1 at offset %2")
                                 .arg(perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                             : tr("the document is not an object"))
                                 .arg(perr.offset));
    const QJsonValue rsValue = doc.object().value(u"rule_set"_s);
    if (!rsValue.isString() || rsValue.toString().isEmpty())
        return fail(ErrorCode::Invalid, prefix + tr("the application does not name its rule set"), u"rule_set"_s);
    auto info = ruleSetById(rsValue.toString());
    if (!info)
        return fail(ErrorCode::Invalid, prefix + info.error().message, u"rule_set"_s);
    const RuleSet& rs = info->ruleSet;
    const QDate today = m_ws.clock().now().toLocalTime().date();
    auto app = Application::fromJsonObject(doc.object(), today, rs.catalogue(), sourceName);
    if (!app)
        return std::unexpected(app.error());

    const Database& db = m_ws.db();
    PointsStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());

    // A draft being saved again or submitted keeps its number.
    std::optional<StoredApplication> draft;
    if (!draftNumber.isEmpty()) {
        auto d = load(draftNumber);
        if (!d)
            return std::unexpected(d.error());
        if (d->status != ApplicationStatus::Draft)
            return fail(ErrorCode::Invalid,
                        tr("application %1 is %2; only a draft can be changed").arg(d->number, applicationStatusLabel(d->status)),
                        u"status"_s);
        if (d->year != rs.year)
            return fail(ErrorCode::Invalid,
                        tr("draft %1 belongs to the %2 round; the rule set %3 serves %4")
                            .arg(d->number)
                            .arg(d->year)
                            .arg(rs.id)
                            .arg(rs.year),
                        u"rule_set"_s);
        draft = *d;
    }

    StoredApplication a = draft.value_or(StoredApplication{});
    a.personId.reset();
    auto person = PersonStore(db).byCitizenId(app->applicant.citizenId);
    if (!person)
        return std::unexpected(person.error());
    if (*person) {
        if ((*person)->name != app->applicant.name)
            return fail(ErrorCode::Invalid,
                        prefix + tr("citizen ID %1 is registered to %2, not %3")
                                     .arg(app->applicant.citizenId, (*person)->name, app->applicant.name),
                        u"applicant.name"_s);
        a.personId = (*person)->id;
    }
    auto barred = store.rejectedApplicationsOf(app->applicant.citizenId);
    if (!barred)
        return std::unexpected(barred.error());
    if (!barred->empty())
        return fail(ErrorCode::Conflict,
                    prefix + tr("%1 (%2) is barred from points-based settlement: application %3 was rejected for "
                                "false statements (%4)")
                                 .arg(app->applicant.name, app->applicant.citizenId, barred->front().number,
                                      barred->front().reason),
                    u"applicant.citizen_id"_s);
    auto open = store.openApplicationsOf(app->applicant.citizenId, rs.year);
    if (!open)
        return std::unexpected(open.error());
    for (const StoredApplication& other : *open)
        if (other.number != draftNumber)
            return fail(ErrorCode::Conflict,
                        prefix + tr("%1 (%2) already has the open application %3 in the %4 round")
                                     .arg(app->applicant.name, app->applicant.citizenId, other.number)
                                     .arg(rs.year),
                        u"applicant.citizen_id"_s);

    const QDateTime now = m_ws.clock().now();
    a.ruleSet = rs.id;
    a.district = app->district;
    a.citizenId = app->applicant.citizenId;
    a.name = app->applicant.name;
    a.applicationJson = compact(app->toJson());
    a.status = status;
    a.updatedAt = now;
    const QString action = status == ApplicationStatus::Draft ? u"points.draft"_s : u"points.submit"_s;
    // Scored at intake, so lists show every application's points from the start.
    const ScoreResult scoreNow = PointsEngine(rs).score(*app);
    if (draft) {
        recordScore(a, scoreNow, info->version);
        a.submittedAt = now; // taken in when submitted, not when the draft was begun
        auto saved = saveChange(actor, *draft, a, action, sourceName, QJsonObject{{u"application"_s, app->toJson()}});
        if (!saved)
            return saved;
        a = *saved;
    } else {
        auto seq = store.nextApplicationSeq(rs.year);
        if (!seq)
            return std::unexpected(seq.error());
        if (*seq > 999999)
            return fail(ErrorCode::Failed, tr("the %1 round has no application numbers left").arg(rs.year));
        a.year = rs.year;
        a.seq = *seq;
        a.number = u"JF%1-%2"_s.arg(rs.year).arg(*seq, 6, 10, QLatin1Char('0'));
        recordScore(a, scoreNow, info->version);
        a.submittedBy = actor.login;
        a.submittedAt = now;
        a.version = 1;
        if (auto r = store.insertApplication(a); !r)
            return std::unexpected(r.error());
        JournalChange change{action, u"settlement_application"_s, a.number, a.version, {}, image(a, true), sourceName};
        if (auto r = m_ws.journal().append(actor.login, change); !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return a;
}

Result<ApplicationScore> PointsService::score(const Actor& actor, const QString& number) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    auto a = load(number);
    if (!a)
        return std::unexpected(a.error());
    const bool frozenScore = a->ruleSetVersion && a->status != ApplicationStatus::Submitted &&
                             a->status != ApplicationStatus::Verified && a->status != ApplicationStatus::Draft;
    Result<RuleSetInfo> info = fail(ErrorCode::NotFound, {});
    if (frozenScore) {
        auto stored = PointsStore(m_ws.db()).ruleSetVersion(a->ruleSet, static_cast<int>(*a->ruleSetVersion));
        if (!stored)
            return std::unexpected(stored.error());
        info = *stored ? resolveStored(*stored) : ruleSetById(a->ruleSet);
    } else {
        info = ruleSetById(a->ruleSet);
    }
    if (!info)
        return std::unexpected(info.error());
    const QDate today = a->submittedAt.toLocalTime().date();
    auto app = Application::fromJson(a->applicationJson, today, info->ruleSet.catalogue(), a->number);
    if (!app)
        return std::unexpected(app.error());
    ScoreResult result = PointsEngine(info->ruleSet).score(*app);
    ApplicationScore out{*a, result};
    if (frozenScore)
        return out;

    // Keep the stored score in step (journaled when it changes).
    StoredApplication after = *a;
    recordScore(after, result, info->version);
    if (after.scoreTotal == a->scoreTotal && after.scoreBase == a->scoreBase && after.eligible == a->eligible &&
        after.overThreshold == a->overThreshold && after.ruleSetVersion == a->ruleSetVersion &&
        !a->breakdownJson.isEmpty())
        return out;
    const Database& db = m_ws.db();
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto saved = saveChange(actor, *a, after, u"points.score"_s, {});
    if (!saved)
        return std::unexpected(saved.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    out.application = *saved;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Ranking

Result<RankingOutcome> PointsService::rank(const Actor& actor, int year, std::optional<int> quotaOverride) const
{
    if (auto r = requireAny(actor, Permission::PointsIntake, Permission::PointsDecide); !r)
        return std::unexpected(r.error());
    if (quotaOverride) {
        if (!Roles::allows(actor.role, Permission::PointsDecide))
            return fail(ErrorCode::PermissionDenied,
                        tr("permission denied: %1 (%2) may not override the quota; only a supervisor may")
                            .arg(actor.login, Roles::label(actor.role)),
                        u"quota"_s);
        if (*quotaOverride < 0)
            return fail(ErrorCode::Invalid, tr("the quota must be 0 or more, not %1").arg(*quotaOverride), u"quota"_s);
    }
    auto info = ruleSetForYear(year);
    if (!info)
        return std::unexpected(info.error());
    const RuleSet& rs = info->ruleSet;

    const Database& db = m_ws.db();
    PointsStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto decided = store.applications(year, {ApplicationStatus::Approved, ApplicationStatus::Published,
                                             ApplicationStatus::Settled});
    if (!decided)
        return std::unexpected(decided.error());
    if (!decided->empty())
        return fail(ErrorCode::Conflict,
                    tr("the %1 round cannot be ranked again: %2 applications are already approved (%3 first)")
                        .arg(year)
                        .arg(decided->size())
                        .arg(decided->front().number));
    auto apps = store.applications(year, {ApplicationStatus::Submitted, ApplicationStatus::Verified,
                                          ApplicationStatus::Ranked});
    if (!apps)
        return std::unexpected(apps.error());

    // Freeze the rule set: a built-in one is stored as version 1 the first time it ranks.
    int version = info->version;
    if (version == 0) {
        version = 1;
        StoredRuleSet s{ruleSetKey(rs.id, 1), rs.id, 1, rs.year, rs.toJsonBytes(), true, actor.login,
                        m_ws.clock().now()};
        if (auto r = store.insertRuleSet(s); !r)
            return std::unexpected(r.error());
    } else if (!info->frozen) {
        if (auto r = store.freezeRuleSet(ruleSetKey(rs.id, version)); !r)
            return std::unexpected(r.error());
    }

    // Reading and scoring each application is independent of the others and most of the work:
    // it runs on every core (the engine and the catalogue are only read).
    const PointsEngine engine(rs);
    const FactCatalogue catalogue = rs.catalogue();
    std::vector<std::optional<ScoreResult>> scoredResults(apps->size());
    std::vector<std::optional<Error>> errors(apps->size());
    const auto scoreRange = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const StoredApplication& a = (*apps)[i];
            auto app = Application::fromJson(a.applicationJson, a.submittedAt.toLocalTime().date(), catalogue, a.number);
            if (app)
                scoredResults[i] = engine.score(*app);
            else
                errors[i] = app.error();
        }
    };
    {
        const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
        const std::size_t per = (apps->size() + workers - 1) / workers;
        std::vector<std::jthread> threads;
        for (std::size_t w = 1; w < workers && w * per < apps->size(); ++w)
            threads.emplace_back(scoreRange, w * per, std::min(apps->size(), (w + 1) * per));
        scoreRange(0, std::min(apps->size(), per));
    } // joins
    std::vector<ScoredApplication> scored;
    scored.reserve(apps->size());
    // The snapshot's inputs, {"JF2024-000001": {application}, ...}: the stored documents are compact
    // JSON already, and applications come in number order, so they are joined as they are.
    QByteArray inputs("{");
    for (std::size_t i = 0; i < apps->size(); ++i) {
        const StoredApplication& a = (*apps)[i];
        if (errors[i])
            return std::unexpected(*errors[i]);
        if (inputs.size() > 1)
            inputs += ',';
        inputs += '"' + a.number.toUtf8() + "\":" + a.applicationJson;
        scored.push_back(ScoredApplication{a.number, a.citizenId, std::move(*scoredResults[i])});
    }
    inputs += '}';
    std::vector<ScoreResult> scores;
    scores.reserve(scored.size());
    for (const auto& s : scored)
        scores.push_back(s.score);
    auto ranking = Ranker::rank(rs, std::move(scored), quotaOverride);
    if (!ranking)
        return std::unexpected(ranking.error());

    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const QDateTime now = m_ws.clock().now();
    StoredRanking snap;
    snap.year = year;
    snap.ruleSet = rs.id;
    snap.ruleSetVersion = version;
    snap.ruleSetJson = rs.toJsonBytes();
    snap.inputsJson = inputs;
    snap.resultJson = compact(ranking->toJson());
    snap.quota = ranking->quota;
    snap.quotaOverridden = quotaOverride.has_value();
    snap.rankedBy = actor.login;
    snap.rankedAt = now;
    snap.journalSeq = *seq;
    if (auto r = store.insertRanking(snap); !r)
        return std::unexpected(r.error());

    QHash<QString, const RankingEntry*> byNumber;
    for (const RankingEntry& e : ranking->entries)
        byNumber.insert(e.application, &e);
    QJsonArray ranked;
    QJsonArray notRanked;
    std::vector<StoredApplication> results;
    results.reserve(apps->size());
    for (std::size_t i = 0; i < apps->size(); ++i) {
        const StoredApplication& before = (*apps)[i];
        const ScoreResult& s = scores[i];
        StoredApplication after = before;
        after.ruleSetVersion = version;
        after.scoreTotal = s.total;
        after.scoreBase = s.base;
        after.eligible = s.eligible ? 1 : 0;
        after.overThreshold = s.overThreshold ? 1 : 0;
        // The breakdown is not stored per application here (at 100k it was most of the ranking's
        // time): score() recomputes it from the frozen rule set, and the snapshot explains the list.
        after.breakdownJson.clear();
        after.rankingId = snap.id;
        if (const RankingEntry* e = byNumber.value(before.number)) {
            after.status = ApplicationStatus::Ranked;
            after.rank = e->rank;
            after.admitted = e->admitted ? 1 : 0;
            ranked.append(QJsonObject{{u"number"_s, before.number}, {u"rank"_s, e->rank}, {u"admitted"_s, e->admitted}});
        } else {
            if (after.status == ApplicationStatus::Ranked)
                after.status = ApplicationStatus::Submitted;
            after.rank.reset();
            after.admitted.reset();
            notRanked.append(before.number);
        }
        after.updatedAt = now;
        results.push_back(std::move(after));
    }
    if (auto r = store.updateRankResults(*apps, results); !r)
        return std::unexpected(r.error());
    const QString reason = quotaOverride ? tr("quota set to %1 for this ranking (the rule set has %2)")
                                               .arg(*quotaOverride)
                                               .arg(rs.quota)
                                         : QString();
    JournalChange change{u"points.rank"_s,
                         u"points_ranking"_s,
                         QString::number(snap.id),
                         1,
                         {},
                         QJsonObject{{u"year"_s, year},
                                     {u"rule_set"_s, rs.id},
                                     {u"rule_set_version"_s, version},
                                     {u"quota"_s, ranking->quota},
                                     {u"quota_overridden"_s, snap.quotaOverridden},
                                     {u"admitted"_s, ranking->admittedCount},
                                     {u"cut_off"_s, ranking->toJson().value(u"cut_off"_s)},
                                     {u"ranked"_s, ranked},
                                     {u"not_ranked"_s, notRanked}},
                         reason};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return RankingOutcome{std::move(*ranking), snap.id, version, snap.quotaOverridden};
}

Result<StoredApplication> PointsService::verify(const Actor& actor, const QString& number, const QString& note) const
{
    if (auto r = Roles::require(actor, Permission::PointsIntake); !r)
        return std::unexpected(r.error());
    return transition(actor, number, u"points.verify"_s, note.trimmed(),
                      [](const StoredApplication& a) -> Result<StoredApplication> {
                          if (a.status != ApplicationStatus::Submitted)
                              return fail(ErrorCode::Invalid,
                                          tr("application %1 is %2; only a submitted application can be verified")
                                              .arg(a.number, applicationStatusLabel(a.status)),
                                          u"status"_s);
                          StoredApplication after = a;
                          after.status = ApplicationStatus::Verified;
                          return after;
                      });
}

Result<StoredApplication> PointsService::transition(const Actor& actor, const QString& number, const QString& action,
                                                    const QString& reason,
                                                    const std::function<Result<StoredApplication>(const StoredApplication&)>& next) const
{
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto before = load(number);
    if (!before)
        return before;
    auto after = next(*before);
    if (!after)
        return after;
    auto saved = saveChange(actor, *before, *after, action, reason);
    if (!saved)
        return saved;
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

Result<RoundReview> PointsService::review(const Actor& actor, int year) const
{
    if (auto r = requireAny(actor, Permission::PointsDecide, Permission::PointsIntake); !r)
        return std::unexpected(r.error());
    auto info = ruleSetForYear(year);
    if (!info)
        return std::unexpected(info.error());
    PointsStore store(m_ws.db());
    RoundReview out;
    out.year = year;
    out.ruleSetId = info->ruleSet.id;
    out.ruleSetTitle = info->ruleSet.title;
    out.keyNames = info->ruleSet.ranking.order;
    out.thresholdMin = info->ruleSet.threshold.min;
    out.thresholdScore = info->ruleSet.threshold.score;
    out.quota = info->ruleSet.quota;
    auto snap = store.latestRanking(year);
    if (!snap)
        return std::unexpected(snap.error());
    if (*snap) {
        const StoredRanking& r = **snap;
        const QJsonObject result = QJsonDocument::fromJson(r.resultJson).object();
        out.rankingId = r.id;
        out.rankedAt = r.rankedAt;
        out.rankedBy = r.rankedBy;
        out.quota = r.quota;
        out.quotaOverridden = r.quotaOverridden;
        out.admitted = result.value(u"admitted"_s).toInt();
        out.notRanked = result.value(u"not_ranked"_s).toInt();
        auto frozen = RuleSet::fromJson(r.ruleSetJson, ruleSetKey(r.ruleSet, r.ruleSetVersion));
        if (!frozen)
            return std::unexpected(frozen.error());
        out.ruleSetId = frozen->id;
        out.ruleSetTitle = frozen->title;
        out.keyNames = frozen->ranking.order;
        out.thresholdMin = frozen->threshold.min;
        out.thresholdScore = frozen->threshold.score;
        const auto keysOf = [&out](const QJsonObject& o) {
            QList<RankKey> keys;
            for (const QString& k : out.keyNames)
                keys.append(RankKey{k, o.value(k).toInteger()});
            return keys;
        };
        const QJsonValue cut = result.value(u"cut_off"_s);
        if (cut.isObject())
            out.cutOff = keysOf(cut.toObject());
        for (const QJsonValue& v : result.value(u"entries"_s).toArray()) {
            const QJsonObject e = v.toObject();
            out.keys.insert(e.value(u"application"_s).toString(), keysOf(e.value(u"keys"_s).toObject()));
        }
    }
    auto apps = store.applications(year, {}, PointsStore::Documents::Without);
    if (!apps)
        return std::unexpected(apps.error());
    out.applications = std::move(*apps);
    for (const StoredApplication& a : out.applications)
        if (usesQuotaPlace(a.status))
            ++out.approved;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Decisions and publication

Result<StoredApplication> PointsService::decide(const Actor& actor, const QString& number, bool approve,
                                                const QString& reason) const
{
    if (auto r = Roles::require(actor, Permission::PointsDecide); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a decision needs a reason"), u"reason"_s);
    const QString decidedAt = m_ws.clock().now().toUTC().toString(Qt::ISODateWithMs);
    return transition(
        actor, number, approve ? u"points.approve"_s : u"points.return"_s, reason.trimmed(),
        [&](const StoredApplication& a) -> Result<StoredApplication> {
            if (a.status != ApplicationStatus::Ranked)
                return fail(ErrorCode::Invalid,
                            tr("application %1 is %2; only a ranked application can be approved or returned")
                                .arg(a.number, applicationStatusLabel(a.status)),
                            u"status"_s);
            if (approve && a.admitted.value_or(0) == 0)
                return fail(ErrorCode::Invalid,
                            tr("application %1 ranks %2, outside the quota; it cannot be approved")
                                .arg(a.number)
                                .arg(a.rank.value_or(0)),
                            u"rank"_s);
            StoredApplication after = a;
            after.status = approve ? ApplicationStatus::Approved : ApplicationStatus::Returned;
            after.decision = approve ? u"approve"_s : u"return"_s;
            after.reviewer = actor.login;
            after.reason = reason.trimmed();
            after.decidedAt = decidedAt;
            return after;
        });
}

Result<StoredApplication> PointsService::reject(const Actor& actor, const QString& number,
                                                const QString& reason) const
{
    if (auto r = Roles::require(actor, Permission::PointsDecide); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a rejection needs a reason"), u"reason"_s);
    const QString decidedAt = m_ws.clock().now().toUTC().toString(Qt::ISODateWithMs);
    return transition(actor, number, u"points.reject"_s, reason.trimmed(),
                      [&](const StoredApplication& a) -> Result<StoredApplication> {
                          if (a.status == ApplicationStatus::Rejected || a.status == ApplicationStatus::Settled)
                              return fail(ErrorCode::Invalid,
                                          tr("application %1 is %2 and can no longer be rejected")
                                              .arg(a.number, applicationStatusLabel(a.status)),
                                          u"status"_s);
                          StoredApplication after = a;
                          after.status = ApplicationStatus::Rejected;
                          after.admitted.reset(); // its place inside the quota is not taken any more
                          after.decision.clear(); // an earlier approval, if any, stays in the journal
                          after.reviewer = actor.login;
                          after.reason = reason.trimmed();
                          after.decidedAt = decidedAt;
                          return after;
                      });
}

Result<Publicity> PointsService::publicity(const Actor& actor, int year) const
{
    if (auto r = Roles::require(actor, Permission::PointsDecide); !r)
        return std::unexpected(r.error());
    PointsStore store(m_ws.db());
    auto snap = store.latestRanking(year);
    if (!snap)
        return std::unexpected(snap.error());
    if (!*snap)
        return fail(ErrorCode::NotFound, tr("the %1 round has not been ranked yet").arg(year), u"year"_s);
    auto rs = RuleSet::fromJson((*snap)->ruleSetJson, ruleSetKey((*snap)->ruleSet, (*snap)->ruleSetVersion));
    if (!rs)
        return std::unexpected(rs.error());
    const QJsonObject result = QJsonDocument::fromJson((*snap)->resultJson).object();

    Publicity p;
    p.year = year;
    p.ruleSetId = rs->id;
    p.ruleSetTitle = rs->title;
    p.ruleSetVersion = (*snap)->ruleSetVersion;
    p.quota = (*snap)->quota;
    p.keyNames = rs->ranking.order;
    p.rankingId = (*snap)->id;
    p.rankedAt = (*snap)->rankedAt;
    const QJsonValue cut = result.value(u"cut_off"_s);
    if (cut.isObject()) {
        QList<RankKey> keys;
        for (const QString& k : p.keyNames)
            keys.append(RankKey{k, cut.toObject().value(k).toInteger()});
        p.cutOff = keys;
    }
    QHash<QString, QJsonObject> entries;
    for (const QJsonValue& v : result.value(u"entries"_s).toArray())
        entries.insert(v.toObject().value(u"application"_s).toString(), v.toObject());

    auto apps = store.applications(year, {ApplicationStatus::Approved, ApplicationStatus::Published});
    if (!apps)
        return std::unexpected(apps.error());
    const QDate today = m_ws.clock().now().toLocalTime().date();
    for (const StoredApplication& a : *apps) {
        if (a.rankingId != p.rankingId || !entries.contains(a.number))
            continue;
        const QJsonObject e = entries.value(a.number);
        PublicityEntry pe;
        pe.rank = e.value(u"rank"_s).toInt();
        pe.application = a.number;
        auto id = CitizenId::parse(a.citizenId, today);
        pe.maskedCitizenId = id ? id->masked() : a.citizenId.left(6) + u"********"_s + a.citizenId.right(4);
        pe.name = a.name;
        pe.district = a.district;
        pe.districtName = Districts::nameOf(a.district);
        pe.total = e.value(u"total"_s).toInteger();
        const QJsonObject keys = e.value(u"keys"_s).toObject();
        for (const QString& k : p.keyNames)
            pe.keys.append(RankKey{k, keys.value(k).toInteger()});
        p.entries.append(pe);
    }
    std::sort(p.entries.begin(), p.entries.end(), [](const PublicityEntry& x, const PublicityEntry& y) {
        return x.rank != y.rank ? x.rank < y.rank : x.application < y.application;
    });
    return p;
}

Status PointsService::markPublished(const Actor& actor, const Publicity& list, const QString& destination) const
{
    if (auto r = Roles::require(actor, Permission::PointsDecide); !r)
        return r;
    const Database& db = m_ws.db();
    PointsStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    QJsonArray listed;
    QJsonArray published;
    const QDateTime now = m_ws.clock().now();
    for (const PublicityEntry& e : list.entries) {
        listed.append(e.application);
        auto a = load(e.application);
        if (!a)
            return std::unexpected(a.error());
        if (a->status != ApplicationStatus::Approved)
            continue;
        StoredApplication after = *a;
        after.status = ApplicationStatus::Published;
        after.updatedAt = now;
        if (auto r = store.updateApplication(*a, after); !r)
            return r;
        published.append(e.application);
    }
    JournalChange change{u"points.publish"_s,
                         u"points_ranking"_s,
                         QString::number(list.rankingId),
                         1,
                         {},
                         QJsonObject{{u"year"_s, list.year},
                                     {u"destination"_s, destination},
                                     {u"listed"_s, listed},
                                     {u"newly_published"_s, published}},
                         tr("publicity list written to %1").arg(destination)};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return tx->commit();
}

// ---------------------------------------------------------------------------------------------
// Settlement

Result<SettlementResult> PointsService::settle(const Actor& actor, const QString& number,
                                               const SettlementPlan& plan) const
{
    if (auto r = Roles::require(actor, Permission::PointsIntake); !r)
        return std::unexpected(r.error());
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    const bool collective = plan.where == SettlementPlan::Where::PublicCollective;
    if (collective) {
        if (auto r = Roles::require(actor, Permission::CollectiveDesk); !r)
            return std::unexpected(r.error());
    } else {
        if (plan.householdNumber.trimmed().isEmpty())
            return fail(ErrorCode::Invalid, tr("give the number of the new household (户号)"), u"household_number"_s);
        if (plan.address.trimmed().isEmpty())
            return fail(ErrorCode::Invalid, tr("give the address of the home to register at"), u"address"_s);
    }
    const Database& db = m_ws.db();
    PersonStore persons(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto a = load(number);
    if (!a)
        return std::unexpected(a.error());
    if (a->status == ApplicationStatus::Approved)
        return fail(ErrorCode::Invalid,
                    tr("application %1 is approved but the publicity list (公示名单) has not been published yet; "
                       "settle it after publication")
                        .arg(a->number),
                    u"status"_s);
    if (a->status != ApplicationStatus::Published)
        return fail(ErrorCode::Invalid,
                    tr("application %1 is %2; only an approved application whose publicity list was published can "
                       "settle")
                        .arg(a->number, applicationStatusLabel(a->status)),
                    u"status"_s);
    auto info = ruleSetById(a->ruleSet);
    if (!info)
        return std::unexpected(info.error());
    auto app = Application::fromJson(a->applicationJson, a->submittedAt.toLocalTime().date(),
                                     info->ruleSet.catalogue(), a->number);
    if (!app)
        return std::unexpected(app.error());
    if (collective && app->facts.flag(u"owns_home")) {
        return fail(ErrorCode::Invalid,
                    tr("%1 scored points for an owned home and must register at that home, not in a public "
                       "collective household")
                        .arg(app->applicant.name),
                    u"where"_s);
    }

    // The household first.
    const QString why = tr("points-based settlement %1").arg(a->number);
    RegistryService registry(m_ws);
    CollectiveService desk(m_ws);
    QString household = plan.householdNumber.trimmed();
    if (collective) {
        auto all = CollectiveStore(db).list(a->district, desk.today());
        if (!all)
            return std::unexpected(all.error());
        const CollectiveHousehold* chosen = nullptr;
        for (const CollectiveHousehold& c : *all) {
            if (!household.isEmpty() ? c.number.compare(household, Qt::CaseInsensitive) == 0
                                     : !chosen || c.capacity - c.members > chosen->capacity - chosen->members)
                chosen = &c;
        }
        const QString districtName = Districts::nameOf(a->district);
        if (!chosen && household.isEmpty())
            return fail(ErrorCode::NotFound,
                        tr("%1 has no public collective household; set one up at the collective desk first")
                            .arg(districtName),
                        u"household_number"_s);
        if (!chosen)
            return fail(ErrorCode::NotFound,
                        tr("%1 is not a public collective household of %2, where the application was made")
                            .arg(household, districtName),
                        u"household_number"_s);
        household = chosen->number;
    } else {
        auto h = registry.createHouseholdIn(*tx, actor, household, HouseholdKind::Family, a->district, plan.address);
        if (!h)
            return std::unexpected(h.error());
        household = h->number;
    }

    // Then the applicant (the head of a new household) and the family moving with them.
    struct Mover
    {
        QString citizenId;
        QString name;
        QString relation;
    };
    QList<Mover> movers{{app->applicant.citizenId, app->applicant.name, collective ? QString() : u"户主"_s}};
    for (const Companion& c : app->movingWith) {
        const QString relation = PersonFields::relations().contains(c.relation) ? c.relation : u"其他"_s;
        movers.append({c.citizenId, c.name, collective ? QString() : relation});
    }
    SettlementResult out;
    out.householdNumber = household;
    const QDate today = desk.today();
    for (const Mover& m : movers) {
        auto existing = persons.byCitizenId(m.citizenId);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing) {
            const Person& p = **existing;
            if (p.name != m.name)
                return fail(ErrorCode::Invalid,
                            tr("citizen ID %1 is registered to %2, not %3").arg(m.citizenId, p.name, m.name),
                            u"citizen_id"_s);
            if (p.status != PersonStatus::Active)
                return fail(ErrorCode::Invalid,
                            tr("%1 (%2) is %3 in the register and cannot settle")
                                .arg(p.name, p.citizenId, statusLabel(p.status)),
                            u"citizen_id"_s);
            if (collective) {
                auto r = desk.enrollIn(*tx, actor, m.citizenId, household, EnrollReason::NoAddress, why);
                if (!r)
                    return std::unexpected(r.error());
            } else {
                // Leaving a collective household is the desk's business (reason, loans to return).
                auto membership = CollectiveStore(db).currentMembership(p.id);
                if (!membership)
                    return std::unexpected(membership.error());
                if (*membership)
                    return fail(ErrorCode::Invalid,
                                tr("%1 (%2) is a member of the public collective household %3; record the move "
                                   "out at the collective desk first")
                                    .arg(p.name, p.citizenId, (*membership)->collectiveNumber),
                                u"citizen_id"_s);
                QHash<PersonField, QString> changes{{PersonField::HouseholdNumber, household},
                                                   {PersonField::Relation, m.relation}};
                auto r = registry.correctIn(*tx, actor, m.citizenId, changes, why);
                if (!r)
                    return std::unexpected(r.error());
            }
            out.moved.append(m.citizenId);
            continue;
        }
        auto id = CitizenId::parse(m.citizenId, today);
        if (!id)
            return fail(ErrorCode::Invalid, tr("%1 (%2): %3").arg(m.name, m.citizenId, id.error().message),
                        u"citizen_id"_s);
        FieldValues v;
        v.set(PersonField::CitizenId, id->value());
        v.set(PersonField::Name, m.name);
        v.set(PersonField::Sex, id->sex() == Sex::Male ? u"男"_s : u"女"_s);
        v.set(PersonField::BirthDate, PersonFields::formatDate(id->birthDate()));
        v.set(PersonField::HukouNature, PersonFields::residentNature());
        v.set(PersonField::MovedInDate, PersonFields::formatDate(today));
        v.set(PersonField::MovedInFrom, plan.movedInFrom.trimmed());
        if (collective) {
            auto r = desk.registerIn(*tx, actor, v, household, EnrollReason::NoAddress, why, why);
            if (!r)
                return std::unexpected(about(m.name, m.citizenId, r.error()));
        } else {
            v.set(PersonField::District, a->district);
            v.set(PersonField::Address, plan.address.trimmed());
            v.set(PersonField::HouseholdNumber, household);
            v.set(PersonField::Relation, m.relation);
            auto r = registry.registerPersonIn(*tx, actor, v, why, plan.acceptPossibleDuplicates);
            if (!r)
                return std::unexpected(about(m.name, m.citizenId, r.error()));
        }
        out.registered.append(id->value());
    }

    StoredApplication after = *a;
    after.status = ApplicationStatus::Settled;
    const QJsonObject settlement{{u"household_number"_s, household},
                                 {u"settled_in"_s, collective ? u"public_collective"_s : u"own_home"_s},
                                 {u"registered"_s, QJsonArray::fromStringList(out.registered)},
                                 {u"moved"_s, QJsonArray::fromStringList(out.moved)}};
    auto saved = saveChange(actor, *a, after, u"points.settle"_s, why, settlement);
    if (!saved)
        return std::unexpected(saved.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    out.application = *saved;
    return out;
}

QByteArray PointsService::publicityCsv(const Publicity& list)
{
    QByteArray out;
    QStringList header{u"rank"_s, u"application"_s, u"citizen_id"_s, u"name"_s, u"district"_s, u"total"_s};
    for (const QString& k : list.keyNames)
        if (k != u"total"_s)
            header << k;
    CsvWriter::append(out, header);
    for (const PublicityEntry& e : list.entries) {
        QStringList row{QString::number(e.rank), e.application,        e.maskedCitizenId,
                        e.name,                  e.districtName,       QString::number(e.total)};
        for (const RankKey& k : e.keys)
            if (k.name != u"total"_s)
                row << QString::number(k.value);
        CsvWriter::append(out, row);
    }
    return out;
}

} // namespace hukou::core
