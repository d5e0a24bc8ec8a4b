#pragma once

#include "core/auth/user_service.h"
#include "session.h"

#include <QDialog>

namespace hukou::ui {

class UserForm;

// Sets a new password for a user through UserService::resetPassword (which also lifts a lockout).
// Object names: resetPasswordDialog, passwordEdit, repeatEdit, formError, okButton, cancelButton.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)
public:
    ResetPasswordDialog(const Session& session, const core::User& user, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    void accept() override;

private:
    core::UserService m_users;
    core::Actor m_actor;
    QString m_login;
    UserForm* m_form = nullptr;
};

} // namespace hukou::ui
