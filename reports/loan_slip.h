#pragma once

#include "core/collective/collective_service.h"
#include "pdf_document.h"

#include <QCoreApplication>

namespace hukou::reports {

// 户口借用单: the slip that goes with a lent register page of a public collective household member,
// with the borrower, purpose, dates, officer and the desk's return note.
class LoanSlip final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::reports::LoanSlip)
public:
    explicit LoanSlip(core::LoanRecord record) : m_record(std::move(record)) {}
    [[nodiscard]] PdfDocument document() const;

private:
    core::LoanRecord m_record;
};

} // namespace hukou::reports
