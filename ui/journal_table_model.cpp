#include "journal_table_model.h"

namespace hukou::ui {

JournalTableModel::JournalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

JournalTableModel::~JournalTableModel() = default;

void JournalTableModel::setEntries(std::vector<core::JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void JournalTableModel::appendEntries(std::vector<core::JournalEntry> entries)
{
    if (entries.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    for (auto& e : entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
}

const core::JournalEntry* JournalTableModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

std::optional<qint64> JournalTableModel::oldestSeq() const
{
    if (m_entries.empty())
        return std::nullopt;
    return m_entries.back().seq;
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    const core::JournalEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Seq || index.column() == Version))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e->seq;
    case Time:
        return e->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e->user;
    case Action:
        return e->action;
    case Entity:
        return e->entity;
    case Record:
        return e->recordId;
    case Version:
        return e->version;
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Kind");
    case Record:
        return tr("Record");
    case Version:
        return tr("Version");
    default:
        return {};
    }
}

} // namespace hukou::ui
