#include "person_search.h"

#include "../storage/database.h"
#include "person_store.h"
#include "search_tokens.h"

#include <QRegularExpression>

namespace hukou::core {

namespace {

using search_tokens::NameClass;

bool isIdQuery(const QString& q)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,17}[0-9Xx]?$"));
    return re.match(q).hasMatch();
}

QList<MatchKind> stagesFor(const QString& q)
{
    if (isIdQuery(q)) {
        QList<MatchKind> s;
        if (q.size() == 18 || q.size() == 15)
            s << MatchKind::ExactId;
        if (q.size() < 18)
            s << MatchKind::IdPrefix;
        if (q.size() >= 4 && q.size() < 18)
            s << MatchKind::IdSuffix;
        return s;
    }
    QList<MatchKind> s;
    if (!search_tokens::fold(q).isEmpty())
        s << MatchKind::ExactName << MatchKind::NamePrefix << MatchKind::NameContains << MatchKind::FormerName;
    if (q.size() >= 3)
        s << MatchKind::Address;
    return s;
}

// The trigram terms of an address fragment, ANDed (the index keeps no positions; hits are verified).
QString trigramQuery(const QString& q)
{
    const QList<uint> cps = q.toUcs4();
    QStringList terms;
    for (qsizetype i = 0; i + 2 < cps.size(); ++i) {
        QString t = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData() + i), 3);
        terms << QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    terms.removeDuplicates();
    return terms.join(QStringLiteral(" AND "));
}

bool formerContains(const QString& formerNames, const QString& folded)
{
    for (const QString& f : search_tokens::splitFormerNames(formerNames))
        if (search_tokens::fold(f).contains(folded))
            return true;
    return false;
}

} // namespace

QString PersonSearch::kindLabel(MatchKind kind)
{
    switch (kind) {
    case MatchKind::ExactId: return tr("citizen ID");
    case MatchKind::IdPrefix: return tr("ID begins with");
    case MatchKind::IdSuffix: return tr("ID ends with");
    case MatchKind::ExactName: return tr("same name");
    case MatchKind::NamePrefix: return tr("name begins with");
    case MatchKind::NameContains: return tr("name contains");
    case MatchKind::FormerName: return tr("former name");
    case MatchKind::Address: return tr("address");
    }
    return {};
}

Result<std::vector<SearchHit>> PersonSearch::find(const QString& query, int limit) const
{
    SearchCursor c;
    std::vector<SearchHit> out;
    while (!c.done && static_cast<int>(out.size()) < limit) {
        auto page = next(query, c, limit - static_cast<int>(out.size()));
        if (!page)
            return std::unexpected(page.error());
        out.insert(out.end(), page->begin(), page->end());
    }
    return out;
}

Result<std::vector<SearchHit>> PersonSearch::next(const QString& rawQuery, SearchCursor& cursor, int limit) const
{
    const QString q = rawQuery.trimmed();
    const QList<MatchKind> stages = stagesFor(q);
    const QString folded = search_tokens::fold(q);
    std::vector<SearchHit> out;
    const int batch = std::max(limit, 64);

    while (!cursor.done && static_cast<int>(out.size()) < limit) {
        if (cursor.stage >= stages.size()) {
            cursor.done = true;
            break;
        }
        const MatchKind kind = stages[cursor.stage];
        const int want = limit - static_cast<int>(out.size());
        int fetched = 0;
        const auto advanceStage = [&] {
            ++cursor.stage;
            cursor.lastId = 0;
            cursor.lastKey.clear();
        };

        switch (kind) {
        case MatchKind::ExactId: {
            // A 15-digit number matches its 18-character form, whatever the check character.
            const QString id = q.size() == 15 ? q.left(6) + QStringLiteral("19") + q.mid(6) : q.toUpper();
            auto st = m_store.statement(QStringLiteral("SELECT id FROM person WHERE citizen_id >= ? AND citizen_id "
                                                       "<= ? ORDER BY citizen_id"));
            if (!st)
                return std::unexpected(st.error());
            (*st)->bind(1, id).bind(2, id.size() == 17 ? id + QStringLiteral("X") : id);
            for (;;) {
                auto row = (*st)->step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                out.push_back({(*st)->integer(0), kind});
            }
            advanceStage();
            continue;
        }
        case MatchKind::IdPrefix: {
            auto st = m_store.statement(QStringLiteral(
                "SELECT id, citizen_id FROM person WHERE citizen_id > ? AND citizen_id < ? ORDER BY citizen_id LIMIT ?"));
            if (!st)
                return std::unexpected(st.error());
            const QString from = cursor.lastKey.isEmpty() ? q.toUpper() : cursor.lastKey;
            (*st)->bind(1, from).bind(2, q.toUpper() + QStringLiteral("~")).bind(3, want);
            for (;;) {
                auto row = (*st)->step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                ++fetched;
                cursor.lastKey = (*st)->text(1);
                out.push_back({(*st)->integer(0), kind});
            }
            if (fetched < want)
                advanceStage();
            continue;
        }
        case MatchKind::Address: {
            // Households in index order (no sort), then their members in id order: the cursor is
            // (household id in lastKey, last member id in lastId).
            const QString match = trigramQuery(q);
            if (match.isEmpty()) {
                advanceStage();
                continue;
            }
            auto hs = m_store.statement(QStringLiteral(
                "SELECT h.id, h.address FROM household_search s JOIN household h ON h.id = s.rowid "
                "WHERE household_search MATCH ? AND s.rowid >= ? ORDER BY s.rowid LIMIT ?"));
            if (!hs)
                return std::unexpected(hs.error());
            const qint64 fromHousehold = std::max<qint64>(1, cursor.lastKey.toLongLong());
            const qint64 resumeAfter = cursor.lastId; // members of `fromHousehold` already listed
            (*hs)->bind(1, match).bind(2, fromHousehold).bind(3, 64);
            std::vector<qint64> households;
            qint64 lastFetched = 0;
            for (;;) {
                auto row = (*hs)->step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                lastFetched = (*hs)->integer(0);
                if ((*hs)->text(1).contains(q)) // the index keeps no positions: verify
                    households.push_back(lastFetched);
                ++fetched;
            }
            (*hs)->reset();
            bool pageFull = false;
            for (qint64 hid : households) {
                auto ms = m_store.statement(QStringLiteral(
                    "SELECT id, name, former_names FROM person WHERE household_id = ? AND id > ? ORDER BY id"));
                if (!ms)
                    return std::unexpected(ms.error());
                const qint64 after = hid == fromHousehold ? resumeAfter : 0;
                (*ms)->bind(1, hid).bind(2, after);
                for (;;) {
                    auto row = (*ms)->step();
                    if (!row)
                        return std::unexpected(row.error());
                    if (!*row)
                        break;
                    const qint64 id = (*ms)->integer(0);
                    cursor.lastKey = QString::number(hid);
                    cursor.lastId = id;
                    // Those already found by name or former name are not listed again.
                    if (folded.isEmpty() || (!search_tokens::fold((*ms)->text(1)).contains(folded) &&
                                             !formerContains((*ms)->text(2), folded)))
                        out.push_back({id, kind});
                    if (static_cast<int>(out.size()) >= limit) {
                        pageFull = true;
                        break;
                    }
                }
                (*ms)->reset();
                if (pageFull)
                    break;
                cursor.lastKey = QString::number(hid + 1); // this household is done
                cursor.lastId = 0;
            }
            if (!pageFull) {
                if (fetched < 64) {
                    advanceStage();
                } else {
                    cursor.lastKey = QString::number(lastFetched + 1);
                    cursor.lastId = 0;
                }
            }
            continue;
        }
        default:
            break;
        }

        // Index-driven stages: candidates in rowid order, verified against the text.
        QString sql;
        QString match;
        if (kind == MatchKind::IdSuffix) {
            sql = QStringLiteral("SELECT p.id, p.citizen_id, '', '' FROM person_search s JOIN person p ON p.id = "
                                 "s.rowid WHERE person_search MATCH ? AND s.rowid > ? ORDER BY s.rowid LIMIT ?");
            match = search_tokens::idSuffixQuery(q);
        } else {
            sql = QStringLiteral("SELECT p.id, p.name, p.former_names, '' FROM person_search s JOIN person p ON p.id = "
                                 "s.rowid WHERE person_search MATCH ? AND s.rowid > ? ORDER BY s.rowid LIMIT ?");
            const NameClass cls = kind == MatchKind::ExactName    ? NameClass::Exact
                                  : kind == MatchKind::NamePrefix ? NameClass::Prefix
                                                                  : NameClass::Contains;
            match = search_tokens::nameQuery(folded, cls, kind == MatchKind::FormerName);
        }
        if (match.isEmpty()) {
            advanceStage();
            continue;
        }
        auto st = m_store.statement(sql);
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, match).bind(2, cursor.lastId).bind(3, batch);
        for (;;) {
            auto row = (*st)->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            ++fetched;
            const qint64 id = (*st)->integer(0);
            const QString text = (*st)->text(1);
            cursor.lastId = id;
            bool keep = false;
            switch (kind) {
            case MatchKind::IdSuffix:
                keep = text.endsWith(q.toUpper()) && !text.startsWith(q.toUpper());
                break;
            case MatchKind::ExactName:
                keep = search_tokens::fold(text) == folded;
                break;
            case MatchKind::NamePrefix: {
                const QString n = search_tokens::fold(text);
                keep = n.startsWith(folded) && n != folded;
                break;
            }
            case MatchKind::NameContains: {
                const QString n = search_tokens::fold(text);
                keep = n.contains(folded) && !n.startsWith(folded);
                break;
            }
            case MatchKind::FormerName:
                keep = formerContains((*st)->text(2), folded) && !search_tokens::fold(text).contains(folded);
                break;
            default:
                break;
            }
            if (keep)
                out.push_back({id, kind});
            if (static_cast<int>(out.size()) >= limit)
                break;
        }
        (*st)->reset();
        if (fetched < batch && static_cast<int>(out.size()) < limit)
            advanceStage();
    }
    return out;
}

} // namespace hukou::core
