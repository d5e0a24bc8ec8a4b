#pragma once

#include "../auth/roles.h"
#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace hukou::core {

class Workspace;

struct ImportRejection
{
    qint64 line = 0;
    QString column; // canonical column name, empty for the whole row
    QString reason; // translated
    QStringList values; // the row as read, for the rejects file
};

struct ImportReport
{
    qint64 rows = 0; // data rows read
    qint64 imported = 0;
    qint64 householdsCreated = 0;
    std::vector<ImportRejection> rejected;
    QString encoding;
    QStringList header; // as in the file
    qint64 journalSeq = 0; // the import's journal entry (0 for a dry run)
};

struct ImportOptions
{
    bool dryRun = false;                 // validate only; change nothing
    bool acceptPossibleDuplicates = false; // same name and birth date as a registered person, other ID
    std::function<void(qint64 done, qint64 total)> progress; // bytes read of the file, called now and then
    const std::atomic<bool>* cancel = nullptr;               // set to stop: nothing lands
};

// Loads persons and households from the persons CSV (shared/design/CLI.md). Header problems
// (unknown, missing or repeated columns; unreadable encoding) refuse the whole file. Each bad row
// is rejected with its line, column and reason; the valid rows land in one transaction with one
// journal entry that every record points back to (created_seq).
class PersonImporter final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PersonImporter)
public:
    explicit PersonImporter(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<ImportReport> importFile(const Actor& actor, const QString& path,
                                                  const ImportOptions& options) const;
    [[nodiscard]] Result<ImportReport> importBytes(const Actor& actor, const QByteArray& bytes,
                                                   const QString& sourceName, const ImportOptions& options) const;

    // The rejects file: line, column, reason, then the row's original columns.
    [[nodiscard]] static QByteArray rejectsCsv(const ImportReport& report);
    // The first `rows` data rows for a preview (header first), or the header error.
    [[nodiscard]] static Result<std::vector<QStringList>> preview(const QByteArray& bytes, const QString& sourceName,
                                                                  int rows);

private:
    const Workspace& m_ws;
};

} // namespace hukou::core
