#include "core/domain/citizen_id.h"
#include "core/points/points_service.h"
#include "core/storage/database.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/page_registry.h"
#include "ui/points_review_page.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace hukou;
using hukou::test::child;

// The supervisor's review of a points round: ranking with a quota override, the cut line in the
// table and the chart, decisions behind the password, the publicity list, and who sees the page.
class TestPointsReview final : public QObject
{
    Q_OBJECT

    // A valid Guangzhou (天河) citizen ID for someone born 1990-01-01 (34 at the gz-2023 reference date: 30 age points).
    static QString citizenId(int seq)
    {
        const QString first17 = QStringLiteral("44010619900101%1").arg(seq, 3, 10, QLatin1Char('0'));
        return first17 + core::CitizenId::checkCharacter(first17);
    }

    // A gz-2023 application (2024 round). Base = 100 + 8 per full year of residence permit (age 30,
    // rented home 20, five insurances at 60 months 50); bonus 30 (bachelor). `pensionMonths` under 48
    // makes the applicant ineligible.
    static QByteArray application(int seq, const QString& name, int permitMonths, int pensionMonths = 60)
    {
        const QJsonObject facts{
            {"residence_permit_in_guangzhou", true},
            {"residence_permit_months", permitMonths},
            {"employed", true},
            {"owns_home", false},
            {"rented_months", 48},
            {"moved_out_core_months", 0},
            {"pension_months", pensionMonths},
            {"medical_months", 60},
            {"unemployment_months", 60},
            {"injury_months", 60},
            {"maternity_months", 60},
            {"provident_fund_months", 0},
            {"education", "bachelor"},
            {"technical_level", "none"},
            {"works_in_certified_occupation", false},
            {"catalogue_occupation", false},
            {"blood_donations", 0},
            {"tax_paid_3y_yuan", 0},
            {"bad_credit_records", 0},
            {"tax_evasion_records", 0},
            {"public_security_penalties", 0},
            {"criminal_punishment_within_5_years", false},
            {"family_planning_compliant", true},
        };
        const QJsonObject o{
            {"rule_set", "gz-2023"},
            {"district", "440106"},
            {"submitted_on", "2024-10-20"},
            {"applicant", QJsonObject{{"citizen_id", citizenId(seq)}, {"name", name}, {"phone", "13800000000"}}},
            {"facts", facts},
        };
        return QJsonDocument(o).toJson();
    }

    static core::ApplicationStatus status(const test::Fixture& f, const core::Actor& actor, const QString& number)
    {
        auto a = core::PointsService(*f.ws).application(actor, number);
        if (!a)
            qFatal("application %s: %s", qPrintable(number), qPrintable(a.error().describe()));
        return a->status;
    }

    static qint64 journalCount(const test::Fixture& f, const QString& action)
    {
        return f.ws->db().queryInt("SELECT count(*) FROM journal WHERE action = '" + action + "'")->value_or(-1);
    }

    static void clickRow(QTableView* table, int row)
    {
        const QModelIndex index = table->model()->index(row, 1);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    // An application found to rest on false documents: rejected after asking, with the password, and
    // its applicant cannot apply again.
    void rejectBarsTheApplicant()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        const core::Actor boss = f.addUser("sup1", core::Role::Supervisor);
        core::PointsService points(*f.ws);
        auto a = points.submit(clerk, application(11, QStringLiteral("陈一"), 120, 60));
        QVERIFY(a);
        test::FakePrompts prompts;
        ui::PointsReviewPage page(ui::Session{*f.ws, boss, prompts});
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.selectApplication(a->number));
        auto* reject = child<QPushButton>(page, "rejectButton");
        QVERIFY(reject->isEnabled()); // also before ranking
        test::commitText(child<QLineEdit>(page, "decisionReasonEdit"), QStringLiteral("社保证明系伪造"));
        QTest::keyClicks(child<QLineEdit>(page, "decisionPasswordEdit"), QStringLiteral("sup1-pass-1"));
        prompts.confirmAnswer = false; // "not undone": the supervisor may still step back
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(points.application(boss, a->number)->status, core::ApplicationStatus::Submitted);
        QTest::keyClicks(child<QLineEdit>(page, "decisionPasswordEdit"), QStringLiteral("sup1-pass-1"));
        prompts.confirmAnswer = true;
        QTest::mouseClick(reject, Qt::LeftButton);
        const auto rejected = points.application(boss, a->number);
        QCOMPARE(rejected->status, core::ApplicationStatus::Rejected);
        QCOMPARE(rejected->reason, QStringLiteral("社保证明系伪造"));
        QVERIFY(!reject->isEnabled());
        auto again = points.submit(clerk, application(11, QStringLiteral("陈一"), 130, 60));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("barred")), qPrintable(again.error().message));
        QVERIFY(!points.reject(clerk, a->number, QStringLiteral("x"))); // supervisors only
        auto history = f.ws->journal().history(QStringLiteral("settlement_application"), a->number);
        QCOMPARE(history->back().action, QStringLiteral("points.reject"));
    }

    void rankDecidePublish()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        const core::Actor boss = f.addUser("sup1", core::Role::Supervisor);
        core::PointsService points(*f.ws);

        // Five applications: three rank (base 180, 164, 148), one under the threshold, one ineligible.
        struct Input
        {
            const char* name;
            int permit;
            int pension;
        };
        const Input inputs[] = {{"陈一", 120, 60}, {"李二", 96, 60}, {"张三", 72, 60}, {"王四", 24, 60}, {"赵五", 120, 24}};
        QStringList numbers;
        int seq = 11;
        for (const Input& in : inputs) {
            auto a = points.submit(clerk, application(seq, QString::fromUtf8(in.name), in.permit, in.pension));
            QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
            numbers << a->number;
            seq += 2;
        }
        const QString first = numbers[0], second = numbers[1], third = numbers[2];

        test::FakePrompts prompts;
        ui::PointsReviewPage page(ui::Session{*f.ws, boss, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        auto* year = child<QSpinBox>(page, "reviewYearSpin");
        auto* quota = child<QSpinBox>(page, "quotaSpin");
        auto* summary = child<QLabel>(page, "reviewSummaryLabel");
        auto* table = child<QTableView>(page, "rankingTable");
        auto* chart = child<QChartView>(page, "distributionChart");
        auto* detail = child<QTextBrowser>(page, "reviewDetail");
        auto* reason = child<QLineEdit>(page, "decisionReasonEdit");
        auto* password = child<QLineEdit>(page, "decisionPasswordEdit");
        auto* approve = child<QPushButton>(page, "approveButton");
        auto* giveBack = child<QPushButton>(page, "returnButton");
        auto* message = child<QLabel>(page, "reviewMessage");
        auto* bar = child<QProgressBar>(page, "quotaBar");
        ui::PointsReviewModel* model = page.model();

        // Before ranking: the round of the clock's year, nothing ranked, the rule set's quota.
        QCOMPARE(year->value(), 2024);
        QVERIFY2(summary->text().contains("Not ranked yet"), qPrintable(summary->text()));
        QCOMPARE(quota->value(), 16000);
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(chart->chart()->series().isEmpty());
        QVERIFY(!approve->isEnabled());

        // Rank with a quota of 2 (an override): no question while the round is unranked.
        quota->setValue(2);
        QTest::mouseClick(child<QPushButton>(page, "rankButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isRanking()); // ranking runs on a worker thread
        QCOMPARE(prompts.count("confirm"), 0);
        QVERIFY2(message->text().contains("inside the quota of 2"), qPrintable(message->text()));
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM points_ranking WHERE quota = 2 AND quota_overridden = 1")
                     ->value_or(-1),
                 1);

        // Ranking again asks first; "no" changes nothing, "yes" ranks again and keeps the override.
        prompts.confirmAnswer = false;
        QTest::mouseClick(child<QPushButton>(page, "rankButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isRanking()); // ranking runs on a worker thread
        QCOMPARE(prompts.count("confirm"), 1);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM points_ranking")->value_or(-1), 1);
        prompts.confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>(page, "rankButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isRanking()); // ranking runs on a worker thread
        QCOMPARE(prompts.count("confirm"), 2);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM points_ranking WHERE quota = 2 AND quota_overridden = 1")
                     ->value_or(-1),
                 2);
        QCOMPARE(quota->value(), 2);

        // The table: the ranked three in rank order, then the two not ranked, with the cut under rank 2.
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->rankedCount(), 3);
        QCOMPARE(model->application(0).number, first);
        QCOMPARE(model->application(1).number, second);
        QCOMPARE(model->application(2).number, third);
        QCOMPARE(model->application(3).number, numbers[3]);
        QCOMPARE(model->application(4).number, numbers[4]);
        QCOMPARE(model->cutLineRow(), 1);
        for (int row = 0; row < 5; ++row) {
            const QModelIndex i = model->index(row, 0);
            QCOMPARE(i.data(ui::PointsReviewModel::CutLineRole).toBool(), row == 1);
            QCOMPARE(i.data(ui::PointsReviewModel::InsideQuotaRole).toBool(), row < 2);
            QCOMPARE(i.data(Qt::BackgroundRole).isValid(), row < 2);
        }
        QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains("cut line"));
        QVERIFY(model->index(2, 0).data(Qt::ToolTipRole).toString().contains("outside the quota"));
        QCOMPARE(model->index(0, ui::PointsReviewModel::BaseColumn).data().toString(), QStringLiteral("180"));
        QCOMPARE(model->index(1, ui::PointsReviewModel::TotalColumn).data().toString(), QStringLiteral("194"));
        QCOMPARE(model->index(0, ui::PointsReviewModel::CitizenIdColumn).data().toString(), citizenId(11));
        QCOMPARE(model->index(0, ui::PointsReviewModel::DistrictColumn).data().toString(), QStringLiteral("天河区"));
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("—"));
        QVERIFY2(model->index(3, model->reasonColumn()).data().toString().contains("Under the threshold"),
                 qPrintable(model->index(3, model->reasonColumn()).data().toString()));
        QCOMPARE(model->index(4, model->reasonColumn()).data().toString(), QStringLiteral("Not eligible"));
        // The tie-breakers of gz-2023 have columns of their own.
        QCOMPARE(model->extraKeys(), QStringList({"medical_months", "residence_permit_months"}));
        QCOMPARE(model->index(0, ui::PointsReviewModel::BaseColumn + 2).data().toString(), QStringLiteral("120"));

        // The figures: quota, cut-off, threshold; the quota bar; the chart with both sides of the cut.
        QVERIFY2(summary->text().contains("Quota: 2 (override; the rule set has 16000)"), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains("Cut-off: Base points ≥ 164"), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains("Total points ≥ 150"), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains("not ranked: 2"), qPrintable(summary->text()));
        QCOMPARE(bar->maximum(), 2);
        QCOMPARE(bar->value(), 0);
        QCOMPARE(chart->chart()->series().size(), 1);
        auto* series = qobject_cast<QStackedBarSeries*>(chart->chart()->series().front());
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets()[0]->sum(), 2.0); // inside the quota
        QCOMPARE(series->barSets()[1]->sum(), 1.0); // outside
        QVERIFY(chart->chart()->title().contains("164"));

        // Select the first: its breakdown shows, the buttons wake up.
        clickRow(table, 0);
        QCOMPARE(page.selectedApplication(), first);
        QVERIFY2(detail->toPlainText().contains("Score breakdown"), qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(first));
        QVERIFY(detail->toPlainText().contains("inside the quota"));
        QVERIFY(approve->isEnabled());
        QVERIFY(giveBack->isEnabled());

        // A wrong password: a clear message, nothing decided, the password box cleared and focused.
        reason->setFocus();
        QTest::keyClicks(reason, "meets every condition");
        QTest::keyClicks(password, "not-my-password");
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(message->text().contains("password is not correct"), qPrintable(message->text()));
        QCOMPARE(status(f, boss, first), core::ApplicationStatus::Ranked);
        QVERIFY(password->text().isEmpty());
        QTRY_VERIFY(password->hasFocus());
        QCOMPARE(reason->text(), QStringLiteral("meets every condition"));

        // Enter in the password box decides nothing.
        QTest::keyClicks(password, "sup1-pass-1");
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(status(f, boss, first), core::ApplicationStatus::Ranked);
        QCOMPARE(journalCount(f, "points.approve"), 0);

        // Alt+A approves: recorded and journaled; the selection moves on to the next undecided one.
        QTest::keyClick(password, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(status(f, boss, first), core::ApplicationStatus::Approved);
        QVERIFY2(message->text().contains("approved"), qPrintable(message->text()));
        auto decided = points.application(boss, first);
        QCOMPARE(decided->reason, QStringLiteral("meets every condition"));
        QCOMPARE(decided->reviewer, QStringLiteral("sup1"));
        QCOMPARE(journalCount(f, "points.approve"), 1);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM journal WHERE action = 'points.approve' AND record_id = '" +
                                     first + "' AND user = 'sup1'")
                     ->value_or(-1),
                 1);
        QVERIFY(reason->text().isEmpty());
        QVERIFY(password->text().isEmpty());
        QCOMPARE(page.selectedApplication(), second);
        QVERIFY(approve->isEnabled());
        test::screenshot(&page, "points_review");
        QCOMPARE(bar->value(), 1);
        QVERIFY2(summary->text().contains("approved: 1 of 2"), qPrintable(summary->text()));
        QCOMPARE(model->index(0, model->statusColumn()).data().toString(),
                 core::applicationStatusLabel(core::ApplicationStatus::Approved));
        // A decided application cannot be decided again from here.
        QVERIFY(page.selectApplication(first));
        QVERIFY(!approve->isEnabled());

        // Outside the quota: the core refuses the approval.
        QVERIFY(page.selectApplication(third));
        QVERIFY(detail->toPlainText().contains("outside the quota"));
        QVERIFY(approve->isEnabled());
        QTest::keyClicks(reason, "try anyway");
        QTest::keyClicks(password, "sup1-pass-1");
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY2(message->text().contains("outside the quota; it cannot be approved"), qPrintable(message->text()));
        QCOMPARE(status(f, boss, third), core::ApplicationStatus::Ranked);

        // Return it with a reason.
        reason->clear();
        QTest::keyClicks(reason, "evidence of employment incomplete");
        QTest::keyClicks(password, "sup1-pass-1");
        QTest::mouseClick(giveBack, Qt::LeftButton);
        QCOMPARE(status(f, boss, third), core::ApplicationStatus::Returned);
        QCOMPARE(points.application(boss, third)->reason, QStringLiteral("evidence of employment incomplete"));
        QCOMPARE(journalCount(f, "points.return"), 1);
        QVERIFY2(message->text().contains("returned"), qPrintable(message->text()));
        QCOMPARE(model->index(2, model->reasonColumn()).data().toString(),
                 QStringLiteral("evidence of employment incomplete"));
        // No reason: asked for one, nothing decided.
        QVERIFY(page.selectApplication(second));
        QTest::keyClicks(password, "sup1-pass-1");
        page.approveSelected();
        QVERIFY2(message->text().contains("reason"), qPrintable(message->text()));
        QCOMPARE(status(f, boss, second), core::ApplicationStatus::Ranked);
        password->clear();

        // Ranking again is refused now that an application is approved.
        QTest::mouseClick(child<QPushButton>(page, "rankButton"), Qt::LeftButton);
        QTRY_VERIFY(!page.isRanking()); // ranking runs on a worker thread
        QVERIFY2(message->text().contains("cannot be ranked again"), qPrintable(message->text()));

        // Publish as CSV: the approved applicant with a masked ID; the application becomes published.
        prompts.fileAnswer = f.dir.filePath("publicity.csv");
        QTest::mouseClick(child<QPushButton>(page, "publishButton"), Qt::LeftButton);
        QCOMPARE(prompts.count("error"), 0);
        QCOMPARE(prompts.count("information"), 1);
        QFile csv(prompts.fileAnswer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QString id = citizenId(11);
        QVERIFY2(text.contains(id.left(6) + "********" + id.right(4)), qPrintable(text));
        QVERIFY(!text.contains(id));
        QVERIFY(text.contains(first));
        QVERIFY(!text.contains(third));
        QCOMPARE(status(f, boss, first), core::ApplicationStatus::Published);
        QCOMPARE(journalCount(f, "points.publish"), 1);
        QCOMPARE(model->index(0, model->statusColumn()).data().toString(),
                 core::applicationStatusLabel(core::ApplicationStatus::Published));

        // And as PDF.
        prompts.fileAnswer = f.dir.filePath("publicity.pdf");
        QTest::mouseClick(child<QPushButton>(page, "publishButton"), Qt::LeftButton);
        QCOMPARE(prompts.count("error"), 0);
        QVERIFY(QFileInfo(prompts.fileAnswer).size() > 1000);
        QCOMPARE(journalCount(f, "points.publish"), 2);

        // Another file type is refused before anything is written.
        prompts.fileAnswer = f.dir.filePath("publicity.txt");
        page.publish();
        QCOMPARE(prompts.count("error"), 1);
        QVERIFY(!QFileInfo::exists(prompts.fileAnswer));
        QCOMPARE(journalCount(f, "points.publish"), 2);

        // Another year: the 2025 round is empty and unranked.
        page.setYear(2025);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(summary->text().contains("Not ranked yet"));
        QVERIFY(!child<QPushButton>(page, "publishButton")->isEnabled());
    }

    void onlySupervisorsSeeThePage()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        const core::Actor boss = f.addUser("sup1", core::Role::Supervisor);
        const auto reg = ui::PageRegistry::standard();
        auto has = [&](const core::Actor& a) {
            for (const auto& s : reg.visibleTo(a))
                if (s.id == QStringLiteral("points_review"))
                    return true;
            return false;
        };
        QVERIFY(has(boss));
        QVERIFY(!has(clerk));
    }
};

QTEST_MAIN(TestPointsReview)
#include "test_ui_points_review.moc"
