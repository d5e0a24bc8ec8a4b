#pragma once

#include "page.h"
#include "session.h"

#include "core/conversion/conversion_service.h"

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace hukou::reports {
class PdfDocument;
}

namespace hukou::ui {

// The unified resident-household conversion (户籍一元化登记): what a run would convert (district ×
// former nature), a chart of the legacy records left per district, the exceptions a clerk must sort
// out (double-click opens the person), and the run itself on a worker thread with its own
// connection, a progress bar and Cancel. Object names: page_conversion, districtCombo,
// refreshButton, previewTable, remainingChart, exceptionsTable, runButton, cancelButton,
// conversionProgress, conversionMessage, printReportButton, saveReportButton.
class ConversionPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversionPage)
public:
    explicit ConversionPage(const Session& session, QWidget* parent = nullptr);
    ~ConversionPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    void refresh();
    void startRun();
    void cancelRun();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    void printReport();
    void saveReport();
    // The selected district code, '' for all.
    [[nodiscard]] QString district() const;
    [[nodiscard]] QStandardItemModel* previewModel() const { return m_preview; }
    [[nodiscard]] QStandardItemModel* exceptionsModel() const { return m_exceptions; }

    // (Double-clicking an exception emits Page::openPersonRequested: the main window opens the
    // person on the registry page.)

private:
    [[nodiscard]] std::optional<reports::PdfDocument> reportDocument();
    void fillChart(const std::vector<core::NatureStatistic>& stats);
    void runFinished(const core::Result<core::ConversionOutcome>& outcome);

    Session m_session;
    QComboBox* m_district = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QStandardItemModel* m_exceptions = nullptr;
    QTableView* m_previewTable = nullptr;
    QTableView* m_exceptionsTable = nullptr;
    QChartView* m_chart = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_exceptionsNote = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace hukou::ui
