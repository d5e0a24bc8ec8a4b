#include "sync_page.h"

#include "conflict_view.h"
#include "core/clock.h"
#include "core/workspace.h"
#include "sync_labels.h"
#include "trust_peer_dialog.h"
#include "ui/error_text.h"
#include "ui/labels.h"
#include "ui/prompts.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace hukou::ui {

namespace {

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString timeText(const std::optional<QDateTime>& at)
{
    return at ? timeText(*at) : QString();
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A peer's name as part of a file name: the characters file systems refuse become '-'.
QString fileNamePart(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed())
        out += c.isSpace() || QStringLiteral("/\\:*?\"<>|").contains(c) ? QLatin1Char('-') : c;
    return out.isEmpty() ? QStringLiteral("peer") : out;
}

QTableWidget* listTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(tip.isEmpty() ? text : tip);
    return i;
}

QTableWidgetItem* number(qint64 n)
{
    auto* i = new QTableWidgetItem(QString::number(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

// "12 records applied, 1 conflict held for a supervisor, 3 already here" (only the parts that are not zero).
QString importCounts(const core::SyncImport& r)
{
    QStringList parts;
    parts << SyncPage::tr("%n record(s) applied", "", static_cast<int>(r.applied));
    if (r.conflicts > 0)
        parts << SyncPage::tr("%n conflict(s) held for a supervisor", "", static_cast<int>(r.conflicts));
    if (r.skipped > 0)
        parts << SyncPage::tr("%n already here", "", static_cast<int>(r.skipped));
    return parts.join(SyncPage::tr(", "));
}

QString bundleName(const core::SyncImport& r)
{
    const QString from = r.peer.isEmpty() ? SyncPage::tr("an unnamed peer") : r.peer;
    return r.bundleNo > 0 ? SyncPage::tr("bundle no. %1 from %2").arg(r.bundleNo).arg(from)
                          : SyncPage::tr("the reference bundle from %1").arg(from);
}

} // namespace

SyncPage::SyncPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_sync(session.workspace)
{
    setObjectName(QStringLiteral("page_sync"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("overdueBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel#overdueBanner { background: #fff4ce; color: #6b4e00; "
                                           "border: 1px solid #e0c36a; border-radius: 4px; padding: 7px 10px; "
                                           "font-weight: bold; }"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    // This installation, as its peers must know it.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto* identityBox = new QGroupBox(tr("This installation"), this);
    identityBox->setObjectName(QStringLiteral("identityBox"));
    auto* identity = new QGridLayout(identityBox);
    identity->setColumnStretch(1, 1);
    identity->setVerticalSpacing(4);
    m_deviceId = new QLabel(identityBox);
    m_deviceId->setObjectName(QStringLiteral("deviceIdLabel"));
    QFont deviceFont = mono;
    deviceFont.setPointSizeF(mono.pointSizeF() * 1.15);
    m_deviceId->setFont(deviceFont);
    m_deviceId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel(identityBox);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    QFont big = mono;
    big.setPointSizeF(mono.pointSizeF() * 1.7);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_fingerprint->setStyleSheet(QStringLiteral("color: #0b3d91;"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publicKey = new QLabel(identityBox);
    m_publicKey->setObjectName(QStringLiteral("publicKeyLabel"));
    m_publicKey->setFont(mono);
    m_publicKey->setStyleSheet(QStringLiteral("color: #555555;"));
    m_publicKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyKey = new QPushButton(tr("&Copy key"), identityBox);
    m_copyKey->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyKey->setToolTip(tr("Copy this installation's full key, to send it with the device ID to the "
                             "administrator of a peer"));
    identity->addWidget(new QLabel(tr("Device ID:"), identityBox), 0, 0);
    identity->addWidget(m_deviceId, 0, 1, 1, 2);
    identity->addWidget(new QLabel(tr("Fingerprint:"), identityBox), 1, 0);
    identity->addWidget(m_fingerprint, 1, 1);
    identity->addWidget(m_copyKey, 1, 2);
    identity->addWidget(new QLabel(tr("Key:"), identityBox), 2, 0);
    identity->addWidget(m_publicKey, 2, 1, 1, 2);

    // Exchange: export, import, the sync folder.
    auto* exchangeBox = new QGroupBox(tr("Exchange"), this);
    exchangeBox->setObjectName(QStringLiteral("exchangeBox"));
    auto* exchange = new QVBoxLayout(exchangeBox);
    exchange->setSpacing(6);
    auto* bundleRow = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export for…"), exchangeBox);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the changes a trusted peer has not received yet into a bundle file for it"));
    m_import = new QPushButton(tr("&Import bundle…"), exchangeBox);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Check a bundle from a trusted peer, see what it would change, then import it"));
    bundleRow->addWidget(m_export);
    bundleRow->addWidget(m_import);
    bundleRow->addStretch(1);
    exchange->addLayout(bundleRow);
    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("Sync &folder:"), exchangeBox);
    m_folder = new QLineEdit(exchangeBox);
    m_folder->setObjectName(QStringLiteral("syncFolderEdit"));
    m_folder->setPlaceholderText(tr("A shared folder or USB stick"));
    folderLabel->setBuddy(m_folder);
    m_chooseFolder = new QPushButton(tr("C&hoose…"), exchangeBox);
    m_chooseFolder->setObjectName(QStringLiteral("chooseSyncFolderButton"));
    m_syncNow = new QPushButton(tr("&Sync now"), exchangeBox);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("Export for every trusted peer into the folder and import what waits there for "
                             "this installation"));
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    folderRow->addWidget(m_syncNow);
    exchange->addLayout(folderRow);
    // The last row says what waits to be sent, or shows the running job's progress.
    m_jobRow = new QStackedWidget(exchangeBox);
    m_jobRow->setObjectName(QStringLiteral("jobRow"));
    m_unsent = new QLabel(m_jobRow);
    m_unsent->setObjectName(QStringLiteral("unsentLabel"));
    m_unsent->setStyleSheet(QStringLiteral("color: #555555;"));
    m_jobRow->addWidget(m_unsent);
    auto* running = new QWidget(m_jobRow);
    auto* progressRow = new QHBoxLayout(running);
    progressRow->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(running);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), running);
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    m_jobRow->addWidget(running);
    m_jobRow->setFixedHeight(m_cancelButton->sizeHint().height());
    exchange->addWidget(m_jobRow);

    auto* top = new QHBoxLayout;
    top->addWidget(identityBox, 2);
    top->addWidget(exchangeBox, 3);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    // What only some roles use: peers (administrators), conflicts (supervisors and administrators).
    if (canManagePeers() || canResolve()) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("syncTabs"));
        layout->addWidget(m_tabs, 1);
    } else {
        layout->addStretch(1);
    }
    if (canResolve()) {
        m_conflictsTab = new QWidget(m_tabs);
        m_conflictsTab->setObjectName(QStringLiteral("conflictsTab"));
        auto* conflicts = new QVBoxLayout(m_conflictsTab);
        conflicts->setContentsMargins(6, 6, 6, 6);
        auto* split = new QSplitter(Qt::Horizontal, m_conflictsTab);
        split->setObjectName(QStringLiteral("conflictsSplitter"));
        split->setChildrenCollapsible(false);
        m_conflictsTable = listTable(QStringLiteral("conflictsTable"),
                                     {tr("Record"), tr("Kind"), tr("From"), tr("When"), tr("Reason")}, split);
        m_conflictsTable->setColumnWidth(ConflictRecord, 150);
        m_conflictsTable->setColumnWidth(ConflictKind, 56);
        m_conflictsTable->setColumnWidth(ConflictFrom, 100);
        m_conflictsTable->setColumnWidth(ConflictWhen, 112);
        // The reason is cut rather than scrolled to: the view beside the list shows it whole.
        m_conflictsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_conflictView = new ConflictView(split);
        split->addWidget(m_conflictsTable);
        split->addWidget(m_conflictView);
        split->setStretchFactor(0, 4);
        split->setStretchFactor(1, 5);
        split->setSizes({480, 600});
        conflicts->addWidget(split);
        m_tabs->addTab(m_conflictsTab, tr("Conflicts"));
        connect(m_conflictsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SyncPage::showSelectedConflict);
        connect(m_conflictView, &ConflictView::resolveRequested, this, &SyncPage::resolveConflict);
    }
    if (canManagePeers()) {
        m_peersTab = new QWidget(m_tabs);
        m_peersTab->setObjectName(QStringLiteral("peersTab"));
        auto* peers = new QVBoxLayout(m_peersTab);
        peers->setContentsMargins(6, 6, 6, 6);
        auto* bar = new QHBoxLayout;
        m_trust = new QPushButton(tr("&Trust a peer…"), m_peersTab);
        m_trust->setObjectName(QStringLiteral("trustPeerButton"));
        m_revoke = new QPushButton(tr("&Revoke"), m_peersTab);
        m_revoke->setObjectName(QStringLiteral("revokePeerButton"));
        m_revoke->setToolTip(tr("Refuse the selected peer's bundles from now on and export nothing more for it"));
        bar->addWidget(m_trust);
        bar->addWidget(m_revoke);
        bar->addStretch();
        peers->addLayout(bar);
        m_peersTable = listTable(
            QStringLiteral("peersTable"),
            {tr("Name"), tr("Device"), tr("Fingerprint"), tr("Trusted"), tr("Sent"), tr("Received"), tr("Revoked")},
            m_peersTab);
        m_peersTable->setColumnWidth(PeerName, 150);
        m_peersTable->setColumnWidth(PeerDevice, 290);
        m_peersTable->setColumnWidth(PeerFingerprint, 170);
        m_peersTable->setColumnWidth(PeerTrusted, 190);
        m_peersTable->setColumnWidth(PeerSent, 64);
        m_peersTable->setColumnWidth(PeerReceived, 64);
        peers->addWidget(m_peersTable, 1);
        m_tabs->addTab(m_peersTab, tr("Trusted peers"));
        connect(m_trust, &QPushButton::clicked, this, &SyncPage::trustPeer);
        connect(m_revoke, &QPushButton::clicked, this, &SyncPage::revokePeer);
        connect(m_peersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);
    }

    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        if (m_identity.publicKey.isEmpty())
            return;
        QApplication::clipboard()->setText(m_identity.publicKey);
        report(tr("The key is on the clipboard. Send it with the device ID %1 to the administrator of the peer, "
                  "and compare the fingerprint %2 by phone.")
                   .arg(m_identity.deviceId, m_identity.fingerprint));
    });
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportForPeer);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importBundle);
    connect(m_chooseFolder, &QPushButton::clicked, this, &SyncPage::chooseSyncFolder);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPage::cancelJob);
    connect(m_folder, &QLineEdit::textChanged, this, &SyncPage::updateButtons);

    reload();
}

SyncPage::~SyncPage()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
    if (m_reminderThread)
        m_reminderThread->wait();
}

QString SyncPage::title() const
{
    return tr("Sync");
}

QString SyncPage::subtitle() const
{
    return tr("Offline field work: exchange signed bundles with the office and field laptops, and settle what "
              "both sides changed.");
}

void SyncPage::activate()
{
    if (!isRunning())
        reload();
}

bool SyncPage::canManagePeers() const
{
    return core::Roles::allows(m_session.actor.role, core::Permission::ManagePeers);
}

bool SyncPage::canResolve() const
{
    return core::Roles::allows(m_session.actor.role, core::Permission::ResolveConflicts);
}

void SyncPage::report(const QString& text, bool failure)
{
    setMessage(m_status, text, failure ? Tone::Failure : Tone::Success);
}

void SyncPage::reload()
{
    reloadIdentity();
    reloadPeers();
    reloadConflicts();
    reloadReminders();
    updateButtons();
}

void SyncPage::reloadIdentity()
{
    auto identity = m_sync.identity();
    if (!identity) {
        m_identity = {};
        m_deviceId->setText(QStringLiteral("—"));
        m_fingerprint->setText(QStringLiteral("—"));
        m_publicKey->clear();
        report(tr("The identity of this installation cannot be read: %1").arg(errorText(identity.error())), true);
        return;
    }
    m_identity = *identity;
    m_deviceId->setText(m_identity.deviceId);
    m_fingerprint->setText(m_identity.fingerprint);
    m_publicKey->setText(m_identity.publicKey);
    m_publicKey->setToolTip(m_identity.publicKey);
}

void SyncPage::reloadPeers()
{
    const QString keep = selectedPeer() ? selectedPeer()->name : QString();
    auto peers = m_sync.peers(m_session.actor);
    if (!peers) {
        m_peers.clear();
        report(tr("The peers cannot be read: %1").arg(errorText(peers.error())), true);
    } else {
        m_peers = std::move(*peers);
    }
    if (!m_peersTable)
        return;
    const QSignalBlocker block(m_peersTable->selectionModel());
    m_peersTable->setRowCount(static_cast<int>(m_peers.size()));
    int select = -1;
    for (int row = 0; row < static_cast<int>(m_peers.size()); ++row) {
        const core::SyncPeer& p = m_peers[static_cast<std::size_t>(row)];
        QString exchanged;
        if (p.lastExportAt)
            exchanged += tr("Last exported for it: %1").arg(timeText(p.lastExportAt));
        if (p.lastImportAt)
            exchanged += (exchanged.isEmpty() ? QString() : QStringLiteral("\n")) +
                         tr("Last imported from it: %1").arg(timeText(p.lastImportAt));
        m_peersTable->setItem(row, PeerName, item(p.name, exchanged.isEmpty() ? p.name : exchanged));
        m_peersTable->setItem(row, PeerDevice, item(p.deviceId));
        m_peersTable->item(row, PeerDevice)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_peersTable->setItem(row, PeerFingerprint, item(p.fingerprint, p.publicKey));
        m_peersTable->setItem(row, PeerTrusted, item(tr("%1 by %2").arg(timeText(p.trustedAt), p.trustedBy)));
        m_peersTable->setItem(row, PeerSent, number(p.bundlesSent));
        m_peersTable->setItem(row, PeerReceived, number(p.bundlesReceived));
        m_peersTable->setItem(row, PeerRevoked, item(p.revoked() ? timeText(p.revokedAt) : QString()));
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_peersTable->item(row, PeerFingerprint)->setFont(mono);
        if (p.revoked())
            for (int c = 0; c < PeerColumnCount; ++c)
                m_peersTable->item(row, c)->setForeground(QColor(0x88, 0x88, 0x88));
        if (p.name == keep)
            select = row;
    }
    if (select >= 0)
        m_peersTable->selectRow(select);
    else
        m_peersTable->clearSelection();
}

void SyncPage::reloadConflicts()
{
    if (!m_conflictsTable)
        return;
    const std::optional<core::SyncConflict>& shown = m_conflictView->conflict();
    const qint64 keep = shown ? shown->id : 0;
    auto conflicts = m_sync.conflicts(m_session.actor, true);
    if (!conflicts) {
        m_conflicts.clear();
        report(tr("The conflicts cannot be read: %1").arg(errorText(conflicts.error())), true);
    } else {
        m_conflicts = std::move(*conflicts);
    }
    {
        const QSignalBlocker block(m_conflictsTable->selectionModel());
        m_conflictsTable->clearSelection();
        m_conflictsTable->setRowCount(static_cast<int>(m_conflicts.size()));
        for (int row = 0; row < static_cast<int>(m_conflicts.size()); ++row) {
            const core::SyncConflict& c = m_conflicts[static_cast<std::size_t>(row)];
            const QString device = peerName(c.remoteDevice);
            const QString from = c.remoteUser.isEmpty() ? device : tr("%1 / %2").arg(device, c.remoteUser);
            auto* label = item(c.label.isEmpty() ? c.key : c.label);
            label->setData(Qt::UserRole, c.id);
            m_conflictsTable->setItem(row, ConflictRecord, label);
            m_conflictsTable->setItem(row, ConflictKind, item(SyncLabels::kind(c.kind)));
            m_conflictsTable->setItem(row, ConflictReason, item(c.reason));
            m_conflictsTable->setItem(row, ConflictFrom, item(from, tr("Device %1").arg(c.remoteDevice)));
            m_conflictsTable->setItem(row, ConflictWhen, item(timeText(c.remoteAt)));
            if (c.id == keep)
                m_conflictsTable->selectRow(row);
        }
    }
    m_tabs->setTabText(m_tabs->indexOf(m_conflictsTab),
                       m_conflicts.empty() ? tr("Conflicts")
                                           : tr("Conflicts (%1)").arg(static_cast<qint64>(m_conflicts.size())));
    showSelectedConflict();
}

struct SyncPage::Reminders
{
    core::Result<qint64> unsent;
    core::Result<std::optional<qint64>> days;
};

void SyncPage::reloadReminders()
{
    if (m_reminderThread) {
        m_remindersAgain = true;
        return;
    }
    m_remindersAgain = false;
    if (m_unsent->text().isEmpty())
        m_unsent->setText(tr("Counting the changes not sent yet…"));
    auto outcome = std::make_shared<Reminders>();
    const QString dbPath = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const core::Actor actor = m_session.actor;
    m_reminderThread.reset(QThread::create([outcome, dbPath, clock, actor] {
        auto ws = core::Workspace::open(dbPath, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            outcome->unsent = std::unexpected(ws.error());
            outcome->days = std::unexpected(ws.error());
            return;
        }
        const core::SyncService sync(**ws);
        outcome->unsent = sync.unsentChanges(actor);
        outcome->days = sync.daysSinceLastExport(actor);
    }));
    m_reminderThread->setObjectName(QStringLiteral("syncReminders"));
    connect(m_reminderThread.get(), &QThread::finished, this, [this, outcome] {
        m_reminderThread->wait();
        m_reminderThread.reset();
        if (m_remindersAgain) { // something changed meanwhile: count again
            reloadReminders();
            return;
        }
        showReminders(*outcome);
    });
    m_reminderThread->start(QThread::LowPriority);
}

void SyncPage::showReminders(const Reminders& r)
{
    const auto& days = r.days;
    if (days && *days && **days > OverdueDays) {
        m_banner->setText(tr("Work on this laptop has not been exported for %n day(s).", "", static_cast<int>(**days)) +
                          QLatin1Char(' ') +
                          tr("Export it for the office (Export for…) or sync with the shared folder (Sync now)."));
        m_banner->setVisible(true);
    } else {
        m_banner->setVisible(false);
    }
    const auto& unsent = r.unsent;
    if (!unsent)
        m_unsent->setText({});
    else if (*unsent == 0)
        m_unsent->setText(tr("Every change made here has been sent."));
    else
        m_unsent->setText(tr("%n change(s) made here not sent to any peer yet.", "", static_cast<int>(*unsent)));
}

const core::SyncPeer* SyncPage::selectedPeer() const
{
    if (!m_peersTable)
        return nullptr;
    const QModelIndexList rows = m_peersTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<std::size_t>(rows.first().row());
    return row < m_peers.size() ? &m_peers[row] : nullptr;
}

void SyncPage::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running);
    m_import->setEnabled(!running);
    m_chooseFolder->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_syncNow->setEnabled(!running && !syncFolder().isEmpty());
    m_copyKey->setEnabled(!m_identity.publicKey.isEmpty());
    if (!running)
        m_cancelButton->setEnabled(false);
    if (m_trust) {
        const core::SyncPeer* p = selectedPeer();
        m_trust->setEnabled(!running);
        m_revoke->setEnabled(!running && p && !p->revoked());
    }
    if (m_conflictView)
        m_conflictView->setBusy(running);
}

QString SyncPage::syncFolder() const
{
    return m_folder->text().trimmed();
}

void SyncPage::setSyncFolder(const QString& folder)
{
    m_folder->setText(native(folder));
}

void SyncPage::chooseSyncFolder()
{
    const QString start = syncFolder().isEmpty() ? QDir::homePath() : syncFolder();
    const QString folder = m_session.prompts.chooseFolder(this, tr("Sync folder"), start);
    if (!folder.isEmpty())
        setSyncFolder(folder);
}

// ---- worker jobs ----

template <typename T>
void SyncPage::run(const QString& busyText, bool cancellable, Work<T> work,
                   std::function<void(const core::Result<T>&)> done)
{
    if (m_thread)
        return;
    m_cancel = false;
    auto outcome = std::make_shared<core::Result<T>>();
    const QString dbPath = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const std::atomic<bool>* cancel = &m_cancel;
    core::SyncService::Progress progress = [this](qint64 doneCount, qint64 total) {
        const int value = total > 0 ? static_cast<int>(std::min(doneCount, total) * 1000 / total) : 0;
        QMetaObject::invokeMethod(
            this,
            [this, value] {
                if (!isRunning())
                    return;
                m_progress->setRange(0, 1000);
                m_progress->setValue(value);
            },
            Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([outcome, dbPath, clock, cancel, progress, work = std::move(work)] {
        // A connection of its own: a Database belongs to the thread that opened it.
        auto ws = core::Workspace::open(dbPath, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            *outcome = std::unexpected(ws.error());
            return;
        }
        *outcome = work(core::SyncService(**ws), progress, cancel);
    }));
    m_thread->setObjectName(QStringLiteral("syncJob"));
    m_finish = [outcome, done = std::move(done)] { done(*outcome); };
    connect(m_thread.get(), &QThread::finished, this, &SyncPage::jobFinished);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_jobRow->setCurrentIndex(1);
    m_status->setStyleSheet({});
    setMessage(m_status, busyText);
    m_thread->start();
    updateButtons();
    m_cancelButton->setEnabled(cancellable);
}

void SyncPage::jobFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread.reset();
    const std::function<void()> finish = std::move(m_finish);
    m_finish = nullptr;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_jobRow->setCurrentIndex(0);
    reload();
    if (finish)
        finish(); // may start the next job (the import after its preview)
    updateButtons();
}

void SyncPage::cancelJob()
{
    if (!isRunning())
        return;
    m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_status->setStyleSheet({});
    setMessage(m_status, tr("Cancelling…"));
}

void SyncPage::exportForPeer()
{
    if (isRunning())
        return;
    reloadPeers();
    QStringList names;
    for (const core::SyncPeer& p : m_peers)
        if (!p.revoked())
            names << p.name;
    if (names.isEmpty()) {
        m_session.prompts.information(this, tr("Export for a peer"),
                                      tr("No peer is trusted yet. An administrator trusts the office or a field laptop "
                                         "on this page (Trusted peers), with the device ID and key it shows."));
        return;
    }
    const auto picked =
        m_session.prompts.choose(this, tr("Export for a peer"), tr("Export the changes not sent yet to:"), names, 0);
    if (!picked || *picked < 0 || *picked >= names.size())
        return;
    const QString peer = names[*picked];
    const QString date = m_session.workspace.clock().now().toLocalTime().date().toString(Qt::ISODate);
    const QString folder = m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder;
    const QString suggested = QDir(folder).filePath(QStringLiteral("hukou-%1-%2.hkb").arg(fileNamePart(peer), date));
    QString file =
        m_session.prompts.saveFile(this, tr("Export for %1").arg(peer), suggested, tr("Sync bundles (*.hkb)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".hkb");
    m_lastFolder = QFileInfo(file).absolutePath();
    const core::Actor actor = m_session.actor;
    run<core::SyncExport>(
        tr("Exporting for %1…").arg(peer), true,
        [actor, peer, file](const core::SyncService& sync, const core::SyncService::Progress& progress,
                            const std::atomic<bool>* cancel) {
            return sync.exportChanges(actor, peer, file, progress, cancel);
        },
        [this](const core::Result<core::SyncExport>& r) {
            if (!r) {
                report(r.error().code == core::ErrorCode::Cancelled
                           ? tr("Export cancelled: nothing was written.")
                           : tr("The export failed: %1 Nothing was written.").arg(errorText(r.error())),
                       true);
                return;
            }
            if (r->records == 0)
                report(tr("Bundle no. %1 for %2 holds no changes: %2 already has everything recorded here. Saved "
                          "as %3.")
                           .arg(r->bundleNo)
                           .arg(r->peer, native(r->file)));
            else
                report(tr("Exported bundle no. %1 for %2: %3. Saved as %4.")
                           .arg(r->bundleNo)
                           .arg(r->peer, SyncLabels::kindCounts(r->countsByKind), native(r->file)));
        });
}

void SyncPage::importBundle()
{
    if (isRunning())
        return;
    const QString file = m_session.prompts.openFile(this, tr("Import a sync bundle"), m_lastFolder,
                                                    tr("Sync bundles (*.hkb);;All files (*)"));
    if (file.isEmpty())
        return;
    m_lastFolder = QFileInfo(file).absolutePath();
    const core::Actor actor = m_session.actor;
    run<core::SyncImport>(
        tr("Checking %1…").arg(QFileInfo(file).fileName()), true,
        [actor, file](const core::SyncService& sync, const core::SyncService::Progress& progress,
                      const std::atomic<bool>* cancel) {
            return sync.importBundle(actor, file, true, progress, cancel);
        },
        [this, file](const core::Result<core::SyncImport>& r) {
            if (!r) {
                report(r.error().code == core::ErrorCode::Cancelled
                           ? tr("Check cancelled: nothing was imported.")
                           : tr("%1 cannot be imported: %2 Nothing changed.")
                                 .arg(QFileInfo(file).fileName(), errorText(r.error())),
                       true);
                return;
            }
            importPreviewed(file, *r);
        });
}

void SyncPage::importPreviewed(const QString& file, const core::SyncImport& preview)
{
    // A bundle that changes nothing is still imported (without asking): numbered bundles are taken in
    // order, so the next one from the same peer needs this one recorded.
    if (preview.applied > 0 || preview.conflicts > 0) {
        const QString none = tr("none");
        QStringList lines;
        lines << tr("%1 would bring:").arg(sentence(bundleName(preview)));
        lines << tr("New: %1").arg(SyncLabels::kindCounts(preview.newByKind, none));
        lines << tr("Changed: %1").arg(SyncLabels::kindCounts(preview.changedByKind, none));
        lines
            << tr("Conflicting (held for a supervisor): %1").arg(SyncLabels::kindCounts(preview.conflictsByKind, none));
        if (preview.skipped > 0)
            lines << tr("Already here: %n record(s)", "", static_cast<int>(preview.skipped));
        lines << tr("By district: %1").arg(SyncLabels::districtCounts(preview.byDistrict, none));
        lines << QString() << tr("Import it now? The records are applied together, or not at all.");
        if (!m_session.prompts.confirm(this, tr("Import sync bundle"), lines.join(QLatin1Char('\n')), tr("Import"))) {
            report(tr("Import cancelled: nothing changed."));
            return;
        }
    }
    const core::Actor actor = m_session.actor;
    run<core::SyncImport>(
        tr("Importing %1…").arg(QFileInfo(file).fileName()), true,
        [actor, file](const core::SyncService& sync, const core::SyncService::Progress& progress,
                      const std::atomic<bool>* cancel) {
            return sync.importBundle(actor, file, false, progress, cancel);
        },
        [this](const core::Result<core::SyncImport>& r) {
            if (!r) {
                report(r.error().code == core::ErrorCode::Cancelled
                           ? tr("Import cancelled: nothing changed.")
                           : tr("The import failed: %1 Nothing changed.").arg(errorText(r.error())),
                       true);
                return;
            }
            QString text = r->applied == 0 && r->conflicts == 0
                               ? tr("Imported %1: nothing new (%2).").arg(bundleName(*r), importCounts(*r))
                               : tr("Imported %1: %2.").arg(bundleName(*r), importCounts(*r));
            if (r->conflicts > 0)
                text += QLatin1Char(' ') + (canResolve() ? tr("The conflicts are listed under Conflicts below.")
                                                         : tr("A supervisor decides them at the office."));
            report(text);
        });
}

void SyncPage::syncNow()
{
    if (isRunning())
        return;
    if (syncFolder().isEmpty())
        chooseSyncFolder();
    const QString folder = QDir::fromNativeSeparators(syncFolder());
    if (folder.isEmpty())
        return;
    if (!QFileInfo(folder).isDir()) {
        report(tr("The sync folder %1 does not exist or is not a folder.").arg(native(folder)), true);
        return;
    }
    const core::Actor actor = m_session.actor;
    run<core::SyncFolderResult>(
        tr("Syncing with %1…").arg(native(folder)), false,
        [actor, folder](const core::SyncService& sync, const core::SyncService::Progress&, const std::atomic<bool>*) {
            return sync.syncFolder(actor, folder);
        },
        [this, folder](const core::Result<core::SyncFolderResult>& r) {
            if (!r) {
                report(tr("Sync with %1 failed: %2").arg(native(folder), errorText(r.error())), true);
                return;
            }
            QStringList parts;
            QMap<QString, qint64> sent;
            qint64 records = 0;
            for (const core::SyncExport& e : r->exported) {
                records += e.records;
                for (auto it = e.countsByKind.cbegin(); it != e.countsByKind.cend(); ++it)
                    sent[it.key()] += it.value();
            }
            if (!r->exported.empty())
                parts << (records > 0
                              ? tr("exported %n bundle(s) (%1)", "", static_cast<int>(r->exported.size()))
                                    .arg(SyncLabels::kindCounts(sent))
                              : tr("exported %n bundle(s) with no changes", "", static_cast<int>(r->exported.size())));
            if (!r->imported.empty()) {
                core::SyncImport total;
                for (const core::SyncImport& i : r->imported) {
                    total.applied += i.applied;
                    total.conflicts += i.conflicts;
                    total.skipped += i.skipped;
                }
                parts << tr("imported %n bundle(s) (%1)", "", static_cast<int>(r->imported.size()))
                             .arg(importCounts(total));
            }
            if (!r->refused.isEmpty())
                parts << tr("refused %n bundle(s)", "", static_cast<int>(r->refused.size()));
            QString text = parts.isEmpty() ? tr("Synced with %1: there was nothing to exchange.").arg(native(folder))
                                           : tr("Synced with %1: %2.").arg(native(folder), parts.join(tr(", ")));
            for (const QString& why : r->refused)
                text += QLatin1Char('\n') + tr("Refused: %1").arg(why);
            report(text, !r->refused.isEmpty());
        });
}

// ---- peers ----

void SyncPage::trustPeer()
{
    if (!m_trust || isRunning())
        return;
    auto* dialog = new TrustPeerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::SyncPeer peer = dialog->peer();
        reloadPeers();
        for (int row = 0; row < static_cast<int>(m_peers.size()); ++row)
            if (m_peers[static_cast<std::size_t>(row)].name == peer.name)
                m_peersTable->selectRow(row);
        updateButtons();
        report(tr("%1 (device %2, fingerprint %3) is now a trusted peer.")
                   .arg(peer.name, peer.deviceId, peer.fingerprint));
    });
    dialog->open();
}

void SyncPage::revokePeer()
{
    const core::SyncPeer* p = selectedPeer();
    if (!p || p->revoked() || isRunning())
        return;
    const core::SyncPeer peer = *p;
    if (!m_session.prompts.confirm(this, tr("Revoke peer"),
                                   tr("Revoke %1 (device %2)? Its bundles are refused from now on and nothing more "
                                      "is exported for it. A revoked device cannot be trusted again.")
                                       .arg(peer.name, peer.deviceId),
                                   tr("Revoke")))
        return;
    if (auto r = m_sync.revoke(m_session.actor, peer.name); !r) {
        m_session.prompts.error(this, tr("Cannot revoke the peer"), errorText(r.error()));
        return;
    }
    reloadPeers();
    updateButtons();
    report(tr("Revoked %1: its bundles are refused from now on.").arg(peer.name));
}

// ---- conflicts ----

bool SyncPage::selectConflict(qint64 id)
{
    if (!m_conflictsTable)
        return false;
    for (int row = 0; row < m_conflictsTable->rowCount(); ++row)
        if (m_conflictsTable->item(row, ConflictRecord)->data(Qt::UserRole).toLongLong() == id) {
            m_conflictsTable->selectRow(row);
            return true;
        }
    return false;
}

void SyncPage::showSelectedConflict()
{
    if (!m_conflictsTable)
        return;
    const QModelIndexList rows = m_conflictsTable->selectionModel()->selectedRows();
    std::optional<core::SyncConflict> selected;
    if (!rows.isEmpty() && static_cast<std::size_t>(rows.first().row()) < m_conflicts.size())
        selected = m_conflicts[static_cast<std::size_t>(rows.first().row())];
    const std::optional<core::SyncConflict>& shown = m_conflictView->conflict();
    // The same conflict stays as it is, with the choices made so far.
    if (selected && shown && selected->id == shown->id)
        return;
    if (!selected && !shown)
        return;
    m_conflictView->setConflict(selected, selected ? peerName(selected->remoteDevice) : QString());
}

QString SyncPage::peerName(const QString& deviceId) const
{
    for (const core::SyncPeer& p : m_peers)
        if (p.deviceId == deviceId)
            return p.name;
    return deviceId;
}

void SyncPage::resolveConflict()
{
    const std::optional<core::SyncConflict> c = m_conflictView->conflict();
    if (!c || isRunning())
        return;
    const ConflictView::Decision d = m_conflictView->decision();
    auto resolved = m_sync.resolve(m_session.actor, c->id, d.keep, d.fields, m_conflictView->reason());
    if (!resolved) {
        m_session.prompts.error(this, tr("Cannot resolve the conflict"), errorText(resolved.error()));
        return;
    }
    QString how;
    if (!d.fields.isEmpty())
        how = tr("kept the local version with %n field(s) of the remote one", "", static_cast<int>(d.fields.size()));
    else if (d.keep == core::SyncService::Keep::Remote)
        how = tr("kept the remote version");
    else
        how = tr("kept the local version");
    m_conflictView->clearReason();
    m_conflictView->setConflict(std::nullopt);
    reloadConflicts();
    reloadReminders();
    updateButtons();
    report(tr("Resolved the conflict on %1: %2. The decision travels with the next bundles.")
               .arg(c->label.isEmpty() ? c->key : c->label, how));
}

} // namespace hukou::ui
