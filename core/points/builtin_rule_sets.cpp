#include "builtin_rule_sets.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hukou::core {

namespace {

struct Loaded
{
    QList<RuleSet> sets;
    QList<Error> errors;
};

const Loaded& loaded()
{
    static const Loaded data = [] {
        Loaded l;
        const QStringList files =
            QDir(u":/rulesets"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile f(u":/rulesets/"_s + name);
            if (!f.open(QIODevice::ReadOnly)) {
                l.errors.append(Error{ErrorCode::Failed, name, {}, 0});
                continue;
            }
            auto rs = RuleSet::fromJson(f.readAll(), name);
            if (!rs) {
                l.errors.append(rs.error());
                continue;
            }
            l.sets.append(std::move(*rs));
        }
        std::stable_sort(l.sets.begin(), l.sets.end(), [](const RuleSet& a, const RuleSet& b) { return a.year < b.year; });
        return l;
    }();
    return data;
}

} // namespace

QByteArray BuiltinRuleSets::source(QStringView id)
{
    QFile f(u":/rulesets/"_s + id + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QList<RuleSet>& BuiltinRuleSets::all()
{
    return loaded().sets;
}

const QList<Error>& BuiltinRuleSets::loadErrors()
{
    return loaded().errors;
}

std::optional<RuleSet> BuiltinRuleSets::byId(QStringView id)
{
    for (const RuleSet& rs : all())
        if (rs.id == id)
            return rs;
    return std::nullopt;
}

std::optional<RuleSet> BuiltinRuleSets::byYear(int year)
{
    for (const RuleSet& rs : all())
        if (rs.year == year)
            return rs;
    return std::nullopt;
}

QStringList BuiltinRuleSets::ids()
{
    QStringList out;
    for (const RuleSet& rs : all())
        out << rs.id;
    return out;
}

} // namespace hukou::core
