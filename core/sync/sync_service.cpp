#include "sync_service.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../storage/database.h"
#include "../storage/migrations.h"
#include "../uuid.h"
#include "../workspace.h"
#include "sync_bundle.h"
#include "sync_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>
#include <map>
#include <set>
#include <thread>

namespace hukou::core {

namespace {

constexpr qsizetype kRecordsPerPart = 5000;

QString nowText(const Clock& clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const SyncRecord& r)
{
    QJsonObject o{{QStringLiteral("k"), SyncStore::kindName(r.kind)},
                  {QStringLiteral("key"), r.key},
                  {QStringLiteral("v"), r.version},
                  {QStringLiteral("b"), r.base},
                  {QStringLiteral("img"), r.image},
                  {QStringLiteral("d"), r.district},
                  {QStringLiteral("l"), r.label},
                  {QStringLiteral("c"), r.changeId},
                  {QStringLiteral("s"), r.changeSeq},
                  {QStringLiteral("u"), r.user},
                  {QStringLiteral("dev"), r.device},
                  {QStringLiteral("at"), r.at}};
    if (r.bulk)
        o.insert(QStringLiteral("bulk"), true);
    if (!r.supersedes.isEmpty())
        o.insert(QStringLiteral("sup"), QJsonArray::fromStringList(r.supersedes));
    return o;
}

std::optional<SyncRecord> fromJson(const QJsonObject& o)
{
    const auto kind = SyncStore::kindFromName(o.value(QStringLiteral("k")).toString());
    if (!kind)
        return std::nullopt;
    SyncRecord r;
    r.kind = *kind;
    r.key = o.value(QStringLiteral("key")).toString();
    r.version = o.value(QStringLiteral("v")).toInteger();
    r.base = o.value(QStringLiteral("b")).toInteger();
    r.image = o.value(QStringLiteral("img")).toObject();
    r.district = o.value(QStringLiteral("d")).toString();
    r.label = o.value(QStringLiteral("l")).toString();
    r.changeId = o.value(QStringLiteral("c")).toString();
    r.changeSeq = o.value(QStringLiteral("s")).toInteger();
    r.user = o.value(QStringLiteral("u")).toString();
    r.device = o.value(QStringLiteral("dev")).toString();
    r.at = o.value(QStringLiteral("at")).toString();
    r.bulk = o.value(QStringLiteral("bulk")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("sup")).toArray())
        r.supersedes << v.toString();
    if (r.key.isEmpty() || r.version <= 0)
        return std::nullopt;
    return r;
}

// Two images say the same when they differ at most in when, where and in which version they were
// written (the same correction made on both sides is no conflict).
bool sameContent(QJsonObject a, QJsonObject b)
{
    for (const char* k : {"updated_at", "origin_device", "version"}) {
        a.remove(QLatin1String(k));
        b.remove(QLatin1String(k));
    }
    return a == b;
}

std::vector<QByteArray> toParts(const std::vector<SyncRecord>& records)
{
    std::vector<QByteArray> parts;
    QJsonArray current;
    for (const SyncRecord& r : records) {
        current.append(toJson(r));
        if (current.size() >= kRecordsPerPart) {
            parts.push_back(QJsonDocument(current).toJson(QJsonDocument::Compact));
            current = QJsonArray();
        }
    }
    if (!current.isEmpty() || parts.empty())
        parts.push_back(QJsonDocument(current).toJson(QJsonDocument::Compact));
    return parts;
}

} // namespace

QString SyncService::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().toUpper().left(16);
    QStringList groups;
    for (int i = 0; i < 16; i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

Result<DeviceIdentity> SyncService::identity() const
{
    auto keys = SyncStore(m_ws.db()).deviceKeys(m_ws.deviceId());
    if (!keys)
        return std::unexpected(keys.error());
    return DeviceIdentity{m_ws.deviceId(), QString::fromLatin1(keys->first.toBase64()), fingerprint(keys->first)};
}

Result<SyncPeer> SyncService::trust(const Actor& actor, const QString& name, const QString& deviceId,
                                    const QString& publicKeyBase64) const
{
    if (auto r = Roles::require(actor, Permission::ManagePeers); !r)
        return std::unexpected(r.error());
    const QString n = name.trimmed();
    const QString device = deviceId.trimmed();
    if (n.isEmpty() || n.size() > 60)
        return fail(ErrorCode::Invalid, tr("a peer needs a name of 1 to 60 characters"), QStringLiteral("name"));
    if (device.isEmpty())
        return fail(ErrorCode::Invalid, tr("a peer needs its device ID (hukouctl sync identity prints it)"),
                    QStringLiteral("device"));
    const QByteArray key =
        QByteArray::fromBase64(publicKeyBase64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 32)
        return fail(ErrorCode::Invalid,
                    tr("the key is not a device key: copy it exactly as the other installation shows it"),
                    QStringLiteral("key"));
    if (device == m_ws.deviceId())
        return fail(ErrorCode::Invalid, tr("this is this installation's own device ID"), QStringLiteral("device"));
    SyncStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    if (auto byName = store.peerByName(n); !byName)
        return std::unexpected(byName.error());
    else if (*byName)
        return fail(ErrorCode::Conflict, tr("there is already a peer named %1").arg(n), QStringLiteral("name"));
    if (auto byDevice = store.peerByDevice(device); !byDevice)
        return std::unexpected(byDevice.error());
    else if (*byDevice)
        return fail(ErrorCode::Conflict, tr("device %1 is already registered as %2").arg(device, (*byDevice)->name),
                    QStringLiteral("device"));
    const QString at = nowText(m_ws.clock());
    if (auto r = store.insertPeer(n, device, key, at, actor.login); !r)
        return std::unexpected(r.error());
    JournalChange change{
        QStringLiteral("sync.trust"),
        QStringLiteral("sync_peer"),
        n,
        1,
        {},
        QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("fingerprint"), fingerprint(key)}},
        {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    auto peer = store.peerByName(n);
    if (!peer)
        return std::unexpected(peer.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return **peer;
}

Status SyncService::revoke(const Actor& actor, const QString& name) const
{
    if (auto r = Roles::require(actor, Permission::ManagePeers); !r)
        return r;
    SyncStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto peer = store.peerByName(name.trimmed());
    if (!peer)
        return std::unexpected(peer.error());
    if (!*peer)
        return fail(ErrorCode::NotFound, tr("there is no peer named %1").arg(name.trimmed()));
    if ((*peer)->revoked())
        return fail(ErrorCode::Conflict, tr("%1 was already revoked").arg(name.trimmed()));
    if (auto r = store.revokePeer((*peer)->name, nowText(m_ws.clock()), actor.login); !r)
        return r;
    JournalChange change{QStringLiteral("sync.revoke"),
                         QStringLiteral("sync_peer"),
                         (*peer)->name,
                         2,
                         {},
                         QJsonObject{{QStringLiteral("device"), (*peer)->deviceId}},
                         {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return tx->commit();
}

Result<std::vector<SyncPeer>> SyncService::peers(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    return SyncStore(m_ws.db()).peers();
}

namespace {

// The peer a bundle is for, or why not.
Result<SyncPeer> activePeer(const SyncStore& store, const QString& name)
{
    auto peer = store.peerByName(name.trimmed());
    if (!peer)
        return std::unexpected(peer.error());
    if (!*peer)
        return fail(ErrorCode::NotFound,
                    SyncService::tr("there is no trusted peer named %1 (sync trust registers one)").arg(name.trimmed()),
                    QStringLiteral("peer"));
    if ((*peer)->revoked())
        return fail(
            ErrorCode::Failed,
            SyncService::tr("%1 was revoked on %2; nothing is exported for it")
                .arg((*peer)->name, (*peer)->revokedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QStringLiteral("peer"));
    return **peer;
}

// The end of every export: the journal entry that says what left the database and for whom, the
// manifest's account of the source and the content, the file, and the commit that records the
// sending (a file whose sending did not commit is removed: it must not be imported either).
Status finishExport(const Workspace& ws, const SyncStore& store, Transaction& tx, const Actor& actor,
                    SyncExport& result, BundleManifest m, const std::vector<SyncRecord>& records,
                    const std::optional<SyncPeer>& peer, const QString& action, QJsonObject details)
{
    QJsonObject counts;
    for (auto it = result.countsByKind.cbegin(); it != result.countsByKind.cend(); ++it)
        counts.insert(it.key(), it.value());
    details.insert(QStringLiteral("peer"), result.peer);
    details.insert(QStringLiteral("records"), result.records);
    details.insert(QStringLiteral("counts"), counts);
    details.insert(QStringLiteral("file"), QFileInfo(result.file).fileName());
    JournalChange change{action, QStringLiteral("sync_bundle"), result.bundleUuid, 1, {}, details, {}};
    auto seq = ws.journal().append(actor.login, change);
    if (!seq)
        return std::unexpected(seq.error());
    const QString now = nowText(ws.clock());
    if (peer) // a reference bundle leaves the peer's place in the journal where it was
        if (auto r = store.markExported(peer->name, result.bundleNo ? *seq : 0, result.bundleNo != 0, now); !r)
            return r;
    auto keys = store.deviceKeys(ws.deviceId());
    if (!keys)
        return std::unexpected(keys.error());
    auto headHash = store.journalHeadHash();
    if (!headHash)
        return std::unexpected(headHash.error());
    auto schema = Migrations::currentVersion(ws.db());
    if (!schema)
        return std::unexpected(schema.error());
    m.bundleUuid = result.bundleUuid;
    m.bundleNo = result.bundleNo;
    m.sourceDevice = ws.deviceId();
    m.sourceKey = keys->first;
    m.targetDevice = peer ? peer->deviceId : QString();
    m.createdAt = now;
    m.schemaVersion = *schema;
    m.counts = counts;
    m.records = result.records;
    m.senderHead = *headHash;
    const QByteArray sealTo = peer ? QByteArray::fromBase64(peer->publicKey.toLatin1()) : QByteArray();
    if (auto r = SyncBundle::write(result.file, m, toParts(records), keys->second, sealTo); !r)
        return r;
    result.sealed = peer.has_value();
    if (auto r = tx.commit(); !r) {
        QFile::remove(result.file);
        return r;
    }
    return {};
}

} // namespace

Result<SyncExport> SyncService::exportChanges(const Actor& actor, const QString& peerName, const QString& file,
                                              const Progress& progress, const std::atomic<bool>* cancel) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    SyncStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto peer = activePeer(store, peerName);
    if (!peer)
        return std::unexpected(peer.error());
    auto since = store.lastSentSeq(peer->name);
    if (!since)
        return std::unexpected(since.error());
    auto head = store.journalHead();
    if (!head)
        return std::unexpected(head.error());
    auto candidates = store.changedSince(*since);
    if (!candidates)
        return std::unexpected(candidates.error());

    // What the peer does not have yet: the changed records and, for each, the records it refers to.
    std::vector<SyncRecord> out;
    std::set<std::pair<int, QString>> included;
    std::vector<SyncRecord> queue = std::move(*candidates);
    const qint64 total = static_cast<qint64>(queue.size());
    qint64 done = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("export cancelled; nothing was written"));
        const SyncRecord wanted = queue[i];
        if (!included.emplace(static_cast<int>(wanted.kind), wanted.key).second)
            continue;
        auto current = store.load(wanted.kind, wanted.key);
        if (!current)
            return std::unexpected(current.error());
        if (!*current)
            continue; // re-keyed by a merge: travels under its new key
        auto known = store.known(peer->deviceId, wanted.kind, wanted.key);
        if (!known)
            return std::unexpected(known.error());
        if (*known && **known == (*current)->version)
            continue; // the peer has this version (it may even have sent it)
        auto held = store.openConflictFor(wanted.kind, wanted.key);
        if (!held)
            return std::unexpected(held.error());
        if (*held)
            continue; // waits for a supervisor's decision; the decision travels
        SyncRecord r = std::move(**current);
        r.base = known->value_or(0);
        r.changeId = wanted.changeId;
        r.changeSeq = wanted.changeSeq;
        r.bulk = wanted.bulk;
        r.user = wanted.user;
        r.device = wanted.device;
        r.at = wanted.at;
        auto aliases = store.aliasesOf(r.kind, r.key);
        if (!aliases)
            return std::unexpected(aliases.error());
        r.supersedes = *aliases;
        for (const auto& [kind, key] : SyncStore::references(r.kind, r.image))
            if (!included.contains({static_cast<int>(kind), key})) {
                // A record it refers to and the peer lacks travels with the same change (a
                // household created along with its first member is journaled through the member).
                SyncRecord ref = wanted;
                ref.kind = kind;
                ref.key = key;
                queue.push_back(ref);
            }
        out.push_back(std::move(r));
        if (progress && ++done % 1000 == 0)
            progress(done, total);
    }
    // Referenced records first (they carry no change of their own), then in the order of the changes.
    std::stable_sort(out.begin(), out.end(), [](const SyncRecord& a, const SyncRecord& b) {
        return a.changeSeq != b.changeSeq ? a.changeSeq < b.changeSeq : a.kind < b.kind;
    });

    SyncExport result;
    result.file = file;
    result.peer = peer->name;
    result.bundleUuid = newUuidV7(m_ws.clock().now());
    result.bundleNo = peer->bundlesSent + 1;
    result.journalEntries = *head - *since;
    result.records = static_cast<qint64>(out.size());
    for (const SyncRecord& r : out) {
        result.countsByKind[SyncStore::kindName(r.kind)] += 1;
        if (auto k = store.setKnown(peer->deviceId, r.kind, r.key, r.version); !k)
            return std::unexpected(k.error());
    }
    BundleManifest m;
    m.kind = QStringLiteral("changes");
    m.journalFrom = *since + 1;
    m.journalTo = *head;
    if (auto r = finishExport(m_ws, store, *tx, actor, result, m, out, *peer, QStringLiteral("sync.export"),
                              QJsonObject{{QStringLiteral("bundle_no"), result.bundleNo}});
        !r)
        return std::unexpected(r.error());
    if (progress)
        progress(total, total);
    return result;
}

Result<SyncExport> SyncService::exportReference(const Actor& actor, const QString& district, const QString& file,
                                                const QString& peerName, const Progress& progress,
                                                const std::atomic<bool>* cancel) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    if (auto r = Roles::require(actor, Permission::ReadPersons); !r)
        return std::unexpected(r.error());
    const auto d = Districts::findCurrent(district.trimmed());
    if (!d)
        return fail(ErrorCode::Invalid, tr("%1 is not a Guangzhou district").arg(district.trimmed()),
                    QStringLiteral("district"));
    SyncStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    std::optional<SyncPeer> peer;
    if (!peerName.trimmed().isEmpty()) {
        auto p = activePeer(store, peerName);
        if (!p)
            return std::unexpected(p.error());
        peer = *p;
    }
    auto keysOf = store.districtRecords(d->code);
    if (!keysOf)
        return std::unexpected(keysOf.error());
    std::vector<SyncRecord> out;
    out.reserve(keysOf->size());
    const qint64 total = static_cast<qint64>(keysOf->size());
    SyncExport result;
    std::set<std::pair<int, QString>> included;
    for (const SyncRecord& k : *keysOf)
        included.emplace(static_cast<int>(k.kind), k.key);
    for (std::size_t i = 0; i < keysOf->size(); ++i) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("export cancelled; nothing was written"));
        const SyncRecord k = (*keysOf)[i];
        auto current = store.load(k.kind, k.key);
        if (!current)
            return std::unexpected(current.error());
        if (!*current)
            continue;
        SyncRecord r = std::move(**current);
        r.bulk = true;
        if (peer) {
            auto known = store.known(peer->deviceId, r.kind, r.key);
            if (!known)
                return std::unexpected(known.error());
            r.base = known->value_or(0);
            if (auto s = store.setKnown(peer->deviceId, r.kind, r.key, r.version); !s)
                return std::unexpected(s.error());
        }
        // Records it refers to outside the district (a member's previous household) travel along.
        for (const auto& [kind, key] : SyncStore::references(r.kind, r.image))
            if (included.emplace(static_cast<int>(kind), key).second) {
                SyncRecord ref;
                ref.kind = kind;
                ref.key = key;
                keysOf->push_back(ref);
            }
        result.countsByKind[SyncStore::kindName(r.kind)] += 1;
        out.push_back(std::move(r));
        if (progress && static_cast<qint64>(out.size()) % 5000 == 0)
            progress(static_cast<qint64>(out.size()), total);
    }
    result.file = file;
    result.peer = peer ? peer->name : QString();
    result.bundleUuid = newUuidV7(m_ws.clock().now());
    result.records = static_cast<qint64>(out.size());
    BundleManifest m;
    m.kind = QStringLiteral("reference");
    m.district = d->code;
    if (auto r = finishExport(m_ws, store, *tx, actor, result, m, out, peer, QStringLiteral("sync.export_reference"),
                              QJsonObject{{QStringLiteral("district"), d->code}});
        !r)
        return std::unexpected(r.error());
    if (progress)
        progress(total, total);
    return result;
}

Result<SyncImport> SyncService::importBundle(const Actor& actor, const QString& file, bool dryRun,
                                             const Progress& progress, const std::atomic<bool>* cancel) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    // Everything about the file is checked before anything here changes.
    auto m = SyncBundle::open(file);
    if (!m)
        return std::unexpected(m.error());
    const QString name = QFileInfo(file).fileName();
    SyncStore store(m_ws.db());
    if (m->sourceDevice == m_ws.deviceId())
        return fail(ErrorCode::Failed, tr("%1 was written by this installation itself").arg(name));
    auto found = store.peerByDevice(m->sourceDevice);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::Failed,
                    tr("%1 comes from a device this installation does not trust (device %2, key fingerprint %3); an "
                       "administrator must register it first (sync trust)")
                        .arg(name, m->sourceDevice, fingerprint(m->sourceKey)));
    const SyncPeer peer = **found;
    if (peer.revoked())
        return fail(
            ErrorCode::Failed,
            tr("%1 comes from %2, which was revoked on %3; it is refused")
                .arg(name, peer.name, peer.revokedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (QByteArray::fromBase64(peer.publicKey.toLatin1()) != m->sourceKey)
        return fail(ErrorCode::Failed,
                    tr("%1 claims to come from %2 but is signed with another key (fingerprint %3, trusted %4); it is "
                       "refused")
                        .arg(name, peer.name, fingerprint(m->sourceKey), peer.fingerprint));
    if (!m->targetDevice.isEmpty() && m->targetDevice != m_ws.deviceId())
        return fail(ErrorCode::Failed,
                    tr("%1 is addressed to another installation (device %2)").arg(name, m->targetDevice));
    if (m->schemaVersion != Migrations::latestVersion())
        return fail(ErrorCode::Failed, tr("%1 was written by another version of Hukou Desk (database schema %2, this "
                                          "one has %3): bring both installations to the same version first")
                                           .arg(name)
                                           .arg(m->schemaVersion)
                                           .arg(Migrations::latestVersion()));
    SyncImport result;
    result.bundleUuid = m->bundleUuid;
    result.peer = peer.name;
    result.bundleNo = m->bundleNo;
    result.dryRun = dryRun;
    auto seen = store.bundleSeen(m->bundleUuid);
    if (!seen)
        return std::unexpected(seen.error());
    if (*seen) {
        result.skipped = m->records;
        return result;
    }
    const bool numbered = m->kind == QLatin1String("changes");
    if (numbered && m->bundleNo != peer.bundlesReceived + 1) {
        if (m->bundleNo > peer.bundlesReceived + 1)
            return fail(ErrorCode::Failed, tr("bundle %1 from %2 is missing: bundles from one device are imported in "
                                              "order, and %3 is bundle %4")
                                               .arg(peer.bundlesReceived + 1)
                                               .arg(peer.name, name)
                                               .arg(m->bundleNo));
        return fail(ErrorCode::Failed,
                    tr("%1 is bundle %2 from %3, but bundle %2 from %3 was already imported from another file")
                        .arg(name)
                        .arg(m->bundleNo)
                        .arg(peer.name));
    }
    auto keys = store.deviceKeys(m_ws.deviceId());
    if (!keys)
        return std::unexpected(keys.error());
    auto parts = SyncBundle::parts(file, *m, keys->first, keys->second);
    if (!parts)
        return std::unexpected(parts.error());
    // The parts are decoded on two threads (JSON parsing was a third of a large import's time).
    std::vector<std::vector<SyncRecord>> decoded(parts->size());
    std::vector<qint64> malformed(parts->size(), 0); // 1-based record number within its part, 0: none
    std::atomic<std::size_t> nextPart{0};
    const auto decode = [&] {
        for (std::size_t i = nextPart++; i < parts->size(); i = nextPart++) {
            const QJsonArray array = QJsonDocument::fromJson((*parts)[i]).array();
            decoded[i].reserve(static_cast<std::size_t>(array.size()));
            for (const QJsonValue& v : array) {
                auto r = fromJson(v.toObject());
                if (!r) {
                    malformed[i] = static_cast<qint64>(decoded[i].size()) + 1;
                    break;
                }
                decoded[i].push_back(std::move(*r));
            }
        }
    };
    {
        std::thread helper(decode);
        decode();
        helper.join();
    }
    std::vector<SyncRecord> records;
    records.reserve(static_cast<std::size_t>(m->records));
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        if (malformed[i])
            return fail(ErrorCode::Integrity, tr("%1 holds a malformed record (number %2)")
                                                  .arg(name)
                                                  .arg(static_cast<qint64>(records.size()) + malformed[i]));
        std::move(decoded[i].begin(), decoded[i].end(), std::back_inserter(records));
    }
    decoded.clear();

    // Conflicts recorded by this import are held with their change; only older open ones are looked up.
    auto openBefore = store.openConflictCount();
    if (!openBefore)
        return std::unexpected(openBefore.error());
    const bool anyOpenConflict = *openBefore > 0;
    // A large page cache while applying (fewer spills to the WAL), back to the default however this ends.
    m_ws.db().setCacheSizeKiB(1024 * 1024);
    const auto restoreCache = qScopeGuard([this] { m_ws.db().setCacheSizeKiB(2000); });
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    const QString now = nowText(m_ws.clock());
    const QString trace = QStringLiteral("%1 #%2 (%3)").arg(peer.name).arg(m->bundleNo).arg(m->bundleUuid);
    // The entry every record this bundle creates points back to (created_seq), as an import's does.
    JournalChange receive{QStringLiteral("sync.receive"),
                          QStringLiteral("sync_bundle"),
                          m->bundleUuid,
                          1,
                          {},
                          QJsonObject{{QStringLiteral("peer"), peer.name},
                                      {QStringLiteral("device"), peer.deviceId},
                                      {QStringLiteral("bundle_no"), m->bundleNo},
                                      {QStringLiteral("kind"), m->kind},
                                      {QStringLiteral("records"), m->records},
                                      {QStringLiteral("sender_head"), m->senderHead},
                                      {QStringLiteral("content_sha256"), m->contentHash}},
                          {}};
    auto createdSeq = m_ws.journal().append(actor.login, receive);
    if (!createdSeq)
        return std::unexpected(createdSeq.error());

    // A change is applied whole or held whole: records are grouped by the change that wrote them
    // (bulk work, an import or a conversion, record by record), in the sender's order.
    struct Group
    {
        qint64 seq = 0;
        std::vector<std::size_t> members;
    };
    std::vector<Group> groups;
    {
        QHash<QString, std::size_t> byChange;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const SyncRecord& r = records[i];
            if (r.bulk || r.changeId.isEmpty()) {
                groups.push_back({r.changeSeq, {i}});
                continue;
            }
            auto it = byChange.find(r.changeId);
            if (it == byChange.end()) {
                byChange.insert(r.changeId, groups.size());
                groups.push_back({r.changeSeq, {i}});
            } else {
                groups[*it].members.push_back(i);
            }
        }
        std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.seq < b.seq; });
        for (Group& g : groups)
            std::stable_sort(g.members.begin(), g.members.end(),
                             [&](std::size_t a, std::size_t b) { return records[a].kind < records[b].kind; });
    }

    struct Held
    {
        std::size_t index;
        QString reason;
        QString localKey;
        QJsonObject local;
        bool missingReference = false; // refers to a record that may come later in this bundle
    };
    std::vector<std::size_t> headless; // households stored before their head person arrived
    QJsonArray bulkUpdated;
    qint64 done = 0;
    // Each record travels with its latest image but in the order of its latest change, so a change may
    // refer to a record whose own later change comes after it in the bundle (a page lent, returned,
    // and its borrower moved away since the last bundle). Such a change waits for the next pass;
    // passes go on while they apply anything, and what still misses a record then is a conflict.
    std::vector<const Group*> pass;
    for (const Group& g : groups)
        pass.push_back(&g);
    bool lastPass = false;
    while (!pass.empty()) {
        std::vector<const Group*> waiting;
        for (const Group* group : pass) {
            const Group& g = *group;
            if (cancel && cancel->load())
                return fail(ErrorCode::Cancelled, tr("import cancelled; nothing was changed"));
            // A change of several records (or one that re-keys a record) applies under a savepoint, so
            // it can be held back whole. A single record needs none: every check comes before its
            // write, and a write that fails is undone by SQLite with its statement. (A savepoint per
            // record also made FTS5 flush a segment per record: a third of a large import's time.)
            const bool guarded =
                g.members.size() > 1 || std::any_of(g.members.begin(), g.members.end(),
                                                    [&](std::size_t i) { return !records[i].supersedes.isEmpty(); });
            if (guarded)
                if (auto r = m_ws.db().execScript(QStringLiteral("SAVEPOINT sync_change")); !r)
                    return std::unexpected(r.error());
            std::vector<Held> held;
            struct Applied
            {
                std::size_t index;
                bool isNew;
                QJsonObject before;
            };
            std::vector<Applied> applied;
            std::vector<std::size_t> skipped;
            for (std::size_t idx : g.members) {
                const SyncRecord& r = records[idx];
                auto local = store.load(r.kind, r.key);
                if (!local)
                    return std::unexpected(local.error());
                bool authoritative = false;
                if (!*local) {
                    // A merge decided elsewhere: the record this one replaces takes its key.
                    for (const QString& old : r.supersedes) {
                        auto replaced = store.load(r.kind, old);
                        if (!replaced)
                            return std::unexpected(replaced.error());
                        if (!*replaced)
                            continue;
                        if (auto k = store.rekey(r.kind, old, r.key); !k)
                            return std::unexpected(k.error());
                        if (auto a = store.addAlias(r.kind, old, r.key); !a)
                            return std::unexpected(a.error());
                        local = std::move(replaced);
                        authoritative = true;
                        break;
                    }
                }
                auto open = anyOpenConflict ? store.openConflictFor(r.kind, r.key) : Result<bool>(false);
                if (!open)
                    return std::unexpected(open.error());
                if (*open) {
                    held.push_back({idx,
                                    tr("an earlier conflict about this record is still open"),
                                    {},
                                    *local ? (*local)->image : QJsonObject()});
                    continue;
                }
                if (!*local) {
                    auto clash = store.naturalKeyClash(r.kind, r.key, r.image);
                    if (!clash)
                        return std::unexpected(clash.error());
                    if (*clash) {
                        auto other = store.load(r.kind, **clash);
                        if (!other)
                            return std::unexpected(other.error());
                        held.push_back({idx,
                                        r.kind == SyncKind::Person
                                            ? tr("the same citizen ID is already registered here as another person")
                                            : tr("the same number is already used here by another record"),
                                        **clash, *other ? (*other)->image : QJsonObject()});
                        continue;
                    }
                } else if (sameContent((*local)->image, r.image)) {
                    // Nothing to apply; a higher version number (a decision that kept this content) is
                    // taken over, so both sides count the same from here on.
                    if (r.version > (*local)->version) {
                        bool unresolved = false;
                        if (auto s = store.store(r, *createdSeq, unresolved); !s)
                            return std::unexpected(s.error());
                    }
                    skipped.push_back(idx);
                    continue;
                } else if (!authoritative && (*local)->version != r.base) {
                    held.push_back({idx,
                                    tr("changed both here and on %1 since they last exchanged it").arg(peer.name),
                                    {},
                                    (*local)->image});
                    continue;
                }
                bool unresolved = false;
                if (auto s = store.store(r, *createdSeq, unresolved); !s) {
                    const ErrorCode code = s.error().code;
                    if (code != ErrorCode::NotFound && code != ErrorCode::Conflict)
                        return std::unexpected(s.error()); // not about the record: the import stops, nothing lands
                    held.push_back({idx,
                                    s.error().message,
                                    {},
                                    *local ? (*local)->image : QJsonObject(),
                                    s.error().code == ErrorCode::NotFound});
                    continue;
                }
                if (unresolved)
                    headless.push_back(idx);
                applied.push_back({idx, !*local, *local ? (*local)->image : QJsonObject()});
            }
            if (!held.empty()) {
                // Nothing of this change lands: every record of it waits for a supervisor.
                if (guarded)
                    if (auto r = m_ws.db().execScript(QStringLiteral("ROLLBACK TO sync_change; RELEASE sync_change"));
                        !r)
                        return std::unexpected(r.error());
                std::erase_if(headless, [&](std::size_t i) {
                    return std::find(g.members.begin(), g.members.end(), i) != g.members.end();
                });
                if (!lastPass &&
                    std::all_of(held.begin(), held.end(), [](const Held& h) { return h.missingReference; })) {
                    waiting.push_back(group);
                    continue;
                }
                const QString firstLabel = records[held.front().index].label;
                for (const Applied& a : applied)
                    held.push_back({a.index,
                                    tr("part of one change with a conflicting record (%1)").arg(firstLabel),
                                    {},
                                    a.before});
                for (const Held& h : held) {
                    const SyncRecord& r = records[h.index];
                    SyncConflict c;
                    c.kind = SyncStore::kindName(r.kind);
                    c.key = r.key;
                    c.localKey = h.localKey;
                    c.label = r.label;
                    c.reason = h.reason;
                    c.local = h.local;
                    c.remote = r.image;
                    c.remoteDevice = r.device.isEmpty() ? peer.deviceId : r.device;
                    c.remoteUser = r.user;
                    c.remoteAt = QDateTime::fromString(r.at, Qt::ISODateWithMs);
                    c.bundleUuid = m->bundleUuid;
                    c.createdAt = m_ws.clock().now().toUTC();
                    auto id = store.insertConflict(c, r.version);
                    if (!id)
                        return std::unexpected(id.error());
                    // The sender has that version: a decision made here travels to it as a change on it.
                    if (auto k = store.setKnown(peer.deviceId, r.kind, r.key, r.version); !k)
                        return std::unexpected(k.error());
                    JournalChange entry{
                        QStringLiteral("sync.conflict"),
                        SyncStore::entityOf(r.kind),
                        r.key,
                        r.version,
                        {},
                        QJsonObject{{QStringLiteral("conflict"), *id}, {QStringLiteral("bundle"), trace}},
                        h.reason};
                    if (auto j = m_ws.journal().append(actor.login, entry); !j)
                        return std::unexpected(j.error());
                    result.conflicts += 1;
                    result.conflictsByKind[c.kind] += 1;
                    result.byDistrict[r.district] += 1;
                }
            } else {
                if (guarded)
                    if (auto r = m_ws.db().execScript(QStringLiteral("RELEASE sync_change")); !r)
                        return std::unexpected(r.error());
                for (const Applied& a : applied) {
                    const SyncRecord& r = records[a.index];
                    const QString kind = SyncStore::kindName(r.kind);
                    (a.isNew ? result.newByKind : result.changedByKind)[kind] += 1;
                    result.byDistrict[r.district] += 1;
                    result.applied += 1;
                    if (r.bulk) {
                        if (!a.isNew) // new records point at sync.receive through created_seq
                            bulkUpdated.append(QJsonArray{kind, r.key, r.version});
                    } else {
                        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODateWithMs);
                        JournalChange entry{QStringLiteral("sync.apply"),
                                            SyncStore::entityOf(r.kind),
                                            r.key,
                                            r.version,
                                            a.before,
                                            r.image,
                                            trace};
                        if (auto j = m_ws.journal().appendAs(r.user.isEmpty() ? actor.login : r.user,
                                                             r.device.isEmpty() ? peer.deviceId : r.device,
                                                             at.isValid() ? at : m_ws.clock().now(), r.changeId, entry);
                            !j)
                            return std::unexpected(j.error());
                    }
                    if (auto k = store.setKnown(peer.deviceId, r.kind, r.key, r.version); !k)
                        return std::unexpected(k.error());
                }
                for (std::size_t idx : skipped) {
                    const SyncRecord& r = records[idx];
                    result.skipped += 1;
                    auto local = store.load(r.kind, r.key);
                    if (!local)
                        return std::unexpected(local.error());
                    if (auto k = store.setKnown(peer.deviceId, r.kind, r.key, *local ? (*local)->version : r.version);
                        !k)
                        return std::unexpected(k.error());
                }
            }
            done += static_cast<qint64>(g.members.size());
            if (progress && done % 1000 < static_cast<qint64>(g.members.size()))
                progress(done, static_cast<qint64>(records.size()));
        }
        lastPass = waiting.size() == pass.size(); // nothing applied: the next pass decides
        pass = std::move(waiting);
    }
    // Households whose head arrived after them.
    for (std::size_t idx : headless)
        if (auto s = store.setHead(records[idx].key, records[idx].image.value(QStringLiteral("head")).toString()); !s)
            return std::unexpected(s.error());
    if (auto r = store.recordBundle(m->bundleUuid, peer.deviceId, m->bundleNo, m->kind, now, actor.login, result,
                                    m->senderHead);
        !r)
        return std::unexpected(r.error());
    if (auto r = store.markImported(peer.deviceId, numbered, now); !r)
        return std::unexpected(r.error());
    JournalChange summary{QStringLiteral("sync.import"),
                          QStringLiteral("sync_bundle"),
                          m->bundleUuid,
                          2,
                          {},
                          QJsonObject{{QStringLiteral("peer"), peer.name},
                                      {QStringLiteral("bundle_no"), m->bundleNo},
                                      {QStringLiteral("applied"), result.applied},
                                      {QStringLiteral("conflicts"), result.conflicts},
                                      {QStringLiteral("skipped"), result.skipped},
                                      {QStringLiteral("bulk_updated"), bulkUpdated}},
                          {}};
    if (auto r = m_ws.journal().append(actor.login, summary); !r)
        return std::unexpected(r.error());
    if (progress)
        progress(static_cast<qint64>(records.size()), static_cast<qint64>(records.size()));
    if (dryRun)
        return result; // the transaction rolls back: nothing changed
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return result;
}

Result<std::vector<SyncConflict>> SyncService::conflicts(const Actor& actor, bool openOnly) const
{
    if (auto r = Roles::require(actor, Permission::ResolveConflicts); !r)
        return std::unexpected(r.error());
    return SyncStore(m_ws.db()).conflicts(openOnly);
}

Result<SyncConflict> SyncService::resolve(const Actor& actor, qint64 conflictId, Keep keep,
                                          const QHash<QString, QString>& fields, const QString& reason) const
{
    if (auto r = Roles::require(actor, Permission::ResolveConflicts); !r)
        return std::unexpected(r.error());
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::Invalid, tr("a resolution needs a reason"), QStringLiteral("reason"));
    SyncStore store(m_ws.db());
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    auto found = store.conflict(conflictId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("there is no sync conflict %1").arg(conflictId));
    const SyncConflict c = **found;
    if (c.status != QLatin1String("open"))
        return fail(ErrorCode::Conflict,
                    tr("conflict %1 was already resolved by %2").arg(conflictId).arg(c.resolvedBy));
    const auto kind = SyncStore::kindFromName(c.kind);
    if (!kind)
        return fail(ErrorCode::Integrity, tr("conflict %1 names an unknown kind of record").arg(conflictId));
    auto remoteVersion = store.conflictRemoteVersion(conflictId);
    if (!remoteVersion)
        return std::unexpected(remoteVersion.error());
    // The local record as it is now (it may have changed since the conflict was recorded).
    const QString localKey = c.localKey.isEmpty() ? c.key : c.localKey;
    auto local = store.load(*kind, localKey);
    if (!local)
        return std::unexpected(local.error());
    if (keep == Keep::Local && !*local)
        return fail(ErrorCode::NotFound, tr("the local version no longer exists; keep the remote one"));
    SyncRecord chosen;
    chosen.kind = *kind;
    chosen.image = keep == Keep::Local ? (*local)->image : c.remote;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QJsonValue current = chosen.image.value(it.key());
        if (current.isUndefined() || it.key() == QLatin1String("version") || it.key() == QLatin1String("uuid"))
            return fail(ErrorCode::Invalid, tr("%1 is not a field of this record").arg(it.key()), it.key());
        if (current.isDouble()) {
            bool ok = false;
            const qint64 n = it.value().toLongLong(&ok);
            if (!ok)
                return fail(ErrorCode::Invalid, tr("%1 takes a number").arg(it.key()), it.key());
            chosen.image.insert(it.key(), n);
        } else {
            chosen.image.insert(it.key(), it.value());
        }
    }
    // A version above both, so the decision replaces both sides' versions wherever it travels.
    const qint64 version = std::max(*local ? (*local)->version : 0, *remoteVersion) + 1;
    chosen.image.insert(QStringLiteral("version"), version);
    chosen.image.insert(QStringLiteral("updated_at"), nowText(m_ws.clock()));
    chosen.version = version;
    if (c.localKey.isEmpty() || keep == Keep::Local) {
        chosen.key = localKey;
        if (!c.localKey.isEmpty())
            if (auto a = store.addAlias(*kind, c.key, localKey); !a) // the remote record merges into ours
                return std::unexpected(a.error());
    } else {
        // The remote record wins a clash of natural keys: ours takes its key.
        if (auto k = store.rekey(*kind, c.localKey, c.key); !k)
            return std::unexpected(k.error());
        if (auto a = store.addAlias(*kind, c.localKey, c.key); !a)
            return std::unexpected(a.error());
        chosen.key = c.key;
    }
    auto seq = m_ws.journal().nextSeq();
    if (!seq)
        return std::unexpected(seq.error());
    bool unresolved = false;
    if (auto s = store.store(chosen, *seq, unresolved); !s)
        return std::unexpected(s.error());
    const QString resolution = keep == Keep::Local ? QStringLiteral("local") : QStringLiteral("remote");
    if (auto r = store.closeConflict(conflictId, fields.isEmpty() ? resolution : resolution + QStringLiteral("+fields"),
                                     actor.login, nowText(m_ws.clock()), reason.trimmed());
        !r)
        return std::unexpected(r.error());
    JournalChange change{QStringLiteral("sync.resolve"),
                         SyncStore::entityOf(*kind),
                         chosen.key,
                         version,
                         *local ? (*local)->image : QJsonObject(),
                         chosen.image,
                         reason.trimmed()};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    auto after = store.conflict(conflictId);
    if (!after)
        return std::unexpected(after.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return **after;
}

Result<SyncFolderResult> SyncService::syncFolder(const Actor& actor, const QString& folder) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    const QDir dir(folder);
    if (!dir.exists())
        return fail(ErrorCode::NotFound, tr("the sync folder %1 does not exist").arg(folder));
    SyncFolderResult out;
    // What waits here for this installation, oldest bundle first (numbers are zero-padded).
    const QStringList waiting =
        dir.entryList({QStringLiteral("*-to-%1-*.hkb").arg(m_ws.deviceId())}, QDir::Files, QDir::Name);
    for (const QString& name : waiting) {
        auto manifest = SyncBundle::open(dir.filePath(name));
        if (manifest) {
            auto seen = SyncStore(m_ws.db()).bundleSeen(manifest->bundleUuid);
            if (!seen)
                return std::unexpected(seen.error());
            if (*seen)
                continue;
        }
        auto imported = importBundle(actor, dir.filePath(name), false);
        if (!imported) {
            out.refused << QStringLiteral("%1: %2").arg(name, imported.error().message);
            continue;
        }
        out.imported.push_back(*imported);
    }
    auto all = SyncStore(m_ws.db()).peers();
    if (!all)
        return std::unexpected(all.error());
    for (const SyncPeer& p : *all) {
        if (p.revoked())
            continue;
        const QString name = QStringLiteral("%1-to-%2-%3.hkb")
                                 .arg(m_ws.deviceId(), p.deviceId)
                                 .arg(p.bundlesSent + 1, 6, 10, QLatin1Char('0'));
        auto since = SyncStore(m_ws.db()).lastSentSeq(p.name);
        if (!since)
            return std::unexpected(since.error());
        auto pending = SyncStore(m_ws.db()).anythingFor(*since, p.deviceId);
        if (!pending)
            return std::unexpected(pending.error());
        if (!*pending)
            continue;
        // (A bundle may come out empty when the peer itself sent those changes: it still goes, so the
        // numbering stays continuous.)
        auto exported = exportChanges(actor, p.name, dir.filePath(name));
        if (!exported) {
            out.refused << QStringLiteral("%1: %2").arg(name, exported.error().message);
            continue;
        }
        out.exported.push_back(*exported);
    }
    return out;
}

namespace {

// The oldest place in the journal some trusted peer has not been sent yet, or nullopt without peers.
Result<std::optional<qint64>> oldestUnsent(const SyncStore& store)
{
    auto all = store.peers();
    if (!all)
        return std::unexpected(all.error());
    std::optional<qint64> since;
    for (const SyncPeer& p : *all) {
        if (p.revoked())
            continue;
        auto s = store.lastSentSeq(p.name);
        if (!s)
            return std::unexpected(s.error());
        since = since ? std::min(*since, *s) : *s;
    }
    return since;
}

} // namespace

Result<qint64> SyncService::unsentChanges(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    SyncStore store(m_ws.db());
    auto since = oldestUnsent(store);
    if (!since)
        return std::unexpected(since.error());
    auto changes = store.localChangesSince(since->value_or(0), m_ws.deviceId());
    if (!changes)
        return std::unexpected(changes.error());
    return changes->first;
}

Result<std::optional<qint64>> SyncService::daysSinceLastExport(const Actor& actor) const
{
    if (auto r = Roles::require(actor, Permission::SyncExchange); !r)
        return std::unexpected(r.error());
    SyncStore store(m_ws.db());
    auto since = oldestUnsent(store);
    if (!since)
        return std::unexpected(since.error());
    if (!*since)
        return std::optional<qint64>{}; // no peer to export to
    auto changes = store.localChangesSince(**since, m_ws.deviceId());
    if (!changes)
        return std::unexpected(changes.error());
    if (changes->first == 0)
        return std::optional<qint64>{};
    auto last = store.lastExportAt();
    if (!last)
        return std::unexpected(last.error());
    const QString from = *last ? **last : changes->second;
    return std::optional<qint64>{QDateTime::fromString(from, Qt::ISODateWithMs).daysTo(m_ws.clock().now())};
}

} // namespace hukou::core
