// hukouctl: the scriptable face of the same core the GUI uses (shared/design/CLI.md).
#include "cli/cli.h"
#include "core/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Only commands that render PDFs need fonts and painting; they run without a display.
    std::unique_ptr<QCoreApplication> app;
    if (hukou::cli::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("hukou-desk"));
    hukou::core::installTranslations(hukou::core::cliLocale());
    return hukou::cli::run(QCoreApplication::arguments().mid(1));
}
