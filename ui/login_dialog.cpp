#include "login_dialog.h"

#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hukou::ui {

LoginDialog::LoginDialog(const core::Workspace& workspace, Settings& settings, QWidget* parent)
    : QDialog(parent), m_users(workspace), m_settings(settings)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Hukou Desk"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(headingLabel(tr("Hukou Desk"), this));
    layout->addWidget(noteLabel(tr("Household registration case management. Sign in with the account your "
                                   "administrator gave you."),
                                this));
    layout->addSpacing(6);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(32);
    m_login->setText(settings.lastLogin());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* loginLabel = new QLabel(tr("&Login:"), this);
    loginLabel->setBuddy(m_login);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);

    m_error = errorLabel(QStringLiteral("loginError"), this);
    layout->addWidget(m_error);

    auto* where = noteLabel(tr("Database: %1").arg(QDir::toNativeSeparators(workspace.db().path())), this);
    where->setObjectName(QStringLiteral("databasePath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addStretch();
    layout->addWidget(where);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    setMinimumWidth(440);
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        setMessage(m_error, tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setMessage(m_error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    auto actor = m_users.authenticate(login, m_password->text());
    m_password->clear();
    if (!actor) {
        setMessage(m_error, ui::errorText(actor.error()));
        m_password->setFocus();
        return;
    }
    setMessage(m_error, {});
    m_actor = *actor;
    m_settings.setLastLogin(actor->login);
    QDialog::accept();
}

} // namespace hukou::ui
