// Public collective household desk: collective create/enroll/leave/loan/return/list.
#include "context.h"

#include "core/collective/collective_service.h"
#include "core/domain/districts.h"
#include "core/registry/person_fields.h"
#include "reports/loan_slip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Collective)
};

int create(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words,
                       {QStringLiteral("district"), QStringLiteral("name"), QStringLiteral("address"),
                        QStringLiteral("capacity"), QStringLiteral("street"), QStringLiteral("manager")},
                       {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty() || !a->has(QStringLiteral("district")) || !a->has(QStringLiteral("name")) ||
        !a->has(QStringLiteral("address")))
        return ctx.usage(Msg::tr("collective create needs --district CODE --name NAME --address ADDR [--capacity N]"));
    core::NewCollective spec;
    spec.district = a->value(QStringLiteral("district"));
    spec.name = a->value(QStringLiteral("name"));
    spec.address = a->value(QStringLiteral("address"));
    spec.street = a->value(QStringLiteral("street"));
    spec.manager = a->value(QStringLiteral("manager"));
    if (a->has(QStringLiteral("capacity"))) {
        bool ok = false;
        spec.capacity = a->value(QStringLiteral("capacity")).toInt(&ok);
        if (!ok)
            return ctx.usage(Msg::tr("--capacity must be a whole number"));
    }
    if (auto r = ctx.signIn())
        return *r;
    auto c = core::CollectiveService(ctx.ws()).create(ctx.actor(), spec);
    if (!c)
        return ctx.report(c.error());
    if (ctx.json)
        ctx.printJson(core::CollectiveService::image(*c));
    else
        ctx.out() << c->number << Qt::endl;
    return ExitOk;
}

int enroll(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("into"), QStringLiteral("reason"), QStringLiteral("documents")}, {},
                       &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || !a->has(QStringLiteral("into")) || !a->has(QStringLiteral("reason")))
        return ctx.usage(Msg::tr("collective enroll needs CITIZEN_ID --into NUMBER --reason REASON"));
    const auto reason = core::CollectiveVocabulary::enrollReasonFromKey(a->value(QStringLiteral("reason")));
    if (!reason)
        return ctx.usage(Msg::tr("--reason must be one of %1")
                             .arg(core::CollectiveVocabulary::enrollKeys().join(QStringLiteral(", "))));
    if (auto r = ctx.signIn())
        return *r;
    auto m = core::CollectiveService(ctx.ws()).enroll(ctx.actor(), a->positionals().first(),
                                                      a->value(QStringLiteral("into")), *reason,
                                                      a->value(QStringLiteral("documents")));
    if (!m)
        return ctx.report(m.error());
    if (ctx.json)
        ctx.printJson(core::CollectiveService::image(*m));
    else
        ctx.out() << Msg::tr("enrolled %1 (%2) into %3").arg(m->personName, m->citizenId, m->collectiveNumber)
                  << Qt::endl;
    return ExitOk;
}

int leave(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("reason"), QStringLiteral("to")}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || !a->has(QStringLiteral("reason")))
        return ctx.usage(Msg::tr("collective leave needs CITIZEN_ID --reason REASON [--to ADDRESS]"));
    const auto reason = core::CollectiveVocabulary::leaveReasonFromKey(a->value(QStringLiteral("reason")));
    if (!reason || *reason == core::LeaveReason::Transferred)
        return ctx.usage(Msg::tr("--reason must be one of %1")
                             .arg(core::CollectiveVocabulary::leaveKeys().join(QStringLiteral(", "))));
    if (auto r = ctx.signIn())
        return *r;
    auto m = core::CollectiveService(ctx.ws()).leave(ctx.actor(), a->positionals().first(), *reason,
                                                     a->value(QStringLiteral("to")));
    if (!m)
        return ctx.report(m.error());
    if (ctx.json)
        ctx.printJson(core::CollectiveService::image(*m));
    else
        ctx.out() << Msg::tr("%1 (%2) left %3: %4")
                         .arg(m->personName, m->citizenId, m->collectiveNumber,
                              core::CollectiveVocabulary::label(*reason))
                  << Qt::endl;
    return ExitOk;
}

int loan(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("purpose"), QStringLiteral("due")}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || !a->has(QStringLiteral("purpose")) || !a->has(QStringLiteral("due")))
        return ctx.usage(Msg::tr("collective loan needs CITIZEN_ID --purpose TEXT --due YYYY-MM-DD"));
    const QDate due = core::PersonFields::parseDate(a->value(QStringLiteral("due")));
    if (!due.isValid())
        return ctx.usage(Msg::tr("--due must be a date YYYY-MM-DD"));
    if (auto r = ctx.signIn())
        return *r;
    auto l = core::CollectiveService(ctx.ws()).lend(ctx.actor(), a->positionals().first(),
                                                    a->value(QStringLiteral("purpose")), due);
    if (!l)
        return ctx.report(l.error());
    if (ctx.json)
        ctx.printJson(core::CollectiveService::image(*l));
    else
        ctx.out() << l->number << Qt::endl;
    return ExitOk;
}

int giveBack(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("collective return needs LOAN_ID"));
    if (auto r = ctx.signIn())
        return *r;
    auto l = core::CollectiveService(ctx.ws()).giveBack(ctx.actor(), a->positionals().first());
    if (!l)
        return ctx.report(l.error());
    if (ctx.json)
        ctx.printJson(core::CollectiveService::image(*l));
    else
        ctx.out() << l->number << Qt::endl;
    return ExitOk;
}

int slip(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("out")}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || !a->value(QStringLiteral("out")).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ctx.usage(Msg::tr("collective slip needs LOAN_ID --out FILE.pdf"));
    if (auto r = ctx.signIn())
        return *r;
    auto record = core::CollectiveService(ctx.ws()).loanForPrint(ctx.actor(), a->positionals().first());
    if (!record)
        return ctx.report(record.error());
    if (auto r = reports::LoanSlip(*record).document().writePdf(a->value(QStringLiteral("out"))); !r)
        return ctx.report(r.error());
    ctx.out() << a->value(QStringLiteral("out")) << Qt::endl;
    return ExitOk;
}

int list(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("district")}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("collective list takes only [--district CODE]"));
    if (auto r = ctx.signIn())
        return *r;
    core::CollectiveService svc(ctx.ws());
    auto all = svc.list(ctx.actor(), a->value(QStringLiteral("district")));
    if (!all)
        return ctx.report(all.error());
    auto coverage = svc.coverage(ctx.actor());
    if (!coverage)
        return ctx.report(coverage.error());
    if (ctx.json) {
        QJsonArray items;
        for (const auto& c : *all) {
            QJsonObject o = core::CollectiveService::image(c);
            o.insert(QStringLiteral("members"), c.members);
            o.insert(QStringLiteral("open_loans"), c.openLoans);
            o.insert(QStringLiteral("overdue_loans"), c.overdueLoans);
            items.append(o);
        }
        QJsonArray uncovered;
        for (const auto& d : *coverage)
            if (!d.covered())
                uncovered.append(d.code);
        ctx.printJson(QJsonObject{{QStringLiteral("collectives"), items},
                                   {QStringLiteral("districts_without_collective"), uncovered}});
        return ExitOk;
    }
    // number, district, name, members/capacity, open loans (overdue), address: tab-separated.
    ctx.out() << Msg::tr("number\tdistrict\tname\tmembers\tcapacity\topen_loans\toverdue\taddress") << '\n';
    for (const auto& c : *all) {
        ctx.out() << c.number << '\t' << core::Districts::nameOf(c.district) << '\t' << c.name << '\t' << c.members << '\t'
                  << c.capacity << '\t' << c.openLoans << '\t' << c.overdueLoans << '\t' << c.address << '\n';
    }
    QStringList missing;
    for (const auto& d : *coverage)
        if (!d.covered() && (a->value(QStringLiteral("district")).isEmpty() ||
                             core::Districts::findCurrent(a->value(QStringLiteral("district")))->code == d.code))
            missing << d.name;
    if (!missing.isEmpty())
        ctx.err() << Msg::tr("warning: no public collective household in %1 (policy: at least one per district)")
                         .arg(missing.join(QStringLiteral(", ")))
                  << Qt::endl;
    ctx.out().flush();
    return ExitOk;
}

// collective newborn PARENT_ID --set FIELD=VALUE ... [--other-parent ID] [--documents TEXT]
// Registers a child into the collective household of a parent who is a member (the household,
// district and address come from it; hukou nature defaults to 居民).
int newborn(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("other-parent"), QStringLiteral("documents")}, {}, &rc,
                       {QStringLiteral("set")});
    if (!a)
        return rc;
    if (a->positionals().size() != 1 || a->values(QStringLiteral("set")).isEmpty())
        return ctx.usage(Msg::tr("collective newborn needs PARENT_CITIZEN_ID and the child's fields as --set "
                                 "FIELD=VALUE (citizen_id, name, sex, birth_date, ...)"));
    auto fields = ctx.fieldSettings(a->values(QStringLiteral("set")), &rc);
    if (!fields)
        return rc;
    core::FieldValues child;
    child.set(core::PersonField::HukouNature, core::PersonFields::residentNature());
    for (auto it = fields->begin(); it != fields->end(); ++it)
        child.set(it.key(), it.value());
    if (auto r = ctx.signIn())
        return *r;
    auto m = core::CollectiveService(ctx.ws()).registerNewborn(ctx.actor(), a->positionals().first(), child,
                                                              a->value(QStringLiteral("documents")),
                                                              a->value(QStringLiteral("other-parent")));
    if (!m)
        return ctx.report(m.error());
    ctx.out() << Msg::tr("registered %1 into the collective household").arg(child.get(core::PersonField::CitizenId))
              << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdCollective(Context& ctx, const QStringList& words)
{
    if (words.isEmpty())
        return ctx.usage(Msg::tr("collective needs a subcommand: create, enroll, leave, loan, return, list, slip, newborn"));
    const QString sub = words.first();
    const QStringList rest = words.mid(1);
    if (sub == QLatin1String("create"))
        return create(ctx, rest);
    if (sub == QLatin1String("enroll"))
        return enroll(ctx, rest);
    if (sub == QLatin1String("leave"))
        return leave(ctx, rest);
    if (sub == QLatin1String("loan"))
        return loan(ctx, rest);
    if (sub == QLatin1String("return"))
        return giveBack(ctx, rest);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("slip"))
        return slip(ctx, rest);
    if (sub == QLatin1String("newborn"))
        return newborn(ctx, rest);
    return ctx.usage(Msg::tr("unknown collective subcommand %1").arg(sub));
}

} // namespace hukou::cli
