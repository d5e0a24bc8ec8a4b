#pragma once

#include "core/points/points_engine.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hukou::ui {

// A score as a clerk reads it: the totals (base, bonus, deductions, total against the threshold),
// one line per item (what it read, the rule, the points, whether a cap applied) and each hard
// condition passed or failed with the values compared. Object names: breakdownTotals,
// breakdownItems, breakdownFindings.
class ScoreBreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreBreakdownView)
public:
    explicit ScoreBreakdownView(QWidget* parent = nullptr);
    ~ScoreBreakdownView() override;

    void show(const core::ScoreResult& score);
    void clear(const QString& why);

    // A fact's value as the form shows it (yes/no, a number, a level's label, years: hours).
    [[nodiscard]] static QString valueText(const std::optional<core::FactValue>& value);

private:
    QLabel* m_totals = nullptr;
    QTableWidget* m_items = nullptr;
    QTableWidget* m_findings = nullptr;
};

} // namespace hukou::ui
