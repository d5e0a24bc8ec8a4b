#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hukou::ui {

// The household-registration certificate (户籍证明) of one person: print preview (to a printer or
// a PDF printer) or straight to a PDF file. Every print is journaled in the person's history.
// Errors are shown through the session's prompts.
class CertificatePrinter final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::ui::CertificatePrinter)
public:
    static void preview(QWidget* parent, const Session& session, const QString& citizenId);
    static void savePdf(QWidget* parent, const Session& session, const QString& citizenId);
};

} // namespace hukou::ui
