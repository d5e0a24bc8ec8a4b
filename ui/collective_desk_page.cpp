#include "collective_desk_page.h"

#include "certificate_printer.h"

#include "core/clock.h"
#include "core/domain/districts.h"
#include "core/workspace.h"
#include "error_text.h"
#include "labels.h"
#include "prompts.h"
#include "reports/loan_slip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hukou::ui {

namespace {

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setFocusPolicy(Qt::ClickFocus); // Tab stays among the desk's inputs
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

void fill(QTableWidget* t, const std::vector<QStringList>& rows)
{
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const QStringList& cells = rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < cells.size() && c < t->columnCount(); ++c)
            t->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    t->resizeColumnsToContents();
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

CollectiveDeskPage::CollectiveDeskPage(const Session& session, QWidget* parent)
    : Page(parent), m_session(session), m_service(session.workspace)
{
    setObjectName(QStringLiteral("page_collective"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The ID box: Enter looks up.
    auto* idRow = new QHBoxLayout;
    auto* idLabel = new QLabel(tr("Citizen &ID:"), this);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("collectiveIdEdit"));
    m_id->setPlaceholderText(tr("Type or paste a citizen ID, or a name, and press Enter"));
    m_id->setMaxLength(60);
    m_id->setClearButtonEnabled(true);
    idLabel->setBuddy(m_id);
    auto* lookup = new QPushButton(tr("Look up"), this);
    lookup->setObjectName(QStringLiteral("collectiveLookupButton"));
    lookup->setAutoDefault(false);
    idRow->addWidget(idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(lookup);
    layout->addLayout(idRow);

    m_person = new QLabel(tr("No person looked up yet."), this);
    m_person->setObjectName(QStringLiteral("collectivePersonLabel"));
    m_person->setWordWrap(true);
    m_person->setTextFormat(Qt::PlainText);
    layout->addWidget(m_person);

    // The actions, each one key away.
    auto* actions = new QGroupBox(tr("Actions"), this);
    auto* grid = new QGridLayout(actions);
    m_target = new QComboBox(actions);
    m_target->setObjectName(QStringLiteral("collectiveTargetCombo"));
    m_enrollReason = new QComboBox(actions);
    m_enrollReason->setObjectName(QStringLiteral("collectiveEnrollReasonCombo"));
    for (const QString& k : core::CollectiveVocabulary::enrollKeys())
        m_enrollReason->addItem(core::CollectiveVocabulary::label(*core::CollectiveVocabulary::enrollReasonFromKey(k)), k);
    m_documents = new QLineEdit(actions);
    m_documents->setObjectName(QStringLiteral("collectiveDocumentsEdit"));
    m_documents->setPlaceholderText(tr("Documents seen"));
    m_enroll = new QPushButton(tr("&Enroll (F2)"), actions);
    m_enroll->setObjectName(QStringLiteral("collectiveEnrollButton"));
    m_enroll->setShortcut(QKeySequence(Qt::Key_F2));
    grid->addWidget(new QLabel(tr("Enroll into:"), actions), 0, 0);
    grid->addWidget(m_target, 0, 1);
    grid->addWidget(m_enrollReason, 0, 2);
    grid->addWidget(m_documents, 0, 3);
    grid->addWidget(m_enroll, 0, 4);

    m_purpose = new QLineEdit(actions);
    m_purpose->setObjectName(QStringLiteral("collectiveLoanPurposeEdit"));
    m_purpose->setPlaceholderText(tr("Purpose, e.g. marriage registration"));
    m_due = new QDateEdit(actions);
    m_due->setObjectName(QStringLiteral("collectiveLoanDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(m_service.today().addDays(14));
    m_lend = new QPushButton(tr("&Lend page (F3)"), actions);
    m_lend->setObjectName(QStringLiteral("collectiveLoanButton"));
    m_lend->setShortcut(QKeySequence(Qt::Key_F3));
    m_return = new QPushButton(tr("&Return page (F4)"), actions);
    m_return->setObjectName(QStringLiteral("collectiveReturnButton"));
    m_return->setShortcut(QKeySequence(Qt::Key_F4));
    grid->addWidget(new QLabel(tr("Register page:"), actions), 1, 0);
    grid->addWidget(m_purpose, 1, 1, 1, 2);
    grid->addWidget(m_due, 1, 3);
    m_saveSlip = new QPushButton(tr("Slip as &PDF…"), actions);
    m_saveSlip->setObjectName(QStringLiteral("collectiveSaveSlipButton"));
    m_saveSlip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_previewSlip = new QPushButton(tr("Print pre&view…"), actions);
    m_previewSlip->setObjectName(QStringLiteral("collectivePreviewSlipButton"));
    auto* loanButtons = new QHBoxLayout;
    loanButtons->addWidget(m_lend);
    loanButtons->addWidget(m_return);
    grid->addLayout(loanButtons, 1, 4);

    m_leaveReason = new QComboBox(actions);
    m_leaveReason->setObjectName(QStringLiteral("collectiveLeaveReasonCombo"));
    for (const QString& k : core::CollectiveVocabulary::leaveKeys())
        m_leaveReason->addItem(core::CollectiveVocabulary::label(*core::CollectiveVocabulary::leaveReasonFromKey(k)), k);
    m_leaveTo = new QLineEdit(actions);
    m_leaveTo->setObjectName(QStringLiteral("collectiveLeaveToEdit"));
    m_leaveTo->setPlaceholderText(tr("Destination: household number, or address outside the city"));
    m_leave = new QPushButton(tr("&Move out (F8)"), actions);
    m_leave->setObjectName(QStringLiteral("collectiveLeaveButton"));
    m_leave->setShortcut(QKeySequence(Qt::Key_F8));
    grid->addWidget(new QLabel(tr("Move out:"), actions), 2, 0);
    grid->addWidget(m_leaveReason, 2, 1, 1, 2);
    grid->addWidget(m_leaveTo, 2, 3);
    grid->addWidget(m_leave, 2, 4);
    auto* slipButtons = new QHBoxLayout;
    slipButtons->addWidget(m_saveSlip);
    slipButtons->addWidget(m_previewSlip);
    // The household certificate (户籍证明) the member needs for marriage, schooling and the like.
    m_certificate = new QPushButton(tr("Household &certificate…"), actions);
    m_certificate->setObjectName(QStringLiteral("collectiveCertificateButton"));
    slipButtons->addWidget(m_certificate);
    connect(m_certificate, &QPushButton::clicked, this, [this] {
        if (m_status)
            CertificatePrinter::preview(this, m_session, m_status->person.citizenId);
    });
    slipButtons->addStretch();
    m_ownsHome = new QCheckBox(tr("Owns a &home in the city (to follow up)"), actions);
    m_ownsHome->setObjectName(QStringLiteral("collectiveOwnsHomeCheck"));
    slipButtons->addWidget(m_ownsHome);
    grid->addWidget(new QLabel(tr("Loan slip:"), actions), 3, 0);
    grid->addLayout(slipButtons, 3, 1, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    layout->addWidget(actions);
    for (QPushButton* b : {m_enroll, m_lend, m_return, m_leave, m_saveSlip, m_previewSlip})
        b->setAutoDefault(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("collectiveMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    // The person's history and loans, then the desk's lists.
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* personTabs = new QTabWidget(split);
    personTabs->setFocusPolicy(Qt::ClickFocus);
    m_history = table(QStringLiteral("collectiveHistoryTable"),
                      {tr("Household"), tr("Name"), tr("Enrolled"), tr("Reason"), tr("Documents"), tr("Left"),
                       tr("Leave reason"), tr("Destination"), tr("Officer")},
                      personTabs);
    m_loans = table(QStringLiteral("collectiveLoansTable"),
                    {tr("Loan"), tr("Purpose"), tr("Lent"), tr("Due"), tr("Returned"), tr("Officer")}, personTabs);
    personTabs->addTab(m_history, tr("Membership history"));
    personTabs->addTab(m_loans, tr("Register page loans"));

    auto* lists = new QTabWidget(split);
    lists->setFocusPolicy(Qt::ClickFocus);
    m_households = table(QStringLiteral("collectiveHouseholdsTable"),
                         {tr("Number"), tr("District"), tr("Name"), tr("Members"), tr("Capacity"), tr("Open loans"),
                          tr("Overdue"), tr("Address")},
                         lists);
    m_coverage = table(QStringLiteral("collectiveCoverageTable"),
                       {tr("District"), tr("Code"), tr("Collective households"), tr("Policy")}, lists);
    m_overdue = table(QStringLiteral("collectiveOverdueTable"),
                      {tr("Loan"), tr("Citizen ID"), tr("Name"), tr("Household"), tr("Purpose"), tr("Due")}, lists);
    m_owners = table(QStringLiteral("collectiveHomeOwnersTable"),
                     {tr("Citizen ID"), tr("Name"), tr("Household"), tr("Enrolled")}, lists);
    lists->addTab(m_households, tr("Collective households"));
    lists->addTab(m_coverage, tr("Coverage"));
    lists->addTab(m_overdue, tr("Overdue loans"));
    lists->addTab(m_owners, tr("Home owners to follow up"));
    layout->addWidget(split, 1);

    connect(m_id, &QLineEdit::returnPressed, this, &CollectiveDeskPage::lookUp);
    connect(lookup, &QPushButton::clicked, this, &CollectiveDeskPage::lookUp);
    connect(m_enroll, &QPushButton::clicked, this, &CollectiveDeskPage::enroll);
    connect(m_lend, &QPushButton::clicked, this, &CollectiveDeskPage::lend);
    connect(m_return, &QPushButton::clicked, this, &CollectiveDeskPage::giveBack);
    connect(m_leave, &QPushButton::clicked, this, &CollectiveDeskPage::leave);
    connect(m_saveSlip, &QPushButton::clicked, this, &CollectiveDeskPage::saveSlip);
    connect(m_previewSlip, &QPushButton::clicked, this, &CollectiveDeskPage::previewSlip);
    connect(m_ownsHome, &QCheckBox::clicked, this, &CollectiveDeskPage::setOwnsHome);
    // Enter in a field of an action performs that action.
    connect(m_documents, &QLineEdit::returnPressed, this, &CollectiveDeskPage::enroll);
    connect(m_purpose, &QLineEdit::returnPressed, this, &CollectiveDeskPage::lend);
    connect(m_leaveTo, &QLineEdit::returnPressed, this, &CollectiveDeskPage::leave);

    setFocusProxy(m_id);
    reloadLists();
    updateButtons();
}

CollectiveDeskPage::~CollectiveDeskPage() = default;

QString CollectiveDeskPage::title() const
{
    return tr("Collective desk");
}

QString CollectiveDeskPage::subtitle() const
{
    return tr("Public collective households: enroll, lend the register page, move out.");
}

void CollectiveDeskPage::activate()
{
    reloadLists();
    if (m_status)
        lookUp();
    backToId();
}

void CollectiveDeskPage::lookUp()
{
    QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return;
    static const QRegularExpression idLike(QStringLiteral("^[0-9]{15}([0-9]{2}[0-9Xx])?$"));
    if (!idLike.match(id).hasMatch()) {
        // A name (or a partial ID or address): pick from the registry's search.
        auto found = m_service.findPersons(m_session.actor, id);
        if (!found)
            return failed(found.error());
        if (found->empty()) {
            setMessage(m_message, tr("No person matches \"%1\".").arg(id), Tone::Failure);
            return backToId();
        }
        int pick = 0;
        if (found->size() > 1) {
            QStringList items;
            for (const core::PersonSummary& p : *found)
                items << tr("%1  %2  %3  %4").arg(p.name, p.citizenId, day(p.birthDate), p.householdNumber);
            const auto chosen = m_session.prompts.choose(this, tr("Choose a person"),
                                                         tr("Persons matching \"%1\":").arg(id), items, 0);
            if (!chosen || *chosen < 0 || *chosen >= static_cast<int>(items.size()))
                return backToId();
            pick = *chosen;
        }
        id = (*found)[static_cast<std::size_t>(pick)].citizenId;
        m_id->setText(id);
    }
    auto s = m_service.status(m_session.actor, id);
    if (!s) {
        m_status.reset();
        showStatus();
        failed(s.error());
        return;
    }
    m_status = std::move(*s);
    setMessage(m_message, {});
    showStatus();
}

void CollectiveDeskPage::showStatus()
{
    if (!m_status) {
        m_person->setText(tr("No person looked up yet."));
        fill(m_history, {});
        fill(m_loans, {});
        updateButtons();
        return;
    }
    const core::CollectiveStatus& s = *m_status;
    QString line = tr("%1 (%2), %3, born %4 — %5")
                       .arg(s.person.name, s.person.citizenId, s.person.sex, day(s.person.birthDate),
                            core::statusLabel(s.person.status));
    if (s.current)
        line += QLatin1Char('\n') + tr("Member of %1 (%2) since %3 (%4).")
                                        .arg(s.current->collectiveName, s.current->collectiveNumber,
                                             day(s.current->enrolledOn),
                                             core::CollectiveVocabulary::label(s.current->reason));
    else
        line += QLatin1Char('\n') + tr("Not a member of a public collective household; household on the card: %1.")
                                        .arg(s.person.householdNumber);
    if (const core::PageLoan* open = s.openLoan())
        line += QLatin1Char('\n') + tr("Register page out on loan %1 (%2), due %3.")
                                        .arg(open->number, open->purpose, day(open->dueOn));
    m_person->setText(line);
    std::vector<QStringList> rows;
    for (const auto& m : s.history)
        rows.push_back({m.collectiveNumber, m.collectiveName, day(m.enrolledOn),
                        core::CollectiveVocabulary::label(m.reason), m.documents, day(m.leftOn),
                        m.leaveReason ? core::CollectiveVocabulary::label(*m.leaveReason) : QString(), m.destination,
                        m.officer});
    fill(m_history, rows);
    rows.clear();
    for (const auto& l : s.loans)
        rows.push_back({l.number, l.purpose, day(l.lentOn), day(l.dueOn), day(l.returnedOn), l.officer});
    fill(m_loans, rows);
    updateButtons();
}

void CollectiveDeskPage::updateButtons()
{
    const bool desk = core::Roles::allows(m_session.actor.role, core::Permission::CollectiveDesk);
    const bool member = m_status && m_status->current;
    const bool open = m_status && m_status->openLoan();
    const bool active = m_status && m_status->person.status == core::PersonStatus::Active;
    m_enroll->setEnabled(desk && active && m_target->count() > 0);
    m_ownsHome->setEnabled(desk && member);
    m_ownsHome->setChecked(member && m_status->current->ownsHomeInCity);
    m_lend->setEnabled(desk && member && !open);
    m_return->setEnabled(desk && open);
    m_leave->setEnabled(desk && member);
    const bool anyLoan = m_status && !m_status->loans.empty();
    m_saveSlip->setEnabled(anyLoan);
    m_previewSlip->setEnabled(anyLoan);
    m_certificate->setEnabled(m_status.has_value());
}

void CollectiveDeskPage::reloadLists()
{
    const QString keep = m_target->currentData().toString();
    auto all = m_service.list(m_session.actor);
    m_target->clear();
    if (all) {
        std::vector<QStringList> rows;
        for (const auto& c : *all) {
            rows.push_back({c.number, core::Districts::nameOf(c.district), c.name, QString::number(c.members),
                            QString::number(c.capacity), QString::number(c.openLoans), QString::number(c.overdueLoans),
                            c.address});
            m_target->addItem(tr("%1 %2 (%3/%4)").arg(c.number, c.name).arg(c.members).arg(c.capacity), c.number);
        }
        fill(m_households, rows);
        if (const int i = m_target->findData(keep); i >= 0)
            m_target->setCurrentIndex(i);
    }
    if (auto cov = m_service.coverage(m_session.actor)) {
        std::vector<QStringList> rows;
        for (const auto& d : *cov)
            rows.push_back({d.name, d.code, QString::number(d.collectives),
                            d.covered() ? tr("covered") : tr("MISSING: at least one required")});
        fill(m_coverage, rows);
        for (int r = 0; r < m_coverage->rowCount(); ++r)
            if (!(*cov)[static_cast<std::size_t>(r)].covered())
                m_coverage->item(r, 3)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (auto late = m_service.overdue(m_session.actor)) {
        std::vector<QStringList> rows;
        for (const auto& l : *late)
            rows.push_back({l.number, l.citizenId, l.personName, l.collectiveNumber, l.purpose, day(l.dueOn)});
        fill(m_overdue, rows);
    }
    if (auto owners = m_service.homeOwners(m_session.actor)) {
        std::vector<QStringList> rows;
        for (const auto& m : *owners)
            rows.push_back({m.citizenId, m.personName, m.collectiveNumber, day(m.enrolledOn)});
        fill(m_owners, rows);
    }
    updateButtons();
}

void CollectiveDeskPage::enroll()
{
    if (!m_status || !m_enroll->isEnabled())
        return;
    const auto reason = core::CollectiveVocabulary::enrollReasonFromKey(m_enrollReason->currentData().toString());
    auto m = m_service.enroll(m_session.actor, m_status->person.citizenId, m_target->currentData().toString(),
                              reason.value_or(core::EnrollReason::Other), m_documents->text());
    if (!m)
        return failed(m.error());
    m_documents->clear();
    done(tr("Enrolled %1 into %2.").arg(m->personName, m->collectiveNumber));
}

void CollectiveDeskPage::lend()
{
    if (!m_status || !m_lend->isEnabled())
        return;
    auto l = m_service.lend(m_session.actor, m_status->person.citizenId, m_purpose->text(), m_due->date());
    if (!l)
        return failed(l.error());
    m_purpose->clear();
    done(tr("Lent the register page of %1: loan %2, due %3.").arg(l->personName, l->number, day(l->dueOn)));
}

void CollectiveDeskPage::giveBack()
{
    if (!m_status || !m_return->isEnabled())
        return;
    const core::PageLoan* open = m_status->openLoan();
    if (!open)
        return;
    auto l = m_service.giveBack(m_session.actor, open->number);
    if (!l)
        return failed(l.error());
    done(tr("Loan %1 returned.").arg(l->number));
}

void CollectiveDeskPage::leave()
{
    if (!m_status || !m_leave->isEnabled())
        return;
    const auto reason = core::CollectiveVocabulary::leaveReasonFromKey(m_leaveReason->currentData().toString());
    auto m = m_service.leave(m_session.actor, m_status->person.citizenId, reason.value_or(core::LeaveReason::Other),
                             m_leaveTo->text());
    if (!m)
        return failed(m.error());
    m_leaveTo->clear();
    done(tr("%1 moved out of %2.").arg(m->personName, m->collectiveNumber));
}

void CollectiveDeskPage::saveSlip()
{
    if (!m_status || m_status->loans.empty())
        return;
    const QString loan = m_status->loans.front().number;
    const QString path = m_session.prompts.saveFile(this, tr("Save loan slip"), loan + QStringLiteral(".pdf"),
                                                    tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return backToId();
    auto record = m_service.loanForPrint(m_session.actor, loan);
    if (!record)
        return failed(record.error());
    if (auto r = reports::LoanSlip(*record).document().writePdf(path); !r)
        return failed(r.error());
    setMessage(m_message, tr("Saved the slip of loan %1 as %2.").arg(loan, path), Tone::Success);
    backToId();
}

void CollectiveDeskPage::previewSlip()
{
    if (!m_status || m_status->loans.empty())
        return;
    auto record = m_service.loanForPrint(m_session.actor, m_status->loans.front().number);
    if (!record)
        return failed(record.error());
    const reports::PdfDocument doc = reports::LoanSlip(*record).document();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("slipPreview"));
    dialog.setWindowTitle(tr("Loan slip %1").arg(record->loan.number));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* p) {
        QTextDocument text;
        doc.fill(text);
        text.print(p);
    });
    dialog.exec();
    backToId();
}

void CollectiveDeskPage::setOwnsHome(bool owns)
{
    if (!m_status || !m_status->current)
        return;
    auto m = m_service.setOwnsHome(m_session.actor, m_status->person.citizenId, owns);
    if (!m)
        return failed(m.error());
    done(owns ? tr("%1 is flagged as owning a home in the city.").arg(m->personName)
              : tr("%1 is no longer flagged as owning a home.").arg(m->personName));
}

void CollectiveDeskPage::done(const QString& message)
{
    reloadLists();
    lookUp();
    setMessage(m_message, message, Tone::Success);
    backToId();
}

void CollectiveDeskPage::failed(const core::Error& error)
{
    setMessage(m_message, errorText(error), Tone::Failure);
    backToId();
}

void CollectiveDeskPage::backToId()
{
    m_id->setFocus(Qt::OtherFocusReason);
    m_id->selectAll();
}

} // namespace hukou::ui
