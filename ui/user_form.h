#pragma once

#include "core/auth/roles.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace hukou::core {
class UserService;
}

namespace hukou::ui {

// The fields of a user account with inline validation (the rules are the core's: UserService::checkLogin
// and checkPasswordStrength). Used by the first-run, add-user and reset-password dialogs.
// Child object names: loginEdit, nameEdit, roleCombo, passwordEdit, repeatEdit, and for each a
// "...Hint" label under it (loginHint, nameHint, passwordHint, repeatHint), plus formError.
class UserForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserForm)
public:
    enum class Fields {
        Account,         // login, name, password twice
        AccountWithRole, // login, name, role, password twice
        PasswordOnly,    // password twice
    };

    UserForm(const core::UserService& users, Fields fields, QWidget* parent = nullptr);
    ~UserForm() override;

    [[nodiscard]] QString login() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] core::Role role() const;
    [[nodiscard]] QString password() const;
    // Every field filled in, passwords equal, nothing the inline checks object to.
    [[nodiscard]] bool isComplete() const;

    // Shows a core error next to the field it concerns (error.field), else under the form.
    void showError(const core::Error& error);
    void setRole(core::Role role);

signals:
    void completeChanged(bool complete);

private:
    void validate();
    QLineEdit* addLineEdit(QGridLayout* form, const QString& label, const QString& name, QLabel** hint);

    const core::UserService& m_users;
    Fields m_fields;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_loginHint = nullptr;
    QLabel* m_nameHint = nullptr;
    QLabel* m_passwordHint = nullptr;
    QLabel* m_repeatHint = nullptr;
    QLabel* m_formError = nullptr;
    bool m_complete = false;
};

} // namespace hukou::ui
