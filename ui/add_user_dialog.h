#pragma once

#include "core/auth/user_service.h"
#include "session.h"

#include <QDialog>

namespace hukou::ui {

class UserForm;

// Adds a user through UserService::add as the session's actor. Errors stay inside the dialog.
// Object names: addUserDialog, the UserForm fields (loginEdit, nameEdit, roleCombo, passwordEdit,
// repeatEdit, formError), okButton, cancelButton.
class AddUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)
public:
    explicit AddUserDialog(const Session& session, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    // The user added, once the dialog was accepted.
    [[nodiscard]] const core::User& user() const { return m_user; }

    void accept() override;

private:
    core::UserService m_users;
    core::Actor m_actor;
    UserForm* m_form = nullptr;
    core::User m_user;
};

} // namespace hukou::ui
