#include "points_intake_page.h"

#include "error_text.h"
#include "labels.h"
#include "prompts.h"
#include "score_breakdown_view.h"

#include "core/clock.h"
#include "core/collective/collective_service.h"
#include "core/domain/citizen_id.h"
#include "core/domain/districts.h"
#include "core/points/fact_catalogue.h"
#include "core/registry/registry_service.h"
#include "core/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
constexpr int kVolunteerYears = 5; // by-year facts: the years before the round that can still count

// The facts of `app` whose value wants a document and has none, by their labels.
QStringList lackingEvidence(const core::Application& app)
{
    QStringList out;
    for (const QString& fact : app.factsLackingEvidence())
        out << core::FactCatalogue::label(fact);
    return out;
}

// The companions' relation to the applicant, as the register words it.
const QStringList& companionRelations()
{
    static const QStringList list{QStringLiteral("配偶"), QStringLiteral("子"), QStringLiteral("女"),
                                  QStringLiteral("其他")};
    return list;
}

} // namespace

PointsIntakePage::PointsIntakePage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_service(session.workspace)
{
    setObjectName(QStringLiteral("page_points_intake"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildListView());
    m_stack->addWidget(buildForm());
    layout->addWidget(m_stack);
    auto round = m_service.currentRound();
    setYear(round ? *round : m_session.workspace.clock().now().toLocalTime().date().year());
}

PointsIntakePage::~PointsIntakePage() = default;

QString PointsIntakePage::title() const
{
    return tr("Settlement applications");
}

QString PointsIntakePage::subtitle() const
{
    return tr("Points-based settlement (积分制入户): take in applications with their evidence, check them, and "
              "settle published applicants into a household.");
}

void PointsIntakePage::activate()
{
    if (!formOpen())
        refresh();
}

// ---------------------------------------------------------------------------------------------
// The round's applications and the selected one

QWidget* PointsIntakePage::buildListView()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Round:"), view);
    m_year = new QSpinBox(view);
    m_year->setObjectName(QStringLiteral("intakeYearSpin"));
    m_year->setRange(2014, 2100);
    yearLabel->setBuddy(m_year);
    m_ruleSetLabel = new QLabel(view);
    m_ruleSetLabel->setObjectName(QStringLiteral("intakeRuleSetLabel"));
    m_filter = new QLineEdit(view);
    m_filter->setObjectName(QStringLiteral("intakeFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by number, name or citizen ID"));
    m_filter->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("&New application (Ctrl+N)"), view);
    add->setObjectName(QStringLiteral("newApplicationButton"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_ruleSetLabel, 1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(add);
    layout->addLayout(bar);

    m_message = errorLabel(QStringLiteral("intakeMessage"), view);
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, view);
    m_model = new QStandardItemModel(0, 6, view);
    m_model->setHorizontalHeaderLabels(
        {tr("Number"), tr("Name"), tr("Citizen ID"), tr("District"), tr("Status"), tr("Total")});
    auto* proxy = new QSortFilterProxyModel(view);
    m_proxy = proxy;
    proxy->setSourceModel(m_model);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder); // in the order they were taken in
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // a round of 100k: measure a sample

    auto* detail = new QWidget(split);
    auto* d = new QVBoxLayout(detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(tr("Select an application."), detail);
    m_header->setObjectName(QStringLiteral("applicationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown = new ScoreBreakdownView(detail);
    m_breakdown->setObjectName(QStringLiteral("applicationBreakdown"));
    auto* actions = new QHBoxLayout;
    m_verify = new QPushButton(tr("Evidence &verified"), detail);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Record that the documents behind every stated fact were checked"));
    m_settle = new QPushButton(tr("&Settle into a household…"), detail);
    m_settle->setObjectName(QStringLiteral("settleButton"));
    m_continueDraft = new QPushButton(tr("&Continue the draft"), detail);
    m_continueDraft->setObjectName(QStringLiteral("continueDraftButton"));
    actions->addWidget(m_continueDraft);
    m_openPerson = new QPushButton(tr("&Open in the register"), detail);
    m_openPerson->setObjectName(QStringLiteral("openPersonButton"));
    m_openPerson->setToolTip(tr("Show the settled applicant, their household and its members on the registry page"));
    actions->addWidget(m_openPerson);
    actions->addWidget(m_verify);
    actions->addWidget(m_settle);
    actions->addStretch(1);

    // Settlement: where the applicant and family register.
    m_settlement = new QGroupBox(tr("Settlement"), detail);
    m_settlement->setObjectName(QStringLiteral("settlementPanel"));
    auto* s = new QFormLayout(m_settlement);
    m_ownHome = new QRadioButton(tr("A new household at their own &home"), m_settlement);
    m_ownHome->setObjectName(QStringLiteral("ownHomeRadio"));
    m_collective = new QRadioButton(tr("The district's &public collective household"), m_settlement);
    m_collective->setObjectName(QStringLiteral("collectiveRadio"));
    m_ownHome->setChecked(true);
    m_householdNumber = new QLineEdit(m_settlement);
    m_householdNumber->setObjectName(QStringLiteral("householdNumberEdit"));
    m_householdNumber->setMaxLength(30);
    m_settleAddress = new QLineEdit(m_settlement);
    m_settleAddress->setObjectName(QStringLiteral("settleAddressEdit"));
    m_settleAddress->setMaxLength(200);
    m_collectiveCombo = new QComboBox(m_settlement);
    m_collectiveCombo->setObjectName(QStringLiteral("collectiveCombo"));
    m_movedInFrom = new QLineEdit(m_settlement);
    m_movedInFrom->setObjectName(QStringLiteral("movedInFromEdit"));
    m_movedInFrom->setMaxLength(200);
    m_movedInFrom->setPlaceholderText(tr("Former place of registration, e.g. 湖南省长沙市岳麓区"));
    auto* confirm = new QPushButton(tr("Register the family (one step, journaled)"), m_settlement);
    confirm->setObjectName(QStringLiteral("confirmSettleButton"));
    s->addRow(m_ownHome);
    s->addRow(tr("Household number:"), m_householdNumber);
    s->addRow(tr("Address:"), m_settleAddress);
    s->addRow(m_collective);
    s->addRow(tr("Collective household:"), m_collectiveCombo);
    s->addRow(tr("Moved in from:"), m_movedInFrom);
    s->addRow(confirm);
    m_settlement->setVisible(false);

    d->addWidget(m_header);
    d->addLayout(actions);
    d->addWidget(m_settlement);
    d->addWidget(m_breakdown, 1);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int y) { setYear(y); });
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &PointsIntakePage::newApplication);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PointsIntakePage::showSelected);
    connect(m_verify, &QPushButton::clicked, this, &PointsIntakePage::verifySelected);
    connect(m_settle, &QPushButton::clicked, this, [this] {
        m_settlement->setVisible(true);
        (m_ownHome->isChecked() ? m_householdNumber : static_cast<QWidget*>(m_collectiveCombo))->setFocus();
    });
    connect(confirm, &QPushButton::clicked, this, &PointsIntakePage::settleSelected);
    connect(m_openPerson, &QPushButton::clicked, this, [this] {
        if (const auto a = selected())
            emit openPersonRequested(a->citizenId);
    });
    connect(m_continueDraft, &QPushButton::clicked, this, [this] {
        if (const auto a = selected())
            continueDraft(a->number);
    });
    connect(m_ownHome, &QRadioButton::toggled, this, &PointsIntakePage::settlementTargetChanged);
    settlementTargetChanged();
    return view;
}

void PointsIntakePage::setListMessage(const QString& text, bool error)
{
    const auto a = selected();
    m_messageFor = a ? a->number : QString();
    setMessage(m_message, text, error ? Tone::Failure : Tone::Success);
}

void PointsIntakePage::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    auto info = m_service.ruleSetForYear(year);
    if (info) {
        m_ruleSet = info->ruleSet;
        m_ruleSetLabel->setText(tr("Rule set: %1 (%2), threshold %3").arg(info->ruleSet.title, info->ruleSet.id)
                                    .arg(info->ruleSet.threshold.min));
    } else {
        m_ruleSet.reset();
        m_ruleSetLabel->setText(errorText(info.error()));
    }
    m_ruleSetLabel->setStyleSheet(info ? QString() : QStringLiteral("color: #b3261e;"));
    findChild<QPushButton*>(QStringLiteral("newApplicationButton"))->setEnabled(m_ruleSet.has_value());
    refresh();
}

void PointsIntakePage::refresh()
{
    const QString current = selected() ? selected()->number : QString();
    auto apps = m_service.applications(m_session.actor, m_year->value());
    if (!apps) {
        setListMessage(errorText(apps.error()), true);
        m_applications.clear();
        m_model->setRowCount(0);
        return;
    }
    m_applications = std::move(*apps);
    // Filled while detached from the sorting proxy: attached, the proxy re-sorts at every row (a
    // round of 100k took seconds).
    m_proxy->setSourceModel(nullptr);
    m_model->setRowCount(0);
    m_model->setRowCount(static_cast<int>(m_applications.size()));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::StoredApplication& a = m_applications[static_cast<std::size_t>(r)];
        const QStringList cells{a.number, a.name, a.citizenId, core::Districts::nameOf(a.district),
                                core::applicationStatusLabel(a.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QStandardItem(cells[c]);
            item->setData(a.number, kNumberRole);
            m_model->setItem(r, c, item);
        }
        auto* total = new QStandardItem;
        if (a.scoreTotal)
            total->setData(static_cast<int>(*a.scoreTotal), Qt::DisplayRole);
        total->setData(a.number, kNumberRole);
        m_model->setItem(r, 5, total);
    }
    m_proxy->setSourceModel(m_model);
    m_table->resizeColumnsToContents();
    if (!current.isEmpty())
        selectApplication(current);
    else
        showSelected();
}

bool PointsIntakePage::selectApplication(const QString& number)
{
    auto* proxy = m_table->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, 0).data(kNumberRole).toString() == number) {
            m_table->selectRow(r);
            m_table->setCurrentIndex(proxy->index(r, 0));
            showSelected();
            return true;
        }
    }
    return false;
}

std::optional<core::StoredApplication> PointsIntakePage::selected() const
{
    const QString number = m_table->currentIndex().data(kNumberRole).toString();
    for (const core::StoredApplication& a : m_applications)
        if (a.number == number)
            return a;
    return std::nullopt;
}

void PointsIntakePage::showSelected()
{
    const auto a = selected();
    if (a && a->number != m_messageFor)
        setMessage(m_message, {}); // a message is about the application it was shown with
    m_settlement->setVisible(false);
    m_verify->setEnabled(a && a->status == core::ApplicationStatus::Submitted &&
                         core::Roles::allows(m_session.actor.role, core::Permission::PointsIntake));
    m_settle->setEnabled(a && a->status == core::ApplicationStatus::Published &&
                         core::Roles::allows(m_session.actor.role, core::Permission::PointsIntake));
    m_continueDraft->setVisible(a && a->status == core::ApplicationStatus::Draft);
    m_openPerson->setVisible(a && a->status == core::ApplicationStatus::Settled);
    if (!a) {
        m_header->setText(tr("Select an application."));
        m_breakdown->clear({});
        return;
    }
    const QDate today = m_session.workspace.clock().now().toLocalTime().date();
    const core::FactCatalogue catalogue = m_ruleSet ? m_ruleSet->catalogue() : core::FactCatalogue::standard();
    auto full = m_service.application(m_session.actor, a->number); // the listing leaves the documents out
    auto app = full ? core::Application::fromJson(full->applicationJson, today, catalogue, a->number)
                    : core::Result<core::Application>(std::unexpected(full.error()));
    QStringList lines;
    lines << tr("%1 · %2 · %3 · %4 · %5")
                 .arg(a->number, a->name, a->citizenId, core::Districts::nameOf(a->district),
                      core::applicationStatusLabel(a->status));
    lines << tr("Taken in by %1 on %2")
                 .arg(a->submittedBy, a->submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!a->decision.isEmpty())
        lines << tr("Decision by %1: %2").arg(a->reviewer, a->reason);
    m_lackingEvidence.clear();
    if (app) {
        QStringList evidence;
        for (const core::Evidence& e : app->evidence)
            evidence << tr("%1: %2").arg(core::FactCatalogue::label(e.fact), e.document);
        m_lackingEvidence = lackingEvidence(*app);
        lines << tr("Evidence: %1").arg(evidence.isEmpty() ? tr("none recorded") : evidence.join(tr("; ")));
        QStringList family;
        for (const core::Companion& c : app->movingWith)
            family << tr("%1 %2 (%3)").arg(c.relation, c.name, c.citizenId);
        lines << tr("Moving with: %1").arg(family.isEmpty() ? tr("nobody") : family.join(tr("; ")));
        m_collective->setEnabled(!app->facts.flag(u"owns_home"));
        m_collective->setToolTip(app->facts.flag(u"owns_home")
                                     ? tr("Scored points for an owned home: registers at that home")
                                     : QString());
    }
    m_header->setText(lines.join(QLatin1Char('\n')));
    auto scored = m_service.score(m_session.actor, a->number);
    if (scored)
        m_breakdown->show(scored->score);
    else
        m_breakdown->clear(errorText(scored.error()));

    // The district's public collective households for a settlement there.
    m_collectiveCombo->clear();
    auto collectives = core::CollectiveService(m_session.workspace).list(m_session.actor, a->district);
    if (collectives)
        for (const core::CollectiveHousehold& c : *collectives)
            m_collectiveCombo->addItem(tr("%1 %2 (%3 of %4 places taken)")
                                           .arg(c.number, c.name)
                                           .arg(c.members)
                                           .arg(c.capacity),
                                       c.number);
    if (m_collectiveCombo->count() == 0) {
        m_collectiveCombo->addItem(tr("%1 has no public collective household yet").arg(core::Districts::nameOf(a->district)));
        m_collective->setEnabled(false);
        m_ownHome->setChecked(true);
    }
    settlementTargetChanged();
}

void PointsIntakePage::verifySelected()
{
    const auto a = selected();
    if (!a)
        return;
    if (!m_lackingEvidence.isEmpty() &&
        !m_session.prompts.confirm(this, tr("Evidence missing"),
                                   tr("No document was recorded for: %1.\nVerify %2 anyway, having seen them now?")
                                       .arg(m_lackingEvidence.join(tr(", ")), a->number),
                                   tr("Verify")))
        return;
    auto r = m_service.verify(m_session.actor, a->number, tr("evidence checked at the counter"));
    if (!r) {
        setListMessage(errorText(r.error()), true);
        return;
    }
    setListMessage(tr("%1: evidence verified.").arg(a->number), false);
    refresh();
}

void PointsIntakePage::settlementTargetChanged()
{
    const bool own = m_ownHome->isChecked();
    m_householdNumber->setEnabled(own);
    m_settleAddress->setEnabled(own);
    m_collectiveCombo->setEnabled(!own);
}

void PointsIntakePage::settleSelected()
{
    const auto a = selected();
    if (!a)
        return;
    core::SettlementPlan plan;
    plan.where = m_ownHome->isChecked() ? core::SettlementPlan::Where::OwnHome
                                        : core::SettlementPlan::Where::PublicCollective;
    plan.householdNumber = m_ownHome->isChecked() ? m_householdNumber->text() : m_collectiveCombo->currentData().toString();
    plan.address = m_settleAddress->text();
    plan.movedInFrom = m_movedInFrom->text();
    auto r = m_service.settle(m_session.actor, a->number, plan);
    if (!r && r.error().code == core::ErrorCode::Conflict && r.error().field == QLatin1String("name") &&
        m_session.prompts.confirm(this, tr("Possible duplicate"),
                                  sentence(r.error().message) + QLatin1Char('\n') +
                                      tr("Register them anyway as a different person?"),
                                  tr("Register"))) {
        plan.acceptPossibleDuplicates = true;
        r = m_service.settle(m_session.actor, a->number, plan);
    }
    if (!r) {
        setListMessage(errorText(r.error()), true);
        return;
    }
    setListMessage(tr("%1 settled into household %2: %n person(s) newly registered, %3 moved.", nullptr,
                      static_cast<int>(r->registered.size()))
                       .arg(a->number, r->householdNumber)
                       .arg(r->moved.size()),
                   false);
    m_householdNumber->clear();
    m_settleAddress->clear();
    m_movedInFrom->clear();
    refresh();
}

// ---------------------------------------------------------------------------------------------
// The intake form

QWidget* PointsIntakePage::buildForm()
{
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    auto* form = new QWidget(scroll);
    auto* layout = new QVBoxLayout(form);

    m_formRuleSet = headingLabel({}, form);
    layout->addWidget(m_formRuleSet);

    auto* applicant = new QGroupBox(tr("Applicant"), form);
    auto* a = new QFormLayout(applicant);
    m_applicantId = new QLineEdit(applicant);
    m_applicantId->setObjectName(QStringLiteral("applicantIdEdit"));
    m_applicantId->setMaxLength(18);
    m_applicantId->setPlaceholderText(tr("18 characters; looked up in the register as you type"));
    m_applicantNote = new QLabel(applicant);
    m_applicantNote->setObjectName(QStringLiteral("applicantIdNote"));
    m_applicantNote->setWordWrap(true);
    m_applicantName = new QLineEdit(applicant);
    m_applicantName->setObjectName(QStringLiteral("applicantNameEdit"));
    m_applicantName->setMaxLength(50);
    m_phone = new QLineEdit(applicant);
    m_phone->setObjectName(QStringLiteral("applicantPhoneEdit"));
    m_phone->setMaxLength(20);
    m_district = new QComboBox(applicant);
    m_district->setObjectName(QStringLiteral("intakeDistrictCombo"));
    for (const core::District& d : core::Districts::all())
        if (d.current)
            m_district->addItem(d.name, d.code);
    a->addRow(tr("Citizen &ID:"), m_applicantId);
    a->addRow(QString(), m_applicantNote);
    a->addRow(tr("&Name:"), m_applicantName);
    a->addRow(tr("&Phone:"), m_phone);
    a->addRow(tr("&District applied in:"), m_district);
    layout->addWidget(applicant);

    m_factsBox = new QGroupBox(tr("Facts and evidence"), form);
    m_factsGrid = new QGridLayout(m_factsBox);
    layout->addWidget(m_factsBox);

    auto* family = new QGroupBox(tr("Family moving with the applicant (spouse, minor children)"), form);
    auto* f = new QVBoxLayout(family);
    m_companions = new QTableWidget(0, 3, family);
    m_companions->setObjectName(QStringLiteral("companionsTable"));
    m_companions->setHorizontalHeaderLabels({tr("Citizen ID"), tr("Name"), tr("Relation")});
    m_companions->horizontalHeader()->setStretchLastSection(true);
    m_companions->verticalHeader()->setVisible(false);
    m_companions->setMinimumHeight(110);
    auto* buttons = new QHBoxLayout;
    auto* addCompanion = new QPushButton(tr("Add family member"), family);
    addCompanion->setObjectName(QStringLiteral("addCompanionButton"));
    auto* removeCompanion = new QPushButton(tr("Remove"), family);
    removeCompanion->setObjectName(QStringLiteral("removeCompanionButton"));
    buttons->addWidget(addCompanion);
    buttons->addWidget(removeCompanion);
    buttons->addStretch(1);
    f->addWidget(m_companions);
    f->addLayout(buttons);
    layout->addWidget(family);
    layout->addStretch(1);
    scroll->setWidget(form);

    auto* side = new QWidget(split);
    auto* s = new QVBoxLayout(side);
    s->setContentsMargins(0, 0, 0, 0);
    s->addWidget(headingLabel(tr("Score as entered"), side));
    m_liveBreakdown = new ScoreBreakdownView(side);
    m_liveBreakdown->setObjectName(QStringLiteral("intakeBreakdown"));
    m_evidenceSummary = new QLabel(side);
    m_evidenceSummary->setObjectName(QStringLiteral("evidenceSummary"));
    m_evidenceSummary->setWordWrap(true);
    m_formMessage = errorLabel(QStringLiteral("intakeFormMessage"), side);
    auto* submit = new QPushButton(tr("&Submit application (Ctrl+Enter)"), side);
    submit->setObjectName(QStringLiteral("submitApplicationButton"));
    submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* cancel = new QPushButton(tr("Cancel (Esc)"), side);
    cancel->setObjectName(QStringLiteral("cancelIntakeButton"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* draft = new QPushButton(tr("Save &draft (Ctrl+S)"), side);
    draft->setObjectName(QStringLiteral("saveDraftButton"));
    draft->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(cancel);
    row->addWidget(draft);
    row->addWidget(submit);
    s->addWidget(m_liveBreakdown, 1);
    s->addWidget(m_evidenceSummary);
    s->addWidget(m_formMessage);
    s->addLayout(row);
    split->addWidget(scroll);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(m_applicantId, &QLineEdit::textChanged, this, &PointsIntakePage::applicantIdChanged);
    connect(m_applicantName, &QLineEdit::textChanged, this, &PointsIntakePage::updateLiveScore);
    connect(m_district, &QComboBox::currentIndexChanged, this, &PointsIntakePage::updateLiveScore);
    connect(addCompanion, &QPushButton::clicked, this, &PointsIntakePage::addCompanion);
    connect(removeCompanion, &QPushButton::clicked, this, [this] {
        if (m_companions->currentRow() >= 0)
            m_companions->removeRow(m_companions->currentRow());
    });
    connect(submit, &QPushButton::clicked, this, [this] { (void)submitApplication(); });
    connect(cancel, &QPushButton::clicked, this, &PointsIntakePage::cancelIntake);
    connect(draft, &QPushButton::clicked, this, [this] { (void)saveDraft(); });
    return split;
}

void PointsIntakePage::rebuildFacts()
{
    while (QLayoutItem* item = m_factsGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_facts.clear();
    if (!m_ruleSet)
        return;
    const core::FactCatalogue catalogue = m_ruleSet->catalogue();
    const QStringList read = m_ruleSet->referencedFacts();
    const int refYear = m_ruleSet->referenceDate.isValid() ? m_ruleSet->referenceDate.year() : m_ruleSet->year;
    m_factsGrid->addWidget(new QLabel(tr("Fact"), m_factsBox), 0, 0);
    m_factsGrid->addWidget(new QLabel(tr("Value"), m_factsBox), 0, 1);
    m_factsGrid->addWidget(new QLabel(tr("Evidence seen"), m_factsBox), 0, 2);
    m_factsGrid->addWidget(new QLabel(tr("Document"), m_factsBox), 0, 3);
    int gridRow = 1;
    for (const core::FactSpec& spec : catalogue.facts()) {
        if (!read.contains(spec.name))
            continue;
        FactRow row;
        row.spec = spec;
        auto* label = new QLabel(core::FactCatalogue::label(spec.name), m_factsBox);
        QWidget* editor = nullptr;
        const QString name = QStringLiteral("fact_") + spec.name;
        switch (spec.type) {
        case core::FactType::Bool:
            row.flag = new QCheckBox(tr("yes"), m_factsBox);
            connect(row.flag, &QCheckBox::toggled, this, &PointsIntakePage::updateLiveScore);
            editor = row.flag;
            break;
        case core::FactType::Count:
            row.count = new QSpinBox(m_factsBox);
            row.count->setRange(0, 999999999);
            row.count->setGroupSeparatorShown(true);
            connect(row.count, &QSpinBox::valueChanged, this, &PointsIntakePage::updateLiveScore);
            editor = row.count;
            break;
        case core::FactType::Level:
            row.level = new QComboBox(m_factsBox);
            for (const QString& level : spec.levels)
                row.level->addItem(core::FactCatalogue::levelLabel(level), level);
            connect(row.level, &QComboBox::currentIndexChanged, this, &PointsIntakePage::updateLiveScore);
            editor = row.level;
            break;
        case core::FactType::ByYear: {
            editor = new QWidget(m_factsBox);
            auto* years = new QHBoxLayout(editor);
            years->setContentsMargins(0, 0, 0, 0);
            for (int y = refYear - kVolunteerYears + 1; y <= refYear; ++y) {
                auto* box = new QSpinBox(editor);
                box->setRange(0, 8784);
                box->setPrefix(tr("%1: ").arg(y));
                box->setObjectName(name + QLatin1Char('_') + QString::number(y));
                connect(box, &QSpinBox::valueChanged, this, &PointsIntakePage::updateLiveScore);
                years->addWidget(box);
                row.years.emplace_back(y, box);
            }
            break;
        }
        }
        editor->setObjectName(name);
        if (spec.type != core::FactType::ByYear)
            editor->setMaximumWidth(260); // numbers and levels are short: leave the width to the documents
        label->setBuddy(editor);
        row.evidence = new QCheckBox(m_factsBox);
        row.evidence->setObjectName(QStringLiteral("evidence_") + spec.name);
        row.evidence->setToolTip(tr("The document proving this fact was seen"));
        row.document = new QLineEdit(m_factsBox);
        row.document->setObjectName(QStringLiteral("document_") + spec.name);
        row.document->setMaxLength(200);
        row.document->setPlaceholderText(tr("e.g. certificate number"));
        connect(row.evidence, &QCheckBox::toggled, this, &PointsIntakePage::updateLiveScore);
        m_factsGrid->addWidget(label, gridRow, 0);
        m_factsGrid->addWidget(row.evidence, gridRow, 2, Qt::AlignCenter);
        m_factsGrid->addWidget(row.document, gridRow, 3);
        if (spec.type == core::FactType::ByYear) {
            // One box per year is wide: the years get a line of their own under the fact.
            m_factsGrid->addWidget(editor, ++gridRow, 0, 1, 4);
        } else {
            m_factsGrid->addWidget(editor, gridRow, 1);
        }
        ++gridRow;
        m_facts.push_back(std::move(row));
    }
    m_factsGrid->setColumnStretch(1, 0);
    m_factsGrid->setColumnStretch(3, 1);
}

bool PointsIntakePage::formOpen() const
{
    return m_stack->currentIndex() == 1;
}

void PointsIntakePage::clearForm()
{
    m_applicantId->clear();
    m_applicantName->clear();
    m_applicantName->setReadOnly(false);
    m_phone->clear();
    m_companions->setRowCount(0);
    setMessage(m_formMessage, {});
    rebuildFacts();
}

void PointsIntakePage::newApplication()
{
    if (!m_ruleSet)
        return;
    m_formRuleSet->setText(tr("New application, %1 round: %2").arg(m_year->value()).arg(m_ruleSet->title));
    m_draftNumber.clear();
    clearForm();
    m_stack->setCurrentIndex(1);
    applicantIdChanged();
    m_applicantId->setFocus();
}

void PointsIntakePage::cancelIntake()
{
    if (!formOpen())
        return;
    if (!m_applicantId->text().isEmpty() &&
        !m_session.prompts.confirm(this, tr("Leave the application"),
                                   m_draftNumber.isEmpty()
                                       ? tr("The application has not been submitted. Discard what was entered?")
                                       : tr("Changes since draft %1 was last saved are discarded; the draft "
                                            "stays as saved.")
                                             .arg(m_draftNumber),
                                   tr("Leave")))
        return;
    m_stack->setCurrentIndex(0);
    refresh();
}

void PointsIntakePage::applicantIdChanged()
{
    const QString text = m_applicantId->text().trimmed().toUpper();
    const QDate today = m_session.workspace.clock().now().toLocalTime().date();
    m_applicantName->setReadOnly(false);
    if (text.size() < 18) {
        m_applicantNote->setStyleSheet(QStringLiteral("color: #555555;"));
        m_applicantNote->setText(tr("%1 of 18 characters").arg(text.size()));
    } else if (auto id = core::CitizenId::parse(text, today); !id) {
        m_applicantNote->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_applicantNote->setText(sentence(id.error().message));
    } else {
        m_applicantNote->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        const QString born = id->birthDate().toString(Qt::ISODate);
        const QString sex = id->sex() == core::Sex::Male ? tr("male") : tr("female");
        auto person = core::RegistryService(m_session.workspace).find(m_session.actor, id->value());
        if (person) {
            m_applicantName->setText(person->name);
            m_applicantName->setReadOnly(true);
            m_applicantNote->setText(tr("Registered: %1, %2, born %3, household %4 (%5)")
                                         .arg(person->name, sex, born, person->householdNumber,
                                              core::statusLabel(person->status)));
        } else {
            m_applicantNote->setText(tr("%1, born %2; not in the register: registered when settling").arg(sex, born));
        }
    }
    updateLiveScore();
}

void PointsIntakePage::addCompanion()
{
    const int r = m_companions->rowCount();
    m_companions->insertRow(r);
    m_companions->setItem(r, 0, new QTableWidgetItem);
    m_companions->setItem(r, 1, new QTableWidgetItem);
    auto* relation = new QComboBox(m_companions);
    relation->addItems(companionRelations());
    m_companions->setCellWidget(r, 2, relation);
    m_companions->setCurrentCell(r, 0);
    m_companions->editItem(m_companions->item(r, 0));
}

core::Application PointsIntakePage::formApplication() const
{
    core::Application app;
    const QDate today = m_session.workspace.clock().now().toLocalTime().date();
    if (m_ruleSet)
        app.ruleSet = m_ruleSet->id;
    app.district = m_district->currentData().toString();
    app.submittedOn = today;
    app.applicant.citizenId = m_applicantId->text().trimmed().toUpper();
    if (auto id = core::CitizenId::parse(app.applicant.citizenId, today))
        app.applicant.birthDate = id->birthDate();
    app.applicant.name = m_applicantName->text().trimmed();
    app.applicant.phone = m_phone->text().trimmed();
    // Every fact on the form is stated (a clerk entered it), zero and "no" included.
    for (const FactRow& row : m_facts) {
        if (row.flag)
            app.facts.set(row.spec.name, row.flag->isChecked());
        else if (row.count)
            app.facts.set(row.spec.name, static_cast<qint64>(row.count->value()));
        else if (row.level)
            app.facts.set(row.spec.name, row.level->currentData().toString());
        else {
            core::ByYear years;
            for (const auto& [year, box] : row.years)
                if (box->value() > 0)
                    years.insert(year, box->value());
            app.facts.set(row.spec.name, years);
        }
        if (row.evidence->isChecked()) {
            const QString document = row.document->text().trimmed();
            app.evidence.append({row.spec.name, document.isEmpty() ? tr("seen at the counter") : document});
        }
    }
    for (int r = 0; r < m_companions->rowCount(); ++r) {
        const auto text = [&](int c) { return m_companions->item(r, c) ? m_companions->item(r, c)->text().trimmed() : QString(); };
        auto* relation = qobject_cast<QComboBox*>(m_companions->cellWidget(r, 2));
        if (text(0).isEmpty() && text(1).isEmpty())
            continue;
        app.movingWith.append({text(0).toUpper(), text(1), relation ? relation->currentText() : QString()});
    }
    return app;
}

void PointsIntakePage::updateLiveScore()
{
    if (!formOpen() || !m_ruleSet)
        return;
    const core::Application app = formApplication();
    m_liveScore = core::score(*m_ruleSet, app);
    m_liveBreakdown->show(*m_liveScore);
    const QStringList lacking = lackingEvidence(app);
    const auto stated = static_cast<int>(app.claimedFacts().size());
    m_evidenceSummary->setStyleSheet(lacking.isEmpty() ? QStringLiteral("color: #1b5e20;")
                                                       : QStringLiteral("color: #8a4b00;"));
    // One line; the facts still lacking their document are in the tooltip.
    m_evidenceSummary->setText(lacking.isEmpty()
                                   ? tr("Evidence: seen for all %n stated fact(s).", nullptr, stated)
                                   : tr("Evidence: %1 of %2 stated facts seen (%3 missing)")
                                         .arg(stated - static_cast<int>(lacking.size()))
                                         .arg(stated)
                                         .arg(lacking.size()));
    m_evidenceSummary->setToolTip(lacking.isEmpty() ? QString() : tr("Missing: %1").arg(lacking.join(tr(", "))));
}

std::optional<QString> PointsIntakePage::submitApplication()
{
    if (!formOpen() || !m_ruleSet)
        return std::nullopt;
    const core::Application app = formApplication();
    const QStringList lacking = lackingEvidence(app);
    if (!lacking.isEmpty() &&
        !m_session.prompts.confirm(this, tr("Evidence missing"),
                                   tr("No document was seen for: %1.\nSubmit anyway? The application cannot be "
                                      "verified until the evidence is seen.")
                                       .arg(lacking.join(tr(", "))),
                                   tr("Submit")))
        return std::nullopt;
    const QByteArray json = QJsonDocument(app.toJson()).toJson(QJsonDocument::Compact);
    auto stored = m_draftNumber.isEmpty() ? m_service.submit(m_session.actor, json, tr("intake form"))
                                          : m_service.submitDraft(m_session.actor, m_draftNumber, json);
    if (!stored) {
        setMessage(m_formMessage, errorText(stored.error()), Tone::Failure);
        return std::nullopt;
    }
    m_draftNumber.clear();
    m_stack->setCurrentIndex(0);
    refresh();
    selectApplication(stored->number);
    setListMessage(tr("Application %1 submitted for %2.").arg(stored->number, stored->name), false);
    return stored->number;
}

} // namespace hukou::ui

namespace hukou::ui {

std::optional<QString> PointsIntakePage::saveDraft()
{
    if (!formOpen() || !m_ruleSet)
        return std::nullopt;
    const QByteArray json = QJsonDocument(formApplication().toJson()).toJson(QJsonDocument::Compact);
    auto stored = m_service.saveDraft(m_session.actor, json, m_draftNumber);
    if (!stored) {
        setMessage(m_formMessage, errorText(stored.error()), Tone::Failure);
        return std::nullopt;
    }
    m_draftNumber = stored->number;
    m_formRuleSet->setText(tr("Draft %1, %2 round: %3").arg(stored->number).arg(stored->year).arg(m_ruleSet->title));
    setMessage(m_formMessage, tr("Draft %1 saved at %2; it is not ranked until it is submitted.")
                                  .arg(stored->number, stored->updatedAt.toLocalTime().toString(QStringLiteral("HH:mm"))), Tone::Success);
    return stored->number;
}

bool PointsIntakePage::continueDraft(const QString& number)
{
    auto full = m_service.application(m_session.actor, number);
    if (!full || full->status != core::ApplicationStatus::Draft || !m_ruleSet)
        return false;
    const QDate today = m_session.workspace.clock().now().toLocalTime().date();
    auto app = core::Application::fromJson(full->applicationJson, today, m_ruleSet->catalogue(), number);
    if (!app) {
        setListMessage(errorText(app.error()), true);
        return false;
    }
    m_draftNumber = number;
    m_formRuleSet->setText(tr("Draft %1, %2 round: %3").arg(number).arg(full->year).arg(m_ruleSet->title));
    clearForm();
    m_stack->setCurrentIndex(1);
    fillForm(*app);
    m_applicantId->setFocus();
    return true;
}

void PointsIntakePage::fillForm(const core::Application& app)
{
    m_applicantId->setText(app.applicant.citizenId); // looks the applicant up again
    if (!m_applicantName->isReadOnly())
        m_applicantName->setText(app.applicant.name);
    m_phone->setText(app.applicant.phone);
    m_district->setCurrentIndex(std::max(0, m_district->findData(app.district)));
    for (FactRow& row : m_facts) {
        const QString& name = row.spec.name;
        if (row.flag)
            row.flag->setChecked(app.facts.flag(name));
        else if (row.count)
            row.count->setValue(static_cast<int>(std::min<qint64>(app.facts.count(name), row.count->maximum())));
        else if (row.level)
            row.level->setCurrentIndex(std::max(0, row.level->findData(app.facts.level(name))));
        else
            for (const auto& [year, box] : row.years)
                box->setValue(static_cast<int>(app.facts.byYear(name).value(year)));
        for (const core::Evidence& e : app.evidence)
            if (e.fact == name) {
                row.evidence->setChecked(true);
                row.document->setText(e.document);
            }
    }
    for (const core::Companion& c : app.movingWith) {
        addCompanion();
        const int r = m_companions->rowCount() - 1;
        m_companions->item(r, 0)->setText(c.citizenId);
        m_companions->item(r, 1)->setText(c.name);
        if (auto* relation = qobject_cast<QComboBox*>(m_companions->cellWidget(r, 2)))
            relation->setCurrentIndex(std::max(0, relation->findText(c.relation)));
    }
    updateLiveScore();
}

} // namespace hukou::ui
