#pragma once

#include "../error.h"
#include "person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>

namespace hukou::core {

// The fields of the persons file (shared/design/CLI.md) and the other card fields a correction may set.
enum class PersonField {
    CitizenId,
    Name,
    Sex,
    BirthDate,
    Ethnicity,
    District,
    Address,
    HouseholdNumber,
    Relation,
    HukouNature,
    MovedInDate,
    MovedInFrom,
    Education,
    MaritalStatus,
    Occupation,
    FormerNature,
    // card fields outside the file format
    FormerNames,
    Birthplace,
    NativePlace,
    MilitaryService,
    Employer,
};

inline constexpr std::size_t kPersonFieldCount = static_cast<std::size_t>(PersonField::Employer) + 1;

// Raw values by field (what a file row or a form gives).
class FieldValues final
{
public:
    void set(PersonField f, QString value) { m_values[static_cast<std::size_t>(f)] = std::move(value); }
    [[nodiscard]] const QString& get(PersonField f) const { return m_values[static_cast<std::size_t>(f)]; }
    void clear() { m_values.fill(QString()); }

private:
    std::array<QString, kPersonFieldCount> m_values;
};

struct FieldSpec
{
    PersonField field;
    QString key;     // canonical English column name
    QString chinese; // accepted alias
    bool required;   // in the import file
    bool inFile;     // part of the import/export format
    int maxLength;   // in characters (code points)
};

// Field names, vocabularies and the validation every path (import, correction, GUI) shares.
class PersonFields final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PersonFields)
public:
    [[nodiscard]] static std::span<const FieldSpec> all();
    [[nodiscard]] static const FieldSpec& spec(PersonField f);
    // The file's columns in export order.
    [[nodiscard]] static QList<PersonField> fileColumns();
    // An English or Chinese column name, exactly (trimmed).
    [[nodiscard]] static std::optional<PersonField> fromName(const QString& name);

    [[nodiscard]] static const QStringList& ethnicities();
    [[nodiscard]] static const QStringList& relations();
    [[nodiscard]] static const QStringList& hukouNatures();   // accepted values; 居民 is the unified one
    [[nodiscard]] static const QStringList& legacyNatures();   // those a conversion turns into 居民
    [[nodiscard]] static const QStringList& maritalStatuses();
    [[nodiscard]] static QString residentNature() { return QStringLiteral("居民"); }
    // The register's own wording of a nature (official text, not translated): 居民 is
    // 广州市居民户口, 农业 is 农业户口 ...; empty stays empty.
    [[nodiscard]] static QString natureText(const QString& nature);

    // Checks and normalises one value (trimmed; district name -> code; M/F -> 男/女; x -> X).
    // An empty value of an optional field is accepted. Errors carry the field's column name.
    [[nodiscard]] static Result<QString> normalize(PersonField f, const QString& value, const QDate& today);

    // Builds a person from normalised values and checks the fields against each other
    // (sex and birth date must agree with the citizen ID). Missing required fields are errors.
    [[nodiscard]] static Result<Person> build(const FieldValues& values, const QDate& today);
    // All fields of a person as values (for re-checking a corrected card).
    [[nodiscard]] static FieldValues values(const Person& p);
    // "YYYY-MM-DD" strictly, or an invalid date.
    [[nodiscard]] static QDate parseDate(QStringView text);
    // "YYYY-MM-DD" for a valid date, "" otherwise (QDate::toString was a bulk-load hot spot).
    [[nodiscard]] static QString formatDate(const QDate& date);

    // Reads a field of a person as its file value.
    [[nodiscard]] static QString value(const Person& p, PersonField f);
    // Sets a field of a person from a normalised value.
    static void assign(Person& p, PersonField f, const QString& normalized);
};

} // namespace hukou::core
