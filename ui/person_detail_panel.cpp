#include "person_detail_panel.h"

#include "core/domain/districts.h"
#include "labels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

PersonDetailPanel::PersonDetailPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("personDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = headingLabel(QString(), this);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setTextFormat(Qt::PlainText);
    layout->addWidget(m_name);

    auto* bar = new QHBoxLayout;
    m_correct = new QPushButton(tr("&Correct…"), this);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_correct->setToolTip(tr("Correct fields of this card or move the person to another household"));
    m_status = new QPushButton(tr("S&tatus…"), this);
    m_status->setObjectName(QStringLiteral("statusButton"));
    m_status->setToolTip(tr("Record a move-out, death or cancellation, or reinstate"));
    m_certificate = new QPushButton(tr("Certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("certificateButton"));
    m_certificate->setToolTip(tr("Household-registration certificate (户籍证明) of this person"));
    auto* certificateMenu = new QMenu(m_certificate);
    QAction* previewAction = certificateMenu->addAction(tr("Print preview…"));
    previewAction->setObjectName(QStringLiteral("certificatePreviewAction"));
    QAction* pdfAction = certificateMenu->addAction(tr("Save as PDF…"));
    pdfAction->setObjectName(QStringLiteral("certificatePdfAction"));
    m_certificate->setMenu(certificateMenu);
    connect(previewAction, &QAction::triggered, this, [this] {
        if (m_detail)
            emit certificatePreviewRequested(m_detail->person.citizenId);
    });
    connect(pdfAction, &QAction::triggered, this, [this] {
        if (m_detail)
            emit certificatePdfRequested(m_detail->person.citizenId);
    });
    bar->addWidget(m_correct);
    bar->addWidget(m_status);
    bar->addStretch();
    bar->addWidget(m_certificate);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    layout->addWidget(m_tabs, 1);

    // Card
    auto* cardPage = new QWidget;
    auto* form = new QFormLayout(cardPage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    const auto addRow = [this, form, cardPage](const QString& key, const QString& label) {
        auto* value = new QLabel(cardPage);
        value->setObjectName(QStringLiteral("card_") + key);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_card.insert(key, value);
    };
    for (const core::FieldSpec& s : core::PersonFields::all())
        addRow(s.key, s.chinese);
    addRow(QStringLiteral("status"), tr("Status"));
    addRow(QStringLiteral("status_reason"), tr("Status reason"));
    addRow(QStringLiteral("version"), tr("Version"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cardPage);
    m_tabs->addTab(scroll, tr("Card"));

    // Household
    auto* hhPage = new QWidget;
    auto* hh = new QVBoxLayout(hhPage);
    m_household = new QLabel(hhPage);
    m_household->setObjectName(QStringLiteral("householdSummary"));
    m_household->setWordWrap(true);
    m_household->setTextFormat(Qt::PlainText);
    hh->addWidget(m_household);
    m_members = makeTable(QStringLiteral("membersTable"), {tr("Name"), tr("Relation"), tr("Citizen ID"), tr("Status")},
                          hhPage);
    m_members->setColumnWidth(0, 90);
    m_members->setColumnWidth(1, 70);
    m_members->setColumnWidth(2, 170);
    hh->addWidget(m_members, 1);
    auto* hhBar = new QHBoxLayout;
    m_makeHead = new QPushButton(tr("Make &head…"), hhPage);
    m_makeHead->setObjectName(QStringLiteral("makeHeadButton"));
    m_makeHead->setToolTip(tr("Make the selected member the head of the household"));
    hhBar->addWidget(m_makeHead);
    hhBar->addStretch();
    hh->addLayout(hhBar);
    m_tabs->addTab(hhPage, tr("Household"));

    // History
    m_history = makeTable(QStringLiteral("historyTable"), {tr("Time"), tr("User"), tr("Action"), tr("Reason")}, this);
    m_history->setColumnWidth(0, 130);
    m_history->setColumnWidth(1, 70);
    m_history->setColumnWidth(2, 130);
    m_tabs->addTab(m_history, tr("History"));

    connect(m_correct, &QPushButton::clicked, this, &PersonDetailPanel::correctRequested);
    connect(m_status, &QPushButton::clicked, this, &PersonDetailPanel::statusRequested);
    connect(m_makeHead, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (m_detail && row >= 0 && row < static_cast<int>(m_detail->members.size()))
            emit makeHeadRequested(m_detail->members[static_cast<std::size_t>(row)].citizenId);
    });
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &PersonDetailPanel::updateButtons);
    clear();
}

PersonDetailPanel::~PersonDetailPanel() = default;

void PersonDetailPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void PersonDetailPanel::updateButtons()
{
    const bool have = m_detail.has_value();
    m_correct->setEnabled(m_editable && have);
    m_status->setEnabled(m_editable && have);
    m_certificate->setEnabled(have);
    const int row = m_members->currentRow();
    const bool memberIsHead = have && row >= 0 && row < static_cast<int>(m_detail->members.size()) &&
                              m_detail->members[static_cast<std::size_t>(row)].relation == QStringLiteral("户主");
    m_makeHead->setEnabled(m_editable && have && m_detail->household && row >= 0 && !memberIsHead);
}

void PersonDetailPanel::clear(const QString& note)
{
    m_detail.reset();
    m_name->setText(note.isEmpty() ? tr("No person selected") : note);
    for (QLabel* l : std::as_const(m_card))
        l->clear();
    m_household->clear();
    m_members->setRowCount(0);
    m_history->setRowCount(0);
    updateButtons();
}

void PersonDetailPanel::showDetail(const core::PersonDetail& detail)
{
    m_detail = detail;
    const core::Person& p = detail.person;
    m_name->setText(p.status == core::PersonStatus::Active
                        ? tr("%1 · %2").arg(p.name, p.citizenId)
                        : tr("%1 · %2 (%3)").arg(p.name, p.citizenId, core::statusLabel(p.status)));
    for (const core::FieldSpec& s : core::PersonFields::all()) {
        QString v = core::PersonFields::value(p, s.field);
        if (s.field == core::PersonField::District)
            v = core::Districts::nameOf(v);
        else if (s.field == core::PersonField::HukouNature || s.field == core::PersonField::FormerNature)
            v = core::PersonFields::natureText(v); // 广州市居民户口, 原户口性质: 农业户口
        m_card.value(s.key)->setText(v.isEmpty() ? QStringLiteral("—") : v);
    }
    QString status = core::statusLabel(p.status);
    if (p.statusDate.isValid())
        status += QStringLiteral(" (") + p.statusDate.toString(Qt::ISODate) + QLatin1Char(')');
    m_card.value(QStringLiteral("status"))->setText(status);
    m_card.value(QStringLiteral("status_reason"))
        ->setText(p.statusReason.isEmpty() ? QStringLiteral("—") : p.statusReason);
    m_card.value(QStringLiteral("version"))->setText(QString::number(p.version));

    if (detail.household) {
        const core::Household& h = *detail.household;
        m_household->setText(tr("Household %1 (%2), %3 %4 — %n member(s)", "",
                                static_cast<int>(detail.members.size()))
                                 .arg(h.number, core::householdKindLabel(h.kind), core::Districts::nameOf(h.district), h.address));
    } else {
        m_household->setText(tr("Not in a household."));
    }
    m_members->setRowCount(static_cast<int>(detail.members.size()));
    for (int r = 0; r < static_cast<int>(detail.members.size()); ++r) {
        const core::Person& m = detail.members[static_cast<std::size_t>(r)];
        m_members->setItem(r, 0, item(m.name));
        m_members->setItem(r, 1, item(m.relation));
        m_members->setItem(r, 2, item(m.citizenId));
        m_members->setItem(r, 3, item(core::statusLabel(m.status)));
        if (m.id == p.id)
            for (int c = 0; c < 4; ++c) {
                QFont f = m_members->item(r, c)->font();
                f.setBold(true);
                m_members->item(r, c)->setFont(f);
            }
    }
    // Newest first: the latest correction is what a clerk looks for.
    m_history->setRowCount(static_cast<int>(detail.history.size()));
    int r = 0;
    for (auto it = detail.history.rbegin(); it != detail.history.rend(); ++it, ++r) {
        m_history->setItem(r, 0, item(it->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_history->setItem(r, 1, item(it->user));
        m_history->setItem(r, 2, item(it->action));
        m_history->setItem(r, 3, item(it->reason));
    }
    updateButtons();
}

} // namespace hukou::ui
