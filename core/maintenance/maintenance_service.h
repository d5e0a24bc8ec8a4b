#pragma once

#include "../auth/roles.h"
#include "../error.h"

#include <QCoreApplication>
#include <QStringList>

namespace hukou::core {

class Workspace;

struct HealthReport
{
    QStringList problems; // translated, one per finding
    qint64 journalEntries = 0;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Database upkeep: the integrity check (SQLite's own, foreign keys, the journal chain) and
// online backups (journaled, since a backup carries personal data out).
class MaintenanceService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::MaintenanceService)
public:
    explicit MaintenanceService(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<HealthReport> check() const;
    // Copies the database to `target` (which must not exist) with the SQLite backup API.
    [[nodiscard]] Status backup(const Actor& actor, const QString& target) const;

private:
    const Workspace& m_ws;
};

} // namespace hukou::core
