#pragma once

#include "error.h"
#include "journal/journal.h"
#include "storage/database.h"

#include <QString>

#include <memory>

namespace hukou::core {

class Clock;

// One open Hukou Desk database with what every service needs beside it: the clock,
// this installation's device id and the journal. Services take a Workspace& in their constructor.
class Workspace final
{
public:
    enum class Open { Existing, CreateIfMissing };

    // Opens (or creates) the database, applies migrations (backing up an older file first)
    // and makes sure this installation has a device identity.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString& path, Open how, const Clock& clock);

    // The default database: hukou.db in the user's data folder (shared by GUI and CLI).
    [[nodiscard]] static QString defaultDatabasePath();

    [[nodiscard]] const Database& db() const { return m_db; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const QString& deviceId() const { return m_deviceId; }
    [[nodiscard]] const Journal& journal() const { return *m_journal; }
    // Where the pre-upgrade backup went when open() upgraded an older schema.
    [[nodiscard]] const QString& upgradeBackupPath() const { return m_upgradeBackup; }

    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

private:
    Workspace(Database db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}
    Status ensureDevice();

    Database m_db;
    const Clock& m_clock;
    QString m_deviceId;
    QString m_upgradeBackup;
    std::unique_ptr<Journal> m_journal;
};

} // namespace hukou::core
