#include "maintenance_service.h"

#include "../storage/database.h"
#include "../workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace hukou::core {

Result<HealthReport> MaintenanceService::check() const
{
    HealthReport report;
    const Database& db = m_ws.db();
    auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return std::unexpected(integrity.error());
    for (;;) {
        auto row = integrity->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (integrity->text(0) != QLatin1String("ok"))
            report.problems << tr("integrity: %1").arg(integrity->text(0));
    }
    auto fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return std::unexpected(fk.error());
    for (;;) {
        auto row = fk->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        report.problems << tr("foreign key: row %1 of table %2 refers to a missing row in %3")
                               .arg(fk->integer(1))
                               .arg(fk->text(0), fk->text(2));
    }
    auto v = m_ws.journal().verify();
    if (!v)
        return std::unexpected(v.error());
    report.journalEntries = v->entries;
    if (!v->ok())
        report.problems << tr("journal broken at entry %1: %2").arg(*v->firstBadSeq).arg(v->problem);
    return report;
}

Status MaintenanceService::backup(const Actor& actor, const QString& target) const
{
    if (auto r = Roles::require(actor, Permission::Backup); !r)
        return r;
    if (QFileInfo::exists(target))
        return fail(ErrorCode::Failed, tr("%1 already exists; choose a new file name").arg(target));
    const Database& db = m_ws.db();
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        JournalChange change{QStringLiteral("database.backup"), QStringLiteral("database"),
                             QFileInfo(db.path()).fileName(), 0, {},
                             QJsonObject{{QStringLiteral("target"), QFileInfo(target).absoluteFilePath()}}, {}};
        if (auto r = m_ws.journal().append(actor.login, change); !r)
            return std::unexpected(r.error());
        if (auto r = tx->commit(); !r)
            return r;
    }
    if (auto r = db.backupTo(target); !r) {
        QFile::remove(target);
        return r;
    }
    return {};
}

} // namespace hukou::core
