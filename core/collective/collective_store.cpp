#include "collective_store.h"

#include "../storage/database.h"

namespace hukou::core {

namespace {

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// NOT NULL text columns: a null QString would bind NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QDate date(const Statement& st, int column)
{
    return st.isNull(column) ? QDate() : QDate::fromString(st.text(column), Qt::ISODate);
}

const QString kCollectiveSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.household_id, h.number, h.district, h.address, c.name, c.street, c.capacity, c.manager, "
    "c.officer, c.version, c.created_at FROM collective_household c JOIN household h ON h.id = c.household_id ");

CollectiveHousehold readCollective(const Statement& st)
{
    CollectiveHousehold c;
    c.id = st.integer(0);
    c.uuid = st.text(1);
    c.householdId = st.integer(2);
    c.number = st.text(3);
    c.district = st.text(4);
    c.address = st.text(5);
    c.name = st.text(6);
    c.street = st.text(7);
    c.capacity = static_cast<int>(st.integer(8));
    c.manager = st.text(9);
    c.officer = st.text(10);
    c.version = st.integer(11);
    c.createdAt = QDateTime::fromString(st.text(12), Qt::ISODateWithMs);
    return c;
}

const QString kMembershipSelect = QStringLiteral(
    "SELECT m.id, m.uuid, m.person_id, p.citizen_id, p.name, m.collective_id, h.number, c.name, m.reason, m.documents, "
    "m.enrolled_on, coalesce(ph.number, ''), m.officer, m.left_on, m.leave_reason, m.destination, m.left_officer, "
    "m.owns_home_in_city, m.version FROM collective_membership m JOIN person p ON p.id = m.person_id "
    "JOIN collective_household c ON c.id = m.collective_id JOIN household h ON h.id = c.household_id "
    "LEFT JOIN household ph ON ph.id = m.previous_household_id ");

CollectiveMembership readMembership(const Statement& st)
{
    CollectiveMembership m;
    m.id = st.integer(0);
    m.uuid = st.text(1);
    m.personId = st.integer(2);
    m.citizenId = st.text(3);
    m.personName = st.text(4);
    m.collectiveId = st.integer(5);
    m.collectiveNumber = st.text(6);
    m.collectiveName = st.text(7);
    m.reason = CollectiveVocabulary::enrollReasonFromKey(st.text(8)).value_or(EnrollReason::Other);
    m.documents = st.text(9);
    m.enrolledOn = date(st, 10);
    m.previousHouseholdNumber = st.text(11);
    m.officer = st.text(12);
    m.leftOn = date(st, 13);
    if (!st.isNull(14))
        m.leaveReason = CollectiveVocabulary::leaveReasonFromKey(st.text(14));
    m.destination = st.text(15);
    m.leftOfficer = st.text(16);
    m.ownsHomeInCity = st.integer(17) != 0;
    m.version = st.integer(18);
    return m;
}

const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, l.uuid, l.loan_number, l.person_id, p.citizen_id, p.name, l.collective_id, h.number, l.purpose, "
    "l.lent_on, l.due_on, l.returned_on, l.officer, l.return_officer, l.version FROM page_loan l "
    "JOIN person p ON p.id = l.person_id JOIN collective_household c ON c.id = l.collective_id "
    "JOIN household h ON h.id = c.household_id ");

PageLoan readLoan(const Statement& st)
{
    PageLoan l;
    l.id = st.integer(0);
    l.uuid = st.text(1);
    l.number = st.text(2);
    l.personId = st.integer(3);
    l.citizenId = st.text(4);
    l.personName = st.text(5);
    l.collectiveId = st.integer(6);
    l.collectiveNumber = st.text(7);
    l.purpose = st.text(8);
    l.lentOn = date(st, 9);
    l.dueOn = date(st, 10);
    l.returnedOn = date(st, 11);
    l.officer = st.text(12);
    l.returnOfficer = st.text(13);
    l.version = st.integer(14);
    return l;
}

template <typename T, typename Read>
Result<std::vector<T>> collect(Statement& st, Read read)
{
    std::vector<T> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(read(st));
    }
    return out;
}

template <typename T, typename Read>
Result<std::optional<T>> first(Statement& st, Read read)
{
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<T>{};
    return std::optional<T>(read(st));
}

Result<qint64> scalar(Statement& st)
{
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st.integer(0) : 0;
}

} // namespace

#define HUKOU_PREPARE(var, sql)                                                                                      \
    auto var##_r = m_db.prepare(sql);                                                                                \
    if (!var##_r)                                                                                                    \
        return std::unexpected(var##_r.error());                                                                     \
    Statement& var = *var##_r

Status CollectiveStore::insertCollective(CollectiveHousehold& c) const
{
    HUKOU_PREPARE(st, QStringLiteral("INSERT INTO collective_household (uuid, household_id, name, street, capacity, "
                                     "manager, officer, version, created_seq, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, c.uuid)
        .bind(2, c.householdId)
        .bind(3, c.name)
        .bind(4, nn(c.street))
        .bind(5, c.capacity)
        .bind(6, nn(c.manager))
        .bind(7, c.officer)
        .bind(8, c.version)
        .bind(9, c.createdSeq)
        .bind(10, c.createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (auto r = st.exec(); !r)
        return r;
    c.id = m_db.lastInsertRowId();
    return {};
}

Result<std::optional<CollectiveHousehold>> CollectiveStore::collectiveByNumber(const QString& number) const
{
    HUKOU_PREPARE(st, kCollectiveSelect + QStringLiteral("WHERE h.number = ?"));
    st.bind(1, number);
    return first<CollectiveHousehold>(st, readCollective);
}

Result<std::optional<CollectiveHousehold>> CollectiveStore::collectiveById(qint64 id) const
{
    HUKOU_PREPARE(st, kCollectiveSelect + QStringLiteral("WHERE c.id = ?"));
    st.bind(1, id);
    return first<CollectiveHousehold>(st, readCollective);
}

Result<std::vector<CollectiveHousehold>> CollectiveStore::list(const QString& district, const QDate& today) const
{
    HUKOU_PREPARE(st, QStringLiteral("SELECT c.id, c.uuid, c.household_id, h.number, h.district, h.address, c.name, "
                                     "c.street, c.capacity, c.manager, c.officer, c.version, c.created_at, "
                                     "(SELECT count(*) FROM collective_membership m WHERE m.collective_id = c.id AND "
                                     "m.left_on IS NULL), "
                                     "(SELECT count(*) FROM page_loan l WHERE l.collective_id = c.id AND "
                                     "l.returned_on IS NULL), "
                                     "(SELECT count(*) FROM page_loan l WHERE l.collective_id = c.id AND "
                                     "l.returned_on IS NULL AND l.due_on < ?1) "
                                     "FROM collective_household c CROSS JOIN household h ON h.id = c.household_id "
                                     "WHERE ?2 = '' OR h.district = ?2 ORDER BY h.number"));
    st.bind(1, iso(today)).bind(2, district.isNull() ? QString(QLatin1String("")) : district);
    return collect<CollectiveHousehold>(st, [](const Statement& s) {
        CollectiveHousehold c = readCollective(s);
        c.members = s.integer(13);
        c.openLoans = s.integer(14);
        c.overdueLoans = s.integer(15);
        return c;
    });
}

Result<int> CollectiveStore::lastSequence(const QString& district) const
{
    HUKOU_PREPARE(st, QStringLiteral("SELECT coalesce(max(CAST(substr(number, ?1) AS INTEGER)), 0) FROM household "
                                     "WHERE number GLOB ?2"));
    const QString prefix = district + QStringLiteral("JT");
    st.bind(1, static_cast<qint64>(prefix.size() + 1)).bind(2, prefix + QStringLiteral("[0-9][0-9][0-9][0-9]"));
    auto v = scalar(st);
    if (!v)
        return std::unexpected(v.error());
    return static_cast<int>(*v);
}

Result<std::vector<std::pair<QString, int>>> CollectiveStore::countsByDistrict() const
{
    // CROSS JOIN keeps the few collective households as the outer loop (not a scan of every household).
    HUKOU_PREPARE(st, QStringLiteral("SELECT h.district, count(*) FROM collective_household c CROSS JOIN household h "
                                     "ON h.id = c.household_id WHERE h.status = 'active' GROUP BY h.district"));
    return collect<std::pair<QString, int>>(
        st, [](const Statement& s) { return std::pair<QString, int>(s.text(0), static_cast<int>(s.integer(1))); });
}

Status CollectiveStore::insertMembership(CollectiveMembership& m) const
{
    HUKOU_PREPARE(st, QStringLiteral("INSERT INTO collective_membership (uuid, person_id, collective_id, reason, "
                                     "documents, enrolled_on, previous_household_id, officer, owns_home_in_city, "
                                     "version, created_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, m.uuid)
        .bind(2, m.personId)
        .bind(3, m.collectiveId)
        .bind(4, CollectiveVocabulary::key(m.reason))
        .bind(5, nn(m.documents))
        .bind(6, iso(m.enrolledOn))
        .bind(7, m.previousHouseholdId ? std::optional<qint64>(m.previousHouseholdId) : std::nullopt)
        .bind(8, m.officer)
        .bind(9, m.ownsHomeInCity)
        .bind(10, m.version)
        .bind(11, m.createdSeq);
    if (auto r = st.exec(); !r)
        return r;
    m.id = m_db.lastInsertRowId();
    return {};
}

Status CollectiveStore::updateMembership(const CollectiveMembership& before, CollectiveMembership& after) const
{
    HUKOU_PREPARE(st, QStringLiteral("UPDATE collective_membership SET documents = ?, left_on = ?, leave_reason = ?, "
                                     "destination = ?, left_officer = ?, owns_home_in_city = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
    st.bind(1, nn(after.documents))
        .bind(2, iso(after.leftOn))
        .bind(3, after.leaveReason ? CollectiveVocabulary::key(*after.leaveReason) : QString())
        .bind(4, nn(after.destination))
        .bind(5, nn(after.leftOfficer))
        .bind(6, after.ownsHomeInCity)
        .bind(7, before.id)
        .bind(8, before.version);
    if (auto r = st.exec(); !r)
        return r;
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict, QCoreApplication::translate("hukou::core::CollectiveStore",
                                                                     "the membership was changed by someone else in "
                                                                     "the meantime; reload and try again"));
    after.version = before.version + 1;
    return {};
}

Result<std::optional<CollectiveMembership>> CollectiveStore::currentMembership(qint64 personId) const
{
    HUKOU_PREPARE(st, kMembershipSelect + QStringLiteral("WHERE m.person_id = ? AND m.left_on IS NULL"));
    st.bind(1, personId);
    return first<CollectiveMembership>(st, readMembership);
}

Result<std::vector<CollectiveMembership>> CollectiveStore::memberships(qint64 personId) const
{
    HUKOU_PREPARE(st, kMembershipSelect + QStringLiteral("WHERE m.person_id = ? ORDER BY m.id DESC"));
    st.bind(1, personId);
    return collect<CollectiveMembership>(st, readMembership);
}

Result<std::vector<CollectiveMembership>> CollectiveStore::currentMembers(qint64 collectiveId) const
{
    HUKOU_PREPARE(st, kMembershipSelect + QStringLiteral("WHERE m.collective_id = ? AND m.left_on IS NULL ORDER BY "
                                                         "m.enrolled_on, m.id"));
    st.bind(1, collectiveId);
    return collect<CollectiveMembership>(st, readMembership);
}

Result<qint64> CollectiveStore::currentMemberCount(qint64 collectiveId) const
{
    HUKOU_PREPARE(st, QStringLiteral("SELECT count(*) FROM collective_membership WHERE collective_id = ? AND left_on "
                                     "IS NULL"));
    st.bind(1, collectiveId);
    return scalar(st);
}

Result<std::vector<CollectiveMembership>> CollectiveStore::homeOwners(const QString& district) const
{
    HUKOU_PREPARE(st, kMembershipSelect + QStringLiteral("WHERE m.left_on IS NULL AND m.owns_home_in_city = 1 AND "
                                                         "(?1 = '' OR h.district = ?1) ORDER BY h.number, m.id"));
    st.bind(1, district.isNull() ? QString(QLatin1String("")) : district);
    return collect<CollectiveMembership>(st, readMembership);
}

Status CollectiveStore::insertLoan(PageLoan& l) const
{
    HUKOU_PREPARE(st, QStringLiteral("INSERT INTO page_loan (uuid, loan_number, person_id, collective_id, purpose, "
                                     "lent_on, due_on, officer, version, created_seq) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, l.uuid)
        .bind(2, l.number)
        .bind(3, l.personId)
        .bind(4, l.collectiveId)
        .bind(5, l.purpose)
        .bind(6, iso(l.lentOn))
        .bind(7, iso(l.dueOn))
        .bind(8, l.officer)
        .bind(9, l.version)
        .bind(10, l.createdSeq);
    if (auto r = st.exec(); !r)
        return r;
    l.id = m_db.lastInsertRowId();
    return {};
}

Status CollectiveStore::updateLoan(const PageLoan& before, PageLoan& after) const
{
    HUKOU_PREPARE(st, QStringLiteral("UPDATE page_loan SET returned_on = ?, return_officer = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
    st.bind(1, iso(after.returnedOn)).bind(2, nn(after.returnOfficer)).bind(3, before.id).bind(4, before.version);
    if (auto r = st.exec(); !r)
        return r;
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict, QCoreApplication::translate("hukou::core::CollectiveStore",
                                                                     "loan %1 was changed by someone else in the "
                                                                     "meantime; reload and try again")
                                             .arg(before.number));
    after.version = before.version + 1;
    return {};
}

Result<std::optional<PageLoan>> CollectiveStore::loanByNumber(const QString& number) const
{
    HUKOU_PREPARE(st, kLoanSelect + QStringLiteral("WHERE l.loan_number = ?"));
    st.bind(1, number);
    return first<PageLoan>(st, readLoan);
}

Result<std::optional<PageLoan>> CollectiveStore::openLoan(qint64 personId) const
{
    HUKOU_PREPARE(st, kLoanSelect + QStringLiteral("WHERE l.person_id = ? AND l.returned_on IS NULL"));
    st.bind(1, personId);
    return first<PageLoan>(st, readLoan);
}

Result<std::vector<PageLoan>> CollectiveStore::loans(qint64 personId) const
{
    HUKOU_PREPARE(st, kLoanSelect + QStringLiteral("WHERE l.person_id = ? ORDER BY l.id DESC"));
    st.bind(1, personId);
    return collect<PageLoan>(st, readLoan);
}

Result<std::vector<PageLoan>> CollectiveStore::overdue(const QDate& today, const QString& district) const
{
    HUKOU_PREPARE(st, kLoanSelect + QStringLiteral("WHERE l.returned_on IS NULL AND l.due_on < ?1 AND "
                                                   "(?2 = '' OR h.district = ?2) ORDER BY l.due_on, l.id"));
    st.bind(1, iso(today)).bind(2, district.isNull() ? QString(QLatin1String("")) : district);
    return collect<PageLoan>(st, readLoan);
}

Result<int> CollectiveStore::lastLoanSequence(int year) const
{
    HUKOU_PREPARE(st, QStringLiteral("SELECT coalesce(max(CAST(substr(loan_number, ?1) AS INTEGER)), 0) FROM page_loan "
                                     "WHERE loan_number GLOB ?2"));
    const QString prefix = QStringLiteral("JY%1-").arg(year);
    st.bind(1, static_cast<qint64>(prefix.size() + 1)).bind(2, prefix + QStringLiteral("[0-9]*"));
    auto v = scalar(st);
    if (!v)
        return std::unexpected(v.error());
    return static_cast<int>(*v);
}

} // namespace hukou::core
