#include "points_review_page.h"

#include "core/auth/user_service.h"
#include "core/clock.h"
#include "core/domain/districts.h"
#include "core/points/fact_catalogue.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"
#include "reports/publicity_list.h"

#include <QApplication>
#include <QThread>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace hukou::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor insideQuotaBackground(0xe8, 0xf5, 0xe9); // light green
const QColor insideQuotaBar(0x2e, 0x7d, 0x32);
const QColor outsideQuotaBar(0x90, 0xa4, 0xae);
const QColor cutLineColour(0xc6, 0x28, 0x28);
const QColor notRankedText(0x75, 0x75, 0x75);

QString dash()
{
    return QStringLiteral("—");
}

// The wait cursor while the GUI thread does a long call.
class WaitCursor final
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

// Paints the cut line: a thick red line under the last row inside the quota.
class CutLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(PointsReviewModel::CutLineRole).toBool())
            return;
        const QRect r = option.rect;
        painter->fillRect(QRect(r.left(), r.bottom() - 2, r.width(), 3), cutLineColour);
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// The model

PointsReviewModel::PointsReviewModel(QObject* parent) : QAbstractTableModel(parent) {}

PointsReviewModel::~PointsReviewModel() = default;

void PointsReviewModel::setReview(core::RoundReview review)
{
    beginResetModel();
    m_review = std::move(review);
    m_extraKeys.clear();
    for (const QString& k : m_review.keyNames)
        if (k != u"base" && k != u"total")
            m_extraKeys << k;
    m_order.clear();
    m_order.reserve(m_review.applications.size());
    std::vector<int> others;
    for (int i = 0; i < static_cast<int>(m_review.applications.size()); ++i) {
        const core::StoredApplication& a = m_review.applications[static_cast<std::size_t>(i)];
        if (m_review.rankingId && a.rankingId == m_review.rankingId && a.rank)
            m_order.push_back(i);
        else
            others.push_back(i);
    }
    const auto& apps = m_review.applications;
    std::stable_sort(m_order.begin(), m_order.end(), [&apps](int x, int y) {
        const auto& a = apps[static_cast<std::size_t>(x)];
        const auto& b = apps[static_cast<std::size_t>(y)];
        return *a.rank != *b.rank ? *a.rank < *b.rank : a.number < b.number;
    });
    m_ranked = static_cast<int>(m_order.size());
    m_cutRow = -1;
    for (int row = 0; row < m_ranked; ++row)
        if (apps[static_cast<std::size_t>(m_order[static_cast<std::size_t>(row)])].admitted.value_or(0) != 0)
            m_cutRow = row;
    m_order.insert(m_order.end(), others.begin(), others.end()); // already in number order
    m_rowOf.clear();
    m_rowOf.reserve(static_cast<qsizetype>(m_order.size()));
    for (int row = 0; row < static_cast<int>(m_order.size()); ++row)
        m_rowOf.insert(application(row).number, row);
    endResetModel();
}

void PointsReviewModel::replaceApplication(const core::StoredApplication& changed)
{
    const int row = rowOf(changed.number);
    if (row < 0)
        return;
    m_review.applications[static_cast<std::size_t>(m_order[static_cast<std::size_t>(row)])] = changed;
    m_review.approved = 0;
    for (const core::StoredApplication& a : m_review.applications)
        if (core::usesQuotaPlace(a.status))
            ++m_review.approved;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PointsReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int PointsReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : reasonColumn() + 1;
}

const core::StoredApplication& PointsReviewModel::application(int row) const
{
    return m_review.applications[static_cast<std::size_t>(m_order[static_cast<std::size_t>(row)])];
}

int PointsReviewModel::rowOf(const QString& number) const
{
    return m_rowOf.value(number, -1);
}

bool PointsReviewModel::isRanked(int row) const
{
    return row >= 0 && row < m_ranked;
}

bool PointsReviewModel::isInsideQuota(int row) const
{
    return isRanked(row) && application(row).admitted.value_or(0) != 0;
}

std::optional<qint64> PointsReviewModel::keyValue(int row, const QString& key) const
{
    const core::StoredApplication& a = application(row);
    if (key == u"base")
        return a.scoreBase;
    if (key == u"total")
        return a.scoreTotal;
    // Tie-breakers come from the ranking itself (ranked applications only).
    for (const core::RankKey& k : m_review.keys.value(a.number))
        if (k.name == key)
            return k.value;
    return std::nullopt;
}

QString PointsReviewModel::note(int row) const
{
    const core::StoredApplication& a = application(row);
    if (!a.reason.isEmpty())
        return a.reason;
    if (isRanked(row))
        return {};
    if (!a.scoreTotal || !m_review.rankingId || a.rankingId != m_review.rankingId)
        return tr("Not ranked yet");
    if (a.eligible.value_or(1) == 0)
        return tr("Not eligible");
    if (a.overThreshold.value_or(1) == 0) {
        const bool base = m_review.thresholdScore == core::ThresholdScore::Base;
        return tr("Under the threshold (%1 %2, %3 needed)")
            .arg(reports::PublicityList::keyLabel(base ? QStringLiteral("base") : QStringLiteral("total")))
            .arg((base ? a.scoreBase : a.scoreTotal).value_or(0))
            .arg(m_review.thresholdMin);
    }
    return tr("Not ranked");
}

QString PointsReviewModel::toolTip(int row) const
{
    const core::StoredApplication& a = application(row);
    QString tip;
    if (isInsideQuota(row)) {
        tip = tr("Rank %1: inside the quota of %2.").arg(a.rank.value_or(0)).arg(m_review.quota);
        if (row == m_cutRow)
            tip += u'\n' + tr("The cut line runs under this row: the last application inside the quota.");
    } else if (isRanked(row)) {
        tip = tr("Rank %1: outside the quota of %2 (below the cut line); it cannot be approved.")
                  .arg(a.rank.value_or(0))
                  .arg(m_review.quota);
    } else {
        tip = note(row);
    }
    if (!a.decision.isEmpty())
        tip += u'\n' + tr("Decided by %1 on %2: %3").arg(a.reviewer, a.decidedAt.left(10), a.reason);
    return tip;
}

QVariant PointsReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int col = index.column();
    const core::StoredApplication& a = application(row);
    const auto number = [](const std::optional<qint64>& v) { return v ? QString::number(*v) : dash(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case RankColumn: return isRanked(row) ? QString::number(a.rank.value_or(0)) : dash();
        case NumberColumn: return a.number;
        case NameColumn: return a.name;
        case CitizenIdColumn: return a.citizenId;
        case DistrictColumn: return core::Districts::nameOf(a.district);
        case TotalColumn: return number(a.scoreTotal);
        case BaseColumn: return number(a.scoreBase);
        default: break;
        }
        if (col == statusColumn())
            return core::applicationStatusLabel(a.status);
        if (col == reasonColumn())
            return note(row);
        return number(keyValue(row, m_extraKeys[col - BaseColumn - 1]));
    case Qt::TextAlignmentRole:
        if (col == RankColumn || (col >= TotalColumn && col < statusColumn()))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        if (isInsideQuota(row))
            return QBrush(insideQuotaBackground);
        return {};
    case Qt::ForegroundRole:
        if (!isRanked(row))
            return QBrush(notRankedText);
        return {};
    case Qt::ToolTipRole: return toolTip(row);
    case NumberRole: return a.number;
    case InsideQuotaRole: return isInsideQuota(row);
    case CutLineRole: return row == m_cutRow;
    case RankedRole: return isRanked(row);
    case DecidableRole: return isRanked(row) && a.status == core::ApplicationStatus::Ranked;
    default: return {};
    }
}

QVariant PointsReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("Rank");
    case NumberColumn: return tr("Application");
    case NameColumn: return tr("Name");
    case CitizenIdColumn: return tr("Citizen ID");
    case DistrictColumn: return tr("District");
    case TotalColumn: return reports::PublicityList::keyLabel(QStringLiteral("total"));
    case BaseColumn: return reports::PublicityList::keyLabel(QStringLiteral("base"));
    default: break;
    }
    if (section == statusColumn())
        return tr("Status");
    if (section == reasonColumn())
        return tr("Reason / note");
    return reports::PublicityList::keyLabel(m_extraKeys[section - BaseColumn - 1]);
}

// ---------------------------------------------------------------------------------------------
// The page

PointsReviewPage::PointsReviewPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_service(session.workspace)
{
    setObjectName(QStringLiteral("page_points_review"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The round: year, rule set, quota; rank, refresh, publish.
    auto* bar = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("R&ound:"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reviewYearSpin"));
    m_year->setRange(2014, 2100);
    auto round = m_service.currentRound();
    m_year->setValue(std::clamp(round ? *round : m_session.workspace.clock().now().toLocalTime().date().year(),
                                2014, 2100));
    yearLabel->setBuddy(m_year);
    m_ruleSet = new QLabel(this);
    m_ruleSet->setObjectName(QStringLiteral("ruleSetLabel"));
    m_ruleSet->setTextFormat(Qt::PlainText);
    auto* quotaLabel = new QLabel(tr("&Quota:"), this);
    m_quota = new QSpinBox(this);
    m_quota->setObjectName(QStringLiteral("quotaSpin"));
    m_quota->setRange(0, 10'000'000);
    m_quota->setGroupSeparatorShown(false);
    quotaLabel->setBuddy(m_quota);
    m_rank = new QPushButton(tr("Ran&k round…"), this);
    m_rank->setObjectName(QStringLiteral("rankButton"));
    m_rank->setToolTip(tr("Score every open application of the round again and rank them with the quota on the "
                          "left (a quota other than the rule set's is recorded as an override)."));
    auto* refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_publish = new QPushButton(tr("&Publish list…"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(tr("Write the publicity list (公示名单) of the approved applications as CSV or PDF; "
                             "they become published."));
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(m_ruleSet, 1);
    bar->addWidget(quotaLabel);
    bar->addWidget(m_quota);
    bar->addWidget(m_rank);
    bar->addWidget(refreshButton);
    bar->addWidget(m_publish);
    layout->addLayout(bar);

    // The round's figures and the quota used.
    auto* figures = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quotaBar = new QProgressBar(this);
    m_quotaBar->setObjectName(QStringLiteral("quotaBar"));
    m_quotaBar->setMinimumWidth(200);
    m_quotaBar->setMaximumWidth(260);
    m_quotaBar->setTextVisible(true);
    figures->addWidget(m_summary, 1);
    figures->addWidget(m_quotaBar, 0, Qt::AlignTop);
    layout->addLayout(figures);

    m_message = errorLabel(QStringLiteral("reviewMessage"), this);
    m_rankBusy = new QProgressBar(this);
    m_rankBusy->setObjectName(QStringLiteral("rankingProgress"));
    m_rankBusy->setRange(0, 0); // busy: the ranking is one transaction without steps to count
    m_rankBusy->setMaximumHeight(10);
    m_rankBusy->setTextVisible(false);
    m_rankBusy->setVisible(false);
    layout->addWidget(m_message);
    layout->addWidget(m_rankBusy);

    // Left: the distribution chart over the ranking. Right: the selected application and the decision.
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("distributionChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);

    m_model = new PointsReviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // a round of 100k: measure a sample
    m_table->setItemDelegate(new CutLineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // many rows: no per-row sizing
    m_table->setModel(m_model); // after the row header's mode: see RegistryPage
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);
    left->addWidget(m_chart);
    left->addWidget(m_table);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    left->setSizes({240, 540});

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(right);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setOpenLinks(false);
    rightLayout->addWidget(m_detail, 1);

    auto* decision = new QGroupBox(tr("Decision"), right);
    auto* form = new QFormLayout(decision);
    m_reason = new QLineEdit(decision);
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_reason->setPlaceholderText(tr("Why: it goes on the record and to the applicant"));
    m_reason->setMaxLength(500);
    m_password = new QLineEdit(decision);
    m_password->setObjectName(QStringLiteral("decisionPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password, again, for each decision"));
    // Enter in the password box decides nothing: a decision takes a click or Alt+A / Alt+R.
    m_approve = new QPushButton(tr("&Approve"), decision);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("&Return"), decision);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_reject = new QPushButton(tr("Re&ject (false statements)…"), decision);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Disqualify an application resting on false statements or documents: the "
                            "applicant is barred from points-based settlement for good"));
    for (QPushButton* b : {m_approve, m_return, m_reject, m_rank, refreshButton, m_publish}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto* reasonLabel = new QLabel(tr("Rea&son:"), decision);
    reasonLabel->setBuddy(m_reason);
    auto* passwordLabel = new QLabel(tr("Pass&word:"), decision);
    passwordLabel->setBuddy(m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(m_reject);
    form->addRow(reasonLabel, m_reason);
    form->addRow(passwordLabel, m_password);
    form->addRow(buttons);
    rightLayout->addWidget(decision);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setSizes({1000, 420});
    layout->addWidget(split, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        showMessage({}, false);
        refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        showMessage({}, false);
        refresh();
    });
    connect(m_rank, &QPushButton::clicked, this, &PointsReviewPage::rankRound);
    connect(m_publish, &QPushButton::clicked, this, &PointsReviewPage::publish);
    connect(m_approve, &QPushButton::clicked, this, &PointsReviewPage::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &PointsReviewPage::returnSelected);
    connect(m_reject, &QPushButton::clicked, this, &PointsReviewPage::rejectSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showSelection(); });

    refresh();
}

PointsReviewPage::~PointsReviewPage()
{
    if (m_rankThread)
        m_rankThread->wait(); // the ranking is one transaction: let it land (or fail) whole
}

QString PointsReviewPage::title() const
{
    return tr("Settlement review");
}

QString PointsReviewPage::subtitle() const
{
    return tr("Points-based settlement (积分入户): rank the round, check the cut line and each score, approve or "
              "return applications with a reason (your password is asked again), and publish the publicity list.");
}

void PointsReviewPage::activate()
{
    refresh();
}

int PointsReviewPage::year() const
{
    return m_year->value();
}

void PointsReviewPage::setYear(int year)
{
    m_year->setValue(year); // refreshes when it changes
}

QString PointsReviewPage::selectedApplication() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->data(m_model->index(rows.front().row(), 0), PointsReviewModel::NumberRole).toString();
}

void PointsReviewPage::refresh()
{
    const QString selected = selectedApplication();
    auto info = m_service.ruleSetForYear(year());
    m_ruleSetQuota = info ? info->ruleSet.quota : 0;
    // Reading a round of 100k applications takes a moment; this first version reads on the GUI
    // thread behind a wait cursor.
    core::Result<core::RoundReview> review = [this] {
        WaitCursor wait;
        return m_service.review(m_session.actor, year());
    }();
    if (!review) {
        showMessage(errorText(review.error()), true);
        core::RoundReview empty;
        empty.year = year();
        m_model->setReview(std::move(empty));
        m_ruleSet->setText(info ? info->ruleSet.title : QString());
    } else {
        m_model->setReview(std::move(*review));
        const core::RoundReview& r = m_model->review();
        m_ruleSet->setText(r.ruleSetTitle.isEmpty() ? r.ruleSetId
                                                    : tr("%1 (%2)").arg(r.ruleSetTitle, r.ruleSetId));
    }
    const QSignalBlocker block(m_quota);
    m_quota->setValue(m_model->review().quota);
    m_table->resizeColumnsToContents();
    // Points columns stay narrow (long fact names elide; the header's tooltip has them in full).
    for (int c = PointsReviewModel::TotalColumn; c < m_model->statusColumn(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 96));
    m_detailFor.clear(); // the application may have changed: show it again
    updateSummary();
    updateChart();
    if (selected.isEmpty() || !selectApplication(selected))
        showSelection();
    updateButtons();
}

bool PointsReviewPage::selectApplication(const QString& number)
{
    const int row = m_model->rowOf(number);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelection(); // when the row was selected already (else the selection change showed it)
    return true;
}

QString PointsReviewPage::cutOffText(bool withTies) const
{
    const core::RoundReview& r = m_model->review();
    if (!r.cutOff || r.cutOff->isEmpty())
        return tr("none (nobody inside the quota)");
    const QList<core::RankKey>& keys = *r.cutOff;
    QString text = tr("%1 ≥ %2").arg(reports::PublicityList::keyLabel(keys.front().name)).arg(keys.front().value);
    if (withTies && keys.size() > 1) {
        QStringList ties;
        for (qsizetype i = 1; i < keys.size(); ++i)
            ties << tr("%1 %2").arg(reports::PublicityList::keyLabel(keys[i].name)).arg(keys[i].value);
        text = tr("%1 (ties at the cut: %2)").arg(text, ties.join(tr(", ")));
    }
    return text;
}

void PointsReviewPage::updateSummary()
{
    const core::RoundReview& r = m_model->review();
    const bool base = r.thresholdScore == core::ThresholdScore::Base;
    const QString threshold = tr("%1 ≥ %2")
                                  .arg(reports::PublicityList::keyLabel(base ? QStringLiteral("base") : QStringLiteral("total")))
                                  .arg(r.thresholdMin);
    QStringList lines;
    if (!r.rankingId) {
        lines << tr("Not ranked yet: %n application(s) in the round. Quota %1 (rule set); threshold %2.", "",
                    static_cast<int>(r.applications.size()))
                     .arg(r.quota)
                     .arg(threshold);
    } else {
        QString quota = QString::number(r.quota);
        if (r.quotaOverridden)
            quota = tr("%1 (override; the rule set has %2)").arg(r.quota).arg(m_ruleSetQuota);
        const int percent = r.quota > 0 ? static_cast<int>(qint64(r.approved) * 100 / r.quota) : 0;
        lines << tr("Quota: %1 · inside the quota: %2 · approved: %3 of %4 (%5%)")
                     .arg(quota)
                     .arg(r.admitted)
                     .arg(r.approved)
                     .arg(r.quota)
                     .arg(percent);
        lines << tr("Cut-off: %1 · threshold: %2 · ranked: %3 · not ranked: %4")
                     .arg(cutOffText(true), threshold)
                     .arg(m_model->rankedCount())
                     .arg(r.notRanked);
        lines << tr("Ranked on %1 by %2 (ranking %3).")
                     .arg(r.rankedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.rankedBy)
                     .arg(*r.rankingId);
    }
    m_summary->setText(lines.join(u'\n'));

    if (r.quota > 0) {
        m_quotaBar->setRange(0, r.quota);
        m_quotaBar->setValue(std::min(r.approved, r.quota));
    } else {
        m_quotaBar->setRange(0, 1); // a 0..0 range would show a busy bar
        m_quotaBar->setValue(0);
    }
    QString format = tr("%1 of %2 approved").arg(r.approved).arg(r.quota);
    m_quotaBar->setFormat(format.replace(u'%', QStringLiteral("%%")));
    m_quotaBar->setToolTip(tr("Quota used: approved, published or settled applications of the quota"));
}

void PointsReviewPage::updateChart()
{
    const core::RoundReview& r = m_model->review();
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString key = r.keyNames.isEmpty() ? QStringLiteral("total") : r.keyNames.front();

    // The first ranking key of every ranked application, inside or outside the quota.
    std::vector<std::pair<qint64, bool>> values;
    values.reserve(static_cast<std::size_t>(m_model->rankedCount()));
    for (int row = 0; row < m_model->rankedCount(); ++row)
        if (const auto v = m_model->keyValue(row, key))
            values.emplace_back(*v, m_model->isInsideQuota(row));

    if (values.empty()) {
        chart->setTitle(r.rankingId ? tr("Nobody ranked in this round") : tr("Not ranked yet"));
    } else {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        const qint64 low = lo->first;
        const qint64 high = hi->first;
        // Bins of 10 points; wider when that would make more than 30 bars.
        qint64 width = 10;
        for (const qint64 w : {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000}) {
            width = w;
            if (high / w - low / w < 30)
                break;
        }
        const auto binOf = [width](qint64 v) { return (v >= 0 ? v / width : (v - width + 1) / width) * width; };
        std::map<qint64, std::pair<int, int>> bins; // start -> inside, outside
        for (qint64 b = binOf(low); b <= binOf(high); b += width)
            bins[b] = {0, 0};
        for (const auto& [v, inside] : values) {
            auto& bin = bins[binOf(v)];
            (inside ? bin.first : bin.second) += 1;
        }
        auto* insideSet = new QBarSet(tr("Inside the quota"));
        auto* outsideSet = new QBarSet(tr("Outside the quota"));
        insideSet->setColor(insideQuotaBar);
        insideSet->setBorderColor(insideQuotaBar);
        outsideSet->setColor(outsideQuotaBar);
        outsideSet->setBorderColor(outsideQuotaBar);
        QStringList categories;
        int most = 0;
        for (const auto& [start, counts] : bins) {
            categories << QString::number(start);
            *insideSet << counts.first;
            *outsideSet << counts.second;
            most = std::max(most, counts.first + counts.second);
        }
        auto* series = new QStackedBarSeries;
        series->setBarWidth(0.9);
        series->append(insideSet);
        series->append(outsideSet);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        x->setTruncateLabels(false);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        if (most <= 6) {
            y->setRange(0, std::max(most, 1));
            y->setTickCount(std::max(most, 1) + 1);
        } else {
            y->setRange(0, most);
            y->applyNiceNumbers();
        }
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->setTitle(tr("%1 of the ranked applications (bins of %2, by lower bound) · cut-off: %3")
                            .arg(reports::PublicityList::keyLabel(key))
                            .arg(width)
                            .arg(cutOffText(false)));
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void PointsReviewPage::showSelection()
{
    const QString number = selectedApplication();
    updateButtons();
    if (number == m_detailFor && !number.isEmpty())
        return;
    m_detailFor = number;
    if (number.isEmpty()) {
        m_detail->setHtml(u"<p>"_s + tr("Select an application to see its score breakdown.").toHtmlEscaped() +
                          u"</p>"_s);
        return;
    }
    auto scored = m_service.score(m_session.actor, number);
    if (!scored) {
        m_detail->setPlainText(errorText(scored.error()));
        return;
    }
    const core::StoredApplication& a = scored->application;
    const core::ScoreResult& s = scored->score;
    const int row = m_model->rowOf(number);
    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };

    QString h = u"<h3>"_s + esc(a.number + u"  " + a.name) + u"</h3><p>"_s;
    h += esc(tr("Citizen ID: %1").arg(a.citizenId)) + u"<br/>"_s;
    h += esc(tr("District: %1 · status: %2").arg(core::Districts::nameOf(a.district), core::applicationStatusLabel(a.status))) +
         u"<br/>"_s;
    if (m_model->isInsideQuota(row))
        h += u"<b style=\"color:#2e7d32\">"_s + esc(tr("Rank %1, inside the quota").arg(a.rank.value_or(0))) +
             u"</b>"_s;
    else if (m_model->isRanked(row))
        h += u"<b style=\"color:#c62828\">"_s + esc(tr("Rank %1, outside the quota").arg(a.rank.value_or(0))) +
             u"</b>"_s;
    else
        h += esc(tr("Not ranked"));
    h += u"</p><p>"_s;
    h += esc(tr("Base %1 · bonus %2 · deductions %3 · total %4")
                 .arg(s.base)
                 .arg(s.bonus)
                 .arg(s.deductions)
                 .arg(s.total));
    h += u"<br/>"_s;
    const bool base = s.thresholdScore == core::ThresholdScore::Base;
    h += esc((s.overThreshold ? tr("Threshold (%1 ≥ %2): reached") : tr("Threshold (%1 ≥ %2): not reached"))
                 .arg(reports::PublicityList::keyLabel(base ? QStringLiteral("base") : QStringLiteral("total")))
                 .arg(s.thresholdMin));
    if (!s.keys.isEmpty()) {
        QStringList keys;
        for (const core::RankKey& k : s.keys)
            keys << tr("%1 %2").arg(reports::PublicityList::keyLabel(k.name)).arg(k.value);
        h += u"<br/>"_s + esc(tr("Ranking keys: %1").arg(keys.join(tr(", "))));
    }
    h += u"</p>"_s;
    if (!a.decision.isEmpty())
        h += u"<p>"_s + esc(tr("Decision by %1 (%2): %3").arg(a.reviewer, a.decidedAt.left(10), a.reason)) +
             u"</p>"_s;

    h += u"<h4>"_s + esc(tr("Score breakdown")) + u"</h4>"_s;
    // Each item, then in small grey type what it read and how (the rule), so every number is explained.
    h += u"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr><th align=\"left\">"_s + esc(tr("Item")) +
         u"</th><th align=\"right\">"_s + esc(tr("Points")) + u"</th></tr>"_s;
    for (const core::ItemResult& item : s.items) {
        QStringList notes;
        if (!item.counted) {
            QString through = item.countedIn;
            for (const core::ItemResult& other : s.items)
                if (other.id == item.countedIn && !other.label.isEmpty())
                    through = other.label;
            notes << tr("counts through %1").arg(through);
        }
        if (item.capped)
            notes << tr("capped");
        if (item.missing)
            notes << tr("not stated");
        if (item.points != 0 && item.counted && !item.rule.isEmpty())
            notes << item.rule;
        const QString colour = item.points == 0 || !item.counted ? u"#757575"_s : u"#000000"_s;
        h += u"<tr><td style=\"color:"_s + colour + u"\">"_s + esc(item.label.isEmpty() ? item.id : item.label) +
             u"</td><td align=\"right\" style=\"color:"_s + colour + u"\">"_s + QString::number(item.points) +
             u"</td></tr>"_s;
        if (!notes.isEmpty())
            h += u"<tr><td colspan=\"2\" style=\"color:#757575; font-size:small; padding-left:12px\">"_s +
                 esc(notes.join(tr("; "))) + u"</td></tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h4>"_s + esc(tr("Eligibility")) + u"</h4><ul>"_s;
    for (const core::Finding& f : s.findings)
        h += u"<li style=\"color:"_s + (f.passed ? u"#2e7d32"_s : u"#c62828"_s) + u"\">"_s +
             (f.passed ? u"✔ "_s : u"✘ "_s) + esc(f.detail()) + u"</li>"_s;
    h += u"</ul>"_s;
    if (!s.missingFacts.isEmpty()) {
        QStringList missing;
        for (const QString& fact : s.missingFacts)
            missing << core::FactCatalogue::label(fact);
        h += u"<p style=\"color:#555555\">"_s + esc(tr("Not stated (counted as 0 / no): %1").arg(missing.join(tr(", ")))) +
             u"</p>"_s;
    }
    m_detail->setHtml(h);
}

void PointsReviewPage::updateButtons()
{
    const int row = m_model->rowOf(selectedApplication());
    const bool decidable =
        row >= 0 && m_model->data(m_model->index(row, 0), PointsReviewModel::DecidableRole).toBool();
    const bool idle = !isRanking();
    m_approve->setEnabled(decidable && idle);
    m_return->setEnabled(decidable && idle);
    const bool open = row >= 0 && m_model->application(row).status != core::ApplicationStatus::Rejected &&
                      m_model->application(row).status != core::ApplicationStatus::Settled;
    m_reject->setEnabled(open && idle);
    m_rank->setEnabled(idle);
    m_approve->setToolTip(decidable && !m_model->isInsideQuota(row)
                              ? tr("This application is outside the quota; it cannot be approved.")
                              : QString());
    m_publish->setEnabled(m_model->review().rankingId.has_value() && idle);
}

void PointsReviewPage::showMessage(const QString& text, bool error)
{
    setMessage(m_message, text, error ? Tone::Failure : Tone::Success);
}

void PointsReviewPage::rankRound()
{
    const core::RoundReview& r = m_model->review();
    const int y = year();
    std::optional<int> quotaOverride;
    if (m_quota->value() != m_ruleSetQuota)
        quotaOverride = m_quota->value();
    if (r.rankingId) {
        QString text = tr("The %1 round was ranked on %2 by %3. Rank it again? Every open application is scored "
                          "again and a new ranking replaces the current one (the old one stays on record).")
                           .arg(y)
                           .arg(r.rankedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.rankedBy);
        if (quotaOverride)
            text += u' ' + tr("The quota will be %1 instead of the rule set's %2.").arg(*quotaOverride).arg(m_ruleSetQuota);
        if (!m_session.prompts.confirm(this, tr("Rank the round again"), text, tr("Rank again")))
            return;
    }
    // Ranking a large round (100k applications: one to two seconds) runs on a worker thread with a
    // connection of its own, so the window keeps painting; the page is read-only meanwhile.
    auto outcome = std::make_shared<core::Result<core::RankingOutcome>>(
        std::unexpected(core::Error{core::ErrorCode::Failed, tr("the ranking did not start"), {}, 0}));
    const QString path = m_session.workspace.db().path();
    const core::Clock* clock = &m_session.workspace.clock();
    const core::Actor actor = m_session.actor;
    m_rankThread.reset(QThread::create([outcome, path, clock, actor, y, quotaOverride] {
        auto ws = core::Workspace::open(path, core::Workspace::Open::Existing, *clock);
        if (!ws) {
            *outcome = std::unexpected(ws.error());
            return;
        }
        *outcome = core::PointsService(**ws).rank(actor, y, quotaOverride);
    }));
    m_rankThread->setObjectName(QStringLiteral("pointsRanking"));
    connect(m_rankThread.get(), &QThread::finished, this, [this, outcome] {
        m_rankThread->wait();
        m_rankThread.reset();
        m_rankBusy->setVisible(false);
        m_year->setEnabled(true);
        updateButtons();
        if (!*outcome) {
            showMessage(errorText(outcome->error()), true);
            return;
        }
        refresh();
        showMessage(tr("Ranked %n application(s); %1 inside the quota of %2.", "",
                       static_cast<int>((*outcome)->ranking.entries.size()))
                        .arg((*outcome)->ranking.admittedCount)
                        .arg((*outcome)->ranking.quota),
                    false);
    });
    m_rankBusy->setVisible(true);
    m_year->setEnabled(false);
    showMessage(tr("Ranking the %1 round…").arg(y), false);
    updateButtons();
    m_rankThread->start();
}

bool PointsReviewPage::isRanking() const
{
    return m_rankThread != nullptr;
}

void PointsReviewPage::approveSelected()
{
    decideSelected(Decision::Approve);
}

void PointsReviewPage::returnSelected()
{
    decideSelected(Decision::Return);
}

void PointsReviewPage::rejectSelected()
{
    decideSelected(Decision::Reject);
}

void PointsReviewPage::decideSelected(Decision decision)
{
    const bool approve = decision == Decision::Approve;
    const QString number = selectedApplication();
    if (number.isEmpty()) {
        showMessage(tr("Select an application in the ranking first."), true);
        return;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Give a reason for the decision; it goes on the record."), true);
        m_reason->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Type your password again to confirm the decision."), true);
        m_password->setFocus();
        return;
    }
    if (decision == Decision::Reject &&
        !m_session.prompts.confirm(this, tr("Reject for false statements"),
                                   tr("Reject %1 for false statements or documents? The applicant is barred from "
                                      "points-based settlement for good; this is not undone.")
                                       .arg(number),
                                   tr("Reject"))) {
        m_password->clear();
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    if (auto ok = core::UserService(m_session.workspace).confirmPassword(m_session.actor, password); !ok) {
        showMessage(ok.error().code == core::ErrorCode::AuthFailed
                        ? tr("The password is not correct; nothing was decided. Type your own password again.")
                        : errorText(ok.error()),
                    true);
        m_password->setFocus();
        return;
    }
    auto decided = decision == Decision::Reject ? m_service.reject(m_session.actor, number, reason)
                                                : m_service.decide(m_session.actor, number, approve, reason);
    if (!decided) {
        showMessage(errorText(decided.error()), true);
        return;
    }
    m_reason->clear();
    // Only this application changed: update its row instead of reading the whole round again.
    m_model->replaceApplication(*decided);
    updateSummary();
    m_detailFor.clear();
    const int decidedRow = m_model->rowOf(number);
    // Move on to the next undecided application (the rows keep their places).
    const int rows = m_model->rowCount();
    bool moved = false;
    for (int i = 1; i <= rows && !moved; ++i) {
        const int row = (decidedRow + i) % rows;
        if (m_model->data(m_model->index(row, 0), PointsReviewModel::DecidableRole).toBool())
            moved = selectApplication(m_model->application(row).number);
    }
    if (!moved)
        showSelection(); // the decided one stays selected: show its decision
    showMessage(decision == Decision::Approve  ? tr("%1 (%2) approved.").arg(decided->number, decided->name)
                : decision == Decision::Return ? tr("%1 (%2) returned: %3").arg(decided->number, decided->name, decided->reason)
                                               : tr("%1 (%2) rejected and barred: %3")
                                                     .arg(decided->number, decided->name, decided->reason),
                false);
    m_reason->setFocus();
}

void PointsReviewPage::publish()
{
    const QString title = tr("Publish the publicity list");
    const int y = year();
    auto list = m_service.publicity(m_session.actor, y);
    if (!list) {
        m_session.prompts.error(this, title, errorText(list.error()));
        return;
    }
    if (list->entries.isEmpty()) {
        m_session.prompts.error(this, title,
                                tr("No application of the %1 round is approved yet: there is nothing to publish.").arg(y));
        return;
    }
    QString path = m_session.prompts.saveFile(this, title, QStringLiteral("publicity-%1.csv").arg(y),
                                              tr("CSV (*.csv);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        path += QStringLiteral(".csv");
        suffix = QStringLiteral("csv");
    }
    if (suffix != u"csv" && suffix != u"pdf") {
        m_session.prompts.error(this, title, tr("Choose a file name ending in .csv or .pdf."));
        return;
    }
    // Writes the file and records the publication; the error message, if any.
    const QString failure = [&]() -> QString {
        WaitCursor wait;
        if (auto r = reports::PublicityList(*list).write(path); !r)
            return errorText(r.error());
        if (auto r = m_service.markPublished(m_session.actor, *list, path); !r) {
            QFile::remove(path); // personal data leaves only through a journaled action
            return errorText(r.error());
        }
        return {};
    }();
    if (!failure.isEmpty()) {
        m_session.prompts.error(this, title, failure);
        return;
    }
    refresh();
    const int count = static_cast<int>(list->entries.size());
    showMessage(tr("Publicity list of %n applicant(s) written to %1.", "", count).arg(path), false);
    m_session.prompts.information(
        this, tr("Publicity list published"),
        tr("The publicity list of the %1 round (%n applicant(s)) was written to %2. The approved applications on it "
           "are now published.",
           "", count)
            .arg(y)
            .arg(path));
}

} // namespace hukou::ui
