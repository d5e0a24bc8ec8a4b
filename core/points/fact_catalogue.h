#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hukou::core {

// The kinds of application facts (domain/points.md, "Application facts").
enum class FactType {
    Bool,   // true / false
    Count,  // a whole number >= 0 (months, records, yuan, donations)
    Level,  // one value of an ordered vocabulary (education, technical_level)
    ByYear, // an object {"2022": 60, ...}: a whole number >= 0 per calendar year
};

[[nodiscard]] QString factTypeName(FactType type); // "bool", "count", "level", "by_year"
[[nodiscard]] std::optional<FactType> factTypeFromName(QStringView name);

struct FactSpec
{
    QString name;
    FactType type = FactType::Bool;
    QStringList levels; // Level only: the vocabulary, lowest first

    friend bool operator==(const FactSpec&, const FactSpec&) = default;
};

// The facts an application may state. The standard catalogue holds every fact of points.md
// (plus `home_in_conghua_or_zengcheng`, needed by gz-2020); a rule set may declare further
// facts for indicators a later policy adds.
class FactCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::FactCatalogue)
public:
    [[nodiscard]] static const FactCatalogue& standard();

    [[nodiscard]] const FactSpec* find(QStringView name) const;
    [[nodiscard]] const FactSpec* find(const QString& name) const;
    [[nodiscard]] const QList<FactSpec>& facts() const { return m_facts; }
    // Adds a fact; fails when the name is taken or malformed, or a level fact has no levels.
    [[nodiscard]] Status declare(FactSpec spec);

    // What a form calls a fact and a level (translated); a fact or level a later rule set
    // declares and this version does not know reads as its name.
    [[nodiscard]] static QString label(const QString& fact);
    [[nodiscard]] static QString levelLabel(const QString& level);

    // The level's position in the vocabulary, or -1.
    [[nodiscard]] static qsizetype levelIndex(const FactSpec& spec, QStringView level);

private:
    QList<FactSpec> m_facts;
    QHash<QString, qsizetype> m_index;
};

} // namespace hukou::core
