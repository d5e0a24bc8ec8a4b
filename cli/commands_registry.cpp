// Registry commands: import, export, person show/find/update/status, demo.
#include "context.h"

#include "core/collective/collective_service.h"
#include "core/domain/districts.h"
#include "core/points/points_service.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_export.h"
#include "core/registry/person_fields.h"
#include "core/registry/person_import.h"
#include "core/registry/person_search.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Commands)
};

QJsonObject personJson(const core::Person& p)
{
    QJsonObject o = core::RegistryService::image(p);
    o.insert(QStringLiteral("district_name"), core::Districts::nameOf(p.district));
    return o;
}

int importPersons(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("rejects")}, {QStringLiteral("accept-duplicates"), QStringLiteral("dry-run")},
                       &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("import persons needs exactly one FILE"));
    const QString file = a->positionals().first();
    if (!QFileInfo::exists(file)) {
        ctx.err() << Msg::tr("error: %1 does not exist").arg(file) << Qt::endl;
        return ExitFailed;
    }
    if (auto r = ctx.signIn())
        return *r;
    core::ImportOptions options;
    options.dryRun = a->has(QStringLiteral("dry-run"));
    options.acceptPossibleDuplicates = a->has(QStringLiteral("accept-duplicates"));
    auto report = core::PersonImporter(ctx.ws()).importFile(ctx.actor(), file, options);
    if (!report)
        return ctx.report(report.error());
    for (const auto& r : report->rejected)
        ctx.err() << QFileInfo(file).fileName() << ": "
                  << core::Error{core::ErrorCode::Invalid, r.reason, r.column, r.line}.describe() << '\n';
    if (a->has(QStringLiteral("rejects"))) {
        QSaveFile out(a->value(QStringLiteral("rejects")));
        if (!out.open(QIODevice::WriteOnly) || out.write(core::PersonImporter::rejectsCsv(*report)) < 0 ||
            !out.commit()) {
            ctx.err() << Msg::tr("error: cannot write the rejects file %1").arg(a->value(QStringLiteral("rejects")))
                      << Qt::endl;
            return ExitFailed;
        }
    }
    const qint64 rejected = static_cast<qint64>(report->rejected.size());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("imported"), report->imported},
                                   {QStringLiteral("rejected"), rejected},
                                   {QStringLiteral("households_created"), report->householdsCreated},
                                   {QStringLiteral("dry_run"), options.dryRun},
                                   {QStringLiteral("encoding"), report->encoding}});
    else
        ctx.out() << "imported " << report->imported << ", rejected " << rejected << Qt::endl;
    return rejected > 0 ? ExitPartly : ExitOk;
}

int exportPersons(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("district"), QStringLiteral("format"), QStringLiteral("out")}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("export persons takes no positional arguments"));
    const QString format = a->has(QStringLiteral("format")) ? a->value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(Msg::tr("--format must be csv or json"));
    if (auto r = ctx.signIn())
        return *r;
    const core::ExportFormat fmt = format == QLatin1String("csv") ? core::ExportFormat::Csv : core::ExportFormat::Json;
    core::PersonExporter exporter(ctx.ws());
    const QString district = a->value(QStringLiteral("district"));
    if (a->has(QStringLiteral("out"))) {
        const QString path = a->value(QStringLiteral("out"));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            ctx.err() << Msg::tr("error: cannot write %1: %2").arg(path, out.errorString()) << Qt::endl;
            return ExitFailed;
        }
        auto n = exporter.exportPersons(ctx.actor(), district, fmt, out, QFileInfo(path).absoluteFilePath());
        if (!n)
            return ctx.report(n.error());
        if (!out.commit()) {
            ctx.err() << Msg::tr("error: cannot write %1: %2").arg(path, out.errorString()) << Qt::endl;
            return ExitFailed;
        }
        ctx.err() << Msg::tr("exported %n person(s) to %1", "", static_cast<int>(*n)).arg(path) << Qt::endl;
        return ExitOk;
    }
    ctx.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitFailed;
    auto n = exporter.exportPersons(ctx.actor(), district, fmt, out, QStringLiteral("stdout"));
    out.flush();
    if (!n)
        return ctx.report(n.error());
    return ExitOk;
}

int person(Context& ctx, const QStringList& words)
{
    if (words.isEmpty())
        return ctx.usage(Msg::tr("person needs a subcommand: show, find, update, status"));
    const QString sub = words.first();
    int rc = ExitOk;
    if (sub == QLatin1String("show")) {
        auto a = ctx.parse(words.mid(1), {}, {}, &rc);
        if (!a)
            return rc;
        if (a->positionals().size() != 1)
            return ctx.usage(Msg::tr("person show needs one CITIZEN_ID"));
        if (auto r = ctx.signIn())
            return *r;
        core::RegistryService registry(ctx.ws());
        auto p = registry.find(ctx.actor(), a->positionals().first());
        if (!p)
            return ctx.report(p.error());
        auto d = registry.detail(ctx.actor(), p->id);
        if (!d)
            return ctx.report(d.error());
        if (ctx.json) {
            QJsonArray members;
            for (const auto& m : d->members)
                members.append(personJson(m));
            QJsonArray history;
            for (const auto& e : d->history)
                history.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                           {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("user"), e.user},
                                           {QStringLiteral("action"), e.action},
                                           {QStringLiteral("reason"), e.reason},
                                           {QStringLiteral("before"), QJsonDocument::fromJson(e.before.toUtf8()).object()},
                                           {QStringLiteral("after"), QJsonDocument::fromJson(e.after.toUtf8()).object()}});
            QJsonObject o{{QStringLiteral("person"), personJson(d->person)},
                          {QStringLiteral("members"), members},
                          {QStringLiteral("history"), history}};
            if (d->household)
                o.insert(QStringLiteral("household"), core::RegistryService::image(*d->household));
            ctx.printJson(o);
            return ExitOk;
        }
        const core::Person& pp = d->person;
        ctx.out() << Msg::tr("status") << ": " << core::statusLabel(pp.status)
                  << (pp.statusReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(pp.statusReason)) << '\n';
        for (const auto& s : core::PersonFields::all()) {
            QString v = core::PersonFields::value(pp, s.field);
            if (s.field == core::PersonField::District)
                v = QStringLiteral("%1 %2").arg(v, core::Districts::nameOf(v));
            ctx.out() << s.key << ": " << v << '\n';
        }
        ctx.out() << '\n' << Msg::tr("household %1 members:").arg(pp.householdNumber) << '\n';
        for (const auto& m : d->members)
            ctx.out() << "  " << m.citizenId << '\t' << m.name << '\t' << m.relation << '\t'
                      << core::statusLabel(m.status) << '\n';
        ctx.out() << '\n' << Msg::tr("history:") << '\n';
        for (const auto& e : d->history)
            ctx.out() << "  #" << e.seq << '\t' << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                      << '\t' << e.user << '\t' << e.action << (e.reason.isEmpty() ? QString() : u'\t' + e.reason)
                      << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    if (sub == QLatin1String("find")) {
        auto a = ctx.parse(words.mid(1), {QStringLiteral("limit")}, {}, &rc);
        if (!a)
            return rc;
        if (a->positionals().size() != 1)
            return ctx.usage(Msg::tr("person find needs one TEXT"));
        bool ok = true;
        const int limit = a->has(QStringLiteral("limit")) ? a->value(QStringLiteral("limit")).toInt(&ok) : 50;
        if (!ok || limit < 1)
            return ctx.usage(Msg::tr("--limit must be a positive number"));
        if (auto r = ctx.signIn())
            return *r;
        if (auto r = core::Roles::require(ctx.actor(), core::Permission::ReadPersons); !r)
            return ctx.report(r.error());
        core::PersonStore store(ctx.ws().db());
        auto hits = core::PersonSearch(store).find(a->positionals().first(), limit);
        if (!hits)
            return ctx.report(hits.error());
        QJsonArray arr;
        for (const auto& h : *hits) {
            auto p = store.byId(h.personId);
            if (!p || !*p)
                continue;
            const core::Person& pp = **p;
            if (ctx.json) {
                QJsonObject o = personJson(pp);
                o.insert(QStringLiteral("match"), core::PersonSearch::kindLabel(h.kind));
                arr.append(o);
            } else {
                ctx.out() << pp.citizenId << '\t' << pp.name << '\t' << pp.sex << '\t'
                          << pp.birthDate.toString(Qt::ISODate) << '\t' << core::Districts::nameOf(pp.district) << '\t'
                          << pp.address << '\t' << core::statusLabel(pp.status) << '\t'
                          << core::PersonSearch::kindLabel(h.kind) << '\n';
            }
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("results"), arr}});
        ctx.out().flush();
        return ExitOk;
    }
    if (sub == QLatin1String("update")) {
        auto a = ctx.parse(words.mid(1), {QStringLiteral("reason")}, {}, &rc, {QStringLiteral("set")});
        if (!a)
            return rc;
        if (a->positionals().size() != 1)
            return ctx.usage(Msg::tr("person update needs one CITIZEN_ID"));
        if (a->values(QStringLiteral("set")).isEmpty())
            return ctx.usage(Msg::tr("person update needs at least one --set FIELD=VALUE"));
        if (a->value(QStringLiteral("reason")).trimmed().isEmpty())
            return ctx.usage(Msg::tr("person update needs --reason TEXT"));
        auto changes = ctx.fieldSettings(a->values(QStringLiteral("set")), &rc);
        if (!changes)
            return rc;
        if (auto r = ctx.signIn())
            return *r;
        auto p = core::RegistryService(ctx.ws()).correct(ctx.actor(), a->positionals().first(), *changes,
                                                         a->value(QStringLiteral("reason")));
        if (!p)
            return ctx.report(p.error());
        ctx.out() << Msg::tr("updated %1 %2 (version %3)").arg(p->citizenId, p->name).arg(p->version) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("status")) {
        auto a = ctx.parse(words.mid(1), {QStringLiteral("reason"), QStringLiteral("date")}, {}, &rc);
        if (!a)
            return rc;
        if (a->positionals().size() != 2)
            return ctx.usage(Msg::tr("person status needs CITIZEN_ID and one of active, moved_out, deceased, cancelled"));
        const auto status = core::statusFromKey(a->positionals().at(1));
        if (!status)
            return ctx.usage(Msg::tr("the status must be active, moved_out, deceased or cancelled"));
        if (a->value(QStringLiteral("reason")).trimmed().isEmpty())
            return ctx.usage(Msg::tr("person status needs --reason TEXT"));
        if (auto r = ctx.signIn())
            return *r;
        const QDate date = a->has(QStringLiteral("date"))
                               ? QDate::fromString(a->value(QStringLiteral("date")), Qt::ISODate)
                               : ctx.clock().now().toLocalTime().date();
        auto p = core::RegistryService(ctx.ws()).setStatus(ctx.actor(), a->positionals().first(), *status,
                                                           a->value(QStringLiteral("reason")), date);
        if (!p)
            return ctx.report(p.error());
        ctx.out() << Msg::tr("%1 %2 is now %3").arg(p->citizenId, p->name, core::statusLabel(p->status)) << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(Msg::tr("unknown person subcommand %1").arg(sub));
}

} // namespace

int cmdImport(Context& ctx, const QStringList& words)
{
    if (words.isEmpty() || words.first() != QLatin1String("persons"))
        return ctx.usage(Msg::tr("import takes: persons FILE [--rejects OUT.csv]"));
    return importPersons(ctx, words.mid(1));
}

int cmdExport(Context& ctx, const QStringList& words)
{
    if (words.isEmpty() || words.first() != QLatin1String("persons"))
        return ctx.usage(Msg::tr("export takes: persons [--district CODE] [--format csv|json] [--out FILE]"));
    return exportPersons(ctx, words.mid(1));
}

int cmdPerson(Context& ctx, const QStringList& words)
{
    return person(ctx, words);
}

int cmdDemo(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("persons"), QStringLiteral("seed"), QStringLiteral("csv")}, {}, &rc);
    if (!a)
        return rc;
    bool ok = true;
    const qint64 persons = a->value(QStringLiteral("persons")).toLongLong(&ok);
    if (!ok || persons < 1)
        return ctx.usage(Msg::tr("demo needs --persons N (a positive number)"));
    const quint64 seed = a->has(QStringLiteral("seed")) ? a->value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok)
        return ctx.usage(Msg::tr("--seed must be a whole number"));
    const QByteArray csv = core::DemoGenerator(seed, ctx.clock().now().toLocalTime().date()).personsCsv(persons);
    if (a->has(QStringLiteral("csv"))) {
        // Only the file, for benchmarks and trials: the database is not touched.
        QSaveFile out(a->value(QStringLiteral("csv")));
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
            ctx.err() << Msg::tr("error: cannot write %1").arg(a->value(QStringLiteral("csv"))) << Qt::endl;
            return ExitFailed;
        }
        ctx.out() << Msg::tr("wrote %n generated person(s) to %1", "", static_cast<int>(persons))
                         .arg(a->value(QStringLiteral("csv")))
                  << Qt::endl;
        return ExitOk;
    }
    if (auto r = ctx.signIn())
        return *r;
    core::ImportOptions options;
    options.acceptPossibleDuplicates = true;
    auto report = core::PersonImporter(ctx.ws()).importBytes(ctx.actor(), csv, QStringLiteral("demo"), options);
    if (!report)
        return ctx.report(report.error());
    // One public collective household per district with some members, and a round of
    // points-based settlement applications, so every page has something to show.
    core::CollectiveService collective(ctx.ws());
    QStringList numbers;
    for (const auto& d : core::Districts::all()) {
        if (!d.current)
            continue;
        auto c = collective.create(ctx.actor(), core::NewCollective{d.code, d.name + QStringLiteral("公共集体户"),
                                                                    QStringLiteral("广州市%1政务服务中心公共集体户").arg(d.name),
                                                                    {}, 300, {}});
        if (!c)
            return ctx.report(c.error());
        numbers << c->number;
    }
    core::PersonStore store(ctx.ws().db());
    int enrolled = 0;
    const int wantMembers = static_cast<int>(std::min<qint64>(persons / 50, 200));
    for (qint64 id = 7; enrolled < wantMembers && id <= persons; id += 23) {
        auto p = store.byId(id);
        if (!p || !*p || (*p)->relation == QStringLiteral("户主"))
            continue; // heads stay with their families
        const auto reason = enrolled % 2 ? core::EnrollReason::Talent : core::EnrollReason::NoAddress;
        if (collective.enroll(ctx.actor(), (*p)->citizenId, numbers[enrolled % numbers.size()], reason,
                              QStringLiteral("居民身份证、劳动合同"))
                .has_value())
            ++enrolled;
    }
    const core::DemoGenerator generator(seed, ctx.clock().now().toLocalTime().date());
    core::PointsService points(ctx.ws());
    int applications = 0;
    const int wantApplications = static_cast<int>(std::min<qint64>(std::max<qint64>(persons / 100, 10), 500));
    for (int i = 0; i < wantApplications; ++i)
        if (points.submit(ctx.actor(), generator.applicationJson(i), QStringLiteral("demo")).has_value())
            ++applications;
    ctx.out() << Msg::tr("generated %1 persons in %2 households (rejected %3), %4 public collective households "
                         "with %5 members, %6 settlement applications")
                     .arg(report->imported)
                     .arg(report->householdsCreated)
                     .arg(report->rejected.size())
                     .arg(numbers.size())
                     .arg(enrolled)
                     .arg(applications)
              << Qt::endl;
    return report->rejected.empty() ? ExitOk : ExitPartly;
}

} // namespace hukou::cli
