#include "core/storage/database.h"
#include "support/test_support.h"

#include <QTest>

using hukou::test::runCli;

// hukouctl's administration commands, run as real processes in a temporary folder.
class TestCliAdmin final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("hukou.db")); }
    hukou::test::CliRun ctl(const QStringList& args, const QStringList& env = {})
    {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, m_dir.path(), env);
    }
    static qint64 count(const QString& path, const QString& sql)
    {
        auto d = hukou::core::Database::open(path, hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return -1;
        return d->queryInt(sql)->value_or(-1);
    }

private slots:
    void validateId()
    {
        auto r = runCli({QStringLiteral("validate-id"), QStringLiteral("11010519491231002X")}, m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("11010519491231002X\tvalid\n"));

        r = runCli({QStringLiteral("validate-id"), QStringLiteral("110105491231002"),
                    QStringLiteral("34052419800101001x")},
                   m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("110105491231002\tvalid\t11010519491231002X\n34052419800101001x\tvalid\n"));

        r = runCli({QStringLiteral("validate-id"), QStringLiteral("11010519491231002X"),
                    QStringLiteral("110105194912310021")},
                   m_dir.path());
        QCOMPARE(r.exitCode, 3);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].section(QLatin1Char('\t'), 0, 1), QStringLiteral("110105194912310021\tinvalid"));
        QVERIFY(lines[1].section(QLatin1Char('\t'), 2).contains(QStringLiteral("expected X")));

        // Chinese under a Chinese locale.
        r = runCli({QStringLiteral("validate-id"), QStringLiteral("110105194912310021")}, m_dir.path(),
                   {QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("校验码")), qPrintable(r.out));

        r = runCli({QStringLiteral("validate-id")}, m_dir.path());
        QCOMPARE(r.exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("no-such-command")}, m_dir.path()).exitCode, 2);
        QCOMPARE(runCli({}, m_dir.path()).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a"),
                      QStringLiteral("--bogus")}).exitCode,
                 2);
        QVERIFY(!QFileInfo::exists(db()));
        // Any command but init on a missing database fails and creates nothing.
        auto r = ctl({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(db()));
    }

    void initUserAddAuditCheckBackup()
    {
        // init without a password creates nothing.
        auto r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFileInfo::exists(db()));

        r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")},
                {QStringLiteral("HUKOU_PASSWORD=root-pass-1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin'")), 1);

        // A second init changes nothing but migrations.
        const qint64 journalBefore = count(db(), QStringLiteral("SELECT count(*) FROM journal"));
        r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")},
                {QStringLiteral("HUKOU_PASSWORD=other-pass-1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM app_user")), 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM journal")), journalBefore);

        // user add: needs --user, the right password, and an admin.
        const QStringList add = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                                 QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--name"),
                                 QStringLiteral("李四")};
        QCOMPARE(ctl(add, {QStringLiteral("HUKOU_NEW_PASSWORD=li-pass-12")}).exitCode, 4);
        r = ctl(QStringList{QStringLiteral("--user"), QStringLiteral("root")} + add,
                {QStringLiteral("HUKOU_PASSWORD=wrong-pass"), QStringLiteral("HUKOU_NEW_PASSWORD=li-pass-12")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("wrong login or password")));
        r = ctl(QStringList{QStringLiteral("--user"), QStringLiteral("root")} + add,
                {QStringLiteral("HUKOU_PASSWORD=root-pass-1"), QStringLiteral("HUKOU_NEW_PASSWORD=li-pass-12")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'li' AND role = 'clerk' "
                                            "AND name = '李四'")),
                 1);
        // A clerk may not add users; the refusal says why and changes nothing.
        const QStringList add2 = {QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("user"),
                                  QStringLiteral("add"), QStringLiteral("zhao"), QStringLiteral("--role"),
                                  QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("赵")};
        r = ctl(add2, {QStringLiteral("HUKOU_PASSWORD=li-pass-12"), QStringLiteral("HUKOU_NEW_PASSWORD=zhao-pass-1")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("permission denied")));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM app_user WHERE login = 'zhao'")), 0);
        // Bad role is a usage error.
        r = ctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--name"),
                 QStringLiteral("x")},
                {QStringLiteral("HUKOU_PASSWORD=root-pass-1")});
        QCOMPARE(r.exitCode, 2);

        // audit verify and check pass on the intact database.
        r = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        QCOMPARE(ctl({QStringLiteral("check")}).exitCode, 0);

        // backup: needs an authorised user, is journaled, and the copy opens.
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(ctl({QStringLiteral("backup"), copy}).exitCode, 4);
        r = ctl({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("backup"), copy},
                {QStringLiteral("HUKOU_PASSWORD=li-pass-12")});
        QCOMPARE(r.exitCode, 4);
        r = ctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("backup"), copy},
                {QStringLiteral("HUKOU_PASSWORD=root-pass-1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(copy, QStringLiteral("SELECT count(*) FROM app_user")), 2);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM journal WHERE action = 'database.backup'")), 1);
        QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("audit"), QStringLiteral("verify")}, m_dir.path())
                     .exitCode,
                 0);
        // An existing target is never overwritten.
        r = ctl({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("backup"), copy},
                {QStringLiteral("HUKOU_PASSWORD=root-pass-1")});
        QCOMPARE(r.exitCode, 1);

        // Tampering: audit verify and check exit 5 and name the entry.
        {
            auto d = hukou::core::Database::open(copy, hukou::core::Database::Mode::OpenExisting);
            QVERIFY(d->execScript(QStringLiteral("UPDATE journal SET user = 'mallory' WHERE seq = 3")));
        }
        r = runCli({QStringLiteral("--db"), copy, QStringLiteral("audit"), QStringLiteral("verify")}, m_dir.path());
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("entry 3")), qPrintable(r.out));
        r = runCli({QStringLiteral("--db"), copy, QStringLiteral("check")}, m_dir.path());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.contains(QStringLiteral("entry 3")));
        r = runCli({QStringLiteral("--db"), copy, QStringLiteral("--json"), QStringLiteral("audit"),
                    QStringLiteral("verify")},
                   m_dir.path());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.contains(QStringLiteral("\"first_bad_seq\":3")));
    }

    void notADatabase()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
        f.close();
        auto r = runCli({QStringLiteral("--db"), junk, QStringLiteral("check")}, m_dir.path());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("junk.db")));
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "test_cli_admin.moc"
