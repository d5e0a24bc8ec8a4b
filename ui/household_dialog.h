#pragma once

#include "core/registry/registry_service.h"
#include "session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hukou::ui {

// Creates an (empty) household through RegistryService::createHousehold; its first member must be
// registered as its head. Object names: householdDialog, householdNumberEdit, householdKindCombo,
// householdDistrictCombo, householdAddressEdit, formError, okButton.
class HouseholdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdDialog)
public:
    explicit HouseholdDialog(const Session& session, QWidget* parent = nullptr);
    ~HouseholdDialog() override;

    [[nodiscard]] const core::Household& saved() const { return m_saved; }
    void accept() override;

private:
    Session m_session;
    core::RegistryService m_registry;
    core::Household m_saved;
    QLineEdit* m_number = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_district = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_error = nullptr;
};

// Makes a member the head of their household (RegistryService::changeHead); the former head takes
// the relation chosen here. Object names: changeHeadDialog, formerHeadRelationCombo, headReasonEdit,
// formError, okButton.
class ChangeHeadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHeadDialog)
public:
    ChangeHeadDialog(const Session& session, const core::Household& household, const core::Person& newHead,
                     const QString& formerHeadName, QWidget* parent = nullptr);
    ~ChangeHeadDialog() override;

    void accept() override;

private:
    Session m_session;
    core::RegistryService m_registry;
    core::Household m_household;
    core::Person m_newHead;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hukou::ui
