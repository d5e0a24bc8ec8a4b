#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hukou::core {

enum class PersonStatus { Active, MovedOut, Deceased, Cancelled };
enum class HouseholdKind { Family, Collective, PublicCollective };

// One person's registration card (常住人口登记卡). Codes are stored as the register's own words
// (男/女, 农业, 户主 ...), which is also how the import and export files write them.
struct Person
{
    qint64 id = 0;    // local dense row id
    QString uuid;     // stable across devices
    QString citizenId;
    QString name;
    QString formerNames; // several separated by 、
    QString sex;         // 男 / 女
    QString ethnicity;
    QDate birthDate;
    QString birthplace;
    QString nativePlace;
    QString education;
    QString maritalStatus;
    QString militaryService;
    QString occupation;
    QString employer;
    qint64 householdId = 0;
    QString relation; // to the head: 户主, 配偶, 子 ...
    QDate movedInDate;
    QString movedInFrom;
    QString hukouNature;  // 居民 after unification, or a legacy value
    QString formerNature; // kept for ever once converted
    PersonStatus status = PersonStatus::Active;
    QString statusReason;
    QDate statusDate;
    qint64 version = 0;
    qint64 createdSeq = 0;
    QDateTime updatedAt;
    QString originDevice;

    // From the household, for display and export.
    QString householdNumber;
    QString district;
    QString address;
};

struct Household
{
    qint64 id = 0;
    QString uuid;
    QString number; // 户号
    HouseholdKind kind = HouseholdKind::Family;
    QString district;
    QString address;
    qint64 headId = 0;
    bool active = true;
    qint64 version = 0;
    qint64 createdSeq = 0;
    QDateTime updatedAt;
};

// Short lists for the result table, without the whole card.
struct PersonSummary
{
    qint64 id = 0;
    QString citizenId;
    QString name;
    QString sex;
    QDate birthDate;
    QString district;
    QString address;
    QString householdNumber;
    QString hukouNature;
    PersonStatus status = PersonStatus::Active;
};

[[nodiscard]] QString statusKey(PersonStatus s);
[[nodiscard]] std::optional<PersonStatus> statusFromKey(const QString& key);
[[nodiscard]] QString statusLabel(PersonStatus s); // translated
[[nodiscard]] QString householdKindKey(HouseholdKind k);
[[nodiscard]] std::optional<HouseholdKind> householdKindFromKey(const QString& key);
[[nodiscard]] QString householdKindLabel(HouseholdKind k); // translated

} // namespace hukou::core
