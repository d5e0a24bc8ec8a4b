#pragma once

#include "session.h"

#include <QMainWindow>

#include <chrono>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace hukou::ui {

class IdleWatcher;
class LockScreen;
class Page;
class PageRegistry;
class Settings;

// The frame: a navigation list on the left and the current page on the right, the menus, the
// status bar (who is signed in, which database) and the session lock. It knows pages only
// through Page and PageRegistry, and creates only those the signed-in role may see.
// Object names: mainWindow, navigation, pageStack, pageTitle, pageSubtitle, noPagesLabel, workArea,
// lockScreen, syncReminder, statusUser, statusDatabase, actionLock, actionSignOut, actionQuit, actionAbout,
// actionPage1 ... actionPage9 (Ctrl+1 ... Ctrl+9).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(const Session& session, const PageRegistry& pages, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] Page* page(int index) const;
    [[nodiscard]] Page* findPage(const QString& id) const; // nullptr when the role does not see it
    [[nodiscard]] Page* currentPage() const;
    void showPage(int index);

    // Hides the pages behind the unlock prompt (Ctrl+L, or after the idle timeout).
    void lock();
    [[nodiscard]] bool isLocked() const { return m_locked; }
    // The idle timeout; the constructor sets it from AuthPolicy::idleLockMinutes. Zero disables.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const;

signals:
    void signOutRequested();
    // The window was closed (Quit, or the window's close button).
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildPages(const PageRegistry& pages);
    void unlock();
    void about();
    // Shows the reminder above the page when work made here has waited for export longer than the
    // setting allows (not on the sync page, which says it itself).
    void refreshSyncReminder();

    Session m_session;
    Settings& m_settings;
    std::vector<Page*> m_pages;
    Page* m_shown = nullptr;
    QStackedWidget* m_modes = nullptr;
    QWidget* m_workArea = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QLabel* m_pageTitle = nullptr;
    QLabel* m_pageSubtitle = nullptr;
    QLabel* m_syncReminder = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    QAction* m_lockAction = nullptr;
    std::vector<QAction*> m_pageActions;
    bool m_locked = false;
};

} // namespace hukou::ui
