#include "test_support.h"

#include "core/auth/user_service.h"
#include "core/registry/registry_service.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

namespace hukou::test {

Fixture::Fixture()
{
    auto opened = core::Workspace::open(dbPath(), core::Workspace::Open::CreateIfMissing, clock);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    ws = std::move(*opened);
    core::UserService users(*ws);
    auto u = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("admin-pass-1"));
    if (!u)
        qFatal("cannot create admin: %s", qPrintable(u.error().message));
    admin = core::Actor{u->id, u->login, u->name, u->role};
}

core::Actor Fixture::addUser(const QString& login, core::Role role)
{
    core::UserService users(*ws);
    auto u = users.add(admin, login, login, role, login + QStringLiteral("-pass-1"));
    if (!u)
        qFatal("cannot add user: %s", qPrintable(u.error().message));
    return core::Actor{u->id, u->login, u->name, u->role};
}

core::FieldValues personValues(const QString& citizenId, const QString& name, const QString& sex,
                               const QString& birthDate, const QString& household, const QString& relation)
{
    core::FieldValues v;
    v.set(core::PersonField::CitizenId, citizenId);
    v.set(core::PersonField::Name, name);
    v.set(core::PersonField::Sex, sex);
    v.set(core::PersonField::BirthDate, birthDate);
    v.set(core::PersonField::District, QStringLiteral("440106"));
    v.set(core::PersonField::Address, QStringLiteral("广州市天河区冼村街道1号"));
    v.set(core::PersonField::HouseholdNumber, household);
    v.set(core::PersonField::Relation, relation);
    v.set(core::PersonField::HukouNature, QStringLiteral("农业"));
    return v;
}

void registerChenMing(Fixture& f)
{
    const auto v = personValues(QStringLiteral("440106199001011235"), QStringLiteral("陈明"), QStringLiteral("男"),
                                QStringLiteral("1990-01-01"), QStringLiteral("H001"), QStringLiteral("户主"));
    auto p = core::RegistryService(*f.ws).registerPerson(f.admin, v, QStringLiteral("test"), false);
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
}

CliRun runCli(const QStringList& args, const QString& workDir, const QStringList& env, const QByteArray& stdinData)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("HUKOU_PASSWORD"));
    e.remove(QStringLiteral("HUKOU_NEW_PASSWORD"));
    e.insert(QStringLiteral("HOME"), workDir); // the default database must never be a real user's
    e.insert(QStringLiteral("XDG_DATA_HOME"), workDir + QStringLiteral("/data"));
    for (const QString& kv : env) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("HUKOUCTL"), args);
    if (!p.waitForStarted())
        return {-1, {}, QStringLiteral("hukouctl did not start: ") + p.errorString()};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString testDataDir()
{
    return qEnvironmentVariable("HUKOU_TEST_DATA");
}

QString requireProgram(const QString& program, const QString& debianPackage)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        qWarning("%s", qPrintable(QStringLiteral("%1 is not installed: it comes with the Debian package %2 "
                                                 "(scripts/test installs it; or: apt-get install %2)")
                                      .arg(program, debianPackage)));
    return path;
}

} // namespace hukou::test
