#pragma once

#include "core/auth/roles.h"
#include "core/auth/user_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hukou::core {
class Workspace;
}

namespace hukou::ui {

class Settings;

// Login and password, checked by UserService::authenticate. A refusal (wrong password, account
// locked until ...) shows the core's message in the label "loginError" inside the dialog.
// Object names: loginDialog, loginEdit, passwordEdit, loginError, signInButton, quitButton.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(const core::Workspace& workspace, Settings& settings, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The user signed in, once the dialog was accepted.
    [[nodiscard]] const core::Actor& actor() const { return m_actor; }
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    core::UserService m_users;
    Settings& m_settings;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    core::Actor m_actor;
};

} // namespace hukou::ui
