// Offline field work: sync identity/trust/revoke/peers/export/import/conflicts/resolve/folder.
// Everything goes through core::SyncService; this file only parses, prints and maps exit codes.
#include "context.h"

#include "core/registry/person_fields.h"
#include "core/sync/sync_service.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace hukou::cli {

namespace {

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Sync)
};

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoTime(const std::optional<QDateTime>& t)
{
    return t && t->isValid() ? QJsonValue(t->toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString localTime(const std::optional<QDateTime>& t)
{
    return t ? localTime(*t) : QStringLiteral("-");
}

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject peerJson(const core::SyncPeer& p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("device"), p.deviceId},
                       {QStringLiteral("key"), p.publicKey},
                       {QStringLiteral("fingerprint"), p.fingerprint},
                       {QStringLiteral("trusted_at"), isoTime(p.trustedAt)},
                       {QStringLiteral("trusted_by"), p.trustedBy},
                       {QStringLiteral("revoked"), p.revoked()},
                       {QStringLiteral("revoked_at"), isoTime(p.revokedAt)},
                       {QStringLiteral("bundles_sent"), p.bundlesSent},
                       {QStringLiteral("bundles_received"), p.bundlesReceived},
                       {QStringLiteral("last_export_at"), isoTime(p.lastExportAt)},
                       {QStringLiteral("last_import_at"), isoTime(p.lastImportAt)}};
}

QJsonObject exportJson(const core::SyncExport& e)
{
    return QJsonObject{{QStringLiteral("file"), e.file},
                       {QStringLiteral("bundle"), e.bundleUuid},
                       {QStringLiteral("bundle_no"), e.bundleNo},
                       {QStringLiteral("peer"), e.peer},
                       {QStringLiteral("records"), e.records},
                       {QStringLiteral("journal_entries"), e.journalEntries},
                       {QStringLiteral("by_kind"), countsJson(e.countsByKind)},
                       {QStringLiteral("sealed"), e.sealed}};
}

QJsonObject importJson(const core::SyncImport& i)
{
    return QJsonObject{{QStringLiteral("applied"), i.applied},
                       {QStringLiteral("conflicts"), i.conflicts},
                       {QStringLiteral("skipped"), i.skipped},
                       {QStringLiteral("dry_run"), i.dryRun},
                       {QStringLiteral("bundle"), i.bundleUuid},
                       {QStringLiteral("bundle_no"), i.bundleNo},
                       {QStringLiteral("peer"), i.peer},
                       {QStringLiteral("new"), countsJson(i.newByKind)},
                       {QStringLiteral("changed"), countsJson(i.changedByKind)},
                       {QStringLiteral("conflicting"), countsJson(i.conflictsByKind)},
                       {QStringLiteral("by_district"), countsJson(i.byDistrict)}};
}

// One line: what was written, for whom, and whether only that peer can open it.
QString exportSummary(const core::SyncExport& e)
{
    const QString sealed = e.sealed ? Msg::tr("sealed") : Msg::tr("not sealed");
    if (e.bundleNo == 0)
        return e.peer.isEmpty()
                   ? Msg::tr("exported reference bundle %1: %2 records, %3").arg(e.file).arg(e.records).arg(sealed)
                   : Msg::tr("exported reference bundle %1 for %2: %3 records, %4")
                         .arg(e.file, e.peer)
                         .arg(e.records)
                         .arg(sealed);
    return Msg::tr("exported bundle %1 for %2 to %3: %4 records, %5")
        .arg(e.bundleNo)
        .arg(e.peer, e.file)
        .arg(e.records)
        .arg(sealed);
}

// The contract's summary line (shared/design/CLI.md): a fixed, machine-read format.
QString importSummary(const core::SyncImport& i)
{
    return QStringLiteral("applied %1, conflicts %2, skipped %3").arg(i.applied).arg(i.conflicts).arg(i.skipped);
}

int identity(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("sync identity takes no arguments"));
    // Public data: no acting user needed (a --user given is accepted and not used).
    if (auto r = ctx.openDatabase())
        return *r;
    auto id = core::SyncService(ctx.ws()).identity();
    if (!id)
        return ctx.report(id.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("device"), id->deviceId},
                                  {QStringLiteral("key"), id->publicKey},
                                  {QStringLiteral("fingerprint"), id->fingerprint}});
        return ExitOk;
    }
    // Keywords of the contract, not translated: scripts read these lines.
    ctx.out() << "device " << id->deviceId << '\n'
              << "key " << id->publicKey << '\n'
              << "fingerprint " << id->fingerprint << Qt::endl;
    return ExitOk;
}

int trust(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("name"), QStringLiteral("device"), QStringLiteral("key")}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty() || a->value(QStringLiteral("name")).trimmed().isEmpty() ||
        a->value(QStringLiteral("device")).trimmed().isEmpty() || a->value(QStringLiteral("key")).trimmed().isEmpty())
        return ctx.usage(Msg::tr("sync trust needs --name NAME --device ID --key KEY"));
    if (auto r = ctx.signIn())
        return *r;
    auto p = core::SyncService(ctx.ws()).trust(ctx.actor(), a->value(QStringLiteral("name")).trimmed(),
                                               a->value(QStringLiteral("device")).trimmed(),
                                               a->value(QStringLiteral("key")).trimmed());
    if (!p)
        return ctx.report(p.error());
    if (ctx.json)
        ctx.printJson(peerJson(*p));
    else
        ctx.out() << Msg::tr("trusted %1 (device %2), fingerprint %3").arg(p->name, p->deviceId, p->fingerprint)
                  << Qt::endl;
    return ExitOk;
}

int revoke(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("sync revoke needs one peer NAME"));
    if (auto r = ctx.signIn())
        return *r;
    if (auto r = core::SyncService(ctx.ws()).revoke(ctx.actor(), a->positionals().first()); !r)
        return ctx.report(r.error());
    ctx.out() << Msg::tr("revoked %1: its bundles are refused from now on").arg(a->positionals().first()) << Qt::endl;
    return ExitOk;
}

int peers(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("sync peers takes no arguments"));
    if (auto r = ctx.signIn())
        return *r;
    auto list = core::SyncService(ctx.ws()).peers(ctx.actor());
    if (!list)
        return ctx.report(list.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const auto& p : *list)
            arr.append(peerJson(p));
        ctx.printJson(QJsonObject{{QStringLiteral("peers"), arr}});
        return ExitOk;
    }
    ctx.out() << Msg::tr("name\tdevice\tfingerprint\tstatus\tsent\treceived\tlast_export\tlast_import") << '\n';
    for (const auto& p : *list)
        ctx.out() << p.name << '\t' << p.deviceId << '\t' << p.fingerprint << '\t'
                  << (p.revoked() ? Msg::tr("revoked %1").arg(localTime(p.revokedAt)) : Msg::tr("trusted")) << '\t'
                  << p.bundlesSent << '\t' << p.bundlesReceived << '\t' << localTime(p.lastExportAt) << '\t'
                  << localTime(p.lastImportAt) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int exportBundle(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("out"), QStringLiteral("peer"), QStringLiteral("district")},
                       {QStringLiteral("reference")}, &rc);
    if (!a)
        return rc;
    const QString out = a->value(QStringLiteral("out"));
    const QString peer = a->value(QStringLiteral("peer")).trimmed();
    const bool reference = a->has(QStringLiteral("reference"));
    if (!a->positionals().isEmpty() || out.isEmpty())
        return ctx.usage(Msg::tr("sync export needs --out FILE and --peer NAME (or --reference --district CODE)"));
    if (reference && a->value(QStringLiteral("district")).trimmed().isEmpty())
        return ctx.usage(Msg::tr("sync export --reference needs --district CODE"));
    if (!reference && a->has(QStringLiteral("district")))
        return ctx.usage(Msg::tr("--district goes with --reference"));
    if (!reference && peer.isEmpty())
        return ctx.usage(Msg::tr("sync export needs --peer NAME (or --reference --district CODE)"));
    if (auto r = ctx.signIn())
        return *r;
    core::SyncService sync(ctx.ws());
    auto e = reference ? sync.exportReference(ctx.actor(), a->value(QStringLiteral("district")).trimmed(), out, peer)
                       : sync.exportChanges(ctx.actor(), peer, out);
    if (!e)
        return ctx.report(e.error());
    if (ctx.json)
        ctx.printJson(exportJson(*e));
    else
        ctx.out() << exportSummary(*e) << Qt::endl;
    return ExitOk;
}

int importBundle(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {QStringLiteral("dry-run")}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("sync import needs exactly one FILE"));
    const QString file = a->positionals().first();
    if (!QFileInfo::exists(file)) {
        ctx.err() << Msg::tr("error: %1 does not exist").arg(file) << Qt::endl;
        return ExitFailed;
    }
    if (auto r = ctx.signIn())
        return *r;
    const bool dryRun = a->has(QStringLiteral("dry-run"));
    auto i = core::SyncService(ctx.ws()).importBundle(ctx.actor(), file, dryRun);
    if (!i)
        return ctx.report(i.error());
    if (ctx.json) {
        ctx.printJson(importJson(*i));
    } else {
        if (dryRun) {
            QStringList kinds = i->newByKind.keys() + i->changedByKind.keys() + i->conflictsByKind.keys();
            kinds.removeDuplicates();
            kinds.sort();
            for (const QString& kind : std::as_const(kinds))
                ctx.out() << Msg::tr("%1: new %2, changed %3, conflicting %4")
                                 .arg(kind)
                                 .arg(i->newByKind.value(kind))
                                 .arg(i->changedByKind.value(kind))
                                 .arg(i->conflictsByKind.value(kind))
                          << '\n';
        }
        ctx.out() << importSummary(*i) << Qt::endl;
    }
    return i->conflicts > 0 ? ExitPartly : ExitOk;
}

int conflicts(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {QStringLiteral("all")}, &rc);
    if (!a)
        return rc;
    if (!a->positionals().isEmpty())
        return ctx.usage(Msg::tr("sync conflicts takes no arguments"));
    if (auto r = ctx.signIn())
        return *r;
    auto list = core::SyncService(ctx.ws()).conflicts(ctx.actor(), !a->has(QStringLiteral("all")));
    if (!list)
        return ctx.report(list.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const auto& c : *list) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("kind"), c.kind},
                          {QStringLiteral("key"), c.key},
                          {QStringLiteral("label"), c.label},
                          {QStringLiteral("reason"), c.reason},
                          {QStringLiteral("local"), c.local},
                          {QStringLiteral("remote"), c.remote},
                          {QStringLiteral("remote_device"), c.remoteDevice},
                          {QStringLiteral("remote_user"), c.remoteUser},
                          {QStringLiteral("remote_at"), isoTime(c.remoteAt)},
                          {QStringLiteral("status"), c.status}};
            if (!c.localKey.isEmpty())
                o.insert(QStringLiteral("local_key"), c.localKey);
            if (c.status != QLatin1String("open")) {
                o.insert(QStringLiteral("resolution"), c.resolution);
                o.insert(QStringLiteral("resolved_by"), c.resolvedBy);
                o.insert(QStringLiteral("resolution_reason"), c.resolutionReason);
            }
            arr.append(o);
        }
        ctx.printJson(arr);
        return ExitOk;
    }
    for (const auto& c : *list)
        ctx.out() << c.id << '\t' << c.kind << '\t' << c.label << '\t' << c.reason << '\n';
    ctx.out().flush();
    return ExitOk;
}

int resolve(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {QStringLiteral("keep"), QStringLiteral("reason")}, {}, &rc, {QStringLiteral("set")});
    if (!a)
        return rc;
    const QString usageText = Msg::tr("sync resolve needs CONFLICT --keep local|remote [--set FIELD=VALUE ...] "
                                      "--reason TEXT");
    if (a->positionals().size() != 1 || !a->has(QStringLiteral("keep")))
        return ctx.usage(usageText);
    bool ok = false;
    const qint64 id = a->positionals().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Msg::tr("CONFLICT must be a conflict number (see sync conflicts): \"%1\" is not one")
                             .arg(a->positionals().first()));
    const QString keepWord = a->value(QStringLiteral("keep"));
    if (keepWord != QLatin1String("local") && keepWord != QLatin1String("remote"))
        return ctx.usage(Msg::tr("--keep must be local or remote"));
    if (a->value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(Msg::tr("sync resolve needs --reason TEXT"));
    QHash<QString, QString> fields;
    for (const QString& s : a->values(QStringLiteral("set"))) {
        const auto eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0 || s.left(eq).trimmed().isEmpty())
            return ctx.usage(Msg::tr("--set takes FIELD=VALUE; \"%1\" is not that").arg(s));
        QString name = s.left(eq).trimmed();
        // A person's column may be named in Chinese, as everywhere else; the service takes the English names.
        if (const auto f = core::PersonFields::fromName(name))
            name = core::PersonFields::spec(*f).key;
        fields.insert(name, s.mid(eq + 1));
    }
    if (auto r = ctx.signIn())
        return *r;
    const auto keep =
        keepWord == QLatin1String("local") ? core::SyncService::Keep::Local : core::SyncService::Keep::Remote;
    auto c = core::SyncService(ctx.ws()).resolve(ctx.actor(), id, keep, fields, a->value(QStringLiteral("reason")));
    if (!c)
        return ctx.report(c.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), c->id},
                                  {QStringLiteral("kind"), c->kind},
                                  {QStringLiteral("key"), c->key},
                                  {QStringLiteral("label"), c->label},
                                  {QStringLiteral("status"), c->status},
                                  {QStringLiteral("resolution"), c->resolution},
                                  {QStringLiteral("resolved_by"), c->resolvedBy},
                                  {QStringLiteral("resolution_reason"), c->resolutionReason}});
    else
        ctx.out() << (keep == core::SyncService::Keep::Local
                          ? Msg::tr("conflict %1 (%2) resolved: kept the local version").arg(c->id).arg(c->label)
                          : Msg::tr("conflict %1 (%2) resolved: kept the remote version").arg(c->id).arg(c->label))
                  << Qt::endl;
    return ExitOk;
}

int folder(Context& ctx, const QStringList& words)
{
    int rc = ExitOk;
    auto a = ctx.parse(words, {}, {}, &rc);
    if (!a)
        return rc;
    if (a->positionals().size() != 1)
        return ctx.usage(Msg::tr("sync folder needs one PATH"));
    const QString path = a->positionals().first();
    if (!QFileInfo(path).isDir()) {
        ctx.err() << Msg::tr("error: %1 is not a folder").arg(path) << Qt::endl;
        return ExitFailed;
    }
    if (auto r = ctx.signIn())
        return *r;
    auto f = core::SyncService(ctx.ws()).syncFolder(ctx.actor(), path);
    if (!f)
        return ctx.report(f.error());
    bool conflicted = false;
    for (const auto& i : f->imported)
        conflicted = conflicted || i.conflicts > 0;
    const int exitCode = conflicted || !f->refused.isEmpty() ? ExitPartly : ExitOk;
    if (ctx.json) {
        QJsonArray exported, imported, refused;
        for (const auto& e : f->exported)
            exported.append(exportJson(e));
        for (const auto& i : f->imported)
            imported.append(importJson(i));
        for (const QString& r : f->refused)
            refused.append(r);
        ctx.printJson(QJsonObject{{QStringLiteral("exported"), exported},
                                  {QStringLiteral("imported"), imported},
                                  {QStringLiteral("refused"), refused}});
        return exitCode;
    }
    for (const auto& e : f->exported)
        ctx.out() << exportSummary(e) << '\n';
    for (const auto& i : f->imported)
        ctx.out() << Msg::tr("imported bundle %1 from %2: %3").arg(i.bundleNo).arg(i.peer, importSummary(i)) << '\n';
    for (const QString& r : f->refused)
        ctx.out() << Msg::tr("refused %1").arg(r) << '\n';
    if (f->exported.empty() && f->imported.empty() && f->refused.isEmpty())
        ctx.out() << Msg::tr("nothing to export or import in %1").arg(path) << '\n';
    ctx.out().flush();
    return exitCode;
}

} // namespace

int cmdSync(Context& ctx, const QStringList& words)
{
    if (words.isEmpty())
        return ctx.usage(Msg::tr("sync needs a subcommand: identity, trust, revoke, peers, export, import, conflicts, "
                                 "resolve, folder"));
    const QString sub = words.first();
    const QStringList rest = words.mid(1);
    if (sub == QLatin1String("identity"))
        return identity(ctx, rest);
    if (sub == QLatin1String("trust"))
        return trust(ctx, rest);
    if (sub == QLatin1String("revoke"))
        return revoke(ctx, rest);
    if (sub == QLatin1String("peers"))
        return peers(ctx, rest);
    if (sub == QLatin1String("export"))
        return exportBundle(ctx, rest);
    if (sub == QLatin1String("import"))
        return importBundle(ctx, rest);
    if (sub == QLatin1String("conflicts"))
        return conflicts(ctx, rest);
    if (sub == QLatin1String("resolve"))
        return resolve(ctx, rest);
    if (sub == QLatin1String("folder"))
        return folder(ctx, rest);
    return ctx.usage(Msg::tr("unknown sync subcommand %1").arg(sub));
}

} // namespace hukou::cli
