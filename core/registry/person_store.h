#pragma once

#include "../error.h"
#include "../storage/database.h"
#include "person.h"
#include "person_fields.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hukou::core {

// Where the registry's SQL lives: persons, households and their search index. No permissions,
// no journal: services call it inside their transactions. Prepared statements are reused, so a
// store is cheap to call in bulk (imports) and must stay on its connection's thread.
class PersonStore final
{
public:
    explicit PersonStore(const Database& db);
    ~PersonStore();
    PersonStore(const PersonStore&) = delete;
    PersonStore& operator=(const PersonStore&) = delete;

    [[nodiscard]] Result<std::optional<Person>> byCitizenId(const QString& citizenId) const;
    [[nodiscard]] Result<std::optional<Person>> byId(qint64 id) const;
    [[nodiscard]] Result<std::optional<Person>> byUuid(const QString& uuid) const;
    [[nodiscard]] Result<bool> citizenIdExists(const QString& citizenId) const;
    [[nodiscard]] Result<std::vector<Person>> members(qint64 householdId) const;
    // Active persons with this name and birth date (possible duplicates).
    [[nodiscard]] Result<std::vector<Person>> sameNameAndBirth(const QString& name, const QDate& birth) const;

    [[nodiscard]] Result<std::optional<Household>> householdByNumber(const QString& number) const;
    [[nodiscard]] Result<std::optional<Household>> householdById(qint64 id) const;

    // Inserts with the search row; fills id (and keeps the given uuid, version, created_seq,
    // updated_at, origin_device). Bulk loads use PersonBulkWriter instead.
    [[nodiscard]] Status insertHousehold(Household& h) const;
    [[nodiscard]] Status insertPerson(Person& p) const;
    // Writes `after` over the row if its version is still `before.version`; bumps the version.
    // A Conflict error when someone else changed the row first.
    [[nodiscard]] Status updatePerson(const Person& before, Person& after) const;
    [[nodiscard]] Status updateHousehold(const Household& before, Household& after) const;
    // The active head's id, or 0.
    [[nodiscard]] Result<qint64> activeHeadId(qint64 householdId) const;
    // Active members and how many of them are heads.
    [[nodiscard]] Result<std::pair<qint64, qint64>> memberAndHeadCount(qint64 householdId) const;

    [[nodiscard]] Result<qint64> personCount() const;
    [[nodiscard]] Result<qint64> householdCount() const;
    [[nodiscard]] Result<qint64> maxPersonId() const;
    // Summaries of persons with ids in [firstId, firstId + count), in id order.
    [[nodiscard]] Result<std::vector<PersonSummary>> summariesFrom(qint64 firstId, int count) const;
    [[nodiscard]] Result<std::vector<PersonSummary>> summaries(const std::vector<qint64>& ids) const;

    // Persons in file order for export (optionally one district), in citizen-ID order, keyset-paged.
    [[nodiscard]] Result<std::vector<Person>> exportPage(const QString& district, const QString& afterCitizenId,
                                                         int limit) const;

    // The prepared statement for `sql`, created once per store.
    [[nodiscard]] Result<Statement*> statement(const QString& sql) const;

    [[nodiscard]] const Database& db() const { return m_db; }

private:
    struct Cache;
    const Database& m_db;
    std::unique_ptr<Cache> m_cache;
};

// A validated person as a bulk load keeps it: the uuid and the file's columns as UTF-8 back to
// back, each ended by 0x1F and the last by a line feed (the "image" an import hashes into its
// journal entry), then the person's search document. One allocation per person, and the writer
// binds the bytes as they are, without QString round trips. Columns outside the file are empty.
class PackedPerson final
{
public:
    PackedPerson() = default;
    PackedPerson(std::string_view uuid, const Person& p) { assign(uuid, p); }
    // Packs another person into the same bytes (a reader reusing its rows allocates nothing).
    void assign(std::string_view uuid, const Person& p);

    [[nodiscard]] std::string_view uuid() const { return part(0); }
    // A column of the persons file (PersonFields::fileColumns()), as export writes it.
    [[nodiscard]] std::string_view value(PersonField f) const
    {
        Q_ASSERT(static_cast<std::size_t>(f) < kFileColumns);
        return part(1 + static_cast<std::size_t>(f));
    }
    [[nodiscard]] std::string_view image() const { return std::string_view(m_bytes).substr(0, m_ends[kFileColumns] + 1); }
    [[nodiscard]] std::string_view searchDocument() const { return part(kFileColumns + 1); }

private:
    // The file's columns are the first fields of PersonField, in file order.
    static constexpr std::size_t kFileColumns = static_cast<std::size_t>(PersonField::FormerNature) + 1;
    [[nodiscard]] std::string_view part(std::size_t i) const
    {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1] + 1;
        return std::string_view(m_bytes).substr(begin, m_ends[i] - begin);
    }
    std::string m_bytes;
    std::array<std::uint32_t, kFileColumns + 2> m_ends{}; // end of the uuid, each column, the document
};

// The writes of a bulk load (imports), prepared once and bound straight from packed UTF-8.
// Person ids are given by the caller, so a household can name its head before the head's row is
// written. Search rows must come after all row inserts, in id order: FTS5 flushes its pending
// terms at every statement savepoint and at every rowid that is not increasing, so interleaving
// them with row inserts made each row its own index segment.
class PersonBulkWriter final
{
public:
    // The rows get this created_seq, and no updated_at or origin device of their own (''): the
    // journal entry `createdSeq` says when and where they were made, and PersonStore's reads take
    // both from it until a row is changed. That leaves 60 bytes of every person row unwritten (a
    // seventh of a million-person load).
    [[nodiscard]] static Result<PersonBulkWriter> prepare(const Database& db, qint64 createdSeq);

    // The id the next person will get (persons are never deleted, so ids are dense).
    [[nodiscard]] Result<qint64> nextPersonId() const;
    // A new family household; headId 0 when its head comes later (setHouseholdHead). Returns its id.
    [[nodiscard]] Result<qint64> insertHousehold(std::string_view uuid, std::string_view number,
                                                 std::string_view district, std::string_view address, qint64 headId);
    [[nodiscard]] Status insertPerson(qint64 id, const PackedPerson& p, qint64 householdId);
    [[nodiscard]] Status setHouseholdHead(qint64 householdId, qint64 headId);
    [[nodiscard]] Status indexPerson(qint64 id, std::string_view searchDocument);
    [[nodiscard]] Status indexHousehold(qint64 id, std::string_view address);

    // For a load into an empty register, inside its transaction. deferIndexes() drops every index of
    // person and household, so rows are appended without touching a B-tree per key;
    // buildDeferredIndexes() builds each index once, by sorting. (The search indexes of such a load
    // are built apart: SearchIndexStage.) A duplicate key the checks let through fails the build, and
    // with it the whole load.
    [[nodiscard]] Status deferIndexes();
    [[nodiscard]] Status buildDeferredIndexes();

private:
    PersonBulkWriter() = default;
    const Database* m_db = nullptr;
    Statement m_household;
    Statement m_person;
    Statement m_head;
    Statement m_personSearch;
    Statement m_householdSearch;
    QStringList m_deferredIndexes; // their CREATE statements
    qint64 m_createdSeq = 0;
};

} // namespace hukou::core
