#pragma once

#include "../auth/roles.h"
#include "../error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace hukou::core {

class Workspace;

// This installation as its peers know it.
struct DeviceIdentity
{
    QString deviceId;
    QString publicKey;   // Ed25519, base64
    QString fingerprint; // short, to read out over the phone: "4F2A-91C3-0B7E-D5A8"
};

struct SyncPeer
{
    QString name;
    QString deviceId;
    QString publicKey; // base64
    QString fingerprint;
    QDateTime trustedAt;
    QString trustedBy;
    std::optional<QDateTime> revokedAt;
    qint64 bundlesSent = 0;     // numbered bundles written for this peer
    qint64 bundlesReceived = 0; // numbered bundles from this peer applied here
    std::optional<QDateTime> lastExportAt;
    std::optional<QDateTime> lastImportAt;
    [[nodiscard]] bool revoked() const { return revokedAt.has_value(); }
};

// The kinds of record a bundle carries, in the order they are applied.
enum class SyncKind { Household, Person, Collective, Membership, Loan, Application };

struct SyncExport
{
    QString file;
    QString bundleUuid;
    qint64 bundleNo = 0; // 0 for a reference bundle
    QString peer;
    qint64 records = 0;
    qint64 journalEntries = 0;
    QMap<QString, qint64> countsByKind; // "person" -> n
    bool sealed = false;
};

// What importing a bundle did (or, for a dry run, would do).
struct SyncImport
{
    QString bundleUuid;
    QString peer; // the sender's name here
    qint64 bundleNo = 0;
    bool dryRun = false;
    qint64 applied = 0;   // records inserted or changed
    qint64 conflicts = 0; // records held for a supervisor
    qint64 skipped = 0;   // records already as the bundle has them
    // Per kind ("person", ...): new, changed and conflicting records; per district likewise.
    QMap<QString, qint64> newByKind, changedByKind, conflictsByKind;
    QMap<QString, qint64> byDistrict; // records applied or conflicting, by district code
};

// A record both sides changed (or the same citizen ID registered twice), kept with both versions.
struct SyncConflict
{
    qint64 id = 0;
    QString kind;   // "person", "household", ...
    QString key;    // the remote record's uuid (or number)
    QString label;  // who or what it is: "王芳 440106199001011234"
    QString reason; // translated: why it is a conflict
    QJsonObject local;  // empty when the record is new here but clashes by natural key
    QJsonObject remote;
    QString localKey;   // the clashing local record's key when it differs from `key`
    QString remoteDevice, remoteUser;
    QDateTime remoteAt;
    QString bundleUuid;
    QDateTime createdAt;
    QString status; // "open", "resolved"
    QString resolution, resolvedBy, resolutionReason;
};

struct SyncFolderResult
{
    std::vector<SyncExport> exported;
    std::vector<SyncImport> imported;
    QStringList refused; // "file: why", for bundles that could not be imported
};

// Offline field work: signed, optionally sealed sync bundles between an office and its field
// laptops (or the desks of one office through a shared folder). See README ("Sync bundles").
class SyncService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::SyncService)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SyncService(const Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<DeviceIdentity> identity() const;
    [[nodiscard]] static QString fingerprint(const QByteArray& publicKey);

    [[nodiscard]] Result<SyncPeer> trust(const Actor& actor, const QString& name, const QString& deviceId,
                                         const QString& publicKeyBase64) const;
    [[nodiscard]] Status revoke(const Actor& actor, const QString& name) const;
    [[nodiscard]] Result<std::vector<SyncPeer>> peers(const Actor& actor) const;

    // Every record changed here that `peer` has not got yet, in one signed file sealed to the peer.
    [[nodiscard]] Result<SyncExport> exportChanges(const Actor& actor, const QString& peer, const QString& file,
                                                   const Progress& progress = {},
                                                   const std::atomic<bool>* cancel = nullptr) const;
    // The current records of a district (code or name), for a laptop to work from offline. Sealed to
    // `peer` when one is named.
    [[nodiscard]] Result<SyncExport> exportReference(const Actor& actor, const QString& district,
                                                     const QString& file, const QString& peer = {},
                                                     const Progress& progress = {},
                                                     const std::atomic<bool>* cancel = nullptr) const;
    // Checks signature, content, schema version, sender's trust and order before anything changes;
    // then applies the bundle in one transaction (or only reports, with dryRun).
    [[nodiscard]] Result<SyncImport> importBundle(const Actor& actor, const QString& file, bool dryRun,
                                                  const Progress& progress = {},
                                                  const std::atomic<bool>* cancel = nullptr) const;

    [[nodiscard]] Result<std::vector<SyncConflict>> conflicts(const Actor& actor, bool openOnly = true) const;
    enum class Keep { Local, Remote };
    // Keeps one version (with `fields` set on top, CSV column names for persons), journaled with the
    // reason; the result travels in the next bundles so both sides end up equal.
    [[nodiscard]] Result<SyncConflict> resolve(const Actor& actor, qint64 conflictId, Keep keep,
                                               const QHash<QString, QString>& fields, const QString& reason) const;

    // Exports for every trusted peer into `folder` and imports what waits there for this installation.
    [[nodiscard]] Result<SyncFolderResult> syncFolder(const Actor& actor, const QString& folder) const;

    // While changes made here wait to be exported: the days since the last export (or, when nothing
    // was ever exported, since the oldest waiting change); nullopt when nothing waits.
    [[nodiscard]] Result<std::optional<qint64>> daysSinceLastExport(const Actor& actor) const;
    // Changes (journal entries of record changes) made here that some trusted peer has not been sent.
    [[nodiscard]] Result<qint64> unsentChanges(const Actor& actor) const;

private:
    const Workspace& m_ws;
};

} // namespace hukou::core
