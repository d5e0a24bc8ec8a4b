#pragma once

#include "../auth/roles.h"
#include "../error.h"
#include "../registry/person.h"
#include "../registry/person_fields.h"
#include "collective.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace hukou::core {

class Transaction;
class Workspace;

// What the desk needs to set up a public collective household.
struct NewCollective
{
    QString district; // code or name
    QString name;     // e.g. 冼村街公共集体户
    QString address;  // the registered address
    QString street;   // street or town (街/镇), optional
    int capacity = 500;
    QString manager; // optional: the dedicated staff member
};

// One person as the desk sees them: the card, the current membership (if any), all memberships
// (newest first) and all register-page loans (newest first).
struct CollectiveStatus
{
    Person person;
    std::optional<CollectiveMembership> current;
    std::vector<CollectiveMembership> history;
    std::vector<PageLoan> loans;
    [[nodiscard]] const PageLoan* openLoan() const;
};

// A loan with what its slip prints.
struct LoanRecord
{
    PageLoan loan;
    CollectiveHousehold collective;
    Person person;
};

// The public collective household desk (domain/collective.md). Every change checks the acting user's
// permission (CollectiveDesk; reads: ReadCollective), runs in one transaction with its journal
// entries, and leaves the registry consistent:
// - a person is in at most one household: enrolling moves person.household_id into the collective
//   household in the same transaction (relation 非亲属; a public collective household has no 户主,
//   see RegistryService::checkHeadRules), and ends a membership in another collective household;
// - capacity counts current memberships;
// - leaving: left_city / settled_elsewhere make the person moved_out and deceased makes them
//   deceased (their last household stays on the card); bought_home / joined_relative / other with
//   a household number in `destination` move them into that household (as its 户主 when it has no
//   active member, else as 其他); other with a free-text destination makes them moved_out;
// - loans: only for current members, one open loan at a time, due after today; a member with an
//   open loan cannot leave until it is returned.
class CollectiveService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::CollectiveService)
public:
    explicit CollectiveService(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<CollectiveHousehold> create(const Actor& actor, const NewCollective& spec) const;
    [[nodiscard]] Result<CollectiveMembership> enroll(const Actor& actor, const QString& citizenId,
                                                      const QString& collectiveNumber, EnrollReason reason,
                                                      const QString& documents = {}) const;
    // The same inside a transaction the caller opened and commits.
    [[nodiscard]] Result<CollectiveMembership> enrollIn(const Transaction& open, const Actor& actor,
                                                        const QString& citizenId, const QString& collectiveNumber,
                                                        EnrollReason reason, const QString& documents = {}) const;
    // Registers a person new to the register straight into a collective household (its number, district and
    // address; relation 非亲属 and nature 居民 unless given) and enrolls them, inside the caller's transaction.
    // `why` is the registration's journal reason.
    [[nodiscard]] Result<CollectiveMembership> registerIn(const Transaction& open, const Actor& actor,
                                                          FieldValues values, const QString& collectiveNumber,
                                                          EnrollReason reason, const QString& documents,
                                                          const QString& why) const;
    // Registers a newborn into the collective household of a parent who is a current member. When
    // `otherParentCitizenId` names an active person in a family household, the child belongs there
    // (register rule) and this is refused. Relation defaults to 非亲属.
    [[nodiscard]] Result<CollectiveMembership> registerNewborn(const Actor& actor, const QString& parentCitizenId,
                                                               FieldValues child, const QString& documents,
                                                               const QString& otherParentCitizenId = {}) const;
    [[nodiscard]] Result<CollectiveMembership> leave(const Actor& actor, const QString& citizenId, LeaveReason reason,
                                                     const QString& destination = {}) const;
    [[nodiscard]] Result<PageLoan> lend(const Actor& actor, const QString& citizenId, const QString& purpose,
                                        const QDate& due) const;
    [[nodiscard]] Result<PageLoan> giveBack(const Actor& actor, const QString& loanNumber) const;
    [[nodiscard]] Result<CollectiveMembership> setOwnsHome(const Actor& actor, const QString& citizenId,
                                                           bool ownsHome) const;

    // A loan for its printed slip; printing is journaled (personal data leaves the database).
    [[nodiscard]] Result<LoanRecord> loanForPrint(const Actor& actor, const QString& loanNumber) const;

    // Persons by name, former name, partial ID or address (the registry's search), best first: the desk's
    // name search.
    [[nodiscard]] Result<std::vector<PersonSummary>> findPersons(const Actor& actor, const QString& text,
                                                                 int limit = 20) const;
    [[nodiscard]] Result<CollectiveStatus> status(const Actor& actor, const QString& citizenId) const;
    [[nodiscard]] Result<std::vector<CollectiveHousehold>> list(const Actor& actor, const QString& district = {}) const;
    [[nodiscard]] Result<CollectiveHousehold> household(const Actor& actor, const QString& number) const;
    [[nodiscard]] Result<std::vector<CollectiveMembership>> members(const Actor& actor, const QString& number) const;
    [[nodiscard]] Result<std::vector<PageLoan>> overdue(const Actor& actor, const QString& district = {}) const;
    [[nodiscard]] Result<std::vector<CollectiveMembership>> homeOwners(const Actor& actor,
                                                                       const QString& district = {}) const;
    // Every current district with its number of public collective households.
    [[nodiscard]] Result<std::vector<DistrictCoverage>> coverage(const Actor& actor) const;

    [[nodiscard]] QDate today() const;
    [[nodiscard]] static QJsonObject image(const CollectiveHousehold& c);
    [[nodiscard]] static QJsonObject image(const CollectiveMembership& m);
    [[nodiscard]] static QJsonObject image(const PageLoan& l);

private:
    // Moves `person` into `collective` and records the membership, inside the open transaction.
    [[nodiscard]] Result<CollectiveMembership> enrollLocked(const Actor& actor, const Person& person,
                                                            const CollectiveHousehold& collective, EnrollReason reason,
                                                            const QString& documents) const;
    [[nodiscard]] Result<Person> loadPerson(const QString& citizenId) const;
    // The loan with this number (JY2024-000001, any case), or NotFound.
    [[nodiscard]] Result<PageLoan> loadLoan(const QString& loanNumber) const;
    [[nodiscard]] Result<CollectiveHousehold> loadCollective(const QString& number) const;
    // Keeps household.head_id in step and refuses a family household left without a head.
    [[nodiscard]] Status settleHousehold(qint64 householdId) const;
    [[nodiscard]] Status journalPerson(const Actor& actor, const QString& action, const Person& before,
                                       const Person& after, const QString& reason) const;

    const Workspace& m_ws;
};

} // namespace hukou::core
