#include "fact_catalogue.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hukou::core {

QString factTypeName(FactType type)
{
    switch (type) {
    case FactType::Bool: return u"bool"_s;
    case FactType::Count: return u"count"_s;
    case FactType::Level: return u"level"_s;
    case FactType::ByYear: return u"by_year"_s;
    }
    return {};
}

std::optional<FactType> factTypeFromName(QStringView name)
{
    for (FactType t : {FactType::Bool, FactType::Count, FactType::Level, FactType::ByYear})
        if (factTypeName(t) == name)
            return t;
    return std::nullopt;
}

const FactCatalogue& FactCatalogue::standard()
{
    static const FactCatalogue catalogue = [] {
        FactCatalogue c;
        const auto add = [&c](const QString& name, FactType type, QStringList levels = {}) {
            c.m_index.insert(name, c.m_facts.size());
            c.m_facts.append(FactSpec{name, type, std::move(levels)});
        };
        add(u"residence_permit_in_guangzhou"_s, FactType::Bool);
        add(u"residence_permit_months"_s, FactType::Count);
        add(u"employed"_s, FactType::Bool);
        add(u"owns_home"_s, FactType::Bool);
        add(u"home_in_conghua_or_zengcheng"_s, FactType::Bool);
        add(u"rented_months"_s, FactType::Count);
        add(u"moved_out_core_months"_s, FactType::Count);
        add(u"pension_months"_s, FactType::Count);
        add(u"medical_months"_s, FactType::Count);
        add(u"unemployment_months"_s, FactType::Count);
        add(u"injury_months"_s, FactType::Count);
        add(u"maternity_months"_s, FactType::Count);
        add(u"provident_fund_months"_s, FactType::Count);
        add(u"education"_s, FactType::Level,
            {u"none"_s, u"junior_high"_s, u"high_school"_s, u"associate"_s, u"bachelor"_s});
        add(u"technical_level"_s, FactType::Level,
            {u"none"_s, u"intermediate_worker"_s, u"junior_title"_s, u"senior_worker"_s, u"intermediate_title"_s});
        add(u"works_in_certified_occupation"_s, FactType::Bool);
        add(u"catalogue_occupation"_s, FactType::Bool);
        add(u"blood_donations"_s, FactType::Count);
        add(u"volunteer_hours_by_year"_s, FactType::ByYear);
        add(u"tax_paid_3y_yuan"_s, FactType::Count);
        add(u"bad_credit_records"_s, FactType::Count);
        add(u"tax_evasion_records"_s, FactType::Count);
        add(u"public_security_penalties"_s, FactType::Count);
        add(u"criminal_punishment_within_5_years"_s, FactType::Bool);
        add(u"family_planning_compliant"_s, FactType::Bool);
        return c;
    }();
    return catalogue;
}

const FactSpec* FactCatalogue::find(const QString& name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_facts[*it];
}

const FactSpec* FactCatalogue::find(QStringView name) const
{
    return find(name.toString());
}

Status FactCatalogue::declare(FactSpec spec)
{
    static const QRegularExpression namePattern(u"^[a-z][a-z0-9_]*$"_s);
    if (!namePattern.match(spec.name).hasMatch())
        return fail(ErrorCode::Invalid,
                    tr("a fact name uses lowercase letters, digits and _ only, and starts with a letter"));
    if (find(spec.name))
        return fail(ErrorCode::Invalid, tr("the fact \"%1\" is already defined").arg(spec.name));
    if (spec.type == FactType::Level) {
        if (spec.levels.isEmpty())
            return fail(ErrorCode::Invalid, tr("a level fact needs its list of levels, lowest first"));
        if (spec.levels.removeDuplicates() > 0)
            return fail(ErrorCode::Invalid, tr("the list of levels repeats a level"));
    } else if (!spec.levels.isEmpty()) {
        return fail(ErrorCode::Invalid, tr("only a level fact has levels"));
    }
    m_index.insert(spec.name, m_facts.size());
    m_facts.append(std::move(spec));
    return {};
}

qsizetype FactCatalogue::levelIndex(const FactSpec& spec, QStringView level)
{
    for (qsizetype i = 0; i < spec.levels.size(); ++i)
        if (spec.levels[i] == level)
            return i;
    return -1;
}

} // namespace hukou::core
