#include "first_run_dialog.h"

#include "core/workspace.h"
#include "labels.h"
#include "user_form.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

FirstRunDialog::FirstRunDialog(const core::Workspace& workspace, QWidget* parent) : QDialog(parent), m_users(workspace)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up Hukou Desk"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("Create the first administrator"), this));
    layout->addWidget(noteLabel(tr("This database has no user accounts yet. The administrator you create now "
                                   "signs in first and then adds the accounts of the other staff."),
                                this));
    auto* where = noteLabel(tr("Database: %1").arg(QDir::toNativeSeparators(workspace.db().path())), this);
    where->setObjectName(QStringLiteral("databasePath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    layout->addSpacing(6);

    m_form = new UserForm(m_users, UserForm::Fields::Account, this);
    layout->addWidget(m_form);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Create administrator"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);

    connect(m_form, &UserForm::completeChanged, ok, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    setMinimumWidth(480);
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::accept()
{
    if (!m_form->isComplete())
        return;
    auto created = m_users.createFirstAdmin(m_form->login(), m_form->name(), m_form->password());
    if (!created) {
        m_form->showError(created.error());
        return;
    }
    m_admin = *created;
    QDialog::accept();
}

} // namespace hukou::ui
