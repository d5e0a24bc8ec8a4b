#pragma once

#include "core/registry/registry_service.h"
#include "page.h"
#include "session.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace hukou::ui {

class PersonDetailPanel;
class PersonTableModel;

// The household register: one search box over everyone (updates as you type, searched on a worker
// thread), a result table that browses all persons page by page when the box is empty, and the
// selected person's card, household and history on the right with the edit actions.
// Keys: Ctrl+F search, Enter/Down into the table, Enter opens the person.
// Object names: page_registry, registrySearch, registryCount, registryTable, registryMessage,
// registrySplitter, newPersonButton, newHouseholdButton, importButton, exportButton, and those of
// PersonDetailPanel.
class RegistryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)
public:
    static constexpr int DebounceMs = 200;

    explicit RegistryPage(const Session& session, QWidget* parent = nullptr);
    ~RegistryPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    void activate() override;
    bool showPersonByCitizenId(const QString& citizenId) override;

    [[nodiscard]] PersonTableModel* model() const { return m_model; }
    [[nodiscard]] PersonDetailPanel* detailPanel() const { return m_panel; }
    [[nodiscard]] bool isExporting() const { return m_exportThread != nullptr; }

    // Shows this person in the panel (and selects the row when it is loaded).
    void showPerson(qint64 personId);
    void openCurrent();
    void newPerson();
    void correctPerson();
    void changeStatus();
    void newHousehold();
    void makeHead(const QString& citizenId);
    void importPersons();
    void exportPersons();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void enterTable();
    void currentChanged();
    void updateCount();
    void afterChange(qint64 personId, const QString& message);
    void report(const QString& message, bool error = false);
    void reselect();

    Session m_session;
    core::RegistryService m_registry;
    bool m_canEdit = false;
    qint64 m_current = 0; // person shown in the panel
    PersonTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    PersonDetailPanel* m_panel = nullptr;
    QPushButton* m_newPerson = nullptr;
    QPushButton* m_newHousehold = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    std::unique_ptr<QThread> m_exportThread;
};

} // namespace hukou::ui
