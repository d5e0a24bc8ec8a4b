#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hukou::core;
using hukou::test::runCli;

// hukouctl collective ...: the desk's commands as real processes against a prepared database.
class TestCliCollective final : public QObject
{
    Q_OBJECT
    std::unique_ptr<hukou::test::Fixture> m_f;

    static QString makeId(const QString& birth, int seq)
    {
        const QString body = QStringLiteral("440106") + QString(birth).remove(QLatin1Char('-')) +
                             QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body[i].digitValue() * w[i];
        return body + QString(QStringLiteral("10X98765432")[sum % 11]);
    }
    void reg(const QString& id, const QString& name, const QString& birth, const QString& household)
    {
        FieldValues v;
        v.set(PersonField::CitizenId, id);
        v.set(PersonField::Name, name);
        v.set(PersonField::Sex, id.mid(14, 3).toInt() % 2 ? "男" : "女");
        v.set(PersonField::BirthDate, birth);
        v.set(PersonField::District, "440106");
        v.set(PersonField::Address, "广州市天河区" + household);
        v.set(PersonField::HouseholdNumber, household);
        v.set(PersonField::Relation, "户主");
        v.set(PersonField::HukouNature, "居民");
        QVERIFY(RegistryService(*m_f->ws).registerPerson(m_f->admin, v, "test", true));
    }
    hukou::test::CliRun ctl(const QStringList& args, const QString& user = "admin")
    {
        return runCli(QStringList{"--db", m_f->dbPath(), "--user", user} + args, m_f->dir.path(),
                      {"HUKOU_PASSWORD=" + user + "-pass-1"});
    }
    qint64 count(const QString& sql) const
    {
        auto d = Database::open(m_f->dbPath(), Database::Mode::ReadOnly);
        return d ? d->queryInt(sql)->value_or(-1) : -1;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<hukou::test::Fixture>();
        reg(makeId("1990-01-01", 11), "张三", "1990-01-01", "H1");
        reg(makeId("1991-02-02", 22), "李四", "1991-02-02", "H2");
        m_f->addUser("field1", Role::Field);
        m_f->addUser("sup1", Role::Supervisor);
    }

    void workAPersonThroughTheDesk()
    {
        const QString a = makeId("1990-01-01", 11);
        const QString b = makeId("1991-02-02", 22);
        auto r = ctl({"collective", "create", "--district", "440106", "--name", "冼村街公共集体户", "--address",
                      "广州市天河区冼村街公共集体户", "--capacity", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("440106JT0001\n"));

        r = ctl({"collective", "enroll", a, "--into", "440106JT0001", "--reason", "talent"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.number = "
                       "'440106JT0001'"),
                 1);
        // full household
        r = ctl({"collective", "enroll", b, "--into", "440106JT0001", "--reason", "talent"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("full"), qPrintable(r.err));
        // person not found
        r = ctl({"collective", "enroll", makeId("1980-01-01", 11), "--into", "440106JT0001", "--reason", "talent"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no person"), qPrintable(r.err));
        // usage: unknown reason, missing option
        QCOMPARE(ctl({"collective", "enroll", b, "--into", "440106JT0001", "--reason", "bribe"}).exitCode, 2);
        QCOMPARE(ctl({"collective", "loan", a, "--purpose", "x"}).exitCode, 2);
        QCOMPARE(ctl({"collective", "loan", a, "--purpose", "x", "--due", "next week"}).exitCode, 2);
        QCOMPARE(ctl({"collective", "frobnicate"}).exitCode, 2);

        r = ctl({"collective", "loan", a, "--purpose", "结婚登记", "--due", "2099-01-31"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString loan = r.out.trimmed();
        QVERIFY(loan.startsWith("JY"));
        r = ctl({"collective", "loan", a, "--purpose", "社保", "--due", "2099-01-31"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("still open"), qPrintable(r.err));

        r = ctl({"collective", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("440106JT0001\t天河区\t冼村街公共集体户\t1\t1\t1\t0\t"), qPrintable(r.out));
        QVERIFY2(r.err.contains("越秀区"), qPrintable(r.err)); // coverage warning
        r = runCli({"--db", m_f->dbPath(), "--user", "admin", "--json", "collective", "list", "--district", "天河区"},
                   m_f->dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["collectives"].toArray().size(), 1);
        QCOMPARE(o["collectives"].toArray()[0].toObject()["open_loans"].toInt(), 1);
        QCOMPARE(o["districts_without_collective"].toArray().size(), 10);

        r = ctl({"collective", "return", loan});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), loan);
        QCOMPARE(ctl({"collective", "return", loan}).exitCode, 1);

        r = ctl({"collective", "leave", a, "--reason", "left_city", "--to", "北京市海淀区"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count("SELECT count(*) FROM person WHERE status = 'moved_out'"), 1);
        r = ctl({"collective", "loan", a, "--purpose", "社保", "--due", "2099-01-31"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("moved out"), qPrintable(r.err));
        QCOMPARE(ctl({"collective", "leave", a, "--reason", "transferred"}).exitCode, 2);
        QCOMPARE(count("SELECT count(*) FROM collective_membership"), 1);
        QCOMPARE(count("SELECT count(*) FROM page_loan"), 1);
    }

    void newbornIntoAParentsCollectiveHousehold()
    {
        const QString parent = makeId("1990-01-01", 11);
        QCOMPARE(ctl({"collective", "create", "--district", "440106", "--name", "冼村街公共集体户", "--address",
                      "广州市天河区冼村街公共集体户"})
                     .exitCode,
                 0);
        QCOMPARE(ctl({"collective", "enroll", parent, "--into", "440106JT0001", "--reason", "talent"}).exitCode, 0);
        const QString child = makeId("2024-05-01", 22);
        auto r = ctl({"collective", "newborn", parent, "--set", "citizen_id=" + child, "--set", "name=张小宝", "--set",
                      "sex=女", "--set", "birth_date=2024-05-01", "--set", "ethnicity=汉族"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.number = "
                       "'440106JT0001' AND p.citizen_id = '" + child + "' AND p.hukou_nature = '居民'"),
                 1);
        // Not a member: refused with the reason; a bad field: the file's validation message.
        r = ctl({"collective", "newborn", makeId("1991-02-02", 22), "--set", "citizen_id=" + makeId("2024-06-01", 24),
                 "--set", "name=李小宝", "--set", "sex=女", "--set", "birth_date=2024-06-01"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a member"), qPrintable(r.err));
        QCOMPARE(ctl({"collective", "newborn", parent}).exitCode, 2);
    }

    void permissions()
    {
        auto r = ctl({"collective", "create", "--district", "440106", "--name", "x", "--address", "y"}, "field1");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(ctl({"collective", "list"}, "field1").exitCode, 4);
        QCOMPARE(ctl({"collective", "list"}, "sup1").exitCode, 0);
        QCOMPARE(ctl({"collective", "create", "--district", "440106", "--name", "x", "--address", "y"}, "sup1").exitCode,
                 4);
        QCOMPARE(count("SELECT count(*) FROM collective_household"), 0);
        r = runCli({"--db", m_f->dbPath(), "--user", "admin", "collective", "list"}, m_f->dir.path(),
                   {"HUKOU_PASSWORD=wrong"});
        QCOMPARE(r.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliCollective)
#include "test_cli_collective.moc"
