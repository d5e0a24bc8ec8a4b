#include "person_store.h"

#include "../storage/database.h"
#include "person_fields.h"
#include "search_tokens.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_map>

namespace hukou::core {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PersonStore)
};

const QString kPersonSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.citizen_id, p.name, p.former_names, p.sex, p.ethnicity, p.birth_date, p.birthplace, "
    "p.native_place, p.education, p.marital_status, p.military_service, p.occupation, p.employer, p.household_id, "
    "p.relation, p.moved_in_date, p.moved_in_from, p.hukou_nature, p.former_nature, p.status, p.status_reason, "
    "p.status_date, p.version, p.created_seq, coalesce(nullif(p.updated_at, ''), j.at), "
    "coalesce(nullif(p.origin_device, ''), j.device), "
    "coalesce(h.number, ''), coalesce(h.district, ''), coalesce(h.address, '') "
    "FROM person p LEFT JOIN household h ON h.id = p.household_id LEFT JOIN journal j ON j.seq = p.created_seq ");

const QString kHouseholdSelect = QStringLiteral(
    "SELECT h.id, h.uuid, h.number, h.kind, h.district, h.address, coalesce(h.head_id, 0), h.status, h.version, "
    "h.created_seq, coalesce(nullif(h.updated_at, ''), j.at) "
    "FROM household h LEFT JOIN journal j ON j.seq = h.created_seq ");

const QString kSummarySelect = QStringLiteral(
    "SELECT p.id, p.citizen_id, p.name, p.sex, p.birth_date, coalesce(h.district, ''), coalesce(h.address, ''), "
    "coalesce(h.number, ''), p.hukou_nature, p.status FROM person p LEFT JOIN household h ON h.id = p.household_id ");

QDate date(const QString& s)
{
    return PersonFields::parseDate(s);
}

QString dateText(const QDate& d)
{
    return PersonFields::formatDate(d);
}

// Rows written in one bulk load share their timestamp: format it once.
QString timestampText(const QDateTime& t)
{
    thread_local QDateTime last;
    thread_local QString text;
    if (t != last || text.isEmpty()) {
        last = t;
        text = t.toUTC().toString(Qt::ISODateWithMs);
    }
    return text;
}

Person readPerson(const Statement& st)
{
    Person p;
    p.id = st.integer(0);
    p.uuid = st.text(1);
    p.citizenId = st.text(2);
    p.name = st.text(3);
    p.formerNames = st.text(4);
    p.sex = st.text(5);
    p.ethnicity = st.text(6);
    p.birthDate = date(st.text(7));
    p.birthplace = st.text(8);
    p.nativePlace = st.text(9);
    p.education = st.text(10);
    p.maritalStatus = st.text(11);
    p.militaryService = st.text(12);
    p.occupation = st.text(13);
    p.employer = st.text(14);
    p.householdId = st.integer(15);
    p.relation = st.text(16);
    p.movedInDate = date(st.text(17));
    p.movedInFrom = st.text(18);
    p.hukouNature = st.text(19);
    p.formerNature = st.text(20);
    p.status = statusFromKey(st.text(21)).value_or(PersonStatus::Active);
    p.statusReason = st.text(22);
    p.statusDate = date(st.text(23));
    p.version = st.integer(24);
    p.createdSeq = st.integer(25);
    p.updatedAt = QDateTime::fromString(st.text(26), Qt::ISODateWithMs);
    p.originDevice = st.text(27);
    p.householdNumber = st.text(28);
    p.district = st.text(29);
    p.address = st.text(30);
    return p;
}

Household readHousehold(const Statement& st)
{
    Household h;
    h.id = st.integer(0);
    h.uuid = st.text(1);
    h.number = st.text(2);
    h.kind = householdKindFromKey(st.text(3)).value_or(HouseholdKind::Family);
    h.district = st.text(4);
    h.address = st.text(5);
    h.headId = st.integer(6);
    h.active = st.text(7) == QLatin1String("active");
    h.version = st.integer(8);
    h.createdSeq = st.integer(9);
    h.updatedAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    return h;
}

PersonSummary readSummary(const Statement& st)
{
    PersonSummary s;
    s.id = st.integer(0);
    s.citizenId = st.text(1);
    s.name = st.text(2);
    s.sex = st.text(3);
    s.birthDate = date(st.text(4));
    s.district = st.text(5);
    s.address = st.text(6);
    s.householdNumber = st.text(7);
    s.hukouNature = st.text(8);
    s.status = statusFromKey(st.text(9)).value_or(PersonStatus::Active);
    return s;
}

// Binds the person's columns 1..26 (everything but id) in insert order.
void bindPerson(Statement& st, const Person& p)
{
    st.bind(1, p.uuid)
        .bind(2, p.citizenId)
        .bind(3, p.name)
        .bind(4, p.formerNames.isNull() ? QString(QLatin1String("")) : p.formerNames)
        .bind(5, p.sex)
        .bind(6, p.ethnicity.isNull() ? QString(QLatin1String("")) : p.ethnicity)
        .bind(7, dateText(p.birthDate))
        .bind(8, p.birthplace.isNull() ? QString(QLatin1String("")) : p.birthplace)
        .bind(9, p.nativePlace.isNull() ? QString(QLatin1String("")) : p.nativePlace)
        .bind(10, p.education.isNull() ? QString(QLatin1String("")) : p.education)
        .bind(11, p.maritalStatus.isNull() ? QString(QLatin1String("")) : p.maritalStatus)
        .bind(12, p.militaryService.isNull() ? QString(QLatin1String("")) : p.militaryService)
        .bind(13, p.occupation.isNull() ? QString(QLatin1String("")) : p.occupation)
        .bind(14, p.employer.isNull() ? QString(QLatin1String("")) : p.employer)
        .bind(15, p.householdId ? std::optional<qint64>(p.householdId) : std::nullopt)
        .bind(16, p.relation.isNull() ? QString(QLatin1String("")) : p.relation)
        .bind(17, dateText(p.movedInDate))
        .bind(18, p.movedInFrom.isNull() ? QString(QLatin1String("")) : p.movedInFrom)
        .bind(19, p.hukouNature)
        .bind(20, p.formerNature.isNull() ? QString(QLatin1String("")) : p.formerNature)
        .bind(21, statusKey(p.status))
        .bind(22, p.statusReason.isNull() ? QString(QLatin1String("")) : p.statusReason)
        .bind(23, dateText(p.statusDate))
        .bind(24, p.version)
        .bind(25, p.createdSeq)
        .bind(26, timestampText(p.updatedAt))
        .bind(27, p.originDevice);
}

} // namespace

struct PersonStore::Cache
{
    struct Hash
    {
        std::size_t operator()(const QString& s) const noexcept { return qHash(s); }
    };
    std::unordered_map<QString, Statement, Hash> statements;
};

PersonStore::PersonStore(const Database& db) : m_db(db), m_cache(std::make_unique<Cache>()) {}
PersonStore::~PersonStore() = default;

Result<Statement*> PersonStore::statement(const QString& sql) const
{
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end()) {
        auto st = m_db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        it = m_cache->statements.emplace(sql, std::move(*st)).first;
    }
    it->second.reset();
    return &it->second;
}

#define HUKOU_STMT(var, sql)                                                                                         \
    auto var##_r = statement(sql);                                                                                   \
    if (!var##_r)                                                                                                    \
        return std::unexpected(var##_r.error());                                                                     \
    Statement& var = **var##_r

Result<std::optional<Person>> PersonStore::byCitizenId(const QString& citizenId) const
{
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.citizen_id = ?"));
    st.bind(1, citizenId);
    return st.first<Person>(readPerson);
}

Result<std::optional<Person>> PersonStore::byId(qint64 id) const
{
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.id = ?"));
    st.bind(1, id);
    return st.first<Person>(readPerson);
}

Result<std::optional<Person>> PersonStore::byUuid(const QString& uuid) const
{
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.uuid = ?"));
    st.bind(1, uuid);
    return st.first<Person>(readPerson);
}

Result<bool> PersonStore::citizenIdExists(const QString& citizenId) const
{
    HUKOU_STMT(st, QStringLiteral("SELECT 1 FROM person WHERE citizen_id = ?"));
    st.bind(1, citizenId);
    auto row = st.step();
    st.reset();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

Result<std::vector<Person>> PersonStore::members(qint64 householdId) const
{
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.household_id = ? ORDER BY p.relation <> '户主', p.id"));
    st.bind(1, householdId);
    return st.collect<Person>(readPerson);
}

Result<std::vector<Person>> PersonStore::sameNameAndBirth(const QString& name, const QDate& birth) const
{
    const QString exact = search_tokens::nameQuery(search_tokens::fold(name), search_tokens::NameClass::Exact, false);
    if (exact.isEmpty())
        return std::vector<Person>{};
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.id IN (SELECT rowid FROM person_search WHERE person_search "
                                                  "MATCH ?) AND p.name = ? AND p.birth_date = ? AND p.status = "
                                                  "'active' ORDER BY p.id"));
    st.bind(1, exact).bind(2, name).bind(3, dateText(birth));
    return st.collect<Person>(readPerson);
}

Result<std::optional<Household>> PersonStore::householdByNumber(const QString& number) const
{
    HUKOU_STMT(st, kHouseholdSelect + QStringLiteral("WHERE h.number = ?"));
    st.bind(1, number);
    return st.first<Household>(readHousehold);
}

Result<std::optional<Household>> PersonStore::householdById(qint64 id) const
{
    HUKOU_STMT(st, kHouseholdSelect + QStringLiteral("WHERE h.id = ?"));
    st.bind(1, id);
    return st.first<Household>(readHousehold);
}

Status PersonStore::insertHousehold(Household& h) const
{
    HUKOU_STMT(st, QStringLiteral("INSERT INTO household (uuid, number, kind, district, address, head_id, status, "
                                  "version, created_seq, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    st.bind(1, h.uuid)
        .bind(2, h.number)
        .bind(3, householdKindKey(h.kind))
        .bind(4, h.district)
        .bind(5, h.address)
        .bind(6, h.headId ? std::optional<qint64>(h.headId) : std::nullopt)
        .bind(7, h.active ? QStringLiteral("active") : QStringLiteral("closed"))
        .bind(8, h.version)
        .bind(9, h.createdSeq)
        .bind(10, timestampText(h.updatedAt));
    if (auto r = st.exec(); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, Msg::tr("household number %1 already exists").arg(h.number),
                        QStringLiteral("household_number"));
        return r;
    }
    h.id = m_db.lastInsertRowId();
    HUKOU_STMT(fts, QStringLiteral("INSERT INTO household_search (rowid, address) VALUES (?, ?)"));
    fts.bind(1, h.id).bind(2, h.address);
    return fts.exec();
}

Status PersonStore::updateHousehold(const Household& before, Household& after) const
{
    HUKOU_STMT(st, QStringLiteral("UPDATE household SET number = ?, kind = ?, district = ?, address = ?, head_id = ?, "
                                  "status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    st.bind(1, after.number)
        .bind(2, householdKindKey(after.kind))
        .bind(3, after.district)
        .bind(4, after.address)
        .bind(5, after.headId ? std::optional<qint64>(after.headId) : std::nullopt)
        .bind(6, after.active ? QStringLiteral("active") : QStringLiteral("closed"))
        .bind(7, after.updatedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(8, before.id)
        .bind(9, before.version);
    if (auto r = st.exec(); !r)
        return r;
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict,
                    Msg::tr("household %1 was changed by someone else in the meantime; reload and try again")
                        .arg(before.number));
    after.version = before.version + 1;
    if (before.address != after.address) {
        HUKOU_STMT(del, QStringLiteral("INSERT INTO household_search (household_search, rowid, address) VALUES "
                                       "('delete', ?, ?)"));
        del.bind(1, before.id).bind(2, before.address);
        if (auto r = del.exec(); !r)
            return r;
        HUKOU_STMT(ins, QStringLiteral("INSERT INTO household_search (rowid, address) VALUES (?, ?)"));
        ins.bind(1, before.id).bind(2, after.address);
        if (auto r = ins.exec(); !r)
            return r;
    }
    return {};
}

Result<qint64> PersonStore::activeHeadId(qint64 householdId) const
{
    HUKOU_STMT(st, QStringLiteral("SELECT id FROM person WHERE household_id = ? AND status = 'active' AND relation = "
                                  "'户主' ORDER BY id LIMIT 1"));
    st.bind(1, householdId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 id = *row ? st.integer(0) : 0;
    st.reset();
    return id;
}

Result<std::pair<qint64, qint64>> PersonStore::memberAndHeadCount(qint64 householdId) const
{
    HUKOU_STMT(st, QStringLiteral("SELECT count(*), coalesce(sum(relation = '户主'), 0) FROM person WHERE "
                                  "household_id = ? AND status = 'active'"));
    st.bind(1, householdId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    const std::pair<qint64, qint64> out{st.integer(0), st.integer(1)};
    st.reset();
    return out;
}

Status PersonStore::insertPerson(Person& p) const
{
    HUKOU_STMT(st, QStringLiteral(
                       "INSERT INTO person (uuid, citizen_id, name, former_names, sex, ethnicity, birth_date, "
                       "birthplace, native_place, education, marital_status, military_service, occupation, employer, "
                       "household_id, relation, moved_in_date, moved_in_from, hukou_nature, former_nature, status, "
                       "status_reason, status_date, version, created_seq, updated_at, origin_device) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindPerson(st, p);
    if (auto r = st.exec(); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, Msg::tr("citizen ID %1 is already registered").arg(p.citizenId),
                        QStringLiteral("citizen_id"));
        return r;
    }
    p.id = m_db.lastInsertRowId();
    HUKOU_STMT(fts, QStringLiteral("INSERT INTO person_search (rowid, tokens) VALUES (?, ?)"));
    fts.bind(1, p.id).bind(2, search_tokens::document(p.name, p.formerNames, p.citizenId));
    return fts.exec();
}

Status PersonStore::updatePerson(const Person& before, Person& after) const
{
    HUKOU_STMT(st, QStringLiteral(
                       "UPDATE person SET uuid = ?1, citizen_id = ?2, name = ?3, former_names = ?4, sex = ?5, "
                       "ethnicity = ?6, birth_date = ?7, birthplace = ?8, native_place = ?9, education = ?10, "
                       "marital_status = ?11, military_service = ?12, occupation = ?13, employer = ?14, "
                       "household_id = ?15, relation = ?16, moved_in_date = ?17, moved_in_from = ?18, "
                       "hukou_nature = ?19, former_nature = ?20, status = ?21, status_reason = ?22, "
                       "status_date = ?23, version = ?24, created_seq = ?25, updated_at = ?26, origin_device = ?27 "
                       "WHERE id = ?28 AND version = ?29"));
    after.version = before.version + 1;
    after.id = before.id;
    bindPerson(st, after);
    st.bind(28, before.id).bind(29, before.version);
    if (auto r = st.exec(); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, Msg::tr("citizen ID %1 is already registered").arg(after.citizenId),
                        QStringLiteral("citizen_id"));
        return r;
    }
    if (m_db.changes() != 1)
        return fail(ErrorCode::Conflict,
                    Msg::tr("%1 (%2) was changed by someone else since you opened the record; reload it and "
                            "apply your correction again")
                        .arg(before.name, before.citizenId));
    const QString oldDoc = search_tokens::document(before.name, before.formerNames, before.citizenId);
    const QString newDoc = search_tokens::document(after.name, after.formerNames, after.citizenId);
    if (oldDoc != newDoc) {
        HUKOU_STMT(del, QStringLiteral("INSERT INTO person_search (person_search, rowid, tokens) VALUES ('delete', ?, ?)"));
        del.bind(1, before.id).bind(2, oldDoc);
        if (auto r = del.exec(); !r)
            return r;
        HUKOU_STMT(ins, QStringLiteral("INSERT INTO person_search (rowid, tokens) VALUES (?, ?)"));
        ins.bind(1, before.id).bind(2, newDoc);
        if (auto r = ins.exec(); !r)
            return r;
    }
    return {};
}

Result<qint64> PersonStore::personCount() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM person"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0);
}

Result<qint64> PersonStore::householdCount() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM household"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0);
}

Result<qint64> PersonStore::maxPersonId() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT max(id) FROM person"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0);
}

Result<std::vector<PersonSummary>> PersonStore::summariesFrom(qint64 firstId, int count) const
{
    HUKOU_STMT(st, kSummarySelect + QStringLiteral("WHERE p.id >= ? ORDER BY p.id LIMIT ?"));
    st.bind(1, firstId).bind(2, count);
    return st.collect<PersonSummary>(readSummary);
}

Result<std::vector<PersonSummary>> PersonStore::summaries(const std::vector<qint64>& ids) const
{
    HUKOU_STMT(st, kSummarySelect + QStringLiteral("WHERE p.id = ?"));
    std::vector<PersonSummary> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        st.bind(1, id);
        auto one = st.first<PersonSummary>(readSummary);
        if (!one)
            return std::unexpected(one.error());
        if (*one)
            out.push_back(**one);
    }
    return out;
}

Result<std::vector<Person>> PersonStore::exportPage(const QString& district, const QString& afterCitizenId,
                                                    int limit) const
{
    HUKOU_STMT(st, kPersonSelect + QStringLiteral("WHERE p.status = 'active' AND p.citizen_id > ? AND (?2 = '' OR "
                                                  "h.district = ?2) ORDER BY p.citizen_id LIMIT ?3"));
    st.bind(1, afterCitizenId).bind(2, district.isNull() ? QString(QLatin1String("")) : district).bind(3, limit);
    return st.collect<Person>(readPerson);
}

// ---- bulk loads ----

namespace {

// UTF-16 to UTF-8 straight into the buffer: a bulk load packs a million rows of 17 values, and a
// QByteArray per value was the largest part of its memory traffic. Unpaired surrogates become U+FFFD,
// as in QString::toUtf8().
void appendUtf8(std::string& out, QStringView text)
{
    const std::size_t start = out.size();
    out.resize(start + 3 * static_cast<std::size_t>(text.size())); // a UTF-16 unit is at most 3 bytes
    char* o = out.data() + start;
    const auto put = [&](char32_t b) { *o++ = static_cast<char>(b); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            put(c);
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i; // two units, four bytes
            } else {
                c = 0xFFFD;
            }
        }
        if (c < 0x800) {
            put(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            put(0xE0 | (c >> 12));
            put(0x80 | ((c >> 6) & 0x3F));
        } else {
            put(0xF0 | (c >> 18));
            put(0x80 | ((c >> 12) & 0x3F));
            put(0x80 | ((c >> 6) & 0x3F));
        }
        put(0x80 | (c & 0x3F));
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
}

} // namespace

void PackedPerson::assign(std::string_view uuid, const Person& p)
{
    m_bytes.clear();
    m_bytes.reserve(384);
    m_bytes += uuid;
    m_ends[0] = static_cast<std::uint32_t>(m_bytes.size());
    m_bytes += '\x1f';
    const auto append = [&](std::size_t i, const QString& value, char end) {
        appendUtf8(m_bytes, value);
        m_ends[i] = static_cast<std::uint32_t>(m_bytes.size());
        m_bytes += end;
    };
    for (std::size_t i = 0; i < kFileColumns; ++i)
        append(i + 1, PersonFields::value(p, static_cast<PersonField>(i)), i + 1 == kFileColumns ? '\n' : '\x1f');
    append(kFileColumns + 1, search_tokens::document(p.name, p.formerNames, p.citizenId), '\0');
}

Result<PersonBulkWriter> PersonBulkWriter::prepare(const Database& db, qint64 createdSeq)
{
    PersonBulkWriter w;
    w.m_db = &db;
    w.m_createdSeq = createdSeq;
    const auto prep = [&](Statement& st, const QString& sql) -> Status {
        auto r = db.prepare(sql);
        if (!r)
            return std::unexpected(r.error());
        st = std::move(*r);
        return {};
    };
    for (auto s : {prep(w.m_household, QStringLiteral("INSERT INTO household (uuid, number, kind, district, address, "
                                                      "head_id, status, version, created_seq, updated_at) VALUES "
                                                      "(?, ?, 'family', ?, ?, ?, 'active', 1, ?, '')")),
                   prep(w.m_person,
                        QStringLiteral("INSERT INTO person (id, uuid, citizen_id, name, sex, ethnicity, birth_date, "
                                       "education, marital_status, occupation, household_id, relation, moved_in_date, "
                                       "moved_in_from, hukou_nature, former_nature, status, version, created_seq, "
                                       "updated_at, origin_device) VALUES "
                                       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'active',1,?,'','')")),
                   prep(w.m_head, QStringLiteral("UPDATE household SET head_id = ? WHERE id = ?")),
                   prep(w.m_personSearch, QStringLiteral("INSERT INTO person_search (rowid, tokens) VALUES (?, ?)")),
                   prep(w.m_householdSearch,
                        QStringLiteral("INSERT INTO household_search (rowid, address) VALUES (?, ?)"))})
        if (!s)
            return std::unexpected(s.error());
    return w;
}

Result<qint64> PersonBulkWriter::nextPersonId() const
{
    auto n = m_db->queryInt(QStringLiteral("SELECT max(id) FROM person"));
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0) + 1;
}

Result<qint64> PersonBulkWriter::insertHousehold(std::string_view uuid, std::string_view number,
                                                 std::string_view district, std::string_view address, qint64 headId)
{
    m_household.bindUtf8(1, uuid)
        .bindUtf8(2, number)
        .bindUtf8(3, district)
        .bindUtf8(4, address)
        .bind(5, headId ? std::optional<qint64>(headId) : std::nullopt)
        .bind(6, m_createdSeq);
    if (auto r = m_household.exec(); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        Msg::tr("household number %1 already exists")
                            .arg(QString::fromUtf8(number.data(), static_cast<qsizetype>(number.size()))),
                        QStringLiteral("household_number"));
        return std::unexpected(r.error());
    }
    return m_db->lastInsertRowId();
}

Status PersonBulkWriter::insertPerson(qint64 id, const PackedPerson& p, qint64 householdId)
{
    using F = PersonField;
    m_person.bind(1, id)
        .bindUtf8(2, p.uuid())
        .bindUtf8(3, p.value(F::CitizenId))
        .bindUtf8(4, p.value(F::Name))
        .bindUtf8(5, p.value(F::Sex))
        .bindUtf8(6, p.value(F::Ethnicity))
        .bindUtf8(7, p.value(F::BirthDate))
        .bindUtf8(8, p.value(F::Education))
        .bindUtf8(9, p.value(F::MaritalStatus))
        .bindUtf8(10, p.value(F::Occupation))
        .bind(11, householdId)
        .bindUtf8(12, p.value(F::Relation))
        .bindUtf8(13, p.value(F::MovedInDate))
        .bindUtf8(14, p.value(F::MovedInFrom))
        .bindUtf8(15, p.value(F::HukouNature))
        .bindUtf8(16, p.value(F::FormerNature))
        .bind(17, m_createdSeq);
    if (auto r = m_person.exec(); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        Msg::tr("citizen ID %1 is already registered")
                            .arg(QString::fromUtf8(p.value(F::CitizenId).data(),
                                                   static_cast<qsizetype>(p.value(F::CitizenId).size()))),
                        QStringLiteral("citizen_id"));
        return r;
    }
    return {};
}

Status PersonBulkWriter::setHouseholdHead(qint64 householdId, qint64 headId)
{
    m_head.bind(1, headId).bind(2, householdId);
    return m_head.exec();
}

Status PersonBulkWriter::indexPerson(qint64 id, std::string_view searchDocument)
{
    m_personSearch.bind(1, id).bindUtf8(2, searchDocument);
    return m_personSearch.exec();
}

Status PersonBulkWriter::indexHousehold(qint64 id, std::string_view address)
{
    m_householdSearch.bind(1, id).bindUtf8(2, address);
    return m_householdSearch.exec();
}

Status PersonBulkWriter::deferIndexes()
{
    auto st = m_db->prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN "
                                           "('person', 'household') AND sql IS NOT NULL ORDER BY name"));
    if (!st)
        return std::unexpected(st.error());
    auto indexes = st->collect<std::pair<QString, QString>>(
        [](const Statement& row) { return std::pair(row.text(0), row.text(1)); }); // name, CREATE statement
    if (!indexes)
        return std::unexpected(indexes.error());
    for (const auto& [name, sql] : *indexes) {
        if (auto r = m_db->execScript(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !r)
            return r;
        m_deferredIndexes << sql;
    }
    return {};
}

Status PersonBulkWriter::buildDeferredIndexes()
{
    // (PRAGMA threads = 2 made no difference: a million keys sort in memory in one piece.)
    for (const QString& sql : std::exchange(m_deferredIndexes, {}))
        if (auto r = m_db->execScript(sql); !r)
            return r;
    return {};
}

} // namespace hukou::core
