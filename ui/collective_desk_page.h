#pragma once

#include "core/collective/collective_service.h"
#include "page.h"
#include "session.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hukou::ui {

// The public collective household desk (公共集体户). A clerk types or pastes a citizen ID and presses
// Enter: the person's collective status, history and loans show at once, and the actions are one key
// away (F2 enroll, F3 lend the register page, F4 return it, F8 move out, Ctrl+P the loan slip as PDF;
// function keys, because the ID box and the main window keep Ctrl+letters). After each action the ID box
// takes the focus again with its text selected, so a queue is worked by keyboard alone.
// Below: the collective households with members/capacity and open loans, coverage per district,
// overdue loans and members flagged as owning a home. All rules live in core::CollectiveService.
// Object names: page_collective, collectiveIdEdit, collectiveLookupButton, collectivePersonLabel,
// collectiveHistoryTable, collectiveLoansTable, collectiveTargetCombo, collectiveEnrollReasonCombo,
// collectiveDocumentsEdit, collectiveEnrollButton, collectiveLoanPurposeEdit, collectiveLoanDueEdit,
// collectiveLoanButton, collectiveReturnButton, collectiveLeaveReasonCombo, collectiveLeaveToEdit,
// collectiveLeaveButton, collectiveOwnsHomeCheck, collectiveSaveSlipButton, collectivePreviewSlipButton, collectiveMessage, collectiveHouseholdsTable, collectiveCoverageTable,
// collectiveOverdueTable, collectiveHomeOwnersTable.
class CollectiveDeskPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectiveDeskPage)
public:
    explicit CollectiveDeskPage(const Session& session, QWidget* parent = nullptr);
    ~CollectiveDeskPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    void lookUp();
    void reloadLists();

private:
    void enroll();
    void lend();
    void giveBack();
    void leave();
    // The loan slip of the person's newest loan: saved as PDF, or shown in a print preview.
    void saveSlip();
    void previewSlip();
    void setOwnsHome(bool owns);
    void showStatus();
    void updateButtons();
    void done(const QString& message);
    void failed(const core::Error& error);
    void backToId();

    Session m_session;
    core::CollectiveService m_service;
    std::optional<core::CollectiveStatus> m_status;

    QLineEdit* m_id = nullptr;
    QLabel* m_person = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_loans = nullptr;
    QComboBox* m_target = nullptr;
    QComboBox* m_enrollReason = nullptr;
    QLineEdit* m_documents = nullptr;
    QPushButton* m_enroll = nullptr;
    QLineEdit* m_purpose = nullptr;
    QDateEdit* m_due = nullptr;
    QPushButton* m_lend = nullptr;
    QPushButton* m_return = nullptr;
    QCheckBox* m_ownsHome = nullptr;
    QPushButton* m_saveSlip = nullptr;
    QPushButton* m_previewSlip = nullptr;
    QPushButton* m_certificate = nullptr;
    QComboBox* m_leaveReason = nullptr;
    QLineEdit* m_leaveTo = nullptr;
    QPushButton* m_leave = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_households = nullptr;
    QTableWidget* m_coverage = nullptr;
    QTableWidget* m_overdue = nullptr;
    QTableWidget* m_owners = nullptr;
};

} // namespace hukou::ui
