// Rule-set import: what is accepted, and precise errors (JSON path and what was expected)
// for everything that is not.

#include "core/points/rule_set.h"
#include "test_points_support.h"

#include <QJsonArray>
#include <QTest>

using namespace hukou::core;
using namespace hukou::test::points;

namespace {

// A valid minimal rule set, as text, for the error cases to break.
const QByteArray kMinimal = R"({
  "id": "mini-1",
  "year": 2024,
  "title": "Mini",
  "reference_date": "2024-10-08",
  "quota": 100,
  "eligibility": {"born_on_or_after": "1978-01-01", "employed": true},
  "threshold": {"score": "total", "min": 10},
  "items": [
    {"id": "permit", "group": "base", "label": "Permit", "kind": "per_unit",
     "fact": "residence_permit_months", "unit": 12, "points": 8},
    {"id": "own", "group": "base", "label": "Own", "kind": "flag", "fact": "owns_home", "points": 20},
    {"id": "rent", "group": "base", "label": "Rent", "kind": "per_unit", "fact": "rented_months", "unit": 12,
     "points": 5, "cap": 20},
    {"id": "home", "group": "base", "label": "Home", "kind": "best_of", "items": ["own", "rent"]},
    {"id": "credit", "group": "deduction", "label": "Credit", "kind": "per_unit", "fact": "bad_credit_records",
     "unit": 1, "points": -10}
  ],
  "ranking": {"order": ["base", "medical_months"], "ties": "equal_rank_cut_at_quota"}
})";

} // namespace

class TestPointsRuleSet final : public QObject
{
    Q_OBJECT

private slots:
    void minimalParses()
    {
        auto rs = RuleSet::fromJson(kMinimal, QStringLiteral("mini.json"));
        QVERIFY2(rs.has_value(), qPrintable(rs ? QString() : rs.error().describe()));
        QCOMPARE(rs->id, QStringLiteral("mini-1"));
        QCOMPARE(rs->items.size(), 5);
        QCOMPARE(rs->items[3].kind, ItemKind::BestOf);
        QCOMPARE(rs->items[3].members, (QStringList{QStringLiteral("own"), QStringLiteral("rent")}));
        QCOMPARE(rs->items[2].cap, 20);
        QCOMPARE(rs->ranking.ties, TiePolicy::EqualRankCutAtQuota);
        QCOMPARE(rs->eligibility.requiredFacts.size(), 1);
        QCOMPARE(rs->eligibility.requiredFacts[0].fact, QStringLiteral("employed"));
        QVERIFY(rs->item(u"home"));
        QVERIFY(!rs->item(u"nothing"));
        QCOMPARE(rs->referencedFacts(),
                 (QStringList{QStringLiteral("bad_credit_records"), QStringLiteral("employed"),
                              QStringLiteral("medical_months"), QStringLiteral("owns_home"),
                              QStringLiteral("rented_months"), QStringLiteral("residence_permit_months")}));
    }

    void roundTrip()
    {
        auto rs = RuleSet::fromJson(kMinimal);
        QVERIFY(rs);
        auto again = RuleSet::fromJson(rs->toJsonBytes());
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().describe()));
        QCOMPARE(*again, *rs);
        QCOMPARE(again->toJson(), rs->toJson());
        // validated(): a rule set built in code goes through the same checks
        RuleSet built = *rs;
        QVERIFY(RuleSet::validated(built).has_value());
        built.items[0].points = -3;
        auto bad = RuleSet::validated(built);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("items[0].points"));
    }

    void declaredFacts()
    {
        QByteArray json = kMinimal;
        json.replace(R"("eligibility")", R"("facts": {"talent_award": {"type": "bool"},
            "skill_grade": {"type": "level", "levels": ["c", "b", "a"]}},
            "eligibility")");
        json.replace(R"({"id": "permit")", R"({"id": "award", "group": "bonus", "label": "Award", "kind": "flag",
            "fact": "talent_award", "points": 15},
            {"id": "grade", "group": "bonus", "label": "Grade", "kind": "tiers", "fact": "skill_grade",
             "tiers": {"a": 9, "b": 3}},
            {"id": "permit")");
        auto rs = RuleSet::fromJson(json);
        QVERIFY2(rs.has_value(), qPrintable(rs ? QString() : rs.error().describe()));
        QCOMPARE(rs->declaredFacts.size(), 2);
        const FactCatalogue cat = rs->catalogue();
        QVERIFY(cat.find(u"talent_award"));
        QVERIFY(cat.find(u"pension_months"));
        QVERIFY(!FactCatalogue::standard().find(u"talent_award"));
        const Application app = application(*rs, QDate(1990, 1, 1), R"({"talent_award": true, "skill_grade": "a"})");
        QCOMPARE(score(*rs, app).bonus, 24);
        auto again = RuleSet::fromJson(rs->toJsonBytes());
        QVERIFY(again);
        QCOMPARE(*again, *rs);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        const auto swap = [](const char* from, const char* to) {
            QByteArray j = kMinimal;
            if (!j.contains(from))
                qFatal("test setup: %s not in the minimal rule set", from);
            return j.replace(from, to);
        };

        // shape
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QStringLiteral("JSON object");
        QTest::newRow("unknown top-level key") << swap(R"("quota": 100,)", R"("quota": 100, "qouta": 1,)")
                                               << QStringLiteral("qouta") << QStringLiteral("unknown field");
        QTest::newRow("missing id") << swap(R"("id": "mini-1",)", "") << QStringLiteral("id")
                                    << QStringLiteral("missing");
        QTest::newRow("bad id") << swap(R"("id": "mini-1")", R"("id": "Mini 1")") << QStringLiteral("id")
                                << QStringLiteral("lowercase");
        QTest::newRow("year as text") << swap(R"("year": 2024)", R"("year": "2024")") << QStringLiteral("year")
                                      << QStringLiteral("expected a whole number, found the text \"2024\"");
        QTest::newRow("year fractional") << swap(R"("year": 2024)", R"("year": 2024.5)") << QStringLiteral("year")
                                         << QStringLiteral("whole number");
        QTest::newRow("bad date") << swap(R"("reference_date": "2024-10-08")", R"("reference_date": "2024-13-01")")
                                  << QStringLiteral("reference_date") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("negative quota") << swap(R"("quota": 100)", R"("quota": -1)") << QStringLiteral("quota")
                                        << QStringLiteral("at least 0");
        QTest::newRow("notes not a list") << swap(R"("quota": 100,)", R"("quota": 100, "notes": "x",)")
                                          << QStringLiteral("notes") << QStringLiteral("expected a list");
        // threshold and ranking
        QTest::newRow("threshold score") << swap(R"("score": "total")", R"("score": "bonus")")
                                         << QStringLiteral("threshold.score") << QStringLiteral("\"total\" or \"base\"");
        QTest::newRow("threshold min missing") << swap(R"(, "min": 10)", "") << QStringLiteral("threshold.min")
                                               << QStringLiteral("missing");
        QTest::newRow("unknown tie policy") << swap("equal_rank_cut_at_quota", "coin_toss")
                                            << QStringLiteral("ranking.ties") << QStringLiteral("coin_toss");
        QTest::newRow("ranking by unknown key") << swap(R"(["base", "medical_months"])", R"(["base", "height_cm"])")
                                                << QStringLiteral("ranking.order[1]") << QStringLiteral("height_cm");
        QTest::newRow("ranking by a level fact") << swap(R"(["base", "medical_months"])", R"(["base", "education"])")
                                                 << QStringLiteral("ranking.order[1]") << QStringLiteral("count fact");
        QTest::newRow("ranking key twice") << swap(R"(["base", "medical_months"])", R"(["base", "base"])")
                                           << QStringLiteral("ranking.order[1]") << QStringLiteral("twice");
        // eligibility
        QTest::newRow("unknown condition") << swap(R"("employed": true)", R"("employed": true, "tall": true)")
                                           << QStringLiteral("eligibility.tall") << QStringLiteral("unknown condition");
        QTest::newRow("condition not a bool") << swap(R"("employed": true)", R"("employed": "yes")")
                                              << QStringLiteral("eligibility.employed") << QStringLiteral("true or false");
        QTest::newRow("months without insurances") << swap(R"("employed": true)", R"("employed": true, "min_months_each": 48)")
                                                   << QStringLiteral("eligibility.insurances") << QStringLiteral("go together");
        QTest::newRow("insurance not a count fact")
            << swap(R"("employed": true)", R"("employed": true, "min_months_each": 48, "insurances": ["pension_months", "employed"])")
            << QStringLiteral("eligibility.insurances[1]") << QStringLiteral("count fact");
        QTest::newRow("unknown education level") << swap(R"("employed": true)", R"("employed": true, "min_education": "phd")")
                                                 << QStringLiteral("eligibility.min_education") << QStringLiteral("phd");
        QTest::newRow("min_age above max_age") << swap(R"("employed": true)", R"("employed": true, "min_age": 50, "max_age": 45)")
                                               << QStringLiteral("eligibility.max_age") << QStringLiteral("below min_age");
        // items
        {
            QByteArray j = kMinimal;
            const qsizetype from = j.indexOf("\"items\": [");
            const qsizetype to = j.indexOf("\"ranking\"");
            j.replace(from, to - from, "\"items\": [],\n  ");
            QTest::newRow("no items") << j << QStringLiteral("items") << QStringLiteral("at least one item");
        }
        QTest::newRow("unknown item kind") << swap(R"("kind": "flag")", R"("kind": "lottery")")
                                           << QStringLiteral("items[1].kind") << QStringLiteral("unknown item kind \"lottery\"");
        QTest::newRow("missing points") << swap(R"("unit": 12, "points": 8})", R"("unit": 12})")
                                        << QStringLiteral("items[0].points") << QStringLiteral("missing");
        QTest::newRow("points as text") << swap(R"("unit": 12, "points": 8})", R"("unit": 12, "points": "8"})")
                                        << QStringLiteral("items[0].points")
                                        << QStringLiteral("expected a whole number, found the text \"8\"");
        QTest::newRow("zero unit") << swap(R"("unit": 12, "points": 8})", R"("unit": 0, "points": 8})")
                                   << QStringLiteral("items[0].unit") << QStringLiteral("at least 1");
        QTest::newRow("cap as bool") << swap(R"("cap": 20)", R"("cap": true)") << QStringLiteral("items[2].cap")
                                     << QStringLiteral("found true");
        QTest::newRow("item not an object") << swap(R"({"id": "own", "group": "base", "label": "Own", "kind": "flag", "fact": "owns_home", "points": 20})", "42")
                                            << QStringLiteral("items[1]") << QStringLiteral("the number 42");
        QTest::newRow("unknown group") << swap(R"("id": "own", "group": "base")", R"("id": "own", "group": "extra")")
                                       << QStringLiteral("items[1].group") << QStringLiteral("\"extra\"");
        QTest::newRow("missing label") << swap(R"("label": "Own", )", "") << QStringLiteral("items[1].label")
                                       << QStringLiteral("missing");
        QTest::newRow("duplicate id") << swap(R"("id": "own")", R"("id": "permit")") << QStringLiteral("items[1].id")
                                      << QStringLiteral("used twice");
        QTest::newRow("unknown fact") << swap(R"("fact": "owns_home")", R"("fact": "owns_yacht")")
                                      << QStringLiteral("items[1].fact") << QStringLiteral("unknown fact \"owns_yacht\"");
        QTest::newRow("flag on a count fact") << swap(R"("fact": "owns_home")", R"("fact": "rented_months")")
                                              << QStringLiteral("items[1].fact") << QStringLiteral("needs a bool fact");
        QTest::newRow("field of another kind") << swap(R"("fact": "owns_home", "points": 20)", R"("fact": "owns_home", "points": 20, "unit": 12)")
                                               << QStringLiteral("items[1].unit") << QStringLiteral("for a flag item");
        QTest::newRow("deduction with positive points") << swap(R"("points": -10)", R"("points": 10)")
                                                        << QStringLiteral("items[4].points") << QStringLiteral("negative");
        QTest::newRow("bonus with negative points") << swap(R"("points": 20})", R"("points": -20})")
                                                    << QStringLiteral("items[1].points") << QStringLiteral("only a deduction");
        QTest::newRow("both fact and facts") << swap(R"("fact": "residence_permit_months",)", R"("fact": "residence_permit_months", "facts": ["pension_months"],)")
                                             << QStringLiteral("items[0].fact") << QStringLiteral("not both");
        QTest::newRow("best_of unknown member") << swap(R"(["own", "rent"])", R"(["own", "lease"])")
                                                << QStringLiteral("items[3].items[1]") << QStringLiteral("\"lease\"");
        QTest::newRow("best_of one member") << swap(R"(["own", "rent"])", R"(["own"])")
                                            << QStringLiteral("items[3].items") << QStringLiteral("at least two");
        QTest::newRow("best_of across groups") << swap(R"(["own", "rent"])", R"(["own", "credit"])")
                                               << QStringLiteral("items[3].items[1]") << QStringLiteral("group");
        QTest::newRow("best_of contains itself") << swap(R"(["own", "rent"])", R"(["own", "home"])")
                                                 << QStringLiteral("items[3].items[1]") << QStringLiteral("itself");
        // kinds with their own fields
        const auto item = [&](const char* json) {
            const QByteArray inserted = QByteArray(json) + QByteArray(R"(, {"id": "credit")");
            return swap(R"({"id": "credit")", inserted.constData());
        };
        QTest::newRow("tiers unknown level") << item(R"({"id": "edu", "group": "bonus", "label": "E", "kind": "tiers", "fact": "education", "tiers": {"bachelor": 30, "phd": 50}})")
                                             << QStringLiteral("items[4].tiers.phd") << QStringLiteral("not a level of education");
        QTest::newRow("tiers on a bool fact") << item(R"({"id": "edu", "group": "bonus", "label": "E", "kind": "tiers", "fact": "employed", "tiers": {"x": 1}})")
                                              << QStringLiteral("items[4].fact") << QStringLiteral("needs a level fact");
        QTest::newRow("bonus_if on a count fact") << item(R"({"id": "edu", "group": "bonus", "label": "E", "kind": "tiers", "fact": "education", "tiers": {"bachelor": 30}, "bonus_if": {"fact": "rented_months", "points": 5}})")
                                                  << QStringLiteral("items[4].bonus_if.fact") << QStringLiteral("needs a bool fact");
        QTest::newRow("age with both forms") << item(R"({"id": "age", "group": "base", "label": "A", "kind": "age", "full_points": 30, "full_until_years": 40, "minus_per_started_year": 2, "bands": []})")
                                             << QStringLiteral("items[4].bands") << QStringLiteral("either");
        QTest::newRow("age missing a field") << item(R"({"id": "age", "group": "base", "label": "A", "kind": "age", "full_points": 30, "full_until_years": 40})")
                                             << QStringLiteral("items[4].minus_per_started_year") << QStringLiteral("missing");
        QTest::newRow("age bands overlap") << item(R"({"id": "age", "group": "base", "label": "A", "kind": "age", "bands": [{"from": 18, "to": 30, "points": 30}, {"from": 30, "to": 40, "points": 20}]})")
                                           << QStringLiteral("items[4].bands[1].from") << QStringLiteral("overlaps");
        QTest::newRow("age band upside down") << item(R"({"id": "age", "group": "base", "label": "A", "kind": "age", "bands": [{"from": 40, "to": 30, "points": 30}]})")
                                              << QStringLiteral("items[4].bands[0].to") << QStringLiteral("at least 40");
        QTest::newRow("yearly without per_year_cap") << item(R"({"id": "vol", "group": "bonus", "label": "V", "kind": "per_unit_yearly", "fact": "volunteer_hours_by_year", "unit": 50, "points": 2})")
                                                     << QStringLiteral("items[4].per_year_cap") << QStringLiteral("missing");
        QTest::newRow("yearly on a count fact") << item(R"({"id": "vol", "group": "bonus", "label": "V", "kind": "per_unit_yearly", "fact": "blood_donations", "unit": 50, "points": 2, "per_year_cap": 2})")
                                                << QStringLiteral("items[4].fact") << QStringLiteral("needs a by_year fact");
        QTest::newRow("threshold_flag negative at_least") << item(R"({"id": "tax", "group": "bonus", "label": "T", "kind": "threshold_flag", "fact": "tax_paid_3y_yuan", "at_least": -1, "points": 20})")
                                                          << QStringLiteral("items[4].at_least") << QStringLiteral("at least 0");
        QTest::newRow("sum_of nesting") << item(R"({"id": "all", "group": "base", "label": "All", "kind": "sum_of", "items": ["home", "permit"]})")
                                        << QStringLiteral("items[4].items[0]") << QStringLiteral("do not nest");
        QTest::newRow("member in two combinations") << item(R"({"id": "all", "group": "base", "label": "All", "kind": "sum_of", "items": ["rent", "permit"]})")
                                                    << QStringLiteral("items[4].items[0]") << QStringLiteral("already belongs");
        // declared facts
        QTest::newRow("declared fact: unknown type") << swap(R"("eligibility")", R"("facts": {"x_fact": {"type": "color"}}, "eligibility")")
                                                     << QStringLiteral("facts.x_fact.type") << QStringLiteral("unknown fact type");
        QTest::newRow("declared fact: redefines a standard one") << swap(R"("eligibility")", R"("facts": {"employed": {"type": "count"}}, "eligibility")")
                                                                 << QStringLiteral("facts.employed") << QStringLiteral("already defined");
        QTest::newRow("declared level without levels") << swap(R"("eligibility")", R"("facts": {"grade": {"type": "level"}}, "eligibility")")
                                                       << QStringLiteral("facts.grade") << QStringLiteral("list of levels");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        auto rs = RuleSet::fromJson(json, QStringLiteral("mine.json"));
        QVERIFY2(!rs.has_value(), "accepted");
        QCOMPARE(rs.error().code, ErrorCode::Invalid);
        QCOMPARE(rs.error().field, field);
        QVERIFY2(rs.error().message.contains(messagePart), qPrintable(rs.error().message));
        QVERIFY2(rs.error().message.startsWith(QStringLiteral("mine.json: ")), qPrintable(rs.error().message));
        if (qEnvironmentVariableIsSet("HUKOU_SHOW_ERRORS"))
            qInfo("%s", qPrintable(rs.error().describe()));
    }

    void badJsonNamesTheLine()
    {
        const QByteArray json = "{\n  \"id\": \"x\",\n  \"year\": 2024,,\n}";
        auto rs = RuleSet::fromJson(json, QStringLiteral("broken.json"));
        QVERIFY(!rs);
        QCOMPARE(rs.error().line, 3);
        QVERIFY2(rs.error().message.contains(QStringLiteral("not valid JSON")), qPrintable(rs.error().message));
        QVERIFY(rs.error().message.startsWith(QStringLiteral("broken.json: ")));
        QVERIFY(rs.error().describe().startsWith(QStringLiteral("line 3")));
        auto empty = RuleSet::fromJson(QByteArray());
        QVERIFY(!empty);
    }
};

QTEST_GUILESS_MAIN(TestPointsRuleSet)
#include "test_points_ruleset.moc"
