#pragma once

#include "page_registry.h"
#include "settings.h"

#include <QLocale>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace hukou::core {
struct Error;
class Clock;
class Workspace;
} // namespace hukou::core

namespace hukou::ui {

class FirstRunDialog;
class LoginDialog;
class MainWindow;
class Prompts;

// The GUI's flow, kept out of main() so tests drive the same path: open the database, create the
// first administrator if there is none, sign in, show the main window; sign out returns to the
// login. Every window is shown non-modally, so the flow runs inside the application's event loop.
class ApplicationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationController)
public:
    ApplicationController(Settings& settings, Prompts& prompts, const core::Clock& clock,
                          PageRegistry pages = PageRegistry::standard(), QObject* parent = nullptr);
    ~ApplicationController() override;

    // The interface language: the command line's choice, else the setting, else the system's:
    // English only when the system language is English, Simplified Chinese otherwise.
    [[nodiscard]] static QLocale chooseLocale(std::optional<Settings::Language> commandLine, Settings::Language setting,
                                              const QLocale& system);

    // Opens (or creates) the database and shows the first-run or the login dialog. On failure the
    // user has been told why (through Prompts) and the result is false.
    [[nodiscard]] bool start(const QString& databasePath);

    // What is on screen now (nullptr otherwise): for tests.
    [[nodiscard]] FirstRunDialog* firstRunDialog() const;
    [[nodiscard]] LoginDialog* loginDialog() const;
    [[nodiscard]] MainWindow* mainWindow() const;
    [[nodiscard]] const core::Workspace* workspace() const { return m_workspace.get(); }

signals:
    // The user quit (login cancelled, main window closed): main() ends the event loop.
    void quitRequested();
    // A new main window is on screen (after each sign-in).
    void signedIn();

private:
    void showFirstRun();
    void showLogin();
    void showMainWindow(const core::Actor& actor);
    void signOut();
    // The database file failed under us (I/O error, damage, moved or replaced): say so and close.
    void storageFailed(const core::Error& error);

    Settings& m_settings;
    Prompts& m_prompts;
    const core::Clock& m_clock;
    PageRegistry m_pages;
    std::unique_ptr<core::Workspace> m_workspace;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QTimer* m_fileWatch = nullptr; // checks every few seconds that the database file is still ours
    bool m_failed = false;
};

} // namespace hukou::ui
