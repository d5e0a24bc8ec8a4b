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
