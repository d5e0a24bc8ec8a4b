#include "conversion_page.h"

#include "core/clock.h"
#include "core/conversion/document_log.h"
#include "core/domain/districts.h"
#include "core/registry/person_fields.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"
#include "reports/conversion_report.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QFile>
#include <QPointer>

#include <algorithm>
#include <climits>

#include <map>

namespace hukou::ui {

namespace {

QTableView* table(const QString& name, QStandardItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->setModel(model); // after the row header's mode: see RegistryPage
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QStandardItem* number(qint64 n)
{
    auto* item = new QStandardItem(QString::number(n));
    item->setData(n, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ConversionPage::ConversionPage(const Session& session, QWidget* parent) : Page(parent), m_session(session)
{
    setObjectName(QStringLiteral("page_conversion"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    m_district->addItem(tr("All districts"), QString());
    for (const auto& d : core::Districts::all())
        if (d.current)
            m_district->addItem(d.name, d.code);
    auto* refreshButton = new QPushButton(tr("&Refresh preview"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_run = new QPushButton(tr("&Run conversion…"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    auto* print = new QPushButton(tr("&Print report…"), this);
    print->setObjectName(QStringLiteral("printReportButton"));
    auto* save = new QPushButton(tr("Save report as &PDF…"), this);
    save->setObjectName(QStringLiteral("saveReportButton"));
    bar->addWidget(new QLabel(tr("District:"), this));
    bar->addWidget(m_district);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(print);
    bar->addWidget(save);
    layout->addLayout(bar);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("conversionProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_message = errorLabel(QStringLiteral("conversionMessage"), this);
    layout->addWidget(m_message);

    m_preview = new QStandardItemModel(this);
    m_previewTable = table(QStringLiteral("previewTable"), m_preview, this);
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    auto* previewBox = new QGroupBox(tr("Who a run would convert, by district and former nature"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_previewTable);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("remainingChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto* chartBox = new QGroupBox(tr("Legacy records left by district"), this);
    (new QVBoxLayout(chartBox))->addWidget(m_chart);

    m_exceptions = new QStandardItemModel(this);
    m_exceptions->setHorizontalHeaderLabels(
        {tr("Citizen ID"), tr("Name"), tr("District"), tr("Hukou nature"), tr("Reason")});
    m_exceptionsTable = table(QStringLiteral("exceptionsTable"), m_exceptions, this);
    m_exceptionsTable->setToolTip(tr("Double-click a person to open the record"));
    auto* exceptionsBox = new QGroupBox(tr("Exceptions (not converted; sort them out by hand)"), this);
    auto* exLayout = new QVBoxLayout(exceptionsBox);
    m_exceptionsNote = noteLabel(QString(), exceptionsBox);
    m_exceptionsNote->setObjectName(QStringLiteral("exceptionsNote"));
    exLayout->addWidget(m_exceptionsNote);
    exLayout->addWidget(m_exceptionsTable);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(previewBox);
    top->addWidget(chartBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("conversionSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(exceptionsBox);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ConversionPage::refresh);
    connect(m_district, &QComboBox::currentIndexChanged, this, &ConversionPage::refresh);
    connect(m_run, &QPushButton::clicked, this, &ConversionPage::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &ConversionPage::cancelRun);
    connect(print, &QPushButton::clicked, this, &ConversionPage::printReport);
    connect(save, &QPushButton::clicked, this, &ConversionPage::saveReport);
    connect(m_exceptionsTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = m_exceptions->item(index.row(), 0)->text();
        emit openPersonRequested(id);
    });

    refresh();
}

ConversionPage::~ConversionPage()
{
    if (m_thread) {
        if (m_cancelFlag)
            *m_cancelFlag = true;
        m_thread->wait();
    }
}

QString ConversionPage::title() const
{
    return tr("Conversion");
}

QString ConversionPage::subtitle() const
{
    return tr("Unified resident-household registration: legacy natures become Guangzhou resident hukou; the "
              "former nature stays on every record.");
}

void ConversionPage::activate()
{
    if (!isRunning())
        refresh();
}

QString ConversionPage::district() const
{
    return m_district->currentData().toString();
}

void ConversionPage::refresh()
{
    core::ConversionService service(m_session.workspace);
    auto preview = service.preview(m_session.actor, district(), 1000);
    if (!preview) {
        setMessage(m_message, errorText(preview.error()));
        m_run->setEnabled(false);
        return;
    }
    if (!isRunning())
        setMessage(m_message, {});
    const QStringList natures = core::PersonFields::legacyNatures();
    m_preview->clear();
    QStringList headers{tr("District")};
    headers += natures;
    headers << tr("Total");
    m_preview->setHorizontalHeaderLabels(headers);
    for (const auto& d : preview->districts) {
        QList<QStandardItem*> row{new QStandardItem(core::ConversionService::districtLabel(d.district))};
        row.front()->setData(d.district, Qt::UserRole);
        for (const QString& n : natures)
            row << number(d.byNature.value(n));
        row << number(d.total());
        m_preview->appendRow(row);
    }
    QList<QStandardItem*> total{new QStandardItem(tr("Total"))};
    QFont bold = font();
    bold.setBold(true);
    total.front()->setFont(bold);
    for (const QString& n : natures)
        total << number(preview->byNature.value(n));
    total << number(preview->total);
    for (auto* item : total)
        item->setFont(bold);
    m_preview->appendRow(total);
    m_previewTable->resizeColumnsToContents();

    m_exceptions->removeRows(0, m_exceptions->rowCount());
    for (const auto& e : preview->exceptions)
        m_exceptions->appendRow({new QStandardItem(e.citizenId), new QStandardItem(e.name),
                                 new QStandardItem(e.district.isEmpty() ? QStringLiteral("—") : core::ConversionService::districtLabel(e.district)),
                                 new QStandardItem(e.nature), new QStandardItem(e.reason)});
    m_exceptionsTable->resizeColumnsToContents();
    m_exceptionsNote->setText(
        preview->exceptionCount > static_cast<qint64>(preview->exceptions.size())
            ? tr("%1 exceptions; the first %2 are listed.").arg(preview->exceptionCount).arg(preview->exceptions.size())
            : tr("%n exception(s).", "", static_cast<int>(preview->exceptionCount)));

    auto stats = service.statistics(m_session.actor, district());
    if (stats)
        fillChart(*stats);
    if (!isRunning())
        m_run->setEnabled(preview->total > 0);
}

void ConversionPage::fillChart(const std::vector<core::NatureStatistic>& stats)
{
    const QStringList legacy = core::PersonFields::legacyNatures();
    const QString resident = core::PersonFields::residentNature();
    std::map<QString, std::pair<qint64, qint64>> byDistrict; // remaining legacy, converted
    for (const auto& s : stats) {
        if (s.district.isEmpty())
            continue;
        auto& v = byDistrict[s.district];
        if (legacy.contains(s.nature))
            v.first += s.count;
        else if (s.nature == resident && !s.formerNature.isEmpty())
            v.second += s.count;
    }
    auto* remaining = new QBarSet(tr("Legacy records left"));
    auto* converted = new QBarSet(tr("Converted"));
    remaining->setColor(QColor(0xc6, 0x28, 0x28));
    converted->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    qint64 max = 0;
    for (const auto& [code, v] : byDistrict) {
        categories << core::ConversionService::districtLabel(code);
        *remaining << static_cast<qreal>(v.first);
        *converted << static_cast<qreal>(v.second);
        max = std::max({max, v.first, v.second});
    }
    // Horizontal bars: eleven district names fit down the side, not across a narrow chart.
    auto* series = new QHorizontalBarSeries;
    series->append(remaining);
    series->append(converted);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false); // district names are short; never show "…"
    chart->addAxis(x, Qt::AlignLeft);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, static_cast<qreal>(std::max<qint64>(max, 1)));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ConversionPage::startRun()
{
    if (m_thread)
        return;
    if (auto r = core::Roles::require(m_session.actor, core::Permission::Convert); !r) {
        setMessage(m_message, errorText(r.error()));
        return;
    }
    const QString code = district();
    if (!m_session.prompts.confirm(
            this, tr("Run the conversion"),
            tr("Convert every eligible person in %1 to Guangzhou resident hukou (广州市居民户口)? The former nature "
               "is kept on each record. The run goes in chunks; a cancelled run can be continued later.")
                .arg(core::ConversionService::districtLabel(code)),
            tr("Convert")))
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_district->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    setMessage(m_message, tr("Converting…"));

    auto outcome = std::make_shared<core::Result<core::ConversionOutcome>>(
        std::unexpected(core::Error{core::ErrorCode::Failed, tr("the run did not start"), {}, 0}));
    const QString path = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const core::Actor actor = m_session.actor;
    auto cancel = m_cancelFlag;
    QPointer<ConversionPage> self(this);
    m_thread.reset(QThread::create([outcome, path, clock, actor, cancel, code, self] {
        // A connection of its own: the GUI thread keeps its own for the preview.
        auto ws = core::Workspace::open(path, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            *outcome = std::unexpected(ws.error());
            return;
        }
        core::ConversionOptions options;
        options.district = code;
        options.cancel = cancel.get();
        options.progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (!self)
                        return;
                    self->m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
                    self->m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
                },
                Qt::QueuedConnection);
        };
        *outcome = core::ConversionService(**ws).run(actor, options);
    }));
    m_thread->setObjectName(QStringLiteral("conversionRun"));
    connect(m_thread.get(), &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        m_thread.reset();
        runFinished(*outcome);
    });
    m_thread->start();
}

void ConversionPage::cancelRun()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_cancel->setEnabled(false);
    setMessage(m_message, tr("Cancelling after the current chunk…"));
}

void ConversionPage::runFinished(const core::Result<core::ConversionOutcome>& outcome)
{
    m_cancel->setEnabled(false);
    m_district->setEnabled(true);
    m_progress->setVisible(false);
    m_cancelFlag.reset();
    refresh();
    if (!outcome) {
        setMessage(m_message, errorText(outcome.error()));
        return;
    }
    if (outcome->cancelled)
        setMessage(m_message, tr("Cancelled: %1 persons converted in whole chunks; run again to continue with the rest.")
                                  .arg(outcome->converted));
    else
        setMessage(m_message, tr("Converted %1 persons (%2 exceptions left for manual handling).")
                                  .arg(outcome->converted)
                                  .arg(outcome->exceptions.size()));
}

std::optional<reports::PdfDocument> ConversionPage::reportDocument()
{
    core::ConversionService service(m_session.workspace);
    auto stats = service.statistics(m_session.actor, {});
    if (!stats) {
        setMessage(m_message, errorText(stats.error()));
        return std::nullopt;
    }
    auto runs = service.runs(m_session.actor);
    if (!runs) {
        setMessage(m_message, errorText(runs.error()));
        return std::nullopt;
    }
    return reports::ConversionReport(std::move(*stats), std::move(*runs), m_session.actor.name,
                                     m_session.workspace.clock().now())
        .document();
}

void ConversionPage::printReport()
{
    auto doc = reportDocument();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Conversion report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) {
        QTextDocument text;
        doc->fill(text);
        text.print(p);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = core::DocumentLog(m_session.workspace)
                     .record(m_session.actor, QStringLiteral("conversion_report"), QStringLiteral("all"),
                             printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName());
        !r)
        setMessage(m_message, errorText(r.error()));
}

void ConversionPage::saveReport()
{
    const QString path =
        m_session.prompts.saveFile(this, tr("Save the conversion report"), QStringLiteral("conversion-report.pdf"),
                                   tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto doc = reportDocument();
    if (!doc)
        return;
    if (auto r = doc->writePdf(path); !r) {
        setMessage(m_message, errorText(r.error()));
        return;
    }
    if (auto r = core::DocumentLog(m_session.workspace)
                     .record(m_session.actor, QStringLiteral("conversion_report"), QStringLiteral("all"), path);
        !r) {
        QFile::remove(path);
        setMessage(m_message, errorText(r.error()));
        return;
    }
    setMessage(m_message, tr("The report was saved to %1.").arg(path));
}

} // namespace hukou::ui
