// bench_registry_page: opening the Registry page on a large database and scrolling through the
// whole list, offscreen (run by hand; not a CTest test).
//   QT_QPA_PLATFORM=offscreen bench_registry_page DB
// DB is a database made by bench_search (its first user signs in). Prints the time from
// constructing the page to its first painted frame with rows, the time to scroll from top to
// bottom in screen-sized steps, and the resident memory (VmRSS) after scrolling.
#include "core/auth/user_service.h"
#include "core/clock.h"
#include "core/workspace.h"
#include "ui/person_table_model.h"
#include "ui/registry_page.h"
#include "ui/widget_prompts.h"

#include "bench_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace hukou;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_registry_page DB\n");
        return 2;
    }
    core::SystemClock clock;
    auto ws = core::Workspace::open(QString::fromLocal8Bit(argv[1]), core::Workspace::Open::Existing, clock);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    auto users = core::UserService(**ws).list(core::Actor{1, QStringLiteral("bench"), {}, core::Role::Admin});
    if (!users || users->empty())
        return 1;
    const auto& u = users->front();
    ui::WidgetPrompts prompts;
    {
        // The running app has painted its login dialog already: warm the font system the same way,
        // so the figure is the page's own cost, not fontconfig's first scan of the CJK fonts.
        QLabel warm(QStringLiteral("户籍登记 公民身份号码 0123456789"));
        (void)warm.grab();
    }
    const long before = bench::rssKiB();

    QElapsedTimer t;
    t.start();
    ui::RegistryPage page(ui::Session{**ws, core::Actor{u.id, u.login, u.name, u.role}, prompts});
    page.resize(1200, 760);
    page.show();
    page.activate();
    QApplication::processEvents();
    (void)page.grab(); // a full paint with the first rows
    const double openMs = t.nsecsElapsed() / 1e6;

    auto* view = page.findChild<QTableView*>(QStringLiteral("registryTable"));
    const int rows = page.model()->rowCount();
    t.restart();
    QScrollBar* bar = view->verticalScrollBar();
    int steps = 0;
    // Page-sized jumps over the whole list, then 200 drags to random places.
    for (int v = 0; v <= bar->maximum(); v += std::max(1, bar->pageStep() * 97)) {
        bar->setValue(v);
        QApplication::processEvents();
        (void)view->viewport()->grab();
        ++steps;
    }
    for (int i = 0; i < 200; ++i) {
        bar->setValue(static_cast<int>((static_cast<qint64>(i) * 7919 * bar->pageStep()) % (bar->maximum() + 1)));
        QApplication::processEvents();
        (void)view->viewport()->grab();
        ++steps;
    }
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    (void)view->viewport()->grab();
    const double scrollMs = t.nsecsElapsed() / 1e6;
    std::printf("rows: %d\nopen to first paint: %.0f ms\nscroll: %d positions in %.0f ms (%.1f ms each)\n"
                "resident memory: %ld MiB before the page, %ld MiB after scrolling\n",
                rows, openMs, steps, scrollMs, scrollMs / steps, before / 1024, bench::rssKiB() / 1024);
    return 0;
}
