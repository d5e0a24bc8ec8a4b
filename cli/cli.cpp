#include "cli.h"

#include "context.h"

#include "core/workspace.h"

#include <QMap>

#include <cstdio>
#include <functional>

namespace hukou::cli {

namespace {

using Handler = std::function<int(Context&, const QStringList&)>;

const QMap<QString, Handler>& commands()
{
    static const QMap<QString, Handler> table = {
        {QStringLiteral("validate-id"), cmdValidateId},
        {QStringLiteral("init"), cmdInit},
        {QStringLiteral("user"), cmdUser},
        {QStringLiteral("audit"), cmdAudit},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("backup"), cmdBackup},
        {QStringLiteral("import"), cmdImport},
        {QStringLiteral("export"), cmdExport},
        {QStringLiteral("person"), cmdPerson},
        {QStringLiteral("demo"), cmdDemo},
        {QStringLiteral("collective"), cmdCollective},
        {QStringLiteral("convert"), cmdConvert},
        {QStringLiteral("certificate"), cmdCertificate},
        {QStringLiteral("points"), cmdPoints},
        {QStringLiteral("sync"), cmdSync},
    };
    return table;
}

QString helpText()
{
    return QCoreApplication::translate(
        "hukou::cli",
        "usage: hukouctl [--db PATH] [--user LOGIN] [--json] COMMAND ...\n"
        "\n"
        "commands:\n"
        "  validate-id ID...                       check citizen ID numbers\n"
        "  init --admin LOGIN                      create or upgrade the database and its first administrator\n"
        "  user add LOGIN --role ROLE --name NAME  add a user (password from HUKOU_NEW_PASSWORD)\n"
        "  user list                               list users\n"
        "  audit verify                            check the journal's hash chain\n"
        "  check                                   integrity check of database and journal\n"
        "  backup OUT                              online, consistent copy of the database\n"
        "  import persons FILE [--rejects OUT.csv] [--accept-duplicates] [--dry-run]\n"
        "  export persons [--district CODE] [--format csv|json] [--out FILE]\n"
        "  person show CITIZEN_ID                  one person with household and history\n"
        "  person find TEXT [--limit N]            search by ID, name, former name or address\n"
        "  person update CITIZEN_ID --set FIELD=VALUE ... --reason TEXT\n"
        "  person status CITIZEN_ID active|moved_out|deceased|cancelled --reason TEXT [--date YYYY-MM-DD]\n"
        "  demo --persons N [--seed S] [--csv OUT]  synthetic data (or only its CSV file)\n"
        "  collective create --district CODE --name NAME --address ADDR [--capacity N]  prints the number\n"
        "  collective enroll CITIZEN_ID --into NUMBER --reason REASON [--documents TEXT]\n"
        "  collective leave CITIZEN_ID --reason REASON [--to ADDRESS|HOUSEHOLD_NUMBER]\n"
        "  collective newborn PARENT_ID --set FIELD=VALUE ... [--other-parent ID]  a child into the parent's collective household\n"
        "  collective loan CITIZEN_ID --purpose TEXT --due YYYY-MM-DD  prints the loan id\n"
        "  collective return LOAN_ID               the register page came back\n"
        "  collective list [--district CODE]       with members, capacity and open loans\n"
        "  collective slip LOAN_ID --out FILE.pdf  the loan slip (户口借用单)\n"
        "  convert [--district CODE] [--dry-run] [--chunk-size N]  unified resident-household conversion\n"
        "  convert reverse CITIZEN_ID --reason TEXT  undo one person's conversion (supervisors)\n"
        "  convert stats [--district CODE]         active persons by district, nature and former nature\n"
        "  convert report --out FILE.pdf           the conversion report\n"
        "  certificate CITIZEN_ID --out FILE.pdf   household-registration certificate (户籍证明)\n"
        "  points rules import FILE | points rules show YEAR   points rule sets\n"
        "  points submit FILE                      take in an application; prints its number\n"
        "  points score APP                        score and breakdown of an application\n"
        "  points rank --year YEAR [--quota N]     rank a round (--quota: supervisors only)\n"
        "  points decide APP --approve|--return|--reject --reason TEXT  (--reject: false statements, bars the applicant)\n"
        "  points publish --year YEAR --out FILE   the publicity list (.csv or .pdf)\n"
        "  points verify APP [--note TEXT]         the evidence was checked\n"
        "  points settle APP --household N --address TEXT | --collective [--household N]\n"
        "                [--from PLACE]            register a published applicant and family\n"
        "  sync identity                           this installation's device id, public key and fingerprint\n"
        "  sync trust --name NAME --device ID --key KEY  trust a peer (admins); prints its fingerprint\n"
        "  sync revoke NAME                        refuse a peer's bundles from now on (admins)\n"
        "  sync peers                              trusted and revoked peers\n"
        "  sync export --out FILE --peer NAME | --reference --district CODE [--peer NAME]\n"
        "                                          a bundle of changes for a peer, or a district's reference bundle\n"
        "  sync import FILE [--dry-run]            apply a peer's bundle; prints applied, conflicts, skipped\n"
        "  sync conflicts [--all]                  open (or all) sync conflicts\n"
        "  sync resolve CONFLICT --keep local|remote [--set FIELD=VALUE ...] --reason TEXT  (supervisors)\n"
        "  sync folder PATH                        export for every peer into PATH and import what waits there\n"
        "\n"
        "The acting user's password comes from HUKOU_PASSWORD or a prompt.\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 partly rejected, 4 authentication or permission, 5 integrity.\n");
}

} // namespace

bool needsGui(const QStringList& arguments)
{
    for (const QString& a : arguments)
        if (a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    return false;
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx(out, err);
    ctx.dbPath = core::Workspace::defaultDatabasePath();

    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const bool takesValue = a == QLatin1String("--db") || a == QLatin1String("--user");
        if (takesValue && i + 1 >= arguments.size())
            return ctx.usage(QCoreApplication::translate("hukou::cli", "option %1 needs a value").arg(a));
        if (a == QLatin1String("--db"))
            ctx.dbPath = arguments[++i];
        else if (a == QLatin1String("--user"))
            ctx.userLogin = arguments[++i];
        else if (a == QLatin1String("--json"))
            ctx.json = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << helpText();
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            out << "hukouctl " HUKOU_VERSION "\n";
            return ExitOk;
        } else
            rest << a;
    }
    if (rest.isEmpty()) {
        err << helpText();
        return ExitUsage;
    }
    const QString name = rest.takeFirst();
    const auto it = commands().find(name);
    if (it == commands().end())
        return ctx.usage(QCoreApplication::translate("hukou::cli", "unknown command %1").arg(name));
    const int rc = (*it)(ctx, rest);
    out.flush();
    err.flush();
    return rc;
}

} // namespace hukou::cli
