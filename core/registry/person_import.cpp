#include "person_import.h"

#include "../clock.h"
#include "../domain/citizen_id.h"
#include "../domain/districts.h"
#include "../io/csv.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"
#include "person_fields.h"
#include "person_store.h"
#include "search_index_stage.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>

#include <sodium.h>

#include <QSet>

#include <algorithm>
#include <bit>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <variant>

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

std::string_view view(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QByteArray toBytes(std::string_view utf8)
{
    return {utf8.data(), static_cast<qsizetype>(utf8.size())};
}

// What the reader thread makes of one data record.
struct CheckedRow
{
    qint64 line = 0;
    qint64 begin = 0; // the record's bytes in the text, to read its values back if it is rejected later
    qint64 end = 0;
    PackedPerson person; // when accepted
    std::optional<ImportRejection> rejection;
};

struct Batch
{
    // The rows read; a reused batch (BatchQueue::reuse) keeps its old rows allocated past count.
    std::vector<CheckedRow> rows;
    std::size_t count = 0;

    // The next row, cleared (its bytes keep their allocation).
    CheckedRow& add()
    {
        if (count == rows.size())
            rows.emplace_back();
        CheckedRow& row = rows[count++];
        row.line = row.begin = row.end = 0;
        row.rejection.reset();
        return row;
    }
    [[nodiscard]] std::span<const CheckedRow> filled() const { return std::span(rows).first(count); }
    qint64 position = 0; // bytes of the text read so far
    bool last = false;
};

// Hands batches from the reader thread to the writer, holding a few at most so memory stays flat
// however far the reader gets ahead. Batches the writer is done with come back to the reader
// (recycle, reuse), rows and their bytes with them: memory the reader allocates and the writer
// frees costs both threads a lock in the allocator, a million times over.
class BatchQueue final
{
public:
    void recycle(Batch batch)
    {
        batch.count = 0;
        batch.position = 0;
        batch.last = false;
        std::lock_guard lock(m_mutex);
        if (m_spare.size() < kMaxBatches)
            m_spare.push_back(std::move(batch));
    }
    // A batch to fill: a used one (rows still allocated, to be overwritten) or a new one.
    Batch reuse()
    {
        std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return {};
        Batch b = std::move(m_spare.back());
        m_spare.pop_back();
        return b;
    }
    // False when the writer stopped listening.
    bool push(Batch batch, std::stop_token stop)
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait(lock, stop, [&] { return m_batches.size() < kMaxBatches; }))
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty(); });
        Batch b = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return b;
    }

private:
    static constexpr std::size_t kMaxBatches = 8;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spare;
};

constexpr std::size_t kBatchRows = 4096;

// A flat hash table of values by 64-bit hash, open addressing: the import's two large lookups
// (repeated citizen IDs, household numbers), where QHash and std::unordered_map cost a cache miss
// and more per entry. Value{} marks an empty slot.
template <typename Value>
class FlatTable final
{
public:
    explicit FlatTable(std::size_t expected) : m_slots(std::bit_ceil(std::max<std::size_t>(1024, expected * 3 / 2))) {}

    // The value stored under `hash` that `same(value)` accepts; or else the empty slot where it
    // belongs, to be given a value before the next call.
    template <typename Same>
    Value& find(std::uint64_t hash, Same same)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot& s = probe(hash, same);
        if (s.value == Value{}) {
            s.hash = hash;
            ++m_used;
        }
        return s.value;
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        Value value{};
    };
    template <typename Same>
    Slot& probe(std::uint64_t hash, Same same)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
        while (m_slots[i].value != Value{} && (m_slots[i].hash != hash || !same(m_slots[i].value)))
            i = (i + 1) & mask;
        return m_slots[i];
    }
    void grow()
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(m_slots.size() * 2));
        for (const Slot& s : old)
            if (s.value != Value{})
                probe(s.hash, [](const Value&) { return false; }) = s;
    }
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

// The reader thread: decodes and validates every row (the checks that need nothing but the row
// and the rows before it: fields, repeated citizen IDs), and packs the accepted ones with their
// uuid and search document, while the caller's thread writes. Runs on a second core; touches no
// database.
void readRows(std::stop_token stop, CsvReader reader, const Header& header, const QDate& today, const QDateTime& now,
              std::size_t expectedRows, BatchQueue& queue)
{
    std::vector<QString> cells;
    FieldValues values;
    const std::int64_t nowMs = now.toMSecsSinceEpoch();
    FlatTable<qint64> idLines(expectedRows); // citizen ID (CitizenId::key, as the hash) -> its first line
    Batch batch = queue.reuse();
    for (;;) {
        const qint64 begin = reader.position();
        auto r = reader.next(cells);
        if (r && (!*r || blank(cells))) {
            if (!*r)
                break;
            continue;
        }
        CheckedRow& row = batch.add();
        row.begin = begin;
        if (!r) {
            row.line = r.error().line;
            row.rejection = ImportRejection{row.line, {}, r.error().message, {}};
        } else {
            row.line = reader.recordLine();
            row.end = reader.position();
            if (cells.size() != header.columns.size()) {
                row.rejection = ImportRejection{row.line, {},
                                                QCoreApplication::translate("hukou::core::PersonImporter", "the row has %1 fields but the header has %2")
                                                    .arg(cells.size())
                                                    .arg(header.columns.size()),
                                                toList(cells)};
            } else {
                for (std::size_t i = 0; i < cells.size(); ++i)
                    values.set(header.columns[i], cells[i]); // shared until the row is done (values.clear below)
                auto p = PersonFields::build(values, today);
                if (!p) {
                    row.rejection = ImportRejection{row.line, p.error().field, p.error().message, {}};
                } else if (qint64& firstLine = idLines.find(CitizenId::key(p->citizenId), [](qint64) { return true; });
                           firstLine) {
                    row.rejection = ImportRejection{
                        row.line, QStringLiteral("citizen_id"),
                        QCoreApplication::translate("hukou::core::PersonImporter", "citizen ID %1 already appears on line %2 of this file")
                            .arg(p->citizenId)
                            .arg(firstLine),
                        {}};
                } else {
                    firstLine = row.line;
                    const UuidText uuid = newUuidV7Text(nowMs);
                    row.person.assign(std::string_view(uuid.data(), uuid.size()), *p);
                }
            }
            values.clear(); // the cells are theirs alone again: the next record reuses their storage
        }
        if (row.rejection && row.rejection->values.isEmpty())
            row.rejection->values = toList(cells);
        if (batch.count == kBatchRows) {
            batch.position = reader.position();
            if (!queue.push(std::exchange(batch, queue.reuse()), stop))
                return;
        }
    }
    batch.position = reader.position();
    batch.last = true;
    (void)queue.push(std::move(batch), stop);
}

// The original values of the record at [begin, end) of the text, for a rejection made after reading.
QStringList rawValues(const QByteArray& text, qint64 begin, qint64 end)
{
    CsvReader reader(QByteArrayView(text).sliced(begin, end - begin));
    std::vector<QString> cells;
    if (auto r = reader.next(cells); !r || !*r)
        return {};
    return toList(cells);
}

std::unexpected<Error> cancelledError()
{
    return fail(ErrorCode::Cancelled, PersonImporter::tr("the import was cancelled; nothing was imported"));
}

// Text that stays put until the import ends, in large blocks: a million households' numbers and
// addresses as separate allocations cost the import half a second just to free.
class TextArena final
{
public:
    std::string_view keep(std::string_view text)
    {
        if (m_blocks.empty() || m_used + text.size() > m_blockSize) {
            m_blockSize = std::max<std::size_t>(1 << 20, text.size());
            m_blocks.push_back(std::make_unique<char[]>(m_blockSize));
            m_used = 0;
        }
        char* at = m_blocks.back().get() + m_used;
        std::copy(text.begin(), text.end(), at);
        m_used += text.size();
        return {at, text.size()};
    }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::size_t m_blockSize = 0;
    std::size_t m_used = 0;
};

struct HouseholdPlan
{
    std::string_view number; // UTF-8, kept in the import's TextArena
    qint64 firstLine = 0;
    std::string_view district;
    std::string_view address;
    qint64 headLine = 0;
    bool existing = false;
    qint64 existingHeads = 0;
    qint64 id = 0;            // once created or found
    qint64 headId = 0;        // the head inserted by this import
    bool headWritten = false; // head_id was set when the household was inserted
};

// One attempt at the import: the report, or the households found without a head (then nothing
// was written, and the caller starts over knowing them).
Result<std::variant<ImportReport, QSet<QByteArray>>> importOnce(const Workspace& ws, const Actor& actor,
                                                                const QByteArray& source,
                                                                const TextDecoding::Decoded& decoded,
                                                                const QString& sourceName, const ImportOptions& options,
                                                                const QSet<QByteArray>& headless)
{
    const QByteArray& text = decoded.utf8;
    const QDate today = ws.clock().now().toLocalTime().date();
    const QDateTime now = ws.clock().now();
    const std::int64_t nowMs = now.toMSecsSinceEpoch();
    const qint64 total = text.size() * (options.dryRun ? 1 : 2);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    ImportReport report;
    report.encoding = decoded.encoding;
    const Database& db = ws.db();
    PersonStore store(db);

    // A load into an empty register (a district moving its register in) takes the bulk path: no
    // foreign key lookups (every household a row names is checked or created here, every district
    // checked) and no index upkeep per row (PersonBulkWriter::deferIndexes). Foreign keys can only be
    // switched outside a transaction, so this looks before the transaction and again inside it.
    auto countBefore = store.personCount();
    if (!countBefore)
        return std::unexpected(countBefore.error());
    const bool bulkCandidate = !options.dryRun && *countBefore == 0;
    if (bulkCandidate)
        if (auto r = db.setForeignKeys(false); !r)
            return std::unexpected(r.error());
    const auto foreignKeysBackOn = qScopeGuard([&] {
        if (bulkCandidate)
            (void)db.setForeignKeys(true);
    });

    // Hold the write lock from the first check to the commit, so what was checked still holds.
    std::optional<Transaction> tx;
    std::optional<PersonBulkWriter> writer;
    qint64 seq = 0;
    qint64 nextId = 0;
    if (!options.dryRun) {
        auto t = Transaction::begin(db);
        if (!t)
            return std::unexpected(t.error());
        tx.emplace(std::move(*t));
        auto s = ws.journal().nextSeq();
        if (!s)
            return std::unexpected(s.error());
        seq = *s;
        auto w = PersonBulkWriter::prepare(db, seq);
        if (!w)
            return std::unexpected(w.error());
        writer.emplace(std::move(*w));
        auto id = writer->nextPersonId();
        if (!id)
            return std::unexpected(id.error());
        nextId = *id;
    }

    CsvReader reader(text);
    auto header = readHeader(reader, sourceName);
    if (!header)
        return std::unexpected(header.error());
    report.header = header->names;
    auto existingCount = store.personCount();
    if (!existingCount)
        return std::unexpected(existingCount.error());
    const bool registryEmpty = *existingCount == 0;
    const bool bulk = bulkCandidate && registryEmpty;
    if (bulk)
        if (auto r = writer->deferIndexes(); !r)
            return std::unexpected(r.error());

    // A cancel also stops a statement that runs long (building the deferred indexes of a million
    // rows takes seconds): SQLite looks at the flag every few thousand steps.
    db.interruptWhen(options.cancel);
    const auto noInterrupt = qScopeGuard([&db] { db.interruptWhen(nullptr); });

    // 1 GiB of page cache while loading (fewer spills to the WAL), back to the default however this ends.
    db.setCacheSizeKiB(1024 * 1024);
    const auto restoreCache = qScopeGuard([&db] { db.setCacheSizeKiB(2000); });

    // The reader thread validates rows while this one checks them against the registry and their
    // households and writes them: the single transaction stays on this thread's connection.
    BatchQueue queue;
    std::jthread readerThread(readRows, reader, std::cref(*header), std::cref(today), std::cref(now),
                              static_cast<std::size_t>(text.size() / 160), std::ref(queue)); // rows are ~170 bytes

    TextArena planText;
    std::deque<HouseholdPlan> plans;             // in the order first seen; addresses stay put
    FlatTable<HouseholdPlan*> planByNumber(static_cast<std::size_t>(text.size() / 400)); // ~2.5 persons of ~170 bytes each
    HouseholdPlan* lastPlan = nullptr;              // members come together in most files: no lookup
    // Search rows of the new persons and households, in id order. A bulk load sends them to the
    // stage as they come, in runs; otherwise they are indexed after the rows.
    SearchIndexStage::Rows personRows;
    SearchIndexStage::Rows householdRows;
    std::unique_ptr<SearchIndexStage> stage;
    bool householdsStaged = false;
    if (bulk) {
        auto households = store.householdCount();
        if (!households)
            return std::unexpected(households.error());
        householdsStaged = *households == 0; // else household_search has rows to keep: indexed after
        QStringList tables{QStringLiteral("person_search")};
        if (householdsStaged)
            tables << QStringLiteral("household_search");
        auto s = SearchIndexStage::start(db, tables);
        if (!s)
            return std::unexpected(s.error());
        stage = std::move(*s);
    }
    constexpr std::size_t kRunRows = 8192;
    crypto_generichash_state images;
    crypto_generichash_init(&images, nullptr, 0, 32);
    const qint64 firstId = nextId;
    const QByteArray head = kHead.toUtf8();

    const auto reject = [&](const CheckedRow& row, const QString& column, const QString& reason) {
        report.rejected.push_back({row.line, column, reason, rawValues(text, row.begin, row.end)});
    };
    // The checks that need the rows before it and the registry; true when the row is to be written.
    const auto check = [&](const CheckedRow& row) -> Result<HouseholdPlan*> {
        const PackedPerson& p = row.person;
        if (!registryEmpty) {
            auto known = store.byCitizenId(toQString(p.value(PersonField::CitizenId)));
            if (!known)
                return std::unexpected(known.error());
            if (*known) {
                reject(row, QStringLiteral("citizen_id"),
                       PersonImporter::tr("citizen ID %1 is already registered (%2)").arg((*known)->citizenId, (*known)->name));
                return nullptr;
            }
            if (!options.acceptPossibleDuplicates) {
                auto dup = store.sameNameAndBirth(toQString(p.value(PersonField::Name)),
                                                  PersonFields::parseDate(toQString(p.value(PersonField::BirthDate))));
                if (!dup)
                    return std::unexpected(dup.error());
                if (!dup->empty()) {
                    reject(row, QStringLiteral("name"),
                           PersonImporter::tr("possible duplicate of %1 (%2), registered with the same name and birth date; import "
                              "it again with duplicates accepted if this is a different person")
                               .arg(dup->front().citizenId, dup->front().name));
                    return nullptr;
                }
            }
        }
        // Households: one address per number, exactly one head.
        const std::string_view numberUtf8 = p.value(PersonField::HouseholdNumber);
        const QByteArray number = QByteArray::fromRawData(numberUtf8.data(), static_cast<qsizetype>(numberUtf8.size()));
        HouseholdPlan* found = lastPlan && lastPlan->number == numberUtf8 ? lastPlan : nullptr;
        HouseholdPlan** slot = nullptr; // where a new plan goes
        if (!found) {
            slot = &planByNumber.find(std::hash<std::string_view>{}(numberUtf8),
                                      [&](const HouseholdPlan* known) { return known->number == numberUtf8; });
            found = *slot;
        }
        if (!found) {
            HouseholdPlan plan;
            plan.number = planText.keep(numberUtf8);
            plan.firstLine = row.line;
            plan.district = planText.keep(p.value(PersonField::District));
            plan.address = planText.keep(p.value(PersonField::Address));
            if (!registryEmpty) {
                auto existing = store.householdByNumber(QString::fromUtf8(number));
                if (!existing)
                    return std::unexpected(existing.error());
                if (*existing) {
                    plan.existing = true;
                    plan.district = planText.keep(view((*existing)->district.toUtf8()));
                    plan.address = planText.keep(view((*existing)->address.toUtf8()));
                    plan.id = (*existing)->id;
                    auto counts = store.memberAndHeadCount((*existing)->id);
                    if (!counts)
                        return std::unexpected(counts.error());
                    plan.existingHeads = counts->second;
                }
            }
            found = *slot = &plans.emplace_back(std::move(plan));
        }
        lastPlan = found;
        HouseholdPlan& plan = *found;
        const std::string_view district = p.value(PersonField::District);
        const std::string_view address = p.value(PersonField::Address);
        if (plan.district != district || plan.address != address) {
            const QString number16 = QString::fromUtf8(number);
            const QString where =
                Districts::byCode(toQString(plan.district))->name + QLatin1Char(' ') + toQString(plan.address);
            reject(row, plan.district != district ? QStringLiteral("district") : QStringLiteral("address"),
                   plan.existing ? PersonImporter::tr("household %1 is registered at %2").arg(number16, where)
                                 : PersonImporter::tr("household %1 is at %2 on line %3").arg(number16, where).arg(plan.firstLine));
            return nullptr;
        }
        if (p.value(PersonField::Relation) == view(head)) {
            if (plan.existingHeads > 0 || plan.headLine) {
                reject(row, QStringLiteral("relation"),
                       plan.headLine ? PersonImporter::tr("household %1 already has a head (户主) on line %2")
                                           .arg(QString::fromUtf8(number))
                                           .arg(plan.headLine)
                                     : PersonImporter::tr("household %1 already has a head (户主) in the register")
                                           .arg(QString::fromUtf8(number)));
                return nullptr;
            }
        }
        if (plan.existingHeads == 0 && headless.contains(number)) {
            reject(row, QStringLiteral("relation"),
                   PersonImporter::tr("household %1 has no head (户主): a household needs exactly one").arg(QString::fromUtf8(number)));
            return nullptr;
        }
        if (p.value(PersonField::Relation) == view(head))
            plan.headLine = row.line;
        return &plan;
    };
    // Writes an accepted row (and its household, the first time).
    const auto write = [&](const CheckedRow& row, HouseholdPlan& plan) -> Status {
        const PackedPerson& p = row.person;
        const qint64 id = nextId++;
        const bool isHead = plan.headLine == row.line;
        if (isHead)
            plan.headId = id;
        if (!plan.id) {
            const UuidText uuid = newUuidV7Text(nowMs);
            auto h = writer->insertHousehold(std::string_view(uuid.data(), uuid.size()), p.value(PersonField::HouseholdNumber), plan.district,
                                             plan.address, isHead ? id : 0);
            if (!h)
                return std::unexpected(h.error());
            plan.id = *h;
            plan.headWritten = isHead;
            householdRows.add(plan.id, plan.address);
            if (householdsStaged && householdRows.size() == kRunRows)
                stage->add(QStringLiteral("household_search"), std::exchange(householdRows, {}));
            ++report.householdsCreated;
        }
        if (auto r = writer->insertPerson(id, p, plan.id); !r)
            return fail(r.error().code, r.error().message, r.error().field, row.line);
        const std::string_view image = p.image();
        crypto_generichash_update(&images, reinterpret_cast<const unsigned char*>(image.data()), image.size());
        personRows.add(id, p.searchDocument());
        if (stage && personRows.size() == kRunRows)
            stage->add(QStringLiteral("person_search"), std::exchange(personRows, {}));
        return {};
    };

    for (bool last = false; !last;) {
        Batch batch = queue.pop();
        last = batch.last;
        for (const CheckedRow& row : batch.filled()) {
            ++report.rows;
            if (row.rejection) {
                report.rejected.push_back(*row.rejection);
                continue;
            }
            auto plan = check(row);
            if (!plan)
                return std::unexpected(plan.error());
            if (!*plan)
                continue;
            ++report.imported;
            if (writer)
                if (auto r = write(row, **plan); !r)
                    return std::unexpected(r.error());
        }
        const qint64 position = batch.position;
        queue.recycle(std::move(batch));
        if (cancelled())
            return cancelledError();
        if (options.progress)
            options.progress(position, total);
    }

    QSet<QByteArray> foundHeadless;
    for (const HouseholdPlan& plan : plans)
        if (plan.existingHeads == 0 && plan.headLine == 0 && !headless.contains(toBytes(plan.number)))
            foundHeadless.insert(toBytes(plan.number));
    if (!foundHeadless.isEmpty())
        return foundHeadless; // rolled back: start over
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const ImportRejection& a, const ImportRejection& b) { return a.line < b.line; });
    if (options.dryRun || report.imported == 0)
        return report;

    // The source's hash for the journal entry, on another core while the indexes are built.
    std::future<QString> sourceHash = std::async(std::launch::async, blake2bHex, std::cref(source));
    // Heads that came after their household's first member, then the search rows.
    for (const HouseholdPlan& plan : plans)
        if (plan.headId && !plan.headWritten)
            if (auto r = writer->setHouseholdHead(plan.id, plan.headId); !r)
                return std::unexpected(r.error());
    // The second half of the progress: the deferred indexes of a bulk load up to 70 %, the search
    // indexes to 90 %, then the commit.
    const auto finishing = [&](qint64 percent) {
        if (options.progress)
            options.progress(text.size() + text.size() * percent / 100, total);
    };
    if (bulk) // no cancel check before: a cancel now interrupts the statement (interruptWhen above)
        if (auto r = writer->buildDeferredIndexes(); !r)
            return std::unexpected(r.error());
    finishing(70);
    if (stage) {
        if (!personRows.ids.empty())
            stage->add(QStringLiteral("person_search"), std::exchange(personRows, {}));
        if (householdsStaged && !householdRows.ids.empty())
            stage->add(QStringLiteral("household_search"), std::exchange(householdRows, {}));
        if (auto r = stage->finishInto(db); !r)
            return std::unexpected(r.error());
    }
    for (std::size_t i = 0; i < personRows.size(); ++i) { // not staged
        if ((i & 0x3FFF) == 0) {
            if (cancelled())
                return cancelledError();
            finishing(70 + 15 * static_cast<qint64>(i) / static_cast<qint64>(personRows.size()));
        }
        if (auto r = writer->indexPerson(personRows.ids[i], personRows.document(i)); !r)
            return std::unexpected(r.error());
    }
    if (!householdsStaged)
        for (std::size_t i = 0; i < householdRows.size(); ++i)
            if (auto r = writer->indexHousehold(householdRows.ids[i], householdRows.document(i)); !r)
                return std::unexpected(r.error());
    finishing(90);
    if (cancelled())
        return cancelledError();

    const QJsonObject summary{
        {QStringLiteral("source"), sourceName},
        {QStringLiteral("source_blake2b"), sourceHash.get()},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("rows"), report.rows},
        {QStringLiteral("imported"), report.imported},
        {QStringLiteral("rejected"), static_cast<qint64>(report.rejected.size())},
        {QStringLiteral("households_created"), report.householdsCreated},
        {QStringLiteral("first_person_id"), firstId},
        {QStringLiteral("last_person_id"), nextId - 1},
        {QStringLiteral("images_blake2b"), hex(images)},
    };
    JournalChange change{QStringLiteral("person.import"), QStringLiteral("import"), newUuidV7(now), 1, {}, summary,
                         {}};
    auto appended = ws.journal().append(actor.login, change);
    if (!appended)
        return std::unexpected(appended.error());
    if (*appended != seq)
        return fail(ErrorCode::Failed, PersonImporter::tr("internal error: the journal moved during the import"));
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    report.journalSeq = *appended;
    if (options.progress)
        options.progress(total, total);
    return report;
}

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
    // Households found without a head: their rows can only be turned away once the whole file
    // has been read, when they are already written. Then the import starts over knowing them,
    // which only files with such a household pay for.
    QSet<QByteArray> headless;
    for (;;) {
        auto run = importOnce(m_ws, actor, bytes, *decoded, sourceName, options, headless);
        if (!run && options.cancel && options.cancel->load()) // whichever step the cancel interrupted
            return cancelledError();
        if (!run)
            return std::unexpected(run.error());
        if (run->index() == 0)
            return std::get<0>(std::move(*run));
        headless.unite(std::get<1>(*run));
    }
}

} // namespace hukou::core
