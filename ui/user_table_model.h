#pragma once

#include "core/auth/user_service.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace hukou::ui {

// The users of the installation as UserService::list returns them: login, name, role, active, locked until.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)
public:
    enum Column { Login, Name, Role, Active, LockedUntil, ColumnCount };
    static constexpr int LoginRole = Qt::UserRole + 1;

    explicit UserTableModel(QObject* parent = nullptr);
    ~UserTableModel() override;

    // Replaces the rows; `now` decides which lockouts are still running.
    void setUsers(std::vector<core::User> users, const QDateTime& now);
    [[nodiscard]] const core::User* userAt(int row) const;
    [[nodiscard]] int rowOf(const QString& login) const; // -1 when absent

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<core::User> m_users;
    QDateTime m_now;
};

} // namespace hukou::ui
