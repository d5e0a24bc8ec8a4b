#include "certificate_printer.h"

#include "core/clock.h"
#include "core/conversion/document_log.h"
#include "core/registry/registry_service.h"
#include "core/workspace.h"
#include "error_text.h"
#include "prompts.h"
#include "reports/household_certificate.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

#include <optional>

namespace hukou::ui {

namespace {

std::optional<reports::HouseholdCertificate> load(QWidget* parent, const Session& s, const QString& citizenId)
{
    core::RegistryService registry(s.workspace);
    auto person = registry.find(s.actor, citizenId);
    if (!person) {
        s.prompts.error(parent, CertificatePrinter::tr("Household certificate"), errorText(person.error()));
        return std::nullopt;
    }
    auto detail = registry.detail(s.actor, person->id);
    if (!detail) {
        s.prompts.error(parent, CertificatePrinter::tr("Household certificate"), errorText(detail.error()));
        return std::nullopt;
    }
    return reports::HouseholdCertificate(detail->person, detail->household,
                                         s.workspace.clock().now().toLocalTime().date());
}

void journal(QWidget* parent, const Session& s, const QString& citizenId, const QString& target)
{
    core::RegistryService registry(s.workspace);
    const auto person = registry.find(s.actor, citizenId);
    if (auto r = core::DocumentLog(s.workspace)
                     .record(s.actor, QStringLiteral("household_certificate"), citizenId, target,
                             person ? person->uuid : QString());
        !r)
        s.prompts.error(parent, CertificatePrinter::tr("Household certificate"), errorText(r.error()));
}

} // namespace

void CertificatePrinter::preview(QWidget* parent, const Session& session, const QString& citizenId)
{
    const auto certificate = load(parent, session, citizenId);
    if (!certificate)
        return;
    const reports::PdfDocument doc = certificate->document();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("certificatePreview"));
    dialog.setWindowTitle(tr("Household certificate"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter* p) {
        QTextDocument text;
        doc.fill(text);
        text.print(p);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    journal(parent, session, citizenId,
            printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName());
}

void CertificatePrinter::savePdf(QWidget* parent, const Session& session, const QString& citizenId)
{
    const auto certificate = load(parent, session, citizenId);
    if (!certificate)
        return;
    const QString path = session.prompts.saveFile(parent, tr("Save household certificate"),
                                                  tr("household-certificate-%1.pdf").arg(citizenId),
                                                  tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = certificate->document().writePdf(path); !r) {
        session.prompts.error(parent, tr("Household certificate"), errorText(r.error()));
        return;
    }
    journal(parent, session, citizenId, path);
}

} // namespace hukou::ui
