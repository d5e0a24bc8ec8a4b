#include "import_dialog.h"

#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

QTableWidget* table(const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

// The beginning of the file, cut after its last complete line: enough for the preview.
QByteArray head(const QString& path, QString* problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = f.errorString();
        return {};
    }
    QByteArray bytes = f.read(256 * 1024);
    if (!f.atEnd()) {
        const qsizetype cut = bytes.lastIndexOf('\n');
        if (cut > 0)
            bytes.truncate(cut + 1);
    }
    return bytes;
}

} // namespace

ImportDialog::ImportDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import persons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("Import persons from a CSV file"), this));
    layout->addWidget(noteLabel(tr("The file needs the columns of the persons format (English or Chinese names). "
                                   "Valid rows are imported together; each bad row is listed with its line, column "
                                   "and reason. Cancel leaves the register unchanged."),
                                this));

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(tr("&Choose file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    m_previewError = errorLabel(QStringLiteral("previewError"), this);
    layout->addWidget(m_previewError);
    m_preview = table(QStringLiteral("previewTable"), this);
    m_preview->setMinimumHeight(160);
    layout->addWidget(m_preview, 2);

    m_acceptDuplicates = new QCheckBox(tr("Accept possible duplicates (same name and birth date under another "
                                          "citizen ID) after checking them"),
                                       this);
    m_acceptDuplicates->setObjectName(QStringLiteral("acceptDuplicatesCheck"));
    layout->addWidget(m_acceptDuplicates);

    auto* runRow = new QHBoxLayout;
    m_start = new QPushButton(tr("&Import"), this);
    m_start->setObjectName(QStringLiteral("startImportButton"));
    m_cancelButton = new QPushButton(tr("Cancel import"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    runRow->addWidget(m_start);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);
    layout->addLayout(runRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setVisible(false);
    layout->addWidget(m_result);
    m_rejects = table(QStringLiteral("rejectsTable"), this);
    m_rejects->setColumnCount(3);
    m_rejects->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->setColumnWidth(0, 60);
    m_rejects->setColumnWidth(1, 130);
    m_rejects->setMinimumHeight(120);
    layout->addWidget(m_rejects, 1);

    auto* bottom = new QHBoxLayout;
    m_saveRejects = new QPushButton(tr("&Save rejects…"), this);
    m_saveRejects->setObjectName(QStringLiteral("saveRejectsButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(m_saveRejects);
    bottom->addStretch();
    bottom->addWidget(m_close);
    layout->addLayout(bottom);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    resize(900, 640);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_choose->setEnabled(!running);
    m_start->setEnabled(!running && m_previewOk);
    m_cancelButton->setEnabled(running);
    m_acceptDuplicates->setEnabled(!running);
    m_saveRejects->setEnabled(!running && m_report && !m_report->rejected.empty());
}

void ImportDialog::chooseFile()
{
    const QString path = m_session.prompts.openFile(this, tr("Import persons"), QString(),
                                                    tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_result->setVisible(false);
    m_rejects->setRowCount(0);
    m_progress->setValue(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QString problem;
    const QByteArray bytes = head(path, &problem);
    auto rows = problem.isEmpty() ? core::PersonImporter::preview(bytes, QFileInfo(path).fileName(), PreviewRows)
                                  : core::Result<std::vector<QStringList>>(std::unexpected(core::Error{
                                        core::ErrorCode::Failed, problem, {}, 0}));
    m_previewOk = rows.has_value() && !rows->empty();
    if (!rows) {
        setMessage(m_previewError, errorText(rows.error()));
    } else if (!rows->empty()) {
        setMessage(m_previewError, {});
        const QStringList& header = rows->front();
        m_preview->setColumnCount(static_cast<int>(header.size()));
        m_preview->setHorizontalHeaderLabels(header);
        m_preview->setRowCount(static_cast<int>(rows->size()) - 1);
        for (std::size_t r = 1; r < rows->size(); ++r)
            for (int c = 0; c < (*rows)[r].size() && c < header.size(); ++c)
                m_preview->setItem(static_cast<int>(r) - 1, c, new QTableWidgetItem((*rows)[r][c]));
        m_preview->resizeColumnsToContents();
    }
    updateButtons();
}

void ImportDialog::startImport()
{
    if (isRunning() || !m_previewOk)
        return;
    m_cancel = false;
    m_report.reset();
    m_rejects->setRowCount(0);
    m_progress->setValue(0);
    m_result->setStyleSheet({});
    setMessage(m_result, tr("Importing…"));
    auto outcome = std::make_shared<core::Result<core::ImportReport>>();
    const QString dbPath = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const core::Actor actor = m_session.actor;
    const QString file = m_path;
    core::ImportOptions options;
    options.acceptPossibleDuplicates = m_acceptDuplicates->isChecked();
    options.cancel = &m_cancel;
    options.progress = [this](qint64 done, qint64 total) {
        const int value = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(this, [this, value] { m_progress->setValue(value); }, Qt::QueuedConnection);
    };
    m_thread.reset(QThread::create([outcome, dbPath, clock, actor, file, options] {
        // A connection of its own: the GUI thread keeps reading while the import writes.
        auto ws = core::Workspace::open(dbPath, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            *outcome = std::unexpected(ws.error());
            return;
        }
        *outcome = core::PersonImporter(**ws).importFile(actor, file, options);
    }));
    m_thread->setObjectName(QStringLiteral("personImport"));
    connect(m_thread.get(), &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        m_thread.reset();
        finished(*outcome);
    });
    m_thread->start();
    updateButtons();
}

void ImportDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_cancel = true;
    setMessage(m_result, tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ImportDialog::finished(const core::Result<core::ImportReport>& outcome)
{
    if (!outcome) {
        const bool cancelled = outcome.error().code == core::ErrorCode::Cancelled;
        m_progress->setValue(0);
        setMessage(m_result, cancelled ? tr("Import cancelled: nothing was imported.")
                                       : tr("The import failed: %1 Nothing was imported.")
                                             .arg(errorText(outcome.error())), Tone::Failure);
        updateButtons();
        return;
    }
    m_report = *outcome;
    const core::ImportReport& r = *m_report;
    m_progress->setValue(1000);
    m_result->setStyleSheet(r.rejected.empty() ? QStringLiteral("color: #1b5e20;") : QString());
    setMessage(m_result, tr("Imported %1 of %2 rows (%3 new households); %4 rejected.")
                             .arg(r.imported)
                             .arg(r.rows)
                             .arg(r.householdsCreated)
                             .arg(static_cast<qint64>(r.rejected.size())));
    const int shown = std::min(static_cast<int>(r.rejected.size()), ShownRejects);
    m_rejects->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const core::ImportRejection& x = r.rejected[static_cast<std::size_t>(i)];
        m_rejects->setItem(i, 0, new QTableWidgetItem(QString::number(x.line)));
        m_rejects->setItem(i, 1, new QTableWidgetItem(x.column));
        auto* reason = new QTableWidgetItem(x.reason);
        reason->setToolTip(x.reason);
        m_rejects->setItem(i, 2, reason);
    }
    updateButtons();
    if (r.imported > 0)
        emit imported(r.imported);
}

void ImportDialog::saveRejects()
{
    if (!m_report || m_report->rejected.empty())
        return;
    const QString suggested = QFileInfo(m_path).completeBaseName() + QStringLiteral("-rejects.csv");
    const QString path = m_session.prompts.saveFile(this, tr("Save rejects"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(core::PersonImporter::rejectsCsv(*m_report)) < 0 || !f.commit()) {
        m_session.prompts.error(this, tr("Save rejects"),
                                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    m_session.prompts.information(this, tr("Save rejects"),
                                  tr("%n rejected row(s) saved to %1.", "", static_cast<int>(m_report->rejected.size()))
                                      .arg(QDir::toNativeSeparators(path)));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        m_thread->wait();
    }
    QDialog::reject();
}

} // namespace hukou::ui
