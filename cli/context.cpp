#include "context.h"

#include "core/auth/user_service.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace hukou::cli {

int Context::exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::Usage: return ExitUsage;
    case ErrorCode::AuthFailed:
    case ErrorCode::PermissionDenied: return ExitAuth;
    case ErrorCode::Integrity: return ExitIntegrity;
    default: return ExitFailed;
    }
}

void Context::printJson(const QJsonObject& document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void Context::printJson(const QJsonArray& document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int Context::report(const core::Error& e)
{
    m_err << tr("error: %1").arg(e.describe()) << Qt::endl;
    return exitCodeFor(e.code);
}

int Context::usage(const QString& message)
{
    m_err << tr("usage error: %1").arg(message) << Qt::endl;
    m_err << tr("run hukouctl --help for the list of commands") << Qt::endl;
    return ExitUsage;
}

std::optional<Args> Context::parse(const QStringList& words, const QStringList& valueOptions, const QStringList& flags,
                                   int* exitCode, const QStringList& repeatable)
{
    QString error;
    auto a = Args::parse(words, valueOptions, flags, &error, repeatable);
    if (!a)
        *exitCode = usage(error);
    return a;
}

std::optional<QHash<core::PersonField, QString>> Context::fieldSettings(const QStringList& sets, int* exitCode)
{
    QHash<core::PersonField, QString> changes;
    for (const QString& s : sets) {
        const auto eq = s.indexOf(QLatin1Char('='));
        const auto field = eq > 0 ? core::PersonFields::fromName(s.left(eq)) : std::nullopt;
        if (!field) {
            *exitCode = usage(tr("--set takes FIELD=VALUE with a column name of the persons file; \"%1\" is not one")
                                  .arg(s));
            return std::nullopt;
        }
        changes.insert(*field, s.mid(eq + 1));
    }
    return changes;
}

std::optional<int> Context::openDatabase(bool create)
{
    if (m_ws)
        return std::nullopt;
    if (!create && !QFileInfo::exists(dbPath)) {
        m_err << tr("error: database %1 does not exist; create it with: hukouctl --db %1 init --admin LOGIN").arg(dbPath)
              << Qt::endl;
        return ExitFailed;
    }
    auto ws = core::Workspace::open(dbPath, create ? core::Workspace::Open::CreateIfMissing
                                                   : core::Workspace::Open::Existing, m_clock);
    if (!ws)
        return report(ws.error());
    m_ws = std::move(*ws);
    if (!m_ws->upgradeBackupPath().isEmpty())
        m_err << tr("the database was upgraded; a copy of the old version is in %1").arg(m_ws->upgradeBackupPath())
              << Qt::endl;
    return std::nullopt;
}

std::optional<int> Context::signIn()
{
    if (userLogin.isEmpty()) {
        m_err << tr("error: this command needs the acting user: add --user LOGIN (password in HUKOU_PASSWORD)")
              << Qt::endl;
        return ExitAuth;
    }
    if (auto rc = openDatabase())
        return rc;
    const auto pw = password("HUKOU_PASSWORD", tr("Password for %1: ").arg(userLogin));
    if (!pw) {
        m_err << tr("error: no password: set HUKOU_PASSWORD or run on a terminal to be asked") << Qt::endl;
        return ExitAuth;
    }
    auto actor = core::UserService(*m_ws).authenticate(userLogin, *pw);
    if (!actor)
        return report(actor.error());
    m_actor = *actor;
    return std::nullopt;
}

std::optional<QString> Context::password(const char* envVar, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    return line;
}

} // namespace hukou::cli
