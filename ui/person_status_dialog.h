#pragma once

#include "core/registry/registry_service.h"
#include "session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hukou::ui {

// Records a move-out, death or cancellation with its reason and date, or reinstates a person,
// through RegistryService::setStatus (guarded by the version the page showed).
// Object names: personStatusDialog, statusCombo, statusReasonEdit, statusDateEdit, formError, okButton.
class PersonStatusDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonStatusDialog)
public:
    PersonStatusDialog(const Session& session, const core::Person& person, QWidget* parent = nullptr);
    ~PersonStatusDialog() override;

    [[nodiscard]] const core::Person& saved() const { return m_saved; }
    void accept() override;

private:
    void validate();

    Session m_session;
    core::RegistryService m_registry;
    core::Person m_person;
    core::Person m_saved;
    QComboBox* m_status = nullptr;
    QLineEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hukou::ui
