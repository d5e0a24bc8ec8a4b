#include "person_status_dialog.h"

#include "core/clock.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

PersonStatusDialog::PersonStatusDialog(const Session& session, const core::Person& person, QWidget* parent)
    : QDialog(parent), m_session(session), m_registry(session.workspace), m_person(person)
{
    setObjectName(QStringLiteral("personStatusDialog"));
    setWindowTitle(tr("Change status"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("%1 · %2").arg(person.name, person.citizenId), this));
    layout->addWidget(noteLabel(tr("Currently: %1. Nothing is deleted: the card keeps its status, reason and date.")
                                    .arg(core::statusLabel(person.status)),
                                this));
    auto* form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    const std::pair<core::PersonStatus, QString> choices[] = {
        {core::PersonStatus::MovedOut, tr("Moved out")},
        {core::PersonStatus::Deceased, tr("Deceased")},
        {core::PersonStatus::Cancelled, tr("Cancelled")},
        {core::PersonStatus::Active, tr("Reinstate as active")},
    };
    for (const auto& [status, label] : choices)
        if (status != person.status)
            m_status->addItem(label, static_cast<int>(status));
    form->addRow(tr("New status"), m_status);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("statusDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = session.workspace.clock().now().toLocalTime().date();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    form->addRow(tr("Date"), m_date);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("statusReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. moved to Shenzhen, death certificate no. …"));
    form->addRow(tr("Reason *"), m_reason);
    layout->addLayout(form);
    m_error = errorLabel(QStringLiteral("formError"), this);
    layout->addWidget(m_error);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonStatusDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &PersonStatusDialog::validate);
    setMinimumWidth(460);
    validate();
}

PersonStatusDialog::~PersonStatusDialog() = default;

void PersonStatusDialog::validate()
{
    m_ok->setEnabled(!m_reason->text().trimmed().isEmpty() && m_status->count() > 0);
}

void PersonStatusDialog::accept()
{
    const auto status = static_cast<core::PersonStatus>(m_status->currentData().toInt());
    auto saved = m_registry.setStatus(m_session.actor, m_person.citizenId, status, m_reason->text().trimmed(),
                                      m_date->date(), m_person.version);
    if (!saved) {
        setMessage(m_error, errorText(saved.error()));
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace hukou::ui
