#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/person_search.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/registry/search_tokens.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QSet>
#include <QTest>

using namespace hukou::core;

// Search answers exactly what a naive scan of every record answers, best class first.
class TestPersonSearch final : public QObject
{
    Q_OBJECT
    std::unique_ptr<hukou::test::Fixture> m_f;

    struct Row
    {
        qint64 id;
        QString citizenId, name, former, address;
    };
    std::vector<Row> m_rows;

    QSet<qint64> naive(const QString& q) const
    {
        QSet<qint64> out;
        const bool idQuery = !q.isEmpty() && std::all_of(q.begin(), q.end(), [](QChar c) {
            return c.isDigit() || c == QLatin1Char('X') || c == QLatin1Char('x');
        });
        for (const Row& r : m_rows) {
            if (idQuery) {
                if (r.citizenId.startsWith(q.toUpper()) || (q.size() >= 4 && r.citizenId.endsWith(q.toUpper())))
                    out.insert(r.id);
                continue;
            }
            bool hit = r.name.contains(q);
            for (const QString& f : search_tokens::splitFormerNames(r.former))
                hit = hit || f.contains(q);
            hit = hit || (q.size() >= 3 && r.address.contains(q));
            if (hit)
                out.insert(r.id);
        }
        return out;
    }

    std::vector<SearchHit> search(const QString& q, int pageSize) const
    {
        PersonStore store(m_f->ws->db());
        PersonSearch s(store);
        SearchCursor c;
        std::vector<SearchHit> all;
        while (!c.done) {
            auto page = s.next(q, c, pageSize);
            if (!page)
                qFatal("search failed: %s", qPrintable(page.error().message));
            all.insert(all.end(), page->begin(), page->end());
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<hukou::test::Fixture>();
        ImportOptions o;
        o.acceptPossibleDuplicates = true;
        auto r = PersonImporter(*m_f->ws)
                     .importBytes(m_f->admin, DemoGenerator(7, QDate(2024, 10, 20)).personsCsv(4000),
                                  QStringLiteral("demo"), o);
        QVERIFY(r.has_value() && r->imported == 4000);
        // Some former names, including one with a rare character outside the BMP.
        RegistryService reg(*m_f->ws);
        PersonStore store(m_f->ws->db());
        for (qint64 id : {5, 50, 500}) {
            auto p = store.byId(id);
            QHash<PersonField, QString> change{{PersonField::FormerNames, QStringLiteral("王小\U00020BB7、李大芳")}};
            QVERIFY(reg.correct(m_f->admin, (*p)->citizenId, change, QStringLiteral("former names")).has_value());
        }
        // A long name whose beginnings of 3 and 4 letters are prefix queries (q and b tokens together).
        auto seventh = store.byId(7);
        QVERIFY(reg.correct(m_f->admin, (*seventh)->citizenId, {{PersonField::Name, QStringLiteral("欧阳建国华")}},
                            QStringLiteral("name"))
                    .has_value());
        auto all = store.summariesFrom(1, 100000);
        for (const auto& s : *all) {
            auto p = store.byId(s.id);
            m_rows.push_back({s.id, (*p)->citizenId, (*p)->name, (*p)->formerNames, (*p)->address});
        }
        QCOMPARE(m_rows.size(), 4000U);
    }

    void completeAgainstNaiveScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : {"王", "芳", "王芳", "欧阳", "李大芳", "大芳", "\xF0\xA0\xAE\xB7", "小\xF0\xA0\xAE\xB7",
                              "陈明", "冼村街道", "天河区", "解放北路", "4401", "440106", "4401061990", "1235",
                              "002X", "0000", "广州市", "张伟", "梅", "zz", "不存在的人", "欧阳建", "欧阳建国", "阳建国",
                              "建国华", "欧阳建国华"})
            QTest::newRow(q) << QString::fromUtf8(q);
        // Every name of the first 40 persons and a 2-character piece of the last ones.
        for (std::size_t i = 0; i < 40; ++i)
            QTest::newRow(qPrintable(QStringLiteral("name %1").arg(i))) << m_rows[i].name;
        for (std::size_t i = m_rows.size() - 20; i < m_rows.size(); ++i)
            QTest::newRow(qPrintable(QStringLiteral("piece %1").arg(i))) << m_rows[i].name.right(2);
        QTest::newRow("full id") << m_rows[123].citizenId;
    }
    void completeAgainstNaiveScan()
    {
        QFETCH(QString, query);
        // Small pages stop inside households and index batches; the result must not change.
        QCOMPARE(search(query, 5).size(), search(query, 37).size());
        const auto hits = search(query, 37);
        QSet<qint64> found;
        for (const auto& h : hits) {
            QVERIFY2(!found.contains(h.personId), "a person is listed twice");
            found.insert(h.personId);
        }
        const QSet<qint64> expected = naive(query);
        // Each hit is in the class its name puts it in.
        const QString folded = search_tokens::fold(query);
        for (const auto& h : hits) {
            const auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.id == h.personId; });
            const QString name = search_tokens::fold(row->name);
            if (h.kind == MatchKind::ExactName)
                QCOMPARE(name, folded);
            else if (h.kind == MatchKind::NamePrefix)
                QVERIFY(name.startsWith(folded) && name != folded);
            else if (h.kind == MatchKind::NameContains)
                QVERIFY(name.contains(folded) && !name.startsWith(folded));
        }
        QCOMPARE(found.size(), expected.size());
        QCOMPARE(found, expected);
        // Classes come in order.
        for (std::size_t i = 1; i < hits.size(); ++i)
            QVERIFY(static_cast<int>(hits[i - 1].kind) <= static_cast<int>(hits[i].kind));
    }

    void bestMatchesFirst()
    {
        const QString name = m_rows[10].name;
        const auto hits = search(name, 50);
        QVERIFY(!hits.empty());
        QCOMPARE(hits.front().kind, MatchKind::ExactName);
        const auto id = search(m_rows[10].citizenId, 10);
        QCOMPARE(id.size(), 1U);
        QCOMPARE(id.front().kind, MatchKind::ExactId);
        QCOMPARE(id.front().personId, m_rows[10].id);
        // A 15-digit old number finds its 18-digit record.
        const QString id18 = m_rows[10].citizenId;
        if (id18.mid(6, 2) == QStringLiteral("19")) {
            const QString id15 = id18.left(6) + id18.mid(8, 9);
            const auto old = search(id15, 10);
            QVERIFY(std::any_of(old.begin(), old.end(), [&](const SearchHit& h) { return h.personId == m_rows[10].id; }));
        }
    }

    void indexFollowsCorrections()
    {
        RegistryService reg(*m_f->ws);
        const QString id = m_rows[20].citizenId;
        QHash<PersonField, QString> change{{PersonField::Name, QStringLiteral("司马光明")}};
        QVERIFY(reg.correct(m_f->admin, id, change, QStringLiteral("name corrected")).has_value());
        auto hits = search(QStringLiteral("司马光明"), 10);
        QCOMPARE(hits.size(), 1U);
        QCOMPARE(hits.front().kind, MatchKind::ExactName);
        // The old name no longer finds this person.
        hits = search(m_rows[20].name, 1000);
        QVERIFY(std::none_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.personId == m_rows[20].id; }));
        m_rows[20].name = QStringLiteral("司马光明");
    }
};

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "test_person_search.moc"
