#include "household_dialog.h"

#include "core/domain/districts.h"
#include "error_text.h"
#include "labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

QDialogButtonBox* okCancel(QDialog* d, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return buttons;
}

} // namespace

HouseholdDialog::HouseholdDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_registry(session.workspace)
{
    setObjectName(QStringLiteral("householdDialog"));
    setWindowTitle(tr("New household"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("Create a household"), this));
    layout->addWidget(noteLabel(tr("Then register its head (户主) into it with “New person…”."), this));
    auto* form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("householdNumberEdit"));
    form->addRow(tr("Household number *"), m_number);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("householdKindCombo"));
    for (core::HouseholdKind k :
         {core::HouseholdKind::Family, core::HouseholdKind::Collective, core::HouseholdKind::PublicCollective})
        m_kind->addItem(core::householdKindLabel(k), static_cast<int>(k));
    form->addRow(tr("Kind"), m_kind);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("householdDistrictCombo"));
    m_district->addItem(QString(), QString());
    for (const core::District& d : core::Districts::all())
        if (d.current)
            m_district->addItem(d.name, d.code);
    form->addRow(tr("District *"), m_district);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("householdAddressEdit"));
    form->addRow(tr("Address *"), m_address);
    layout->addLayout(form);
    m_error = errorLabel(QStringLiteral("formError"), this);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(okCancel(this, tr("Create")));
    setMinimumWidth(460);
}

HouseholdDialog::~HouseholdDialog() = default;

void HouseholdDialog::accept()
{
    auto h = m_registry.createHousehold(m_session.actor, m_number->text(),
                                        static_cast<core::HouseholdKind>(m_kind->currentData().toInt()),
                                        m_district->currentData().toString(), m_address->text());
    if (!h) {
        setMessage(m_error, errorText(h.error()));
        return;
    }
    m_saved = *h;
    QDialog::accept();
}

ChangeHeadDialog::ChangeHeadDialog(const Session& session, const core::Household& household,
                                   const core::Person& newHead, const QString& formerHeadName, QWidget* parent)
    : QDialog(parent), m_session(session), m_registry(session.workspace), m_household(household), m_newHead(newHead)
{
    setObjectName(QStringLiteral("changeHeadDialog"));
    setWindowTitle(tr("Change head of household"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("Household %1").arg(household.number), this));
    layout->addWidget(noteLabel(formerHeadName.isEmpty()
                                    ? tr("%1 becomes the head (户主).").arg(newHead.name)
                                    : tr("%1 becomes the head (户主); %2 takes the relation chosen below.")
                                          .arg(newHead.name, formerHeadName),
                                this));
    auto* form = new QFormLayout;
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("formerHeadRelationCombo"));
    for (const QString& r : core::PersonFields::relations())
        if (r != QStringLiteral("户主"))
            m_relation->addItem(r);
    form->addRow(tr("Former head's new relation"), m_relation);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("headReasonEdit"));
    form->addRow(tr("Reason *"), m_reason);
    layout->addLayout(form);
    m_error = errorLabel(QStringLiteral("formError"), this);
    layout->addWidget(m_error);
    layout->addStretch();
    auto* buttons = okCancel(this, tr("Change head"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_reason->text().trimmed().isEmpty()); });
    setMinimumWidth(460);
}

ChangeHeadDialog::~ChangeHeadDialog() = default;

void ChangeHeadDialog::accept()
{
    auto h = m_registry.changeHead(m_session.actor, m_household.number, m_newHead.citizenId,
                                   m_relation->currentText(), m_reason->text().trimmed());
    if (!h) {
        setMessage(m_error, errorText(h.error()));
        return;
    }
    QDialog::accept();
}

} // namespace hukou::ui
