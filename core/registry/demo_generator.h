#pragma once

#include <QByteArray>
#include <QDate>

#include <cstdint>

namespace hukou::core {

// Realistic, valid synthetic registry data as a persons CSV (the import format): names, citizen
// IDs with correct check characters agreeing with sex and birth date, the 11 districts,
// households of 1–6 with exactly one head, and legacy hukou natures. The same seed gives the same file.
class DemoGenerator final
{
public:
    explicit DemoGenerator(std::uint64_t seed, QDate today) : m_seed(seed), m_today(today) {}
    // Household numbers count up from `firstHousehold`, so slices made with different seeds and
    // offsets can be loaded one after the other.
    [[nodiscard]] QByteArray personsCsv(qint64 persons, qint64 firstHousehold = 1) const;

    // A points-based settlement application (domain/points.md format, rule set gz-2023) of a
    // migrant applicant who is not in the register; `index` varies the applicant and the facts.
    [[nodiscard]] QByteArray applicationJson(int index) const;

private:
    std::uint64_t m_seed;
    QDate m_today;
};

} // namespace hukou::core
