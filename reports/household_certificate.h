#pragma once

#include "core/registry/person.h"
#include "pdf_document.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace hukou::reports {

// 户籍证明: a household-registration certificate for one person, stating the unified nature
// (广州市居民户口) and, for a converted person, the former nature kept on the record.
class HouseholdCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::reports::HouseholdCertificate)
public:
    HouseholdCertificate(core::Person person, std::optional<core::Household> household, QDate issued)
        : m_person(std::move(person)), m_household(std::move(household)), m_issued(issued)
    {
    }

    // "广州市公安局天河区分局" from the person's district.
    [[nodiscard]] QString issuingOffice() const;
    [[nodiscard]] PdfDocument document() const;

private:
    core::Person m_person;
    std::optional<core::Household> m_household;
    QDate m_issued;
};

} // namespace hukou::reports
