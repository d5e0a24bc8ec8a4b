#include "core/collective/collective_service.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/collective_desk_page.h"
#include "ui/page_registry.h"
#include "ui/session.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace hukou;
using hukou::test::child;

// The collective desk worked by keyboard alone: Enter looks up, F2/F3/F4/F8 act, focus returns to the ID box.
class TestCollectiveDesk final : public QObject
{
    Q_OBJECT

    static QString makeId(const QString& birth, int seq)
    {
        const QString body = QStringLiteral("440106") + QString(birth).remove(QLatin1Char('-')) +
                             QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body[i].digitValue() * w[i];
        return body + QString(QStringLiteral("10X98765432")[sum % 11]);
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void keyboardQueue()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser("clerk1", core::Role::Clerk);
        const QString id = makeId("1990-01-01", 11);
        core::FieldValues v;
        v.set(core::PersonField::CitizenId, id);
        v.set(core::PersonField::Name, "张三");
        v.set(core::PersonField::Sex, "男");
        v.set(core::PersonField::BirthDate, "1990-01-01");
        v.set(core::PersonField::District, "440106");
        v.set(core::PersonField::Address, "广州市天河区某路1号");
        v.set(core::PersonField::HouseholdNumber, "H1");
        v.set(core::PersonField::Relation, "户主");
        v.set(core::PersonField::HukouNature, "居民");
        QVERIFY(core::RegistryService(*f.ws).registerPerson(f.admin, v, "test", true));
        QVERIFY(core::CollectiveService(*f.ws).create(
            f.admin, {"440106", "冼村街公共集体户", "广州市天河区冼村街公共集体户", "冼村街", 50, "李主任"}));

        test::FakePrompts prompts;
        ui::CollectiveDeskPage page(ui::Session{*f.ws, clerk, prompts});
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // shortcuts work in the active window
        auto* idEdit = child<QLineEdit>(page, "collectiveIdEdit");
        auto* person = child<QLabel>(page, "collectivePersonLabel");
        auto* message = child<QLabel>(page, "collectiveMessage");
        idEdit->setFocus();
        QTRY_VERIFY(idEdit->hasFocus());

        // unknown ID: a clear message, focus stays
        QTest::keyClicks(idEdit, makeId("1980-01-01", 11));
        QTest::keyClick(idEdit, Qt::Key_Return);
        QVERIFY2(message->text().contains("No person"), qPrintable(message->text()));
        QVERIFY(idEdit->hasFocus());

        // a name search: one match is taken at once (Chinese comes in through the input method)
        QTest::keyClick(idEdit, Qt::Key_A, Qt::ControlModifier);
        test::commitText(idEdit, "张三");
        QTest::keyClick(idEdit, Qt::Key_Return);
        QVERIFY2(person->text().contains(id), qPrintable(person->text()));
        QCOMPARE(idEdit->text(), id);

        // look up: Ctrl+A selects the old text, the new ID replaces it
        QTest::keyClick(idEdit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(idEdit, id);
        QTest::keyClick(idEdit, Qt::Key_Return);
        QVERIFY2(person->text().contains("张三"), qPrintable(person->text()));
        QVERIFY(person->text().contains("Not a member"));
        test::screenshot(&page, "collective_desk_lookup");

        // enroll
        QVERIFY(child<QPushButton>(page, "collectiveEnrollButton")->isEnabled());
        QTest::keyClick(idEdit, Qt::Key_F2);
        // a button shortcut animates the click (about 100 ms)
        QTRY_VERIFY2(message->text().contains("Enrolled"), qPrintable(message->text()));
        QVERIFY(person->text().contains("440106JT0001"));
        QVERIFY(idEdit->hasFocus());
        QCOMPARE(idEdit->selectedText(), id);
        QCOMPARE(child<QTableWidget>(page, "collectiveHistoryTable")->rowCount(), 1);
        QCOMPARE(child<QTableWidget>(page, "collectiveHouseholdsTable")->item(0, 3)->text(), QStringLiteral("1"));

        // lend: type the purpose, F3
        auto* purpose = child<QLineEdit>(page, "collectiveLoanPurposeEdit");
        purpose->setFocus();
        QTest::keyClicks(purpose, "marriage registration");
        QTest::keyClick(purpose, Qt::Key_F3);
        QTRY_VERIFY2(message->text().contains("loan JY2024-000001"), qPrintable(message->text()));
        QVERIFY(idEdit->hasFocus());
        QVERIFY(person->text().contains("out on loan"));
        QVERIFY(!child<QPushButton>(page, "collectiveLeaveButton")->isEnabled() ||
                child<QPushButton>(page, "collectiveReturnButton")->isEnabled());
        test::screenshot(&page, "collective_desk_loan");

        // moving out with the page still out is refused by the service
        QTest::keyClick(idEdit, Qt::Key_F8);
        QTRY_VERIFY2(message->text().contains("returned first"), qPrintable(message->text()));

        // return
        QTest::keyClick(idEdit, Qt::Key_F4);
        QTRY_VERIFY2(message->text().contains("returned."), qPrintable(message->text()));
        QVERIFY(!person->text().contains("out on loan"));
        QVERIFY(idEdit->hasFocus());

        // flag as home owner (Alt+H toggles the check box): listed for follow-up
        QTest::keyClick(idEdit, Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(child<QTableWidget>(page, "collectiveHomeOwnersTable")->rowCount(), 1);
        QVERIFY(idEdit->hasFocus());

        // the slip as PDF (Ctrl+P), journaled as a print
        prompts.fileAnswer = f.dir.filePath("slip.pdf");
        QTest::keyClick(idEdit, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY2(message->text().contains("Saved the slip"), qPrintable(message->text()));
        QVERIFY(QFileInfo(f.dir.filePath("slip.pdf")).size() > 1000);
        QCOMPARE(f.ws->db().queryInt("SELECT count(*) FROM journal WHERE action = 'collective.print_slip'")->value_or(0),
                 1);
        QVERIFY(idEdit->hasFocus());

        // leave: choose "left the city", type the destination, Enter
        auto* reason = child<QComboBox>(page, "collectiveLeaveReasonCombo");
        reason->setCurrentIndex(reason->findData("left_city"));
        auto* to = child<QLineEdit>(page, "collectiveLeaveToEdit");
        to->setFocus();
        QTest::keyClicks(to, "Beijing");
        QTest::keyClick(to, Qt::Key_Return);
        QVERIFY2(message->text().contains("moved out"), qPrintable(message->text()));
        QVERIFY(idEdit->hasFocus());
        QVERIFY(!child<QPushButton>(page, "collectiveLoanButton")->isEnabled());
        QCOMPARE((*core::PersonStore(f.ws->db()).byCitizenId(id))->status, core::PersonStatus::MovedOut);
        QCOMPARE(child<QTableWidget>(page, "collectiveHouseholdsTable")->item(0, 3)->text(), QStringLiteral("0"));
        QCOMPARE(child<QTableWidget>(page, "collectiveLoansTable")->rowCount(), 1);
        test::screenshot(&page, "collective_desk_moved_out");
    }

    void listsCoverageAndPermissions()
    {
        test::Fixture f;
        const core::Actor supervisor = f.addUser("sup1", core::Role::Supervisor);
        const core::Actor field = f.addUser("field1", core::Role::Field);
        test::FakePrompts prompts;
        ui::CollectiveDeskPage page(ui::Session{*f.ws, supervisor, prompts});
        auto* coverage = child<QTableWidget>(page, "collectiveCoverageTable");
        QCOMPARE(coverage->rowCount(), 11);
        QVERIFY(coverage->item(0, 3)->text().contains("MISSING"));
        QVERIFY(!child<QPushButton>(page, "collectiveEnrollButton")->isEnabled());
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        coverage->parentWidget()->parentWidget()->setProperty("currentIndex", 1);
        test::screenshot(&page, "collective_desk_coverage");
        // the page is offered to desk roles and supervisors, not to field users
        const auto reg = ui::PageRegistry::standard();
        auto has = [&](const core::Actor& a) {
            for (const auto& s : reg.visibleTo(a))
                if (s.id == QStringLiteral("collective"))
                    return true;
            return false;
        };
        QVERIFY(has(supervisor));
        QVERIFY(has(f.admin));
        QVERIFY(!has(field));
    }
};

QTEST_MAIN(TestCollectiveDesk)
#include "test_ui_collective_desk.moc"
