// The points engine: the shared gz-2023 vectors, the worked example of points.md, every item
// kind on small rule sets, the age rule at its boundaries, and the JSON breakdown.

#include "core/points/points_engine.h"
#include "support/test_support.h"
#include "test_points_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace hukou::core;
using namespace hukou::test::points;

namespace {

// A rule set around one item under test; `item` is a JSON object text.
QByteArray ruleSetWith(const QByteArray& items, const QByteArray& ranking = "[\"total\"]")
{
    return QByteArray(R"({"id": "t", "year": 2024, "title": "T", "reference_date": "2024-10-08", "quota": 10,
        "eligibility": {}, "threshold": {"score": "total", "min": 10}, "items": [)") +
           items + QByteArray(R"(], "ranking": {"order": )") + ranking +
           QByteArray(R"(, "ties": "equal_rank_all_admitted"}})");
}

RuleSet parsed(const QByteArray& json)
{
    auto rs = RuleSet::fromJson(json, QStringLiteral("test"));
    if (!rs)
        qFatal("%s", qPrintable(rs.error().describe()));
    return *rs;
}

const QDate kBirth35(1989, 5, 1); // 35 at 2024-10-08

} // namespace

class TestPointsEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(BuiltinRuleSets::loadErrors().isEmpty(), "built-in rule sets load"); }

    // --- the independent vectors ------------------------------------------------------------
    void sharedVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        const QDir dir(hukou::test::testDataDir() + QStringLiteral("/points-gz-2023-examples"));
        QFile f(dir.filePath(QStringLiteral("expected.json")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonArray all = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(all.size(), 10);
        for (const QJsonValue& v : all) {
            const QJsonObject e = v.toObject();
            const QString file = e.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << e;
        }
    }
    void sharedVectors()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const RuleSet rs = builtin("gz-2023");
        auto app = Application::fromJson(f.readAll(), QDate(2024, 10, 20), rs.catalogue(), file);
        QVERIFY2(app.has_value(), qPrintable(app ? QString() : app.error().describe()));
        QCOMPARE(app->applicant.citizenId, expected.value(QStringLiteral("citizen_id")).toString());
        const ScoreResult r = score(rs, *app);
        QCOMPARE(r.base, expected.value(QStringLiteral("base")).toInteger());
        QCOMPARE(r.bonus, expected.value(QStringLiteral("bonus")).toInteger());
        QCOMPARE(r.deductions, expected.value(QStringLiteral("deductions")).toInteger());
        QCOMPARE(r.total, expected.value(QStringLiteral("total")).toInteger());
        QCOMPARE(r.eligible, expected.value(QStringLiteral("eligible")).toBool());
        QCOMPARE(r.overThreshold, r.total >= 150);
        // The ranking keys: base, then the two tie-break facts.
        QCOMPARE(r.keys.size(), 3);
        QCOMPARE(r.keys[0], (RankKey{QStringLiteral("base"), r.base}));
        QCOMPARE(r.keys[1].value, expected.value(QStringLiteral("medical")).toInteger());
        QCOMPARE(r.keys[2].value, expected.value(QStringLiteral("permit")).toInteger());
        QVERIFY(r.missingFacts.isEmpty());
    }

    // --- the worked example of points.md ------------------------------------------------------
    void workedExample()
    {
        const RuleSet rs = builtin("gz-2023");
        const char* facts = R"({"residence_permit_in_guangzhou": true, "employed": true,
            "residence_permit_months": 48, "rented_months": 48,
            "pension_months": 48, "medical_months": 48, "unemployment_months": 48,
            "injury_months": 48, "maternity_months": 48})";
        const ScoreResult before = score(rs, application(rs, kBirth35, facts));
        QCOMPARE(before.age, 35);
        QCOMPARE(itemOf(before, QStringLiteral("social_insurance"))->points, 40);
        QCOMPARE(itemOf(before, QStringLiteral("residence_permit"))->points, 32);
        QCOMPARE(itemOf(before, QStringLiteral("home"))->points, 20);
        QCOMPARE(itemOf(before, QStringLiteral("age"))->points, 30);
        QCOMPARE(before.base, 122);
        QCOMPARE(before.total, 122);
        QVERIFY(!before.overThreshold);
        QVERIFY(before.eligible);

        const char* withDegree = R"({"residence_permit_in_guangzhou": true, "employed": true,
            "residence_permit_months": 48, "rented_months": 48, "education": "bachelor",
            "pension_months": 48, "medical_months": 48, "unemployment_months": 48,
            "injury_months": 48, "maternity_months": 48})";
        const ScoreResult after = score(rs, application(rs, kBirth35, withDegree));
        QCOMPARE(after.base, 122);
        QCOMPARE(after.bonus, 30);
        QCOMPARE(after.total, 152);
        QVERIFY(after.overThreshold);
        QCOMPARE(after.keys[0].value, 122); // ranks on its base score
    }

    // --- the age rule ---------------------------------------------------------------------------
    void completedYears_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("years");
        QTest::newRow("day before birthday") << QDate(1984, 10, 9) << QDate(2024, 10, 8) << 39;
        QTest::newRow("birthday") << QDate(1984, 10, 8) << QDate(2024, 10, 8) << 40;
        QTest::newRow("day after") << QDate(1984, 10, 7) << QDate(2024, 10, 8) << 40;
        QTest::newRow("29 Feb, common year, 28 Feb") << QDate(2000, 2, 29) << QDate(2021, 2, 28) << 21;
        QTest::newRow("29 Feb, common year, 27 Feb") << QDate(2000, 2, 29) << QDate(2021, 2, 27) << 20;
        QTest::newRow("29 Feb, leap year") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
        QTest::newRow("unknown birth") << QDate() << QDate(2024, 10, 8) << -1;
    }
    void completedYears()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, years);
        QCOMPARE(PointsEngine::completedYears(birth, on), years);
    }

    void startedYears_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("started");
        // reference 2024-10-08, full until the 40th birthday
        QTest::newRow("39") << QDate(1985, 1, 1) << 0;
        QTest::newRow("40th birthday") << QDate(1984, 10, 8) << 0;
        QTest::newRow("40 and a day") << QDate(1984, 10, 7) << 1;
        QTest::newRow("40 and 11 months") << QDate(1983, 11, 8) << 1;
        QTest::newRow("41st birthday") << QDate(1983, 10, 8) << 1;
        QTest::newRow("41 and a day") << QDate(1983, 10, 7) << 2;
        QTest::newRow("45th birthday") << QDate(1979, 10, 8) << 5;
        QTest::newRow("45 and a day") << QDate(1979, 10, 7) << 6;
        QTest::newRow("46 and 9 months") << QDate(1978, 1, 1) << 7;
        QTest::newRow("64") << QDate(1960, 1, 1) << 25;
    }
    void startedYears()
    {
        QFETCH(QDate, birth);
        QFETCH(int, started);
        QCOMPARE(PointsEngine::startedYearsAfter(birth, 40, QDate(2024, 10, 8)), started);
    }

    void agePoints_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("points");
        QTest::newRow("35") << kBirth35 << 30;
        QTest::newRow("day before the 40th birthday") << QDate(1984, 10, 9) << 30;
        QTest::newRow("40th birthday") << QDate(1984, 10, 8) << 30;
        QTest::newRow("40 and a day") << QDate(1984, 10, 7) << 28;
        QTest::newRow("day before the 41st birthday") << QDate(1983, 10, 9) << 28;
        QTest::newRow("41st birthday") << QDate(1983, 10, 8) << 28;
        QTest::newRow("41 and a day") << QDate(1983, 10, 7) << 26;
        QTest::newRow("45th birthday") << QDate(1979, 10, 8) << 20;
        QTest::newRow("45 and a day") << QDate(1979, 10, 7) << 18;
        QTest::newRow("floored at 0") << QDate(1960, 1, 1) << 0;
        QTest::newRow("exactly 0 (55th birthday)") << QDate(1969, 10, 8) << 0;
        QTest::newRow("2 left (54th birthday)") << QDate(1970, 10, 8) << 2;
    }
    void agePoints()
    {
        QFETCH(QDate, birth);
        QFETCH(int, points);
        const RuleSet rs = builtin("gz-2023");
        const ScoreResult r = score(rs, application(rs, birth, "{}"));
        QCOMPARE(itemOf(r, QStringLiteral("age"))->points, points);
        QCOMPARE(r.base, points); // nothing else stated
    }

    void ageBands()
    {
        const RuleSet rs = parsed(ruleSetWith(R"({"id": "age", "group": "base", "label": "A", "kind": "age",
            "bands": [{"from": 18, "to": 30, "points": 30}, {"from": 31, "to": 40, "points": 20}]})"));
        const auto pts = [&](QDate birth) { return score(rs, application(rs, birth, "{}")).base; };
        QCOMPARE(pts(QDate(2006, 10, 9)), 0);  // 17
        QCOMPARE(pts(QDate(2006, 10, 8)), 30); // 18th birthday
        QCOMPARE(pts(QDate(1993, 10, 9)), 30); // 30, the day before 31
        QCOMPARE(pts(QDate(1993, 10, 8)), 20); // 31st birthday
        QCOMPARE(pts(QDate(1984, 10, 9)), 20); // 39
        QCOMPARE(pts(QDate(1983, 10, 9)), 20); // 40
        QCOMPARE(pts(QDate(1983, 10, 8)), 0);  // 41: outside the bands
    }

    // --- item kinds -----------------------------------------------------------------------------
    void perUnit()
    {
        const RuleSet rs = parsed(ruleSetWith(R"({"id": "p", "group": "base", "label": "P", "kind": "per_unit",
            "fact": "residence_permit_months", "unit": 12, "points": 8, "cap": 40})"));
        const auto item = [&](const char* facts) { return *itemOf(score(rs, application(rs, kBirth35, facts)), QStringLiteral("p")); };
        QCOMPARE(item(R"({"residence_permit_months": 11})").points, 0);
        QCOMPARE(item(R"({"residence_permit_months": 12})").points, 8);
        QCOMPARE(item(R"({"residence_permit_months": 23})").points, 8);
        QCOMPARE(item(R"({"residence_permit_months": 60})").points, 40);
        QVERIFY(!item(R"({"residence_permit_months": 60})").capped);
        const ItemResult capped = item(R"({"residence_permit_months": 72})");
        QCOMPARE(capped.points, 40);
        QVERIFY(capped.capped);
        QCOMPARE(capped.factValue().toInteger(), 72);
        const ItemResult missing = item("{}");
        QCOMPARE(missing.points, 0);
        QVERIFY(missing.missing);
        QCOMPARE(missing.factValue().toInteger(), 0);
    }

    void perUnitFacts()
    {
        const RuleSet rs = parsed(ruleSetWith(R"({"id": "si", "group": "base", "label": "S", "kind": "per_unit",
            "facts": ["pension_months", "medical_months"], "unit": 12, "points": 2, "cap": 15})"));
        const ScoreResult r = score(rs, application(rs, kBirth35, R"({"pension_months": 35, "medical_months": 24})"));
        const ItemResult* i = itemOf(r, QStringLiteral("si"));
        QCOMPARE(i->points, 8); // each fact's full units separately: 2 + 2 (not 59 months = 4 units)
        QCOMPARE(i->factValue().toObject().value(QStringLiteral("pension_months")).toInteger(), 35);
        const ScoreResult c = score(rs, application(rs, kBirth35, R"({"pension_months": 60, "medical_months": 48})"));
        QCOMPARE(itemOf(c, QStringLiteral("si"))->points, 15);
        QVERIFY(itemOf(c, QStringLiteral("si"))->capped);
        // one fact missing: listed, counted as 0
        const ScoreResult m = score(rs, application(rs, kBirth35, R"({"pension_months": 60})"));
        QCOMPARE(itemOf(m, QStringLiteral("si"))->points, 10);
        QVERIFY(itemOf(m, QStringLiteral("si"))->missing);
        QCOMPARE(m.missingFacts, QStringList{QStringLiteral("medical_months")});
    }

    void flagAndBonusIf()
    {
        const RuleSet rs = parsed(ruleSetWith(R"({"id": "own", "group": "base", "label": "O", "kind": "flag",
            "fact": "owns_home", "points": 10, "bonus_if": {"fact": "home_in_conghua_or_zengcheng", "points": 5}})"));
        const auto pts = [&](const char* facts) { return itemOf(score(rs, application(rs, kBirth35, facts)), QStringLiteral("own"))->points; };
        QCOMPARE(pts(R"({"owns_home": true})"), 10);
        QCOMPARE(pts(R"({"owns_home": true, "home_in_conghua_or_zengcheng": true})"), 15);
        QCOMPARE(pts(R"({"owns_home": false, "home_in_conghua_or_zengcheng": true})"), 0);
        QCOMPARE(pts(R"({"owns_home": false})"), 0);
        QCOMPARE(pts("{}"), 0);
    }

    void tiers()
    {
        const RuleSet rs = builtin("gz-2023");
        const auto item = [&](const char* facts, const char* id) {
            return *itemOf(score(rs, application(rs, kBirth35, facts)), QString::fromLatin1(id));
        };
        QCOMPARE(item(R"({"education": "bachelor"})", "education").points, 30);
        QCOMPARE(item(R"({"education": "associate"})", "education").points, 20);
        QCOMPARE(item(R"({"education": "high_school"})", "education").points, 10);
        QCOMPARE(item(R"({"education": "junior_high"})", "education").points, 0);
        QCOMPARE(item(R"({"education": "none"})", "education").points, 0);
        QVERIFY(item("{}", "education").missing);
        QCOMPARE(item(R"({"technical_level": "intermediate_title"})", "technical").points, 20);
        QCOMPARE(item(R"({"technical_level": "senior_worker"})", "technical").points, 10);
        QCOMPARE(item(R"({"technical_level": "junior_title"})", "technical").points, 10);
        QCOMPARE(item(R"({"technical_level": "intermediate_worker"})", "technical").points, 5);
        // +5 in the certified occupation, only with a qualification that scores
        QCOMPARE(item(R"({"technical_level": "intermediate_title", "works_in_certified_occupation": true})", "technical").points, 25);
        QCOMPARE(item(R"({"technical_level": "intermediate_worker", "works_in_certified_occupation": true})", "technical").points, 10);
        QCOMPARE(item(R"({"technical_level": "none", "works_in_certified_occupation": true})", "technical").points, 0);
        const ItemResult t = item(R"({"technical_level": "junior_title", "works_in_certified_occupation": true})", "technical");
        QCOMPARE(t.factValue().toObject().value(QStringLiteral("technical_level")).toString(), QStringLiteral("junior_title"));
        QCOMPARE(t.factValue().toObject().value(QStringLiteral("works_in_certified_occupation")).toBool(), true);
    }

    void perUnitYearly()
    {
        const RuleSet rs = builtin("gz-2023");
        const auto item = [&](const char* facts) {
            return *itemOf(score(rs, application(rs, kBirth35, facts)), QStringLiteral("volunteering"));
        };
        QCOMPARE(item(R"({"volunteer_hours_by_year": {"2023": 49}})").points, 0);
        QCOMPARE(item(R"({"volunteer_hours_by_year": {"2023": 50}})").points, 2);
        QVERIFY(!item(R"({"volunteer_hours_by_year": {"2023": 50}})").capped);
        const ItemResult perYear = item(R"({"volunteer_hours_by_year": {"2023": 1000}})");
        QCOMPARE(perYear.points, 2); // at most 2 a year
        QVERIFY(perYear.capped);
        QCOMPARE(item(R"({"volunteer_hours_by_year": {"2021": 49, "2022": 100, "2023": 50}})").points, 4);
        const ItemResult total = item(
            R"({"volunteer_hours_by_year": {"2018": 50, "2019": 50, "2020": 50, "2021": 50, "2022": 50, "2023": 50}})");
        QCOMPARE(total.points, 10);
        QVERIFY(total.capped);
        QCOMPARE(item("{}").points, 0);
        QVERIFY(item("{}").missing);
    }

    void thresholdFlag()
    {
        const RuleSet rs = builtin("gz-2014");
        const auto pts = [&](const char* facts) {
            return itemOf(score(rs, application(rs, QDate(1984, 5, 1), facts)), QStringLiteral("tax"))->points;
        };
        QCOMPARE(pts(R"({"tax_paid_3y_yuan": 99999})"), 0);
        QCOMPARE(pts(R"({"tax_paid_3y_yuan": 100000})"), 20);
        QCOMPARE(pts(R"({"tax_paid_3y_yuan": 2500000})"), 20);
        QCOMPARE(pts("{}"), 0);
    }

    void bestOf()
    {
        const RuleSet rs = builtin("gz-2023");
        const auto run = [&](const char* facts) { return score(rs, application(rs, kBirth35, facts)); };
        const ScoreResult owned = run(R"({"owns_home": true, "rented_months": 24})");
        QCOMPARE(itemOf(owned, QStringLiteral("owned_home"))->points, 20);
        QCOMPARE(itemOf(owned, QStringLiteral("rented_home"))->points, 10);
        QCOMPARE(itemOf(owned, QStringLiteral("home"))->points, 20);
        QVERIFY(!itemOf(owned, QStringLiteral("owned_home"))->counted);
        QCOMPARE(itemOf(owned, QStringLiteral("owned_home"))->countedIn, QStringLiteral("home"));
        QCOMPARE(owned.base, 30 + 20); // age + home, the members not counted twice
        const ScoreResult rented = run(R"({"owns_home": false, "rented_months": 120})");
        QCOMPARE(itemOf(rented, QStringLiteral("rented_home"))->points, 20);
        QVERIFY(itemOf(rented, QStringLiteral("rented_home"))->capped);
        QCOMPARE(itemOf(rented, QStringLiteral("home"))->points, 20);
        QCOMPARE(rented.base, 50);
        const ScoreResult none = run(R"({"rented_months": 11})");
        QCOMPARE(itemOf(none, QStringLiteral("home"))->points, 0);
        const QJsonObject values = itemOf(owned, QStringLiteral("home"))->factValue().toObject();
        QCOMPARE(values.value(QStringLiteral("owned_home")).toInt(), 20);
        QCOMPARE(values.value(QStringLiteral("rented_home")).toInt(), 10);
    }

    void sumOf()
    {
        const RuleSet rs = builtin("gz-2014");
        const auto run = [&](const char* facts) { return score(rs, application(rs, QDate(1984, 5, 1), facts)); };
        const ScoreResult a = run(R"({"blood_donations": 2, "volunteer_hours_by_year": {"2013": 50}})");
        QCOMPARE(itemOf(a, QStringLiteral("social_service"))->points, 6);
        QCOMPARE(a.bonus, 6);
        const ScoreResult b = run(R"({"blood_donations": 4, "volunteer_hours_by_year": {"2012": 120, "2013": 100}})");
        QCOMPARE(itemOf(b, QStringLiteral("blood_donation"))->points, 8);
        QCOMPARE(itemOf(b, QStringLiteral("volunteering"))->points, 4);
        QCOMPARE(itemOf(b, QStringLiteral("social_service"))->points, 10);
        QVERIFY(itemOf(b, QStringLiteral("social_service"))->capped);
        QCOMPARE(b.bonus, 10);
    }

    void deductionsFloorTotal()
    {
        const RuleSet rs = builtin("gz-2023");
        const ScoreResult r = score(rs, application(rs, kBirth35, R"({"bad_credit_records": 2, "tax_evasion_records": 1,
            "public_security_penalties": 1})"));
        QCOMPARE(r.base, 30);
        QCOMPARE(r.deductions, -40);
        QCOMPARE(r.total, 0); // 30 - 40, floored
        QCOMPARE(itemOf(r, QStringLiteral("bad_credit"))->points, -20);
    }

    void thresholdOnBase()
    {
        const RuleSet rs = parsed(ruleSetWith(R"({"id": "p", "group": "base", "label": "P", "kind": "per_unit",
            "fact": "residence_permit_months", "unit": 12, "points": 5},
            {"id": "e", "group": "bonus", "label": "E", "kind": "flag", "fact": "catalogue_occupation", "points": 50})")
                                      .replace("\"score\": \"total\"", "\"score\": \"base\""));
        QCOMPARE(rs.threshold.score, ThresholdScore::Base);
        const ScoreResult low = score(rs, application(rs, kBirth35, R"({"residence_permit_months": 12, "catalogue_occupation": true})"));
        QCOMPARE(low.total, 55);
        QVERIFY(!low.overThreshold); // base 5 < 10
        const ScoreResult high = score(rs, application(rs, kBirth35, R"({"residence_permit_months": 24})"));
        QVERIFY(high.overThreshold);
    }

    // --- eligibility and missing facts ---------------------------------------------------------
    void findings()
    {
        const RuleSet rs = builtin("gz-2023");
        const ScoreResult empty = score(rs, application(rs, kBirth35, "{}"));
        QVERIFY(!empty.eligible);
        QCOMPARE(failed(empty), QStringLiteral("employed,residence_permit_in_guangzhou,min_months_each"));
        QVERIFY(findingOf(empty, QStringLiteral("born_on_or_after"))->passed);
        QVERIFY(findingOf(empty, QStringLiteral("no_criminal_punishment"))->passed); // missing = false
        QVERIFY(findingOf(empty, QStringLiteral("employed"))->detail().contains(QStringLiteral("not stated")));
        QVERIFY(empty.missingFacts.contains(QStringLiteral("medical_months")));
        QVERIFY(empty.missingFacts.contains(QStringLiteral("criminal_punishment_within_5_years")));
        QCOMPARE(empty.missingFacts.size(), rs.referencedFacts().size());
        const Finding* months = findingOf(empty, QStringLiteral("min_months_each"));
        QVERIFY2(months->detail().contains(QStringLiteral("Pension insurance (months) -")), qPrintable(months->detail()));
    }

    void missingFactsInTheBreakdown()
    {
        const RuleSet rs = builtin("gz-2023");
        const QJsonObject o = score(rs, application(rs, kBirth35, "{}")).toJson();
        QJsonObject byId;
        for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v);
        const auto item = [&](const char* id) { return byId.value(QString::fromLatin1(id)).toObject(); };
        QVERIFY(item("education").value(QStringLiteral("fact_value")).isNull());
        QCOMPARE(item("education").value(QStringLiteral("missing")).toBool(), true);
        QCOMPARE(item("residence_permit").value(QStringLiteral("fact_value")).toInt(-1), 0);
        QCOMPARE(item("residence_permit").value(QStringLiteral("missing")).toBool(), true);
        QCOMPARE(item("volunteering").value(QStringLiteral("fact_value")).toObject(), QJsonObject());
        QCOMPARE(item("age").value(QStringLiteral("fact_value")).toInt(), 35);
        QCOMPARE(item("age").value(QStringLiteral("missing")).toBool(), false);
        QCOMPARE(item("owned_home").value(QStringLiteral("counted")).toBool(), false);
        QCOMPARE(item("owned_home").value(QStringLiteral("counted_in")).toString(), QStringLiteral("home"));
        QVERIFY(o.value(QStringLiteral("application")).isNull());
        QVERIFY(o.value(QStringLiteral("missing_facts")).toArray().contains(QStringLiteral("education")));
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("born 1989-05-01; required on or after 1978-01-01"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("Legal stable employment or business: no; required yes (not stated)"));
    }

    void ruleSetMismatchIsAFinding()
    {
        const RuleSet rs2023 = builtin("gz-2023");
        const RuleSet rs2020 = builtin("gz-2020");
        const Application app = application(rs2020, kBirth35, "{}");
        const ScoreResult r = score(rs2023, app);
        QVERIFY(findingOf(r, QStringLiteral("rule_set")));
        QVERIFY(!findingOf(r, QStringLiteral("rule_set"))->passed);
        QVERIFY(!findingOf(score(rs2020, app), QStringLiteral("rule_set")));
    }

    // --- determinism and JSON -----------------------------------------------------------------
    void deterministic()
    {
        const RuleSet rs = builtin("gz-2023");
        const Application app = application(rs, QDate(1983, 10, 7), R"({"residence_permit_in_guangzhou": true,
            "employed": true, "residence_permit_months": 100, "owns_home": true, "blood_donations": 3,
            "volunteer_hours_by_year": {"2022": 60, "2023": 120}, "bad_credit_records": 1})");
        const PointsEngine engine(rs);
        const QJsonObject first = engine.score(app).toJson(QStringLiteral("JF2024-000001"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(engine.score(app).toJson(QStringLiteral("JF2024-000001")), first);
        QCOMPARE(score(rs, app).toJson(QStringLiteral("JF2024-000001")), first);
    }

    void jsonShape()
    {
        const RuleSet rs = builtin("gz-2023");
        const ScoreResult r = score(rs, application(rs, kBirth35, R"({"residence_permit_in_guangzhou": true,
            "employed": true, "residence_permit_months": 48, "rented_months": 48, "education": "bachelor",
            "pension_months": 48, "medical_months": 48, "unemployment_months": 48,
            "injury_months": 48, "maternity_months": 48})"));
        const QJsonObject o = r.toJson(QStringLiteral("JF2024-000123"));
        QCOMPARE(o.value(QStringLiteral("application")).toString(), QStringLiteral("JF2024-000123"));
        QCOMPARE(o.value(QStringLiteral("rule_set")).toString(), QStringLiteral("gz-2023"));
        QCOMPARE(o.value(QStringLiteral("eligible")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("base")).toInt(), 122);
        QCOMPARE(o.value(QStringLiteral("bonus")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("deductions")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 152);
        QCOMPARE(o.value(QStringLiteral("over_threshold")).toBool(), true);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 5);
        for (const QJsonValue& f : findings) {
            QVERIFY(f.toObject().contains(QStringLiteral("condition")));
            QVERIFY(f.toObject().value(QStringLiteral("passed")).toBool());
            QVERIFY(!f.toObject().value(QStringLiteral("detail")).toString().isEmpty());
        }
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), rs.items.size());
        const QJsonObject permit = items.at(0).toObject();
        QCOMPARE(permit.value(QStringLiteral("id")).toString(), QStringLiteral("residence_permit"));
        QCOMPARE(permit.value(QStringLiteral("group")).toString(), QStringLiteral("base"));
        QCOMPARE(permit.value(QStringLiteral("fact_value")).toInt(), 48);
        QCOMPARE(permit.value(QStringLiteral("points")).toInt(), 32);
        QCOMPARE(permit.value(QStringLiteral("capped")).toBool(), false);
        QCOMPARE(permit.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("8 points for each full 12 of residence_permit_months"));
        QCOMPARE(o.value(QStringLiteral("keys")).toObject().value(QStringLiteral("base")).toInt(), 122);
    }
};

QTEST_GUILESS_MAIN(TestPointsEngine)
#include "test_points_engine.moc"
