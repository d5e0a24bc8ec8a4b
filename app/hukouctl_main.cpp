// hukouctl: the scriptable face of the same core the GUI uses (shared/design/CLI.md).
#include "cli/cli.h"
#include "core/i18n.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hukou-desk"));
    hukou::core::installTranslations(hukou::core::cliLocale());
    return hukou::cli::run(QCoreApplication::arguments().mid(1));
}
