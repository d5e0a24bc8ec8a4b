#pragma once

#include <QStringList>

namespace hukou::cli {

// Exit codes of the command-line contract (shared/design/CLI.md).
enum Exit : int {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitPartly = 3,
    ExitAuth = 4,
    ExitIntegrity = 5,
};

// Runs `hukouctl` with its arguments (without the program name) and returns the exit code.
int run(const QStringList& arguments);

// Whether these arguments render a document (PDF), so main must start a QGuiApplication
// (offscreen) instead of a QCoreApplication.
[[nodiscard]] bool needsGui(const QStringList& arguments);

} // namespace hukou::cli
