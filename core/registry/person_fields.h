#pragma once

#include "../error.h"
#include "person.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

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

    // Checks and normalises one value (trimmed; district name -> code; M/F -> 男/女; x -> X).
    // An empty value of an optional field is accepted. Errors carry the field's column name.
    [[nodiscard]] static Result<QString> normalize(PersonField f, const QString& value, const QDate& today);

    // Builds a person from normalised values and checks the fields against each other
    // (sex and birth date must agree with the citizen ID). Missing required fields are errors.
    [[nodiscard]] static Result<Person> build(const QHash<PersonField, QString>& values, const QDate& today);

    // Reads a field of a person as its file value.
    [[nodiscard]] static QString value(const Person& p, PersonField f);
    // Sets a field of a person from a normalised value.
    static void assign(Person& p, PersonField f, const QString& normalized);
};

} // namespace hukou::core
