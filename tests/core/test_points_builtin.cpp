// The three built-in rule sets, each with hand-computed applications: every item kind the set
// uses, caps, best_of / sum_of, the age boundaries, deductions down to a floored total, and
// each eligibility condition failing on its own.

#include "core/points/builtin_rule_sets.h"
#include "core/points/points_engine.h"
#include "test_points_support.h"

#include <QTest>

using namespace hukou::core;
using namespace hukou::test::points;

namespace {

// gz-2023 / gz-2020: permit in Guangzhou, employed, 48 months of each insurance.
const QByteArray kElig = R"("residence_permit_in_guangzhou": true, "employed": true, "pension_months": 48,
    "medical_months": 48, "unemployment_months": 48, "injury_months": 48, "maternity_months": 48)";
// gz-2014 adds family planning and junior-high education.
const QByteArray kElig14 = kElig + R"(, "family_planning_compliant": true, "education": "junior_high")";

QByteArray facts(const QByteArray& elig, const QByteArray& extra)
{
    if (extra.isEmpty())
        return '{' + elig + '}';
    return '{' + elig + ", " + extra + '}';
}

void columns()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<qint64>("deductions");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("over");
    QTest::addColumn<QString>("failedConditions");
}

void row(const char* name, QDate birth, const QByteArray& factsJson, qint64 base, qint64 bonus, qint64 deductions,
         qint64 total, bool over, const char* failedConditions = "")
{
    QTest::newRow(name) << birth << factsJson << base << bonus << deductions << total << over
                        << QString::fromLatin1(failedConditions);
}

void check(const char* ruleSetId)
{
    QFETCH(QDate, birth);
    QFETCH(QByteArray, facts);
    QFETCH(qint64, base);
    QFETCH(qint64, bonus);
    QFETCH(qint64, deductions);
    QFETCH(qint64, total);
    QFETCH(bool, over);
    QFETCH(QString, failedConditions);
    const RuleSet rs = builtin(ruleSetId);
    const ScoreResult r = score(rs, application(rs, birth, facts.constData()));
    QCOMPARE(r.base, base);
    QCOMPARE(r.bonus, bonus);
    QCOMPARE(r.deductions, deductions);
    QCOMPARE(r.total, total);
    QCOMPARE(r.overThreshold, over);
    QCOMPARE(failed(r), failedConditions);
    QCOMPARE(r.eligible, failedConditions.isEmpty());
}

} // namespace

class TestPointsBuiltin final : public QObject
{
    Q_OBJECT

private slots:
    void loads()
    {
        QVERIFY2(BuiltinRuleSets::loadErrors().isEmpty(),
                 qPrintable(BuiltinRuleSets::loadErrors().isEmpty() ? QString()
                                                                     : BuiltinRuleSets::loadErrors().first().describe()));
        QCOMPARE(BuiltinRuleSets::ids(),
                 (QStringList{QStringLiteral("gz-2014"), QStringLiteral("gz-2020"), QStringLiteral("gz-2023")}));
        QCOMPARE(BuiltinRuleSets::byYear(2024)->id, QStringLiteral("gz-2023"));
        QVERIFY(!BuiltinRuleSets::byId(u"gz-1999"));
        for (const RuleSet& rs : BuiltinRuleSets::all()) {
            QVERIFY2(!rs.notes.isEmpty(), qPrintable(rs.id));
            auto again = RuleSet::fromJson(rs.toJsonBytes(), rs.id);
            QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().describe()));
            QCOMPARE(*again, rs);
        }
    }

    void headlines()
    {
        const RuleSet g23 = builtin("gz-2023");
        QCOMPARE(g23.year, 2024);
        QCOMPARE(g23.referenceDate, QDate(2024, 10, 8));
        QCOMPARE(g23.quota, 16000);
        QCOMPARE(g23.threshold.score, ThresholdScore::Total);
        QCOMPARE(g23.threshold.min, 150);
        QCOMPARE(g23.ranking.order, (QStringList{QStringLiteral("base"), QStringLiteral("medical_months"),
                                                  QStringLiteral("residence_permit_months")}));
        QCOMPARE(g23.ranking.ties, TiePolicy::EqualRankAllAdmitted);
        QCOMPARE(g23.eligibility.bornOnOrAfter, QDate(1978, 1, 1));

        const RuleSet g20 = builtin("gz-2020");
        QCOMPARE(g20.year, 2020);
        QCOMPARE(g20.quota, 6000);
        QCOMPARE(g20.threshold.min, 100);
        QCOMPARE(g20.ranking.order, (QStringList{QStringLiteral("total"), QStringLiteral("medical_months"),
                                                  QStringLiteral("residence_permit_months")}));
        QVERIFY(g20.notes.join(u' ').contains(QStringLiteral("administrator")));

        const RuleSet g14 = builtin("gz-2014");
        QCOMPARE(g14.year, 2014);
        QCOMPARE(g14.quota, 3000);
        QCOMPARE(g14.threshold.min, 60);
        QCOMPARE(g14.ranking.order, (QStringList{QStringLiteral("medical_months"), QStringLiteral("unemployment_months")}));
        QCOMPARE(g14.eligibility.minAge, 20);
        QCOMPARE(g14.eligibility.maxAge, 45);
        QCOMPARE(g14.eligibility.minEducation, QStringLiteral("junior_high"));
    }

    // gz-2023, reference date 2024-10-08. Born 1989-05-01: 35, age 30; 48 months of each
    // insurance: 5 x 2 x 4 = 40. So kElig alone gives base 70.
    void gz2023_data()
    {
        columns();
        const QDate d35(1989, 5, 1);
        const QByteArray worked = R"("residence_permit_months": 48, "rented_months": 48)";
        row("worked example", d35, facts(kElig, worked), 122, 0, 0, 122, false);
        row("worked example + bachelor", d35, facts(kElig, worked + R"(, "education": "bachelor")"), 122, 30, 0, 152,
            true);
        row("40th birthday: 30", QDate(1984, 10, 8), facts(kElig, worked), 122, 0, 0, 122, false);
        row("40 and a day: 28", QDate(1984, 10, 7), facts(kElig, worked), 120, 0, 0, 120, false);
        row("41st birthday: 28", QDate(1983, 10, 8), facts(kElig, worked), 120, 0, 0, 120, false);
        row("41 and a day: 26", QDate(1983, 10, 7), facts(kElig, worked), 118, 0, 0, 118, false);
        row("45th birthday: 20", QDate(1979, 10, 8), facts(kElig, worked), 112, 0, 0, 112, false);
        row("45 and a day: 18", QDate(1979, 10, 7), facts(kElig, worked), 110, 0, 0, 110, false);
        row("born on the cut-off: 46, age 16", QDate(1978, 1, 1), facts(kElig, ""), 56, 0, 0, 56, false);
        row("born the day before the cut-off", QDate(1977, 12, 31), facts(kElig, ""), 56, 0, 0, 56, false,
            "born_on_or_after");
        row("owned home beats rented", d35, facts(kElig, R"("owns_home": true, "rented_months": 24)"), 90, 0, 0, 90,
            false);
        row("rented home capped at 20", d35, facts(kElig, R"("rented_months": 132)"), 90, 0, 0, 90, false);
        row("moved out capped at 10, provident fund", d35,
            facts(kElig, R"("moved_out_core_months": 132, "provident_fund_months": 36)"), 86, 0, 0, 86, false);
        row("bonus: every kind", d35,
            facts(kElig, R"("education": "associate", "technical_level": "intermediate_title",
                "works_in_certified_occupation": true, "catalogue_occupation": true, "blood_donations": 7,
                "volunteer_hours_by_year": {"2021": 300, "2022": 49, "2023": 50})"),
            70, 69, 0, 139, false);
        row("certified occupation without a level: nothing", d35,
            facts(kElig, R"("technical_level": "none", "works_in_certified_occupation": true)"), 70, 0, 0, 70, false);
        row("over the threshold with deductions", d35,
            facts(kElig, R"("residence_permit_months": 120, "education": "bachelor", "bad_credit_records": 1,
                "tax_evasion_records": 1, "public_security_penalties": 2)"),
            150, 30, -40, 140, false);
        row("deductions floor the total at 0", d35, facts(kElig, R"("bad_credit_records": 8)"), 70, 0, -80, 0, false);
        row("medical 47 months", d35,
            R"({"residence_permit_in_guangzhou": true, "employed": true, "pension_months": 48, "medical_months": 47,
                "unemployment_months": 48, "injury_months": 48, "maternity_months": 48})",
            68, 0, 0, 68, false, "min_months_each");
        row("not employed", d35, facts(kElig, R"("employed": false)").replace(R"("employed": true, )", ""), 70, 0, 0,
            70, false, "employed");
        row("permit not from Guangzhou", d35,
            facts(kElig, "").replace(R"("residence_permit_in_guangzhou": true)", R"("residence_permit_in_guangzhou": false)"),
            70, 0, 0, 70, false, "residence_permit_in_guangzhou");
        row("criminal punishment", d35, facts(kElig, R"("criminal_punishment_within_5_years": true)"), 70, 0, 0, 70,
            false, "no_criminal_punishment");
    }
    void gz2023() { check("gz-2023"); }

    // gz-2020, reference date 2020-09-30. Born 1985-05-01: 35, band 31–40: 20; insurances
    // 5 x 1 x 4 = 20. So kElig alone gives base 40.
    void gz2020_data()
    {
        columns();
        const QDate d35(1985, 5, 1);
        const QByteArray home = R"("residence_permit_months": 48, "rented_months": 48)";
        row("permit and rented home", d35, facts(kElig, home), 60, 0, 0, 60, false);
        row("bachelor is base here", d35, facts(kElig, home + R"(, "education": "bachelor")"), 110, 0, 0, 110, true);
        row("exactly 100", d35, facts(kElig, R"("education": "bachelor", "rented_months": 60)"), 100, 0, 0, 100, true);
        row("29: band 18-30", QDate(1990, 10, 1), facts(kElig, ""), 50, 0, 0, 50, false);
        row("30th birthday: band 18-30", QDate(1990, 9, 30), facts(kElig, ""), 50, 0, 0, 50, false);
        row("31st birthday: band 31-40", QDate(1989, 9, 30), facts(kElig, ""), 40, 0, 0, 40, false);
        row("41st birthday: band 41-45", QDate(1979, 9, 30), facts(kElig, ""), 30, 0, 0, 30, false);
        row("45: band 41-45", QDate(1975, 9, 30), facts(kElig, ""), 30, 0, 0, 30, false);
        row("46, born on the cut-off: no age points", QDate(1974, 1, 1), facts(kElig, ""), 20, 0, 0, 20, false);
        row("born before the cut-off", QDate(1973, 12, 31), facts(kElig, ""), 20, 0, 0, 20, false,
            "born_on_or_after");
        row("owned home in Conghua: 15", d35,
            facts(kElig, R"("owns_home": true, "home_in_conghua_or_zengcheng": true, "rented_months": 48)"), 55, 0, 0,
            55, false);
        row("rented home capped at 10", d35, facts(kElig, R"("rented_months": 120)"), 50, 0, 0, 50, false);
        row("associate", d35, facts(kElig, R"("education": "associate")"), 75, 0, 0, 75, false);
        row("bonus: technical + certified, blood, volunteering", d35,
            facts(kElig, R"("technical_level": "senior_worker", "works_in_certified_occupation": true,
                "blood_donations": 2, "volunteer_hours_by_year": {"2019": 100})"),
            40, 36, 0, 76, false);
        row("intermediate title without the occupation", d35, facts(kElig, R"("technical_level": "intermediate_title")"),
            40, 30, 0, 70, false);
        row("deductions: bad credit -5 each", d35,
            facts(kElig, R"("education": "bachelor", "bad_credit_records": 3, "tax_evasion_records": 1,
                "public_security_penalties": 1)"),
            90, 0, -35, 55, false);
        row("deductions floor the total at 0", d35, facts(kElig, R"("bad_credit_records": 10)"), 40, 0, -50, 0, false);
        row("unemployment insurance 47 months", d35,
            R"({"residence_permit_in_guangzhou": true, "employed": true, "pension_months": 48, "medical_months": 48,
                "unemployment_months": 47, "injury_months": 48, "maternity_months": 48})",
            39, 0, 0, 39, false, "min_months_each");
        row("criminal punishment", d35, facts(kElig, R"("criminal_punishment_within_5_years": true)"), 40, 0, 0, 40,
            false, "no_criminal_punishment");
    }
    void gz2020() { check("gz-2020"); }

    // gz-2014, reference date 2014-09-30. Born 1984-05-01: 30. No base points without
    // education above junior high, a technical level, the catalogue, service or tax.
    void gz2014_data()
    {
        columns();
        const QDate d30(1984, 5, 1);
        const QByteArray elig = kElig14;
        const auto with = [&](const QByteArray& extra) {
            return facts(elig, extra).replace(R"("education": "junior_high", )", "");
        };
        row("eligible, no points", d30, facts(elig, ""), 0, 0, 0, 0, false);
        row("bachelor: exactly the gate", d30, with(R"("education": "bachelor")"), 60, 0, 0, 60, true);
        row("associate + intermediate worker", d30,
            with(R"("education": "associate", "technical_level": "intermediate_worker")"), 60, 0, 0, 60, true);
        row("high school + catalogue + social service", d30,
            with(R"("education": "high_school", "catalogue_occupation": true, "blood_donations": 3,
                "volunteer_hours_by_year": {"2012": 100, "2013": 50})"),
            40, 10, 0, 50, false);
        row("social service capped at 10 together", d30,
            with(R"("education": "bachelor", "blood_donations": 5,
                "volunteer_hours_by_year": {"2011": 50, "2012": 50, "2013": 50, "2014": 50})"),
            60, 10, 0, 70, true);
        row("tax 100,000 + intermediate title", d30,
            facts(elig, R"("tax_paid_3y_yuan": 100000, "technical_level": "intermediate_title")"), 60, 20, 0, 80, true);
        row("tax 99,999 + senior worker", d30, facts(elig, R"("tax_paid_3y_yuan": 99999, "technical_level": "senior_worker")"),
            40, 0, 0, 40, false);
        row("junior title: 40 (chosen)", d30, facts(elig, R"("technical_level": "junior_title")"), 40, 0, 0, 40, false);
        row("bachelor + intermediate title", d30,
            with(R"("education": "bachelor", "technical_level": "intermediate_title")"), 120, 0, 0, 120, true);
        row("20th birthday: eligible", QDate(1994, 9, 30), with(R"("education": "bachelor")"), 60, 0, 0, 60, true);
        row("19: too young", QDate(1994, 10, 1), with(R"("education": "bachelor")"), 60, 0, 0, 60, true, "min_age");
        row("45: eligible", QDate(1968, 10, 1), with(R"("education": "bachelor")"), 60, 0, 0, 60, true);
        row("46th birthday: too old", QDate(1968, 9, 30), with(R"("education": "bachelor")"), 60, 0, 0, 60, true,
            "max_age");
        row("no education", d30, with(R"("education": "none")"), 0, 0, 0, 0, false, "min_education");
        row("family planning not complied with", d30,
            facts(elig, "").replace(R"("family_planning_compliant": true)", R"("family_planning_compliant": false)"), 0,
            0, 0, 0, false, "family_planning_compliant");
        row("not employed", d30, facts(elig, "").replace(R"("employed": true)", R"("employed": false)"), 0, 0, 0, 0,
            false, "employed");
        row("criminal punishment", d30, facts(elig, R"("criminal_punishment_within_5_years": true)"), 0, 0, 0, 0,
            false, "no_criminal_punishment");
        row("maternity insurance 40 months", d30,
            facts(elig, "").replace(R"("maternity_months": 48)", R"("maternity_months": 40)"), 0, 0, 0, 0, false,
            "min_months_each");
    }
    void gz2014() { check("gz-2014"); }
};

QTEST_GUILESS_MAIN(TestPointsBuiltin)
#include "test_points_builtin.moc"
