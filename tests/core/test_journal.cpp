#include "core/storage/database.h"
#include "support/test_support.h"

#include <QTest>

using namespace hukou::core;

// The journal chain verifies, and raw-SQL tampering is found at the right entry.
class TestJournal final : public QObject
{
    Q_OBJECT

    // A fixture with entries 1..N: device.create, user.add(admin), then `extra` appended changes.
    static void appendChanges(hukou::test::Fixture& f, int extra)
    {
        for (int i = 0; i < extra; ++i) {
            auto tx = Transaction::begin(f.ws->db());
            QVERIFY(tx.has_value());
            JournalChange c{QStringLiteral("test.change"), QStringLiteral("test"), QString::number(i), 1, {},
                            QJsonObject{{QStringLiteral("i"), i}}, QStringLiteral("because")};
            QVERIFY(f.ws->journal().append(QStringLiteral("admin"), c).has_value());
            QVERIFY(tx->commit().has_value());
            f.clock.advanceSecs(1);
        }
    }

    static void exec(const hukou::test::Fixture& f, const QString& sql)
    {
        auto r = f.ws->db().execScript(sql);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }

    static JournalVerification verify(const hukou::test::Fixture& f)
    {
        auto v = f.ws->journal().verify();
        if (!v)
            qFatal("verify failed: %s", qPrintable(v.error().message));
        return *v;
    }

private slots:
    void intactChainVerifies()
    {
        hukou::test::Fixture f;
        appendChanges(f, 5);
        const auto v = verify(f);
        QVERIFY2(v.ok(), qPrintable(v.problem));
        QCOMPARE(v.entries, 7); // device.create + user.add + 5
    }

    void appendOutsideTransactionIsRefused()
    {
        hukou::test::Fixture f;
        JournalChange c{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("1"), 1, {}, {}, {}};
        auto r = f.ws->journal().append(QStringLiteral("admin"), c);
        QVERIFY(!r.has_value());
    }

    void rolledBackChangeLeavesNoEntry()
    {
        hukou::test::Fixture f;
        {
            auto tx = Transaction::begin(f.ws->db());
            JournalChange c{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("1"), 1, {}, {}, {}};
            QVERIFY(f.ws->journal().append(QStringLiteral("admin"), c).has_value());
            // no commit: the guard rolls back
        }
        QCOMPARE(verify(f).entries, 2);
        QVERIFY(verify(f).ok());
    }

    void editedEntryIsFound()
    {
        hukou::test::Fixture f;
        appendChanges(f, 5);
        exec(f, QStringLiteral("UPDATE journal SET after = '{\"i\":99}' WHERE seq = 4"));
        const auto v = verify(f);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 4);
        QVERIFY(v.problem.contains(QStringLiteral("altered")));
    }

    void editedEntryWithRecomputedHashBreaksTheLink()
    {
        hukou::test::Fixture f;
        appendChanges(f, 5);
        // The forger recomputes entry 3's own hash: entry 4 no longer links to it.
        auto entries = f.ws->journal().recent(100);
        QVERIFY(entries.has_value());
        JournalEntry e3;
        for (const auto& e : *entries)
            if (e.seq == 3)
                e3 = e;
        e3.user = QStringLiteral("someone-else");
        const QString forged = Journal::computeHash(e3);
        exec(f, QStringLiteral("UPDATE journal SET user = 'someone-else', hash = '%1' WHERE seq = 3").arg(forged));
        const auto v = verify(f);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 4);
    }

    void deletedEntryIsFound()
    {
        hukou::test::Fixture f;
        appendChanges(f, 5);
        exec(f, QStringLiteral("DELETE FROM journal WHERE seq = 5"));
        const auto v = verify(f);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 5);
        QVERIFY(v.problem.contains(QStringLiteral("missing")));
    }

    void deletedNewestEntryIsFound()
    {
        hukou::test::Fixture f;
        appendChanges(f, 5);
        exec(f, QStringLiteral("DELETE FROM journal WHERE seq = 7"));
        const auto v = verify(f);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 7);
    }

    void insertedEntryIsFound()
    {
        hukou::test::Fixture f;
        appendChanges(f, 3);
        // Appended at the end with a hash that even links correctly to the previous entry.
        auto last = f.ws->journal().recent(1);
        QVERIFY(last.has_value() && last->size() == 1);
        JournalEntry fake = last->front();
        fake.seq += 1;
        fake.prevHash = last->front().hash;
        fake.action = QStringLiteral("person.delete");
        fake.hash = Journal::computeHash(fake);
        exec(f, QStringLiteral("INSERT INTO journal (seq, at, user, device, action, entity, record_id, version, "
                               "prev_hash, hash) VALUES (%1, '%2', 'x', 'x', '%3', 'x', 'x', 1, '%4', '%5')")
                    .arg(fake.seq)
                    .arg(fake.at.toString(Qt::ISODateWithMs), fake.action, fake.prevHash, fake.hash));
        auto v = verify(f);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 6);

        // Inserted in the middle by renumbering: the link after it breaks.
        hukou::test::Fixture g;
        appendChanges(g, 3);
        exec(g, QStringLiteral("UPDATE journal SET seq = seq + 100 WHERE seq >= 3"));
        exec(g, QStringLiteral("INSERT INTO journal (seq, at, user, device, action, entity, record_id, version, "
                               "prev_hash, hash) VALUES (3, '2024-01-01T00:00:00.000Z', 'x', 'x', 'x', 'x', 'x', 1, "
                               "'', '')"));
        exec(g, QStringLiteral("UPDATE journal SET seq = seq - 99 WHERE seq >= 100"));
        v = verify(g);
        QVERIFY(!v.ok());
        QCOMPARE(*v.firstBadSeq, 3);
    }

    void historyOfARecord()
    {
        hukou::test::Fixture f;
        appendChanges(f, 3);
        auto h = f.ws->journal().history(QStringLiteral("test"), QStringLiteral("1"));
        QVERIFY(h.has_value());
        QCOMPARE(h->size(), 1U);
        QCOMPARE(h->front().reason, QStringLiteral("because"));
        QCOMPARE(h->front().user, QStringLiteral("admin"));
        QCOMPARE(h->front().device, f.ws->deviceId());
        QCOMPARE(h->front().at, f.clock.now().addSecs(-2));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "test_journal.moc"
