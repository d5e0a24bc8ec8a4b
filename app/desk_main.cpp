// hukou-desk: parse the command line, load translations, hand over to the ApplicationController.
#include "core/clock.h"
#include "core/i18n.h"
#include "core/workspace.h"
#include "ui/appearance.h"
#include "ui/application_controller.h"
#include "ui/settings.h"
#include "ui/widget_prompts.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace hukou;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hukou-desk"));
    QApplication::setApplicationVersion(QStringLiteral(HUKOU_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hukou Desk: household registration case management"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file to open."),
                                      QStringLiteral("path"), core::Workspace::defaultDatabasePath());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                        QStringLiteral("language"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    ui::Settings settings;
    std::optional<ui::Settings::Language> lang;
    if (parser.isSet(langOption)) {
        lang = ui::Settings::languageFromKey(parser.value(langOption));
        if (!lang || *lang == ui::Settings::Language::System) {
            std::fprintf(stderr, "hukou-desk: --lang takes zh_CN or en\n");
            return 2;
        }
    }
    QLocale::setDefault(core::installTranslations(
        ui::ApplicationController::chooseLocale(lang, settings.language(), QLocale::system())));
    ui::applyAppearance(app);

    core::SystemClock clock;
    ui::WidgetPrompts prompts;
    ui::ApplicationController controller(settings, prompts, clock);
    QObject::connect(&controller, &ui::ApplicationController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (!controller.start(parser.value(dbOption)))
        return 1;
    return QApplication::exec();
}
