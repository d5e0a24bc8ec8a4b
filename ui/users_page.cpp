#include "users_page.h"

#include "add_user_dialog.h"
#include "core/clock.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"
#include "reset_password_dialog.h"
#include "user_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

const core::Role kRoleOrder[] = {core::Role::Clerk, core::Role::Field, core::Role::Supervisor, core::Role::Admin};

} // namespace

UsersPage::UsersPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_users(session.workspace)
{
    setObjectName(QStringLiteral("page_users"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    const auto button = [this, bar](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        bar->addWidget(b);
        return b;
    };
    m_add = button(tr("&Add user…"), QStringLiteral("addUserButton"));
    m_changeRole = button(tr("Change &role…"), QStringLiteral("changeRoleButton"));
    m_resetPassword = button(tr("Reset &password…"), QStringLiteral("resetPasswordButton"));
    m_toggleActive = button(tr("&Deactivate"), QStringLiteral("toggleActiveButton"));
    bar->addStretch();
    QPushButton* refresh = button(tr("Refresh"), QStringLiteral("refreshButton"));
    layout->addLayout(bar);

    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_model); // after the row header's mode: see RegistryPage
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(UserTableModel::Login, 160);
    m_table->setColumnWidth(UserTableModel::Name, 220);
    m_table->setColumnWidth(UserTableModel::Role, 160);
    m_table->setColumnWidth(UserTableModel::Active, 120);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::changeRole);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);

    reload();
}

UsersPage::~UsersPage() = default;

QString UsersPage::title() const
{
    return tr("Users");
}

QString UsersPage::subtitle() const
{
    return tr("Staff accounts of this installation and their roles.");
}

void UsersPage::activate()
{
    reload();
}

void UsersPage::reload(const QString& selectLogin)
{
    const core::User* current = selectedUser();
    const QString keep = selectLogin.isEmpty() && current ? current->login : selectLogin;
    auto users = m_users.list(m_session.actor);
    if (!users) {
        m_model->setUsers({}, {});
        setMessage(m_message, errorText(users.error()), Tone::Failure);
        return;
    }
    m_model->setUsers(std::move(*users), m_session.workspace.clock().now());
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

const core::User* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateButtons()
{
    const core::User* u = selectedUser();
    m_changeRole->setEnabled(u != nullptr);
    m_resetPassword->setEnabled(u != nullptr);
    m_toggleActive->setEnabled(u != nullptr);
    m_toggleActive->setText(u && !u->active ? tr("A&ctivate") : tr("&Deactivate"));
}

void UsersPage::report(const QString& message)
{
    setMessage(m_message, message, Tone::Success);
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::User& u = dialog->user();
        reload(u.login);
        report(tr("Added %1 (%2) as %3.").arg(u.name, u.login, core::Roles::label(u.role)));
    });
    dialog->open();
}

void UsersPage::changeRole()
{
    const core::User* u = selectedUser();
    if (!u)
        return;
    const core::User user = *u;
    QStringList labels;
    int current = 0;
    for (std::size_t i = 0; i < std::size(kRoleOrder); ++i) {
        labels << core::Roles::label(kRoleOrder[i]);
        if (kRoleOrder[i] == user.role)
            current = static_cast<int>(i);
    }
    const auto picked = m_session.prompts.choose(this, tr("Change role"),
                                                 tr("Role of %1 (%2):").arg(user.name, user.login), labels, current);
    if (!picked || *picked < 0 || *picked >= static_cast<int>(std::size(kRoleOrder)))
        return;
    const core::Role role = kRoleOrder[static_cast<std::size_t>(*picked)];
    if (role == user.role)
        return;
    auto changed = m_users.setRole(m_session.actor, user.login, role);
    if (!changed) {
        m_session.prompts.error(this, tr("Cannot change the role"), errorText(changed.error()));
        return;
    }
    reload(user.login);
    report(tr("%1 (%2) is now %3.").arg(user.name, user.login, core::Roles::label(role)));
}

void UsersPage::resetPassword()
{
    const core::User* u = selectedUser();
    if (!u)
        return;
    const core::User user = *u;
    auto* dialog = new ResetPasswordDialog(m_session, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, user] {
        reload(user.login);
        report(tr("Set a new password for %1 (%2).").arg(user.name, user.login));
    });
    dialog->open();
}

void UsersPage::toggleActive()
{
    const core::User* u = selectedUser();
    if (!u)
        return;
    const core::User user = *u;
    const bool activate = !user.active;
    if (!activate &&
        !m_session.prompts.confirm(this, tr("Deactivate user"),
                                   tr("Deactivate %1 (%2)? The account can no longer sign in until an "
                                      "administrator activates it again. Nothing the user recorded is removed.")
                                       .arg(user.name, user.login),
                                   tr("Deactivate")))
        return;
    auto changed = m_users.setActive(m_session.actor, user.login, activate);
    if (!changed) {
        m_session.prompts.error(this, activate ? tr("Cannot activate the user") : tr("Cannot deactivate the user"),
                                errorText(changed.error()));
        return;
    }
    reload(user.login);
    report(activate ? tr("Activated %1 (%2).").arg(user.name, user.login)
                    : tr("Deactivated %1 (%2).").arg(user.name, user.login));
}

} // namespace hukou::ui
