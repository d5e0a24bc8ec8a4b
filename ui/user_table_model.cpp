#include "user_table_model.h"

#include <QBrush>
#include <QColor>

namespace hukou::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setUsers(std::vector<core::User> users, const QDateTime& now)
{
    beginResetModel();
    m_users = std::move(users);
    m_now = now;
    endResetModel();
}

const core::User* UserTableModel::userAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

int UserTableModel::rowOf(const QString& login) const
{
    for (std::size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].login == login)
            return static_cast<int>(i);
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const core::User* u = index.isValid() ? userAt(index.row()) : nullptr;
    if (!u || index.column() >= ColumnCount)
        return {};
    const bool locked = u->lockedUntil.isValid() && u->lockedUntil > m_now;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Login:
            return u->login;
        case Name:
            return u->name;
        case Role:
            return core::Roles::label(u->role);
        case Active:
            return u->active ? tr("Active") : tr("Deactivated");
        case LockedUntil:
            return locked ? u->lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (!u->active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (locked && index.column() == LockedUntil)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case LoginRole:
        return u->login;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Active:
        return tr("Status");
    case LockedUntil:
        return tr("Locked until");
    default:
        return {};
    }
}

} // namespace hukou::ui
