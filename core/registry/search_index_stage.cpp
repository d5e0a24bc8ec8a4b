#include "search_index_stage.h"

#include <string_view>

#include <sys/resource.h>
#include <unistd.h>

namespace hukou::core {

namespace {

// Runs waiting to be indexed (the import sends runs of 8,192 rows of about 40 bytes, so this is
// about 100 MB): the stage is meant to lag behind the load and catch up afterwards (work()).
constexpr std::size_t kMaxRuns = 256;

// Copies every row of `table` in `from` to the same table in `to`.
Status copyRows(const Database& from, const Database& to, const QString& table, const QString& columns)
{
    auto select = from.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns, table));
    if (!select)
        return std::unexpected(select.error());
    const qsizetype n = columns.count(QLatin1Char(',')) + 1;
    QStringList marks(n, QStringLiteral("?"));
    auto insert = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks.join(u',')));
    if (!insert)
        return std::unexpected(insert.error());
    for (;;) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        for (int i = 0; i < n; ++i)
            insert->bindColumn(i + 1, *select, i);
        if (auto r = insert->exec(); !r)
            return r;
    }
}

} // namespace

Result<QString> SearchIndexStage::queryText(const Database& db, const QString& sql, const QString& table)
{
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, table);
    auto text = st->first<QString>([](const Statement& row) { return row.text(0); });
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return fail(ErrorCode::Failed, tr("internal error: no search index table %1").arg(table));
    return **text;
}

Result<std::unique_ptr<SearchIndexStage>> SearchIndexStage::start(const Database& db, const QStringList& tables)
{
    std::unique_ptr<SearchIndexStage> stage(new SearchIndexStage);
    auto memory = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateIfMissing);
    if (!memory)
        return std::unexpected(memory.error());
    stage->m_db = std::move(*memory);
    for (const QString& name : tables) {
        Table t{name, {}, {}};
        auto sql = queryText(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), name);
        if (!sql)
            return std::unexpected(sql.error());
        t.sql = *sql;
        auto column = queryText(db, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE cid = 0"), name);
        if (!column)
            return std::unexpected(column.error());
        t.column = *column;
        // No merging while it grows: a million rows flush a few segments, merged by later writes.
        if (auto r = stage->m_db.execScript(t.sql + QStringLiteral("; INSERT INTO %1 (%1, rank) VALUES ('automerge', 0)").arg(name));
            !r)
            return std::unexpected(r.error());
        stage->m_tables.push_back(std::move(t));
    }
    stage->m_thread = std::jthread([s = stage.get()](std::stop_token stop) { s->work(stop); });
    return stage;
}

SearchIndexStage::~SearchIndexStage() = default;

void SearchIndexStage::add(const QString& table, Rows rows)
{
    std::size_t index = 0;
    while (m_tables[index].name != table)
        ++index;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_runs.size() < kMaxRuns || m_stopped; });
    if (m_stopped)
        return; // finishInto reports why
    m_runs.push_back(Run{index, std::move(rows)});
    m_changed.notify_all();
}

void SearchIndexStage::work(std::stop_token stop)
{
    // The lowest priority: while the load reads and writes its rows, both cores are busy, and
    // indexing alongside only slows them. The index takes what time they leave, and a core of its
    // own once the rows are written (while the load builds its other indexes).
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
    Status status;
    if (auto r = m_db.execScript(QStringLiteral("BEGIN")); !r)
        status = r;
    std::vector<Statement> inserts;
    for (const Table& t : m_tables) {
        if (!status)
            break;
        auto st = m_db.prepare(QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (?, ?)").arg(t.name, t.column));
        if (!st)
            status = std::unexpected(st.error());
        else
            inserts.push_back(std::move(*st));
    }
    while (status) {
        Run run;
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [&] { return !m_runs.empty() || m_closed; }))
                return; // dropped unfinished (the destructor)
            if (m_runs.empty())
                break; // closed, and everything indexed
            run = std::move(m_runs.front());
            m_runs.pop_front();
            m_changed.notify_all();
        }
        Statement& insert = inserts[run.table];
        for (std::size_t i = 0; i < run.rows.size() && status; ++i)
            status = insert.bind(1, run.rows.ids[i]).bindUtf8(2, run.rows.document(i)).exec();
    }
    if (status)
        status = m_db.execScript(QStringLiteral("COMMIT"));
    inserts.clear(); // finalized here, on the thread that used them
    std::lock_guard lock(m_mutex);
    m_status = status;
    m_stopped = true;
    m_changed.notify_all();
}

Status SearchIndexStage::finishInto(const Database& target)
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    m_thread.join();
    if (!m_status)
        return m_status;
    for (const Table& t : m_tables) {
        // Dropped and created again, not emptied: FTS5 keeps what it last read of an index in the
        // connection's table object, and would go on answering from that (the empty index) after
        // the copy below. A new table object reads the copied index afresh.
        if (auto r = target.execScript(QStringLiteral("DROP TABLE %1; %2; DELETE FROM %1_data; DELETE FROM %1_idx")
                                           .arg(t.name, t.sql));
            !r)
            return r;
        // The index itself: its blocks and its segment directory (FTS5's shadow tables, in the
        // format of the SQLite that wrote them, which is this one).
        if (auto r = copyRows(m_db, target, t.name + QStringLiteral("_data"), QStringLiteral("id, block")); !r)
            return r;
        if (auto r = copyRows(m_db, target, t.name + QStringLiteral("_idx"), QStringLiteral("segid, term, pgno")); !r)
            return r;
    }
    return {};
}

} // namespace hukou::core
