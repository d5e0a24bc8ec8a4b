#include "application_controller.h"

#include "core/auth/user_service.h"
#include "core/workspace.h"
#include "error_text.h"
#include "first_run_dialog.h"
#include "login_dialog.h"
#include "main_window.h"
#include "prompts.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace hukou::ui {

ApplicationController::ApplicationController(Settings& settings, Prompts& prompts, const core::Clock& clock,
                                             PageRegistry pages, QObject* parent)
    : QObject(parent), m_settings(settings), m_prompts(prompts), m_clock(clock), m_pages(std::move(pages))
{
    // Windows come and go (login, main window, login again): quitting is decided here, not by
    // the last window closing.
    QApplication::setQuitOnLastWindowClosed(false);
}

ApplicationController::~ApplicationController()
{
    core::Database::setStorageFailureHandler({});
    // The windows refer to the workspace: they go first. A window still open (the application
    // was told to quit from outside) keeps its geometry for next time.
    if (m_window)
        m_settings.setWindowGeometry(m_window->saveGeometry());
    delete m_window.data();
    delete m_login.data();
    delete m_firstRun.data();
}

QLocale ApplicationController::chooseLocale(std::optional<Settings::Language> commandLine, Settings::Language setting,
                                            const QLocale& system)
{
    const Settings::Language choice = commandLine.value_or(setting);
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    switch (choice) {
    case Settings::Language::Chinese:
        return chinese;
    case Settings::Language::English:
        return english;
    case Settings::Language::System:
        break;
    }
    return system.language() == QLocale::English ? english : chinese;
}

FirstRunDialog* ApplicationController::firstRunDialog() const
{
    return m_firstRun;
}

LoginDialog* ApplicationController::loginDialog() const
{
    return m_login;
}

MainWindow* ApplicationController::mainWindow() const
{
    return m_window;
}

bool ApplicationController::start(const QString& databasePath)
{
    // Opening upgrades an older database first, which can rebuild tables (half a minute for a
    // district's register): it runs off the GUI thread, behind a window that appears only when it
    // takes a moment. The connection is used by one thread at a time: the worker, then this one.
    std::optional<core::Result<std::unique_ptr<core::Workspace>>> outcome;
    {
        QEventLoop loop;
        const core::Clock& clock = m_clock;
        std::unique_ptr<QThread> worker(QThread::create([&outcome, &clock, databasePath] {
            outcome = core::Workspace::open(databasePath, core::Workspace::Open::CreateIfMissing, clock);
        }));
        connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        QProgressDialog busy(tr("Opening %1…\nAn older database is upgraded to this version of Hukou Desk first, "
                                "which takes a while for a large register.")
                                 .arg(QDir::toNativeSeparators(databasePath)),
                             QString(), 0, 0);
        busy.setObjectName(QStringLiteral("openingDatabase"));
        busy.setWindowTitle(tr("Hukou Desk"));
        busy.setCancelButton(nullptr);
        busy.setMinimumDuration(400);
        busy.setValue(0); // starts the clock that shows it
        worker->start();
        loop.exec();
        worker->wait();
    }
    auto& opened = *outcome;
    if (!opened) {
        m_prompts.error(nullptr, tr("Hukou Desk cannot start"),
                        tr("The database %1 cannot be opened.\n\n%2")
                            .arg(QDir::toNativeSeparators(databasePath), errorText(opened.error())));
        return false;
    }
    m_workspace = std::move(*opened);
    m_settings.setLastDatabasePath(m_workspace->db().path());
    // A storage failure can be met on any thread (workers have their own connections): it is
    // shown on this one.
    QPointer<ApplicationController> self(this);
    core::Database::setStorageFailureHandler([self](const core::Error& error) {
        QMetaObject::invokeMethod(
            qApp, [self, error] {
                if (self)
                    self->storageFailed(error);
            },
            Qt::QueuedConnection);
    });
    // A file moved or replaced while nobody writes is noticed within seconds, not at the next save.
    m_fileWatch = new QTimer(this);
    m_fileWatch->setInterval(3000);
    connect(m_fileWatch, &QTimer::timeout, this, [this] { (void)m_workspace->db().checkFile(); });
    m_fileWatch->start();
    if (!m_workspace->upgradeBackupPath().isEmpty())
        m_prompts.information(nullptr, tr("Database upgraded"),
                              tr("The database was upgraded to this version of Hukou Desk. A copy of the old "
                                 "database was kept at %1.")
                                  .arg(QDir::toNativeSeparators(m_workspace->upgradeBackupPath())));

    auto any = core::UserService(*m_workspace).hasUsers();
    if (!any) {
        m_prompts.error(nullptr, tr("Hukou Desk cannot start"), errorText(any.error()));
        m_workspace.reset();
        return false;
    }
    if (*any)
        showLogin();
    else
        showFirstRun();
    return true;
}

void ApplicationController::showFirstRun()
{
    m_firstRun = new FirstRunDialog(*m_workspace);
    connect(m_firstRun, &QDialog::finished, this, [this](int result) {
        FirstRunDialog* dialog = std::exchange(m_firstRun, nullptr);
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            emit quitRequested();
            return;
        }
        m_settings.setLastLogin(dialog->administrator().login);
        showLogin();
    });
    m_firstRun->show();
}

void ApplicationController::showLogin()
{
    m_login = new LoginDialog(*m_workspace, m_settings);
    connect(m_login, &QDialog::finished, this, [this](int result) {
        LoginDialog* dialog = std::exchange(m_login, nullptr);
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            emit quitRequested();
            return;
        }
        showMainWindow(dialog->actor());
    });
    m_login->show();
}

void ApplicationController::showMainWindow(const core::Actor& actor)
{
    m_settings.sync();
    m_window = new MainWindow(Session{*m_workspace, actor, m_prompts}, m_pages, m_settings);
    connect(m_window, &MainWindow::signOutRequested, this, &ApplicationController::signOut);
    connect(m_window, &MainWindow::closed, this, &ApplicationController::quitRequested);
    m_window->show();
    emit signedIn();
}

void ApplicationController::storageFailed(const core::Error& error)
{
    if (std::exchange(m_failed, true))
        return;
    m_fileWatch->stop();
    QWidget* parent = m_window ? static_cast<QWidget*>(m_window.data()) : m_login.data();
    m_prompts.error(parent, tr("Hukou Desk must close"), errorText(error));
    emit quitRequested();
}

void ApplicationController::signOut()
{
    MainWindow* window = std::exchange(m_window, nullptr);
    if (!window)
        return;
    disconnect(window, &MainWindow::closed, this, &ApplicationController::quitRequested);
    window->close();
    window->deleteLater();
    showLogin();
}

} // namespace hukou::ui
