// Points-based settlement commands: points rules import/show, submit, score, rank, decide, publish, and
// (beyond CLI.md) verify and settle.
#include "context.h"

#include "core/points/points_service.h"
#include "reports/publicity_list.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Points)
};

std::optional<int> parseInt(const QString& text, int min)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min)
        return std::nullopt;
    return v;
}

std::optional<QByteArray> readFile(Context& ctx, const QString& path, int* rc)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err() << Msg::tr("error: cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
        *rc = ExitFailed;
        return std::nullopt;
    }
    return f.readAll();
}

QString yesNo(bool b)
{
    return b ? Msg::tr("yes") : Msg::tr("no");
}

int rulesImport(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points rules import needs exactly one FILE"));
    const QString file = a->positionals().first();
    auto bytes = readFile(ctx, file, &rc);
    if (!bytes)
        return rc;
    if (auto r = ctx.signIn())
        return *r;
    auto info = core::PointsService(ctx.ws()).importRuleSet(ctx.actor(), *bytes, QFileInfo(file).fileName());
    if (!info)
        return ctx.report(info.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"rule_set"_s, info->ruleSet.id},
                                   {u"year"_s, info->ruleSet.year},
                                   {u"version"_s, info->version}});
    else
        ctx.out() << Msg::tr("imported rule set %1 (year %2), version %3")
                         .arg(info->ruleSet.id)
                         .arg(info->ruleSet.year)
                         .arg(info->version)
                  << Qt::endl;
    return ExitOk;
}

int rulesShow(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    const auto year = a->positionals().size() == 1 ? parseInt(a->positionals().first(), 1) : std::nullopt;
    if (!year)
        return ctx.usage(Msg::tr("points rules show needs a YEAR"));
    if (auto r = ctx.openDatabase())
        return *r;
    auto info = core::PointsService(ctx.ws()).ruleSetForYear(*year);
    if (!info)
        return ctx.report(info.error());
    if (ctx.json) {
        ctx.printJson(info->ruleSet.toJson());
        return ExitOk;
    }
    const QString source = info->builtin ? Msg::tr("built-in")
                                         : Msg::tr("version %1, imported by %2 on %3")
                                               .arg(info->version)
                                               .arg(info->importedBy,
                                                    info->importedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    ctx.out() << Msg::tr("rule set %1 for %2: %3 (%4%5)")
                     .arg(info->ruleSet.id)
                     .arg(info->ruleSet.year)
                     .arg(info->ruleSet.title, source,
                          info->frozen ? Msg::tr(", frozen: used for a ranking") : QString())
              << Qt::endl;
    ctx.out() << QString::fromUtf8(info->ruleSet.toJsonBytes());
    return ExitOk;
}

int submit(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points submit needs exactly one FILE"));
    const QString file = a->positionals().first();
    auto bytes = readFile(ctx, file, &rc);
    if (!bytes)
        return rc;
    if (auto r = ctx.signIn())
        return *r;
    auto app = core::PointsService(ctx.ws()).submit(ctx.actor(), *bytes, QFileInfo(file).fileName());
    if (!app)
        return ctx.report(app.error());
    ctx.out() << app->number << Qt::endl;
    return ExitOk;
}

int score(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points score needs exactly one application number"));
    if (auto r = ctx.signIn())
        return *r;
    auto s = core::PointsService(ctx.ws()).score(ctx.actor(), a->positionals().first());
    if (!s)
        return ctx.report(s.error());
    const core::ScoreResult& r = s->score;
    if (ctx.json) {
        ctx.printJson(r.toJson(s->application.number));
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << Msg::tr("%1  %2 (%3)  rule set %4  status %5")
               .arg(s->application.number, s->application.name, s->application.citizenId, r.ruleSetId,
                    core::applicationStatusLabel(s->application.status))
        << '\n';
    out << Msg::tr("eligible: %1").arg(yesNo(r.eligible)) << '\n';
    for (const core::Finding& f : r.findings)
        out << (f.passed ? u"  [ok]   "_s : u"  [FAIL] "_s) << f.condition << u": "_s << f.detail() << '\n';
    out << Msg::tr("items:") << '\n';
    for (const core::ItemResult& i : r.items) {
        QString line = u"  %1 %2 %3  "_s.arg(i.id, -28).arg(core::itemGroupName(i.group), -9).arg(i.points, 4);
        line += i.rule;
        if (i.capped)
            line += Msg::tr(" (capped)");
        if (!i.counted)
            line += Msg::tr(" (counts through %1)").arg(i.countedIn);
        out << line << '\n';
    }
    out << Msg::tr("base %1, bonus %2, deductions %3, total %4; threshold %5 >= %6: %7")
               .arg(r.base)
               .arg(r.bonus)
               .arg(r.deductions)
               .arg(r.total)
               .arg(core::thresholdScoreName(r.thresholdScore))
               .arg(r.thresholdMin)
               .arg(r.overThreshold ? Msg::tr("passed") : Msg::tr("not reached"))
        << Qt::endl;
    return ExitOk;
}

int rank(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {u"year"_s, u"quota"_s}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty() || !a->has(u"year"_s))
        return ctx.usage(Msg::tr("points rank needs --year YEAR"));
    const auto year = parseInt(a->value(u"year"_s), 1);
    if (!year)
        return ctx.usage(Msg::tr("--year needs a year, not %1").arg(a->value(u"year"_s)));
    std::optional<int> quota;
    if (a->has(u"quota"_s)) {
        quota = parseInt(a->value(u"quota"_s), 0);
        if (!quota)
            return ctx.usage(Msg::tr("--quota needs a whole number of 0 or more, not %1").arg(a->value(u"quota"_s)));
    }
    if (auto r = ctx.signIn())
        return *r;
    auto outcome = core::PointsService(ctx.ws()).rank(ctx.actor(), *year, quota);
    if (!outcome)
        return ctx.report(outcome.error());
    const core::Ranking& r = outcome->ranking;
    if (ctx.json) {
        ctx.printJson(r.toJson());
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << Msg::tr("%1 round, rule set %2 (version %3), quota %4%5: %6 ranked, %7 admitted, %8 not ranked")
               .arg(r.year)
               .arg(r.ruleSetId)
               .arg(outcome->ruleSetVersion)
               .arg(r.quota)
               .arg(outcome->quotaOverridden ? Msg::tr(" (overridden)") : QString())
               .arg(r.entries.size())
               .arg(r.admittedCount)
               .arg(r.notRanked)
        << '\n';
    for (const core::RankingEntry& e : r.entries) {
        QStringList keys;
        for (const core::RankKey& k : e.keys)
            keys << k.name + u'=' + QString::number(k.value);
        out << u"%1  %2  %3  %4  total %5  %6"_s.arg(e.rank, 5)
                   .arg(e.application, e.citizenId, keys.join(u' '))
                   .arg(e.total)
                   .arg(e.admitted ? Msg::tr("admitted") : Msg::tr("not admitted"))
            << '\n';
    }
    out.flush();
    return ExitOk;
}

// An application after a transition: its image as JSON, or "number: status".
int printApplication(Context& ctx, const core::Result<core::StoredApplication>& app)
{
    if (!app)
        return ctx.report(app.error());
    if (ctx.json)
        ctx.printJson(core::PointsService::image(*app));
    else
        ctx.out() << Msg::tr("%1: %2").arg(app->number, core::applicationStatusLabel(app->status)) << Qt::endl;
    return ExitOk;
}

// points decide APP --approve|--return|--reject --reason TEXT (--reject, for false statements, is
// beyond CLI.md: it bars the applicant for good).
int decide(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {u"reason"_s}, {u"approve"_s, u"return"_s, u"reject"_s}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points decide needs exactly one application number"));
    if (int(a->has(u"approve"_s)) + int(a->has(u"return"_s)) + int(a->has(u"reject"_s)) != 1)
        return ctx.usage(Msg::tr("points decide needs one of --approve, --return or --reject"));
    if (a->value(u"reason"_s).trimmed().isEmpty())
        return ctx.usage(Msg::tr("points decide needs --reason TEXT"));
    if (auto r = ctx.signIn())
        return *r;
    core::PointsService service(ctx.ws());
    const QString number = a->positionals().first();
    if (a->has(u"reject"_s))
        return printApplication(ctx, service.reject(ctx.actor(), number, a->value(u"reason"_s)));
    return printApplication(ctx, service.decide(ctx.actor(), number, a->has(u"approve"_s), a->value(u"reason"_s)));
}

int verify(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {u"note"_s}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points verify needs exactly one application number"));
    if (auto r = ctx.signIn())
        return *r;
    return printApplication(
        ctx, core::PointsService(ctx.ws()).verify(ctx.actor(), a->positionals().first(), a->value(u"note"_s)));
}

// points settle APP (--household N --address TEXT | --collective [--household N]) [--from PLACE]
//               [--accept-duplicates]
int settle(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {u"household"_s, u"address"_s, u"from"_s}, {u"collective"_s, u"accept-duplicates"_s},
                       &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("points settle needs exactly one application number"));
    core::SettlementPlan plan;
    plan.where = a->has(u"collective"_s) ? core::SettlementPlan::Where::PublicCollective
                                         : core::SettlementPlan::Where::OwnHome;
    if (plan.where == core::SettlementPlan::Where::OwnHome && (!a->has(u"household"_s) || !a->has(u"address"_s)))
        return ctx.usage(Msg::tr("points settle needs --household NUMBER --address TEXT (a new household at the "
                                 "applicant's home) or --collective"));
    if (plan.where == core::SettlementPlan::Where::PublicCollective && a->has(u"address"_s))
        return ctx.usage(Msg::tr("--address is for a new household; a collective household has its own"));
    plan.householdNumber = a->value(u"household"_s);
    plan.address = a->value(u"address"_s);
    plan.movedInFrom = a->value(u"from"_s);
    plan.acceptPossibleDuplicates = a->has(u"accept-duplicates"_s);
    if (auto r = ctx.signIn())
        return *r;
    auto settled = core::PointsService(ctx.ws()).settle(ctx.actor(), a->positionals().first(), plan);
    if (!settled)
        return ctx.report(settled.error());
    if (ctx.json) {
        QJsonObject o = core::PointsService::image(settled->application);
        o.insert(u"household_number"_s, settled->householdNumber);
        o.insert(u"registered"_s, QJsonArray::fromStringList(settled->registered));
        o.insert(u"moved"_s, QJsonArray::fromStringList(settled->moved));
        ctx.printJson(o);
    } else {
        ctx.out() << Msg::tr("%1: settled into household %2 (%3 newly registered, %4 moved)")
                         .arg(settled->application.number, settled->householdNumber)
                         .arg(settled->registered.size())
                         .arg(settled->moved.size())
                  << Qt::endl;
    }
    return ExitOk;
}

int publish(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {u"year"_s, u"out"_s}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty() || !a->has(u"year"_s) || !a->has(u"out"_s))
        return ctx.usage(Msg::tr("points publish needs --year YEAR --out FILE"));
    const auto year = parseInt(a->value(u"year"_s), 1);
    if (!year)
        return ctx.usage(Msg::tr("--year needs a year, not %1").arg(a->value(u"year"_s)));
    const QString outPath = a->value(u"out"_s);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"pdf"_s)
        return ctx.usage(Msg::tr("--out must name a .csv or .pdf file, not %1").arg(outPath));
    if (auto r = ctx.signIn())
        return *r;
    core::PointsService service(ctx.ws());
    auto list = service.publicity(ctx.actor(), *year);
    if (!list)
        return ctx.report(list.error());
    if (auto r = reports::PublicityList(*list).write(outPath); !r)
        return ctx.report(r.error());
    if (auto r = service.markPublished(ctx.actor(), *list, QFileInfo(outPath).absoluteFilePath()); !r)
        return ctx.report(r.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"year"_s, *year},
                                   {u"out"_s, outPath},
                                   {u"entries"_s, static_cast<qint64>(list->entries.size())}});
    else
        ctx.out() << Msg::tr("published %n application(s) of the %1 round to %2", nullptr,
                             static_cast<int>(list->entries.size()))
                         .arg(*year)
                         .arg(outPath)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdPoints(Context& ctx, const QStringList& words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == u"rules"_s) {
        const QString what = rest.value(0);
        if (what == u"import"_s)
            return rulesImport(ctx, rest.mid(1));
        if (what == u"show"_s)
            return rulesShow(ctx, rest.mid(1));
        return ctx.usage(Msg::tr("points rules needs import FILE or show YEAR"));
    }
    if (sub == u"submit"_s)
        return submit(ctx, rest);
    if (sub == u"score"_s)
        return score(ctx, rest);
    if (sub == u"rank"_s)
        return rank(ctx, rest);
    if (sub == u"decide"_s)
        return decide(ctx, rest);
    if (sub == u"publish"_s)
        return publish(ctx, rest);
    if (sub == u"verify"_s)
        return verify(ctx, rest);
    if (sub == u"settle"_s)
        return settle(ctx, rest);
    return ctx.usage(Msg::tr("points needs one of: rules, submit, score, verify, rank, decide, publish, settle"));
}

} // namespace hukou::cli
