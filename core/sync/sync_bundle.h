#pragma once

#include "../error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace hukou::core {

// What a bundle says about itself, readable without any key (so a receiver can tell which device
// it is from and for whom, even when the content is sealed).
struct BundleManifest
{
    QString bundleUuid;
    QString kind; // "changes" or "reference"
    qint64 bundleNo = 0; // numbered per (source, target) for "changes"; 0 for a reference bundle
    QString sourceDevice;
    QString sourceName; // how the source calls itself (informational)
    QByteArray sourceKey; // Ed25519 public key
    QString targetDevice; // '' when addressed to nobody in particular
    QString createdAt;
    qint64 journalFrom = 0, journalTo = 0;
    int schemaVersion = 0;
    QJsonObject counts; // kind -> records
    qint64 records = 0;
    bool sealed = false;
    QString contentHash; // SHA-256 of the stored parts, in order, hex
    QString senderHead;  // the sender's journal head ("seq:hash")
    QString district;    // reference bundles
};

// The sync bundle file: one SQLite database (SQLite as an application file format) holding the
// manifest, the content in compressed parts (each sealed to the receiver's key when there is one:
// libsodium sealed boxes over the X25519 form of its Ed25519 key) and an Ed25519 signature over the
// SHA-256 of the whole file, taken with the signature's own 64 bytes set to a fixed placeholder.
// So any byte changed anywhere in the file, in content, manifest or unused space, breaks it.
class SyncBundle final
{
public:
    static constexpr const char* format = "hukou-sync/1";

    // Writes `file` (atomically: a temporary file renamed into place), readable by its owner only.
    [[nodiscard]] static Status write(const QString& file, BundleManifest manifest,
                                      const std::vector<QByteArray>& parts, const QByteArray& secretKey,
                                      const QByteArray& sealToPublicKey);
    // Reads the manifest and checks the signature against the manifest's own key (whether that key
    // is trusted is the caller's question). A damaged or altered file is an Integrity error.
    [[nodiscard]] static Result<BundleManifest> open(const QString& file);
    // The parts in order, the content hash checked, unsealed with this device's keys when sealed.
    [[nodiscard]] static Result<std::vector<QByteArray>> parts(const QString& file, const BundleManifest& manifest,
                                                               const QByteArray& publicKey,
                                                               const QByteArray& secretKey);
};

} // namespace hukou::core
