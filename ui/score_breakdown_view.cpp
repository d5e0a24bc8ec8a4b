#include "score_breakdown_view.h"

#include "core/points/fact_catalogue.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hukou::ui {

namespace {

QTableWidget* readOnlyTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setFocusPolicy(Qt::ClickFocus);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QColor& colour = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        if (colour.isValid())
            item->setForeground(colour);
        t->setItem(row, c, item);
    }
}

QString groupLabel(core::ItemGroup g)
{
    switch (g) {
    case core::ItemGroup::Base: return ScoreBreakdownView::tr("base");
    case core::ItemGroup::Bonus: return ScoreBreakdownView::tr("bonus");
    case core::ItemGroup::Deduction: return ScoreBreakdownView::tr("deduction");
    }
    return {};
}

} // namespace

ScoreBreakdownView::ScoreBreakdownView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("breakdownTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::PlainText);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_totals->setFont(big);
    m_items = readOnlyTable(QStringLiteral("breakdownItems"),
                            {tr("Item"), tr("Points"), tr("Value"), tr("Group"), tr("Rule")}, this);
    m_findings = readOnlyTable(QStringLiteral("breakdownFindings"), {tr("Condition"), tr("Result")}, this);
    layout->addWidget(m_totals);
    layout->addWidget(m_items, 3);
    layout->addWidget(new QLabel(tr("Eligibility (hard conditions)"), this));
    m_findings->setMaximumHeight(m_findings->horizontalHeader()->sizeHint().height() +
                                 7 * m_findings->verticalHeader()->defaultSectionSize()); // the 2023 rules have 5-6 conditions
    layout->addWidget(m_findings, 2);
}

ScoreBreakdownView::~ScoreBreakdownView() = default;

QString ScoreBreakdownView::valueText(const std::optional<core::FactValue>& value)
{
    if (!value)
        return tr("not stated");
    return std::visit(
        [](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>)
                return v ? tr("yes") : tr("no");
            else if constexpr (std::is_same_v<T, qint64>)
                return QString::number(v);
            else if constexpr (std::is_same_v<T, QString>)
                return core::FactCatalogue::levelLabel(v);
            else {
                QStringList parts;
                for (auto it = v.begin(); it != v.end(); ++it)
                    parts << tr("%1: %2 h").arg(it.key()).arg(it.value());
                return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
            }
        },
        *value);
}

void ScoreBreakdownView::show(const core::ScoreResult& s)
{
    const QString threshold = s.thresholdScore == core::ThresholdScore::Base ? tr("base") : tr("total");
    QString totals = tr("Total %1 = base %2 + bonus %3 − deductions %4").arg(s.total).arg(s.base).arg(s.bonus)
                         .arg(-s.deductions);
    totals += QLatin1Char('\n');
    totals += s.overThreshold ? tr("Over the threshold (%1 ≥ %2).").arg(threshold).arg(s.thresholdMin)
                              : tr("Under the threshold (%1 must reach %2).").arg(threshold).arg(s.thresholdMin);
    totals += QLatin1Char(' ');
    totals += s.eligible ? tr("Every hard condition is met.") : tr("A hard condition is not met: not eligible.");
    if (s.age >= 0)
        totals += QLatin1Char(' ') + tr("Age %1 on %2.").arg(s.age).arg(s.referenceDate.toString(Qt::ISODate));
    m_totals->setText(totals);
    m_totals->setStyleSheet(s.eligible && s.overThreshold ? QStringLiteral("color: #1b5e20;")
                                                          : QStringLiteral("color: #b71c1c;"));

    // best_of / sum_of read other items' points: call those by their labels.
    QHash<QString, QString> itemLabels;
    for (const core::ItemResult& it : s.items)
        itemLabels.insert(it.id, it.label);
    m_items->setRowCount(static_cast<int>(s.items.size()));
    for (int r = 0; r < s.items.size(); ++r) {
        const core::ItemResult& it = s.items[r];
        QStringList values;
        for (const core::ItemValue& v : it.values) {
            const QString name = v.name == QLatin1String("age") ? tr("age")
                                 : itemLabels.contains(v.name) ? itemLabels.value(v.name)
                                                               : core::FactCatalogue::label(v.name);
            values << (it.values.size() == 1 ? valueText(v.value) : tr("%1: %2").arg(name, valueText(v.value)));
        }
        QString points = QString::number(it.points);
        if (it.capped)
            points += QLatin1Char(' ') + tr("(capped)");
        if (!it.counted)
            points += QLatin1Char(' ') + tr("(counts through %1)").arg(itemLabels.value(it.countedIn, it.countedIn));
        const QColor colour = it.missing ? QColor(0x75, 0x75, 0x75) : QColor();
        setRow(m_items, r, {it.label, points, values.join(QStringLiteral("; ")), groupLabel(it.group), it.rule},
               colour);
    }
    m_findings->setRowCount(static_cast<int>(s.findings.size()));
    for (int r = 0; r < s.findings.size(); ++r) {
        const core::Finding& f = s.findings[r];
        setRow(m_findings, r, {(f.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + f.detail(),
                               f.passed ? tr("met") : tr("not met")},
               f.passed ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
    }
    m_items->resizeColumnsToContents();
    m_items->setColumnWidth(2, std::min(m_items->columnWidth(2), 220)); // long by-year values: tooltip
    m_findings->resizeColumnToContents(0);
}

void ScoreBreakdownView::clear(const QString& why)
{
    m_totals->setText(why);
    m_totals->setStyleSheet({});
    m_items->setRowCount(0);
    m_findings->setRowCount(0);
}

} // namespace hukou::ui
