#include "person_table_model.h"

#include "core/domain/districts.h"
#include "core/registry/person_store.h"
#include "core/workspace.h"
#include "error_text.h"

#include <QColor>

namespace hukou::ui {

PersonTableModel::PersonTableModel(const core::Workspace& ws, QObject* parent)
    : QAbstractTableModel(parent), m_ws(ws), m_store(std::make_unique<core::PersonStore>(ws.db()))
{
    m_searcher = new RegistrySearcher(ws.db().path(), this);
    connect(m_searcher, &RegistrySearcher::batchReady, this, &PersonTableModel::receive);
    refresh();
}

PersonTableModel::~PersonTableModel() = default;

void PersonTableModel::setSearch(const QString& text)
{
    const QString query = text.trimmed();
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void PersonTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rows.clear();
    m_seen.clear();
    m_cursor = {};
    ++m_generation;
    m_pending = isSearching(); // the first page is asked for right after the reset
    m_count = 0;
    QString problem;
    if (!isSearching()) {
        // Row r shows person id r + 1 (ids are dense: persons are never deleted), so the highest id
        // is the row count, read from the end of the table instead of counting 3 million rows.
        auto count = m_store->maxPersonId();
        if (count)
            m_count = *count;
        else
            problem = errorText(count.error());
    }
    endResetModel();
    if (isSearching())
        startSearch();
    else if (!problem.isEmpty())
        emit loadFailed(problem);
}

void PersonTableModel::startSearch()
{
    m_pending = true;
    m_searcher->request(m_generation, m_query, m_cursor, PageSize);
}

void PersonTableModel::receive(const SearchBatch& batch)
{
    if (batch.generation != m_generation || !isSearching())
        return; // an older search: the text changed since
    const bool first = m_rows.empty() && m_cursor.stage == 0 && m_cursor.lastId == 0;
    m_pending = false;
    m_cursor = batch.cursor;
    std::vector<SearchRow> fresh;
    fresh.reserve(batch.rows.size());
    for (const SearchRow& r : batch.rows)
        if (!m_seen.contains(r.person.id)) {
            m_seen.insert(r.person.id);
            fresh.push_back(r);
        }
    if (!fresh.empty()) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at + static_cast<int>(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        endInsertRows();
    }
    if (first || !batch.error.isEmpty())
        emit searchFinished(batch.error);
}

bool PersonTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && isSearching() && !m_pending && !m_cursor.done;
}

void PersonTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        startSearch();
}

const core::PersonSummary* PersonTableModel::summaryAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (isSearching())
        return row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)].person : nullptr;
    if (row >= m_count)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear(); // simple bound: start over rather than track use
        auto loaded = m_store->summariesFrom(page * PageSize + 1, PageSize);
        it = m_pages.insert(page, loaded ? std::move(*loaded) : std::vector<core::PersonSummary>{});
    }
    const std::vector<core::PersonSummary>& rows = it.value();
    const qint64 id = row + 1;
    const auto at = static_cast<std::size_t>(row % PageSize);
    if (at < rows.size() && rows[at].id == id)
        return &rows[at];
    for (const core::PersonSummary& p : rows) // ids with a gap: look it up
        if (p.id == id)
            return &p;
    return nullptr;
}

qint64 PersonTableModel::personIdAt(int row) const
{
    const core::PersonSummary* p = summaryAt(row);
    return p ? p->id : 0;
}

int PersonTableModel::rowOfPerson(qint64 personId) const
{
    if (!isSearching())
        return personId >= 1 && personId <= m_count ? static_cast<int>(personId - 1) : -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].person.id == personId)
            return static_cast<int>(i);
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return isSearching() ? static_cast<int>(m_rows.size()) : static_cast<int>(m_count);
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PersonSummary* p = summaryAt(index.row());
    if (!p)
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(tr("(unavailable)")) : QVariant();
    if (role == Qt::ForegroundRole)
        return p->status == core::PersonStatus::Active ? QVariant() : QVariant(QColor(0x80, 0x80, 0x80));
    if (role == Qt::UserRole)
        return p->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CitizenId: return p->citizenId;
    case Name: return p->name;
    case Sex: return p->sex;
    case BirthDate: return p->birthDate.toString(Qt::ISODate);
    case District: return core::Districts::nameOf(p->district);
    case Address: return p->address;
    case HouseholdNumber: return p->householdNumber;
    case HukouNature: return p->hukouNature;
    case Status: return core::statusLabel(p->status);
    case Match:
        return isSearching() ? core::PersonSearch::kindLabel(m_rows[static_cast<std::size_t>(index.row())].kind)
                             : QString();
    default: return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CitizenId: return tr("Citizen ID");
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case BirthDate: return tr("Birth date");
    case District: return tr("District");
    case Address: return tr("Address");
    case HouseholdNumber: return tr("Household");
    case HukouNature: return tr("Hukou nature");
    case Status: return tr("Status");
    case Match: return tr("Matched by");
    default: return {};
    }
}

} // namespace hukou::ui
