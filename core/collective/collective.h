#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace hukou::core {

// Why a person is enrolled in a public collective household (落户原因).
enum class EnrollReason { Talent, NoAddress, Marriage, Child, Graduate, Transfer, Other };
// Why a member leaves (迁出原因). Transferred is set by the desk itself when an enrollment into
// another collective household ends the previous membership.
enum class LeaveReason { BoughtHome, JoinedRelative, LeftCity, SettledElsewhere, Deceased, Transferred, Other };

// A public collective household (公共集体户): a household row of kind public_collective plus the desk's data.
struct CollectiveHousehold
{
    qint64 id = 0;
    QString uuid;
    qint64 householdId = 0;
    QString number;   // the household number (户号), e.g. 440106JT0001
    QString district; // code
    QString address;  // the household's registered address
    QString name;
    QString street;   // street or town (街/镇)
    int capacity = 0;
    QString manager;
    QString officer; // who set it up
    qint64 version = 0;
    qint64 createdSeq = 0;
    QDateTime createdAt;
    // Counted when listed.
    qint64 members = 0;
    qint64 openLoans = 0;
    qint64 overdueLoans = 0;
};

// One stay of a person in a collective household.
struct CollectiveMembership
{
    qint64 id = 0;
    QString uuid;
    qint64 personId = 0;
    QString citizenId;
    QString personName;
    qint64 collectiveId = 0;
    QString collectiveNumber;
    QString collectiveName;
    EnrollReason reason = EnrollReason::Other;
    QString documents; // the documents seen at enrollment
    QDate enrolledOn;
    qint64 previousHouseholdId = 0;
    QString previousHouseholdNumber;
    QString officer;
    QDate leftOn; // invalid while a member
    std::optional<LeaveReason> leaveReason;
    QString destination;
    QString leftOfficer;
    bool ownsHomeInCity = false;
    qint64 version = 0;
    qint64 createdSeq = 0;

    [[nodiscard]] bool current() const { return !leftOn.isValid(); }
};

// The register page (户口页) lent to a member (户口借用).
struct PageLoan
{
    qint64 id = 0;
    QString uuid;
    QString number; // loan id, e.g. JY2024-000001
    qint64 personId = 0;
    QString citizenId;
    QString personName;
    qint64 collectiveId = 0;
    QString collectiveNumber;
    QString purpose;
    QDate lentOn;
    QDate dueOn;
    QDate returnedOn; // invalid while open
    QString officer;
    QString returnOfficer;
    qint64 version = 0;
    qint64 createdSeq = 0;

    [[nodiscard]] bool open() const { return !returnedOn.isValid(); }
    [[nodiscard]] bool overdue(const QDate& today) const { return open() && dueOn < today; }
};

// Whether a district has the public collective household the policy requires (穗府〔2016〕3号 §(五)).
struct DistrictCoverage
{
    QString code;
    QString name;
    int collectives = 0;
    [[nodiscard]] bool covered() const { return collectives > 0; }
};

class CollectiveVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::CollectiveVocabulary)
public:
    [[nodiscard]] static QString key(EnrollReason r); // "talent", ...
    [[nodiscard]] static std::optional<EnrollReason> enrollReasonFromKey(const QString& key);
    [[nodiscard]] static QString label(EnrollReason r); // translated
    [[nodiscard]] static QStringList enrollKeys();      // those a desk may choose

    [[nodiscard]] static QString key(LeaveReason r);
    [[nodiscard]] static std::optional<LeaveReason> leaveReasonFromKey(const QString& key);
    [[nodiscard]] static QString label(LeaveReason r);
    [[nodiscard]] static QStringList leaveKeys(); // those a desk may choose (not "transferred")
};

} // namespace hukou::core
