#pragma once

#include "core/conversion/conversion_service.h"
#include "pdf_document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace hukou::reports {

// The conversion report: persons by district and nature (converted by former nature, still
// legacy, exceptions) and the runs with who ran them and when.
class ConversionReport final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::reports::ConversionReport)
public:
    ConversionReport(std::vector<core::NatureStatistic> statistics, std::vector<core::ConversionRun> runs,
                     QString printedBy, QDateTime printedAt)
        : m_statistics(std::move(statistics)), m_runs(std::move(runs)), m_printedBy(std::move(printedBy)),
          m_printedAt(std::move(printedAt))
    {
    }

    [[nodiscard]] PdfDocument document() const;

private:
    std::vector<core::NatureStatistic> m_statistics;
    std::vector<core::ConversionRun> m_runs;
    QString m_printedBy;
    QDateTime m_printedAt;
};

} // namespace hukou::reports
