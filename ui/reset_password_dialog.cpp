#include "reset_password_dialog.h"

#include "labels.h"
#include "user_form.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

ResetPasswordDialog::ResetPasswordDialog(const Session& session, const core::User& user, QWidget* parent)
    : QDialog(parent), m_users(session.workspace), m_actor(session.actor), m_login(user.login)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("New password for %1 (%2)").arg(user.name, user.login), this));
    layout->addWidget(noteLabel(tr("The old password stops working at once, and a lockout after wrong passwords "
                                   "is lifted."),
                                this));
    m_form = new UserForm(m_users, UserForm::Fields::PasswordOnly, this);
    layout->addWidget(m_form);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Set password"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_form, &UserForm::completeChanged, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    setMinimumWidth(440);
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::accept()
{
    if (!m_form->isComplete())
        return;
    auto done = m_users.resetPassword(m_actor, m_login, m_form->password());
    if (!done) {
        m_form->showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace hukou::ui
