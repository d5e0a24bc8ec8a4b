#pragma once

#include "core/registry/registry_service.h"
#include "session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hukou::ui {

// Registers a new person, or (edit mode) corrects one, with inline validation as you type: the
// citizen ID is checked while it is typed (citizenIdMessage), sex and birth date come from a valid
// ID and are locked to it, codes are picked from the register's vocabularies. A possible
// duplicate (same name and birth date under another ID) must be confirmed; a version clash (someone
// else saved first) is reported and the record reloaded, never overwritten.
// Object names: personDialog, citizenIdEdit, citizenIdMessage, nameEdit, sexCombo, birthDateEdit,
// ethnicityCombo, relationCombo, hukouNatureCombo, maritalStatusCombo, educationEdit, occupationEdit,
// movedInDateEdit, movedInFromEdit, formerNamesEdit, birthplaceEdit, nativePlaceEdit, militaryCombo,
// employerEdit, existingHouseholdRadio, newHouseholdRadio, householdEdit, householdInfo,
// districtCombo, addressEdit, reasonEdit, formError, okButton, cancelButton.
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)
public:
    // Registers a new person.
    explicit PersonDialog(const Session& session, QWidget* parent = nullptr);
    // Corrects `person` (as last read; its version guards against overwriting someone else's save).
    PersonDialog(const Session& session, const core::Person& person, QWidget* parent = nullptr);
    ~PersonDialog() override;

    [[nodiscard]] bool isCorrection() const { return m_original.has_value(); }
    // The person as saved, once accepted.
    [[nodiscard]] const core::Person& saved() const { return m_saved; }
    // The record was reloaded after a version clash.
    [[nodiscard]] bool wasReloaded() const { return m_reloaded; }

    void accept() override;

private:
    void build();
    void load(const core::Person& p);
    void validate();
    void checkCitizenId();
    void lookUpHousehold();
    void placementChanged();
    [[nodiscard]] QDate today() const;
    [[nodiscard]] QString currentValue(core::PersonField f) const;
    void showError(const core::Error& e);
    void saveNew();
    void saveCorrection();

    Session m_session;
    core::RegistryService m_registry;
    std::optional<core::Person> m_original;
    std::optional<core::Household> m_household; // the one householdEdit names, if it exists
    core::Person m_saved;
    bool m_reloaded = false;
    bool m_validating = false; // validate() fills sex and birth date, which signal back

    QLineEdit* m_citizenId = nullptr;
    QLabel* m_citizenIdMessage = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QComboBox* m_relation = nullptr;
    QComboBox* m_nature = nullptr;
    QComboBox* m_marital = nullptr;
    QLineEdit* m_education = nullptr;
    QLineEdit* m_occupation = nullptr;
    QLineEdit* m_movedInDate = nullptr;
    QLineEdit* m_movedInFrom = nullptr;
    QLineEdit* m_formerNames = nullptr;
    QLineEdit* m_birthplace = nullptr;
    QLineEdit* m_nativePlace = nullptr;
    QComboBox* m_military = nullptr;
    QLineEdit* m_employer = nullptr;
    QRadioButton* m_existing = nullptr;
    QRadioButton* m_newHousehold = nullptr;
    QLineEdit* m_householdNumber = nullptr;
    QLabel* m_householdInfo = nullptr;
    QComboBox* m_district = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace hukou::ui
