// SQLite's locks in this process survive other code opening and closing the database's files
// (core/storage/file_locks.h), and keep their meaning between the process's own connections.
#include "core/storage/database.h"

#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using hukou::core::Database;

class TestFileLocks final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    [[nodiscard]] QString path() const { return m_dir.filePath("locks.db"); }

    static Database open(const QString& path)
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (!db->execScript("PRAGMA busy_timeout = 0"))
            qFatal("busy_timeout");
        return std::move(*db);
    }

    // Reads and closes each of the database's files, as a MIME sniff or a thumbnailer would.
    void touchFiles() const
    {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile f(path() + QLatin1String(suffix));
            QVERIFY2(f.open(QIODevice::ReadOnly), suffix);
            (void)f.read(100);
        }
    }

private slots:
    void writeLockSurvivesAnotherClose()
    {
        Database a = open(path());
        Database b = open(path());
        QVERIFY(a.execScript("CREATE TABLE t(x)"));
        QVERIFY(a.execScript("BEGIN IMMEDIATE; INSERT INTO t VALUES (1)"));
        touchFiles();
        // The second connection, and another process, still find the database locked for writing...
        QVERIFY(!b.execScript("BEGIN IMMEDIATE"));
        const QString sqlite3 = hukou::test::requireProgram("sqlite3", "sqlite3");
        QVERIFY(!sqlite3.isEmpty());
        QProcess other;
        other.start(sqlite3, {path(), "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; INSERT INTO t VALUES (9); COMMIT;"});
        QVERIFY(other.waitForFinished());
        QVERIFY2(other.exitCode() != 0, "another process could write while this one held the write lock");
        QVERIFY(QString::fromUtf8(other.readAllStandardError()).contains("locked"));
        QVERIFY(a.execScript("COMMIT"));
        // ...and may write once the first has committed; both see each other's rows.
        QVERIFY(b.execScript("BEGIN IMMEDIATE; INSERT INTO t VALUES (2); COMMIT"));
        QCOMPARE(a.queryInt("SELECT count(*) FROM t")->value_or(-1), 2); // and not the other process's 9
    }

    // With every connection closed, the last one still checkpoints and removes the WAL: the
    // private lock descriptors closed with SQLite's own, releasing their locks.
    void lastCloseStillCleansUp()
    {
        const auto descriptors = [] { return QDir("/proc/self/fd").entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(); };
        const auto before = descriptors();
        {
            Database a = open(path());
            Database b = open(path());
            QVERIFY(a.execScript("INSERT INTO t VALUES (3)"));
            touchFiles();
            QVERIFY(QFile::exists(path() + "-wal"));
        }
        QVERIFY(!QFile::exists(path() + "-wal"));
        QVERIFY(!QFile::exists(path() + "-shm"));
        QCOMPARE(descriptors(), before); // no lock descriptor left behind
        Database c = open(path());
        QCOMPARE(c.queryInt("SELECT count(*) FROM t")->value_or(-1), 3);
    }
};

QTEST_GUILESS_MAIN(TestFileLocks)
#include "test_file_locks.moc"
