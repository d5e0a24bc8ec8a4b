#pragma once

#include "../error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hukou::core {

class Clock;
class Database;

// What one change did, as the service that made it describes it.
struct JournalChange
{
    QString action;   // e.g. "user.add", "person.update"
    QString entity;   // e.g. "user", "person"
    QString recordId; // the record's stable key (uuid, login, ...)
    qint64 version = 0;
    QJsonObject before; // empty for creations
    QJsonObject after;  // empty for pure reads (exports, prints)
    QString reason;
};

// One stored entry.
struct JournalEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString device;
    QString action;
    QString entity;
    QString recordId;
    qint64 version = 0;
    QString before; // compact JSON or empty
    QString after;
    QString reason;
    QString prevHash;
    QString hash;
    QString changeId; // shared by every entry of one user action (one transaction); '' before schema 7
};

struct JournalVerification
{
    qint64 entries = 0;
    std::optional<qint64> firstBadSeq; // set when the chain is broken
    QString problem;                   // translated explanation
    [[nodiscard]] bool ok() const { return !firstBadSeq.has_value(); }
};

// The append-only, SHA-256 hash-chained journal. append() must run inside the caller's
// transaction, so the change and its entry land together or not at all.
class Journal final
{
public:
    Journal(const Database& db, const Clock& clock, QString deviceId);

    // Appends an entry by `user` on this device, now, in the caller's transaction (whose change id
    // it takes: every entry of one action shares it).
    [[nodiscard]] Result<qint64> append(const QString& user, const JournalChange& change) const;
    // Appends an entry that keeps its origin: a change made on another device (sync), by its user,
    // at its time and with its change id. The entry joins this journal's chain.
    [[nodiscard]] Result<qint64> appendAs(const QString& user, const QString& device, const QDateTime& at,
                                          const QString& changeId, const JournalChange& change) const;
    // The sequence number the next append() will get (inside the caller's write transaction),
    // for records that point at the entry that created them.
    [[nodiscard]] Result<qint64> nextSeq() const;
    [[nodiscard]] Result<std::optional<JournalEntry>> entry(qint64 seq) const;
    [[nodiscard]] Result<std::vector<JournalEntry>> history(const QString& entity, const QString& recordId) const;
    // Newest first, at most `limit`, optionally only entries before `beforeSeq` (keyset paging).
    [[nodiscard]] Result<std::vector<JournalEntry>> recent(int limit, std::optional<qint64> beforeSeq = {}) const;
    [[nodiscard]] Result<JournalVerification> verify() const;

    [[nodiscard]] static QString computeHash(const JournalEntry& e);

private:
    const Database& m_db;
    const Clock& m_clock;
    QString m_deviceId;
};

} // namespace hukou::core
