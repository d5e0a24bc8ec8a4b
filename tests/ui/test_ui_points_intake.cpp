#include "core/domain/citizen_id.h"
#include "core/points/points_service.h"
#include "core/registry/registry_service.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/page_registry.h"
#include "ui/points_intake_page.h"
#include "ui/points_review_page.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hukou;
using hukou::test::child;

// The points-based settlement worked through the windows: a clerk takes in an application (the score
// follows every fact typed), records the evidence and family, checks it; a supervisor ranks and
// approves it with the password typed again; after publication the clerk settles the family.
class TestPointsIntake final : public QObject
{
    Q_OBJECT

    static QString idFor(const QString& first17) { return first17 + core::CitizenId::checkCharacter(first17); }

    // Types a number into a spin box the way a clerk does: select what is there, type.
    static void type(QSpinBox* box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }

    static core::StoredApplication stored(const test::Fixture& f, const QString& number)
    {
        auto a = core::PointsService(*f.ws).application(f.admin, number);
        if (!a)
            qFatal("no application %s", qPrintable(number));
        return *a;
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void intakeScoreApproveSettle()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        const core::Actor boss = f.addUser(QStringLiteral("boss"), core::Role::Supervisor);
        test::FakePrompts prompts;

        // Who sees which page.
        auto visible = [](const core::Actor& a) {
            QStringList ids;
            for (const auto& spec : ui::PageRegistry::standard().visibleTo(a))
                ids << spec.id;
            return ids;
        };
        QVERIFY(visible(clerk).contains(QStringLiteral("points_intake")));
        QVERIFY(!visible(clerk).contains(QStringLiteral("points_review")));
        QVERIFY(visible(boss).contains(QStringLiteral("points_review")));
        QVERIFY(!visible(boss).contains(QStringLiteral("points_intake")));

        ui::PointsIntakePage intake(ui::Session{*f.ws, clerk, prompts});
        intake.resize(1400, 900);
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        QCOMPARE(child<QSpinBox>(intake, "intakeYearSpin")->value(), 2024);

        // Ctrl+N opens the form for the 2024 round (gz-2023).
        intake.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&intake));
        QTest::keyClick(&intake, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(intake.formOpen()); // a button's shortcut clicks it after a short animation

        // The ID is checked and looked up as it is typed.
        auto* id = child<QLineEdit>(intake, "applicantIdEdit");
        auto* note = child<QLabel>(intake, "applicantIdNote");
        const QString applicantId = idFor(QStringLiteral("43010419890601001"));
        QTest::keyClicks(id, applicantId.left(17) + (applicantId.endsWith(u'0') ? u'1' : u'0'));
        QVERIFY2(note->text().contains(QStringLiteral("check")), qPrintable(note->text()));
        id->clear();
        QTest::keyClicks(id, applicantId);
        QVERIFY2(note->text().contains(QStringLiteral("not in the register")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("1989-06-01")));
        test::commitText(child<QLineEdit>(intake, "applicantNameEdit"), QStringLiteral("陈明"));
        auto* district = child<QComboBox>(intake, "intakeDistrictCombo");
        district->setCurrentIndex(district->findData(QStringLiteral("440106")));

        // The worked example of points.md, fact by fact; the score follows.
        child<QCheckBox>(intake, "fact_residence_permit_in_guangzhou")->setChecked(true);
        child<QCheckBox>(intake, "fact_employed")->setChecked(true);
        type(child<QSpinBox>(intake, "fact_residence_permit_months"), 48);
        type(child<QSpinBox>(intake, "fact_rented_months"), 48);
        for (const char* insurance : {"fact_pension_months", "fact_medical_months", "fact_unemployment_months",
                                      "fact_injury_months", "fact_maternity_months"})
            type(child<QSpinBox>(intake, insurance), 48);
        QVERIFY(intake.liveScore());
        QCOMPARE(intake.liveScore()->base, 122);
        QCOMPARE(intake.liveScore()->total, 122);
        QVERIFY(intake.liveScore()->eligible);
        QVERIFY(!intake.liveScore()->overThreshold);
        auto* live = child<QWidget>(intake, "intakeBreakdown");
        auto* totals = child<QLabel>(*live, "breakdownTotals");
        QVERIFY2(totals->text().contains(QStringLiteral("122")), qPrintable(totals->text()));
        QVERIFY(totals->text().contains(QStringLiteral("Under the threshold")));

        // A bachelor's degree: +30, over the threshold of 150.
        auto* education = child<QComboBox>(intake, "fact_education");
        education->setCurrentIndex(education->findData(QStringLiteral("bachelor")));
        QCOMPARE(intake.liveScore()->total, 152);
        QCOMPARE(intake.liveScore()->base, 122);
        QVERIFY(intake.liveScore()->overThreshold);
        QVERIFY2(totals->text().contains(QStringLiteral("152")), qPrintable(totals->text()));
        auto* items = child<QTableWidget>(*live, "breakdownItems");
        bool educationLine = false;
        for (int r = 0; r < items->rowCount(); ++r)
            if (items->item(r, 1)->text() == QStringLiteral("30") &&
                items->item(r, 2)->text().contains(QStringLiteral("bachelor")))
                educationLine = true;
        QVERIFY(educationLine);

        // Evidence for the degree only; the summary says what is missing.
        child<QCheckBox>(intake, "evidence_education")->setChecked(true);
        test::commitText(child<QLineEdit>(intake, "document_education"), QStringLiteral("学位证书 10558120"));
        auto* evidence = child<QLabel>(intake, "evidenceSummary");
        QVERIFY2(evidence->text().contains(QStringLiteral("1 of 10")), qPrintable(evidence->text()));
        QVERIFY(evidence->toolTip().contains(QStringLiteral("Medical insurance")));

        // A spouse moving along.
        const QString spouseId = idFor(QStringLiteral("43010419900202002"));
        QTest::mouseClick(child<QPushButton>(intake, "addCompanionButton"), Qt::LeftButton);
        auto* family = child<QTableWidget>(intake, "companionsTable");
        QCOMPARE(family->rowCount(), 1);
        family->item(0, 0)->setText(spouseId);
        family->item(0, 1)->setText(QStringLiteral("林芳"));
        test::screenshot(&intake, QStringLiteral("points_intake_form"));

        // Submitting asks about the missing evidence; declining keeps the form.
        prompts.confirmAnswer = false;
        QTest::mouseClick(child<QPushButton>(intake, "submitApplicationButton"), Qt::LeftButton);
        QVERIFY(intake.formOpen());
        QCOMPARE(prompts.shown.back().kind, QStringLiteral("confirm"));
        QVERIFY(prompts.shown.back().text.contains(QStringLiteral("Medical insurance")));
        prompts.confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>(intake, "submitApplicationButton"), Qt::LeftButton);
        QVERIFY(!intake.formOpen());
        const QString number = QStringLiteral("JF2024-000001");
        core::StoredApplication a = stored(f, number);
        QCOMPARE(a.status, core::ApplicationStatus::Submitted);
        QCOMPARE(a.name, QStringLiteral("陈明"));
        QCOMPARE(a.scoreTotal.value_or(-1), 152);
        const QJsonObject json = QJsonDocument::fromJson(a.applicationJson).object();
        QCOMPARE(json.value(QStringLiteral("evidence")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("evidence")).toArray()[0].toObject().value(QStringLiteral("document")).toString(),
                 QStringLiteral("学位证书 10558120"));
        QCOMPARE(json.value(QStringLiteral("moving_with")).toArray()[0].toObject().value(QStringLiteral("relation")).toString(),
                 QStringLiteral("配偶"));
        QVERIFY(child<QLabel>(intake, "intakeMessage")->text().contains(number));
        QVERIFY(child<QLabel>(intake, "applicationHeader")->text().contains(number));

        // The clerk checks the documents: verified (after saying the ones not recorded were seen now).
        prompts.confirmAnswer = false;
        QTest::mouseClick(child<QPushButton>(intake, "verifyButton"), Qt::LeftButton);
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Submitted);
        QVERIFY2(prompts.shown.back().text.contains(QStringLiteral("Pension insurance")), qPrintable(prompts.shown.back().text));
        QVERIFY(!prompts.shown.back().text.contains(QStringLiteral("Education")));
        prompts.confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>(intake, "verifyButton"), Qt::LeftButton);
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Verified);
        QVERIFY(!child<QPushButton>(intake, "verifyButton")->isEnabled());

        // The supervisor ranks the round and approves, typing the password again.
        ui::PointsReviewPage review(ui::Session{*f.ws, boss, prompts});
        review.resize(1400, 900);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.setYear(2024);
        review.rankRound();
        QVERIFY(review.isRanking() || stored(f, number).status == core::ApplicationStatus::Ranked);
        QTRY_VERIFY(!review.isRanking()); // on a worker thread, with a connection of its own
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Ranked);
        QVERIFY(review.selectApplication(number));
        auto* reason = child<QLineEdit>(review, "decisionReasonEdit");
        auto* password = child<QLineEdit>(review, "decisionPasswordEdit");
        test::commitText(reason, QStringLiteral("材料齐全，同意入户"));
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::mouseClick(child<QPushButton>(review, "approveButton"), Qt::LeftButton);
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Ranked);
        QTest::keyClicks(password, QStringLiteral("boss-pass-1"));
        if (reason->text().isEmpty())
            test::commitText(reason, QStringLiteral("材料齐全，同意入户"));
        QTest::mouseClick(child<QPushButton>(review, "approveButton"), Qt::LeftButton);
        a = stored(f, number);
        QCOMPARE(a.status, core::ApplicationStatus::Approved);
        QCOMPARE(a.reviewer, QStringLiteral("boss"));
        QCOMPARE(a.reason, QStringLiteral("材料齐全，同意入户"));

        // Settling waits for the publicity list.
        intake.refresh();
        QVERIFY(intake.selectApplication(number));
        QVERIFY(!child<QPushButton>(intake, "settleButton")->isEnabled());
        QTemporaryDir dir;
        prompts.fileAnswer = dir.filePath(QStringLiteral("公示名单.csv"));
        review.publish();
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Published);

        // The clerk settles the family at their own home.
        intake.refresh();
        QVERIFY(intake.selectApplication(number));
        auto* settle = child<QPushButton>(intake, "settleButton");
        QVERIFY(settle->isEnabled());
        QTest::mouseClick(settle, Qt::LeftButton);
        QVERIFY(child<QWidget>(intake, "settlementPanel")->isVisible());
        QVERIFY(child<QRadioButton>(intake, "ownHomeRadio")->isChecked());
        QTest::keyClicks(child<QLineEdit>(intake, "householdNumberEdit"), QStringLiteral("440106-H-2024-0001"));
        test::commitText(child<QLineEdit>(intake, "settleAddressEdit"), QStringLiteral("广州市天河区天河路100号"));
        test::commitText(child<QLineEdit>(intake, "movedInFromEdit"), QStringLiteral("湖南省长沙市芙蓉区"));
        test::screenshot(&intake, QStringLiteral("points_intake_settle"));
        QTest::mouseClick(child<QPushButton>(intake, "confirmSettleButton"), Qt::LeftButton);
        QCOMPARE(stored(f, number).status, core::ApplicationStatus::Settled);
        QVERIFY2(child<QLabel>(intake, "intakeMessage")->text().contains(QStringLiteral("440106-H-2024-0001")),
                 qPrintable(child<QLabel>(intake, "intakeMessage")->text()));
        // The settled family is one click from the registry page.
        QSignalSpy open(&intake, &ui::Page::openPersonRequested);
        auto* openPerson = child<QPushButton>(intake, "openPersonButton");
        QVERIFY(openPerson->isVisible());
        QTest::mouseClick(openPerson, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toString(), applicantId);
        core::RegistryService registry(*f.ws);
        auto head = registry.find(clerk, applicantId);
        QVERIFY(head);
        QCOMPARE(head->relation, QStringLiteral("户主"));
        QCOMPARE(head->householdNumber, QStringLiteral("440106-H-2024-0001"));
        auto spouse = registry.find(clerk, spouseId);
        QVERIFY(spouse);
        QCOMPARE(spouse->relation, QStringLiteral("配偶"));
        QCOMPARE(spouse->movedInFrom, QStringLiteral("湖南省长沙市芙蓉区"));
        QVERIFY(f.ws->journal().verify()->ok());
    }

    // A clerk keeps a half-done application as a draft, comes back to it later and submits it.
    void draftKeptAndContinued()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::PointsIntakePage intake(ui::Session{*f.ws, clerk, prompts});
        intake.resize(1400, 900);
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        intake.newApplication();
        const QString id = idFor(QStringLiteral("43010419890601001"));
        QTest::keyClicks(child<QLineEdit>(intake, "applicantIdEdit"), id);
        test::commitText(child<QLineEdit>(intake, "applicantNameEdit"), QStringLiteral("陈明"));
        type(child<QSpinBox>(intake, "fact_medical_months"), 30);
        QTest::mouseClick(child<QPushButton>(intake, "saveDraftButton"), Qt::LeftButton);
        QVERIFY(intake.formOpen()); // the clerk stays in the form
        QVERIFY2(child<QLabel>(intake, "intakeFormMessage")->text().contains(QStringLiteral("JF2024-000001")),
                 qPrintable(child<QLabel>(intake, "intakeFormMessage")->text()));
        QCOMPARE(stored(f, QStringLiteral("JF2024-000001")).status, core::ApplicationStatus::Draft);
        prompts.confirmAnswer = true;
        intake.cancelIntake();
        QVERIFY(!intake.formOpen());

        // Later: the draft is in the list; continuing fills the form as it was saved.
        QVERIFY(intake.selectApplication(QStringLiteral("JF2024-000001")));
        auto* cont = child<QPushButton>(intake, "continueDraftButton");
        QVERIFY(cont->isVisible());
        QTest::mouseClick(cont, Qt::LeftButton);
        QVERIFY(intake.formOpen());
        QCOMPARE(child<QLineEdit>(intake, "applicantIdEdit")->text(), id);
        QCOMPARE(child<QSpinBox>(intake, "fact_medical_months")->value(), 30);
        QCOMPARE(intake.liveScore()->items.isEmpty(), false);
        type(child<QSpinBox>(intake, "fact_medical_months"), 48);
        QCOMPARE(intake.submitApplication(), std::optional<QString>(QStringLiteral("JF2024-000001")));
        const core::StoredApplication a = stored(f, QStringLiteral("JF2024-000001"));
        QCOMPARE(a.status, core::ApplicationStatus::Submitted);
        QCOMPARE(QJsonDocument::fromJson(a.applicationJson)
                     .object()
                     .value(QStringLiteral("facts"))
                     .toObject()
                     .value(QStringLiteral("medical_months"))
                     .toInt(),
                 48);
        QCOMPARE(core::PointsService(*f.ws).applications(clerk, 2024)->size(), std::size_t(1));
    }

    // Bad input in the form: the service's message is shown and nothing is stored.
    void invalidFormIsRefused()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        test::FakePrompts prompts;
        ui::PointsIntakePage intake(ui::Session{*f.ws, clerk, prompts});
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        intake.newApplication();
        QTest::keyClicks(child<QLineEdit>(intake, "applicantIdEdit"), QStringLiteral("4301041989"));
        QVERIFY(child<QLabel>(intake, "applicantIdNote")->text().contains(QStringLiteral("10 of 18")));
        QVERIFY(!intake.submitApplication());
        auto* message = child<QLabel>(intake, "intakeFormMessage");
        QVERIFY2(message->text().contains(QStringLiteral("citizen")), qPrintable(message->text()));
        QVERIFY(intake.formOpen());
        QCOMPARE(core::PointsService(*f.ws).applications(clerk, 2024)->size(), std::size_t(0));
        // Escape leaves the form after asking.
        prompts.confirmAnswer = true;
        intake.cancelIntake();
        QVERIFY(!intake.formOpen());
    }
};

QTEST_MAIN(TestPointsIntake)
#include "test_ui_points_intake.moc"
