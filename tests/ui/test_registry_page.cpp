#include "core/auth/roles.h"
#include "core/domain/citizen_id.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/error_text.h"
#include "ui/page_registry.h"
#include "ui/person_detail_panel.h"
#include "ui/person_dialog.h"
#include "ui/person_table_model.h"
#include "ui/registry_page.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QMenu>
#include <QFile>
#include <QAction>
#include <QTest>

using namespace hukou;
using hukou::test::child;

class TestRegistryPage final : public QObject
{
    Q_OBJECT

    static void importDemo(test::Fixture& f, qint64 persons)
    {
        const QByteArray csv = core::DemoGenerator(7, QDate(2024, 10, 20)).personsCsv(persons);
        auto r = core::PersonImporter(*f.ws).importBytes(f.admin, csv, QStringLiteral("demo.csv"), {});
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, persons);
    }

    static core::Person person(test::Fixture& f, qint64 id)
    {
        auto p = core::PersonStore(f.ws->db()).byId(id);
        return p && *p ? **p : core::Person{};
    }

    static bool historyHas(const ui::RegistryPage& page, const QString& action, const QString& reason)
    {
        const QTableWidget* h = page.detailPanel()->history();
        for (int r = 0; r < h->rowCount(); ++r)
            if (h->item(r, 2)->text() == action && h->item(r, 3)->text() == reason)
                return true;
        return false;
    }

    static ui::PersonDialog* openCorrection(ui::RegistryPage& page)
    {
        QTest::mouseClick(child<QPushButton>(page, "correctButton"), Qt::LeftButton);
        auto* dialog = page.findChild<ui::PersonDialog*>();
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void isTheFirstPage()
    {
        const auto specs = ui::PageRegistry::standard().all();
        QVERIFY(!specs.empty());
        QCOMPARE(specs.front().id, QStringLiteral("registry"));
        QCOMPARE(specs.front().permission, std::optional(core::Permission::ReadPersons));
    }

    void searchOpenCorrectAndFindTheJournalEntry()
    {
        test::Fixture f;
        importDemo(f, 300);
        const core::Person target = person(f, 37);
        test::FakePrompts prompts;
        ui::RegistryPage page(ui::Session{*f.ws, f.admin, prompts});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 720);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.model()->rowCount(), 300);
        test::screenshot(&page, QStringLiteral("registry_browse"));

        // Ctrl+F, type the full citizen ID, Down into the table, Enter opens the person.
        auto* search = child<QLineEdit>(page, "registrySearch");
        auto* table = child<QTableView>(page, "registryTable");
        table->setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        test::commitText(search, target.name);
        QTRY_VERIFY(page.model()->isSearching() && !page.model()->isBusy());
        QVERIFY(page.model()->rowCount() > 0);
        const int row = page.model()->rowOfPerson(target.id);
        QVERIFY(row >= 0);
        test::screenshot(&page, QStringLiteral("registry_search"));
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(page.model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(page.detailPanel()->detail());
        QCOMPARE(page.detailPanel()->detail()->person.citizenId, target.citizenId);
        QCOMPARE(child<QLabel>(page, "card_citizen_id")->text(), target.citizenId);
        QVERIFY(page.detailPanel()->members()->rowCount() >= 1);
        QCOMPARE(page.detailPanel()->members()->item(0, 1)->text(), QStringLiteral("户主"));

        // Correct the occupation with a reason.
        auto* dialog = openCorrection(page);
        QVERIFY(dialog);
        QVERIFY(dialog->isCorrection());
        auto* ok = child<QPushButton>(*dialog, "okButton");
        QVERIFY(!ok->isEnabled()); // nothing changed yet
        auto* occupation = child<QLineEdit>(*dialog, "occupationEdit");
        occupation->clear();
        test::commitText(occupation, QStringLiteral("公交车司机"));
        QVERIFY(!ok->isEnabled()); // the reason is required
        test::commitText(child<QLineEdit>(*dialog, "reasonEdit"), QStringLiteral("本人申请更正职业"));
        QVERIFY(ok->isEnabled());
        test::screenshot(dialog, QStringLiteral("person_dialog_correct"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ui::PersonDialog*>() == nullptr || !dialog->isVisible());

        QTRY_VERIFY(historyHas(page, QStringLiteral("person.update"), QStringLiteral("本人申请更正职业")));
        QCOMPARE(child<QLabel>(page, "card_occupation")->text(), QStringLiteral("公交车司机"));
        const core::Person after = person(f, target.id);
        QCOMPARE(after.occupation, QStringLiteral("公交车司机"));
        QCOMPARE(after.version, target.version + 1);
        auto history = f.ws->journal().history(QStringLiteral("person"), target.uuid);
        QVERIFY(history);
        QCOMPARE(history->back().action, QStringLiteral("person.update"));
        QCOMPARE(history->back().user, QStringLiteral("admin"));
        QCOMPARE(history->back().reason, QStringLiteral("本人申请更正职业"));
        test::screenshot(&page, QStringLiteral("registry_after_correction"));
    }

    void certificateIsSavedAsPdfAndJournaled()
    {
        test::Fixture f;
        importDemo(f, 20);
        const core::Person target = person(f, 2);
        test::FakePrompts prompts;
        prompts.fileAnswer = f.dir.filePath(QStringLiteral("certificate.pdf"));
        ui::RegistryPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1200, 700);
        page.show();
        page.showPerson(target.id);
        QVERIFY(page.detailPanel()->detail());
        auto* button = child<QPushButton>(page, "certificateButton");
        QVERIFY(button->isEnabled());
        button->menu()->findChild<QAction*>(QStringLiteral("certificatePdfAction"))->trigger();
        QCOMPARE(prompts.count(QStringLiteral("error")), 0);
        QFile pdf(prompts.fileAnswer);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
        // The print is in the person's history.
        auto history = f.ws->journal().history(QStringLiteral("person"), target.uuid);
        QVERIFY(std::any_of(history->begin(), history->end(),
                            [](const core::JournalEntry& e) { return e.action == QStringLiteral("document.print"); }));
    }

    void aVersionClashReloadsInsteadOfOverwriting()
    {
        test::Fixture f;
        importDemo(f, 50);
        const core::Person target = person(f, 3);
        test::FakePrompts prompts;
        ui::RegistryPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1200, 700);
        page.show();
        page.showPerson(target.id);
        auto* dialog = openCorrection(page);
        QVERIFY(dialog);

        // Someone else saves first, behind the dialog's back.
        const core::RegistryService registry(*f.ws);
        auto other = registry.correct(f.admin, target.citizenId, {{core::PersonField::Occupation, QStringLiteral("教师")}},
                                      QStringLiteral("other desk"), target.version);
        QVERIFY(other);

        auto* occupation = child<QLineEdit>(*dialog, "occupationEdit");
        occupation->clear();
        test::commitText(occupation, QStringLiteral("医生"));
        test::commitText(child<QLineEdit>(*dialog, "reasonEdit"), QStringLiteral("mine"));
        QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);

        QCOMPARE(prompts.count(QStringLiteral("error")), 1);
        QCOMPARE(prompts.last(QStringLiteral("error"))->title, QStringLiteral("Someone else saved first"));
        QVERIFY(prompts.last(QStringLiteral("error"))->text.contains(target.citizenId));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->wasReloaded());
        QCOMPARE(occupation->text(), QStringLiteral("教师")); // theirs, reloaded
        QCOMPARE(person(f, target.id).occupation, QStringLiteral("教师"));
        QCOMPARE(person(f, target.id).version, target.version + 1);
        test::screenshot(dialog, QStringLiteral("person_dialog_reloaded"));
        dialog->reject();
        QTRY_COMPARE(page.detailPanel()->detail()->person.version, target.version + 1);
    }

    void aSupervisorCannotEdit()
    {
        test::Fixture f;
        importDemo(f, 30);
        const core::Actor sup = f.addUser(QStringLiteral("sup"), core::Role::Supervisor);
        const core::Person target = person(f, 2);
        test::FakePrompts prompts;
        ui::RegistryPage page(ui::Session{*f.ws, sup, prompts});
        page.show();
        QCOMPARE(page.model()->rowCount(), 30);
        page.showPerson(target.id);
        QVERIFY(page.detailPanel()->detail());
        for (const char* name : {"newPersonButton", "newHouseholdButton", "importButton", "correctButton",
                                 "statusButton", "makeHeadButton"})
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);
        QVERIFY(child<QPushButton>(page, "exportButton")->isEnabled() ==
                core::Roles::allows(core::Role::Supervisor, core::Permission::ExportPersons));

        // Even when the dialog is reached, the core refuses and says why.
        ui::PersonDialog dialog(ui::Session{*f.ws, sup, prompts}, target);
        dialog.show();
        auto* occupation = child<QLineEdit>(dialog, "occupationEdit");
        occupation->clear();
        test::commitText(occupation, QStringLiteral("厨师"));
        test::commitText(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("try"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(dialog, "formError");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(core::Roles::describe(core::Permission::EditPersons)),
                 qPrintable(error->text()));
        QCOMPARE(person(f, target.id).occupation, target.occupation);
        QCOMPARE(person(f, target.id).version, target.version);
    }

    void checksTheIdAsTypedAndConfirmsPossibleDuplicates()
    {
        test::Fixture f;
        importDemo(f, 30);
        const core::Person existing = person(f, 1); // a head: its household exists
        test::FakePrompts prompts;
        ui::PersonDialog dialog(ui::Session{*f.ws, f.admin, prompts});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* id = child<QLineEdit>(dialog, "citizenIdEdit");
        auto* message = child<QLabel>(dialog, "citizenIdMessage");
        auto* ok = child<QPushButton>(dialog, "okButton");

        // A wrong check character: said under the field while typing, sex and birth date stay empty.
        const QString bad = existing.citizenId.left(17) +
                            (existing.citizenId.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
        QTest::keyClicks(id, bad.left(10));
        QVERIFY(message->text().contains(QStringLiteral("10")));
        QTest::keyClicks(id, bad.mid(10));
        QVERIFY(!core::CitizenId::parse(bad, QDate(2024, 10, 20)));
        QCOMPARE(message->text(),
                 ui::sentence(core::CitizenId::parse(bad, QDate(2024, 10, 20)).error().message));
        QVERIFY(child<QLineEdit>(dialog, "birthDateEdit")->text().isEmpty());
        QVERIFY(!ok->isEnabled());
        test::commitText(child<QLineEdit>(dialog, "nameEdit"), existing.name);
        test::screenshot(&dialog, QStringLiteral("person_dialog_invalid_id"));

        // Another valid ID with the same birth date and sex: a possible duplicate of `existing`.
        QString other = existing.citizenId.left(14);
        other += existing.citizenId.at(14) == QLatin1Char('9') ? QLatin1Char('8') : QLatin1Char('9');
        other += existing.citizenId.mid(15, 2);
        other += core::CitizenId::checkCharacter(other);
        id->clear();
        QTest::keyClicks(id, other);
        QCOMPARE(child<QLineEdit>(dialog, "birthDateEdit")->text(), existing.birthDate.toString(Qt::ISODate));
        QCOMPARE(child<QComboBox>(dialog, "sexCombo")->currentText(), existing.sex);
        QVERIFY(!child<QComboBox>(dialog, "sexCombo")->isEnabled());
        test::commitText(child<QLineEdit>(dialog, "householdEdit"), existing.householdNumber);
        QVERIFY(child<QLabel>(dialog, "householdInfo")->text().contains(existing.address));
        auto* relation = child<QComboBox>(dialog, "relationCombo");
        relation->setCurrentIndex(relation->findText(QStringLiteral("子")));
        QVERIFY(ok->isEnabled());

        prompts.confirmAnswer = false; // the clerk says no: nothing registered
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("confirm")), 1);
        QVERIFY(prompts.last(QStringLiteral("confirm"))->text.contains(existing.citizenId));
        QVERIFY(dialog.isVisible());
        QVERIFY(!core::PersonStore(f.ws->db()).byCitizenId(other).value());

        prompts.confirmAnswer = true;
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.saved().citizenId, other);
        QCOMPARE(dialog.saved().householdNumber, existing.householdNumber);
        QVERIFY(core::PersonStore(f.ws->db()).byCitizenId(other).value().has_value());
    }
};

QTEST_MAIN(TestRegistryPage)
#include "test_registry_page.moc"
