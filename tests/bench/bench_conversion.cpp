// bench_conversion: generate N persons (default 1,000,000) with DemoGenerator, import them into a
// temporary database, then convert all of them (chunks of 5,000, one journal entry each) and print
// the time of each phase. Not a CTest test: run it by hand from a Release build.
//   bench_conversion [N] [CHUNK]

#include "core/auth/user_service.h"
#include "core/clock.h"
#include "core/conversion/conversion_service.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace hukou::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 persons = args.size() > 1 ? args[1].toLongLong() : 1000000;
    const int chunk = args.size() > 2 ? args[2].toInt() : 5000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    SystemClock clock;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.db")), Workspace::Open::CreateIfMissing, clock);
    if (!ws) {
        out << "open: " << ws.error().describe() << Qt::endl;
        return 1;
    }
    const Actor admin{1, QStringLiteral("bench"), QStringLiteral("bench"), Role::Admin};

    QElapsedTimer t;
    t.start();
    const QByteArray csv = DemoGenerator(42, QDate(2024, 10, 20)).personsCsv(persons);
    out << "generate " << persons << " persons: " << t.elapsed() << " ms (" << csv.size() / (1024 * 1024) << " MiB)"
        << Qt::endl;
    t.restart();
    auto imported = PersonImporter(**ws).importBytes(admin, csv, QStringLiteral("bench"), {});
    if (!imported) {
        out << "import: " << imported.error().describe() << Qt::endl;
        return 1;
    }
    out << "import: " << imported->imported << " persons in " << t.elapsed() << " ms" << Qt::endl;

    ConversionService service(**ws);
    t.restart();
    auto preview = service.preview(admin, {});
    if (!preview) {
        out << "preview: " << preview.error().describe() << Qt::endl;
        return 1;
    }
    out << "preview: " << preview->total << " to convert, " << preview->exceptionCount << " exceptions in "
        << t.elapsed() << " ms" << Qt::endl;

    t.restart();
    ConversionOptions options;
    options.chunkSize = chunk;
    auto run = service.run(admin, options);
    if (!run) {
        out << "convert: " << run.error().describe() << Qt::endl;
        return 1;
    }
    const qint64 ms = t.elapsed();
    out << "convert: " << run->converted << " persons in " << run->chunks << " chunks (" << chunk << " each): " << ms
        << " ms (" << (ms ? run->converted * 1000 / ms : 0) << " persons/s)" << Qt::endl;
    for (auto it = run->byFormerNature.cbegin(); it != run->byFormerNature.cend(); ++it)
        out << "  " << it.key() << '\t' << it.value() << Qt::endl;

    t.restart();
    auto again = service.run(admin, options);
    out << "second run: " << (again ? again->converted : -1) << " converted in " << t.elapsed() << " ms" << Qt::endl;
    t.restart();
    auto stats = service.statistics(admin, {});
    out << "statistics by former nature: " << (stats ? stats->size() : 0) << " groups in " << t.elapsed() << " ms"
        << Qt::endl;
    out << "database: " << QFileInfo(dir.filePath(QStringLiteral("bench.db"))).size() / (1024 * 1024) << " MiB"
        << Qt::endl;
    return 0;
}
