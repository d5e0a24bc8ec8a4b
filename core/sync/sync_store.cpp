#include "sync_store.h"

#include "../registry/search_tokens.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <unordered_map>

namespace hukou::core {

namespace {

struct Ref
{
    const char* column; // the integer foreign key here
    const char* name;   // its name in the image
    SyncKind target;
};

struct Spec
{
    SyncKind kind;
    const char* name; // in bundles and conflicts
    const char* table;
    const char* entity; // in the journal
    const char* key;    // the stable key column
    std::vector<Ref> refs;
    const char* natural;  // a second unique column, or nullptr
    const char* district; // SQL over alias t
    const char* label;    // SQL over alias t
    bool createdSeq;      // has a created_seq column
};

const std::vector<Spec>& specs()
{
    static const std::vector<Spec> all = {
        {SyncKind::Household,
         "household",
         "household",
         "household",
         "uuid",
         {{"head_id", "head", SyncKind::Person}},
         "number",
         "t.district",
         "t.number",
         true},
        {SyncKind::Person,
         "person",
         "person",
         "person",
         "uuid",
         {{"household_id", "household", SyncKind::Household}},
         "citizen_id",
         "(SELECT district FROM household WHERE id = t.household_id)",
         "t.name || ' ' || t.citizen_id",
         true},
        {SyncKind::Collective,
         "collective_household",
         "collective_household",
         "collective_household",
         "uuid",
         {{"household_id", "household", SyncKind::Household}},
         nullptr,
         "(SELECT district FROM household WHERE id = t.household_id)",
         "t.name",
         true},
        {SyncKind::Membership,
         "collective_membership",
         "collective_membership",
         "collective_membership",
         "uuid",
         {{"person_id", "person", SyncKind::Person},
          {"collective_id", "collective", SyncKind::Collective},
          {"previous_household_id", "previous_household", SyncKind::Household}},
         nullptr,
         "(SELECT h.district FROM collective_household c JOIN household h ON h.id = c.household_id WHERE c.id = "
         "t.collective_id)",
         "(SELECT name || ' ' || citizen_id FROM person WHERE id = t.person_id)",
         true},
        {SyncKind::Loan,
         "page_loan",
         "page_loan",
         "page_loan",
         "uuid",
         {{"person_id", "person", SyncKind::Person}, {"collective_id", "collective", SyncKind::Collective}},
         "loan_number",
         "(SELECT h.district FROM collective_household c JOIN household h ON h.id = c.household_id WHERE c.id = "
         "t.collective_id)",
         "t.loan_number || ' ' || (SELECT name FROM person WHERE id = t.person_id)",
         true},
        {SyncKind::Application,
         "settlement_application",
         "settlement_application",
         "settlement_application",
         "number",
         {{"person_id", "person", SyncKind::Person}},
         nullptr,
         "t.district",
         "t.number || ' ' || t.name",
         false},
    };
    return all;
}

const Spec& specOf(SyncKind kind)
{
    return specs()[static_cast<std::size_t>(kind)];
}

// The journal's entity names of every kind, quoted for an IN list.
QString recordEntities()
{
    QStringList entities;
    for (const Spec& s : specs())
        entities << QStringLiteral("'%1'").arg(QLatin1String(s.entity));
    return entities.join(QLatin1Char(','));
}

QString keyTable(SyncKind kind)
{
    return QString::fromLatin1(specOf(kind).table);
}

struct Column
{
    QString name;
    bool integer = false;
};

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

void bindJson(Statement& st, int index, const QJsonValue& v)
{
    if (v.isDouble())
        st.bind(index, static_cast<qint64>(v.toInteger()));
    else if (v.isBool())
        st.bind(index, v.toBool());
    else if (v.isString())
        st.bind(index, v.toString().isNull() ? QStringLiteral("") : v.toString());
    else
        st.bindNull(index);
}

SyncPeer readPeer(const Statement& st)
{
    SyncPeer p;
    p.name = st.text(0);
    p.deviceId = st.text(1);
    const QByteArray key = st.blob(2);
    p.publicKey = QString::fromLatin1(key.toBase64());
    p.fingerprint = SyncService::fingerprint(key);
    p.trustedAt = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
    p.trustedBy = st.text(4);
    if (!st.isNull(5))
        p.revokedAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    p.bundlesSent = st.integer(6);
    p.bundlesReceived = st.integer(7);
    if (!st.isNull(8))
        p.lastExportAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
    if (!st.isNull(9))
        p.lastImportAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    return p;
}

const QString kPeerColumns = QStringLiteral(
    "name, device_id, public_key, trusted_at, trusted_by, revoked_at, bundles_sent, bundles_received, last_export_at, "
    "last_import_at");

const QString kConflictColumns = QStringLiteral(
    "id, kind, key, local_key, label, reason, local_json, remote_json, remote_device, remote_user, remote_at, "
    "bundle_uuid, created_at, status, resolution, resolved_by, resolution_reason");

SyncConflict readConflict(const Statement& st)
{
    SyncConflict c;
    c.id = st.integer(0);
    c.kind = st.text(1);
    c.key = st.text(2);
    c.localKey = st.text(3);
    c.label = st.text(4);
    c.reason = st.text(5);
    c.local = object(st.text(6));
    c.remote = object(st.text(7));
    c.remoteDevice = st.text(8);
    c.remoteUser = st.text(9);
    c.remoteAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    c.bundleUuid = st.text(11);
    c.createdAt = QDateTime::fromString(st.text(12), Qt::ISODateWithMs);
    c.status = st.text(13);
    c.resolution = st.text(14);
    c.resolvedBy = st.text(15);
    c.resolutionReason = st.text(16);
    return c;
}

} // namespace

struct SyncStore::Impl
{
    std::array<std::vector<Column>, 6> columns; // plain columns per kind (no id, refs or journal pointers)
    std::unordered_map<std::string, Statement> statements;
};

SyncStore::SyncStore(const Database& db) : m_db(db), m_impl(std::make_unique<Impl>()) {}

SyncStore::~SyncStore() = default;

QString SyncStore::kindName(SyncKind kind)
{
    return QString::fromLatin1(specOf(kind).name);
}

std::optional<SyncKind> SyncStore::kindFromName(const QString& name)
{
    for (const Spec& s : specs())
        if (name == QLatin1String(s.name))
            return s.kind;
    return std::nullopt;
}

QString SyncStore::entityOf(SyncKind kind)
{
    return QString::fromLatin1(specOf(kind).entity);
}

#define HUKOU_SQL(var, sql)                                                                                            \
    auto var##_r = statement(m_db, m_impl->statements, sql);                                                           \
    if (!var##_r)                                                                                                      \
        return std::unexpected(var##_r.error());                                                                       \
    Statement& var = **var##_r

namespace {

Result<Statement*> statement(const Database& db, std::unordered_map<std::string, Statement>& cache, const QString& sql)
{
    const std::string k = sql.toStdString();
    auto it = cache.find(k);
    if (it == cache.end()) {
        auto st = db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        it = cache.emplace(k, std::move(*st)).first;
    }
    return &it->second;
}

} // namespace

// ---- this device ----

Result<std::pair<QByteArray, QByteArray>> SyncStore::deviceKeys(const QString& deviceId) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT public_key, secret_key FROM device WHERE id = ?"));
    st.bind(1, deviceId);
    auto row =
        st.first<std::pair<QByteArray, QByteArray>>([](const Statement& s) { return std::pair(s.blob(0), s.blob(1)); });
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Integrity, SyncService::tr("this installation has no device key"));
    return **row;
}

// ---- peers ----

Result<std::vector<SyncPeer>> SyncStore::peers() const
{
    HUKOU_SQL(st, QStringLiteral("SELECT ") + kPeerColumns + QStringLiteral(" FROM sync_peer ORDER BY name"));
    return st.collect<SyncPeer>(readPeer);
}

Result<std::optional<SyncPeer>> SyncStore::peerByName(const QString& name) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT ") + kPeerColumns + QStringLiteral(" FROM sync_peer WHERE name = ?"));
    st.bind(1, name);
    return st.first<SyncPeer>(readPeer);
}

Result<std::optional<SyncPeer>> SyncStore::peerByDevice(const QString& deviceId) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT ") + kPeerColumns + QStringLiteral(" FROM sync_peer WHERE device_id = ?"));
    st.bind(1, deviceId);
    return st.first<SyncPeer>(readPeer);
}

Status SyncStore::insertPeer(const QString& name, const QString& deviceId, const QByteArray& key, const QString& at,
                             const QString& by) const
{
    HUKOU_SQL(st, QStringLiteral("INSERT INTO sync_peer (name, device_id, public_key, trusted_at, trusted_by) "
                                 "VALUES (?,?,?,?,?)"));
    st.bind(1, name).bind(2, deviceId).bind(3, key).bind(4, at).bind(5, by);
    return st.exec();
}

Status SyncStore::revokePeer(const QString& name, const QString& at, const QString& by) const
{
    HUKOU_SQL(st, QStringLiteral("UPDATE sync_peer SET revoked_at = ?, revoked_by = ? WHERE name = ?"));
    st.bind(1, at).bind(2, by).bind(3, name);
    return st.exec();
}

Result<qint64> SyncStore::lastSentSeq(const QString& name) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT last_sent_seq FROM sync_peer WHERE name = ?"));
    st.bind(1, name);
    auto v = st.first<qint64>([](const Statement& s) { return s.integer(0); });
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(0);
}

Status SyncStore::markExported(const QString& name, qint64 lastSentSeq, bool numbered, const QString& at) const
{
    HUKOU_SQL(st, QStringLiteral("UPDATE sync_peer SET last_sent_seq = max(last_sent_seq, ?), bundles_sent = "
                                 "bundles_sent + ?, last_export_at = ? WHERE name = ?"));
    st.bind(1, lastSentSeq).bind(2, numbered ? 1 : 0).bind(3, at).bind(4, name);
    return st.exec();
}

Status SyncStore::markImported(const QString& deviceId, bool numbered, const QString& at) const
{
    HUKOU_SQL(st, QStringLiteral("UPDATE sync_peer SET bundles_received = bundles_received + ?, last_import_at = ? "
                                 "WHERE device_id = ?"));
    st.bind(1, numbered ? 1 : 0).bind(2, at).bind(3, deviceId);
    return st.exec();
}

// ---- what peers have ----

Result<std::optional<qint64>> SyncStore::known(const QString& device, SyncKind kind, const QString& key) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT version FROM sync_known WHERE device = ? AND kind = ? AND key = ?"));
    st.bind(1, device).bind(2, kindName(kind)).bind(3, key);
    return st.first<qint64>([](const Statement& s) { return s.integer(0); });
}

Status SyncStore::setKnown(const QString& device, SyncKind kind, const QString& key, qint64 version) const
{
    HUKOU_SQL(st, QStringLiteral("INSERT INTO sync_known (device, kind, key, version) VALUES (?,?,?,?) "
                                 "ON CONFLICT (device, kind, key) DO UPDATE SET version = excluded.version"));
    st.bind(1, device).bind(2, kindName(kind)).bind(3, key).bind(4, version);
    return st.exec();
}

// ---- records ----

Result<std::vector<SyncRecord>> SyncStore::changedSince(qint64 seq) const
{
    HUKOU_SQL(st,
              QStringLiteral("SELECT seq, entity, record_id, change_id, user, device, at, after, action FROM "
                             "journal WHERE seq > ? AND entity IN (%1, 'import', 'conversion_chunk', 'sync_bundle', "
                             "'points_ranking') "
                             "ORDER BY seq")
                  .arg(recordEntities()));
    // Records a bulk action created point at its entry (created_seq): an import, or a bundle received
    // from a peer (whose records this installation passes on to its other peers).
    HUKOU_SQL(created, QStringLiteral("SELECT 0, uuid FROM household WHERE created_seq = ?1 UNION ALL "
                                      "SELECT 1, uuid FROM person WHERE created_seq = ?1 UNION ALL "
                                      "SELECT 2, uuid FROM collective_household WHERE created_seq = ?1 UNION ALL "
                                      "SELECT 3, uuid FROM collective_membership WHERE created_seq = ?1 UNION ALL "
                                      "SELECT 4, uuid FROM page_loan WHERE created_seq = ?1"));
    std::vector<SyncRecord> out;
    QHash<QString, std::size_t> where; // kind/key -> index in out
    const auto add = [&](SyncKind kind, const QString& key, const Statement& entry, bool bulk) {
        const QString id = kindName(kind) + QLatin1Char('/') + key;
        SyncRecord r;
        r.kind = kind;
        r.key = key;
        r.changeSeq = entry.integer(0);
        r.changeId = entry.text(3).isEmpty() ? QStringLiteral("seq-%1").arg(entry.integer(0)) : entry.text(3);
        r.user = entry.text(4);
        r.device = entry.text(5);
        r.at = entry.text(6);
        r.bulk = bulk;
        if (auto it = where.find(id); it != where.end())
            out[*it] = r;
        else {
            where.insert(id, out.size());
            out.push_back(r);
        }
    };
    st.bind(1, seq);
    for (;;) {
        auto row = st.step();
        if (!row) {
            st.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        const QString entity = st.text(1);
        const QString action = st.text(8);
        if (entity == QLatin1String("import") || action == QLatin1String("sync.receive")) {
            created.bind(1, st.integer(0));
            auto keys = created.collect<std::pair<int, QString>>(
                [](const Statement& s) { return std::pair(static_cast<int>(s.integer(0)), s.text(1)); });
            if (!keys)
                return std::unexpected(keys.error());
            for (const auto& [kind, k] : *keys)
                add(static_cast<SyncKind>(kind), k, st, true);
            continue;
        }
        if (action == QLatin1String("sync.import")) {
            const QJsonArray updated = object(st.text(7)).value(QStringLiteral("bulk_updated")).toArray();
            for (const QJsonValue& v : updated)
                if (const auto kind = kindFromName(v.toArray().at(0).toString()))
                    add(*kind, v.toArray().at(1).toString(), st, true);
            continue;
        }
        if (entity == QLatin1String("points_ranking")) {
            // A ranking or a publication names the applications it changed (numbers, or objects with one).
            const QJsonObject after = object(st.text(7));
            for (const char* list : {"ranked", "not_ranked", "newly_published"})
                for (const QJsonValue& v : after.value(QLatin1String(list)).toArray())
                    add(SyncKind::Application,
                        v.isObject() ? v.toObject().value(QStringLiteral("number")).toString() : v.toString(), st,
                        false);
            continue;
        }
        if (entity == QLatin1String("sync_bundle"))
            continue; // exports and the like change no record
        if (entity == QLatin1String("conversion_chunk")) {
            const QJsonArray persons = object(st.text(7)).value(QStringLiteral("persons")).toArray();
            for (const QJsonValue& v : persons)
                add(SyncKind::Person, v.toString(), st, true);
            continue;
        }
        for (const Spec& s : specs())
            if (entity == QLatin1String(s.entity)) {
                add(s.kind, st.text(2), st, false);
                break;
            }
    }
    st.reset();
    return out;
}

namespace {

// The plain columns of a kind's table: everything but the row id, the references (travelling as
// keys), journal pointers and local rankings.
Result<std::vector<Column>> discoverColumns(const Database& db, const Spec& spec)
{
    auto st = db.prepare(
        QStringLiteral("SELECT name, type FROM pragma_table_info('%1') ORDER BY cid").arg(QLatin1String(spec.table)));
    if (!st)
        return std::unexpected(st.error());
    auto all = st->collect<Column>([](const Statement& s) {
        return Column{s.text(0), s.text(1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0};
    });
    if (!all)
        return std::unexpected(all.error());
    std::vector<Column> out;
    for (const Column& c : *all) {
        bool skip = c.name == QLatin1String("id") || c.name == QLatin1String("created_seq") ||
                    c.name == QLatin1String("ranking_id");
        for (const Ref& r : spec.refs)
            skip = skip || c.name == QLatin1String(r.column);
        if (!skip)
            out.push_back(c);
    }
    return out;
}

// How a column is read for export: bulk-loaded persons and households leave their change time and
// device to their creating journal entry.
QString selectExpression(const Spec& spec, const Column& c)
{
    const bool registry = spec.kind == SyncKind::Person || spec.kind == SyncKind::Household;
    if (registry && c.name == QLatin1String("updated_at"))
        return QStringLiteral(
            "coalesce(nullif(t.updated_at, ''), (SELECT at FROM journal WHERE seq = t.created_seq), '')");
    if (registry && c.name == QLatin1String("origin_device"))
        return QStringLiteral("coalesce(nullif(t.origin_device, ''), (SELECT device FROM journal WHERE seq = "
                              "t.created_seq), '')");
    return QStringLiteral("t.") + c.name;
}

} // namespace

Result<std::vector<SyncRecord>> SyncStore::districtRecords(const QString& district) const
{
    HUKOU_SQL(st,
              QStringLiteral(
                  "SELECT 0, h.uuid FROM household h WHERE h.district = ?1 "
                  "UNION ALL SELECT 1, p.uuid FROM person p JOIN household h ON h.id = p.household_id "
                  "  WHERE h.district = ?1 "
                  "UNION ALL SELECT 2, c.uuid FROM collective_household c JOIN household h ON h.id = c.household_id "
                  "  WHERE h.district = ?1 "
                  "UNION ALL SELECT 3, m.uuid FROM collective_membership m JOIN collective_household c ON c.id = "
                  "  m.collective_id JOIN household h ON h.id = c.household_id WHERE h.district = ?1 "
                  "UNION ALL SELECT 4, l.uuid FROM page_loan l JOIN collective_household c ON c.id = "
                  "  l.collective_id JOIN household h ON h.id = c.household_id WHERE h.district = ?1 "
                  "UNION ALL SELECT 5, a.number FROM settlement_application a WHERE a.district = ?1"));
    st.bind(1, district);
    return st.collect<SyncRecord>([](const Statement& s) {
        SyncRecord r;
        r.kind = static_cast<SyncKind>(s.integer(0));
        r.key = s.text(1);
        r.bulk = true;
        return r;
    });
}

Result<std::optional<SyncRecord>> SyncStore::load(SyncKind kind, const QString& key) const
{
    const Spec& spec = specOf(kind);
    std::vector<Column>& cols = m_impl->columns[static_cast<std::size_t>(kind)];
    if (cols.empty()) {
        auto found = discoverColumns(m_db, spec);
        if (!found)
            return std::unexpected(found.error());
        cols = std::move(*found);
    }
    QStringList select;
    for (const Column& c : cols)
        select << selectExpression(spec, c);
    for (const Ref& r : spec.refs)
        select << QStringLiteral("(SELECT %1 FROM %2 WHERE id = t.%3)")
                      .arg(QLatin1String(specOf(r.target).key), keyTable(r.target), QLatin1String(r.column));
    select << QString::fromLatin1(spec.district) << QString::fromLatin1(spec.label);
    HUKOU_SQL(st, QStringLiteral("SELECT %1 FROM %2 t WHERE t.%3 = ?")
                      .arg(select.join(QStringLiteral(", ")), QLatin1String(spec.table), QLatin1String(spec.key)));
    st.bind(1, key);
    return st.first<SyncRecord>([&](const Statement& s) {
        SyncRecord r;
        r.kind = kind;
        r.key = key;
        int i = 0;
        for (const Column& c : cols) {
            if (s.isNull(i))
                r.image.insert(c.name, QJsonValue::Null);
            else if (c.integer)
                r.image.insert(c.name, s.integer(i));
            else
                r.image.insert(c.name, s.text(i));
            ++i;
        }
        for (const Ref& ref : spec.refs) {
            r.image.insert(QLatin1String(ref.name), s.isNull(i) ? QJsonValue(QJsonValue::Null) : QJsonValue(s.text(i)));
            ++i;
        }
        r.district = s.text(i++);
        r.label = s.text(i);
        r.version = r.image.value(QStringLiteral("version")).toInteger();
        return r;
    });
}

Result<std::optional<QString>> SyncStore::naturalKeyClash(SyncKind kind, const QString& key,
                                                          const QJsonObject& image) const
{
    const Spec& spec = specOf(kind);
    if (!spec.natural)
        return std::optional<QString>{};
    HUKOU_SQL(st, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %1 <> ?")
                      .arg(QLatin1String(spec.key), QLatin1String(spec.table), QLatin1String(spec.natural)));
    st.bind(1, image.value(QLatin1String(spec.natural)).toString()).bind(2, key);
    return st.first<QString>([](const Statement& s) { return s.text(0); });
}

std::vector<std::pair<SyncKind, QString>> SyncStore::references(SyncKind kind, const QJsonObject& image)
{
    std::vector<std::pair<SyncKind, QString>> out;
    for (const Ref& r : specOf(kind).refs) {
        const QString k = image.value(QLatin1String(r.name)).toString();
        if (!k.isEmpty())
            out.emplace_back(r.target, k);
    }
    return out;
}

Status SyncStore::store(const SyncRecord& record, qint64 createdSeq, bool& unresolvedReference) const
{
    unresolvedReference = false;
    const Spec& spec = specOf(record.kind);
    std::vector<Column>& cols = m_impl->columns[static_cast<std::size_t>(record.kind)];
    if (cols.empty()) {
        auto found = discoverColumns(m_db, spec);
        if (!found)
            return std::unexpected(found.error());
        cols = std::move(*found);
    }
    // The row as it is now (and what its search rows were made of).
    qint64 rowId = 0;
    QString oldSearch, oldAddress;
    {
        HUKOU_SQL(cur, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?")
                           .arg(record.kind == SyncKind::Person ? QStringLiteral("name || char(31) || former_names "
                                                                                 "|| char(31) || citizen_id")
                                : record.kind == SyncKind::Household ? QStringLiteral("address")
                                                                     : QStringLiteral("''"),
                                QLatin1String(spec.table), QLatin1String(spec.key)));
        cur.bind(1, record.key);
        auto row = cur.first<std::pair<qint64, QString>>(
            [](const Statement& s) { return std::pair(s.integer(0), s.text(1)); });
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            rowId = (*row)->first;
            (record.kind == SyncKind::Person ? oldSearch : oldAddress) = (*row)->second;
        }
    }
    // References by key; a household's head may arrive after it (fixed up by the caller).
    std::vector<std::optional<qint64>> refIds;
    for (const Ref& r : spec.refs) {
        const QString k = record.image.value(QLatin1String(r.name)).toString();
        if (k.isEmpty()) {
            refIds.emplace_back();
            continue;
        }
        HUKOU_SQL(find, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                            .arg(keyTable(r.target), QLatin1String(specOf(r.target).key)));
        find.bind(1, k);
        auto id = find.first<qint64>([](const Statement& s) { return s.integer(0); });
        if (!id)
            return std::unexpected(id.error());
        if (!*id) {
            if (record.kind != SyncKind::Household)
                return fail(ErrorCode::NotFound,
                            SyncService::tr("it refers to a record this installation does not have (%1 %2)")
                                .arg(kindName(r.target), k));
            unresolvedReference = true;
        }
        refIds.push_back(*id);
    }
    QStringList names;
    for (const Column& c : cols)
        names << c.name;
    for (const Ref& r : spec.refs)
        names << QString::fromLatin1(r.column);
    if (rowId) {
        QStringList sets;
        for (const QString& n : names)
            sets << n + QStringLiteral(" = ?");
        HUKOU_SQL(upd, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(QLatin1String(spec.table), sets.join(QStringLiteral(", "))));
        int i = 1;
        for (const Column& c : cols)
            bindJson(upd, i++, record.image.value(c.name));
        for (const auto& id : refIds)
            upd.bind(i++, id);
        upd.bind(i, rowId);
        if (auto r = upd.exec(); !r)
            return r;
    } else {
        if (spec.createdSeq)
            names << QStringLiteral("created_seq");
        QStringList marks;
        for (qsizetype n = 0; n < names.size(); ++n)
            marks << QStringLiteral("?");
        HUKOU_SQL(ins,
                  QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QLatin1String(spec.table), names.join(QStringLiteral(", ")), marks.join(QLatin1Char(','))));
        int i = 1;
        for (const Column& c : cols)
            bindJson(ins, i++, record.image.value(c.name));
        for (const auto& id : refIds)
            ins.bind(i++, id);
        if (spec.createdSeq)
            ins.bind(i, createdSeq);
        if (auto r = ins.exec(); !r)
            return r;
        rowId = m_db.lastInsertRowId();
    }
    // The search index, in the same transaction.
    if (record.kind == SyncKind::Person) {
        const QString newSearch = record.image.value(QStringLiteral("name")).toString() + QChar(31) +
                                  record.image.value(QStringLiteral("former_names")).toString() + QChar(31) +
                                  record.image.value(QStringLiteral("citizen_id")).toString();
        if (newSearch != oldSearch) {
            if (!oldSearch.isEmpty()) {
                const QStringList o = oldSearch.split(QChar(31));
                HUKOU_SQL(del, QStringLiteral(
                                   "INSERT INTO person_search (person_search, rowid, tokens) VALUES ('delete', ?, ?)"));
                del.bind(1, rowId).bind(2, search_tokens::document(o.value(0), o.value(1), o.value(2)));
                if (auto r = del.exec(); !r)
                    return r;
            }
            const QStringList n = newSearch.split(QChar(31));
            HUKOU_SQL(add, QStringLiteral("INSERT INTO person_search (rowid, tokens) VALUES (?, ?)"));
            add.bind(1, rowId).bind(2, search_tokens::document(n.value(0), n.value(1), n.value(2)));
            if (auto r = add.exec(); !r)
                return r;
        }
    } else if (record.kind == SyncKind::Household) {
        const QString address = record.image.value(QStringLiteral("address")).toString();
        if (address != oldAddress) {
            if (!oldAddress.isEmpty()) {
                HUKOU_SQL(
                    del,
                    QStringLiteral(
                        "INSERT INTO household_search (household_search, rowid, address) VALUES ('delete', ?, ?)"));
                del.bind(1, rowId).bind(2, oldAddress);
                if (auto r = del.exec(); !r)
                    return r;
            }
            HUKOU_SQL(add, QStringLiteral("INSERT INTO household_search (rowid, address) VALUES (?, ?)"));
            add.bind(1, rowId).bind(2, address);
            if (auto r = add.exec(); !r)
                return r;
        }
    }
    return {};
}

Status SyncStore::setHead(const QString& householdKey, const QString& personKey) const
{
    HUKOU_SQL(st,
              QStringLiteral("UPDATE household SET head_id = (SELECT id FROM person WHERE uuid = ?) WHERE uuid = ?"));
    st.bind(1, personKey).bind(2, householdKey);
    return st.exec();
}

Status SyncStore::rekey(SyncKind kind, const QString& oldKey, const QString& newKey) const
{
    const Spec& spec = specOf(kind);
    HUKOU_SQL(
        st,
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(QLatin1String(spec.table), QLatin1String(spec.key)));
    st.bind(1, newKey).bind(2, oldKey);
    return st.exec();
}

Status SyncStore::addAlias(SyncKind kind, const QString& oldKey, const QString& newKey) const
{
    HUKOU_SQL(st, QStringLiteral("INSERT INTO sync_alias (kind, old_key, new_key) VALUES (?,?,?) "
                                 "ON CONFLICT (kind, old_key) DO UPDATE SET new_key = excluded.new_key"));
    st.bind(1, kindName(kind)).bind(2, oldKey).bind(3, newKey);
    return st.exec();
}

Result<QStringList> SyncStore::aliasesOf(SyncKind kind, const QString& newKey) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT old_key FROM sync_alias WHERE kind = ? AND new_key = ? ORDER BY old_key"));
    st.bind(1, kindName(kind)).bind(2, newKey);
    auto v = st.collect<QString>([](const Statement& s) { return s.text(0); });
    if (!v)
        return std::unexpected(v.error());
    return QStringList(v->begin(), v->end());
}

// ---- bundles seen ----

Result<bool> SyncStore::bundleSeen(const QString& bundleUuid) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT 1 FROM sync_bundle_seen WHERE bundle_uuid = ?"));
    st.bind(1, bundleUuid);
    auto v = st.first<int>([](const Statement&) { return 1; });
    if (!v)
        return std::unexpected(v.error());
    return v->has_value();
}

Status SyncStore::recordBundle(const QString& bundleUuid, const QString& device, qint64 bundleNo, const QString& kind,
                               const QString& at, const QString& by, const SyncImport& r,
                               const QString& senderHead) const
{
    HUKOU_SQL(st, QStringLiteral("INSERT INTO sync_bundle_seen (bundle_uuid, source_device, bundle_no, kind, "
                                 "imported_at, imported_by, applied, conflicts, skipped, sender_head) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, bundleUuid).bind(2, device).bind(3, bundleNo).bind(4, kind).bind(5, at).bind(6, by);
    st.bind(7, r.applied).bind(8, r.conflicts).bind(9, r.skipped).bind(10, senderHead);
    return st.exec();
}

// ---- conflicts ----

Result<std::vector<SyncConflict>> SyncStore::conflicts(bool openOnly) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT ") + kConflictColumns +
                      (openOnly ? QStringLiteral(" FROM sync_conflict WHERE status = 'open' ORDER BY id")
                                : QStringLiteral(" FROM sync_conflict ORDER BY id")));
    return st.collect<SyncConflict>(readConflict);
}

Result<std::optional<SyncConflict>> SyncStore::conflict(qint64 id) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT ") + kConflictColumns + QStringLiteral(" FROM sync_conflict WHERE id = ?"));
    st.bind(1, id);
    return st.first<SyncConflict>(readConflict);
}

Result<bool> SyncStore::openConflictFor(SyncKind kind, const QString& key) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT 1 FROM sync_conflict WHERE status = 'open' AND kind = ? AND (key = ?2 OR "
                                 "local_key = ?2)"));
    st.bind(1, kindName(kind)).bind(2, key);
    auto v = st.first<int>([](const Statement&) { return 1; });
    if (!v)
        return std::unexpected(v.error());
    return v->has_value();
}

Result<qint64> SyncStore::insertConflict(const SyncConflict& c, qint64 remoteVersion) const
{
    HUKOU_SQL(st, QStringLiteral("INSERT INTO sync_conflict (kind, key, local_key, label, reason, local_json, "
                                 "remote_json, remote_version, remote_device, remote_user, remote_at, bundle_uuid, "
                                 "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    st.bind(1, c.kind).bind(2, c.key).bind(3, text(c.localKey)).bind(4, text(c.label)).bind(5, text(c.reason));
    st.bind(6, c.local.isEmpty() ? QStringLiteral("") : json(c.local)).bind(7, json(c.remote)).bind(8, remoteVersion);
    st.bind(9, text(c.remoteDevice))
        .bind(10, text(c.remoteUser))
        .bind(11, text(c.remoteAt.toString(Qt::ISODateWithMs)));
    st.bind(12, c.bundleUuid).bind(13, c.createdAt.toString(Qt::ISODateWithMs));
    if (auto r = st.exec(); !r)
        return std::unexpected(r.error());
    return m_db.lastInsertRowId();
}

Result<qint64> SyncStore::conflictRemoteVersion(qint64 id) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT remote_version FROM sync_conflict WHERE id = ?"));
    st.bind(1, id);
    auto v = st.first<qint64>([](const Statement& s) { return s.integer(0); });
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(0);
}

Status SyncStore::closeConflict(qint64 id, const QString& resolution, const QString& by, const QString& at,
                                const QString& reason) const
{
    HUKOU_SQL(st, QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_by = ?, "
                                 "resolved_at = ?, resolution_reason = ? WHERE id = ? AND status = 'open'"));
    st.bind(1, resolution).bind(2, by).bind(3, at).bind(4, reason).bind(5, id);
    return st.exec();
}

Result<qint64> SyncStore::openConflictCount() const
{
    auto v = m_db.queryInt(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE status = 'open'"));
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(0);
}

// ---- status ----

Result<bool> SyncStore::anythingFor(qint64 seq, const QString& device) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT 1 FROM journal WHERE seq > ? AND device <> ? AND (entity IN (%1, 'import', "
                                 "'conversion_chunk') OR action IN ('sync.receive', 'sync.import')) LIMIT 1")
                      .arg(recordEntities()));
    st.bind(1, seq).bind(2, device);
    auto v = st.first<int>([](const Statement&) { return 1; });
    if (!v)
        return std::unexpected(v.error());
    return v->has_value();
}

Result<std::pair<qint64, QString>> SyncStore::localChangesSince(qint64 seq, const QString& device) const
{
    HUKOU_SQL(st, QStringLiteral("SELECT count(*), coalesce(min(at), '') FROM journal WHERE seq > ? AND device = ? AND "
                                 "(entity IN (%1, 'import', 'conversion_chunk'))")
                      .arg(recordEntities()));
    st.bind(1, seq).bind(2, device);
    auto v =
        st.first<std::pair<qint64, QString>>([](const Statement& s) { return std::pair(s.integer(0), s.text(1)); });
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(std::pair<qint64, QString>{0, {}});
}

Result<std::optional<QString>> SyncStore::lastExportAt() const
{
    HUKOU_SQL(st, QStringLiteral("SELECT max(last_export_at) FROM sync_peer WHERE revoked_at IS NULL"));
    auto v = st.first<QString>([](const Statement& s) { return s.text(0); });
    if (!v)
        return std::unexpected(v.error());
    if (!*v || (*v)->isEmpty())
        return std::optional<QString>{};
    return *v;
}

Result<qint64> SyncStore::journalHead() const
{
    auto v = m_db.queryInt(QStringLiteral("SELECT seq FROM journal_head WHERE id = 1"));
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(0);
}

Result<QString> SyncStore::journalHeadHash() const
{
    HUKOU_SQL(st, QStringLiteral("SELECT seq || ':' || hash FROM journal_head WHERE id = 1"));
    auto v = st.first<QString>([](const Statement& s) { return s.text(0); });
    if (!v)
        return std::unexpected(v.error());
    return v->value_or(QString());
}

} // namespace hukou::core
