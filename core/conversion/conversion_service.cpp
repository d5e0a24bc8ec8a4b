#include "conversion_service.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../registry/person_fields.h"
#include "../registry/person_store.h"
#include "../registry/registry_service.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace hukou::core {

namespace {

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, qint64> countsFrom(const QString& json)
{
    QMap<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInteger());
    return out;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ConversionRun runFrom(const ConversionRunRow& r)
{
    return ConversionRun{r.id,          r.uuid,       r.district,  r.startedBy,
                         r.startedAt,   r.finishedAt, r.status,    r.chunks,
                         r.converted,   countsFrom(r.byFormerNature), r.exceptions, r.resumed};
}

QJsonObject runJson(const ConversionRunRow& r)
{
    return QJsonObject{{QStringLiteral("run"), r.uuid},
                       {QStringLiteral("district"), r.district},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("chunks"), r.chunks},
                       {QStringLiteral("converted"), r.converted},
                       {QStringLiteral("by_former_nature"), QJsonDocument::fromJson(r.byFormerNature.toUtf8()).object()},
                       {QStringLiteral("exceptions"), r.exceptions},
                       {QStringLiteral("resumed"), r.resumed}};
}

} // namespace

qint64 DistrictNatureCounts::total() const
{
    qint64 n = 0;
    for (qint64 c : byNature)
        n += c;
    return n;
}

QString ConversionService::exceptionReason(ConversionExceptionKind kind, const QString& status)
{
    switch (kind) {
    case ConversionExceptionKind::NotRegistered:
        return tr("not yet registered (未落常住户口): register the permanent residence first");
    case ConversionExceptionKind::NotActive: {
        const auto s = statusFromKey(status);
        return tr("status is not active (%1)").arg(s ? statusLabel(*s) : status);
    }
    case ConversionExceptionKind::NoHousehold:
        return tr("household inconsistent: the person belongs to no active household");
    case ConversionExceptionKind::NoHead:
        return tr("household inconsistent: the household has no active head (户主)");
    }
    return {};
}

QString ConversionService::districtLabel(const QString& code)
{
    return code.isEmpty() ? tr("all districts") : Districts::nameOf(code);
}

Status ConversionService::checkDistrict(const QString& district) const
{
    if (district.isEmpty() || Districts::findCurrent(district))
        return {};
    return fail(ErrorCode::Invalid, tr("\"%1\" is not a current Guangzhou district code").arg(district),
                QStringLiteral("district"));
}

Result<std::vector<ConversionException>> ConversionService::exceptionsOf(const QString& district,
                                                                         qint64 limit) const
{
    auto rows = ConversionStore(m_ws.db()).exceptions(district, limit);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ConversionException> out;
    out.reserve(rows->size());
    for (const auto& r : *rows)
        out.push_back({r.personId, r.citizenId, r.name, r.district, r.nature, r.kind, exceptionReason(r.kind, r.status)});
    return out;
}

Result<ConversionPreview> ConversionService::preview(const Actor& actor, const QString& districtArg,
                                                     qint64 exceptionLimit) const
{
    if (auto r = Roles::require(actor, Permission::Convert); !r)
        return std::unexpected(r.error());
    if (auto r = checkDistrict(districtArg); !r)
        return std::unexpected(r.error());
    const QString district = districtArg.isEmpty() ? QString(QLatin1String("")) : Districts::findCurrent(districtArg)->code;
    ConversionStore store(m_ws.db());
    auto counts = store.eligibleCounts(district);
    if (!counts)
        return std::unexpected(counts.error());
    ConversionPreview p;
    p.district = district;
    std::map<QString, DistrictNatureCounts> byDistrict;
    for (const auto& c : *counts) {
        auto& d = byDistrict[c.district];
        d.district = c.district;
        d.byNature[c.nature] += c.count;
        p.byNature[c.nature] += c.count;
        p.total += c.count;
    }
    for (auto& [code, d] : byDistrict)
        p.districts.push_back(std::move(d));
    auto ex = exceptionsOf(district, exceptionLimit);
    if (!ex)
        return std::unexpected(ex.error());
    p.exceptions = std::move(*ex);
    auto n = store.exceptionCount(district);
    if (!n)
        return std::unexpected(n.error());
    p.exceptionCount = *n;
    return p;
}

Result<ConversionOutcome> ConversionService::run(const Actor& actor, const ConversionOptions& options) const
{
    if (auto r = Roles::require(actor, Permission::Convert); !r)
        return std::unexpected(r.error());
    if (auto r = checkDistrict(options.district); !r)
        return std::unexpected(r.error());
    if (options.chunkSize < 1)
        return fail(ErrorCode::Usage, tr("the chunk size must be at least 1"), QStringLiteral("chunk_size"));
    const QString district =
        options.district.isEmpty() ? QString(QLatin1String("")) : Districts::findCurrent(options.district)->code;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    const Database& db = m_ws.db();
    ConversionStore store(db);
    const QString resident = PersonFields::residentNature();

    // Who is left out (reported, never converted) and how much there is to do.
    auto exceptions = exceptionsOf(district, -1);
    if (!exceptions)
        return std::unexpected(exceptions.error());
    auto counts = store.eligibleCounts(district);
    if (!counts)
        return std::unexpected(counts.error());
    qint64 total = 0;
    for (const auto& c : *counts)
        total += c.count;

    ConversionOutcome out;
    out.exceptions = std::move(*exceptions);

    // Start a run, or resume the unfinished one of the same scope.
    ConversionRunRow run;
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        auto open = store.resumableRun(district);
        if (!open)
            return std::unexpected(open.error());
        QString action;
        if (*open) {
            run = **open;
            run.status = QStringLiteral("running");
            run.resumed += 1;
            run.chunkSize = options.chunkSize;
            if (auto r = store.updateRun(run); !r)
                return std::unexpected(r.error());
            action = QStringLiteral("conversion.resume");
            out.resumed = true;
        } else {
            const QDateTime now = m_ws.clock().now();
            run.uuid = newUuidV7(now);
            run.district = district;
            run.startedBy = actor.login;
            run.startedAt = now;
            run.status = QStringLiteral("running");
            run.chunkSize = options.chunkSize;
            run.byFormerNature = QStringLiteral("{}");
            if (auto r = store.insertRun(run); !r)
                return std::unexpected(r.error());
            action = QStringLiteral("conversion.start");
        }
        run.exceptions = static_cast<qint64>(out.exceptions.size());
        if (auto r = store.updateRun(run); !r)
            return std::unexpected(r.error());
        JournalChange change{action, QStringLiteral("conversion_run"), run.uuid, run.resumed + 1, {}, runJson(run), {}};
        if (auto r = m_ws.journal().append(actor.login, change); !r)
            return std::unexpected(r.error());
        if (auto r = tx->commit(); !r)
            return std::unexpected(r.error());
    }
    out.runId = run.id;
    out.runUuid = run.uuid;
    QMap<QString, qint64> runCounts = countsFrom(run.byFormerNature);

    const auto finish = [&](const QString& status) -> Status {
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        run.status = status;
        run.finishedAt = m_ws.clock().now();
        if (auto r = store.updateRun(run); !r)
            return r;
        const QString action =
            status == QLatin1String("done") ? QStringLiteral("conversion.finish") : QStringLiteral("conversion.cancel");
        JournalChange change{action, QStringLiteral("conversion_run"), run.uuid, run.resumed + 1, {}, runJson(run), {}};
        if (auto r = m_ws.journal().append(actor.login, change); !r)
            return std::unexpected(r.error());
        return tx->commit();
    };

    if (options.progress)
        options.progress(0, total);
    const QList<PersonField> fileColumns = PersonFields::fileColumns();
    qint64 afterId = 0;
    for (;;) {
        if (cancelled()) {
            if (auto r = finish(QStringLiteral("cancelled")); !r)
                return std::unexpected(r.error());
            out.cancelled = true;
            out.runConverted = run.converted;
            return out;
        }
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        auto batch = store.nextCandidates(district, afterId, options.chunkSize);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->empty())
            break; // the guard rolls back the empty transaction
        afterId = batch->back().person.id;
        const QDateTime now = m_ws.clock().now();
        QCryptographicHash images(QCryptographicHash::Sha256);
        QJsonArray uuids;
        QMap<QString, qint64> chunkCounts;
        qint64 converted = 0;
        bool stop = false;
        for (std::size_t i = 0; i < batch->size(); ++i) {
            if ((i & 0x3FF) == 0x3FF && cancelled()) {
                stop = true; // roll this chunk back
                break;
            }
            ConversionCandidate& c = (*batch)[i];
            auto changed = store.convert(c, resident, now);
            if (!changed)
                return std::unexpected(changed.error());
            if (!*changed)
                continue; // changed by someone else in between: the next preview shows it again
            Person& p = c.person;
            const QString former = p.hukouNature;
            p.formerNature = former;
            p.hukouNature = resident;
            p.version += 1;
            chunkCounts[former] += 1;
            ++converted;
            uuids.append(p.uuid);
            images.addData(p.uuid.toUtf8());
            for (PersonField f : fileColumns) {
                images.addData(QByteArrayView("\x1f", 1));
                images.addData(PersonFields::value(p, f).toUtf8());
            }
            images.addData(QByteArrayView("\x1f", 1));
            images.addData(QByteArray::number(p.version));
            images.addData(QByteArrayView("\n", 1));
        }
        if (stop)
            continue; // the transaction guard rolls back; the loop's check records the cancel
        auto seq = m_ws.journal().nextSeq();
        if (!seq)
            return std::unexpected(seq.error());
        const QString hash = QString::fromLatin1(images.result().toHex());
        run.chunks += 1;
        run.converted += converted;
        for (auto it = chunkCounts.cbegin(); it != chunkCounts.cend(); ++it)
            runCounts[it.key()] += it.value();
        run.byFormerNature = compact(countsJson(runCounts));
        ConversionChunkRow chunk{run.id, run.chunks, *seq, batch->front().person.id, batch->back().person.id,
                                 converted, hash, now};
        if (auto r = store.insertChunk(chunk); !r)
            return std::unexpected(r.error());
        if (auto r = store.updateRun(run); !r)
            return std::unexpected(r.error());
        const QJsonObject after{{QStringLiteral("run"), run.uuid},
                                {QStringLiteral("chunk"), run.chunks},
                                {QStringLiteral("district"), district},
                                {QStringLiteral("nature"), resident},
                                {QStringLiteral("converted"), converted},
                                {QStringLiteral("by_former_nature"), countsJson(chunkCounts)},
                                {QStringLiteral("first_person_id"), chunk.firstPersonId},
                                {QStringLiteral("last_person_id"), chunk.lastPersonId},
                                {QStringLiteral("images_sha256"), hash},
                                {QStringLiteral("persons"), uuids}};
        JournalChange change{QStringLiteral("conversion.chunk"), QStringLiteral("conversion_chunk"),
                             run.uuid + QLatin1Char('/') + QString::number(run.chunks), 1, {}, after, {}};
        auto appended = m_ws.journal().append(actor.login, change);
        if (!appended)
            return std::unexpected(appended.error());
        if (*appended != *seq)
            return fail(ErrorCode::Failed, tr("internal error: the journal moved during the conversion"));
        if (auto r = tx->commit(); !r) {
            run.chunks -= 1; // not landed
            return std::unexpected(r.error());
        }
        out.converted += converted;
        out.chunks += 1;
        for (auto it = chunkCounts.cbegin(); it != chunkCounts.cend(); ++it)
            out.byFormerNature[it.key()] += it.value();
        if (options.progress)
            options.progress(out.converted, total);
    }
    if (auto r = finish(QStringLiteral("done")); !r)
        return std::unexpected(r.error());
    out.runConverted = run.converted;
    return out;
}

Result<Person> ConversionService::reverse(const Actor& actor, const QString& citizenId, const QString& reason) const
{
    if (auto r = Roles::require(actor, Permission::ReverseConversion); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("give the reason for reversing the conversion"), QStringLiteral("reason"));
    const Database& db = m_ws.db();
    PersonStore store(db);
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    auto found = store.byCitizenId(citizenId.trimmed().toUpper());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("no person with citizen ID %1 is registered").arg(citizenId),
                    QStringLiteral("citizen_id"));
    const Person before = **found;
    if (before.hukouNature != PersonFields::residentNature() || before.formerNature.isEmpty())
        return fail(ErrorCode::Invalid,
                    tr("%1 (%2) was not converted: the hukou nature is %3").arg(before.name, before.citizenId,
                                                                              before.hukouNature),
                    QStringLiteral("hukou_nature"));
    Person after = before;
    after.hukouNature = before.formerNature;
    after.formerNature.clear();
    after.updatedAt = m_ws.clock().now();
    if (auto r = store.updatePerson(before, after); !r)
        return std::unexpected(r.error());
    JournalChange change{QStringLiteral("person.conversion_reverse"), QStringLiteral("person"), before.uuid,
                         after.version, RegistryService::image(before), RegistryService::image(after),
                         reason.trimmed()};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return after;
}

Result<std::vector<NatureStatistic>> ConversionService::statistics(const Actor& actor, const QString& district) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    if (auto r = checkDistrict(district); !r)
        return std::unexpected(r.error());
    const QString code = district.isEmpty() ? QString(QLatin1String("")) : Districts::findCurrent(district)->code;
    auto rows = ConversionStore(m_ws.db()).natureStatistics(code);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<NatureStatistic> out;
    out.reserve(rows->size());
    for (const auto& r : *rows)
        out.push_back({r.district, r.nature, r.formerNature, r.count});
    return out;
}

Result<std::vector<ConversionRun>> ConversionService::runs(const Actor& actor, int limit) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    auto rows = ConversionStore(m_ws.db()).runs(limit);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ConversionRun> out;
    for (const auto& r : *rows)
        out.push_back(runFrom(r));
    return out;
}

Result<std::optional<JournalEntry>> ConversionService::conversionEntry(const Actor& actor,
                                                                      const QString& citizenId) const
{
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    auto p = PersonStore(m_ws.db()).byCitizenId(citizenId.trimmed().toUpper());
    if (!p)
        return std::unexpected(p.error());
    if (!*p)
        return fail(ErrorCode::NotFound, tr("no person with citizen ID %1 is registered").arg(citizenId),
                    QStringLiteral("citizen_id"));
    auto seqs = ConversionStore(m_ws.db()).chunkSeqsCovering((*p)->id);
    if (!seqs)
        return std::unexpected(seqs.error());
    const QString needle = QLatin1Char('"') + (*p)->uuid + QLatin1Char('"');
    for (qint64 seq : *seqs) {
        auto e = m_ws.journal().entry(seq);
        if (!e)
            return std::unexpected(e.error());
        if (*e && (*e)->after.contains(needle))
            return *e;
    }
    return std::optional<JournalEntry>{};
}

} // namespace hukou::core
