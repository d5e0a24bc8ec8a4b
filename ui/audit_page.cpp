#include "audit_page.h"

#include "core/storage/database.h"
#include "core/workspace.h"
#include "error_text.h"
#include "journal_table_model.h"
#include "labels.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

// Runs on the worker thread: a connection of its own, read-only.
core::Result<core::JournalVerification> verifyAt(const QString& path, const core::Clock& clock, const QString& device)
{
    auto db = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    const core::Journal journal(*db, clock, device);
    return journal.verify();
}

QString prettyJson(const QString& compact)
{
    if (compact.isEmpty())
        return QStringLiteral("—");
    const QJsonDocument doc = QJsonDocument::fromJson(compact.toUtf8());
    return doc.isNull() ? compact : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

AuditPage::AuditPage(const Session& session, QWidget* parent) : Page(parent), m_session(session)
{
    setObjectName(QStringLiteral("page_audit"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setToolTip(tr("Recompute the hash chain of the whole journal and report the first altered entry"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setVisible(false);
    bar->addWidget(refresh);
    bar->addWidget(m_verify);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_verifyResult);

    m_message = errorLabel(QStringLiteral("auditMessage"), this);
    layout->addWidget(m_message);

    m_model = new JournalTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_model); // after the row header's mode: see RegistryPage
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnWidth(JournalTableModel::Seq, 70);
    m_table->setColumnWidth(JournalTableModel::Time, 160);
    m_table->setColumnWidth(JournalTableModel::User, 120);
    m_table->setColumnWidth(JournalTableModel::Action, 170);
    m_table->setColumnWidth(JournalTableModel::Entity, 100);
    m_table->setColumnWidth(JournalTableModel::Version, 70);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("entryDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see what it changed."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(mono);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* bottom = new QHBoxLayout;
    m_loadOlder = new QPushButton(tr("Load older entries"), this);
    m_loadOlder->setObjectName(QStringLiteral("loadOlderButton"));
    bottom->addWidget(m_loadOlder);
    bottom->addStretch();
    layout->addLayout(bottom);

    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_loadOlder, &QPushButton::clicked, this, &AuditPage::loadOlder);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);

    reload();
}

AuditPage::~AuditPage()
{
    if (m_verifyThread)
        m_verifyThread->wait();
}

QString AuditPage::title() const
{
    return tr("Audit");
}

QString AuditPage::subtitle() const
{
    return tr("Every change, sign-in and export, newest first. The journal is append-only and hash-chained.");
}

void AuditPage::activate()
{
    reload();
}

bool AuditPage::allowed()
{
    if (auto r = core::Roles::require(m_session.actor, core::Permission::ReadAudit); !r) {
        setMessage(m_message, errorText(r.error()));
        m_model->setEntries({});
        m_loadOlder->setEnabled(false);
        m_verify->setEnabled(false);
        return false;
    }
    return true;
}

void AuditPage::reload()
{
    if (!allowed())
        return;
    auto entries = m_session.workspace.journal().recent(PageSize);
    if (!entries) {
        setMessage(m_message, errorText(entries.error()));
        return;
    }
    setMessage(m_message, {});
    const bool full = static_cast<int>(entries->size()) == PageSize;
    m_model->setEntries(std::move(*entries));
    m_loadOlder->setEnabled(full);
    m_details->clear();
}

void AuditPage::loadOlder()
{
    if (!allowed())
        return;
    auto entries = m_session.workspace.journal().recent(PageSize, m_model->oldestSeq());
    if (!entries) {
        setMessage(m_message, errorText(entries.error()));
        return;
    }
    m_loadOlder->setEnabled(static_cast<int>(entries->size()) == PageSize);
    m_model->appendEntries(std::move(*entries));
}

void AuditPage::showDetails()
{
    const core::JournalEntry* e = m_model->entryAt(m_table->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    QString text;
    text += tr("Entry %1, %2, by %3 on device %4")
                .arg(QString::number(e->seq), e->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     e->user, e->device);
    text += QLatin1Char('\n');
    text += tr("%1 of %2 %3 (version %4)").arg(e->action, e->entity, e->recordId, QString::number(e->version));
    text += QLatin1Char('\n');
    if (!e->reason.isEmpty())
        text += tr("Reason: %1").arg(e->reason) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Before:") + QLatin1Char('\n') + prettyJson(e->before) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("After:") + QLatin1Char('\n') + prettyJson(e->after) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Hash: %1").arg(e->hash);
    m_details->setPlainText(text);
}

void AuditPage::verifyChain()
{
    if (m_verifyThread || !allowed())
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setStyleSheet({});
    setMessage(m_verifyResult, tr("Verifying the journal chain…"));
    auto outcome = std::make_shared<core::Result<core::JournalVerification>>();
    const QString path = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const QString device = m_session.workspace.deviceId();
    m_verifyThread.reset(
        QThread::create([outcome, path, clock, device] { *outcome = verifyAt(path, *clock, device); }));
    m_verifyThread->setObjectName(QStringLiteral("journalVerify"));
    connect(m_verifyThread.get(), &QThread::finished, this, [this, outcome] {
        m_verifyThread->wait();
        m_verifyThread.reset();
        m_verify->setEnabled(true);
        if (!*outcome) {
            m_verifyResult->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_verifyResult->setText(tr("The check could not run: %1").arg(errorText(outcome->error())));
        } else if ((*outcome)->ok()) {
            m_verifyResult->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
            m_verifyResult->setText(
                tr("The journal chain is intact: %n entries verified.", "", static_cast<int>((*outcome)->entries)));
        } else {
            m_verifyResult->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
            m_verifyResult->setText(tr("The journal chain is broken at entry %1. %2")
                                        .arg(QString::number(*(*outcome)->firstBadSeq), sentence((*outcome)->problem)));
        }
    });
    m_verifyThread->start();
}

} // namespace hukou::ui
