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

QString FactCatalogue::label(const QString& fact)
{
    static const QHash<QString, const char*> labels = {
        {u"residence_permit_in_guangzhou"_s, QT_TR_NOOP("Residence permit issued in Guangzhou")},
        {u"residence_permit_months"_s, QT_TR_NOOP("Residence permit (months)")},
        {u"employed"_s, QT_TR_NOOP("Legal stable employment or business")},
        {u"owns_home"_s, QT_TR_NOOP("Owns a home in Guangzhou")},
        {u"home_in_conghua_or_zengcheng"_s, QT_TR_NOOP("The home is in Conghua or Zengcheng")},
        {u"rented_months"_s, QT_TR_NOOP("Registered rented home (months)")},
        {u"moved_out_core_months"_s, QT_TR_NOOP("Lived outside the four core districts (months)")},
        {u"pension_months"_s, QT_TR_NOOP("Pension insurance (months)")},
        {u"medical_months"_s, QT_TR_NOOP("Medical insurance (months)")},
        {u"unemployment_months"_s, QT_TR_NOOP("Unemployment insurance (months)")},
        {u"injury_months"_s, QT_TR_NOOP("Work-injury insurance (months)")},
        {u"maternity_months"_s, QT_TR_NOOP("Maternity insurance (months)")},
        {u"provident_fund_months"_s, QT_TR_NOOP("Housing provident fund (months)")},
        {u"education"_s, QT_TR_NOOP("Education")},
        {u"technical_level"_s, QT_TR_NOOP("Technical title or skill level")},
        {u"works_in_certified_occupation"_s, QT_TR_NOOP("Works in the certified occupation")},
        {u"catalogue_occupation"_s, QT_TR_NOOP("Occupation on the city's shortage catalogue")},
        {u"blood_donations"_s, QT_TR_NOOP("Blood donations")},
        {u"volunteer_hours_by_year"_s, QT_TR_NOOP("Volunteer hours by year")},
        {u"tax_paid_3y_yuan"_s, QT_TR_NOOP("Income tax paid over 3 years (yuan)")},
        {u"bad_credit_records"_s, QT_TR_NOOP("Bad credit records")},
        {u"tax_evasion_records"_s, QT_TR_NOOP("Tax evasion records")},
        {u"public_security_penalties"_s, QT_TR_NOOP("Public-security penalties")},
        {u"criminal_punishment_within_5_years"_s, QT_TR_NOOP("Criminal punishment in the past 5 years")},
        {u"family_planning_compliant"_s, QT_TR_NOOP("Complies with family planning")},
    };
    const char* text = labels.value(fact, nullptr);
    return text ? tr(text) : fact;
}

QString FactCatalogue::levelLabel(const QString& level)
{
    static const QHash<QString, const char*> labels = {
        {u"none"_s, QT_TR_NOOP("none")},
        {u"junior_high"_s, QT_TR_NOOP("junior high school")},
        {u"high_school"_s, QT_TR_NOOP("high school or vocational school")},
        {u"associate"_s, QT_TR_NOOP("associate degree")},
        {u"bachelor"_s, QT_TR_NOOP("bachelor's degree or above")},
        {u"intermediate_worker"_s, QT_TR_NOOP("intermediate worker")},
        {u"junior_title"_s, QT_TR_NOOP("junior professional title")},
        {u"senior_worker"_s, QT_TR_NOOP("senior worker")},
        {u"intermediate_title"_s, QT_TR_NOOP("intermediate title or technician")},
    };
    const char* text = labels.value(level, nullptr);
    return text ? tr(text) : level;
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
