#pragma once

#include "rule_set.h"

#include <QList>
#include <QString>

#include <optional>

namespace hukou::core {

// The rule sets shipped with the product: every resources/rulesets/*.json embedded under
// :/rulesets (gz-2014, gz-2020, gz-2023). Parsed once, on first use.
class BuiltinRuleSets final
{
public:
    // In year order. A built-in that fails to parse is a build defect: it is left out and
    // reported by loadErrors() (the tests check that there are none).
    [[nodiscard]] static const QList<RuleSet>& all();
    [[nodiscard]] static std::optional<RuleSet> byId(QStringView id);
    [[nodiscard]] static std::optional<RuleSet> byYear(int year);
    [[nodiscard]] static QStringList ids();
    [[nodiscard]] static const QList<Error>& loadErrors();
    // The embedded JSON of a built-in rule set, or empty.
    [[nodiscard]] static QByteArray source(QStringView id);
};

} // namespace hukou::core
