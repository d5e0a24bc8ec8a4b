#include "core/points/builtin_rule_sets.h"
#include "core/points/points_service.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/page_registry.h"
#include "ui/rule_sets_page.h"
#include "ui/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hukou;
using hukou::test::child;

// The administrator's rule sets page: the built-ins listed, a new round's rule set imported from a
// file, a broken one refused with its JSON path, nothing stored for it.
class TestRuleSetsPage final : public QObject
{
    Q_OBJECT

    static QString write(const QTemporaryDir& dir, const QString& name, const QJsonObject& o)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void listImportAndRefuse()
    {
        test::Fixture f;
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        bool clerkSees = false;
        for (const auto& spec : ui::PageRegistry::standard().visibleTo(clerk))
            clerkSees = clerkSees || spec.id == QStringLiteral("rule_sets");
        QVERIFY(!clerkSees);

        test::FakePrompts prompts;
        ui::RuleSetsPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableWidget>(page, "ruleSetsTable");
        QCOMPARE(table->rowCount(), 3); // gz-2023, gz-2020, gz-2014, newest round first
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("gz-2023"));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("built in")));
        QVERIFY(child<QPlainTextEdit>(page, "ruleSetJson")->toPlainText().contains(QStringLiteral("\"gz-2023\"")));

        // A rule set for the 2025 round.
        QTemporaryDir dir;
        QJsonObject o = QJsonDocument::fromJson(core::BuiltinRuleSets::source(u"gz-2023")).object();
        o.insert(QStringLiteral("id"), QStringLiteral("gz-2025"));
        o.insert(QStringLiteral("year"), 2025);
        o.insert(QStringLiteral("quota"), 18000);
        prompts.fileAnswer = write(dir, QStringLiteral("gz-2025.json"), o);
        QTest::mouseClick(child<QPushButton>(page, "importRuleSetButton"), Qt::LeftButton);
        auto* message = child<QLabel>(page, "ruleSetsMessage");
        QVERIFY2(message->text().contains(QStringLiteral("gz-2025")), qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("gz-2025"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("18000"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("admin"));
        QCOMPARE(core::PointsService(*f.ws).ruleSetForYear(2025)->ruleSet.quota, 18000);

        // A broken one: the message names the place; nothing changes.
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject first = items[0].toObject();
        first.insert(QStringLiteral("points"), QStringLiteral("eight"));
        items[0] = first;
        o.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("quota"), 1);
        prompts.fileAnswer = write(dir, QStringLiteral("broken.json"), o);
        QVERIFY(!page.importRuleSet());
        QVERIFY2(message->text().contains(QStringLiteral("items[0].points")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("broken.json")), qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(core::PointsService(*f.ws).ruleSetForYear(2025)->ruleSet.quota, 18000);
        test::screenshot(&page, QStringLiteral("rule_sets"));
    }
};

QTEST_MAIN(TestRuleSetsPage)
#include "test_ui_rule_sets.moc"
