// Application input: the points.md format, typed facts, and precise errors.

#include "core/points/application.h"
#include "test_points_support.h"

#include <QJsonArray>
#include <QTest>

using namespace hukou::core;
using namespace hukou::test::points;

namespace {

const QDate kToday(2024, 10, 20);

// The example of points.md (with real IDs for the family member).
const QByteArray kExample = R"({
  "rule_set": "gz-2023",
  "district": "440106",
  "submitted_on": "2024-10-20",
  "applicant": {"citizen_id": "440106199001011235", "name": "陈明", "phone": "13800000000"},
  "facts": {
    "residence_permit_in_guangzhou": true,
    "residence_permit_months": 60,
    "employed": true,
    "owns_home": false,
    "rented_months": 48,
    "moved_out_core_months": 0,
    "pension_months": 60, "medical_months": 60, "unemployment_months": 60,
    "injury_months": 60, "maternity_months": 60,
    "provident_fund_months": 24,
    "education": "bachelor",
    "technical_level": "none",
    "works_in_certified_occupation": false,
    "catalogue_occupation": false,
    "blood_donations": 1,
    "volunteer_hours_by_year": {"2022": 60, "2023": 120},
    "tax_paid_3y_yuan": 0,
    "bad_credit_records": 0,
    "tax_evasion_records": 0,
    "public_security_penalties": 0,
    "criminal_punishment_within_5_years": false,
    "family_planning_compliant": true
  },
  "evidence": [{"fact": "education", "document": "学位证书 编号 ..."}],
  "moving_with": [{"citizen_id": "11010519491231002X", "name": "王芳", "relation": "配偶"}]
})";

} // namespace

class TestPointsApplication final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheExample()
    {
        auto app = Application::fromJson(kExample, kToday);
        QVERIFY2(app.has_value(), qPrintable(app ? QString() : app.error().describe()));
        QCOMPARE(app->ruleSet, QStringLiteral("gz-2023"));
        QCOMPARE(app->district, QStringLiteral("440106"));
        QCOMPARE(app->submittedOn, QDate(2024, 10, 20));
        QCOMPARE(app->applicant.citizenId, QStringLiteral("440106199001011235"));
        QCOMPARE(app->applicant.birthDate, QDate(1990, 1, 1));
        QCOMPARE(app->applicant.name, QStringLiteral("陈明"));
        QCOMPARE(app->applicant.phone, QStringLiteral("13800000000"));
        QCOMPARE(app->facts.size(), 24);
        QCOMPARE(app->facts.count(QStringLiteral("pension_months")), 60);
        QCOMPARE(app->facts.flag(QStringLiteral("employed")), true);
        QCOMPARE(app->facts.level(QStringLiteral("education")), QStringLiteral("bachelor"));
        QCOMPARE(app->facts.byYear(QStringLiteral("volunteer_hours_by_year")), (ByYear{{2022, 60}, {2023, 120}}));
        QCOMPARE(app->evidence.size(), 1);
        QCOMPARE(app->evidence[0].fact, QStringLiteral("education"));
        QCOMPARE(app->movingWith.size(), 1);
        QCOMPARE(app->movingWith[0].relation, QStringLiteral("配偶"));
        // missing facts read as false / 0 / nothing
        app->facts.remove(QStringLiteral("employed"));
        QVERIFY(!app->facts.contains(QStringLiteral("employed")));
        QCOMPARE(app->facts.flag(QStringLiteral("employed")), false);
        QCOMPARE(app->facts.count(QStringLiteral("no_such")), 0);
        QVERIFY(app->facts.jsonValue(QStringLiteral("employed")).isNull());
    }

    // What a document must prove: facts that give something (true, more than 0, a level above
    // none, some years), not false, 0, "none" or no years; and those still without evidence.
    void claimedFactsAndMissingEvidence()
    {
        auto app = Application::fromJson(kExample, kToday);
        QVERIFY(app);
        const QStringList claimed{u"blood_donations"_qs,       u"education"_qs,          u"employed"_qs,
                                  u"family_planning_compliant"_qs, u"injury_months"_qs,  u"maternity_months"_qs,
                                  u"medical_months"_qs,        u"pension_months"_qs,     u"provident_fund_months"_qs,
                                  u"rented_months"_qs,         u"residence_permit_in_guangzhou"_qs,
                                  u"residence_permit_months"_qs, u"unemployment_months"_qs,
                                  u"volunteer_hours_by_year"_qs};
        QCOMPARE(app->claimedFacts(), claimed);
        QStringList lacking = claimed;
        lacking.removeOne(u"education"_qs); // its degree certificate is recorded
        QCOMPARE(app->factsLackingEvidence(), lacking);
    }

    void roundTrip()
    {
        auto app = Application::fromJson(kExample, kToday);
        QVERIFY(app);
        auto again = Application::fromJsonObject(app->toJson(), kToday);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().describe()));
        QCOMPARE(*again, *app);
    }

    void districtByName()
    {
        QByteArray json = kExample;
        json.replace(R"("district": "440106")", R"("district": "天河区")");
        auto app = Application::fromJson(json, kToday);
        QVERIFY2(app.has_value(), qPrintable(app ? QString() : app.error().describe()));
        QCOMPARE(app->district, QStringLiteral("440106"));
    }

    void fifteenDigitIdUpgraded()
    {
        QByteArray json = kExample;
        json.replace(R"("citizen_id": "440106199001011235")", R"("citizen_id": "440106900101123")");
        auto app = Application::fromJson(json, kToday);
        QVERIFY2(app.has_value(), qPrintable(app ? QString() : app.error().describe()));
        QCOMPARE(app->applicant.citizenId.size(), 18);
        QCOMPARE(app->applicant.birthDate, QDate(1990, 1, 1));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        const auto swap = [](const char* from, const char* to) {
            QByteArray j = kExample;
            if (!j.contains(from))
                qFatal("test setup: %s not in the example", from);
            return j.replace(from, to);
        };
        QTest::newRow("bad check digit") << swap("440106199001011235", "440106199001011236")
                                         << QStringLiteral("applicant.citizen_id") << QStringLiteral("check character");
        QTest::newRow("short id") << swap("440106199001011235", "4401061990") << QStringLiteral("applicant.citizen_id")
                                  << QStringLiteral("18 characters");
        QTest::newRow("born in the future") << swap("440106199001011235", "440106203001011230")
                                            << QStringLiteral("applicant.citizen_id") << QStringLiteral("future");
        QTest::newRow("id as number") << swap(R"("440106199001011235")", "440106199001011235")
                                      << QStringLiteral("applicant.citizen_id") << QStringLiteral("expected a text");
        QTest::newRow("missing name") << swap(R"("name": "陈明", )", "") << QStringLiteral("applicant.name")
                                      << QStringLiteral("missing");
        QTest::newRow("unknown applicant field") << swap(R"("phone": "13800000000")", R"("mobile": "13800000000")")
                                                 << QStringLiteral("applicant.mobile") << QStringLiteral("unknown field");
        QTest::newRow("unknown fact") << swap(R"("owns_home": false)", R"("owns_yacht": false)")
                                      << QStringLiteral("facts.owns_yacht") << QStringLiteral("unknown fact");
        QTest::newRow("months as text") << swap(R"("pension_months": 60)", R"("pension_months": "60")")
                                        << QStringLiteral("facts.pension_months") << QStringLiteral("whole number");
        QTest::newRow("negative months") << swap(R"("pension_months": 60)", R"("pension_months": -1)")
                                         << QStringLiteral("facts.pension_months") << QStringLiteral("at least 0");
        QTest::newRow("fractional months") << swap(R"("pension_months": 60)", R"("pension_months": 59.5)")
                                           << QStringLiteral("facts.pension_months") << QStringLiteral("whole number");
        QTest::newRow("bool as number") << swap(R"("employed": true)", R"("employed": 1)")
                                        << QStringLiteral("facts.employed") << QStringLiteral("true or false");
        QTest::newRow("unknown level") << swap(R"("education": "bachelor")", R"("education": "master")")
                                       << QStringLiteral("facts.education") << QStringLiteral("\"bachelor\"");
        QTest::newRow("by-year not an object") << swap(R"({"2022": 60, "2023": 120})", "[60, 120]")
                                               << QStringLiteral("facts.volunteer_hours_by_year") << QStringLiteral("year");
        QTest::newRow("by-year bad year") << swap(R"("2022": 60)", R"("22": 60)")
                                          << QStringLiteral("facts.volunteer_hours_by_year.22") << QStringLiteral("not a year");
        QTest::newRow("by-year bad hours") << swap(R"("2022": 60)", R"("2022": "60")")
                                           << QStringLiteral("facts.volunteer_hours_by_year.2022") << QStringLiteral("whole number");
        QTest::newRow("facts not an object")
            << QByteArray(R"({"rule_set": "gz-2023", "district": "440106", "submitted_on": "2024-10-20",
                "applicant": {"citizen_id": "440106199001011235", "name": "陈明"}, "facts": [1]})")
            << QStringLiteral("facts") << QStringLiteral("expected an object, found a list");
        QTest::newRow("unknown top-level field") << swap(R"("facts": {)", R"("number": "JF1", "facts": {)")
                                                 << QStringLiteral("number") << QStringLiteral("unknown field");
        QTest::newRow("missing rule set") << swap(R"("rule_set": "gz-2023",)", "") << QStringLiteral("rule_set")
                                          << QStringLiteral("missing");
        QTest::newRow("unknown district") << swap(R"("district": "440106")", R"("district": "110105")")
                                          << QStringLiteral("district") << QStringLiteral("110105");
        QTest::newRow("bad submitted_on") << swap(R"("submitted_on": "2024-10-20")", R"("submitted_on": "20/10/2024")")
                                          << QStringLiteral("submitted_on") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("evidence for unknown fact") << swap(R"("fact": "education", "document")", R"("fact": "diploma", "document")")
                                                   << QStringLiteral("evidence[0].fact") << QStringLiteral("unknown fact");
        QTest::newRow("evidence without document") << swap(R"(, "document": "学位证书 编号 ...")", "")
                                                   << QStringLiteral("evidence[0].document") << QStringLiteral("missing");
        QTest::newRow("family member bad id") << swap("11010519491231002X", "110105194912310021")
                                              << QStringLiteral("moving_with[0].citizen_id") << QStringLiteral("check character");
        QTest::newRow("family member without relation") << swap(R"(, "relation": "配偶")", "")
                                                        << QStringLiteral("moving_with[0].relation") << QStringLiteral("missing");
        QTest::newRow("applicant moves with themselves") << swap("11010519491231002X", "440106199001011235")
                                                         << QStringLiteral("moving_with[0].citizen_id") << QStringLiteral("themselves");
        QTest::newRow("not JSON") << QByteArray("{\"rule_set\": \"gz-2023\",\n\"district\": }") << QString()
                                  << QStringLiteral("not valid JSON");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        auto app = Application::fromJson(json, kToday, FactCatalogue::standard(), QStringLiteral("app.json"));
        QVERIFY2(!app.has_value(), "accepted");
        QCOMPARE(app.error().code, ErrorCode::Invalid);
        QCOMPARE(app.error().field, field);
        QVERIFY2(app.error().message.contains(messagePart), qPrintable(app.error().message));
        QVERIFY2(app.error().message.startsWith(QStringLiteral("app.json: ")), qPrintable(app.error().message));
    }

    void catalogueFromTheRuleSet()
    {
        // A fact declared by a rule set is accepted only with that rule set's catalogue.
        auto rs = RuleSet::fromJson(R"({"id": "x", "year": 2030, "title": "X", "reference_date": "2030-10-01",
            "quota": 1, "facts": {"talent_award": {"type": "bool"}}, "eligibility": {},
            "threshold": {"score": "total", "min": 1},
            "items": [{"id": "a", "group": "bonus", "label": "A", "kind": "flag", "fact": "talent_award", "points": 5}],
            "ranking": {"order": ["total"], "ties": "equal_rank_all_admitted"}})");
        QVERIFY2(rs.has_value(), qPrintable(rs ? QString() : rs.error().describe()));
        QByteArray json = kExample;
        json.replace(R"("owns_home": false)", R"("talent_award": true)");
        auto standard = Application::fromJson(json, kToday);
        QVERIFY(!standard);
        QCOMPARE(standard.error().field, QStringLiteral("facts.talent_award"));
        auto withRuleSet = Application::fromJson(json, kToday, rs->catalogue());
        QVERIFY2(withRuleSet.has_value(), qPrintable(withRuleSet ? QString() : withRuleSet.error().describe()));
        QCOMPARE(withRuleSet->facts.flag(QStringLiteral("talent_award")), true);
    }
};

QTEST_GUILESS_MAIN(TestPointsApplication)
#include "test_points_application.moc"
