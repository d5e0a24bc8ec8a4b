#pragma once

#include "../auth/roles.h"
#include "../error.h"
#include "../journal/journal.h"
#include "person.h"
#include "person_fields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace hukou::core {

class Transaction;
class Workspace;

// A person with everything the detail panel shows.
struct PersonDetail
{
    Person person;
    std::optional<Household> household;
    std::vector<Person> members; // of the household, head first
    std::vector<JournalEntry> history;
};

// Where a new person goes: an existing household by number, or a new family household.
struct Placement
{
    QString householdNumber;
    QString district; // only for a new household
    QString address;  // only for a new household
};

// The registry's operations. Every change checks the acting user's permission, runs in one
// transaction with its journal entry, and refuses edits made on a stale version. The ...In
// variants do the same inside a transaction the caller opened (and commits), so another service
// can make several changes land together (settling an applicant and their family).
class RegistryService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::RegistryService)
public:
    explicit RegistryService(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<Person> find(const Actor& actor, const QString& citizenId) const;
    [[nodiscard]] Result<PersonDetail> detail(const Actor& actor, qint64 personId) const;
    // The household with this number, or nullopt (for forms that place a person in it).
    [[nodiscard]] Result<std::optional<Household>> household(const Actor& actor, const QString& number) const;
    [[nodiscard]] Result<std::vector<Person>> possibleDuplicates(const Actor& actor, const QString& name,
                                                                 const QDate& birthDate,
                                                                 const QString& exceptCitizenId) const;

    // Registers a new person from file-format values. A person whose name and birth date match
    // an active person under another ID is refused (Conflict) unless acceptPossibleDuplicate.
    [[nodiscard]] Result<Person> registerPerson(const Actor& actor, const FieldValues& values,
                                                const QString& reason, bool acceptPossibleDuplicate) const;
    [[nodiscard]] Result<Person> registerPersonIn(const Transaction& open, const Actor& actor,
                                                  const FieldValues& values, const QString& reason,
                                                  bool acceptPossibleDuplicate) const;
    // Corrects fields; `expectedVersion` (when given) detects an edit made on a stale copy.
    // Setting household_number moves the person into that existing household.
    [[nodiscard]] Result<Person> correct(const Actor& actor, const QString& citizenId,
                                         const QHash<PersonField, QString>& changes, const QString& reason,
                                         std::optional<qint64> expectedVersion = {}) const;
    [[nodiscard]] Result<Person> correctIn(const Transaction& open, const Actor& actor, const QString& citizenId,
                                           const QHash<PersonField, QString>& changes, const QString& reason,
                                           std::optional<qint64> expectedVersion = {}) const;
    // Records a move-out, death or cancellation (or reinstates as active).
    [[nodiscard]] Result<Person> setStatus(const Actor& actor, const QString& citizenId, PersonStatus status,
                                           const QString& reason, const QDate& date,
                                           std::optional<qint64> expectedVersion = {}) const;

    [[nodiscard]] Result<Household> createHousehold(const Actor& actor, const QString& number, HouseholdKind kind,
                                                    const QString& district, const QString& address) const;
    [[nodiscard]] Result<Household> createHouseholdIn(const Transaction& open, const Actor& actor,
                                                      const QString& number, HouseholdKind kind,
                                                      const QString& district, const QString& address) const;
    // Makes `newHeadCitizenId` the head; the former head takes `formerHeadRelation`.
    [[nodiscard]] Result<Household> changeHead(const Actor& actor, const QString& householdNumber,
                                               const QString& newHeadCitizenId, const QString& formerHeadRelation,
                                               const QString& reason) const;

    // The journal image of a person (file fields plus card fields and status).
    [[nodiscard]] static QJsonObject image(const Person& p);
    [[nodiscard]] static QJsonObject image(const Household& h);

private:
    [[nodiscard]] Result<Person> load(const QString& citizenId) const;
    // Writes `after` over `before` with a person.* journal entry, inside the open transaction.
    [[nodiscard]] Result<Person> save(const Actor& actor, const Person& before, Person after, const QString& action,
                                      const QString& reason) const;
    [[nodiscard]] Status checkHeadRules(qint64 householdId) const;

    const Workspace& m_ws;
};

} // namespace hukou::core
