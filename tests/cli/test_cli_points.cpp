#include "core/storage/database.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using hukou::test::runCli;

// hukouctl points ...: the ten gz-2023 examples submitted, scored, ranked, decided and published
// through the real binary, with the exit codes and JSON shapes of design/CLI.md.
class TestCliPoints final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("hukou.db")); }
    static QString examples() { return hukou::test::testDataDir() + QStringLiteral("/points-gz-2023-examples"); }
    hukou::test::CliRun ctl(const QString& user, const QStringList& args)
    {
        QStringList full{QStringLiteral("--db"), db()};
        QStringList env;
        if (!user.isEmpty()) {
            full << QStringLiteral("--user") << user;
            env << QStringLiteral("HUKOU_PASSWORD=%1-pass-1").arg(user);
        }
        return runCli(full + args, m_dir.path(), env);
    }
    static QJsonObject json(const hukou::test::CliRun& r)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(r.out));
        return d.object();
    }
    qint64 count(const QString& sql) const
    {
        auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return -1;
        return d->queryInt(sql)->value_or(-1);
    }

    QStringList m_numbers;
    QJsonArray m_expected;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto r = runCli({QStringLiteral("--db"), db(), QStringLiteral("init"), QStringLiteral("--admin"),
                         QStringLiteral("root")},
                        m_dir.path(), {QStringLiteral("HUKOU_PASSWORD=root-pass-1")});
        QCOMPARE(r.exitCode, 0);
        for (const auto& [login, role] : {std::pair{"li", "clerk"}, {"wang", "supervisor"}, {"zhao", "field"}}) {
            r = runCli({QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("root"),
                        QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                        QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--name"),
                        QString::fromLatin1(login)},
                       m_dir.path(),
                       {QStringLiteral("HUKOU_PASSWORD=root-pass-1"),
                        QStringLiteral("HUKOU_NEW_PASSWORD=%1-pass-1").arg(QString::fromLatin1(login))});
            QCOMPARE(r.exitCode, 0);
        }
        QFile f(examples() + QStringLiteral("/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(m_expected.size(), 10);
    }

    void rules()
    {
        auto r = ctl({}, {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("show"),
                          QStringLiteral("2024")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("gz-2023")));
        r = ctl({}, {QStringLiteral("--json"), QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("show"),
                     QStringLiteral("2024")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("threshold")).toObject().value(QStringLiteral("min")).toInt(), 150);
        QCOMPARE(ctl({}, {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("show"),
                          QStringLiteral("1999")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({}, {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("show")}).exitCode, 2);

        // A broken rule set: precise message with the JSON path, exit 1, nothing stored.
        QFile src(QString::fromLocal8Bit(qgetenv("HUKOU_SOURCE_DIR")) + QStringLiteral("/resources/rulesets/gz-2023.json"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(src.readAll()).object();
        o.insert(QStringLiteral("id"), QStringLiteral("gz-2025"));
        o.insert(QStringLiteral("year"), 2025);
        QJsonObject bad = o;
        bad.insert(QStringLiteral("threshold"), QJsonObject{{QStringLiteral("score"), QStringLiteral("best")},
                                                            {QStringLiteral("min"), 150}});
        const QString badPath = m_dir.filePath(QStringLiteral("bad-rules.json"));
        const QString goodPath = m_dir.filePath(QStringLiteral("gz-2025.json"));
        QFile bf(badPath);
        QVERIFY(bf.open(QIODevice::WriteOnly));
        bf.write(QJsonDocument(bad).toJson());
        bf.close();
        QFile gf(goodPath);
        QVERIFY(gf.open(QIODevice::WriteOnly));
        gf.write(QJsonDocument(o).toJson());
        gf.close();

        r = ctl(QStringLiteral("root"), {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("import"),
                                         badPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("threshold.score")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM points_rule_set")), 0);
        r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("import"),
                                       goodPath});
        QCOMPARE(r.exitCode, 4);
        r = ctl(QStringLiteral("root"), {QStringLiteral("--json"), QStringLiteral("points"), QStringLiteral("rules"),
                                         QStringLiteral("import"), goodPath});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("version")).toInt(), 1);
        r = ctl({}, {QStringLiteral("points"), QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("2025")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("gz-2025")));
    }

    void submit()
    {
        const QString first = examples() + QStringLiteral("/app_000.json");
        auto r = ctl(QStringLiteral("zhao"), {QStringLiteral("points"), QStringLiteral("submit"), first});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("submit")}).exitCode, 2);
        const QRegularExpression number(QStringLiteral("^JF2024-\\d{6}\n$"));
        for (const QJsonValue& v : std::as_const(m_expected)) {
            const QString file = examples() + u'/' + v.toObject().value(QStringLiteral("file")).toString();
            r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("submit"), file});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(number.match(r.out).hasMatch(), qPrintable(r.out));
            m_numbers << r.out.trimmed();
        }
        QCOMPARE(m_numbers.first(), QStringLiteral("JF2024-000001"));
        QCOMPARE(m_numbers.last(), QStringLiteral("JF2024-000010"));
        // The same applicant again: refused, exit 1.
        r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("submit"), first});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("JF2024-000001")));
    }

    void score()
    {
        for (qsizetype i = 0; i < m_numbers.size(); ++i) {
            auto r = ctl(QStringLiteral("li"), {QStringLiteral("--json"), QStringLiteral("points"),
                                                QStringLiteral("score"), m_numbers[i]});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = json(r);
            const QJsonObject e = m_expected[i].toObject();
            QCOMPARE(o.value(QStringLiteral("application")).toString(), m_numbers[i]);
            QCOMPARE(o.value(QStringLiteral("rule_set")).toString(), QStringLiteral("gz-2023"));
            for (const char* k : {"base", "bonus", "deductions", "total"})
                QCOMPARE(o.value(QLatin1String(k)).toInteger(), e.value(QLatin1String(k)).toInteger());
            QCOMPARE(o.value(QStringLiteral("eligible")).toBool(), e.value(QStringLiteral("eligible")).toBool());
            QVERIFY(o.value(QStringLiteral("over_threshold")).isBool());
            QVERIFY(!o.value(QStringLiteral("findings")).toArray().isEmpty());
            const QJsonObject finding = o.value(QStringLiteral("findings")).toArray().first().toObject();
            for (const char* k : {"condition", "passed", "detail"})
                QVERIFY(finding.contains(QLatin1String(k)));
            const QJsonObject item = o.value(QStringLiteral("items")).toArray().first().toObject();
            for (const char* k : {"id", "group", "fact_value", "points", "capped", "rule"})
                QVERIFY2(item.contains(QLatin1String(k)), k);
        }
        auto r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("score"), m_numbers.first()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("total 180")));
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("score"),
                                            QStringLiteral("JF2024-999999")})
                     .exitCode,
                 1);
    }

    void rank()
    {
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("rank")}).exitCode, 2);
        QCOMPARE(ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("rank"), QStringLiteral("--year"),
                                              QStringLiteral("2024"), QStringLiteral("--quota"), QStringLiteral("-1")})
                     .exitCode,
                 2);
        // A clerk may rank, but not override the quota.
        auto r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("rank"), QStringLiteral("--year"),
                                            QStringLiteral("2024"), QStringLiteral("--quota"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM points_ranking")), 0);
        r = ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("rank"), QStringLiteral("--year"),
                                       QStringLiteral("2024")});
        QCOMPARE(r.exitCode, 0);

        r = ctl(QStringLiteral("wang"), {QStringLiteral("--json"), QStringLiteral("points"), QStringLiteral("rank"),
                                         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--quota"),
                                         QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2024);
        QCOMPARE(o.value(QStringLiteral("rule_set")).toString(), QStringLiteral("gz-2023"));
        QCOMPARE(o.value(QStringLiteral("quota")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("cut_off")).toObject().contains(QStringLiteral("base")));
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        int rankable = 0;
        for (const QJsonValue& v : std::as_const(m_expected))
            if (v.toObject().value(QStringLiteral("eligible")).toBool() &&
                v.toObject().value(QStringLiteral("total")).toInt() >= 150)
                ++rankable;
        QCOMPARE(entries.size(), rankable);
        int admitted = 0;
        qint64 lastBase = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            for (const char* k : {"application", "citizen_id", "rank", "keys", "total", "admitted"})
                QVERIFY2(e.contains(QLatin1String(k)), k);
            const QJsonObject keys = e.value(QStringLiteral("keys")).toObject();
            QCOMPARE(keys.keys(), (QStringList{QStringLiteral("base"), QStringLiteral("medical_months"),
                                               QStringLiteral("residence_permit_months")}));
            QVERIFY(keys.value(QStringLiteral("base")).toInteger() <= lastBase);
            lastBase = keys.value(QStringLiteral("base")).toInteger();
            admitted += e.value(QStringLiteral("admitted")).toBool() ? 1 : 0;
        }
        QCOMPARE(admitted, 3);
        QCOMPARE(o.value(QStringLiteral("cut_off")).toObject().value(QStringLiteral("base")),
                 entries[2].toObject().value(QStringLiteral("keys")).toObject().value(QStringLiteral("base")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM points_ranking")), 2);
        QCOMPARE(count(QStringLiteral("SELECT frozen FROM points_rule_set WHERE id = 'gz-2023@1'")), 1);
    }

    void decide()
    {
        const auto entry = [this](int rank) {
            auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::ReadOnly);
            auto st = d->prepare(QStringLiteral("SELECT number FROM settlement_application WHERE status = 'ranked' "
                                                "ORDER BY rank, number LIMIT 1 OFFSET %1")
                                     .arg(rank - 1));
            (void)st->step();
            return st->text(0);
        };
        const QString first = entry(1);
        const QString second = entry(2);
        const QString fourth = entry(4);
        const QStringList approve{QStringLiteral("--approve"), QStringLiteral("--reason"), QStringLiteral("材料齐全")};
        auto r = ctl(QStringLiteral("li"), QStringList{QStringLiteral("points"), QStringLiteral("decide"), first} + approve);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("decide"), first,
                                              QStringLiteral("--approve")})
                     .exitCode,
                 2);
        QCOMPARE(ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("decide"), first,
                                              QStringLiteral("--approve"), QStringLiteral("--return"),
                                              QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 2);
        // Outside the quota: not approvable.
        r = ctl(QStringLiteral("wang"), QStringList{QStringLiteral("points"), QStringLiteral("decide"), fourth} + approve);
        QCOMPARE(r.exitCode, 1);
        for (const QString& n : {first, second}) {
            r = ctl(QStringLiteral("wang"), QStringList{QStringLiteral("points"), QStringLiteral("decide"), n} + approve);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("approved")));
        }
        r = ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("decide"), fourth,
                                         QStringLiteral("--return"), QStringLiteral("--reason"),
                                         QStringLiteral("名额外")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM settlement_application WHERE status = 'approved' "
                                      "AND reviewer = 'wang'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE action = 'points.approve' AND user = 'wang' "
                                      "AND reason = '材料齐全'")),
                 2);
    }

    void publish()
    {
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("list.pdf"));
        QCOMPARE(ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("publish"),
                                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"),
                                              m_dir.filePath(QStringLiteral("list.txt"))})
                     .exitCode,
                 2);
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("publish"), QStringLiteral("--year"),
                                            QStringLiteral("2024"), QStringLiteral("--out"), csv})
                     .exitCode,
                 4);
        QVERIFY(!QFileInfo::exists(csv));
        auto r = ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("publish"),
                                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"),
                                              csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("rank,application,citizen_id,name,district,total,base,medical_months,"
                                          "residence_permit_months"));
        const QRegularExpression row(QStringLiteral("^\\d+,JF2024-\\d{6},\\d{6}\\*{8}\\d{3}[\\dX],[^,]+,天河区,\\d+,\\d+,\\d+,\\d+$"));
        QVERIFY2(row.match(lines[1]).hasMatch(), qPrintable(lines[1]));
        QVERIFY2(row.match(lines[2]).hasMatch(), qPrintable(lines[2]));
        QVERIFY(lines[1].startsWith(QStringLiteral("1,")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM settlement_application WHERE status = 'published'")), 2);

        r = ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("publish"), QStringLiteral("--year"),
                                         QStringLiteral("2024"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        const QByteArray bytes = p.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE action = 'points.publish'")), 2);
        if (qEnvironmentVariableIsSet("HUKOU_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("HUKOU_KEEP_PDF"));

        QCOMPARE(ctl({}, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    // Beyond CLI.md: a published applicant settles into a new household at their home.
    void settle()
    {
        const QString published = QString::number(
            count(QStringLiteral("SELECT seq FROM settlement_application WHERE status = 'published' ORDER BY seq LIMIT 1")));
        const QString app = QStringLiteral("JF2024-%1").arg(published.toInt(), 6, 10, QLatin1Char('0'));
        // Usage errors first: neither a home nor the collective household.
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("settle"), app}).exitCode, 2);
        // Field users may not; a clerk may.
        QCOMPARE(ctl(QStringLiteral("zhao"), {QStringLiteral("points"), QStringLiteral("settle"), app,
                                              QStringLiteral("--household"), QStringLiteral("H-CLI-1"),
                                              QStringLiteral("--address"), QStringLiteral("广州市天河区体育西路1号")})
                     .exitCode,
                 4);
        const QStringList args{QStringLiteral("--json"),   QStringLiteral("points"),
                               QStringLiteral("settle"),   app,
                               QStringLiteral("--household"), QStringLiteral("H-CLI-1"),
                               QStringLiteral("--address"), QStringLiteral("广州市天河区体育西路1号"),
                               QStringLiteral("--from"),    QStringLiteral("湖南省长沙市")};
        // The examples' applicants are called 申请人0, 申请人1, ...: a register refuses digits in a name, and
        // the whole settlement with it (the new household included).
        auto r = ctl(QStringLiteral("li"), args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("name")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household WHERE number = 'H-CLI-1'")), 0);
        {
            auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::OpenExisting);
            QVERIFY(d);
            QVERIFY(d->execScript(QStringLiteral("UPDATE settlement_application SET name = '陈明', application_json = "
                                                 "json_set(application_json, '$.applicant.name', '陈明') WHERE number = '%1'")
                                      .arg(app)));
        }
        r = ctl(QStringLiteral("li"), args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("settled"));
        QCOMPARE(o.value(QStringLiteral("household_number")).toString(), QStringLiteral("H-CLI-1"));
        QCOMPARE(o.value(QStringLiteral("registered")).toArray().size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
                                      "WHERE h.number = 'H-CLI-1' AND p.relation = '户主' AND p.hukou_nature = '居民'")),
                 1);
        // Twice is refused, and a submitted application cannot settle.
        QCOMPARE(ctl(QStringLiteral("li"), {QStringLiteral("points"), QStringLiteral("settle"), app,
                                            QStringLiteral("--household"), QStringLiteral("H-CLI-2"),
                                            QStringLiteral("--address"), QStringLiteral("广州市天河区体育西路2号")})
                     .exitCode,
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household WHERE number = 'H-CLI-2'")), 0);

        // --reject (beyond CLI.md): a supervisor disqualifies an application for false statements; the
        // applicant is barred.
        const QString open = QStringLiteral("JF2024-%1").arg(
            count(QStringLiteral("SELECT seq FROM settlement_application WHERE status <> 'settled' AND status <> "
                                 "'published' AND status <> 'rejected' ORDER BY seq LIMIT 1")),
            6, 10, QLatin1Char('0'));
        r = ctl(QStringLiteral("wang"), {QStringLiteral("--json"), QStringLiteral("points"), QStringLiteral("decide"),
                                         open, QStringLiteral("--reject"), QStringLiteral("--reason"),
                                         QStringLiteral("材料造假")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(ctl(QStringLiteral("wang"), {QStringLiteral("points"), QStringLiteral("decide"), open,
                                              QStringLiteral("--reject"), QStringLiteral("--approve"),
                                              QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({}, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPoints)
#include "test_cli_points.moc"
