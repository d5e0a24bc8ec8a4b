#pragma once

#include "core/sync/sync_service.h"
#include "ui/page.h"
#include "ui/session.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThread;

namespace hukou::ui {

class ConflictView;

// Offline field work: this installation's identity (device ID and key fingerprint, to be trusted
// by its peers), the exchange of sync bundles (export for a peer, import with a preview first, a
// shared sync folder), the trusted peers (administrators) and the conflicts bundles brought
// (supervisors and administrators). Exports and imports run on a worker thread with a connection
// of its own (progress bar, Cancel: nothing is written); the core checks every permission again.
// Object names: page_sync, overdueBanner, identityBox, deviceIdLabel, fingerprintLabel, publicKeyLabel,
// copyKeyButton, exchangeBox, exportButton, importButton, syncFolderEdit,
// chooseSyncFolderButton, syncNowButton, jobRow (unsentLabel, or syncProgress and cancelSyncButton while
// a job runs), syncStatus, syncTabs,
// peersTab, peersTable, trustPeerButton, revokePeerButton, conflictsTab, conflictsTable, conflictView
// (see ConflictView).
class SyncPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)
public:
    // Work not exported for longer than this many days raises the banner.
    static constexpr qint64 OverdueDays = 3;
    enum PeerColumn {
        PeerName,
        PeerDevice,
        PeerFingerprint,
        PeerTrusted,
        PeerSent,
        PeerReceived,
        PeerRevoked,
        PeerColumnCount
    };
    enum ConflictColumn {
        ConflictRecord,
        ConflictKind,
        ConflictFrom,
        ConflictWhen,
        ConflictReason,
        ConflictColumnCount
    };

    explicit SyncPage(const Session& session, QWidget* parent = nullptr);
    ~SyncPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    // Reads identity, peers, conflicts and the export reminder again.
    void reload();

    void exportForPeer();
    void importBundle();
    void syncNow();
    void cancelJob();
    void chooseSyncFolder();
    [[nodiscard]] QString syncFolder() const;
    void setSyncFolder(const QString& folder);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // The export reminder and the count of unsent changes are worked out on a thread of their own
    // (both read the journal since the last export, which takes seconds on a large register).
    [[nodiscard]] bool isCheckingReminders() const { return m_reminderThread != nullptr; }

    void trustPeer();
    void revokePeer();
    void resolveConflict();

    [[nodiscard]] const std::vector<core::SyncPeer>& peers() const { return m_peers; }
    [[nodiscard]] const std::vector<core::SyncConflict>& conflicts() const { return m_conflicts; }
    [[nodiscard]] ConflictView* conflictView() const { return m_conflictView; }
    // Selects the conflict with this id in the list (and shows it); false when it is not open.
    bool selectConflict(qint64 id);

private:
    template <typename T>
    using Work = std::function<core::Result<T>(const core::SyncService&, const core::SyncService::Progress&,
                                               const std::atomic<bool>*)>;
    // Runs `work` on a worker thread with a workspace of its own; `done` gets the outcome on this thread.
    template <typename T>
    void run(const QString& busyText, bool cancellable, Work<T> work, std::function<void(const core::Result<T>&)> done);
    void jobFinished();

    void reloadIdentity();
    void reloadPeers();
    void reloadConflicts();
    struct Reminders;
    void reloadReminders();
    void showReminders(const Reminders& r);
    void showSelectedConflict();
    void updateButtons();
    void report(const QString& text, bool failure = false);
    void importPreviewed(const QString& file, const core::SyncImport& preview);

    [[nodiscard]] bool canManagePeers() const;
    [[nodiscard]] bool canResolve() const;
    [[nodiscard]] const core::SyncPeer* selectedPeer() const;
    // The name of the trusted peer with this device ID, or the device ID.
    [[nodiscard]] QString peerName(const QString& deviceId) const;

    Session m_session;
    core::SyncService m_sync;
    core::DeviceIdentity m_identity;
    std::vector<core::SyncPeer> m_peers;
    std::vector<core::SyncConflict> m_conflicts;
    std::unique_ptr<QThread> m_thread;
    std::function<void()> m_finish; // the running job's completion, on this thread
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_reminderThread;
    bool m_remindersAgain = false; // asked for again while the last check ran
    QString m_lastFolder;          // where the last bundle was saved or opened

    QLabel* m_banner = nullptr;
    QLabel* m_deviceId = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_publicKey = nullptr;
    QPushButton* m_copyKey = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QStackedWidget* m_jobRow = nullptr; // what waits to be sent, or the running job's progress
    QLabel* m_unsent = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QPushButton* m_syncNow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_peersTab = nullptr;
    QTableWidget* m_peersTable = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_revoke = nullptr;
    QWidget* m_conflictsTab = nullptr;
    QTableWidget* m_conflictsTable = nullptr;
    ConflictView* m_conflictView = nullptr;
};

} // namespace hukou::ui
