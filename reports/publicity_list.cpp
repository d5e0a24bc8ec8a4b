#include "publicity_list.h"

#include "core/points/fact_catalogue.h"
#include "pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hukou::reports {

QString PublicityList::title() const
{
    return tr("Points-based settlement publicity list");
}

QString PublicityList::keyLabel(const QString& key)
{
    if (key == u"base"_s)
        return tr("Base points");
    if (key == u"bonus"_s)
        return tr("Bonus points");
    if (key == u"deductions"_s)
        return tr("Deductions");
    if (key == u"total"_s)
        return tr("Total points");
    return core::FactCatalogue::label(key); // a tie-breaker: a fact, as the forms name it
}

QString PublicityList::htmlBody() const
{
    const auto esc = &PdfDocument::esc;
    // Table text a size smaller, so a 10-column table fits the A4 width.
    const auto cell = [](const QString& text) -> QString {
        return u"<span style=\"font-size: 8.5pt\">"_s + PdfDocument::esc(text) + u"</span>"_s;
    };
    QString h;
    h += u"<h1>"_s + esc(title()) + u"</h1>"_s;
    h += u"<p style=\"text-align:center\">"_s +
         esc(tr("Round %1 · rule set %2 (%3, version %4)")
                 .arg(m_list.year)
                 .arg(m_list.ruleSetTitle, m_list.ruleSetId)
                 .arg(m_list.ruleSetVersion)) +
         u"</p>"_s;
    QStringList cut;
    if (m_list.cutOff)
        for (const core::RankKey& k : *m_list.cutOff)
            cut << keyLabel(k.name) + u' ' + QString::number(k.value);
    h += u"<p>"_s + esc(tr("Quota: %1").arg(m_list.quota)) + u"<br/>"_s +
         esc(tr("Cut-off: %1").arg(cut.isEmpty() ? tr("none (nobody admitted)") : cut.join(u", "_s))) + u"<br/>"_s +
         esc(tr("Applicants on this list: %1").arg(m_list.entries.size())) + u"<br/>"_s +
         esc(tr("Ranked on %1").arg(m_list.rankedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))) + u"</p>"_s;

    h += u"<table width=\"100%\" cellspacing=\"0\"><tr>"_s;
    QStringList headers{tr("Rank"), tr("Application"), tr("Citizen ID"), tr("Name"), tr("District"),
                        tr("Total points")};
    for (const QString& k : m_list.keyNames)
        if (k != u"total"_s)
            headers << keyLabel(k);
    // Fixed shares of the width, so numbers and IDs do not wrap; the ranking keys share the rest.
    QList<int> widths{6, 15, 19, 10, 9, 8};
    const qsizetype extra = headers.size() - widths.size();
    for (qsizetype i = 0; i < extra; ++i)
        widths << static_cast<int>(33 / extra);
    for (qsizetype i = 0; i < headers.size(); ++i)
        h += u"<th width=\"%1%\">"_s.arg(widths[i]) + cell(headers[i]) + u"</th>"_s;
    h += u"</tr>"_s;
    for (const core::PublicityEntry& e : m_list.entries) {
        QStringList cells{QString::number(e.rank), e.application, e.maskedCitizenId, e.name, e.districtName,
                          QString::number(e.total)};
        for (const core::RankKey& k : e.keys)
            if (k.name != u"total"_s)
                cells << QString::number(k.value);
        h += u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            h += (i == 0 || i >= 5 ? u"<td align=\"right\">"_s : u"<td>"_s) + cell(cells[i]) + u"</td>"_s;
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;
    if (m_list.entries.isEmpty())
        h += u"<p>"_s + esc(tr("No application has been approved in this round yet.")) + u"</p>"_s;
    h += u"<p class=\"small\">"_s +
         esc(tr("Citizen ID numbers show only their first 6 and last 4 characters. Objections may be raised "
                "during the publicity period.")) +
         u"</p>"_s;
    return h;
}

void PublicityList::fill(QTextDocument& doc) const
{
    PdfDocument pdf(title());
    pdf.setHtmlBody(htmlBody());
    pdf.fill(doc);
}

core::Status PublicityList::write(const QString& path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return writePdf(path);
    if (suffix != u"csv"_s)
        return core::fail(core::ErrorCode::Invalid, tr("%1: the publicity list is written as .csv or .pdf").arg(path),
                          u"out"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(core::PointsService::publicityCsv(m_list)) < 0 || !file.commit())
        return core::fail(core::ErrorCode::Failed, tr("cannot write %1: %2").arg(path, file.errorString()), u"out"_s);
    return {};
}

core::Status PublicityList::writePdf(const QString& path) const
{
    // Like PdfDocument::writePdf, but the layout uses the writer's resolution: laid out at screen
    // resolution, the paginated document printed at a third of its size on the 300 dpi page.
    if (!QGuiApplication::instance())
        return core::fail(core::ErrorCode::Failed, tr("internal error: rendering a PDF needs a GUI application object"));
    QPdfWriter writer(path);
    writer.setTitle(title());
    writer.setCreator(u"Hukou Desk"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    fill(doc);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return core::fail(core::ErrorCode::Failed, tr("cannot write %1").arg(path));
    return {};
}

} // namespace hukou::reports
