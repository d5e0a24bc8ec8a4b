#include "citizen_id.h"

#include <array>

namespace hukou::core {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[] = "10X98765432";

bool knownProvince(int p)
{
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46) ||
           (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82;
}

// yyyyMMdd from digits (already checked to be digits).
QDate birthFrom(QStringView id)
{
    const auto num = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i)
            v = v * 10 + (id[i].unicode() - u'0');
        return v;
    };
    return QDate(num(6, 4), num(10, 2), num(12, 2));
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

std::uint64_t CitizenId::key(QStringView valid18)
{
    Q_ASSERT(valid18.size() == 18);
    std::uint64_t k = 0;
    for (qsizetype i = 0; i < 17; ++i)
        k = k * 10 + static_cast<std::uint64_t>(valid18[i].unicode() - u'0');
    const char16_t check = valid18[17].unicode();
    return k * 11 + (check == u'X' ? 10 : static_cast<std::uint64_t>(check - u'0'));
}

QChar CitizenId::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17[static_cast<qsizetype>(i)].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

std::expected<CitizenId, CitizenId::Invalid> CitizenId::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed();
    const auto bad = [](CitizenIdProblem p, QString m) { return std::unexpected(Invalid{p, std::move(m)}); };

    QString id = text;
    QString original15;
    if (text.size() == 15) {
        if (!allDigits(text))
            return bad(CitizenIdProblem::BadCharacters, tr("a 15-digit number may contain digits only"));
        original15 = text;
        id = text.left(6) + QStringLiteral("19") + text.mid(6);
    } else if (text.size() == 18) {
        if (!allDigits(QStringView(text).left(17)) ||
            !(text[17].isDigit() || text[17] == QLatin1Char('X') || text[17] == QLatin1Char('x')) ||
            text[17].unicode() > 127)
            return bad(CitizenIdProblem::BadCharacters,
                       tr("only digits are allowed, and X as the last character"));
        id = text.left(17) + text[17].toUpper();
    } else {
        return bad(CitizenIdProblem::WrongLength,
                   tr("a citizen ID has 18 characters (or 15 digits for an old number), this one has %n", "",
                      static_cast<int>(text.size())));
    }

    if (!knownProvince(id.left(2).toInt()))
        return bad(CitizenIdProblem::UnknownProvince, tr("%1 is not a province code").arg(id.left(2)));

    const QString birth = id.mid(6, 8);
    const QDate date = birthFrom(id);
    if (!date.isValid())
        return bad(CitizenIdProblem::ImpossibleBirthDate, tr("%1 is not a real date of birth").arg(birth));
    if (date.year() < 1900)
        return bad(CitizenIdProblem::BirthDateOutOfRange, tr("the date of birth %1 is before 1900").arg(birth));
    if (date > today)
        return bad(CitizenIdProblem::BirthDateOutOfRange, tr("the date of birth %1 is in the future").arg(birth));
    if (id.mid(14, 3) == QStringLiteral("000"))
        return bad(CitizenIdProblem::ZeroSequence, tr("the sequence number 000 is never issued"));

    const QChar expected = checkCharacter(QStringView(id).left(17));
    if (original15.isEmpty()) {
        if (id[17] != expected)
            return bad(CitizenIdProblem::WrongCheckCharacter,
                       tr("wrong check character %1, expected %2").arg(id[17]).arg(expected));
    } else {
        id += expected;
    }
    return CitizenId(id, original15);
}

QDate CitizenId::birthDate() const
{
    return birthFrom(m_value);
}

Sex CitizenId::sex() const
{
    return (m_value[16].unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
}

QString CitizenId::masked() const
{
    return m_value.left(6) + QString(8, QLatin1Char('*')) + m_value.right(4);
}

} // namespace hukou::core
