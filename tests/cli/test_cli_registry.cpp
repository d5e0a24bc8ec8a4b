#include "core/storage/database.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using hukou::test::runCli;

// The registry commands as real processes: import, export, person show/find/update, demo.
class TestCliRegistry final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QStringList m_pw{QStringLiteral("HUKOU_PASSWORD=root-pass-1")};

    QString path(const QString& name) const { return m_dir.filePath(name); }
    hukou::test::CliRun ctl(const QString& db, const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root")} + args,
                      m_dir.path(), m_pw);
    }
    void init(const QString& db)
    {
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                         QStringLiteral("root")},
                        m_dir.path(), m_pw)
                     .exitCode,
                 0);
    }
    void write(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    static QByteArray read(const QString& p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void importWithRejectsThenExportRoundTrip()
    {
        const QString db = path(QStringLiteral("a.db"));
        init(db);
        write(QStringLiteral("in.csv"),
              "citizen_id,name,sex,birth_date,ethnicity,district,address,household_number,relation,hukou_nature\n"
              "440106199001011235,陈明,男,1990-01-01,汉族,440106,广州市天河区冼村街道1号,H001,户主,农业\n"
              "440106199203040027,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n"
              "440106199606060064,陈丽,女,1996-06-06,汉族,440106,广州市天河区冼村街道1号,H001,女,非农业\n");
        auto r = ctl(db, {QStringLiteral("import"), QStringLiteral("persons"), path(QStringLiteral("in.csv")),
                          QStringLiteral("--rejects"), path(QStringLiteral("rejects.csv"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.trimmed(), QStringLiteral("imported 2, rejected 1"));
        QVERIFY2(r.err.contains(QStringLiteral("line 3, field citizen_id")), qPrintable(r.err));
        const QByteArray rejects = read(path(QStringLiteral("rejects.csv")));
        QVERIFY(rejects.startsWith("line,column,reason,citizen_id,"));
        QVERIFY(rejects.contains("3,citizen_id,"));
        QVERIFY(rejects.contains("440106199203040027"));

        // A file with an unknown column is refused whole: exit 1, nothing imported.
        write(QStringLiteral("bad.csv"), "citizen_id,name,colour\n1,2,3\n");
        r = ctl(db, {QStringLiteral("import"), QStringLiteral("persons"), path(QStringLiteral("bad.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("colour")));

        // Export, import into an empty database, export again: the same file.
        QCOMPARE(ctl(db, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--out"),
                          path(QStringLiteral("e1.csv"))})
                     .exitCode,
                 0);
        const QString db2 = path(QStringLiteral("b.db"));
        init(db2);
        QCOMPARE(ctl(db2, {QStringLiteral("import"), QStringLiteral("persons"), path(QStringLiteral("e1.csv"))}).exitCode,
                 0);
        QCOMPARE(ctl(db2, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--out"),
                           path(QStringLiteral("e2.csv"))})
                     .exitCode,
                 0);
        QCOMPARE(read(path(QStringLiteral("e2.csv"))), read(path(QStringLiteral("e1.csv"))));
        // stdout and JSON, by district.
        r = ctl(db, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--district"), QStringLiteral("440106")});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8());
        QCOMPARE(doc.object().value(QStringLiteral("persons")).toArray().size(), 2);
    }

    void personShowFindUpdate()
    {
        const QString db = path(QStringLiteral("c.db"));
        init(db);
        auto r = ctl(db, {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("300"),
                          QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        // The same seed gives the same data.
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("300"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--csv"),
                         path(QStringLiteral("d1.csv"))},
                        m_dir.path())
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("300"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--csv"),
                         path(QStringLiteral("d2.csv"))},
                        m_dir.path())
                     .exitCode,
                 0);
        QCOMPARE(read(path(QStringLiteral("d1.csv"))), read(path(QStringLiteral("d2.csv"))));

        const QList<QByteArray> lines = read(path(QStringLiteral("d1.csv"))).split('\n');
        const QString id = QString::fromUtf8(lines[1].split(',')[0]);
        const QString name = QString::fromUtf8(lines[1].split(',')[1]);
        r = ctl(db, {QStringLiteral("person"), QStringLiteral("find"), name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(id));
        r = ctl(db, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("find"), id.left(8),
                     QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const auto results = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("results")).toArray();
        QVERIFY(results.size() <= 3 && !results.isEmpty());

        r = ctl(db, {QStringLiteral("person"), QStringLiteral("update"), id, QStringLiteral("--set"),
                     QStringLiteral("occupation=教师"), QStringLiteral("--set"), QStringLiteral("文化程度=大学本科"),
                     QStringLiteral("--reason"), QStringLiteral("证件核对")});
        QCOMPARE(r.exitCode, 0);
        r = ctl(db, {QStringLiteral("--json"), QStringLiteral("person"), QStringLiteral("show"), id});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("person")).toObject().value(QStringLiteral("occupation")).toString(),
                 QStringLiteral("教师"));
        const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("person.import"));
        QCOMPARE(history.last().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("证件核对"));

        // Bad corrections: same validation as import, exit 1, nothing changed; usage errors exit 2.
        r = ctl(db, {QStringLiteral("person"), QStringLiteral("update"), id, QStringLiteral("--set"),
                     QStringLiteral("birth_date=1800-01-01"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("birth_date")));
        QCOMPARE(ctl(db, {QStringLiteral("person"), QStringLiteral("update"), id, QStringLiteral("--set"),
                          QStringLiteral("shoe=42"), QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(ctl(db, {QStringLiteral("person"), QStringLiteral("update"), id, QStringLiteral("--set"),
                          QStringLiteral("occupation=x")})
                     .exitCode,
                 2);
        r = ctl(db, {QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("11010519491231002X")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no person")));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")}, m_dir.path())
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "test_cli_registry.moc"
