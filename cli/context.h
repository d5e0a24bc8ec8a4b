#pragma once

#include "args.h"
#include "cli.h"

#include "core/auth/roles.h"
#include "core/clock.h"
#include "core/registry/person_fields.h"
#include "core/error.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hukou::cli {

// What every command gets: the global options, the output streams, and (once asked for)
// the open database and the authenticated acting user.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Context)
public:
    Context(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    QString dbPath;
    QString userLogin;
    bool json = false;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const core::Clock& clock() const { return m_clock; }

    // Opens the database (creating it only when `create`), or returns an exit code.
    std::optional<int> openDatabase(bool create = false);
    // Opens the database and signs in --user with HUKOU_PASSWORD (or a prompt on a terminal).
    std::optional<int> signIn();
    core::Workspace& ws() { return *m_ws; }
    const core::Actor& actor() const { return *m_actor; }

    // The one JSON document a --json command prints on stdout.
    void printJson(const QJsonObject& document);
    void printJson(const QJsonArray& document);

    // Prints the error on stderr and returns the exit code its kind maps to.
    int report(const core::Error& e);
    int usage(const QString& message);
    // Parses a command's words; on a usage error prints it and sets `exitCode`.
    std::optional<Args> parse(const QStringList& words, const QStringList& valueOptions, const QStringList& flags,
                              int* exitCode, const QStringList& repeatable = {});

    // --set FIELD=VALUE words (English or Chinese column names of the persons file), or a usage error.
    std::optional<QHash<core::PersonField, QString>> fieldSettings(const QStringList& sets, int* exitCode);

    // A password from the environment variable, or from a prompt when stdin is a terminal.
    std::optional<QString> password(const char* envVar, const QString& prompt);

    static int exitCodeFor(core::ErrorCode code);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    core::SystemClock m_clock;
    std::unique_ptr<core::Workspace> m_ws;
    std::optional<core::Actor> m_actor;
};

// One function per command family; `words` are the arguments after the command name.
int cmdValidateId(Context& ctx, const QStringList& words);
int cmdInit(Context& ctx, const QStringList& words);
int cmdUser(Context& ctx, const QStringList& words);
int cmdAudit(Context& ctx, const QStringList& words);
int cmdCheck(Context& ctx, const QStringList& words);
int cmdBackup(Context& ctx, const QStringList& words);
int cmdImport(Context& ctx, const QStringList& words);
int cmdExport(Context& ctx, const QStringList& words);
int cmdPerson(Context& ctx, const QStringList& words);
int cmdDemo(Context& ctx, const QStringList& words);
int cmdCollective(Context& ctx, const QStringList& words);
int cmdConvert(Context& ctx, const QStringList& words);
int cmdCertificate(Context& ctx, const QStringList& words);
int cmdPoints(Context& ctx, const QStringList& words);
int cmdSync(Context& ctx, const QStringList& words);

} // namespace hukou::cli
