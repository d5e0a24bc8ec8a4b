// The unified resident-household conversion: convert [--district CODE] [--dry-run], and its
// extras: convert report --out FILE.pdf, convert certificate CITIZEN_ID --out FILE.pdf,
// convert reverse CITIZEN_ID --reason TEXT, convert stats [--district CODE].
#include "context.h"

#include "core/conversion/conversion_service.h"
#include "core/conversion/document_log.h"
#include "core/registry/registry_service.h"
#include "reports/conversion_report.h"
#include "reports/household_certificate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Commands)
};

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray exceptionsJson(const std::vector<core::ConversionException>& list)
{
    QJsonArray a;
    for (const auto& e : list)
        a.append(QJsonObject{{QStringLiteral("citizen_id"), e.citizenId}, {QStringLiteral("reason"), e.reason}});
    return a;
}

void printHuman(Context& ctx, const QMap<QString, qint64>& counts, qint64 total,
                const std::vector<core::ConversionException>& exceptions, bool dryRun)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ctx.out() << it.key() << '\t' << it.value() << '\n';
    ctx.out() << (dryRun ? Msg::tr("would convert %1").arg(total) : Msg::tr("converted %1").arg(total)) << '\n';
    for (const auto& e : exceptions)
        ctx.out() << Msg::tr("exception %1 %2: %3").arg(e.citizenId, e.name, e.reason) << '\n';
}

int convertRun(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("district"), QStringLiteral("chunk-size")}, {QStringLiteral("dry-run")},
                       &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("convert takes no positional arguments: %1").arg(a->positionals().join(u' ')));
    bool ok = true;
    const int chunk = a->has(QStringLiteral("chunk-size")) ? a->value(QStringLiteral("chunk-size")).toInt(&ok) : 5000;
    if (!ok || chunk < 1)
        return ctx.usage(Msg::tr("--chunk-size needs a positive number"));
    if (auto r = ctx.signIn())
        return *r;
    core::ConversionService service(ctx.ws());
    const QString district = a->value(QStringLiteral("district"));
    if (a->has(QStringLiteral("dry-run"))) {
        auto p = service.preview(ctx.actor(), district, -1);
        if (!p)
            return ctx.report(p.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("dry_run"), true},
                                       {QStringLiteral("district"), p->district},
                                       {QStringLiteral("converted"), p->total},
                                       {QStringLiteral("by_former_nature"), countsJson(p->byNature)},
                                       {QStringLiteral("exceptions"), exceptionsJson(p->exceptions)}});
        else
            printHuman(ctx, p->byNature, p->total, p->exceptions, true);
        return ExitOk;
    }
    // Tests interrupt a run between chunks: this pauses after each committed chunk.
    const int delayMs = qEnvironmentVariableIntValue("HUKOU_TEST_CONVERT_CHUNK_DELAY_MS");
    core::ConversionOptions options;
    options.district = district;
    options.chunkSize = chunk;
    if (delayMs > 0)
        options.progress = [&ctx, delayMs](qint64 done, qint64 total) {
            ctx.err() << "progress " << done << '/' << total << Qt::endl;
            if (done > 0)
                QThread::msleep(static_cast<unsigned long>(delayMs));
        };
    auto outcome = service.run(ctx.actor(), options);
    if (!outcome)
        return ctx.report(outcome.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("dry_run"), false},
                                   {QStringLiteral("district"), district},
                                   {QStringLiteral("converted"), outcome->converted},
                                   {QStringLiteral("by_former_nature"), countsJson(outcome->byFormerNature)},
                                   {QStringLiteral("exceptions"), exceptionsJson(outcome->exceptions)},
                                   {QStringLiteral("run"), outcome->runUuid},
                                   {QStringLiteral("resumed"), outcome->resumed},
                                   {QStringLiteral("chunks"), outcome->chunks}});
    } else {
        if (outcome->resumed)
            ctx.out() << Msg::tr("resumed an unfinished run (%1 converted before)")
                             .arg(outcome->runConverted - outcome->converted)
                      << '\n';
        printHuman(ctx, outcome->byFormerNature, outcome->converted, outcome->exceptions, false);
    }
    return ExitOk;
}

int convertReverse(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("reason")}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || a->value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(Msg::tr("convert reverse needs CITIZEN_ID and --reason TEXT"));
    if (auto r = ctx.signIn())
        return *r;
    auto p = core::ConversionService(ctx.ws()).reverse(ctx.actor(), a->positionals().first(),
                                                       a->value(QStringLiteral("reason")));
    if (!p)
        return ctx.report(p.error());
    if (ctx.json)
        ctx.printJson(core::RegistryService::image(*p));
    else
        ctx.out() << Msg::tr("%1 %2: hukou nature back to %3").arg(p->citizenId, p->name, p->hukouNature) << '\n';
    return ExitOk;
}

int convertStats(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("district")}, {}, &rc);
    if (!a)
        return rc;
    if (auto r = ctx.signIn())
        return *r;
    auto stats = core::ConversionService(ctx.ws()).statistics(ctx.actor(), a->value(QStringLiteral("district")));
    if (!stats)
        return ctx.report(stats.error());
    QJsonArray rows;
    for (const auto& s : *stats) {
        if (ctx.json)
            rows.append(QJsonObject{{QStringLiteral("district"), s.district},
                                    {QStringLiteral("hukou_nature"), s.nature},
                                    {QStringLiteral("former_nature"), s.formerNature},
                                    {QStringLiteral("count"), s.count}});
        else
            ctx.out() << s.district << '\t' << s.nature << '\t' << s.formerNature << '\t' << s.count << '\n';
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("statistics"), rows}});
    return ExitOk;
}

int writeDocument(Context& ctx, const reports::PdfDocument& doc, const QString& out, const QString& what,
                  const QString& subject, const QString& personUuid)
{
    if (auto r = doc.writePdf(out); !r)
        return ctx.report(r.error());
    if (auto r = core::DocumentLog(ctx.ws()).record(ctx.actor(), what, subject, out, personUuid); !r) {
        QFile::remove(out);
        return ctx.report(r.error());
    }
    ctx.out() << out << '\n';
    return ExitOk;
}

int convertReport(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("out")}, {}, &rc);
    if (!a)
        return rc;
    const QString out = a->value(QStringLiteral("out"));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ctx.usage(Msg::tr("convert report needs --out FILE.pdf"));
    if (auto r = ctx.signIn())
        return *r;
    if (auto r = core::Roles::require(ctx.actor(), core::Permission::Convert); !r)
        return ctx.report(r.error());
    core::ConversionService service(ctx.ws());
    auto stats = service.statistics(ctx.actor(), {});
    if (!stats)
        return ctx.report(stats.error());
    auto runs = service.runs(ctx.actor());
    if (!runs)
        return ctx.report(runs.error());
    reports::ConversionReport report(std::move(*stats), std::move(*runs), ctx.actor().name, ctx.clock().now());
    return writeDocument(ctx, report.document(), out, QStringLiteral("conversion_report"), QStringLiteral("all"), {});
}

int convertCertificate(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("out")}, {}, &rc);
    if (!a)
        return rc;
    const QString out = a->value(QStringLiteral("out"));
    if (a->positionals().size() != 1 || !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ctx.usage(Msg::tr("certificate needs CITIZEN_ID and --out FILE.pdf"));
    if (auto r = ctx.signIn())
        return *r;
    if (auto r = core::Roles::require(ctx.actor(), core::Permission::ExportPersons); !r)
        return ctx.report(r.error());
    core::RegistryService registry(ctx.ws());
    auto p = registry.find(ctx.actor(), a->positionals().first());
    if (!p)
        return ctx.report(p.error());
    auto detail = registry.detail(ctx.actor(), p->id);
    if (!detail)
        return ctx.report(detail.error());
    reports::HouseholdCertificate cert(detail->person, detail->household, ctx.clock().now().toLocalTime().date());
    return writeDocument(ctx, cert.document(), out, QStringLiteral("household_certificate"), p->citizenId, p->uuid);
}

} // namespace

int cmdConvert(Context& ctx, const QStringList& words)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("report"))
        return convertReport(ctx, words.mid(1));
    if (sub == QLatin1String("certificate"))
        return convertCertificate(ctx, words.mid(1));
    if (sub == QLatin1String("reverse"))
        return convertReverse(ctx, words.mid(1));
    if (sub == QLatin1String("stats"))
        return convertStats(ctx, words.mid(1));
    return convertRun(ctx, words);
}

int cmdCertificate(Context& ctx, const QStringList& words)
{
    return convertCertificate(ctx, words);
}

} // namespace hukou::cli
