#include "conversion_report.h"

#include "core/registry/person_fields.h"

#include <map>

namespace hukou::reports {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace

PdfDocument ConversionReport::document() const
{
    using core::ConversionService;
    const QStringList legacy = core::PersonFields::legacyNatures();
    const QString resident = core::PersonFields::residentNature();

    // district -> (converted by former nature, remaining legacy, native residents)
    struct Row
    {
        std::map<QString, qint64> converted;
        qint64 remaining = 0;
        qint64 native = 0;
    };
    std::map<QString, Row> rows;
    Row all;
    for (const auto& s : m_statistics) {
        Row& r = rows[s.district];
        if (s.nature == resident && !s.formerNature.isEmpty()) {
            r.converted[s.formerNature] += s.count;
            all.converted[s.formerNature] += s.count;
        } else if (legacy.contains(s.nature)) {
            r.remaining += s.count;
            all.remaining += s.count;
        } else if (s.nature == resident) {
            r.native += s.count;
            all.native += s.count;
        }
    }
    const auto cell = [](qint64 n) -> QString { return QStringLiteral("<td align=\"right\">%1</td>").arg(n); };

    QString body = QStringLiteral("<h1>%1</h1>").arg(PdfDocument::esc(tr("Unified resident-household conversion report")));
    body += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(PdfDocument::esc(tr("Printed by %1 on %2").arg(m_printedBy, when(m_printedAt))));
    body += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th>")
                .arg(PdfDocument::esc(tr("Active persons by district and nature")),
                     PdfDocument::esc(tr("District")));
    for (const QString& n : legacy)
        body += QStringLiteral("<th>%1</th>").arg(PdfDocument::esc(tr("converted from %1").arg(n)));
    body += QStringLiteral("<th>%1</th><th>%2</th></tr>")
                .arg(PdfDocument::esc(tr("still legacy")), PdfDocument::esc(tr("resident before conversion")));
    const auto line = [&](const QString& label, const Row& r, bool bold) -> QString {
        QString s = QStringLiteral("<tr><td>%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(PdfDocument::esc(label))
                                                                 : PdfDocument::esc(label));
        for (const QString& n : legacy) {
            const auto it = r.converted.find(n);
            s += cell(it == r.converted.end() ? 0 : it->second);
        }
        return s + cell(r.remaining) + cell(r.native) + QStringLiteral("</tr>");
    };
    for (const auto& [district, r] : rows)
        body += line(district.isEmpty() ? tr("(no household)") : ConversionService::districtLabel(district), r, false);
    body += line(tr("Total"), all, true);
    body += QStringLiteral("</table>");

    body += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th><th>%8</th></tr>")
                .arg(PdfDocument::esc(tr("Conversion runs")), PdfDocument::esc(tr("Started")),
                     PdfDocument::esc(tr("Finished")), PdfDocument::esc(tr("By")), PdfDocument::esc(tr("District")),
                     PdfDocument::esc(tr("Status")), PdfDocument::esc(tr("Converted")),
                     PdfDocument::esc(tr("Exceptions")));
    for (const auto& run : m_runs) {
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>%6%7</tr>")
                    .arg(when(run.startedAt), when(run.finishedAt), PdfDocument::esc(run.startedBy),
                         PdfDocument::esc(ConversionService::districtLabel(run.district)), PdfDocument::esc(run.status),
                         cell(run.converted), cell(run.exceptions));
    }
    if (m_runs.empty())
        body += QStringLiteral("<tr><td colspan=\"7\">%1</td></tr>").arg(PdfDocument::esc(tr("No run yet.")));
    body += QStringLiteral("</table>");
    PdfDocument doc(tr("Conversion report"));
    doc.setHtmlBody(body);
    return doc;
}

} // namespace hukou::reports
