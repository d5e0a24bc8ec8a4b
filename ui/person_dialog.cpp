#include "person_dialog.h"

#include "core/clock.h"
#include "core/domain/citizen_id.h"
#include "core/domain/districts.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace hukou::ui {

using core::PersonField;

namespace {

const QString kHead = QStringLiteral("户主");

QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

QComboBox* combo(const QString& name, const QStringList& items, bool withEmpty, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    if (withEmpty)
        c->addItem(QString());
    c->addItems(items);
    c->setMaxVisibleItems(20);
    return c;
}

// Selects `text`, adding it first when it is a value the list does not offer (a legacy code).
void select(QComboBox* c, const QString& text)
{
    int i = c->findText(text);
    if (i < 0) {
        c->addItem(text);
        i = c->count() - 1;
    }
    c->setCurrentIndex(i);
}

// The fields the form edits, in the order their problems are reported.
const PersonField kEdited[] = {
    PersonField::CitizenId,    PersonField::Name,        PersonField::Ethnicity,     PersonField::FormerNames,
    PersonField::Birthplace,   PersonField::NativePlace, PersonField::Relation,      PersonField::HukouNature,
    PersonField::MaritalStatus, PersonField::Education,  PersonField::Occupation,    PersonField::Employer,
    PersonField::MilitaryService, PersonField::MovedInDate, PersonField::MovedInFrom, PersonField::HouseholdNumber,
    PersonField::District,     PersonField::Address,
};

} // namespace

PersonDialog::PersonDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_registry(session.workspace)
{
    build();
    validate();
}

PersonDialog::PersonDialog(const Session& session, const core::Person& person, QWidget* parent)
    : QDialog(parent), m_session(session), m_registry(session.workspace), m_original(person)
{
    build();
    load(person);
}

PersonDialog::~PersonDialog() = default;

QDate PersonDialog::today() const
{
    return m_session.workspace.clock().now().toLocalTime().date();
}

void PersonDialog::build()
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(isCorrection() ? tr("Correct person") : tr("New person"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(headingLabel(isCorrection() ? tr("Correct a registration card") : tr("Register a person"), this));
    layout->addWidget(noteLabel(isCorrection()
                                    ? tr("Change what is wrong and give the reason; the correction is recorded in "
                                         "the card's history with your name.")
                                    : tr("Sex and birth date are read from the citizen ID. Fields marked * are "
                                         "required."),
                                this));

    // Identity (left) and registration (right)
    auto* columns = new QHBoxLayout;
    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* left = new QFormLayout(identity);
    m_citizenId = lineEdit(QStringLiteral("citizenIdEdit"), identity);
    m_citizenId->setMaxLength(18);
    m_citizenId->setPlaceholderText(tr("18 characters"));
    QFont mono = m_citizenId->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_citizenId->setFont(mono);
    m_citizenIdMessage = new QLabel(identity);
    m_citizenIdMessage->setObjectName(QStringLiteral("citizenIdMessage"));
    m_citizenIdMessage->setWordWrap(true);
    m_citizenIdMessage->setTextFormat(Qt::PlainText);
    auto* idBox = new QVBoxLayout;
    idBox->setSpacing(2);
    idBox->addWidget(m_citizenId);
    idBox->addWidget(m_citizenIdMessage);
    left->addRow(tr("Citizen ID *"), idBox);
    m_name = lineEdit(QStringLiteral("nameEdit"), identity);
    left->addRow(tr("Name *"), m_name);
    m_sex = combo(QStringLiteral("sexCombo"), {QStringLiteral("男"), QStringLiteral("女")}, false, identity);
    m_sex->setCurrentIndex(-1);
    m_sex->setEnabled(false);
    m_sex->setToolTip(tr("Read from the citizen ID"));
    left->addRow(tr("Sex"), m_sex);
    m_birthDate = lineEdit(QStringLiteral("birthDateEdit"), identity);
    m_birthDate->setReadOnly(true);
    m_birthDate->setEnabled(false);
    m_birthDate->setToolTip(tr("Read from the citizen ID"));
    left->addRow(tr("Birth date"), m_birthDate);
    m_ethnicity = combo(QStringLiteral("ethnicityCombo"), core::PersonFields::ethnicities(), true, identity);
    left->addRow(tr("Ethnicity"), m_ethnicity);
    m_formerNames = lineEdit(QStringLiteral("formerNamesEdit"), identity);
    m_formerNames->setPlaceholderText(tr("several separated by 、"));
    left->addRow(tr("Former names"), m_formerNames);
    m_birthplace = lineEdit(QStringLiteral("birthplaceEdit"), identity);
    left->addRow(tr("Birthplace"), m_birthplace);
    m_nativePlace = lineEdit(QStringLiteral("nativePlaceEdit"), identity);
    left->addRow(tr("Native place"), m_nativePlace);
    columns->addWidget(identity, 1);

    auto* registration = new QGroupBox(tr("Registration"), this);
    auto* right = new QFormLayout(registration);
    m_relation = combo(QStringLiteral("relationCombo"), core::PersonFields::relations(), true, registration);
    right->addRow(tr("Relation to head *"), m_relation);
    m_nature = combo(QStringLiteral("hukouNatureCombo"), core::PersonFields::hukouNatures(), true, registration);
    select(m_nature, core::PersonFields::residentNature());
    right->addRow(tr("Hukou nature *"), m_nature);
    m_marital = combo(QStringLiteral("maritalStatusCombo"), core::PersonFields::maritalStatuses(), true, registration);
    right->addRow(tr("Marital status"), m_marital);
    m_education = lineEdit(QStringLiteral("educationEdit"), registration);
    right->addRow(tr("Education"), m_education);
    m_occupation = lineEdit(QStringLiteral("occupationEdit"), registration);
    right->addRow(tr("Occupation"), m_occupation);
    m_employer = lineEdit(QStringLiteral("employerEdit"), registration);
    right->addRow(tr("Employer"), m_employer);
    m_military = combo(QStringLiteral("militaryCombo"),
                       {QStringLiteral("未服兵役"), QStringLiteral("服现役"), QStringLiteral("退出现役")}, true,
                       registration);
    right->addRow(tr("Military service"), m_military);
    m_movedInDate = lineEdit(QStringLiteral("movedInDateEdit"), registration);
    m_movedInDate->setPlaceholderText(tr("YYYY-MM-DD"));
    right->addRow(tr("Moved in on"), m_movedInDate);
    m_movedInFrom = lineEdit(QStringLiteral("movedInFromEdit"), registration);
    right->addRow(tr("Moved in from"), m_movedInFrom);
    columns->addWidget(registration, 1);
    layout->addLayout(columns);

    // Household
    auto* household = new QGroupBox(tr("Household"), this);
    auto* hh = new QFormLayout(household);
    m_existing = new QRadioButton(tr("Existing household"), household);
    m_existing->setObjectName(QStringLiteral("existingHouseholdRadio"));
    m_newHousehold = new QRadioButton(tr("New household, this person is its head"), household);
    m_newHousehold->setObjectName(QStringLiteral("newHouseholdRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_newHousehold);
    m_existing->setChecked(true);
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_existing);
    radios->addWidget(m_newHousehold);
    radios->addStretch();
    if (!isCorrection())
        hh->addRow(radios);
    else {
        m_existing->hide();
        m_newHousehold->hide();
    }
    m_householdNumber = lineEdit(QStringLiteral("householdEdit"), household);
    m_householdInfo = new QLabel(household);
    m_householdInfo->setObjectName(QStringLiteral("householdInfo"));
    m_householdInfo->setWordWrap(true);
    m_householdInfo->setTextFormat(Qt::PlainText);
    auto* numberBox = new QVBoxLayout;
    numberBox->setSpacing(2);
    numberBox->addWidget(m_householdNumber);
    numberBox->addWidget(m_householdInfo);
    hh->addRow(isCorrection() ? tr("Household number (change to move) *") : tr("Household number *"), numberBox);
    m_district = new QComboBox(household);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    m_district->addItem(QString(), QString());
    for (const core::District& d : core::Districts::all())
        if (d.current)
            m_district->addItem(d.name, d.code);
    hh->addRow(tr("District *"), m_district);
    m_address = lineEdit(QStringLiteral("addressEdit"), household);
    hh->addRow(tr("Address *"), m_address);
    layout->addWidget(household);

    m_reason = lineEdit(QStringLiteral("reasonEdit"), this);
    auto* reasonForm = new QFormLayout;
    reasonForm->addRow(isCorrection() ? tr("Reason *") : tr("Note"), m_reason);
    m_reason->setPlaceholderText(isCorrection() ? tr("Why the card is corrected (required)")
                                                : tr("e.g. birth registration, moved in from Shenzhen"));
    layout->addLayout(reasonForm);

    m_error = errorLabel(QStringLiteral("formError"), this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(isCorrection() ? tr("Save correction") : tr("Register"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, &PersonDialog::validate);
    for (QComboBox* c : findChildren<QComboBox*>())
        connect(c, &QComboBox::currentIndexChanged, this, &PersonDialog::validate);
    connect(m_householdNumber, &QLineEdit::textChanged, this, &PersonDialog::lookUpHousehold);
    connect(m_existing, &QRadioButton::toggled, this, &PersonDialog::placementChanged);
    placementChanged();
    setMinimumWidth(860);
}

void PersonDialog::load(const core::Person& p)
{
    m_citizenId->setText(p.citizenId);
    m_name->setText(p.name);
    select(m_ethnicity, p.ethnicity);
    m_formerNames->setText(p.formerNames);
    m_birthplace->setText(p.birthplace);
    m_nativePlace->setText(p.nativePlace);
    select(m_relation, p.relation);
    select(m_nature, p.hukouNature);
    select(m_marital, p.maritalStatus);
    m_education->setText(p.education);
    m_occupation->setText(p.occupation);
    m_employer->setText(p.employer);
    select(m_military, p.militaryService);
    m_movedInDate->setText(p.movedInDate.isValid() ? p.movedInDate.toString(Qt::ISODate) : QString());
    m_movedInFrom->setText(p.movedInFrom);
    m_householdNumber->setText(p.householdNumber);
    m_reason->clear();
    lookUpHousehold();
    validate();
}

void PersonDialog::placementChanged()
{
    const bool fresh = !isCorrection() && m_newHousehold->isChecked();
    // A household's district and address are its own: typed only when it is created here.
    m_district->setEnabled(fresh);
    m_address->setReadOnly(!fresh);
    m_address->setEnabled(fresh);
    if (fresh) {
        select(m_relation, kHead);
        m_relation->setEnabled(false);
    } else {
        m_relation->setEnabled(true);
    }
    lookUpHousehold();
}

void PersonDialog::lookUpHousehold()
{
    const QString number = m_householdNumber->text().trimmed();
    m_household.reset();
    const bool fresh = !isCorrection() && m_newHousehold->isChecked();
    if (number.isEmpty()) {
        setMessage(m_householdInfo, {});
    } else if (auto h = m_registry.household(m_session.actor, number); !h) {
        setMessage(m_householdInfo, errorText(h.error()));
    } else {
        m_household = *h;
        if (fresh) {
            setMessage(m_householdInfo, m_household ? tr("Household %1 already exists.").arg(number)
                                                    : tr("A new household will be created."));
        } else if (m_household) {
            setMessage(m_householdInfo, tr("%1 %2 (%3)")
                                            .arg(core::Districts::nameOf(m_household->district), m_household->address,
                                                 core::householdKindLabel(m_household->kind)));
            m_district->setCurrentIndex(std::max(0, m_district->findData(m_household->district)));
            m_address->setText(m_household->address);
        } else {
            setMessage(m_householdInfo, tr("There is no household %1.").arg(number));
        }
    }
    if (!fresh && !m_household) {
        m_district->setCurrentIndex(0);
        m_address->clear();
    }
    m_householdInfo->setStyleSheet(m_household.has_value() == !fresh ? QStringLiteral("color: #555555;")
                                                                     : QStringLiteral("color: #b3261e;"));
    validate();
}

void PersonDialog::checkCitizenId()
{
    const QString text = m_citizenId->text().trimmed();
    QString message;
    QString colour = QStringLiteral("#555555");
    m_sex->setCurrentIndex(-1);
    m_birthDate->clear();
    if (text.isEmpty()) {
        message = tr("Type the 18-character number; sex and birth date are read from it.");
    } else if (text.size() < 18 && text.size() != 15) {
        message = tr("%1 of 18 characters").arg(text.size());
    } else if (auto id = core::CitizenId::parse(text, today()); !id) {
        message = sentence(id.error().message);
        colour = QStringLiteral("#b3261e");
    } else {
        const bool male = id->sex() == core::Sex::Male;
        m_sex->setCurrentIndex(male ? 0 : 1);
        m_birthDate->setText(id->birthDate().toString(Qt::ISODate));
        const auto district = core::Districts::byCode(id->addressCode());
        message = district ? tr("Valid: %1, born %2, issued in %3")
                                 .arg(m_sex->currentText(), m_birthDate->text(), district->name)
                           : tr("Valid: %1, born %2").arg(m_sex->currentText(), m_birthDate->text());
        if (id->upgradedFrom15())
            message += QLatin1Char(' ') + tr("(will be stored as %1)").arg(id->value());
        colour = QStringLiteral("#1b5e20");
    }
    m_citizenIdMessage->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_citizenIdMessage->setText(message);
}

QString PersonDialog::currentValue(PersonField f) const
{
    switch (f) {
    case PersonField::CitizenId: return m_citizenId->text().trimmed();
    case PersonField::Name: return m_name->text().trimmed();
    case PersonField::Sex: return m_sex->currentIndex() < 0 ? QString() : m_sex->currentText();
    case PersonField::BirthDate: return m_birthDate->text();
    case PersonField::Ethnicity: return m_ethnicity->currentText();
    case PersonField::District: return m_district->currentData().toString();
    case PersonField::Address: return m_address->text().trimmed();
    case PersonField::HouseholdNumber: return m_householdNumber->text().trimmed();
    case PersonField::Relation: return m_relation->currentText();
    case PersonField::HukouNature: return m_nature->currentText();
    case PersonField::MovedInDate: return m_movedInDate->text().trimmed();
    case PersonField::MovedInFrom: return m_movedInFrom->text().trimmed();
    case PersonField::Education: return m_education->text().trimmed();
    case PersonField::MaritalStatus: return m_marital->currentText();
    case PersonField::Occupation: return m_occupation->text().trimmed();
    case PersonField::FormerNature: return m_original ? m_original->formerNature : QString();
    case PersonField::FormerNames: return m_formerNames->text().trimmed();
    case PersonField::Birthplace: return m_birthplace->text().trimmed();
    case PersonField::NativePlace: return m_nativePlace->text().trimmed();
    case PersonField::MilitaryService: return m_military->currentText();
    case PersonField::Employer: return m_employer->text().trimmed();
    }
    return {};
}

void PersonDialog::validate()
{
    if (!m_ok || m_validating)
        return; // still building, or called back from inside
    const QScopedValueRollback guard(m_validating, true);
    checkCitizenId();
    QString problem;
    bool complete = true;
    for (PersonField f : kEdited) {
        const QString v = currentValue(f);
        const core::FieldSpec& spec = core::PersonFields::spec(f);
        if (v.isEmpty()) {
            if (spec.required)
                complete = false;
            continue;
        }
        if (f == PersonField::CitizenId)
            continue; // its own message says what is wrong
        if (auto r = core::PersonFields::normalize(f, v, today()); !r && problem.isEmpty())
            problem = errorText(r.error());
    }
    const bool idValid = !m_birthDate->text().isEmpty();
    const bool fresh = !isCorrection() && m_newHousehold->isChecked();
    const bool placed = fresh ? !m_household.has_value() : m_household.has_value();
    bool changed = true;
    if (isCorrection()) {
        changed = false;
        for (const core::FieldSpec& s : core::PersonFields::all())
            if (s.field != PersonField::District && s.field != PersonField::Address &&
                currentValue(s.field) != core::PersonFields::value(*m_original, s.field))
                changed = true;
        complete = complete && !m_reason->text().trimmed().isEmpty();
    }
    setMessage(m_error, problem);
    m_ok->setEnabled(problem.isEmpty() && complete && idValid && placed && changed);
}

void PersonDialog::showError(const core::Error& e)
{
    setMessage(m_error, errorText(e));
    static const QHash<QString, QString> kWidget = {
        {QStringLiteral("citizen_id"), QStringLiteral("citizenIdEdit")},
        {QStringLiteral("name"), QStringLiteral("nameEdit")},
        {QStringLiteral("relation"), QStringLiteral("relationCombo")},
        {QStringLiteral("household_number"), QStringLiteral("householdEdit")},
        {QStringLiteral("address"), QStringLiteral("addressEdit")},
        {QStringLiteral("reason"), QStringLiteral("reasonEdit")},
    };
    if (auto* w = findChild<QWidget*>(kWidget.value(e.field)); w && w->isEnabled())
        w->setFocus();
}

void PersonDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    if (isCorrection())
        saveCorrection();
    else
        saveNew();
}

void PersonDialog::saveNew()
{
    core::FieldValues values;
    for (const core::FieldSpec& s : core::PersonFields::all())
        values.set(s.field, currentValue(s.field));
    if (m_household) { // the household's own place
        values.set(PersonField::District, m_household->district);
        values.set(PersonField::Address, m_household->address);
    }
    const QString name = currentValue(PersonField::Name);
    const QDate birth = QDate::fromString(m_birthDate->text(), Qt::ISODate);
    const auto parsed = core::CitizenId::parse(currentValue(PersonField::CitizenId), today());
    const QString id = parsed ? parsed->value() : currentValue(PersonField::CitizenId);
    auto dups = m_registry.possibleDuplicates(m_session.actor, name, birth, id);
    if (!dups) {
        showError(dups.error());
        return;
    }
    bool accepted = false;
    if (!dups->empty()) {
        QString list;
        for (const core::Person& p : *dups)
            list += QStringLiteral("\n• ") + tr("%1, born %2, citizen ID %3, %4 %5")
                                                 .arg(p.name, p.birthDate.toString(Qt::ISODate), p.citizenId,
                                                      core::Districts::nameOf(p.district), p.address);
        const QString text =
            tr("A person with the same name and birth date is already registered under another citizen ID:") + list +
            QStringLiteral("\n\n") +
            tr("Register %1 only if you have checked the documents and this is a different person.").arg(name);
        if (!m_session.prompts.confirm(this, tr("Possible duplicate"), text, tr("Register anyway")))
            return;
        accepted = true;
    }
    auto saved = m_registry.registerPerson(m_session.actor, values, m_reason->text().trimmed(), accepted);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void PersonDialog::saveCorrection()
{
    QHash<PersonField, QString> changes;
    for (const core::FieldSpec& s : core::PersonFields::all()) {
        if (s.field == PersonField::District || s.field == PersonField::Address)
            continue;
        const QString v = currentValue(s.field);
        if (v != core::PersonFields::value(*m_original, s.field))
            changes.insert(s.field, v);
    }
    auto saved = m_registry.correct(m_session.actor, m_original->citizenId, changes, m_reason->text().trimmed(),
                                    m_original->version);
    if (saved) {
        m_saved = *saved;
        QDialog::accept();
        return;
    }
    if (saved.error().code != core::ErrorCode::Conflict || !saved.error().field.isEmpty()) {
        showError(saved.error());
        return;
    }
    // Someone else saved first: show theirs, never overwrite it.
    m_session.prompts.error(this, tr("Someone else saved first"),
                            errorText(saved.error()) + QStringLiteral("\n\n") +
                                tr("Your changes were not saved. The record has been reloaded with the other "
                                   "changes; check it and apply your correction again if it is still needed."));
    auto fresh = m_registry.find(m_session.actor, m_original->citizenId);
    if (!fresh) {
        showError(fresh.error());
        return;
    }
    m_original = *fresh;
    m_reloaded = true;
    load(*fresh);
    setMessage(m_error, tr("Reloaded: the record was changed by someone else (now version %1).")
                            .arg(fresh->version));
}

} // namespace hukou::ui
