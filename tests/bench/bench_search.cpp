// bench_search: search latency on a large registry (run by hand; not a CTest test).
//   bench_search DB [PERSONS] [SEED]
// Creates DB with PERSONS generated persons when it does not exist yet (default 3,000,000),
// then times a mixed set of queries (ID prefixes and endings, 1-, 2- and 3-character names,
// address fragments), each asking for the first page of 50 results as the Registry page does,
// and prints the median and the 99th percentile.
#include "core/auth/user_service.h"
#include "core/clock.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/person_search.h"
#include "core/registry/person_store.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace hukou::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search DB [PERSONS] [SEED]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 persons = argc > 2 ? QByteArray(argv[2]).toLongLong() : 3000000;
    const quint64 seed = argc > 3 ? QByteArray(argv[3]).toULongLong() : 1;
    SystemClock clock;
    const bool fresh = !QFileInfo::exists(path);
    auto ws = Workspace::open(path, Workspace::Open::CreateIfMissing, clock);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    if (fresh) {
        auto admin = UserService(**ws).createFirstAdmin(QStringLiteral("bench"), QStringLiteral("bench"),
                                                        QStringLiteral("bench-pass-1"));
        const Actor actor{admin->id, admin->login, admin->name, admin->role};
        QElapsedTimer t;
        t.start();
        // In slices of 500,000 so the generator's file stays small.
        for (qint64 done = 0; done < persons; done += 500000) {
            const qint64 n = std::min<qint64>(500000, persons - done);
            ImportOptions o;
            o.acceptPossibleDuplicates = true;
            // Each slice gets its own seed and its own range of household numbers.
            const QByteArray csv =
                DemoGenerator(seed + static_cast<quint64>(done), clock.now().date()).personsCsv(n, 1 + done);
            auto r = PersonImporter(**ws).importBytes(actor, csv, QStringLiteral("slice"), o);
            if (!r) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().describe()));
                return 1;
            }
            std::printf("imported %lld (rejected %zu) in %.1f s\n", static_cast<long long>(done + r->imported),
                        r->rejected.size(), t.elapsed() / 1000.0);
        }
    }
    PersonStore store((*ws)->db());
    const qint64 count = *store.personCount();
    std::printf("persons: %lld\n", static_cast<long long>(count));

    // The query mix: taken from the data so every kind has answers.
    std::mt19937_64 rng(seed);
    QStringList queries;
    for (int i = 0; i < 60; ++i) {
        auto p = store.byId(1 + static_cast<qint64>(rng() % static_cast<std::uint64_t>(count)));
        const Person& x = **p;
        switch (i % 6) {
        case 0: queries << x.citizenId.left(6 + static_cast<int>(rng() % 8)); break;
        case 1: queries << x.citizenId.right(4); break;
        case 2: queries << x.name.left(1); break;
        case 3: queries << x.name.left(2); break;
        case 4: queries << (x.name.size() >= 3 ? x.name.left(3) : x.name); break;
        case 5: queries << x.address.mid(6, 4 + static_cast<int>(rng() % 4)); break;
        }
    }
    PersonSearch search(store);
    std::vector<double> ms;
    std::vector<std::pair<double, QString>> slowest;
    for (int round = 0; round < 3; ++round)
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            SearchCursor c;
            auto hits = search.next(q, c, 50);
            ms.push_back(t.nsecsElapsed() / 1e6);
            slowest.emplace_back(ms.back(), q);
            if (!hits) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(hits.error().message));
                return 1;
            }
        }
    std::sort(ms.begin(), ms.end());
    std::sort(slowest.rbegin(), slowest.rend());
    for (std::size_t i = 0; i < 5 && i < slowest.size(); ++i)
        std::printf("slow: %.2f ms  %s\n", slowest[i].first, qPrintable(slowest[i].second));
    std::printf("queries: %zu  median %.2f ms  p99 %.2f ms  max %.2f ms\n", ms.size(), ms[ms.size() / 2],
                ms[static_cast<std::size_t>(ms.size() * 0.99)], ms.back());
    return 0;
}
