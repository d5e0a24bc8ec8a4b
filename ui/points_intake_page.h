#pragma once

#include "page.h"
#include "session.h"

#include "core/points/application.h"
#include "core/points/points_service.h"

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace hukou::ui {

class ScoreBreakdownView;

// Points-based settlement at the clerk's counter (积分入户受理): the round's applications, a new
// application's intake form with its live score, evidence checklist and family moving along, the
// evidence check (verified) and the settlement of a published applicant into a household.
// Object names: page_points_intake, intakeYearSpin, intakeFilterEdit, newApplicationButton,
// applicationsTable, applicationHeader, applicationBreakdown, verifyButton, settleButton, continueDraftButton, openPersonButton (emits
// Page::openPersonRequested for a settled applicant),
// settlementPanel, ownHomeRadio, collectiveRadio, householdNumberEdit, settleAddressEdit,
// collectiveCombo, movedInFromEdit, confirmSettleButton, intakeMessage; on the form:
// applicantIdEdit, applicantIdNote, applicantNameEdit, applicantPhoneEdit, intakeDistrictCombo,
// fact_<name> (the editor of each fact: QCheckBox, QSpinBox, QComboBox; by-year facts
// fact_<name>_<year>), evidence_<name> (QCheckBox), document_<name> (QLineEdit), companionsTable,
// addCompanionButton, removeCompanionButton, intakeBreakdown, evidenceSummary,
// submitApplicationButton, saveDraftButton, cancelIntakeButton, intakeFormMessage.
class PointsIntakePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointsIntakePage)
public:
    explicit PointsIntakePage(const Session& session, QWidget* parent = nullptr);
    ~PointsIntakePage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;

    void setYear(int year);
    void refresh();
    // Opens the intake form for a new application of the round.
    void newApplication();
    void cancelIntake();
    // Submits the form; the new application's number, or nullopt (the message says why).
    std::optional<QString> submitApplication();
    // Keeps the form as a draft (numbered, not ranked) and stays in it; the draft's number or nullopt.
    std::optional<QString> saveDraft();
    // Opens a draft of the round in the form to go on with it.
    bool continueDraft(const QString& number);
    bool selectApplication(const QString& number);
    void verifySelected();
    void settleSelected();

    // The application the form describes now (what the live score uses).
    [[nodiscard]] core::Application formApplication() const;
    [[nodiscard]] bool formOpen() const;
    [[nodiscard]] std::optional<core::ScoreResult> liveScore() const { return m_liveScore; }

private:
    struct FactRow
    {
        core::FactSpec spec;
        QCheckBox* flag = nullptr;
        QSpinBox* count = nullptr;
        QComboBox* level = nullptr;
        std::vector<std::pair<int, QSpinBox*>> years;
        QCheckBox* evidence = nullptr;
        QLineEdit* document = nullptr;
    };

    QWidget* buildListView();
    QWidget* buildForm();
    void rebuildFacts();
    void clearForm();
    void updateLiveScore();
    void applicantIdChanged();
    void addCompanion();
    void fillForm(const core::Application& app);
    void showSelected();
    void settlementTargetChanged();
    [[nodiscard]] std::optional<core::StoredApplication> selected() const;
    void setListMessage(const QString& text, bool error);

    Session m_session;
    core::PointsService m_service;
    std::optional<core::RuleSet> m_ruleSet;
    std::vector<core::StoredApplication> m_applications;
    std::optional<core::ScoreResult> m_liveScore;
    QString m_messageFor; // the application selected when the list's message was shown
    QString m_draftNumber; // the draft the form edits; empty for a new application
    QStringList m_lackingEvidence; // the selected application's stated facts without a document

    QStackedWidget* m_stack = nullptr;
    // the list and the selected application
    QSpinBox* m_year = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_ruleSetLabel = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_header = nullptr;
    ScoreBreakdownView* m_breakdown = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_settle = nullptr;
    QPushButton* m_continueDraft = nullptr;
    QPushButton* m_openPerson = nullptr;
    QWidget* m_settlement = nullptr;
    QRadioButton* m_ownHome = nullptr;
    QRadioButton* m_collective = nullptr;
    QLineEdit* m_householdNumber = nullptr;
    QLineEdit* m_settleAddress = nullptr;
    QComboBox* m_collectiveCombo = nullptr;
    QLineEdit* m_movedInFrom = nullptr;
    QLabel* m_message = nullptr;
    // the intake form
    QLineEdit* m_applicantId = nullptr;
    QLabel* m_applicantNote = nullptr;
    QLineEdit* m_applicantName = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_district = nullptr;
    QLabel* m_formRuleSet = nullptr;
    QWidget* m_factsBox = nullptr;
    QGridLayout* m_factsGrid = nullptr;
    std::vector<FactRow> m_facts;
    QTableWidget* m_companions = nullptr;
    ScoreBreakdownView* m_liveBreakdown = nullptr;
    QLabel* m_evidenceSummary = nullptr;
    QLabel* m_formMessage = nullptr;
};

} // namespace hukou::ui
