#include "registry_page.h"

#include "certificate_printer.h"

#include "core/registry/person_export.h"
#include "core/workspace.h"
#include "error_text.h"
#include "household_dialog.h"
#include "import_dialog.h"
#include "labels.h"
#include "person_detail_panel.h"
#include "person_dialog.h"
#include "person_status_dialog.h"
#include "person_table_model.h"
#include "prompts.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace hukou::ui {

RegistryPage::RegistryPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_registry(session.workspace),
      m_canEdit(core::Roles::allows(session.actor.role, core::Permission::EditPersons))
{
    setObjectName(QStringLiteral("page_registry"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, citizen ID (or its last 4+ characters), former name or address"));
    m_search->setToolTip(tr("Ctrl+F. Results update as you type; Enter or Down moves into the list."));
    m_search->setMinimumWidth(360);
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registryCount"));
    m_count->setMinimumWidth(120);
    bar->addWidget(m_count);
    const auto button = [this, bar](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    m_newPerson = button(tr("&New person…"), QStringLiteral("newPersonButton"), tr("Register a person"));
    m_newHousehold =
        button(tr("New &household…"), QStringLiteral("newHouseholdButton"), tr("Create an empty household"));
    m_import = button(tr("&Import…"), QStringLiteral("importButton"), tr("Import persons from a CSV file"));
    m_export = button(tr("&Export…"), QStringLiteral("exportButton"), tr("Export active persons to a CSV file"));
    layout->addLayout(bar);

    m_message = errorLabel(QStringLiteral("registryMessage"), this);
    layout->addWidget(m_message);

    m_model = new PersonTableModel(session.workspace, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registryTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The model comes after the row header is set up: resizing 3 million rows that already exist
    // walks them all.
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    const std::pair<int, int> widths[] = {
        {PersonTableModel::CitizenId, 160}, {PersonTableModel::Name, 72},     {PersonTableModel::Sex, 40},
        {PersonTableModel::BirthDate, 90},  {PersonTableModel::District, 64}, {PersonTableModel::Address, 220},
        {PersonTableModel::HouseholdNumber, 120}, {PersonTableModel::HukouNature, 80},
        {PersonTableModel::Status, 60},
    };
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setColumnWidth(PersonTableModel::Match, 110);
    // How a search matched reads best next to the name.
    m_table->horizontalHeader()->moveSection(PersonTableModel::Match, PersonTableModel::Sex);
    m_table->installEventFilter(this);

    m_panel = new PersonDetailPanel(this);
    m_panel->setEditable(m_canEdit);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("registrySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 500});
    layout->addWidget(split, 1);

    m_newPerson->setEnabled(m_canEdit);
    m_newHousehold->setEnabled(m_canEdit);
    m_import->setEnabled(m_canEdit);
    m_export->setEnabled(core::Roles::allows(session.actor.role, core::Permission::ExportPersons));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPage::currentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &RegistryPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->setColumnHidden(PersonTableModel::Match, !m_model->isSearching());
        updateCount();
        if (!m_model->isSearching())
            reselect();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistryPage::updateCount);
    connect(m_model, &PersonTableModel::searchFinished, this, [this](const QString& error) {
        report(error, true);
        updateCount();
        reselect();
        if (m_table->hasFocus() && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &PersonTableModel::loadFailed, this, [this](const QString& error) { report(error, true); });

    connect(m_newPerson, &QPushButton::clicked, this, &RegistryPage::newPerson);
    connect(m_newHousehold, &QPushButton::clicked, this, &RegistryPage::newHousehold);
    connect(m_import, &QPushButton::clicked, this, &RegistryPage::importPersons);
    connect(m_export, &QPushButton::clicked, this, &RegistryPage::exportPersons);
    connect(m_panel, &PersonDetailPanel::correctRequested, this, &RegistryPage::correctPerson);
    connect(m_panel, &PersonDetailPanel::statusRequested, this, &RegistryPage::changeStatus);
    connect(m_panel, &PersonDetailPanel::certificatePreviewRequested, this,
            [this](const QString& citizenId) { CertificatePrinter::preview(this, m_session, citizenId); });
    connect(m_panel, &PersonDetailPanel::certificatePdfRequested, this,
            [this](const QString& citizenId) { CertificatePrinter::savePdf(this, m_session, citizenId); });
    connect(m_panel, &PersonDetailPanel::makeHeadRequested, this, &RegistryPage::makeHead);

    m_table->setColumnHidden(PersonTableModel::Match, true);
    updateCount();
    setFocusProxy(m_search);
}

RegistryPage::~RegistryPage()
{
    if (m_exportThread)
        m_exportThread->wait();
}

QString RegistryPage::title() const
{
    return tr("Registry");
}

QString RegistryPage::subtitle() const
{
    return tr("Find, register and correct persons and households. Every change is recorded with its reason.");
}

void RegistryPage::activate()
{
    m_model->refresh();
    if (m_current)
        showPerson(m_current);
}

bool RegistryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (watched == m_search && (enter || key == Qt::Key_Down)) {
            enterTable();
            return true;
        }
        if (watched == m_table && enter) {
            openCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void RegistryPage::applySearch()
{
    m_debounce->stop();
    report({});
    m_model->setSearch(m_search->text());
}

void RegistryPage::enterTable()
{
    if (m_debounce->isActive())
        applySearch();
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void RegistryPage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const qint64 id = m_model->personIdAt(current.row()); id && id != m_current)
        showPerson(id);
}

bool RegistryPage::showPersonByCitizenId(const QString& citizenId)
{
    auto p = core::RegistryService(m_session.workspace).find(m_session.actor, citizenId);
    if (!p)
        return false;
    showPerson(p->id);
    return true;
}

void RegistryPage::showPerson(qint64 personId)
{
    auto detail = m_registry.detail(m_session.actor, personId);
    if (!detail) {
        m_current = 0;
        m_panel->clear(errorText(detail.error()));
        return;
    }
    m_current = personId;
    m_panel->showDetail(*detail);
}

void RegistryPage::reselect()
{
    if (!m_current)
        return;
    const int row = m_model->rowOfPerson(m_current);
    if (row < 0)
        return;
    const QSignalBlocker block(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    m_table->viewport()->update();
}

void RegistryPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    showPerson(m_model->personIdAt(current.row()));
    m_panel->setFocus(Qt::OtherFocusReason);
    if (auto* tabs = m_panel->findChild<QWidget*>(QStringLiteral("detailTabs")))
        tabs->setFocus(Qt::OtherFocusReason);
}

void RegistryPage::updateCount()
{
    if (!m_model->isSearching()) {
        m_count->setText(tr("%n person(s)", "", m_model->rowCount()));
    } else if (m_model->isBusy() && m_model->rowCount() == 0) {
        m_count->setText(tr("Searching…"));
    } else {
        m_count->setText(m_model->canFetchMore({}) ? tr("%n found, more below", "", m_model->rowCount())
                                                   : tr("%n found", "", m_model->rowCount()));
    }
}

void RegistryPage::report(const QString& message, bool error)
{
    setMessage(m_message, message, error ? Tone::Failure : Tone::Success);
}

void RegistryPage::afterChange(qint64 personId, const QString& message)
{
    if (personId)
        m_current = personId;
    m_model->refresh();
    if (m_current)
        showPerson(m_current);
    report(message);
}

void RegistryPage::newPerson()
{
    auto* dialog = new PersonDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Person& p = dialog->saved();
        afterChange(p.id, tr("Registered %1 (%2) in household %3.").arg(p.name, p.citizenId, p.householdNumber));
    });
    dialog->open();
}

void RegistryPage::correctPerson()
{
    const auto& detail = m_panel->detail();
    if (!detail)
        return;
    auto* dialog = new PersonDialog(m_session, detail->person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            const core::Person& p = dialog->saved();
            afterChange(p.id, tr("Corrected %1 (%2); now version %3.").arg(p.name, p.citizenId).arg(p.version));
        } else if (dialog->wasReloaded()) {
            afterChange(0, {}); // show what the other user saved
        }
    });
    dialog->open();
}

void RegistryPage::changeStatus()
{
    const auto& detail = m_panel->detail();
    if (!detail)
        return;
    auto* dialog = new PersonStatusDialog(m_session, detail->person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Person& p = dialog->saved();
        afterChange(p.id, tr("%1 (%2) is now %3.").arg(p.name, p.citizenId, core::statusLabel(p.status)));
    });
    dialog->open();
}

void RegistryPage::newHousehold()
{
    auto* dialog = new HouseholdDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        report(tr("Household %1 created. Register its head (户主) with “New person…”.").arg(dialog->saved().number));
    });
    dialog->open();
}

void RegistryPage::makeHead(const QString& citizenId)
{
    const auto& detail = m_panel->detail();
    if (!detail || !detail->household)
        return;
    const core::Person* newHead = nullptr;
    QString formerHead;
    for (const core::Person& m : detail->members) {
        if (m.citizenId == citizenId)
            newHead = &m;
        if (m.relation == QStringLiteral("户主") && m.status == core::PersonStatus::Active)
            formerHead = m.name;
    }
    if (!newHead)
        return;
    auto* dialog = new ChangeHeadDialog(m_session, *detail->household, *newHead, formerHead, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = newHead->name;
    const QString number = detail->household->number;
    connect(dialog, &QDialog::accepted, this,
            [this, name, number] { afterChange(0, tr("%1 is now the head of household %2.").arg(name, number)); });
    dialog->open();
}

void RegistryPage::importPersons()
{
    auto* dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 n) {
        afterChange(0, tr("Imported %1 person(s).").arg(n));
    });
    dialog->open();
    dialog->chooseFile();
}

void RegistryPage::exportPersons()
{
    if (m_exportThread)
        return;
    const QString path = m_session.prompts.saveFile(this, tr("Export persons"), QStringLiteral("persons.csv"),
                                                    tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto outcome = std::make_shared<core::Result<qint64>>();
    const QString dbPath = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const core::Actor actor = m_session.actor;
    m_exportThread.reset(QThread::create([outcome, dbPath, clock, actor, path] {
        auto ws = core::Workspace::open(dbPath, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            *outcome = std::unexpected(ws.error());
            return;
        }
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            *outcome = core::fail(core::ErrorCode::Failed, f.errorString());
            return;
        }
        *outcome = core::PersonExporter(**ws).exportPersons(actor, {}, core::ExportFormat::Csv, f, path);
        if (*outcome && !f.commit())
            *outcome = core::fail(core::ErrorCode::Failed, f.errorString());
    }));
    m_exportThread->setObjectName(QStringLiteral("personExport"));
    m_export->setEnabled(false);
    report(tr("Exporting…"));
    connect(m_exportThread.get(), &QThread::finished, this, [this, outcome, path] {
        m_exportThread->wait();
        m_exportThread.reset();
        m_export->setEnabled(true);
        if (!*outcome)
            report(tr("The export failed: %1").arg(errorText(outcome->error())), true);
        else
            report(tr("Exported %n person(s) to %1.", "", static_cast<int>(**outcome)).arg(QDir::toNativeSeparators(path)));
    });
    m_exportThread->start();
}

} // namespace hukou::ui
