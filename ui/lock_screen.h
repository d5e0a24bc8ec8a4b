#pragma once

#include "core/auth/roles.h"
#include "core/auth/user_service.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace hukou::ui {

// What the main window shows instead of its pages while the session is locked: the signed-in
// user's password (checked by UserService::authenticate, so wrong guesses count towards the
// lockout) or sign out. Object names: lockScreen, unlockPassword, unlockButton, signOutButton,
// unlockError.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)
public:
    LockScreen(const core::Workspace& workspace, const core::Actor& actor, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Clears the password and any message and puts the focus on the password.
    void reset();

signals:
    void unlocked();
    void signOutRequested();

private:
    void tryUnlock();

    core::UserService m_users;
    core::Actor m_actor;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hukou::ui
