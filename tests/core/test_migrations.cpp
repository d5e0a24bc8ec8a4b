#include "core/registry/person_search.h"
#include "core/registry/person_store.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "support/test_support.h"

#include <QDir>
#include <QTest>

using namespace hukou::core;

// Opening a database of every older schema version upgrades it, after a backup.
class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsLatest()
    {
        hukou::test::Fixture f;
        QCOMPARE(*Migrations::currentVersion(f.ws->db()), Migrations::latestVersion());
        QVERIFY(f.ws->upgradeBackupPath().isEmpty());
    }

    void everyOlderVersionUpgrades_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void everyOlderVersionUpgrades()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.has_value());
            QVERIFY(Migrations::upgrade(*db, from).has_value());
            QCOMPARE(*Migrations::currentVersion(*db), from);
            if (from >= 1) // a row written under the old schema must survive the upgrade
                QVERIFY(db->execScript(QStringLiteral("INSERT INTO setting (key, value) VALUES ('marker', 'kept')")));
        }
        SystemClock clock;
        auto ws = Workspace::open(path, Workspace::Open::Existing, clock);
        QVERIFY2(ws.has_value(), qPrintable(ws ? QString() : ws.error().message));
        QCOMPARE(*Migrations::currentVersion((*ws)->db()), Migrations::latestVersion());
        if (from >= 1) {
            QVERIFY(!(*ws)->upgradeBackupPath().isEmpty());
            QVERIFY(QFileInfo::exists((*ws)->upgradeBackupPath()));
            auto backup = Database::open((*ws)->upgradeBackupPath(), Database::Mode::ReadOnly);
            QVERIFY(backup.has_value());
            QCOMPARE(*Migrations::currentVersion(*backup), from); // the backup is the old file
            auto kept = (*ws)->db().queryInt(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'marker'"));
            QCOMPARE(kept->value_or(0), 1);
        }
        auto v = (*ws)->journal().verify();
        QVERIFY(v.has_value() && v->ok());
    }

    // Version 6 rebuilds person and household (named indexes instead of column constraints) and the
    // person search index: rows, links to them, uniqueness and search all come through.
    void registryRebuildKeepsRowsKeysAndSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.has_value());
            QVERIFY(Migrations::upgrade(*db, 5).has_value());
            QVERIFY(db->execScript(QStringLiteral(
                "INSERT INTO household (id, uuid, number, district, address, head_id, created_seq, updated_at) VALUES "
                "(1, 'h-1', '4401050000001', '440105', '海珠区新港西路47号', 1, 0, '2026-01-01T00:00:00Z');"
                "INSERT INTO person (id, uuid, citizen_id, name, former_names, sex, birth_date, household_id, relation, "
                "hukou_nature, created_seq, updated_at, origin_device) VALUES "
                "(1, 'p-1', '440105195012022226', '唐艳', '唐小艳', '女', '1950-12-02', 1, '户主', '农业', 0, "
                "'2026-01-01T00:00:00Z', 'd'), "
                "(2, 'p-2', '440105197501010018', '欧阳建国', '', '男', '1975-01-01', 1, '子', '非农业', 0, "
                "'2026-01-01T00:00:00Z', 'd');"
                "INSERT INTO household_search (rowid, address) VALUES (1, '海珠区新港西路47号');"
                "INSERT INTO collective_household (uuid, household_id, name, capacity, officer, created_seq, created_at) "
                "VALUES ('c-1', 1, '集体户', 10, 'clerk', 0, '2026-01-01T00:00:00Z');")));
        }
        SystemClock clock;
        auto ws = Workspace::open(path, Workspace::Open::Existing, clock);
        QVERIFY2(ws.has_value(), qPrintable(ws ? QString() : ws.error().message));
        const Database& db = (*ws)->db();
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_keys"))->value_or(0), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->value_or(-1), 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                            "('person_uuid', 'person_citizen_id', 'person_household', "
                                            "'household_uuid', 'household_number')"))
                     ->value_or(0),
                 5);
        PersonStore store(db);
        auto tang = store.byCitizenId(QStringLiteral("440105195012022226"));
        QVERIFY(tang && *tang);
        QCOMPARE((*tang)->formerNames, QStringLiteral("唐小艳"));
        QCOMPARE((*tang)->householdNumber, QStringLiteral("4401050000001"));
        // Unique keys still hold.
        QVERIFY(!db.execScript(QStringLiteral(
            "INSERT INTO person (uuid, citizen_id, name, sex, birth_date, hukou_nature, created_seq, updated_at, "
            "origin_device) VALUES ('p-3', '440105195012022226', '某', '女', '1950-12-02', '居民', 0, 'x', 'd')")));
        QVERIFY(!db.execScript(QStringLiteral("INSERT INTO household (uuid, number, district, address, created_seq, "
                                               "updated_at) VALUES ('h-2', '4401050000001', '440105', 'x', 0, 'x')")));
        // Search, rebuilt with this program's tokens: each class of each stage.
        PersonSearch search(store);
        const auto kinds = [&](const QString& q) {
            QList<QPair<qint64, MatchKind>> out;
            const auto hits = search.find(q, 10);
            for (const SearchHit& h : hits.value())
                out << qMakePair(h.personId, h.kind);
            return out;
        };
        using K = MatchKind;
        QCOMPARE(kinds(QStringLiteral("唐艳")), (QList<QPair<qint64, K>>{{1, K::ExactName}}));
        QCOMPARE(kinds(QStringLiteral("艳")), (QList<QPair<qint64, K>>{{1, K::NameContains}}));
        QCOMPARE(kinds(QStringLiteral("欧阳")), (QList<QPair<qint64, K>>{{2, K::NamePrefix}}));
        QCOMPARE(kinds(QStringLiteral("阳建")), (QList<QPair<qint64, K>>{{2, K::NameContains}}));
        QCOMPARE(kinds(QStringLiteral("小艳")), (QList<QPair<qint64, K>>{{1, K::FormerName}}));
        QCOMPARE(kinds(QStringLiteral("2226")), (QList<QPair<qint64, K>>{{1, K::IdSuffix}}));
        QCOMPARE(kinds(QStringLiteral("新港西路")), (QList<QPair<qint64, K>>{{1, K::Address}, {2, K::Address}}));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db->execScript(QStringLiteral("PRAGMA user_version = 999")));
        }
        SystemClock clock;
        auto ws = Workspace::open(path, Workspace::Open::Existing, clock);
        QVERIFY(!ws.has_value());
        QVERIFY(ws.error().message.contains(QStringLiteral("newer")));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        SystemClock clock;
        auto ws = Workspace::open(path, Workspace::Open::Existing, clock);
        QVERIFY(!ws.has_value());
        QCOMPARE(ws.error().code, ErrorCode::Integrity);
    }

    void pragmasAreSet()
    {
        hukou::test::Fixture f;
        auto st = f.ws->db().prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(st->step().value());
        QCOMPARE(st->text(0), QStringLiteral("wal"));
        QCOMPARE(f.ws->db().queryInt(QStringLiteral("PRAGMA foreign_keys"))->value_or(0), 1);
        QCOMPARE(f.ws->db().queryInt(QStringLiteral("PRAGMA synchronous"))->value_or(0), 2); // FULL
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
