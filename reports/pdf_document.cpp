#include "pdf_document.h"

#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace hukou::reports {

QString PdfDocument::esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString PdfDocument::html() const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                          "body { font-size: 10.5pt; } h1 { font-size: 18pt; text-align: center; } "
                          "h2 { font-size: 13pt; } table { border-collapse: collapse; } "
                          "th, td { border: 1px solid #555; padding: 3px 6px; } th { background: #eee; } "
                          ".small { font-size: 8.5pt; color: #444; }"
                          "</style></head><body>%2</body></html>")
        .arg(esc(m_title), m_body);
}

void PdfDocument::fill(QTextDocument& doc) const
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setHtml(html());
    doc.setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

core::Status PdfDocument::writePdf(const QString& path) const
{
    if (!QGuiApplication::instance())
        return core::fail(core::ErrorCode::Failed, tr("internal error: rendering a PDF needs a GUI application object"));
    QPdfWriter writer(path);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Hukou Desk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    // Lay the text out for the printer's resolution, not the screen's, or it prints a third of its size.
    doc.documentLayout()->setPaintDevice(&writer);
    fill(doc);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    return {};
}

} // namespace hukou::reports
