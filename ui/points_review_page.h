#pragma once

#include "page.h"
#include "session.h"

#include "core/points/points_service.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

class QChartView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QThread;

namespace hukou::ui {

// The applications of a round as the supervisor reviews them: the ranked ones in rank order (the
// latest ranking), then the others (not eligible, under the threshold, not yet ranked) in number
// order. Rows inside the quota have a light green background; the last one inside carries
// CutLineRole (the page's delegate draws the cut line under it).
class PointsReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointsReviewModel)
public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // the application number (JF2024-000001)
        InsideQuotaRole,               // bool: ranked and inside the quota
        CutLineRole,                   // bool: the last row inside the quota (the cut line runs under it)
        RankedRole,                    // bool: ranked in the latest ranking
        DecidableRole,                 // bool: ranked and not decided yet (status ranked)
    };
    enum Column { RankColumn, NumberColumn, NameColumn, CitizenIdColumn, DistrictColumn, TotalColumn, BaseColumn };

    explicit PointsReviewModel(QObject* parent = nullptr);
    ~PointsReviewModel() override;

    void setReview(core::RoundReview review);
    // Puts a changed application (after a decision) in its row and recounts the approved ones.
    void replaceApplication(const core::StoredApplication& application);
    [[nodiscard]] const core::RoundReview& review() const { return m_review; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The application shown in `row` (0 <= row < rowCount()).
    [[nodiscard]] const core::StoredApplication& application(int row) const;
    [[nodiscard]] int rowOf(const QString& number) const; // -1 when not listed
    [[nodiscard]] bool isRanked(int row) const;
    [[nodiscard]] bool isInsideQuota(int row) const;
    [[nodiscard]] int rankedCount() const { return m_ranked; }
    // The last row inside the quota, or -1 when nobody is admitted.
    [[nodiscard]] int cutLineRow() const { return m_cutRow; }
    // The value of a ranking key (base, total, or a fact such as medical_months) for an application,
    // from its stored score; none when it was never scored.
    [[nodiscard]] std::optional<qint64> keyValue(int row, const QString& key) const;
    // The extra columns: ranking keys other than base and total (tie-breakers such as medical_months).
    [[nodiscard]] const QStringList& extraKeys() const { return m_extraKeys; }
    [[nodiscard]] int statusColumn() const { return BaseColumn + 1 + static_cast<int>(m_extraKeys.size()); }
    [[nodiscard]] int reasonColumn() const { return statusColumn() + 1; }

private:
    [[nodiscard]] QString note(int row) const;
    [[nodiscard]] QString toolTip(int row) const;

    core::RoundReview m_review;
    std::vector<int> m_order; // row -> index into m_review.applications
    QHash<QString, int> m_rowOf; // application number -> row
    QStringList m_extraKeys;
    int m_ranked = 0;
    int m_cutRow = -1;
};

// The supervisor's review of a points-based settlement round (积分入户审核): the round's figures
// (quota, inside the quota, approved, cut-off, threshold), a histogram of the ranking score with the
// cut, the ranking with the cut line, the score breakdown of the selected application, and the
// decision (approve or return with a reason, after typing the password again). Also (re)ranks the
// round, with a quota override, and publishes the publicity list (公示名单) as CSV or PDF.
// All rules live in core::PointsService; this page asks it and shows the answers.
// Object names: page_points_review, reviewYearSpin, ruleSetLabel, quotaSpin, rankButton, refreshButton,
// publishButton, reviewSummaryLabel, quotaBar, distributionChart, rankingTable, reviewDetail,
// decisionReasonEdit, decisionPasswordEdit, approveButton, returnButton, rejectButton, reviewMessage.
class PointsReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointsReviewPage)
public:
    explicit PointsReviewPage(const Session& session, QWidget* parent = nullptr);
    ~PointsReviewPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    [[nodiscard]] int year() const;
    void setYear(int year);
    // Reads the round again; keeps the selected application selected.
    void refresh();
    // Selects the application's row (and shows its breakdown); false when it is not listed.
    bool selectApplication(const QString& number);
    [[nodiscard]] QString selectedApplication() const; // empty when none
    // (Re)ranks the round with the quota in the quota box (an override when it differs from the
    // rule set's); asks first when the round is ranked already.
    void rankRound();
    // A ranking started by rankRound() is still running (on its worker thread).
    [[nodiscard]] bool isRanking() const;
    // Decide on the selected application with the reason and password typed in the decision panel.
    void approveSelected();
    void returnSelected();
    // Rejects the selected application for false statements (asks first; bars the applicant).
    void rejectSelected();
    // Writes the publicity list to a file the user picks (.csv or .pdf) and marks it published.
    void publish();

    [[nodiscard]] PointsReviewModel* model() const { return m_model; }

private:
    enum class Decision { Approve, Return, Reject };
    void decideSelected(Decision decision);
    void showSelection();
    void updateSummary();
    void updateChart();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QString cutOffText(bool withTies) const;

    Session m_session;
    core::PointsService m_service;
    int m_ruleSetQuota = 0;
    QString m_detailFor; // the application the detail panel shows

    QSpinBox* m_year = nullptr;
    QLabel* m_ruleSet = nullptr;
    QSpinBox* m_quota = nullptr;
    QPushButton* m_rank = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_quotaBar = nullptr;
    QChartView* m_chart = nullptr;
    PointsReviewModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reject = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_rankBusy = nullptr;
    std::unique_ptr<QThread> m_rankThread;
};

} // namespace hukou::ui
