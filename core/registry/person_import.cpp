#include "person_import.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../io/csv.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"
#include "person_fields.h"
#include "person_store.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace hukou::core {

namespace {

const QString kHead = QStringLiteral("户主");

struct Header
{
    QStringList names;                // as in the file
    std::vector<PersonField> columns; // per file column
};

Result<Header> readHeader(CsvReader& reader, const QString& sourceName)
{
    std::vector<QString> cells;
    auto first = reader.next(cells);
    if (!first)
        return fail(ErrorCode::Invalid, PersonImporter::tr("%1: the header row cannot be read: %2").arg(sourceName, first.error().message),
                    {}, 1);
    if (!*first)
        return fail(ErrorCode::Invalid, PersonImporter::tr("%1 is empty: a header row is expected").arg(sourceName), {}, 1);
    Header h;
    QHash<PersonField, int> seen;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const QString name = cells[i].trimmed();
        h.names << name;
        auto f = PersonFields::fromName(name);
        if (!f || !PersonFields::spec(*f).inFile)
            return fail(ErrorCode::Invalid,
                        name.isEmpty()
                            ? PersonImporter::tr("%1: column %2 of the header has no name").arg(sourceName).arg(i + 1)
                            : PersonImporter::tr("%1: unknown column \"%2\" (column %3); the file is refused so that no data is "
                                      "silently dropped")
                                  .arg(sourceName, name)
                                  .arg(i + 1),
                        name, 1);
        if (seen.contains(*f))
            return fail(ErrorCode::Invalid,
                        PersonImporter::tr("%1: column \"%2\" appears twice (columns %3 and %4)")
                            .arg(sourceName, name)
                            .arg(seen.value(*f) + 1)
                            .arg(i + 1),
                        name, 1);
        seen.insert(*f, static_cast<int>(i));
        h.columns.push_back(*f);
    }
    QStringList missing;
    for (const auto& s : PersonFields::all())
        if (s.inFile && s.required && !seen.contains(s.field))
            missing << s.key;
    if (!missing.isEmpty())
        return fail(ErrorCode::Invalid,
                    PersonImporter::tr("%1: required column(s) missing: %2").arg(sourceName, missing.join(QStringLiteral(", "))),
                    missing.first(), 1);
    return h;
}

// BLAKE2b-256 (libsodium's generic hash): several times faster than SHA-256 on a large file.
QString hex(crypto_generichash_state& state)
{
    unsigned char out[32];
    crypto_generichash_final(&state, out, sizeof out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString blake2bHex(const QByteArray& bytes)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
    return hex(state);
}

bool blank(const std::vector<QString>& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
}

QStringList toList(const std::vector<QString>& cells)
{
    QStringList l;
    l.reserve(static_cast<qsizetype>(cells.size()));
    for (const auto& c : cells)
        l << c;
    return l;
}

// What pass 1 keeps of an accepted row.
struct Accepted
{
    qint64 line;
    qint64 record; // index among data records
    QString citizenId;
    QString householdNumber;
    bool head;
    QString district;
    QString address;
};

struct HouseholdPlan
{
    qint64 firstLine = 0;
    QString district;
    QString address;
    qint64 headLine = 0;
    std::optional<Household> existing;
    qint64 existingMembers = 0;
    qint64 existingHeads = 0;
    qint64 id = 0;     // once created or found
    qint64 headId = 0; // the head inserted by this import
};

} // namespace

Result<std::vector<QStringList>> PersonImporter::preview(const QByteArray& bytes, const QString& sourceName, int rows)
{
    auto decoded = TextDecoding::toUtf8(bytes, sourceName);
    if (!decoded)
        return std::unexpected(decoded.error());
    CsvReader reader(decoded->utf8);
    auto header = readHeader(reader, sourceName);
    if (!header)
        return std::unexpected(header.error());
    std::vector<QStringList> out{header->names};
    std::vector<QString> cells;
    while (static_cast<int>(out.size()) <= rows) {
        auto r = reader.next(cells);
        if (!r)
            continue;
        if (!*r)
            break;
        if (!blank(cells))
            out.push_back(toList(cells));
    }
    return out;
}

QByteArray PersonImporter::rejectsCsv(const ImportReport& report)
{
    QByteArray out;
    CsvWriter::append(out, QStringList{QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason")} +
                               report.header);
    for (const auto& r : report.rejected)
        CsvWriter::append(out, QStringList{QString::number(r.line), r.column, r.reason} + r.values);
    return out;
}

Result<ImportReport> PersonImporter::importFile(const Actor& actor, const QString& path,
                                                const ImportOptions& options) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Failed, tr("cannot read %1: %2").arg(path, f.errorString()));
    return importBytes(actor, f.readAll(), QFileInfo(path).fileName(), options);
}

Result<ImportReport> PersonImporter::importBytes(const Actor& actor, const QByteArray& bytes,
                                                 const QString& sourceName, const ImportOptions& options) const
{
    if (auto r = Roles::require(actor, Permission::EditPersons); !r)
        return std::unexpected(r.error());
    auto decoded = TextDecoding::toUtf8(bytes, sourceName);
    if (!decoded)
        return std::unexpected(decoded.error());
    const QByteArray& text = decoded->utf8;
    const QDate today = m_ws.clock().now().toLocalTime().date();
    const qint64 total = text.size() * (options.dryRun ? 1 : 2);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    const auto cancelError = [&] {
        return fail(ErrorCode::Cancelled, tr("the import was cancelled; nothing was imported"));
    };

    ImportReport report;
    report.encoding = decoded->encoding;
    const Database& db = m_ws.db();
    PersonStore store(db);

    // Hold the write lock from the first check to the commit, so what was checked still holds.
    std::optional<Transaction> tx;
    if (!options.dryRun) {
        auto t = Transaction::begin(db);
        if (!t)
            return std::unexpected(t.error());
        tx.emplace(std::move(*t));
    }

    // ---- pass 1: validate every row ----
    CsvReader reader(text);
    auto header = readHeader(reader, sourceName);
    if (!header)
        return std::unexpected(header.error());
    report.header = header->names;
    auto existingCount = store.personCount();
    if (!existingCount)
        return std::unexpected(existingCount.error());
    const bool registryEmpty = *existingCount == 0;

    std::vector<Accepted> accepted;
    QHash<QString, qint64> idLines;
    QHash<qint64, std::size_t> needRaw; // record -> rejection whose row values are read back later
    std::vector<QString> cells;
    FieldValues values;
    qint64 record = -1;
    const auto reject = [&](qint64 line, const QString& column, const QString& reason, const QStringList& raw) {
        report.rejected.push_back({line, column, reason, raw});
    };
    for (;;) {
        auto r = reader.next(cells);
        if (!r) {
            ++record;
            ++report.rows;
            reject(r.error().line, {}, r.error().message, {});
            continue;
        }
        if (!*r)
            break;
        if (blank(cells))
            continue;
        ++record;
        ++report.rows;
        const qint64 line = reader.recordLine();
        if ((record & 0x3FFF) == 0) {
            if (cancelled())
                return cancelError();
            if (options.progress)
                options.progress(reader.position(), total);
        }
        if (cells.size() != header->columns.size()) {
            reject(line, {},
                   tr("the row has %1 fields but the header has %2").arg(cells.size()).arg(header->columns.size()),
                   toList(cells));
            continue;
        }
        values.clear();
        for (std::size_t i = 0; i < cells.size(); ++i)
            values.set(header->columns[i], cells[i]);
        auto p = PersonFields::build(values, today);
        if (!p) {
            reject(line, p.error().field, p.error().message, toList(cells));
            continue;
        }
        if (auto it = idLines.constFind(p->citizenId); it != idLines.constEnd()) {
            reject(line, QStringLiteral("citizen_id"),
                   tr("citizen ID %1 already appears on line %2 of this file").arg(p->citizenId).arg(*it),
                   toList(cells));
            continue;
        }
        idLines.insert(p->citizenId, line);
        if (!registryEmpty) {
            auto known = store.byCitizenId(p->citizenId);
            if (!known)
                return std::unexpected(known.error());
            if (*known) {
                reject(line, QStringLiteral("citizen_id"),
                       tr("citizen ID %1 is already registered (%2)").arg(p->citizenId, (*known)->name),
                       toList(cells));
                continue;
            }
            if (!options.acceptPossibleDuplicates) {
                auto dup = store.sameNameAndBirth(p->name, p->birthDate);
                if (!dup)
                    return std::unexpected(dup.error());
                if (!dup->empty()) {
                    reject(line, QStringLiteral("name"),
                           tr("possible duplicate of %1 (%2), registered with the same name and birth date; import "
                              "it again with duplicates accepted if this is a different person")
                               .arg(dup->front().citizenId, dup->front().name),
                           toList(cells));
                    continue;
                }
            }
        }
        accepted.push_back({line, record, p->citizenId, p->householdNumber, p->relation == kHead, p->district,
                            p->address});
    }

    // Households: one address per number, exactly one head. Rows rejected here get their values
    // read back afterwards, so pass 1 keeps no copy of accepted rows.
    const auto rejectAccepted = [&](const Accepted& a, const QString& column, const QString& reason) {
        needRaw.insert(a.record, report.rejected.size());
        reject(a.line, column, reason, {});
    };
    QHash<QString, HouseholdPlan> plans;
    std::vector<bool> ok(accepted.size(), true);
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        const Accepted& a = accepted[i];
        auto it = plans.find(a.householdNumber);
        if (it == plans.end()) {
            HouseholdPlan plan;
            plan.firstLine = a.line;
            plan.district = a.district;
            plan.address = a.address;
            if (!registryEmpty) {
                auto existing = store.householdByNumber(a.householdNumber);
                if (!existing)
                    return std::unexpected(existing.error());
                if (*existing) {
                    plan.existing = **existing;
                    plan.district = (*existing)->district;
                    plan.address = (*existing)->address;
                    plan.id = (*existing)->id;
                    auto counts = store.memberAndHeadCount((*existing)->id);
                    if (!counts)
                        return std::unexpected(counts.error());
                    plan.existingMembers = counts->first;
                    plan.existingHeads = counts->second;
                }
            }
            it = plans.insert(a.householdNumber, plan);
        }
        HouseholdPlan& plan = *it;
        if (plan.district != a.district || plan.address != a.address) {
            const QString where = Districts::byCode(plan.district)->name + QLatin1Char(' ') + plan.address;
            ok[i] = false;
            rejectAccepted(a, plan.district != a.district ? QStringLiteral("district") : QStringLiteral("address"),
                           plan.existing ? tr("household %1 is registered at %2").arg(a.householdNumber, where)
                                         : tr("household %1 is at %2 on line %3")
                                               .arg(a.householdNumber, where)
                                               .arg(plan.firstLine));
            continue;
        }
        if (a.head) {
            if (plan.existingHeads > 0 || plan.headLine) {
                ok[i] = false;
                rejectAccepted(a, QStringLiteral("relation"),
                               plan.headLine ? tr("household %1 already has a head (户主) on line %2")
                                                   .arg(a.householdNumber)
                                                   .arg(plan.headLine)
                                             : tr("household %1 already has a head (户主) in the register")
                                                   .arg(a.householdNumber));
                continue;
            }
            plan.headLine = a.line;
        }
    }
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        if (!ok[i])
            continue;
        const HouseholdPlan& plan = plans[accepted[i].householdNumber];
        if (plan.existingHeads == 0 && plan.headLine == 0) {
            ok[i] = false;
            rejectAccepted(accepted[i], QStringLiteral("relation"),
                           tr("household %1 has no head (户主): a household needs exactly one")
                               .arg(accepted[i].householdNumber));
        }
    }
    if (!needRaw.isEmpty()) {
        CsvReader rows(text);
        (void)rows.next(cells);
        qint64 rec = -1;
        for (;;) {
            auto r = rows.next(cells);
            if (r && !*r)
                break;
            if (r && blank(cells))
                continue;
            ++rec;
            if (auto it = needRaw.constFind(rec); it != needRaw.constEnd() && r)
                report.rejected[*it].values = toList(cells);
        }
    }
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const ImportRejection& a, const ImportRejection& b) { return a.line < b.line; });
    std::vector<bool> take(static_cast<std::size_t>(record + 1), false);
    qint64 toImport = 0;
    for (std::size_t i = 0; i < accepted.size(); ++i)
        if (ok[i]) {
            take[static_cast<std::size_t>(accepted[i].record)] = true;
            ++toImport;
        }
    accepted.clear();
    if (options.dryRun || toImport == 0) {
        report.imported = options.dryRun ? toImport : 0;
        return report;
    }

    // ---- pass 2: write the accepted rows ----
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    const QDateTime now = m_ws.clock().now();
    // 1 GiB of page cache while loading (fewer spills to the WAL), back to the default however this ends.
    db.setCacheSizeKiB(1024 * 1024);
    const std::unique_ptr<const Database, void (*)(const Database*)> restoreCache(
        &db, [](const Database* d) { d->setCacheSizeKiB(2000); });
    crypto_generichash_state images;
    crypto_generichash_init(&images, nullptr, 0, 32);
    QByteArray image;
    const QList<PersonField> fileColumns = PersonFields::fileColumns();
    CsvReader again(text);
    (void)again.next(cells); // header
    record = -1;
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 firstHousehold = 0;
    qint64 lastHousehold = -1;
    for (;;) {
        auto r = again.next(cells);
        if (!r) {
            ++record;
            continue;
        }
        if (!*r)
            break;
        if (blank(cells))
            continue;
        ++record;
        if ((record & 0x3FFF) == 0) {
            if (cancelled())
                return cancelError();
            if (options.progress)
                options.progress(text.size() + again.position(), total);
        }
        if (!take[static_cast<std::size_t>(record)])
            continue;
        values.clear();
        for (std::size_t i = 0; i < cells.size(); ++i)
            values.set(header->columns[i], cells[i]);
        auto built = PersonFields::build(values, today);
        if (!built)
            return fail(ErrorCode::Failed, tr("internal error: line %1 changed between passes").arg(again.recordLine()));
        Person p = std::move(*built);
        HouseholdPlan& plan = plans[p.householdNumber];
        if (!plan.id) {
            Household h;
            h.uuid = newUuidV7(now);
            h.number = p.householdNumber;
            h.district = p.district;
            h.address = p.address;
            h.version = 1;
            h.createdSeq = *seq;
            h.updatedAt = now;
            if (auto ins = store.insertHousehold(h, PersonStore::Index::Later); !ins)
                return std::unexpected(ins.error());
            plan.id = h.id;
            if (!firstHousehold)
                firstHousehold = h.id;
            lastHousehold = h.id;
            ++report.householdsCreated;
        }
        p.uuid = newUuidV7(now);
        p.householdId = plan.id;
        p.version = 1;
        p.createdSeq = *seq;
        p.updatedAt = now;
        p.originDevice = m_ws.deviceId();
        if (auto ins = store.insertPerson(p, PersonStore::Index::Later); !ins)
            return fail(ins.error().code, ins.error().message, ins.error().field, again.recordLine());
        if (p.relation == kHead)
            plan.headId = p.id;
        if (!firstId)
            firstId = p.id;
        lastId = p.id;
        ++report.imported;
        image = p.uuid.toUtf8();
        for (PersonField f : fileColumns) {
            image += '\x1f';
            image += PersonFields::value(p, f).toUtf8();
        }
        image += '\n';
        crypto_generichash_update(&images, reinterpret_cast<const unsigned char*>(image.constData()),
                                  static_cast<unsigned long long>(image.size()));
    }
    for (const HouseholdPlan& plan : plans)
        if (plan.headId)
            if (auto r = store.setHouseholdHead(plan.id, plan.headId); !r)
                return std::unexpected(r.error());
    if (auto r = store.indexRange(firstId, lastId, firstHousehold, lastHousehold); !r)
        return std::unexpected(r.error());
    if (cancelled())
        return cancelError();

    const QJsonObject summary{
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("source_blake2b"), blake2bHex(bytes)},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("rows"), report.rows},
        {QStringLiteral("imported"), report.imported},
        {QStringLiteral("rejected"), static_cast<qint64>(report.rejected.size())},
        {QStringLiteral("households_created"), report.householdsCreated},
        {QStringLiteral("first_person_id"), firstId},
        {QStringLiteral("last_person_id"), lastId},
        {QStringLiteral("images_blake2b"), hex(images)},
    };
    JournalChange change{QStringLiteral("person.import"), QStringLiteral("import"), newUuidV7(now), 1, {}, summary,
                         {}};
    auto appended = m_ws.journal().append(actor.login, change);
    if (!appended)
        return std::unexpected(appended.error());
    if (*appended != *seq)
        return fail(ErrorCode::Failed, tr("internal error: the journal moved during the import"));
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    report.journalSeq = *appended;
    if (options.progress)
        options.progress(total, total);
    return report;
}

} // namespace hukou::core
