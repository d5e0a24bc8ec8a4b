// Administration commands: validate-id, init, user, audit, check, backup.
#include "context.h"

#include "core/auth/user_service.h"
#include "core/domain/citizen_id.h"
#include "core/maintenance/maintenance_service.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Commands)
};

} // namespace

int cmdValidateId(Context& ctx, const QStringList& words)
{
    if (words.isEmpty())
        return ctx.usage(Msg::tr("validate-id needs at least one ID"));
    int rc = ExitOk;
    const QDate today = ctx.clock().now().toLocalTime().date();
    QJsonArray results;
    for (const QString& w : words) {
        auto id = core::CitizenId::parse(w, today);
        if (ctx.json) {
            QJsonObject o{{QStringLiteral("input"), w}, {QStringLiteral("valid"), id.has_value()}};
            if (id && id->upgradedFrom15())
                o.insert(QStringLiteral("id18"), id->value());
            if (!id)
                o.insert(QStringLiteral("reason"), id.error().message);
            results.append(o);
        } else if (id) {
            ctx.out() << w << '\t' << "valid";
            if (id->upgradedFrom15())
                ctx.out() << '\t' << id->value();
            ctx.out() << '\n';
        } else {
            ctx.out() << w << '\t' << "invalid" << '\t' << id.error().message << '\n';
        }
        if (!id)
            rc = ExitPartly;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("results"), results}});
    return rc;
}

int cmdInit(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("admin"), QStringLiteral("name")}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("init takes no positional arguments"));
    const QString admin = a->value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return ctx.usage(Msg::tr("init needs --admin LOGIN"));
    const bool existed = QFileInfo::exists(ctx.dbPath);
    if (auto r = ctx.openDatabase(true))
        return *r;
    core::UserService users(ctx.ws());
    auto any = users.hasUsers();
    if (!any)
        return ctx.report(any.error());
    if (*any) {
        ctx.out() << Msg::tr("database %1 is up to date (schema version %2); its users are unchanged")
                         .arg(ctx.dbPath)
                         .arg(core::Migrations::latestVersion())
                  << Qt::endl;
        return ExitOk;
    }
    const auto pw = ctx.password("HUKOU_PASSWORD", Msg::tr("Password for the new administrator %1: ").arg(admin));
    if (!pw) {
        ctx.err() << Msg::tr("error: no password for the administrator: set HUKOU_PASSWORD") << Qt::endl;
        if (!existed)
            QFile::remove(ctx.dbPath);
        return ExitAuth;
    }
    const QString name = a->has(QStringLiteral("name")) ? a->value(QStringLiteral("name")) : admin;
    auto u = users.createFirstAdmin(admin, name, *pw);
    if (!u)
        return ctx.report(u.error());
    ctx.out() << Msg::tr("created database %1 with administrator %2").arg(ctx.dbPath, admin) << Qt::endl;
    return ExitOk;
}

int cmdUser(Context& ctx, const QStringList& words)
{
    if (words.isEmpty())
        return ctx.usage(Msg::tr("user needs a subcommand: add, list"));
    const QString sub = words.first();
    int rc = ExitOk;
    if (sub == QLatin1String("add")) {
        auto a = ctx.parse(words.mid(1), {QStringLiteral("role"), QStringLiteral("name")}, {}, &rc);
        if (!a)
            return rc;
        if (a->positionals().size() != 1)
            return ctx.usage(Msg::tr("user add needs exactly one LOGIN"));
        const auto role = core::Roles::fromKey(a->value(QStringLiteral("role")));
        if (!role)
            return ctx.usage(Msg::tr("--role must be one of admin, supervisor, clerk, field"));
        if (a->value(QStringLiteral("name")).isEmpty())
            return ctx.usage(Msg::tr("user add needs --name NAME"));
        if (auto r = ctx.signIn())
            return *r;
        const auto pw = ctx.password("HUKOU_NEW_PASSWORD", Msg::tr("Password for the new user: "));
        if (!pw) {
            ctx.err() << Msg::tr("error: no password for the new user: set HUKOU_NEW_PASSWORD") << Qt::endl;
            return ExitFailed;
        }
        auto u = core::UserService(ctx.ws()).add(ctx.actor(), a->positionals().first(),
                                                 a->value(QStringLiteral("name")), *role, *pw);
        if (!u)
            return ctx.report(u.error());
        ctx.out() << Msg::tr("added user %1 (%2)").arg(u->login, core::Roles::label(u->role)) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (auto r = ctx.signIn())
            return *r;
        auto list = core::UserService(ctx.ws()).list(ctx.actor());
        if (!list)
            return ctx.report(list.error());
        QJsonArray arr;
        for (const auto& u : *list) {
            if (ctx.json)
                arr.append(QJsonObject{{QStringLiteral("login"), u.login},
                                       {QStringLiteral("name"), u.name},
                                       {QStringLiteral("role"), core::Roles::key(u.role)},
                                       {QStringLiteral("active"), u.active}});
            else
                ctx.out() << u.login << '\t' << core::Roles::key(u.role) << '\t' << u.name << '\t'
                          << (u.active ? Msg::tr("active") : Msg::tr("deactivated")) << '\n';
        }
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("users"), arr}});
        return ExitOk;
    }
    return ctx.usage(Msg::tr("unknown user subcommand %1").arg(sub));
}

int cmdAudit(Context& ctx, const QStringList& words)
{
    if (words != QStringList{QStringLiteral("verify")})
        return ctx.usage(Msg::tr("audit takes one subcommand: verify"));
    if (auto r = ctx.openDatabase())
        return *r;
    auto v = ctx.ws().journal().verify();
    if (!v)
        return ctx.report(v.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), v->ok()},
                                   {QStringLiteral("entries"), v->entries},
                                   {QStringLiteral("first_bad_seq"), v->ok() ? QJsonValue() : QJsonValue(*v->firstBadSeq)},
                                   {QStringLiteral("problem"), v->problem}});
    if (!v->ok()) {
        if (!ctx.json)
            ctx.out() << Msg::tr("journal broken at entry %1: %2").arg(*v->firstBadSeq).arg(v->problem) << Qt::endl;
        return ExitIntegrity;
    }
    if (!ctx.json)
        ctx.out() << Msg::tr("journal intact: %n entries verified", "", static_cast<int>(v->entries)) << Qt::endl;
    return ExitOk;
}

int cmdCheck(Context& ctx, const QStringList& words)
{
    if (!words.isEmpty())
        return ctx.usage(Msg::tr("check takes no arguments"));
    if (auto r = ctx.openDatabase())
        return *r;
    auto report = core::MaintenanceService(ctx.ws()).check();
    if (!report)
        return ctx.report(report.error());
    for (const QString& p : report->problems)
        ctx.out() << p << '\n';
    if (!report->ok())
        return ExitIntegrity;
    ctx.out() << Msg::tr("database %1 is healthy: integrity ok, foreign keys ok, %n journal entries verified", "",
                         static_cast<int>(report->journalEntries))
                     .arg(ctx.dbPath)
              << Qt::endl;
    return ExitOk;
}

int cmdBackup(Context& ctx, const QStringList& words)
{
    if (words.size() != 1)
        return ctx.usage(Msg::tr("backup needs exactly one OUT path"));
    // A backup carries every person's data out of the database: it needs an authorised user and is journaled.
    if (auto r = ctx.signIn())
        return *r;
    if (auto r = core::MaintenanceService(ctx.ws()).backup(ctx.actor(), words.first()); !r)
        return ctx.report(r.error());
    ctx.out() << Msg::tr("backed up %1 to %2").arg(ctx.dbPath, words.first()) << Qt::endl;
    return ExitOk;
}

} // namespace hukou::cli
