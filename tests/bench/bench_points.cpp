// bench_points: score and rank N generated gz-2023 applications (default 100,000) and print
// the time of each phase. Not a CTest test: run it by hand, preferably from a Release build.
//   bench_points [N]

#include "core/domain/citizen_id.h"
#include "core/points/application.h"
#include "core/points/builtin_rule_sets.h"
#include "core/points/points_engine.h"
#include "core/points/ranking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <random>
#include <vector>

using namespace hukou::core;

namespace {

QJsonObject generate(std::mt19937_64& rng, int i)
{
    const auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QDate birth = QDate(1975, 1, 1).addDays(pick(0, 25 * 365));
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(i % 999 + 1, 3, 10, QLatin1Char('0'));
    const QString id = first17 + CitizenId::checkCharacter(first17);

    static const char* const education[] = {"none", "junior_high", "high_school", "associate", "bachelor"};
    static const char* const technical[] = {"none", "intermediate_worker", "junior_title", "senior_worker",
                                            "intermediate_title"};
    QJsonObject volunteer;
    for (int y = 2019; y <= 2023; ++y)
        if (pick(0, 2) > 0)
            volunteer.insert(QString::number(y), pick(0, 300));
    QJsonObject facts{
        {QStringLiteral("residence_permit_in_guangzhou"), pick(0, 19) > 0},
        {QStringLiteral("residence_permit_months"), pick(0, 180)},
        {QStringLiteral("employed"), pick(0, 19) > 0},
        {QStringLiteral("owns_home"), pick(0, 3) == 0},
        {QStringLiteral("rented_months"), pick(0, 120)},
        {QStringLiteral("moved_out_core_months"), pick(0, 3) == 0 ? pick(0, 80) : 0},
        {QStringLiteral("pension_months"), pick(30, 150)},
        {QStringLiteral("medical_months"), pick(30, 150)},
        {QStringLiteral("unemployment_months"), pick(30, 150)},
        {QStringLiteral("injury_months"), pick(30, 150)},
        {QStringLiteral("maternity_months"), pick(30, 150)},
        {QStringLiteral("provident_fund_months"), pick(0, 100)},
        {QStringLiteral("education"), QString::fromLatin1(education[pick(0, 4)])},
        {QStringLiteral("technical_level"), QString::fromLatin1(technical[pick(0, 4)])},
        {QStringLiteral("works_in_certified_occupation"), pick(0, 1) == 1},
        {QStringLiteral("catalogue_occupation"), pick(0, 4) == 0},
        {QStringLiteral("blood_donations"), pick(0, 8)},
        {QStringLiteral("volunteer_hours_by_year"), volunteer},
        {QStringLiteral("tax_paid_3y_yuan"), pick(0, 200000)},
        {QStringLiteral("bad_credit_records"), pick(0, 9) == 0 ? 1 : 0},
        {QStringLiteral("tax_evasion_records"), 0},
        {QStringLiteral("public_security_penalties"), pick(0, 19) == 0 ? 1 : 0},
        {QStringLiteral("criminal_punishment_within_5_years"), pick(0, 99) == 0},
        {QStringLiteral("family_planning_compliant"), true},
    };
    return QJsonObject{
        {QStringLiteral("rule_set"), QStringLiteral("gz-2023")},
        {QStringLiteral("district"), QStringLiteral("440106")},
        {QStringLiteral("submitted_on"), QStringLiteral("2024-10-20")},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("citizen_id"), id}, {QStringLiteral("name"), QStringLiteral("申请人")}}},
        {QStringLiteral("facts"), facts},
    };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication qapp(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTextStream out(stdout);

    const auto rs = BuiltinRuleSets::byId(u"gz-2023");
    if (!rs) {
        out << "gz-2023 missing\n";
        return 1;
    }
    std::mt19937_64 rng(20241008);
    std::vector<QJsonObject> inputs;
    inputs.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        inputs.push_back(generate(rng, i));

    QElapsedTimer t;
    t.start();
    const FactCatalogue catalogue = rs->catalogue();
    std::vector<Application> apps;
    apps.reserve(inputs.size());
    for (const QJsonObject& o : inputs) {
        auto app = Application::fromJsonObject(o, QDate(2024, 10, 20), catalogue);
        if (!app) {
            out << "generated application invalid: " << app.error().describe() << '\n';
            return 1;
        }
        apps.push_back(std::move(*app));
    }
    const qint64 parseMs = t.restart();

    const PointsEngine engine(*rs);
    std::vector<ScoredApplication> scored;
    scored.reserve(apps.size());
    for (std::size_t i = 0; i < apps.size(); ++i)
        scored.push_back(ScoredApplication{QStringLiteral("JF2024-%1").arg(i + 1, 6, 10, QLatin1Char('0')),
                                           apps[i].applicant.citizenId, engine.score(apps[i])});
    const qint64 scoreMs = t.restart();

    auto ranking = rank(*rs, std::move(scored));
    const qint64 rankMs = t.restart();
    if (!ranking) {
        out << "ranking failed: " << ranking.error().describe() << '\n';
        return 1;
    }

    out << "applications: " << n << '\n'
        << "parse+validate: " << parseMs << " ms\n"
        << "score: " << scoreMs << " ms\n"
        << "rank: " << rankMs << " ms (" << ranking->entries.size() << " ranked, " << ranking->admittedCount
        << " admitted, " << ranking->notRanked << " not ranked)\n"
        << "score+rank: " << (scoreMs + rankMs) << " ms\n";
    return 0;
}
