#include "conversion_store.h"

#include "../registry/person_fields.h"
#include "../storage/database.h"

#include <QStringList>

namespace hukou::core {

namespace {

QString notRegistered()
{
    return QStringLiteral("未落常住户口");
}

// 'a', 'b', ... of the legacy natures (fixed vocabulary, no quotes inside).
QString legacyList()
{
    QStringList quoted;
    for (const QString& n : PersonFields::legacyNatures())
        quoted << QLatin1Char('\'') + n + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// Who a conversion takes: active, legacy nature, in an active household whose head is active.
// ?1 = district ('' = all).
QString eligibleFrom()
{
    return QStringLiteral("FROM person p JOIN household h ON h.id = p.household_id "
                          "JOIN person hp ON hp.id = h.head_id "
                          "WHERE p.hukou_nature IN (") +
           legacyList() +
           QStringLiteral(") AND p.status = 'active' AND h.status = 'active' AND hp.status = 'active' "
                          "AND hp.household_id = h.id AND (?1 = '' OR h.district = ?1) ");
}

QString exceptionFrom()
{
    return QStringLiteral("FROM person p LEFT JOIN household h ON h.id = p.household_id "
                          "LEFT JOIN person hp ON hp.id = h.head_id "
                          "WHERE (p.hukou_nature = '") +
           notRegistered() + QStringLiteral("' OR (p.hukou_nature IN (") + legacyList() +
           QStringLiteral(") AND (p.status <> 'active' OR h.id IS NULL OR h.status <> 'active' OR hp.id IS NULL "
                          "OR hp.status <> 'active' OR hp.household_id <> h.id))) "
                          "AND (?1 = '' OR h.district = ?1) ");
}

QDateTime when(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString whenText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

const QString kRunColumns = QStringLiteral(
    "id, uuid, district, started_by, started_at, finished_at, status, chunk_size, chunks, converted, "
    "by_former_nature, exceptions, resumed");

ConversionRunRow readRun(const Statement& st)
{
    ConversionRunRow r;
    r.id = st.integer(0);
    r.uuid = st.text(1);
    r.district = st.text(2);
    r.startedBy = st.text(3);
    r.startedAt = when(st.text(4));
    r.finishedAt = when(st.text(5));
    r.status = st.text(6);
    r.chunkSize = st.integer(7);
    r.chunks = st.integer(8);
    r.converted = st.integer(9);
    r.byFormerNature = st.text(10);
    r.exceptions = st.integer(11);
    r.resumed = st.integer(12);
    return r;
}

Result<std::vector<NatureCountRow>> countRows(Statement& st)
{
    std::vector<NatureCountRow> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back({st.text(0), st.text(1), st.text(2), st.integer(3)});
    }
    return out;
}

} // namespace

ConversionStore::ConversionStore(const Database& db) : m_db(db) {}
ConversionStore::~ConversionStore() = default;

Result<std::vector<NatureCountRow>> ConversionStore::eligibleCounts(const QString& district) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT h.district, p.hukou_nature, '', count(*) ") + eligibleFrom() +
                           QStringLiteral("GROUP BY h.district, p.hukou_nature ORDER BY h.district, p.hukou_nature"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district);
    return countRows(*st);
}

Result<std::vector<ConversionExceptionRow>> ConversionStore::exceptions(const QString& district, qint64 limit) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT p.id, p.citizen_id, p.name, coalesce(h.district, ''), p.hukou_nature, p.status, "
                       "CASE WHEN p.status <> 'active' THEN 1 WHEN p.hukou_nature = '") +
        notRegistered() +
        QStringLiteral("' THEN 0 WHEN h.id IS NULL OR h.status <> 'active' THEN 2 ELSE 3 END ") + exceptionFrom() +
        QStringLiteral("ORDER BY p.id LIMIT ?2"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district).bind(2, limit);
    std::vector<ConversionExceptionRow> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ConversionExceptionRow e;
        e.personId = st->integer(0);
        e.citizenId = st->text(1);
        e.name = st->text(2);
        e.district = st->text(3);
        e.nature = st->text(4);
        e.status = st->text(5);
        e.kind = static_cast<ConversionExceptionKind>(st->integer(6));
        out.push_back(std::move(e));
    }
    return out;
}

Result<qint64> ConversionStore::exceptionCount(const QString& district) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) ") + exceptionFrom());
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->integer(0) : 0;
}

Result<std::vector<NatureCountRow>> ConversionStore::natureStatistics(const QString& district) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT coalesce(h.district, ''), p.hukou_nature, p.former_nature, count(*) FROM person p "
        "LEFT JOIN household h ON h.id = p.household_id WHERE p.status = 'active' AND (?1 = '' OR h.district = ?1) "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district);
    return countRows(*st);
}

Result<std::vector<ConversionCandidate>> ConversionStore::nextCandidates(const QString& district, qint64 afterId,
                                                                         int limit) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT p.id, p.uuid, p.hukou_nature, p.version, p.citizen_id, p.name, p.sex, p.birth_date, "
                       "p.ethnicity, h.district, h.address, h.number, p.relation, p.moved_in_date, p.moved_in_from, "
                       "p.education, p.marital_status, p.occupation, p.former_nature ") +
        eligibleFrom() + QStringLiteral("AND p.id > ?2 ORDER BY p.id LIMIT ?3"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district).bind(2, afterId).bind(3, limit);
    std::vector<ConversionCandidate> out;
    out.reserve(static_cast<std::size_t>(limit));
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ConversionCandidate c;
        Person& p = c.person;
        p.id = st->integer(0);
        p.uuid = st->text(1);
        p.hukouNature = st->text(2);
        p.version = st->integer(3);
        p.citizenId = st->text(4);
        p.name = st->text(5);
        p.sex = st->text(6);
        p.birthDate = PersonFields::parseDate(st->text(7));
        p.ethnicity = st->text(8);
        p.district = st->text(9);
        p.address = st->text(10);
        p.householdNumber = st->text(11);
        p.relation = st->text(12);
        p.movedInDate = PersonFields::parseDate(st->text(13));
        p.movedInFrom = st->text(14);
        p.education = st->text(15);
        p.maritalStatus = st->text(16);
        p.occupation = st->text(17);
        p.formerNature = st->text(18);
        out.push_back(std::move(c));
    }
    return out;
}

Result<bool> ConversionStore::convert(const ConversionCandidate& c, const QString& resident,
                                      const QDateTime& now) const
{
    // Prepared once per store: a run updates up to millions of rows.
    if (!m_update) {
        auto st = m_db.prepare(QStringLiteral(
            "UPDATE person SET hukou_nature = ?1, former_nature = ?2, version = version + 1, updated_at = ?3 "
            "WHERE id = ?4 AND version = ?5 AND hukou_nature = ?2"));
        if (!st)
            return std::unexpected(st.error());
        m_update = std::make_unique<Statement>(std::move(*st));
    }
    Statement& st = *m_update;
    st.reset();
    st.bind(1, resident).bind(2, c.person.hukouNature).bind(3, whenText(now)).bind(4, c.person.id).bind(5, c.person.version);
    if (auto r = st.exec(); !r)
        return std::unexpected(r.error());
    return m_db.changes() == 1;
}

Result<std::optional<ConversionRunRow>> ConversionStore::resumableRun(const QString& district) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns +
                           QStringLiteral(" FROM conversion_run WHERE district = ? AND status <> 'done' "
                                          "ORDER BY id DESC LIMIT 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, district);
    return st->first<ConversionRunRow>(readRun);
}

Result<std::optional<ConversionRunRow>> ConversionStore::runById(qint64 id) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM conversion_run WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    return st->first<ConversionRunRow>(readRun);
}

Result<std::vector<ConversionRunRow>> ConversionStore::runs(int limit) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kRunColumns +
                           QStringLiteral(" FROM conversion_run ORDER BY id DESC LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, limit);
    return st->collect<ConversionRunRow>(readRun);
}

Status ConversionStore::insertRun(ConversionRunRow& run) const
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO conversion_run (uuid, district, started_by, started_at, finished_at, status, chunk_size, chunks, "
        "converted, by_former_nature, exceptions, resumed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, run.uuid)
        .bind(2, run.district)
        .bind(3, run.startedBy)
        .bind(4, whenText(run.startedAt))
        .bind(5, whenText(run.finishedAt))
        .bind(6, run.status)
        .bind(7, run.chunkSize)
        .bind(8, run.chunks)
        .bind(9, run.converted)
        .bind(10, run.byFormerNature)
        .bind(11, run.exceptions)
        .bind(12, run.resumed);
    if (auto r = st->exec(); !r)
        return r;
    run.id = m_db.lastInsertRowId();
    return {};
}

Status ConversionStore::updateRun(const ConversionRunRow& run) const
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE conversion_run SET finished_at = ?, status = ?, chunk_size = ?, chunks = ?, converted = ?, "
        "by_former_nature = ?, exceptions = ?, resumed = ? WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, whenText(run.finishedAt))
        .bind(2, run.status)
        .bind(3, run.chunkSize)
        .bind(4, run.chunks)
        .bind(5, run.converted)
        .bind(6, run.byFormerNature)
        .bind(7, run.exceptions)
        .bind(8, run.resumed)
        .bind(9, run.id);
    return st->exec();
}

Status ConversionStore::insertChunk(const ConversionChunkRow& chunk) const
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO conversion_chunk (run_id, chunk_no, journal_seq, first_person_id, last_person_id, converted, "
        "images_sha256, at) VALUES (?,?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, chunk.runId)
        .bind(2, chunk.chunkNo)
        .bind(3, chunk.journalSeq)
        .bind(4, chunk.firstPersonId)
        .bind(5, chunk.lastPersonId)
        .bind(6, chunk.converted)
        .bind(7, chunk.imagesSha256)
        .bind(8, whenText(chunk.at));
    return st->exec();
}

Result<std::vector<qint64>> ConversionStore::chunkSeqsCovering(qint64 personId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT journal_seq FROM conversion_chunk WHERE first_person_id <= ?1 "
                                          "AND last_person_id >= ?1 ORDER BY journal_seq DESC"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, personId);
    std::vector<qint64> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(st->integer(0));
    }
    return out;
}

} // namespace hukou::core
