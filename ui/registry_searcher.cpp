#include "registry_searcher.h"

#include "core/registry/person_store.h"
#include "core/storage/database.h"
#include "error_text.h"

#include <optional>

namespace hukou::ui {

struct RegistrySearcher::State
{
    QString path;
    std::atomic<quint64> latest{0};
    // Touched on the worker thread only.
    std::optional<core::Database> db;
    std::unique_ptr<core::PersonStore> store;
};

namespace {

SearchBatch runSearch(RegistrySearcher::State& s, quint64 generation, const QString& query,
                      core::SearchCursor cursor, int limit);

} // namespace

RegistrySearcher::RegistrySearcher(const QString& databasePath, QObject* parent)
    : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->path = databasePath;
    m_thread.setObjectName(QStringLiteral("registrySearch"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RegistrySearcher::~RegistrySearcher()
{
    m_state->latest = ~quint64(0); // skip whatever is still queued
    m_thread.quit();
    m_thread.wait();
    // The connection was made on the worker thread; the thread is gone, so closing it here is safe.
    m_state->store.reset();
    m_state->db.reset();
}

void RegistrySearcher::request(quint64 generation, const QString& query, const core::SearchCursor& cursor, int limit)
{
    m_state->latest = generation;
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        m_worker,
        [this, state, generation, query, cursor, limit] {
            if (state->latest.load() != generation)
                return; // a newer search replaced this one before it started
            SearchBatch batch = runSearch(*state, generation, query, cursor, limit);
            QMetaObject::invokeMethod(
                this, [this, batch = std::move(batch)] { emit batchReady(batch); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

namespace {

SearchBatch runSearch(RegistrySearcher::State& s, quint64 generation, const QString& query,
                      core::SearchCursor cursor, int limit)
{
    SearchBatch batch;
    batch.generation = generation;
    batch.cursor = cursor;
    if (!s.store) {
        auto db = core::Database::open(s.path, core::Database::Mode::ReadOnly);
        if (!db) {
            batch.error = errorText(db.error());
            batch.cursor.done = true;
            return batch;
        }
        s.db.emplace(std::move(*db));
        s.store = std::make_unique<core::PersonStore>(*s.db);
    }
    const core::PersonSearch search(*s.store);
    auto hits = search.next(query, batch.cursor, limit);
    if (!hits) {
        batch.error = errorText(hits.error());
        batch.cursor.done = true;
        return batch;
    }
    std::vector<qint64> ids;
    ids.reserve(hits->size());
    for (const core::SearchHit& h : *hits)
        ids.push_back(h.personId);
    auto summaries = s.store->summaries(ids);
    if (!summaries) {
        batch.error = errorText(summaries.error());
        batch.cursor.done = true;
        return batch;
    }
    // summaries() may come back in any order: put them in hit order.
    QHash<qint64, const core::PersonSummary*> byId;
    for (const core::PersonSummary& p : *summaries)
        byId.insert(p.id, &p);
    batch.rows.reserve(hits->size());
    for (const core::SearchHit& h : *hits)
        if (const core::PersonSummary* p = byId.value(h.personId))
            batch.rows.push_back({*p, h.kind});
    return batch;
}

} // namespace

} // namespace hukou::ui
