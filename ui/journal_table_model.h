#pragma once

#include "core/journal/journal.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace hukou::ui {

// Journal entries, newest first, as Journal::recent pages them: seq, time, user, action, entity,
// version, record. Read-only.
class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTableModel)
public:
    enum Column { Seq, Time, User, Action, Entity, Version, Record, ColumnCount };

    explicit JournalTableModel(QObject* parent = nullptr);
    ~JournalTableModel() override;

    void setEntries(std::vector<core::JournalEntry> entries);
    // Adds an older page at the end.
    void appendEntries(std::vector<core::JournalEntry> entries);
    [[nodiscard]] const core::JournalEntry* entryAt(int row) const;
    // The oldest entry shown, for keyset paging (Journal::recent's beforeSeq).
    [[nodiscard]] std::optional<qint64> oldestSeq() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<core::JournalEntry> m_entries;
};

} // namespace hukou::ui
