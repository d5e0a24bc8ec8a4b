#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>

namespace hukou::core {

// Why a citizen ID number is not valid; each kind has its own message (domain/citizen_id.md).
enum class CitizenIdProblem {
    WrongLength,
    BadCharacters,
    UnknownProvince,
    ImpossibleBirthDate,
    BirthDateOutOfRange,
    ZeroSequence,
    WrongCheckCharacter,
};

enum class Sex { Male, Female };

// A valid 18-character citizen ID number (GB 11643-1999).
class CitizenId final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::CitizenId)
public:
    struct Invalid
    {
        CitizenIdProblem problem;
        QString message; // translated
    };

    // Accepts an 18-character number (a final lowercase x becomes X) or a legacy 15-digit
    // number, which is upgraded to 18. `today` bounds the birth date.
    [[nodiscard]] static std::expected<CitizenId, Invalid> parse(const QString& text, const QDate& today);
    // The value of a number parse() accepted, not checked again.
    [[nodiscard]] static CitizenId fromValid(const QString& valid18) { return CitizenId(valid18, {}); }
    [[nodiscard]] static QChar checkCharacter(QStringView first17);
    // A valid 18-character number as an integer (the 17 digits, then the check character as 0-10),
    // for sets of a million numbers.
    [[nodiscard]] static std::uint64_t key(QStringView valid18);

    [[nodiscard]] const QString& value() const { return m_value; }
    [[nodiscard]] bool upgradedFrom15() const { return !m_original15.isEmpty(); }
    [[nodiscard]] const QString& original15() const { return m_original15; }
    [[nodiscard]] QString addressCode() const { return m_value.left(6); }
    [[nodiscard]] QDate birthDate() const;
    [[nodiscard]] Sex sex() const;
    // First 6 and last 4 characters visible (for published lists).
    [[nodiscard]] QString masked() const;

private:
    CitizenId(QString value, QString original15) : m_value(std::move(value)), m_original15(std::move(original15)) {}
    QString m_value;
    QString m_original15;
};

} // namespace hukou::core
