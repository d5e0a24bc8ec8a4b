#include "main_window.h"

#include "core/auth/user_service.h"
#include "core/sync/sync_service.h"
#include "core/workspace.h"
#include "idle_watcher.h"
#include "labels.h"
#include "lock_screen.h"
#include "page.h"
#include "page_registry.h"
#include "prompts.h"
#include "settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

const auto kNavigationStyle = QStringLiteral(
    "QListWidget#navigation { border: none; border-right: 1px solid #d0d4da; background: #f4f6f8; outline: 0; }"
    "QListWidget#navigation::item { padding: 9px 14px 9px 11px; border-left: 3px solid transparent; color: #1f2933; }"
    "QListWidget#navigation::item:selected { background: #dce6f2; color: #0b3d91; border-left: 3px solid #0b3d91; }");

} // namespace

MainWindow::MainWindow(const Session& session, const PageRegistry& pages, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hukou Desk — %1").arg(QFileInfo(session.workspace.db().path()).fileName()));
    setMinimumSize(900, 600);

    m_modes = new QStackedWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    setCentralWidget(m_modes);

    m_workArea = new QWidget(m_modes);
    m_workArea->setObjectName(QStringLiteral("workArea"));
    auto* work = new QHBoxLayout(m_workArea);
    work->setContentsMargins(0, 0, 0, 0);
    work->setSpacing(0);

    m_navigation = new QListWidget(m_workArea);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setStyleSheet(kNavigationStyle);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    work->addWidget(m_navigation);

    auto* right = new QWidget(m_workArea);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(20, 14, 20, 12);
    rightLayout->setSpacing(6);
    m_syncReminder = new QLabel(right);
    m_syncReminder->setObjectName(QStringLiteral("syncReminder"));
    m_syncReminder->setWordWrap(true);
    m_syncReminder->setTextFormat(Qt::RichText);
    m_syncReminder->setStyleSheet(QStringLiteral("QLabel#syncReminder { background: #fff4ce; color: #6b4e00; "
                                                 "border: 1px solid #e8d48a; border-radius: 4px; padding: 6px 10px; }"));
    m_syncReminder->setVisible(false);
    connect(m_syncReminder, &QLabel::linkActivated, this, [this] {
        for (std::size_t i = 0; i < m_pages.size(); ++i)
            if (m_pages[i]->objectName() == QLatin1String("page_sync"))
                showPage(static_cast<int>(i));
    });
    rightLayout->addWidget(m_syncReminder);
    m_pageTitle = headingLabel({}, right);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_pageSubtitle = noteLabel({}, right);
    m_pageSubtitle->setObjectName(QStringLiteral("pageSubtitle"));
    rightLayout->addWidget(m_pageTitle);
    rightLayout->addWidget(m_pageSubtitle);
    auto* rule = new QFrame(right);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    rightLayout->addWidget(rule);
    m_pageStack = new QStackedWidget(right);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    rightLayout->addWidget(m_pageStack, 1);
    work->addWidget(right, 1);
    m_modes->addWidget(m_workArea);

    m_lockScreen = new LockScreen(session.workspace, session.actor, m_modes);
    m_modes->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);

    auto* user = new QLabel(tr("Signed in: %1 (%2), %3")
                                .arg(session.actor.name, session.actor.login, core::Roles::label(session.actor.role)),
                            this);
    user->setObjectName(QStringLiteral("statusUser"));
    user->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(user);
    auto* database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(session.workspace.db().path())), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    database->setContentsMargins(8, 0, 8, 0);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(database);

    buildMenus();
    buildPages(pages);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    auto policy = core::UserService(session.workspace).policy();
    const int minutes = policy ? policy->idleLockMinutes : core::AuthPolicy{}.idleLockMinutes;
    setIdleTimeout(std::chrono::minutes(minutes));

    if (const QByteArray geometry = settings.windowGeometry(); geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 800);

    auto* reminder = new QTimer(this);
    reminder->setInterval(std::chrono::minutes(10));
    connect(reminder, &QTimer::timeout, this, &MainWindow::refreshSyncReminder);
    reminder->start();
    refreshSyncReminder();
}

void MainWindow::refreshSyncReminder()
{
    const bool onSyncPage = m_shown && m_shown->objectName() == QLatin1String("page_sync");
    if (onSyncPage || !findPage(QStringLiteral("sync"))) {
        m_syncReminder->setVisible(false);
        return;
    }
    auto days = core::SyncService(m_session.workspace).daysSinceLastExport(m_session.actor);
    const bool overdue = days && *days && **days > m_settings.syncReminderDays();
    if (overdue)
        m_syncReminder->setText(
            tr("Work done on this computer has not been exported for %n day(s). <a href=\"sync\">Export it now</a>",
               "", static_cast<int>(**days)));
    m_syncReminder->setVisible(overdue);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* signOut = file->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* aboutAction = help->addAction(tr("&About Hukou Desk"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildPages(const PageRegistry& registry)
{
    for (const PageSpec& spec : registry.visibleTo(m_session.actor)) {
        std::unique_ptr<Page> made = spec.create(m_session);
        if (!made)
            continue;
        Page* p = made.release();
        p->setObjectName(QStringLiteral("page_") + spec.id);
        m_pageStack->addWidget(p);
        m_pages.push_back(p);
        connect(p, &Page::openPersonRequested, this, [this](const QString& citizenId) {
            for (std::size_t i = 0; i < m_pages.size(); ++i)
                if (m_pages[i]->showPersonByCitizenId(citizenId)) {
                    showPage(static_cast<int>(i));
                    return;
                }
        });
        auto* item = new QListWidgetItem(p->title(), m_navigation);
        item->setData(Qt::UserRole, spec.id);
        const int n = pageCount();
        if (n <= 9) {
            auto* go = new QAction(p->title(), this);
            go->setObjectName(QStringLiteral("actionPage%1").arg(n));
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
            item->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
            connect(go, &QAction::triggered, this, [this, n] { showPage(n - 1); });
            addAction(go);
            m_pageActions.push_back(go);
        }
    }
    if (m_pages.empty()) {
        auto* none = noteLabel(tr("This version of Hukou Desk has no pages for the role %1 yet. Your administrator "
                                  "can tell you when they are available.")
                                   .arg(core::Roles::label(m_session.actor.role)),
                               m_pageStack);
        none->setObjectName(QStringLiteral("noPagesLabel"));
        none->setAlignment(Qt::AlignCenter);
        m_pageStack->addWidget(none);
        m_pageTitle->setText(tr("Welcome, %1").arg(m_session.actor.name));
        m_pageSubtitle->setVisible(false);
        m_navigation->setVisible(false);
        return;
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    showPage(0);
}

Page* MainWindow::page(int index) const
{
    return index >= 0 && index < pageCount() ? m_pages[static_cast<std::size_t>(index)] : nullptr;
}

Page* MainWindow::findPage(const QString& id) const
{
    for (Page* p : m_pages)
        if (p->objectName() == QStringLiteral("page_") + id)
            return p;
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return m_shown;
}

void MainWindow::showPage(int index)
{
    Page* p = page(index);
    if (!p || m_locked || p == m_shown)
        return;
    if (m_navigation->currentRow() != index) {
        m_navigation->setCurrentRow(index); // comes back here through currentRowChanged
        return;
    }
    m_shown = p;
    m_pageStack->setCurrentWidget(p);
    m_pageTitle->setText(p->title());
    m_pageSubtitle->setText(p->subtitle());
    m_pageSubtitle->setVisible(!p->subtitle().isEmpty());
    p->activate();
    refreshSyncReminder();
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    // Nothing personal stays on screen: dialogs opened from the pages close unanswered.
    for (QDialog* d : findChildren<QDialog*>())
        if (d->isVisible())
            d->reject();
    m_modes->setCurrentWidget(m_lockScreen);
    m_lockAction->setEnabled(false);
    for (QAction* a : m_pageActions)
        a->setEnabled(false);
    m_lockScreen->reset();
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_modes->setCurrentWidget(m_workArea);
    m_lockAction->setEnabled(true);
    for (QAction* a : m_pageActions)
        a->setEnabled(true);
    if (Page* p = currentPage())
        p->activate();
    m_idle->start();
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
    if (!m_locked)
        m_idle->start();
}

std::chrono::milliseconds MainWindow::idleTimeout() const
{
    return m_idle->timeout();
}

void MainWindow::about()
{
    m_session.prompts.about(
        this, tr("About Hukou Desk"),
        tr("<h3>Hukou Desk %1</h3><p>Household registration case management for district offices: register, "
           "conversion, collective households, points-based settlement and audit.</p><p>Database: %2</p>"
           "<p>Built with Qt %3 and SQLite.</p>")
            .arg(QStringLiteral(HUKOU_VERSION),
                 QDir::toNativeSeparators(m_session.workspace.db().path()).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    event->accept();
    emit closed();
}

} // namespace hukou::ui
