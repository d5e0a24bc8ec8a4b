#pragma once

#include "registry_searcher.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace hukou::core {
class PersonStore;
class Workspace;
} // namespace hukou::core

namespace hukou::ui {

// The registry's result table. With no search text it browses every person: the row count comes
// from PersonStore::personCount() and rows load in pages by id as the view asks for them (person
// ids are dense, so row r is person r + 1); only a bounded number of pages stays cached. With a
// search it pages through PersonSearch results (best matches first) that a RegistrySearcher finds
// on its worker thread; canFetchMore()/fetchMore() ask for the next page.
class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonTableModel)
public:
    enum Column { CitizenId, Name, Sex, BirthDate, District, Address, HouseholdNumber, HukouNature, Status, Match,
                  ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 64;

    explicit PersonTableModel(const core::Workspace& ws, QObject* parent = nullptr);
    ~PersonTableModel() override;

    // Empty text browses everyone.
    void setSearch(const QString& text);
    [[nodiscard]] const QString& search() const { return m_query; }
    [[nodiscard]] bool isSearching() const { return !m_query.isEmpty(); }
    // A search is waiting for its worker.
    [[nodiscard]] bool isBusy() const { return m_pending; }
    // Reads again what others may have changed (counts, cached pages, the current search).
    void refresh();

    [[nodiscard]] qint64 personIdAt(int row) const;
    // The row showing this person among those loaded, or -1.
    [[nodiscard]] int rowOfPerson(qint64 personId) const;
    [[nodiscard]] int cachedPages() const { return static_cast<int>(m_pages.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The first page of a search arrived (or the search failed: `error` says why).
    void searchFinished(const QString& error);
    // Browsing could not read the database.
    void loadFailed(const QString& error);

private:
    [[nodiscard]] const core::PersonSummary* summaryAt(int row) const;
    void receive(const SearchBatch& batch);
    void startSearch();

    const core::Workspace& m_ws;
    std::unique_ptr<core::PersonStore> m_store; // GUI thread, for browsing
    RegistrySearcher* m_searcher = nullptr;

    QString m_query;
    // Browse mode
    qint64 m_count = 0;
    mutable QHash<qint64, std::vector<core::PersonSummary>> m_pages;
    // Search mode
    std::vector<SearchRow> m_rows;
    QSet<qint64> m_seen; // a person can match in several stages: listed once, at the best
    core::SearchCursor m_cursor;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace hukou::ui
