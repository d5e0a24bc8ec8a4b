#include "journal.h"

#include "../clock.h"
#include "../storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <limits>

namespace hukou::core {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Journal)
};

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kColumns = QStringLiteral(
    "seq, at, user, device, action, entity, record_id, version, before, after, reason, prev_hash, hash, change_id");

JournalEntry readEntry(const Statement& st)
{
    JournalEntry e;
    e.seq = st.integer(0);
    e.at = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
    e.user = st.text(2);
    e.device = st.text(3);
    e.action = st.text(4);
    e.entity = st.text(5);
    e.recordId = st.text(6);
    e.version = st.integer(7);
    e.before = st.text(8);
    e.after = st.text(9);
    e.reason = st.text(10);
    e.prevHash = st.text(11);
    e.hash = st.text(12);
    e.changeId = st.text(13);
    return e;
}

} // namespace

Journal::Journal(const Database& db, const Clock& clock, QString deviceId)
    : m_db(db), m_clock(clock), m_deviceId(std::move(deviceId))
{
}

QString Journal::computeHash(const JournalEntry& e)
{
    // Unit separators keep field boundaries unambiguous.
    const QChar us(0x1F);
    const QString canonical = QString::number(e.seq) + us + e.at.toUTC().toString(Qt::ISODateWithMs) + us + e.user +
                              us + e.device + us + e.action + us + e.entity + us + e.recordId + us +
                              QString::number(e.version) + us + e.before + us + e.after + us + e.reason + us +
                              e.prevHash + (e.changeId.isEmpty() ? QString() : us + e.changeId);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> Journal::append(const QString& user, const JournalChange& change) const
{
    return appendAs(user, m_deviceId, m_clock.now(), m_db.currentChange(), change);
}

Result<qint64> Journal::appendAs(const QString& user, const QString& device, const QDateTime& at,
                                 const QString& changeId, const JournalChange& change) const
{
    if (!m_db.inTransaction())
        return fail(ErrorCode::Failed, Msg::tr("internal error: a journal entry must be written inside a transaction"));
    auto head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!head)
        return std::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Integrity, Msg::tr("the journal head is missing"));

    JournalEntry e;
    e.seq = head->integer(0) + 1;
    e.prevHash = head->text(1);
    e.at = at.toUTC();
    e.user = user;
    e.device = device;
    e.changeId = changeId;
    e.action = change.action;
    e.entity = change.entity;
    e.recordId = change.recordId;
    e.version = change.version;
    e.before = compact(change.before);
    e.after = compact(change.after);
    e.reason = change.reason;
    e.hash = computeHash(e);

    auto ins = m_db.prepare(QStringLiteral("INSERT INTO journal (") + kColumns +
                            QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->bind(1, e.seq)
        .bind(2, e.at.toString(Qt::ISODateWithMs))
        .bind(3, e.user)
        .bind(4, e.device)
        .bind(5, e.action)
        .bind(6, e.entity)
        .bind(7, e.recordId)
        .bind(8, e.version)
        .bind(9, e.before.isEmpty() ? QString() : e.before)
        .bind(10, e.after.isEmpty() ? QString() : e.after)
        .bind(11, e.reason.isEmpty() ? QString() : e.reason)
        .bind(12, e.prevHash)
        .bind(13, e.hash)
        .bind(14, e.changeId.isNull() ? QStringLiteral("") : e.changeId);
    if (auto r = ins->exec(); !r)
        return std::unexpected(r.error());
    auto upd = m_db.prepare(QStringLiteral("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1"));
    if (!upd)
        return std::unexpected(upd.error());
    upd->bind(1, e.seq).bind(2, e.hash);
    if (auto r = upd->exec(); !r)
        return std::unexpected(r.error());
    return e.seq;
}

Result<qint64> Journal::nextSeq() const
{
    auto head = m_db.queryInt(QStringLiteral("SELECT seq FROM journal_head WHERE id = 1"));
    if (!head)
        return std::unexpected(head.error());
    return head->value_or(0) + 1;
}

Result<std::optional<JournalEntry>> Journal::entry(qint64 seq) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal WHERE seq = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, seq);
    return st->first<JournalEntry>(readEntry);
}

Result<std::vector<JournalEntry>> Journal::history(const QString& entity, const QString& recordId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM journal WHERE entity = ? AND record_id = ? ORDER BY seq"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, entity).bind(2, recordId);
    return st->collect<JournalEntry>(readEntry);
}

Result<std::vector<JournalEntry>> Journal::recent(int limit, std::optional<qint64> beforeSeq) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM journal WHERE seq < ? ORDER BY seq DESC LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, beforeSeq.value_or(std::numeric_limits<qint64>::max())).bind(2, limit);
    return st->collect<JournalEntry>(readEntry);
}

Result<JournalVerification> Journal::verify() const
{
    JournalVerification v;
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM journal ORDER BY seq"));
    if (!st)
        return std::unexpected(st.error());
    qint64 expected = 1;
    QString prev;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const JournalEntry e = readEntry(*st);
        ++v.entries;
        if (e.seq != expected) {
            v.firstBadSeq = std::min(e.seq, expected);
            v.problem = e.seq > expected ? Msg::tr("entry %1 is missing (removed)").arg(expected)
                                         : Msg::tr("entry %1 is out of sequence").arg(e.seq);
            return v;
        }
        if (e.prevHash != prev) {
            v.firstBadSeq = e.seq;
            v.problem = Msg::tr("entry %1 does not link to the entry before it (inserted or reordered)").arg(e.seq);
            return v;
        }
        if (computeHash(e) != e.hash) {
            v.firstBadSeq = e.seq;
            v.problem = Msg::tr("entry %1 was altered after it was written").arg(e.seq);
            return v;
        }
        prev = e.hash;
        ++expected;
    }
    auto head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM journal_head WHERE id = 1"));
    if (!head)
        return std::unexpected(head.error());
    auto row = head->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 last = expected - 1;
    if (!*row) {
        v.firstBadSeq = last + 1;
        v.problem = Msg::tr("the journal head record is missing");
    } else if (head->integer(0) > last) {
        v.firstBadSeq = last + 1;
        v.problem = Msg::tr("entries %1 to %2 were removed").arg(last + 1).arg(head->integer(0));
    } else if (head->integer(0) < last) {
        v.firstBadSeq = head->integer(0) + 1;
        v.problem = Msg::tr("entry %1 was inserted outside the application").arg(head->integer(0) + 1);
    } else if (head->text(1) != prev) {
        v.firstBadSeq = last;
        v.problem = Msg::tr("entry %1 does not match the recorded chain head").arg(last);
    }
    return v;
}

} // namespace hukou::core
