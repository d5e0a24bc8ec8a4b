#pragma once

#include "../error.h"
#include "../storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace hukou::core {

// The search index of a first load into an empty register, built while the load writes its rows.
// FTS5 spends about 3 s of CPU indexing a million persons and their households; on the load's own
// connection that came after the rows, on the critical path. Here a thread of its own (at the
// lowest priority: see work()) fills the same tables, as the register defines them, in an
// in-memory database, and the load then takes the finished index over (finishInto) inside its
// transaction: the index is tens of MB where the rows are hundreds, so the copy is quick. Nothing
// reaches the register unless the load commits.
class SearchIndexStage final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::SearchIndexStage)
public:
    // Rows of one search table: ids and their documents (UTF-8, packed end to end).
    struct Rows
    {
        std::vector<qint64> ids;
        std::string text;
        std::vector<std::size_t> ends; // where each document ends in text

        void add(qint64 id, std::string_view document)
        {
            ids.push_back(id);
            text += document;
            ends.push_back(text.size());
        }
        [[nodiscard]] std::size_t size() const { return ids.size(); }
        [[nodiscard]] std::string_view document(std::size_t i) const
        {
            const std::size_t begin = i ? ends[i - 1] : 0;
            return std::string_view(text).substr(begin, ends[i] - begin);
        }
    };

    // Empty copies of `tables` (FTS5 tables of `db`: their definitions are read from it).
    [[nodiscard]] static Result<std::unique_ptr<SearchIndexStage>> start(const Database& db,
                                                                         const QStringList& tables);
    ~SearchIndexStage(); // stops the thread; whatever was staged is dropped
    SearchIndexStage(const SearchIndexStage&) = delete;
    SearchIndexStage& operator=(const SearchIndexStage&) = delete;

    // Rows for `table`, indexed in the background. Returns at once unless many runs wait already:
    // then a slow index slows the load instead of filling memory.
    void add(const QString& table, Rows rows);
    // Waits for every row added, then replaces each table of `target` (empty of rows, on the
    // caller's transaction) with the staged one. Call once, after the last add().
    [[nodiscard]] Status finishInto(const Database& target);

private:
    struct Table
    {
        QString name;
        QString column;
        QString sql; // its CREATE VIRTUAL TABLE statement
    };
    struct Run
    {
        std::size_t table = 0; // index into m_tables
        Rows rows;
    };
    SearchIndexStage() = default;
    // The text in the first column of `sql`'s first row, about `table`.
    [[nodiscard]] static Result<QString> queryText(const Database& db, const QString& sql, const QString& table);
    void work(std::stop_token stop);

    Database m_db; // used by the thread until finishInto() has joined it
    std::vector<Table> m_tables;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Run> m_runs;
    bool m_closed = false;   // no more runs (finishInto)
    bool m_stopped = false;  // the thread has ended (after an error, add() drops its runs)
    Status m_status;         // the thread's outcome, read after joining
    std::jthread m_thread;   // last: stops and joins before the members above go
};

} // namespace hukou::core
