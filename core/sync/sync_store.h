#pragma once

#include "../error.h"
#include "../storage/database.h"
#include "sync_service.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace hukou::core {

// One record as it travels: its kind, stable key (uuid; the number for applications), version and
// image (every column but the local row id and journal pointers; references to other records by
// their keys: "household", "person", "collective", "previous_household", "head"), with where and
// by whom it was last changed on the sending side.
struct SyncRecord
{
    SyncKind kind = SyncKind::Person;
    QString key;
    qint64 version = 0;
    qint64 base = 0; // the version the receiver is known to have (0: none)
    QJsonObject image;
    QString district;
    QString label;
    QString changeId; // the change that last wrote it on the sender
    qint64 changeSeq = 0;
    bool bulk = false; // written by a bulk action (import, conversion): applied record by record
    QString user, device;
    QString at;
    QStringList supersedes; // keys of records merged into this one (sync_alias)
};

// The sync tables and the record images: the SQL of sync, beside the stores of the registry,
// collective households and points it reads and writes generically, column by column.
class SyncStore final
{
public:
    explicit SyncStore(const Database& db);
    ~SyncStore();
    SyncStore(const SyncStore&) = delete;
    SyncStore& operator=(const SyncStore&) = delete;

    static constexpr std::array<SyncKind, 6> kinds = {SyncKind::Household,  SyncKind::Person, SyncKind::Collective,
                                                      SyncKind::Membership, SyncKind::Loan,   SyncKind::Application};
    [[nodiscard]] static QString kindName(SyncKind kind);
    [[nodiscard]] static std::optional<SyncKind> kindFromName(const QString& name);
    // The journal's entity name for a kind.
    [[nodiscard]] static QString entityOf(SyncKind kind);

    // ---- this device ----
    [[nodiscard]] Result<std::pair<QByteArray, QByteArray>> deviceKeys(const QString& deviceId) const; // public, secret

    // ---- peers ----
    [[nodiscard]] Result<std::vector<SyncPeer>> peers() const;
    [[nodiscard]] Result<std::optional<SyncPeer>> peerByName(const QString& name) const;
    [[nodiscard]] Result<std::optional<SyncPeer>> peerByDevice(const QString& deviceId) const;
    [[nodiscard]] Status insertPeer(const QString& name, const QString& deviceId, const QByteArray& key,
                                    const QString& at, const QString& by) const;
    [[nodiscard]] Status revokePeer(const QString& name, const QString& at, const QString& by) const;
    [[nodiscard]] Result<qint64> lastSentSeq(const QString& name) const;
    [[nodiscard]] Status markExported(const QString& name, qint64 lastSentSeq, bool numbered, const QString& at) const;
    [[nodiscard]] Status markImported(const QString& deviceId, bool numbered, const QString& at) const;

    // ---- what peers have ----
    [[nodiscard]] Result<std::optional<qint64>> known(const QString& device, SyncKind kind, const QString& key) const;
    [[nodiscard]] Status setKnown(const QString& device, SyncKind kind, const QString& key, qint64 version) const;

    // ---- records ----
    // Candidates changed by journal entries after `seq`: (kind, key) with the change that last wrote
    // them, in journal order.
    [[nodiscard]] Result<std::vector<SyncRecord>> changedSince(qint64 seq) const;
    // Keys of a district's current records of every kind (reference bundles).
    [[nodiscard]] Result<std::vector<SyncRecord>> districtRecords(const QString& district) const;
    // The record's image as it is here now, or nullopt.
    [[nodiscard]] Result<std::optional<SyncRecord>> load(SyncKind kind, const QString& key) const;
    // The key of the local record of this kind with the same natural key (citizen ID, household
    // number, loan number) as `image`, when it is another record.
    [[nodiscard]] Result<std::optional<QString>> naturalKeyClash(SyncKind kind, const QString& key,
                                                                 const QJsonObject& image) const;
    // The keys of the records this image refers to, by kind.
    [[nodiscard]] static std::vector<std::pair<SyncKind, QString>> references(SyncKind kind, const QJsonObject& image);
    // Writes the image over the record (or inserts it), keeping the search index in step; a
    // reference to a record not here yet is left empty and reported in `unresolved` (heads).
    [[nodiscard]] Status store(const SyncRecord& record, qint64 createdSeq, bool& unresolvedReference) const;
    // Points a household at its head once the head's record is here.
    [[nodiscard]] Status setHead(const QString& householdKey, const QString& personKey) const;
    // Gives the local record `oldKey` the key `newKey` (a merge decided elsewhere).
    [[nodiscard]] Status rekey(SyncKind kind, const QString& oldKey, const QString& newKey) const;
    [[nodiscard]] Status addAlias(SyncKind kind, const QString& oldKey, const QString& newKey) const;
    [[nodiscard]] Result<QStringList> aliasesOf(SyncKind kind, const QString& newKey) const;

    // ---- bundles seen ----
    [[nodiscard]] Result<bool> bundleSeen(const QString& bundleUuid) const;
    [[nodiscard]] Status recordBundle(const QString& bundleUuid, const QString& device, qint64 bundleNo,
                                      const QString& kind, const QString& at, const QString& by, const SyncImport& r,
                                      const QString& senderHead) const;

    // ---- conflicts ----
    [[nodiscard]] Result<std::vector<SyncConflict>> conflicts(bool openOnly) const;
    [[nodiscard]] Result<std::optional<SyncConflict>> conflict(qint64 id) const;
    [[nodiscard]] Result<bool> openConflictFor(SyncKind kind, const QString& key) const;
    [[nodiscard]] Result<qint64> insertConflict(const SyncConflict& c, qint64 remoteVersion) const;
    [[nodiscard]] Result<qint64> conflictRemoteVersion(qint64 id) const;
    [[nodiscard]] Status closeConflict(qint64 id, const QString& resolution, const QString& by, const QString& at,
                                       const QString& reason) const;
    [[nodiscard]] Result<qint64> openConflictCount() const;

    // ---- status ----
    // How many journal entries after `seq` changed records here on `device`, and when the first was.
    [[nodiscard]] Result<std::pair<qint64, QString>> localChangesSince(qint64 seq, const QString& device) const;
    // Whether anything after `seq` may be news for the peer `device` (changes and received bundles not
    // made by it): cheap, for deciding whether to write a bundle at all.
    [[nodiscard]] Result<bool> anythingFor(qint64 seq, const QString& device) const;
    [[nodiscard]] Result<std::optional<QString>> lastExportAt() const;
    [[nodiscard]] Result<qint64> journalHead() const;
    [[nodiscard]] Result<QString> journalHeadHash() const;

private:
    struct Impl;
    const Database& m_db;
    std::unique_ptr<Impl> m_impl;
};

} // namespace hukou::core
