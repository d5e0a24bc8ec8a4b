#pragma once

#include "core/auth/user_service.h"
#include "page.h"
#include "session.h"

class QLabel;
class QPushButton;
class QTableView;

namespace hukou::ui {

class UserTableModel;

// Administrators manage the accounts: add, change role, reset password, deactivate or activate.
// Every change is made (and permitted or refused) by UserService; refusals are shown with Prompts.
// Object names: page_users, usersTable, addUserButton, changeRoleButton, resetPasswordButton,
// toggleActiveButton, refreshButton, usersMessage (the last action's outcome).
class UsersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    explicit UsersPage(const Session& session, QWidget* parent = nullptr);
    ~UsersPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    [[nodiscard]] UserTableModel* model() const { return m_model; }
    // Reloads the list and keeps (or moves) the selection to `login`.
    void reload(const QString& selectLogin = {});

private:
    [[nodiscard]] const core::User* selectedUser() const;
    void updateButtons();
    void addUser();
    void changeRole();
    void resetPassword();
    void toggleActive();
    void report(const QString& message);

    Session m_session;
    core::UserService m_users;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_changeRole = nullptr;
    QPushButton* m_resetPassword = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace hukou::ui
