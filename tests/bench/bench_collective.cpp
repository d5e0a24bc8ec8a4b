// bench_collective: desk operation latency on an existing database (run by hand; not a CTest test).
//   hukouctl --db DB init --admin admin; hukouctl --db DB --user admin demo --persons 100000
//   bench_collective DB [N]
// Creates a collective household in 440106, then enrolls, looks up, lends, returns and moves out N
// persons who are not heads of household, one service call (one transaction) each, and prints ms per call.

#include "core/clock.h"
#include "core/collective/collective_service.h"
#include "core/storage/database.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hukou::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_collective DB [N]\n";
        return 2;
    }
    const int n = args.size() > 2 ? args[2].toInt() : 300;
    SystemClock clock;
    auto ws = Workspace::open(args[1], Workspace::Open::Existing, clock);
    if (!ws) {
        out << ws.error().describe() << '\n';
        return 1;
    }
    const Actor admin{1, QStringLiteral("admin"), QStringLiteral("admin"), Role::Admin};
    CollectiveService svc(**ws);
    QStringList ids;
    {
        auto st = (*ws)->db().prepare(QStringLiteral(
            "SELECT p.citizen_id FROM person p JOIN household h ON h.id = p.household_id WHERE p.status = 'active' AND "
            "p.relation <> '户主' AND h.kind = 'family' AND p.id NOT IN (SELECT person_id FROM collective_membership) "
            "ORDER BY p.id DESC LIMIT ?"));
        st->bind(1, n);
        while (*st->step())
            ids << st->text(0);
    }
    auto c = svc.create(admin, {QStringLiteral("440106"), QStringLiteral("基准公共集体户"),
                                QStringLiteral("广州市天河区基准公共集体户"), {}, n + 10, {}});
    if (!c) {
        out << c.error().describe() << '\n';
        return 1;
    }
    const auto time = [&](const char* what, auto&& call) {
        QElapsedTimer t;
        t.start();
        int failed = 0;
        for (const QString& id : ids)
            failed += call(id) ? 0 : 1;
        out << what << ": " << QString::number(double(t.nsecsElapsed()) / 1e6 / ids.size(), 'f', 3) << " ms/call ("
            << ids.size() << " calls, " << failed << " failed)\n";
    };
    QStringList loans;
    time("enroll", [&](const QString& id) { return svc.enroll(admin, id, c->number, EnrollReason::Talent).has_value(); });
    time("status", [&](const QString& id) { return svc.status(admin, id).has_value(); });
    time("lend", [&](const QString& id) {
        auto l = svc.lend(admin, id, QStringLiteral("社保"), svc.today().addDays(30));
        if (l)
            loans << l->number;
        return l.has_value();
    });
    int i = 0;
    time("return", [&](const QString&) { return svc.giveBack(admin, loans.value(i++)).has_value(); });
    time("leave", [&](const QString& id) {
        return svc.leave(admin, id, LeaveReason::LeftCity, QStringLiteral("北京")).has_value();
    });
    QElapsedTimer t;
    t.start();
    for (int k = 0; k < 100; ++k)
        (void)svc.list(admin);
    out << "list: " << QString::number(double(t.nsecsElapsed()) / 1e6 / 100, 'f', 3) << " ms/call\n";
    t.restart();
    for (int k = 0; k < 100; ++k)
        (void)svc.coverage(admin);
    out << "coverage: " << QString::number(double(t.nsecsElapsed()) / 1e6 / 100, 'f', 3) << " ms/call\n";
    auto persons = (*ws)->db().queryInt(QStringLiteral("SELECT count(*) FROM person"));
    out << "persons in database: " << persons->value_or(0) << '\n';
    return 0;
}
