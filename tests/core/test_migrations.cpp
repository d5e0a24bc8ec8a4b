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
