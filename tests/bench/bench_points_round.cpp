// bench_points_round: a points round at city scale through the database and the two points pages,
// offscreen (run by hand; not a CTest test).
//   QT_QPA_PLATFORM=offscreen bench_points_round DB [N] [core]
// Creates DB (it must not exist) with N generated gz-2023 applications (default 100,000; taken in
// with synchronous=OFF to save the set-up time, the timed steps run as the app runs them), then
// prints: PointsService::rank of the whole round, PointsService::review, the review page from
// construction to its first painted frame, the intake page likewise, and the resident memory.
#include "core/auth/user_service.h"
#include "core/clock.h"
#include "core/points/points_service.h"
#include "core/registry/demo_generator.h"
#include "core/storage/database.h"
#include "core/workspace.h"
#include "ui/points_intake_page.h"
#include "ui/points_review_page.h"
#include "ui/widget_prompts.h"

#include "bench_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstdio>

using namespace hukou;

namespace {

template <typename Page> double openPage(const ui::Session& session)
{
    QElapsedTimer t;
    t.start();
    Page page(session);
    page.resize(1400, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return -1;
    QApplication::processEvents();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_points_round DB [N]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int n = argc > 2 ? std::atoi(argv[2]) : 100000;
    const bool fresh = !QFile::exists(path); // an existing DB (from an earlier run) skips the set-up
    core::ManualClock clock(QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC));
    auto ws = core::Workspace::open(path, core::Workspace::Open::CreateIfMissing, clock);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    core::UserService users(**ws);
    core::Actor actor;
    if (fresh) {
        auto admin = users.createFirstAdmin(QStringLiteral("bench"), QStringLiteral("bench"),
                                            QStringLiteral("bench-pass-1"));
        if (!admin)
            return 1;
        actor = core::Actor{admin->id, admin->login, admin->name, core::Role::Admin};
    } else {
        auto signedIn = users.authenticate(QStringLiteral("bench"), QStringLiteral("bench-pass-1"));
        if (!signedIn)
            return 1;
        actor = *signedIn;
    }
    core::PointsService points(**ws);
    QElapsedTimer t;
    if (fresh) {
        if (!(*ws)->db().execScript(QStringLiteral("PRAGMA synchronous = OFF")))
            return 1;
        const core::DemoGenerator generator(7, clock.now().date());
        t.start();
        int submitted = 0;
        for (int i = 0; i < n; ++i)
            if (points.submit(actor, generator.applicationJson(i), QStringLiteral("bench")))
                ++submitted;
        std::printf("set-up: %d applications taken in, %.1f s (not a target)\n", submitted,
                    static_cast<double>(t.elapsed()) / 1000);
        if (!(*ws)->db().execScript(QStringLiteral("PRAGMA synchronous = FULL")))
            return 1;
    }

    t.start();
    auto ranked = points.rank(actor, 2024, 16000);
    if (!ranked) {
        std::fprintf(stderr, "%s\n", qPrintable(ranked.error().message));
        return 1;
    }
    std::printf("rank (score, rank, store %lld ranked): %.2f s\n", static_cast<long long>(ranked->ranking.entries.size()),
                static_cast<double>(t.elapsed()) / 1000);
    t.restart();
    auto review = points.review(actor, 2024);
    std::printf("review (read the round): %.2f s\n", static_cast<double>(t.elapsed()) / 1000);
    if (!review)
        return 1;

    if (argc > 3 && qstrcmp(argv[3], "core") == 0)
        return 0; // the core figures only (for profiling)
    ui::WidgetPrompts prompts;
    const ui::Session session{**ws, actor, prompts};
    std::printf("review page open to first frame: %.0f ms\n", openPage<ui::PointsReviewPage>(session));
    std::printf("intake page open to first frame: %.0f ms\n", openPage<ui::PointsIntakePage>(session));
    std::printf("resident memory: %ld MiB\n", bench::rssKiB() / 1024);
    return 0;
}
