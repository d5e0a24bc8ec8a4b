#include "sync_bundle.h"

#include "../storage/database.h"
#include "sync_service.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <sodium.h>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace hukou::core {

namespace {

QByteArray placeholder()
{
    QByteArray p = QByteArrayLiteral("hukou-sync-bundle-signature-slot/");
    while (p.size() < static_cast<qsizetype>(crypto_sign_BYTES))
        p += '#';
    return p.left(crypto_sign_BYTES);
}

QByteArray sha256(const QByteArray& bytes)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()), reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return out;
}

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

Error damaged(const QString& file, const QString& why)
{
    return Error{ErrorCode::Integrity, SyncService::tr("%1 is not an intact sync bundle: %2").arg(file, why), {}, 0};
}

// The file as written, its signature slot back to the placeholder, or why not.
Result<QByteArray> signedBytes(const QString& file, const QByteArray& signature)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Failed, SyncService::tr("cannot read %1: %2").arg(file, f.errorString()));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf(signature);
    if (at < 0 || bytes.indexOf(signature, at + 1) >= 0)
        return std::unexpected(damaged(file, SyncService::tr("its signature cannot be found")));
    bytes.replace(at, signature.size(), placeholder());
    return bytes;
}

} // namespace

Status SyncBundle::write(const QString& file, BundleManifest m, const std::vector<QByteArray>& parts,
                         const QByteArray& secretKey, const QByteArray& sealToPublicKey)
{
    const QString temporary = file + QStringLiteral(".partial");
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));
    QByteArray curve;
    if (!sealToPublicKey.isEmpty()) {
        curve.resize(crypto_scalarmult_curve25519_BYTES);
        if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(curve.data()), u(sealToPublicKey)) != 0)
            return fail(ErrorCode::Invalid, SyncService::tr("the peer's key cannot be used for sealing"));
    }
    m.sealed = !curve.isEmpty();
    QByteArray hashed;
    std::vector<QByteArray> stored;
    stored.reserve(parts.size());
    for (const QByteArray& plain : parts) {
        QByteArray data = qCompress(plain, 6);
        if (m.sealed) {
            QByteArray boxed(data.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
            crypto_box_seal(reinterpret_cast<unsigned char*>(boxed.data()), u(data),
                            static_cast<unsigned long long>(data.size()), u(curve));
            data = std::move(boxed);
        }
        hashed += sha256(data);
        stored.push_back(std::move(data));
    }
    m.contentHash = QString::fromLatin1(sha256(hashed).toHex());
    {
        auto db = Database::open(temporary, Database::Mode::CreateIfMissing);
        if (!db)
            return std::unexpected(db.error());
        if (auto r = db->execScript(QStringLiteral(
                "PRAGMA journal_mode = DELETE; PRAGMA application_id = 1213548875; "
                "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; "
                "CREATE TABLE part (no INTEGER PRIMARY KEY, data BLOB NOT NULL); "
                "CREATE TABLE signature (id INTEGER PRIMARY KEY CHECK (id = 1), ed25519 BLOB NOT NULL); BEGIN"));
            !r)
            return std::unexpected(r.error());
        auto put = db->prepare(QStringLiteral("INSERT INTO manifest (key, value) VALUES (?, ?)"));
        if (!put)
            return std::unexpected(put.error());
        const QList<std::pair<const char*, QString>> values = {
            {"format", QString::fromLatin1(format)},
            {"bundle_uuid", m.bundleUuid},
            {"kind", m.kind},
            {"bundle_no", QString::number(m.bundleNo)},
            {"source_device", m.sourceDevice},
            {"source_name", m.sourceName},
            {"source_key", QString::fromLatin1(m.sourceKey.toBase64())},
            {"target_device", m.targetDevice},
            {"created_at", m.createdAt},
            {"journal_from", QString::number(m.journalFrom)},
            {"journal_to", QString::number(m.journalTo)},
            {"schema_version", QString::number(m.schemaVersion)},
            {"counts", QString::fromUtf8(QJsonDocument(m.counts).toJson(QJsonDocument::Compact))},
            {"records", QString::number(m.records)},
            {"sealed", m.sealed ? QStringLiteral("1") : QStringLiteral("0")},
            {"content_hash", m.contentHash},
            {"sender_head", m.senderHead},
            {"district", m.district},
        };
        for (const auto& [key, value] : values) {
            put->bind(1, QString::fromLatin1(key)).bind(2, value.isNull() ? QStringLiteral("") : value);
            if (auto r = put->exec(); !r)
                return std::unexpected(r.error());
        }
        auto part = db->prepare(QStringLiteral("INSERT INTO part (no, data) VALUES (?, ?)"));
        if (!part)
            return std::unexpected(part.error());
        qint64 no = 0;
        for (const QByteArray& data : stored) {
            part->bind(1, ++no).bind(2, data);
            if (auto r = part->exec(); !r)
                return std::unexpected(r.error());
        }
        auto sig = db->prepare(QStringLiteral("INSERT INTO signature (id, ed25519) VALUES (1, ?)"));
        if (!sig)
            return std::unexpected(sig.error());
        sig->bind(1, placeholder());
        if (auto r = sig->exec(); !r)
            return std::unexpected(r.error());
        if (auto r = db->execScript(QStringLiteral("COMMIT")); !r)
            return std::unexpected(r.error());
    }
    // Sign the whole file with the slot at its placeholder, then fill the slot in place.
    auto bytes = signedBytes(temporary, placeholder());
    if (!bytes)
        return std::unexpected(bytes.error());
    const QByteArray digest = sha256(*bytes);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, u(digest),
                         static_cast<unsigned long long>(digest.size()), u(secretKey));
    const qsizetype at = bytes->indexOf(placeholder());
    {
        QFile f(temporary);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(at) || f.write(signature) != signature.size() || !f.flush() ||
            ::fsync(f.handle()) != 0)
            return fail(ErrorCode::Failed, SyncService::tr("cannot write %1: %2").arg(temporary, f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(file).constData()) != 0)
        return fail(ErrorCode::Failed, SyncService::tr("cannot write %1").arg(file));
    return {};
}

Result<BundleManifest> SyncBundle::open(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return fail(ErrorCode::NotFound, SyncService::tr("%1 does not exist").arg(file));
    BundleManifest m;
    QByteArray signature;
    {
        auto db = Database::open(file, Database::Mode::ReadOnly);
        if (!db)
            return std::unexpected(damaged(file, db.error().message));
        auto st = db->prepare(QStringLiteral("SELECT key, value FROM manifest"));
        if (!st)
            return std::unexpected(damaged(file, SyncService::tr("it has no manifest")));
        QHash<QString, QString> v;
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(damaged(file, row.error().message));
            if (!*row)
                break;
            v.insert(st->text(0), st->text(1));
        }
        if (v.value(QStringLiteral("format")) != QLatin1String(format))
            return std::unexpected(damaged(file, SyncService::tr("it is not a Hukou Desk sync bundle")));
        auto sig = db->prepare(QStringLiteral("SELECT ed25519 FROM signature WHERE id = 1"));
        if (!sig)
            return std::unexpected(damaged(file, SyncService::tr("it is not signed")));
        auto row = sig->step();
        if (!row || !*row)
            return std::unexpected(damaged(file, SyncService::tr("it is not signed")));
        signature = sig->blob(0);
        m.bundleUuid = v.value(QStringLiteral("bundle_uuid"));
        m.kind = v.value(QStringLiteral("kind"));
        m.bundleNo = v.value(QStringLiteral("bundle_no")).toLongLong();
        m.sourceDevice = v.value(QStringLiteral("source_device"));
        m.sourceName = v.value(QStringLiteral("source_name"));
        m.sourceKey = QByteArray::fromBase64(v.value(QStringLiteral("source_key")).toLatin1());
        m.targetDevice = v.value(QStringLiteral("target_device"));
        m.createdAt = v.value(QStringLiteral("created_at"));
        m.journalFrom = v.value(QStringLiteral("journal_from")).toLongLong();
        m.journalTo = v.value(QStringLiteral("journal_to")).toLongLong();
        m.schemaVersion = v.value(QStringLiteral("schema_version")).toInt();
        m.counts = QJsonDocument::fromJson(v.value(QStringLiteral("counts")).toUtf8()).object();
        m.records = v.value(QStringLiteral("records")).toLongLong();
        m.sealed = v.value(QStringLiteral("sealed")) == QLatin1String("1");
        m.contentHash = v.value(QStringLiteral("content_hash"));
        m.senderHead = v.value(QStringLiteral("sender_head"));
        m.district = v.value(QStringLiteral("district"));
    }
    if (signature.size() != static_cast<qsizetype>(crypto_sign_BYTES) ||
        m.sourceKey.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES))
        return std::unexpected(damaged(file, SyncService::tr("its signature or key is malformed")));
    auto bytes = signedBytes(file, signature);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QByteArray digest = sha256(*bytes);
    if (crypto_sign_verify_detached(u(signature), u(digest), static_cast<unsigned long long>(digest.size()),
                                    u(m.sourceKey)) != 0)
        return std::unexpected(damaged(file, SyncService::tr("its signature does not match its content (the file was "
                                                            "altered or damaged after it was written)")));
    return m;
}

Result<std::vector<QByteArray>> SyncBundle::parts(const QString& file, const BundleManifest& m,
                                                  const QByteArray& publicKey, const QByteArray& secretKey)
{
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(damaged(file, db.error().message));
    auto st = db->prepare(QStringLiteral("SELECT data FROM part ORDER BY no"));
    if (!st)
        return std::unexpected(damaged(file, st.error().message));
    auto stored = st->collect<QByteArray>([](const Statement& s) { return s.blob(0); });
    if (!stored)
        return std::unexpected(damaged(file, stored.error().message));
    QByteArray hashed;
    for (const QByteArray& data : *stored)
        hashed += sha256(data);
    if (QString::fromLatin1(sha256(hashed).toHex()) != m.contentHash)
        return std::unexpected(damaged(file, SyncService::tr("its content does not match its content hash")));
    QByteArray curvePk, curveSk;
    if (m.sealed) {
        curvePk.resize(crypto_scalarmult_curve25519_BYTES);
        curveSk.resize(crypto_scalarmult_curve25519_BYTES);
        if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(curvePk.data()), u(publicKey)) != 0 ||
            crypto_sign_ed25519_sk_to_curve25519(reinterpret_cast<unsigned char*>(curveSk.data()), u(secretKey)) != 0)
            return fail(ErrorCode::Failed, SyncService::tr("this installation's key cannot open sealed bundles"));
    }
    std::vector<QByteArray> out;
    out.reserve(stored->size());
    for (QByteArray& data : *stored) {
        if (m.sealed) {
            if (data.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
                return std::unexpected(damaged(file, SyncService::tr("a sealed part is too short")));
            QByteArray open(data.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
            if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(open.data()), u(data),
                                     static_cast<unsigned long long>(data.size()), u(curvePk), u(curveSk)) != 0)
                return fail(ErrorCode::Failed,
                            SyncService::tr("%1 is sealed for another installation and cannot be opened here").arg(file));
            data = std::move(open);
        }
        QByteArray plain = qUncompress(data);
        if (plain.isEmpty() && !data.isEmpty())
            return std::unexpected(damaged(file, SyncService::tr("a part cannot be decompressed")));
        out.push_back(std::move(plain));
    }
    sodium_memzero(curveSk.data(), static_cast<std::size_t>(curveSk.size()));
    return out;
}

} // namespace hukou::core
