#include "migrations.h"

#include "../registry/search_tokens.h"
#include "database.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

namespace hukou::core {

int Migrations::latestVersion()
{
    return static_cast<int>(schema::migrations().size());
}

Result<int> Migrations::currentVersion(const Database& db)
{
    auto v = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return std::unexpected(v.error());
    return static_cast<int>(v->value_or(0));
}

Result<QString> Migrations::upgrade(const Database& db, int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latest)
        return fail(ErrorCode::Failed,
                    QCoreApplication::translate("hukou::core::Migrations",
                                                "database %1 has schema version %2, newer than this program "
                                                "understands (%3); install a newer Hukou Desk")
                        .arg(db.path())
                        .arg(*current)
                        .arg(latest));
    if (*current >= target)
        return QString();

    QString backupPath;
    if (*current > 0 && db.path() != QLatin1String(":memory:")) {
        backupPath = QStringLiteral("%1.v%2-%3.bak")
                         .arg(db.path())
                         .arg(*current)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto b = db.backupTo(backupPath); !b)
            return std::unexpected(b.error());
    }

    // Rebuilding a table (create, copy, drop, rename) is done with foreign keys off, as SQLite
    // documents; they are checked before the upgrade commits and turned back on however it ends.
    // The pragma has no effect inside a transaction, so it comes first.
    if (auto r = db.setForeignKeys(false); !r)
        return std::unexpected(r.error());
    const auto foreignKeysBackOn = qScopeGuard([&db] { (void)db.setForeignKeys(true); });
    // Version 6 rebuilds the person search index with the application's tokenizer.
    if (auto r = db.defineFunction("hukou_search_document", 3,
                                   [](const std::vector<QString>& a) { return search_tokens::document(a[0], a[1], a[2]); });
        !r)
        return std::unexpected(r.error());

    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    const auto& steps = schema::migrations();
    for (int v = *current; v < target; ++v) {
        if (auto r = db.execScript(QString::fromUtf8(steps[static_cast<std::size_t>(v)])); !r)
            return fail(ErrorCode::Failed, QCoreApplication::translate("hukou::core::Migrations",
                                                                       "upgrading the schema to version %1 failed: %2")
                                               .arg(v + 1)
                                               .arg(r.error().message));
    }
    auto orphans = db.queryInt(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    if (!orphans)
        return std::unexpected(orphans.error());
    if (orphans->value_or(0) > 0)
        return fail(ErrorCode::Integrity,
                    QCoreApplication::translate("hukou::core::Migrations",
                                                "upgrading the schema to version %1 would leave %2 rows referring to "
                                                "rows that do not exist; nothing was changed")
                        .arg(target)
                        .arg(*orphans.value()));
    if (auto r = db.execScript(QStringLiteral("PRAGMA user_version=%1").arg(target)); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return backupPath;
}

} // namespace hukou::core
