#pragma once

#include "../error.h"

namespace hukou::core {

class Database;

// Numbered schema migrations tracked in PRAGMA user_version.
class Migrations final
{
public:
    // The schema version this build writes.
    [[nodiscard]] static int latestVersion();
    // Brings the schema up to `target` (default: latest) in one transaction. When an existing,
    // non-empty older database is upgraded, a backup is first taken beside it with the
    // SQLite backup API; its path is returned (empty when none was needed).
    [[nodiscard]] static Result<QString> upgrade(const Database& db, int target = -1);
    [[nodiscard]] static Result<int> currentVersion(const Database& db);
};

} // namespace hukou::core
