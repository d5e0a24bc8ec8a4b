#pragma once

#include "../error.h"
#include "collective.h"

#include <optional>
#include <vector>

namespace hukou::core {

class Database;

// Where the collective desk's SQL lives (collective_household, collective_membership, page_loan).
// No permissions, no journal: CollectiveService calls it inside its transactions.
class CollectiveStore final
{
public:
    explicit CollectiveStore(const Database& db) : m_db(db) {}

    [[nodiscard]] Status insertCollective(CollectiveHousehold& c) const;
    [[nodiscard]] Result<std::optional<CollectiveHousehold>> collectiveByNumber(const QString& number) const;
    [[nodiscard]] Result<std::optional<CollectiveHousehold>> collectiveById(qint64 id) const;
    // With member and loan counts; all districts when `district` is empty; in number order.
    [[nodiscard]] Result<std::vector<CollectiveHousehold>> list(const QString& district, const QDate& today) const;
    // The highest 4-digit sequence used by numbers "<district>JT####", or 0.
    [[nodiscard]] Result<int> lastSequence(const QString& district) const;
    // Collective households per district code.
    [[nodiscard]] Result<std::vector<std::pair<QString, int>>> countsByDistrict() const;

    [[nodiscard]] Status insertMembership(CollectiveMembership& m) const;
    // Ends (or otherwise rewrites) a membership if its version is still `before.version`.
    [[nodiscard]] Status updateMembership(const CollectiveMembership& before, CollectiveMembership& after) const;
    [[nodiscard]] Result<std::optional<CollectiveMembership>> currentMembership(qint64 personId) const;
    // Newest first.
    [[nodiscard]] Result<std::vector<CollectiveMembership>> memberships(qint64 personId) const;
    [[nodiscard]] Result<std::vector<CollectiveMembership>> currentMembers(qint64 collectiveId) const;
    [[nodiscard]] Result<qint64> currentMemberCount(qint64 collectiveId) const;
    [[nodiscard]] Result<std::vector<CollectiveMembership>> homeOwners(const QString& district) const;

    [[nodiscard]] Status insertLoan(PageLoan& l) const;
    [[nodiscard]] Status updateLoan(const PageLoan& before, PageLoan& after) const;
    [[nodiscard]] Result<std::optional<PageLoan>> loanByNumber(const QString& number) const;
    [[nodiscard]] Result<std::optional<PageLoan>> openLoan(qint64 personId) const;
    [[nodiscard]] Result<std::vector<PageLoan>> loans(qint64 personId) const; // newest first
    [[nodiscard]] Result<std::vector<PageLoan>> overdue(const QDate& today, const QString& district) const;
    // The highest 6-digit sequence used by loan numbers "JY<year>-######", or 0.
    [[nodiscard]] Result<int> lastLoanSequence(int year) const;

private:
    const Database& m_db;
};

} // namespace hukou::core
