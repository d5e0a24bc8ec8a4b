#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace hukou::reports {

// An A4 document written as simple HTML (headings, paragraphs, tables) and rendered to PDF with
// an embedded CJK font (Noto Sans CJK SC), so Chinese text prints correctly anywhere.
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::reports::PdfDocument)
public:
    explicit PdfDocument(QString title) : m_title(std::move(title)) {}

    void setHtmlBody(QString html) { m_body = std::move(html); }
    // The full HTML with the document's style sheet (also used for print preview in the GUI).
    [[nodiscard]] QString html() const;
    // Fills a QTextDocument with the styled content and the CJK default font.
    void fill(QTextDocument& doc) const;
    [[nodiscard]] core::Status writePdf(const QString& path) const;

    // Escapes text for HTML.
    [[nodiscard]] static QString esc(const QString& text);

private:
    QString m_title;
    QString m_body;
};

} // namespace hukou::reports
