#include "user_form.h"

#include "core/auth/user_service.h"
#include "error_text.h"
#include "labels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hukou::ui {

UserForm::UserForm(const core::UserService& users, Fields fields, QWidget* parent)
    : QWidget(parent), m_users(users), m_fields(fields)
{
    setObjectName(QStringLiteral("userForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setHorizontalSpacing(12);
    outer->addLayout(form);

    if (fields != Fields::PasswordOnly) {
        m_login = addLineEdit(form, tr("&Login:"), QStringLiteral("login"), &m_loginHint);
        m_login->setPlaceholderText(tr("Latin letters and digits, e.g. zhangwei"));
        m_login->setMaxLength(32);
        m_name = addLineEdit(form, tr("Full &name:"), QStringLiteral("name"), &m_nameHint);
        m_name->setMaxLength(50);
    }
    if (fields == Fields::AccountWithRole) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (core::Role r : {core::Role::Clerk, core::Role::Field, core::Role::Supervisor, core::Role::Admin})
            m_role->addItem(core::Roles::label(r), static_cast<int>(r));
        auto* label = new QLabel(tr("&Role:"), this);
        label->setBuddy(m_role);
        const int row = form->rowCount();
        form->addWidget(label, row, 0);
        form->addWidget(m_role, row, 1);
    }
    m_password = addLineEdit(form, fields == Fields::PasswordOnly ? tr("New &password:") : tr("&Password:"),
                             QStringLiteral("password"), &m_passwordHint);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = addLineEdit(form, tr("Repeat pass&word:"), QStringLiteral("repeat"), &m_repeatHint);
    m_repeat->setEchoMode(QLineEdit::Password);

    m_formError = errorLabel(QStringLiteral("formError"), this);
    outer->addWidget(m_formError);

    for (QLineEdit* e : {m_login, m_name, m_password, m_repeat})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &UserForm::validate);
    validate();
}

UserForm::~UserForm() = default;

QLineEdit* UserForm::addLineEdit(QGridLayout* form, const QString& label, const QString& name, QLabel** hint)
{
    const int row = form->rowCount();
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name + QStringLiteral("Edit"));
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    *hint = errorLabel(name + QStringLiteral("Hint"), this);
    form->addWidget(caption, row, 0);
    form->addWidget(edit, row, 1);
    form->addWidget(*hint, row + 1, 1);
    return edit;
}

QString UserForm::login() const
{
    return m_login ? m_login->text().trimmed() : QString();
}

QString UserForm::name() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

core::Role UserForm::role() const
{
    return m_role ? static_cast<core::Role>(m_role->currentData().toInt()) : core::Role::Admin;
}

void UserForm::setRole(core::Role role)
{
    if (m_role)
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

QString UserForm::password() const
{
    return m_password->text();
}

bool UserForm::isComplete() const
{
    return m_complete;
}

void UserForm::validate()
{
    bool complete = true;
    setMessage(m_formError, {});
    if (m_login) {
        QString hint;
        if (login().isEmpty())
            complete = false;
        else if (auto r = core::UserService::checkLogin(login()); !r) {
            hint = errorText(r.error());
            complete = false;
        }
        setMessage(m_loginHint, hint);
    }
    if (m_name) {
        setMessage(m_nameHint, {});
        if (name().isEmpty())
            complete = false;
    }
    QString passwordHint;
    if (m_password->text().isEmpty())
        complete = false;
    else if (auto r = m_users.checkPasswordStrength(m_password->text()); !r) {
        passwordHint = errorText(r.error());
        complete = false;
    }
    setMessage(m_passwordHint, passwordHint);
    QString repeatHint;
    if (m_repeat->text().isEmpty())
        complete = false;
    else if (m_repeat->text() != m_password->text()) {
        repeatHint = tr("The two passwords are not the same.");
        complete = false;
    }
    setMessage(m_repeatHint, repeatHint);

    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged(complete);
    }
}

void UserForm::showError(const core::Error& error)
{
    const QString text = errorText(error);
    QLineEdit* focus = nullptr;
    if (error.field == QLatin1String("login") && m_loginHint) {
        setMessage(m_loginHint, text);
        focus = m_login;
    } else if (error.field == QLatin1String("name") && m_nameHint) {
        setMessage(m_nameHint, text);
        focus = m_name;
    } else if (error.field == QLatin1String("password")) {
        setMessage(m_passwordHint, text);
        focus = m_password;
    } else {
        setMessage(m_formError, text);
    }
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

} // namespace hukou::ui
