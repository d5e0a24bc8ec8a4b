#pragma once

#include "../error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hukou::core {

class Database;

// A prepared statement with typed binds (1-based, as SQLite's). Move-only; finalized on destruction.
class Statement final
{
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, const QString& value); // a null QString binds NULL
    // UTF-8 text bound without a copy: the bytes must stay valid until the statement is reset
    // (bulk loads bind straight from their packed rows). An empty view binds '', never NULL.
    Statement& bindUtf8(int index, std::string_view utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bindNull(int index);
    // The value in `column` of the row `source` stands on (a copy, of whatever type it has).
    Statement& bindColumn(int index, const Statement& source, int column);

    // Steps once: true when a row is available, false when done; errors as values.
    [[nodiscard]] Result<bool> step();
    // Steps to completion, for statements that return no rows.
    [[nodiscard]] Status exec();
    void reset();

    // Steps through every remaining row, turning each into a T with `read(*this)`; resets after.
    template <typename T, typename Read>
    [[nodiscard]] Result<std::vector<T>> collect(Read read)
    {
        std::vector<T> out;
        for (;;) {
            auto row = step();
            if (!row) {
                reset();
                return std::unexpected(row.error());
            }
            if (!*row)
                break;
            out.push_back(read(*this));
        }
        reset();
        return out;
    }
    // The first row as a T, or nullopt when there is none; resets after.
    template <typename T, typename Read>
    [[nodiscard]] Result<std::optional<T>> first(Read read)
    {
        auto row = step();
        if (!row) {
            reset();
            return std::unexpected(row.error());
        }
        std::optional<T> out;
        if (*row)
            out = read(*this);
        reset();
        return out;
    }

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db);
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    // UTF-8 copies of bound text, kept until the next bind of the same parameter, so SQLite can
    // use them without copying again (SQLITE_STATIC).
    std::vector<QByteArray> m_text;
};

// One SQLite connection (RAII). Opened with WAL, foreign keys and synchronous=FULL.
// A connection belongs to one thread; workers open their own. It is opened without SQLite's
// connection mutex (SQLITE_OPEN_NOMUTEX), so it must never be used by two threads at once.
class Database final
{
public:
    enum class Mode { OpenExisting, CreateIfMissing, ReadOnly };

    [[nodiscard]] static Result<Database> open(const QString& path, Mode mode);

    Database() = default;
    Database(Database&& other) noexcept
        : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_change(std::move(other.m_change))
    {
    }
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] Result<Statement> prepare(const QString& sql) const;
    // Runs one or more statements without results (schema, pragmas).
    [[nodiscard]] Status execScript(const QString& sql) const;
    // First column of the first row, or nullopt when there is no row.
    [[nodiscard]] Result<std::optional<qint64>> queryInt(const QString& sql) const;

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    // The id of the change the open write transaction makes (a uuid, new for each Transaction): every
    // journal entry of one user action carries it. Empty outside a Transaction.
    [[nodiscard]] const QString& currentChange() const { return m_change; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    // The page cache of this connection, in KiB (bulk loads raise it while they run).
    void setCacheSizeKiB(int kib) const;

    // Foreign key enforcement of this connection. SQLite ignores the change inside a transaction,
    // so table rebuilds and bulk loads that check their references themselves switch it off before
    // theirs (and back on however it ends).
    [[nodiscard]] Status setForeignKeys(bool on) const;

    // While `flag` is set, statements on this connection stop with an error (SQLITE_INTERRUPT);
    // nullptr removes the check.
    void interruptWhen(const std::atomic<bool>* flag) const;

    // A deterministic SQL function of text arguments on this connection, for migrations that derive
    // data with the application's own rules.
    using TextFunction = QString (*)(const std::vector<QString>& arguments);
    [[nodiscard]] Status defineFunction(const char* name, int argumentCount, TextFunction function) const;

    // Online, consistent copy through the SQLite backup API.
    [[nodiscard]] Status backupTo(const QString& targetPath) const;

    // The current SQLite error as a translated Error.
    [[nodiscard]] Error lastError(ErrorCode code = ErrorCode::Failed) const;

    // ---- Storage failures ----
    // An I/O error, a damaged page or the database file moved, deleted or replaced under an open
    // connection makes the file unsafe to write: from then on every connection of this process to
    // that file refuses to begin a transaction or run a writing statement (reads still answer, so
    // a window can say what happened), and the handler is told once. The GUI shows the message
    // and closes; the CLI reports the error with its exit code.

    // Checks that the file at path() is still the file this connection has open (SQLite's
    // SQLITE_FCNTL_HAS_MOVED); a moved or replaced file is recorded as a storage failure.
    [[nodiscard]] Status checkFile() const;
    // The storage failure recorded for this connection's file, if any.
    [[nodiscard]] std::optional<Error> storageFailure() const;
    // Called once per file, on the thread that met the failure.
    static void setStorageFailureHandler(std::function<void(const Error&)> handler);

private:
    explicit Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    friend class Transaction;
    sqlite3* m_db = nullptr;
    QString m_path;
    mutable QString m_change;
};

// Begins IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(const Database& db);
    Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();

private:
    explicit Transaction(const Database* db) : m_db(db) {}
    const Database* m_db = nullptr;
};

} // namespace hukou::core
