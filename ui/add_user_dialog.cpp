#include "add_user_dialog.h"

#include "labels.h"
#include "user_form.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

AddUserDialog::AddUserDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_users(session.workspace), m_actor(session.actor)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("New user account"), this));
    layout->addWidget(noteLabel(tr("The role decides what the user may do. Give the user the password in person; "
                                   "they sign in with it."),
                                this));
    m_form = new UserForm(m_users, UserForm::Fields::AccountWithRole, this);
    layout->addWidget(m_form);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Add user"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_form, &UserForm::completeChanged, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    setMinimumWidth(480);
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::accept()
{
    if (!m_form->isComplete())
        return;
    auto added = m_users.add(m_actor, m_form->login(), m_form->name(), m_form->role(), m_form->password());
    if (!added) {
        m_form->showError(added.error());
        return;
    }
    m_user = *added;
    QDialog::accept();
}

} // namespace hukou::ui
