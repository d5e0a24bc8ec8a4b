#pragma once

#include "core/auth/user_service.h"

#include <QDialog>

class QDialogButtonBox;

namespace hukou::core {
class Workspace;
}

namespace hukou::ui {

class UserForm;

// Shown when the database has no users: creates the first administrator through
// UserService::createFirstAdmin. Errors appear inside the dialog, next to the field concerned.
// Object names: firstRunDialog, the UserForm fields (loginEdit, nameEdit, passwordEdit, repeatEdit),
// okButton, cancelButton.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)
public:
    explicit FirstRunDialog(const core::Workspace& workspace, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The administrator created, once the dialog was accepted.
    [[nodiscard]] const core::User& administrator() const { return m_admin; }

    void accept() override;

private:
    core::UserService m_users;
    UserForm* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    core::User m_admin;
};

} // namespace hukou::ui
