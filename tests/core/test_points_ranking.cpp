// Ranking: order by the rule set's keys, shared ranks for full ties, the quota cut under each
// tie policy (including ties straddling it), exclusions, determinism and the JSON shape.

#include "core/points/ranking.h"
#include "support/test_support.h"
#include "test_points_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <random>

using namespace hukou::core;
using namespace hukou::test::points;

namespace {

RuleSet gz2023(TiePolicy ties)
{
    RuleSet rs = builtin("gz-2023");
    rs.ranking.ties = ties;
    return rs;
}

// A scored application under gz-2023 with ranking keys (base, medical, permit).
ScoredApplication scored(const char* number, qint64 base, qint64 medical = 60, qint64 permit = 48,
                         bool eligible = true, bool over = true)
{
    ScoredApplication a;
    a.application = QString::fromLatin1(number);
    a.citizenId = QStringLiteral("id-") + a.application;
    a.score.ruleSetId = QStringLiteral("gz-2023");
    a.score.base = base;
    a.score.total = base + 30;
    a.score.eligible = eligible;
    a.score.overThreshold = over;
    a.score.keys = {RankKey{QStringLiteral("base"), base}, RankKey{QStringLiteral("medical_months"), medical},
                    RankKey{QStringLiteral("residence_permit_months"), permit}};
    return a;
}

QString order(const Ranking& r)
{
    QStringList out;
    for (const RankingEntry& e : r.entries)
        out << QStringLiteral("%1:%2%3").arg(e.application).arg(e.rank).arg(e.admitted ? QStringLiteral("*") : QString());
    return out.join(QLatin1Char(' '));
}

Ranking ranked(const RuleSet& rs, std::vector<ScoredApplication> apps, std::optional<int> quota = std::nullopt)
{
    auto r = rank(rs, std::move(apps), quota);
    if (!r)
        qFatal("%s", qPrintable(r.error().describe()));
    return *r;
}

} // namespace

class TestPointsRanking final : public QObject
{
    Q_OBJECT

private slots:
    void ordersByKeysThenTieBreakers()
    {
        const RuleSet rs = gz2023(TiePolicy::EqualRankAllAdmitted);
        const Ranking r = ranked(rs,
                                 {scored("A", 120, 60, 48), scored("B", 130, 10, 10), scored("C", 120, 70, 10),
                                  scored("D", 120, 60, 50), scored("E", 120, 60, 48)},
                                 10);
        // B first on base; then among 120: C (medical 70), D (permit 50), A and E fully tied.
        QCOMPARE(order(r), QStringLiteral("B:1* C:2* D:3* A:4* E:4*"));
        QCOMPARE(r.quota, 10);
        QCOMPARE(r.admittedCount, 5);
    }

    void excludesIneligibleAndUnderThreshold()
    {
        const RuleSet rs = gz2023(TiePolicy::EqualRankAllAdmitted);
        const Ranking r = ranked(rs, {scored("A", 100), scored("B", 200, 60, 48, false), scored("C", 150, 60, 48, true, false)});
        QCOMPARE(order(r), QStringLiteral("A:1*"));
        QCOMPARE(r.notRanked, 2);
    }

    // The quota cut falls inside a tie: A=1, B=C=D=2, E=5.
    void tieStraddlingTheCut_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("quota");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("admitted");
        const int all = int(TiePolicy::EqualRankAllAdmitted);
        const int cut = int(TiePolicy::EqualRankCutAtQuota);
        QTest::newRow("all admitted, quota 2") << all << 2 << QStringLiteral("A:1* B:2* C:2* D:2* E:5") << 4;
        QTest::newRow("all admitted, quota 3") << all << 3 << QStringLiteral("A:1* B:2* C:2* D:2* E:5") << 4;
        QTest::newRow("all admitted, quota 4 fits") << all << 4 << QStringLiteral("A:1* B:2* C:2* D:2* E:5") << 4;
        QTest::newRow("all admitted, quota 1") << all << 1 << QStringLiteral("A:1* B:2 C:2 D:2 E:5") << 1;
        QTest::newRow("all admitted, quota 0") << all << 0 << QStringLiteral("A:1 B:2 C:2 D:2 E:5") << 0;
        QTest::newRow("cut, quota 2") << cut << 2 << QStringLiteral("A:1* B:2 C:2 D:2 E:5") << 1;
        QTest::newRow("cut, quota 3") << cut << 3 << QStringLiteral("A:1* B:2 C:2 D:2 E:5") << 1;
        QTest::newRow("cut, quota 4 fits") << cut << 4 << QStringLiteral("A:1* B:2* C:2* D:2* E:5") << 4;
        QTest::newRow("cut, quota 5") << cut << 5 << QStringLiteral("A:1* B:2* C:2* D:2* E:5*") << 5;
        QTest::newRow("cut, quota 99") << cut << 99 << QStringLiteral("A:1* B:2* C:2* D:2* E:5*") << 5;
    }
    void tieStraddlingTheCut()
    {
        QFETCH(int, policy);
        QFETCH(int, quota);
        QFETCH(QString, expected);
        QFETCH(int, admitted);
        const RuleSet rs = gz2023(TiePolicy(policy));
        const Ranking r = ranked(rs, {scored("D", 150), scored("A", 160), scored("E", 140), scored("C", 150), scored("B", 150)},
                                 quota);
        QCOMPARE(order(r), expected);
        QCOMPARE(r.admittedCount, admitted);
        QVERIFY(admitted <= quota || TiePolicy(policy) == TiePolicy::EqualRankAllAdmitted);
        if (admitted == 0)
            QVERIFY(!r.cutOff);
        else
            QCOMPARE(r.cutOff->at(0).value, admitted == 1 ? 160 : admitted == 4 ? 150 : 140);
    }

    void tieAtTheTopWithQuotaOne()
    {
        // Two applicants fully tied for first place, one place.
        const std::vector<ScoredApplication> apps{scored("X", 150), scored("Y", 150), scored("Z", 100)};
        const Ranking all = ranked(gz2023(TiePolicy::EqualRankAllAdmitted), apps, 1);
        QCOMPARE(order(all), QStringLiteral("X:1* Y:1* Z:3"));
        const Ranking cut = ranked(gz2023(TiePolicy::EqualRankCutAtQuota), apps, 1);
        QCOMPARE(order(cut), QStringLiteral("X:1 Y:1 Z:3"));
        QCOMPARE(cut.admittedCount, 0);
        QVERIFY(!cut.cutOff);
    }

    void quotaFromTheRuleSetOrOverride()
    {
        RuleSet rs = gz2023(TiePolicy::EqualRankAllAdmitted);
        rs.quota = 2;
        const std::vector<ScoredApplication> apps{scored("A", 3), scored("B", 2), scored("C", 1)};
        QCOMPARE(order(ranked(rs, apps)), QStringLiteral("A:1* B:2* C:3"));
        QCOMPARE(order(ranked(rs, apps, 1)), QStringLiteral("A:1* B:2 C:3"));
        QCOMPARE(ranked(rs, apps, 1).quota, 1);
        auto negative = rank(rs, apps, -1);
        QVERIFY(!negative);
        QCOMPARE(negative.error().field, QStringLiteral("quota"));
    }

    void refusesScoresOfAnotherRuleSet()
    {
        const RuleSet rs2020 = builtin("gz-2020");
        auto r = rank(rs2020, {scored("A", 3)});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("gz-2023")));
    }

    void deterministicWhateverTheInputOrder()
    {
        const RuleSet rs = gz2023(TiePolicy::EqualRankAllAdmitted);
        std::vector<ScoredApplication> apps;
        for (int i = 0; i < 200; ++i)
            apps.push_back(scored(qPrintable(QStringLiteral("JF2024-%1").arg(i, 6, 10, QLatin1Char('0'))), 100 + i % 7,
                                  40 + i % 3, 48));
        const QJsonObject expected = ranked(rs, apps, 50).toJson();
        std::mt19937 rng(7);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(apps.begin(), apps.end(), rng);
            QCOMPARE(ranked(rs, apps, 50).toJson(), expected);
        }
        // full ties listed by application number
        const Ranking r = ranked(rs, apps, 50);
        for (qsizetype i = 1; i < r.entries.size(); ++i) {
            const RankingEntry& a = r.entries[i - 1];
            const RankingEntry& b = r.entries[i];
            QVERIFY(a.rank <= b.rank);
            if (a.rank == b.rank)
                QVERIFY(a.application < b.application);
        }
    }

    // The shared vectors, scored and ranked under gz-2023 with a quota of 3.
    void sharedVectorsRanked()
    {
        const RuleSet rs = builtin("gz-2023");
        const PointsEngine engine(rs);
        const QDir dir(hukou::test::testDataDir() + QStringLiteral("/points-gz-2023-examples"));
        std::vector<ScoredApplication> apps;
        for (const QString& name : dir.entryList({QStringLiteral("app_*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto app = Application::fromJson(f.readAll(), QDate(2024, 10, 20), rs.catalogue(), name);
            QVERIFY2(app.has_value(), qPrintable(app ? QString() : app.error().describe()));
            apps.push_back(ScoredApplication{name.section(QLatin1Char('.'), 0, 0), app->applicant.citizenId,
                                             engine.score(*app)});
        }
        QCOMPARE(apps.size(), std::size_t(10));
        const Ranking r = ranked(rs, apps, 3);
        // eligible and >= 150: 009 (base 210), 003 (192), 000 (162), 004 (142), 002 (134), 007 (120)
        QCOMPARE(order(r), QStringLiteral("app_009:1* app_003:2* app_000:3* app_004:4 app_002:5 app_007:6"));
        QCOMPARE(r.notRanked, 4);
        QCOMPARE(r.year, 2024);

        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2024);
        QCOMPARE(o.value(QStringLiteral("rule_set")).toString(), QStringLiteral("gz-2023"));
        QCOMPARE(o.value(QStringLiteral("quota")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("cut_off")).toObject().value(QStringLiteral("base")).toInt(), 162);
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 6);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("application")).toString(), QStringLiteral("app_009"));
        QCOMPARE(first.value(QStringLiteral("citizen_id")).toString(), QStringLiteral("440106198409161195"));
        QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 228);
        QCOMPARE(first.value(QStringLiteral("admitted")).toBool(), true);
        const QJsonObject keys = first.value(QStringLiteral("keys")).toObject();
        QCOMPARE(keys.value(QStringLiteral("base")).toInt(), 210);
        QCOMPARE(keys.value(QStringLiteral("medical_months")).toInt(), 101);
        QCOMPARE(keys.value(QStringLiteral("residence_permit_months")).toInt(), 95);
        QCOMPARE(entries.at(3).toObject().value(QStringLiteral("admitted")).toBool(), false);
    }

    void emptyRanking()
    {
        const Ranking r = ranked(builtin("gz-2023"), {});
        QVERIFY(r.entries.isEmpty());
        QVERIFY(!r.cutOff);
        QVERIFY(r.toJson().value(QStringLiteral("cut_off")).isNull());
        QCOMPARE(r.quota, 16000);
    }
};

QTEST_GUILESS_MAIN(TestPointsRanking)
#include "test_points_ranking.moc"
