#pragma once

#include "core/auth/roles.h"
#include "core/clock.h"
#include "core/registry/person_fields.h"
#include "core/workspace.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hukou::test {

// A real database file in a temporary folder, with a pinned clock and one admin (login "admin",
// password "admin-pass-1"). Helpers add users of other roles.
struct Fixture
{
    Fixture();
    QTemporaryDir dir;
    core::ManualClock clock{QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<core::Workspace> ws;
    core::Actor admin;

    [[nodiscard]] QString dbPath() const { return dir.filePath(QStringLiteral("hukou.db")); }
    // Adds a user of `role` whose password is "<login>-pass-1" and returns it signed in.
    core::Actor addUser(const QString& login, core::Role role);
};

// A person's file-format values, registered in 天河区 at 广州市天河区冼村街道1号 with hukou nature 农业.
core::FieldValues personValues(const QString& citizenId, const QString& name, const QString& sex,
                               const QString& birthDate, const QString& household, const QString& relation);
// Registers 陈明 (440106199001011235) as the head of a new household H001, as the admin; fatal on failure.
void registerChenMing(Fixture& f);

// The result of running the real hukouctl binary.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs hukouctl (path from $HUKOUCTL) with `args` in `workDir`; `env` adds variables (KEY=VALUE).
CliRun runCli(const QStringList& args, const QString& workDir, const QStringList& env = {},
              const QByteArray& stdinData = {});

// tests/data: fixtures and the independent test vectors (copied from shared/data, so a plain clone
// runs every test).
QString testDataDir();

// The full path of `program`, a tool a test runs (pdftotext, sqlite3, ...). When it is missing the
// test fails with the Debian package that provides it (scripts/lib/common.sh installs them all).
QString requireProgram(const QString& program, const QString& debianPackage);

} // namespace hukou::test
