#pragma once

#include "core/registry/person.h"
#include "core/registry/person_search.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace hukou::ui {

// One row of a search result: the person's summary and how it matched.
struct SearchRow
{
    core::PersonSummary person;
    core::MatchKind kind = core::MatchKind::NameContains;
};

// What one search request brought back.
struct SearchBatch
{
    quint64 generation = 0;
    std::vector<SearchRow> rows;
    core::SearchCursor cursor;
    QString error; // translated; empty when the search ran
};

// Runs PersonSearch on a worker thread with a read-only connection of its own, so typing in the
// search box never waits for the database. Requests older than the newest are skipped, and the
// caller drops batches whose generation is stale.
class RegistrySearcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrySearcher)
public:
    explicit RegistrySearcher(const QString& databasePath, QObject* parent = nullptr);
    ~RegistrySearcher() override;

    struct State; // the worker's side, defined in the .cpp

    // Asks for up to `limit` further hits of `query` after `cursor`; batchReady() answers on this
    // object's thread.
    void request(quint64 generation, const QString& query, const core::SearchCursor& cursor, int limit);

signals:
    void batchReady(const hukou::ui::SearchBatch& batch);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    std::shared_ptr<State> m_state;
};

} // namespace hukou::ui
