#include "database.h"

#include "file_locks.h"
#include "../uuid.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <mutex>
#include <string>

#include <sqlite3.h>

namespace hukou::core {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Database)
};

// ---- Storage failures, per database file, for the whole process ----

std::mutex g_failureMutex;
std::atomic<bool> g_anyFailure{false};
std::map<std::string, Error> g_failures; // by the file's full path, as SQLite resolved it
std::function<void(const Error&)> g_failureHandler;

std::string fileOf(sqlite3* db)
{
    const char* name = db ? sqlite3_db_filename(db, "main") : nullptr;
    return name ? std::string(name) : std::string();
}

std::optional<Error> failureOf(sqlite3* db)
{
    if (!g_anyFailure.load(std::memory_order_acquire))
        return std::nullopt;
    const std::string file = fileOf(db);
    const std::lock_guard lock(g_failureMutex);
    const auto it = g_failures.find(file);
    return it == g_failures.end() ? std::nullopt : std::optional<Error>(it->second);
}

// The message a clerk reads: what happened to which file, that nothing more is written, and what
// to do. `what` is one of the reasons below, already translated.
Error storageFailureError(const QString& file, const QString& what)
{
    return Error{ErrorCode::Integrity,
                 Msg::tr("The database file %1 can no longer be used safely: %2. To protect the register, nothing "
                         "more is written to it. Close the program and ask the administrator to run "
                         "\"hukouctl check\" on the file before anyone goes on working.")
                     .arg(file, what),
                 {},
                 0};
}

void recordFailure(const std::string& file, const Error& error)
{
    std::function<void(const Error&)> handler;
    {
        const std::lock_guard lock(g_failureMutex);
        if (!g_failures.emplace(file, error).second)
            return; // told once
        g_anyFailure.store(true, std::memory_order_release);
        handler = g_failureHandler;
    }
    if (handler)
        handler(error);
}

// The reason for a fatal SQLite result code, or an empty string when the code is not fatal.
QString fatalReason(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_IOERR: return Msg::tr("reading or writing it failed (I/O error)");
    case SQLITE_CORRUPT: return Msg::tr("it is damaged");
    case SQLITE_NOTADB: return Msg::tr("it is no longer a database (the file was replaced or overwritten)");
    default: return {};
    }
}

// The connection's current error as an Error. An I/O error or damage met on an open connection is
// also recorded as the file's storage failure (opening a file that is no database is not: that is
// refused by open() and concerns no open connection).
Error sqliteError(sqlite3* db, ErrorCode code, bool established = true)
{
    const int rc = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    if ((rc & 0xFF) == SQLITE_CONSTRAINT)
        code = ErrorCode::Conflict;
    if ((rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB)
        code = ErrorCode::Integrity;
    const QString reason = fatalReason(rc);
    if (established && !reason.isEmpty()) {
        const std::string file = fileOf(db);
        const Error fatal = storageFailureError(QString::fromStdString(file), reason);
        recordFailure(file, fatal);
        return fatal;
    }
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    return Error{code, Msg::tr("database error: %1").arg(detail), {}, 0};
}

} // namespace

// ---- Statement ----

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db)
    : m_stmt(stmt), m_db(db), m_text(static_cast<std::size_t>(sqlite3_bind_parameter_count(stmt)) + 1)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
      m_text(std::move(other.m_text))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_text = std::move(other.m_text);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
    } else if (index > 0 && static_cast<std::size_t>(index) < m_text.size()) {
        QByteArray& slot = m_text[static_cast<std::size_t>(index)];
        slot = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, slot.constData(), static_cast<int>(slot.size()), SQLITE_STATIC);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement& Statement::bindUtf8(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.empty() ? "" : utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindColumn(int index, const Statement& source, int column)
{
    sqlite3_bind_value(m_stmt, index, sqlite3_column_value(source.m_stmt, column));
    return *this;
}

Result<bool> Statement::step()
{
    if (g_anyFailure.load(std::memory_order_acquire) && !sqlite3_stmt_readonly(m_stmt))
        if (auto failure = failureOf(m_db))
            return std::unexpected(*failure);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(sqliteError(m_db, ErrorCode::Failed));
}

Status Statement::exec()
{
    for (;;) {
        auto r = step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---- Database ----

Result<Database> Database::open(const QString& path, Mode mode)
{
    if (mode != Mode::CreateIfMissing && path != QLatin1String(":memory:") && !QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, Msg::tr("database file %1 does not exist").arg(path));
    // No memory statistics: with them on (SQLite's default) every sqlite3_malloc takes a global
    // mutex, shared by all connections of the process; nothing here reads them. Must precede
    // SQLite's initialisation (the first open); later calls are refused harmlessly.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        installProcessSafeFileLocks();
        return true;
    }();
    (void)configured;
    // NOMUTEX: a connection belongs to one thread (workers open their own; see the class comment),
    // so SQLite's per-connection mutex, taken on every bind, step and reset, only cost time
    // (about 1.8 s of CPU in an import of a million persons).
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK)
        return std::unexpected(Error{ErrorCode::Failed, Msg::tr("cannot open database %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))), {}, 0});
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    // Reading the schema proves the file is a database before anything else touches it. (Not through
    // prepare(): a file that is no database is refused here, not recorded as a storage failure.)
    if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Integrity, Msg::tr("%1 is not a Hukou Desk database or is damaged: %2")
                                              .arg(path, sqliteError(raw, ErrorCode::Integrity, false).message));
    const QString pragmas = mode == Mode::ReadOnly
        ? QStringLiteral("PRAGMA foreign_keys=ON;")
        : QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
                          "PRAGMA temp_store=MEMORY;");
    if (sqlite3_exec(raw, pragmas.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(raw, ErrorCode::Failed, false));
    return db;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_change = std::move(other.m_change);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(const QString& sql) const
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, ErrorCode::Failed));
    return Statement(stmt, m_db);
}

Status Database::execScript(const QString& sql) const
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        Error e = sqliteError(m_db, ErrorCode::Failed);
        sqlite3_free(err);
        return std::unexpected(e);
    }
    return {};
}

Result<std::optional<qint64>> Database::queryInt(const QString& sql) const
{
    auto st = prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || st->isNull(0))
        return std::optional<qint64>{};
    return std::optional<qint64>{st->integer(0)};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void Database::setCacheSizeKiB(int kib) const
{
    (void)execScript(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Status Database::setForeignKeys(bool on) const
{
    return execScript(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

void Database::interruptWhen(const std::atomic<bool>* flag) const
{
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 4096, [](void* f) { return static_cast<const std::atomic<bool>*>(f)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(flag)); // only read
}

Status Database::defineFunction(const char* name, int argumentCount, TextFunction function) const
{
    const auto call = [](sqlite3_context* context, int n, sqlite3_value** values) {
        std::vector<QString> arguments;
        arguments.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            arguments.push_back(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(values[i])),
                                                  sqlite3_value_bytes(values[i])));
        const QByteArray result = reinterpret_cast<TextFunction>(sqlite3_user_data(context))(arguments).toUtf8();
        sqlite3_result_text(context, result.constData(), static_cast<int>(result.size()), SQLITE_TRANSIENT);
    };
    if (sqlite3_create_function_v2(m_db, name, argumentCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   reinterpret_cast<void*>(function), call, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, ErrorCode::Failed));
    return {};
}

Status Database::backupTo(const QString& targetPath) const
{
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(targetPath.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(target);
        return fail(ErrorCode::Failed, Msg::tr("cannot create backup file %1").arg(targetPath));
    }
    sqlite3_backup* b = sqlite3_backup_init(target, "main", m_db, "main");
    if (!b) {
        Error e = sqliteError(target, ErrorCode::Failed);
        sqlite3_close_v2(target);
        return std::unexpected(e);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const int closeRc = sqlite3_close_v2(target);
    if (rc != SQLITE_DONE || closeRc != SQLITE_OK)
        return fail(ErrorCode::Failed, Msg::tr("backup to %1 failed: %2").arg(targetPath, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

Error Database::lastError(ErrorCode code) const
{
    return sqliteError(m_db, code);
}

Status Database::checkFile() const
{
    if (auto failure = failureOf(m_db))
        return std::unexpected(*failure);
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved) {
        const std::string file = fileOf(m_db);
        const Error fatal = storageFailureError(QString::fromStdString(file),
                                                Msg::tr("it was moved, deleted or replaced while in use"));
        recordFailure(file, fatal);
        return std::unexpected(fatal);
    }
    return {};
}

std::optional<Error> Database::storageFailure() const
{
    return failureOf(m_db);
}

void Database::setStorageFailureHandler(std::function<void(const Error&)> handler)
{
    const std::lock_guard lock(g_failureMutex);
    g_failureHandler = std::move(handler);
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(const Database& db)
{
    if (auto file = db.checkFile(); !file)
        return std::unexpected(file.error());
    if (auto r = db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return std::unexpected(r.error());
    db.m_change = newUuidV7(QDateTime::currentDateTimeUtc());
    return Transaction(&db);
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (m_db->inTransaction())
        (void)m_db->execScript(QStringLiteral("ROLLBACK"));
    m_db->m_change.clear();
}

Status Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::Failed, Msg::tr("transaction already finished"));
    auto r = m_db->execScript(QStringLiteral("COMMIT"));
    if (r) {
        m_db->m_change.clear();
        m_db = nullptr;
    }
    return r;
}

} // namespace hukou::core
