#pragma once

#include "core/error.h"
#include "core/points/points_service.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace hukou::reports {

// The publicity list (积分制入户公示名单) of a points-based settlement round as an A4 document:
// title, round, rule set, quota and cut-off, then the approved applicants in rank order with
// masked citizen IDs.
class PublicityList final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::reports::PublicityList)
public:
    explicit PublicityList(core::Publicity list) : m_list(std::move(list)) {}

    [[nodiscard]] QString title() const;
    // The document body (HTML) for PdfDocument.
    [[nodiscard]] QString htmlBody() const;
    void fill(QTextDocument& doc) const; // print preview
    [[nodiscard]] core::Status writePdf(const QString& path) const;
    // The list as CSV or PDF by the file's suffix (.csv, .pdf); any other suffix is refused.
    [[nodiscard]] core::Status write(const QString& path) const;

    // A translated name for a ranking key: "base" -> "Base points", a fact by its catalogue label.
    [[nodiscard]] static QString keyLabel(const QString& key);

private:
    core::Publicity m_list;
};

} // namespace hukou::reports
