#pragma once

#include "core/registry/registry_service.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace hukou::ui {

// The right side of the registry page: the selected person's card, the household with its members
// (head first) and the record's history from the journal, with the person's actions.
// Object names: personDetail, detailName, detailTabs, card_<field key> (card_status ...),
// householdSummary, membersTable, historyTable, correctButton, statusButton, makeHeadButton.
class PersonDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDetailPanel)
public:
    explicit PersonDetailPanel(QWidget* parent = nullptr);
    ~PersonDetailPanel() override;

    void showDetail(const core::PersonDetail& detail);
    void clear(const QString& note = {});
    [[nodiscard]] const std::optional<core::PersonDetail>& detail() const { return m_detail; }
    // Whether the edit actions may be offered (the core checks again on every call).
    void setEditable(bool editable);

    [[nodiscard]] QTableWidget* history() const { return m_history; }
    [[nodiscard]] QTableWidget* members() const { return m_members; }

signals:
    void correctRequested();
    void statusRequested();
    void certificatePreviewRequested(const QString& citizenId);
    void certificatePdfRequested(const QString& citizenId);
    // Make this member (citizen ID) the head of the shown household.
    void makeHeadRequested(const QString& citizenId);

private:
    void updateButtons();

    std::optional<core::PersonDetail> m_detail;
    bool m_editable = false;
    QLabel* m_name = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, QLabel*> m_card;
    QLabel* m_household = nullptr;
    QTableWidget* m_members = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_certificate = nullptr;
    QPushButton* m_makeHead = nullptr;
};

} // namespace hukou::ui
