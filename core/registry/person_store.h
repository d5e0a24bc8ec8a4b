#pragma once

#include "../error.h"
#include "person.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hukou::core {

class Database;
class Statement;

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

    // Inserts; fills id (and keeps the given uuid, version, created_seq, updated_at, origin_device).
    // Bulk paths pass Index::Later and call indexRange() once at the end: FTS5 flushes its
    // pending terms at every statement savepoint, so interleaving index rows with row inserts
    // made each row its own index segment.
    enum class Index { Now, Later };
    [[nodiscard]] Status insertHousehold(Household& h, Index index = Index::Now) const;
    [[nodiscard]] Status insertPerson(Person& p, Index index = Index::Now) const;
    // Adds the search rows of the persons and households with ids in these ranges (inclusive; an
    // empty range is first > last).
    [[nodiscard]] Status indexRange(qint64 firstPerson, qint64 lastPerson, qint64 firstHousehold,
                                    qint64 lastHousehold) const;
    // Writes `after` over the row if its version is still `before.version`; bumps the version.
    // A Conflict error when someone else changed the row first.
    [[nodiscard]] Status updatePerson(const Person& before, Person& after) const;
    [[nodiscard]] Status updateHousehold(const Household& before, Household& after) const;
    // Points a household at its head (bulk paths, where the head is inserted after the household).
    [[nodiscard]] Status setHouseholdHead(qint64 householdId, qint64 headId) const;
    // The active head's id, or 0.
    [[nodiscard]] Result<qint64> activeHeadId(qint64 householdId) const;
    // Active members and how many of them are heads.
    [[nodiscard]] Result<std::pair<qint64, qint64>> memberAndHeadCount(qint64 householdId) const;

    [[nodiscard]] Result<qint64> personCount() const;
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

} // namespace hukou::core
