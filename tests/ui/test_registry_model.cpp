#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/person_store.h"
#include "support/test_support.h"
#include "ui/person_table_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hukou;

class TestRegistryModel final : public QObject
{
    Q_OBJECT

    static void importDemo(test::Fixture& f, qint64 persons)
    {
        const QByteArray csv = core::DemoGenerator(42, QDate(2024, 10, 20)).personsCsv(persons);
        auto r = core::PersonImporter(*f.ws).importBytes(f.admin, csv, QStringLiteral("demo.csv"), {});
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->imported, persons);
    }

private slots:
    void browsesEveryoneInPagesByIdUnderTheTester()
    {
        test::Fixture f;
        importDemo(f, 1000);
        ui::PersonTableModel model(*f.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(ui::PersonTableModel::ColumnCount));
        QVERIFY(model.cachedPages() <= 1); // only what the tester looked at
        QCOMPARE(model.personIdAt(0), qint64(1));
        QCOMPARE(model.personIdAt(999), qint64(1000));
        QCOMPARE(model.cachedPages(), 2); // only the first and the last page, never all five
        auto p = core::PersonStore(f.ws->db()).byId(500);
        QVERIFY(p && *p);
        QCOMPARE(model.index(499, ui::PersonTableModel::CitizenId).data().toString(), (*p)->citizenId);
        QCOMPARE(model.index(499, ui::PersonTableModel::Name).data().toString(), (*p)->name);
        QCOMPARE(model.index(499, ui::PersonTableModel::HouseholdNumber).data().toString(), (*p)->householdNumber);
        QVERIFY(model.index(499, ui::PersonTableModel::District).data().toString().endsWith(QStringLiteral("区")));
        QCOMPARE(model.rowOfPerson(500), 499);
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesThroughSearchResultsUnderTheTester()
    {
        test::Fixture f;
        importDemo(f, 1000);
        ui::PersonTableModel model(*f.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString surname = model.index(0, ui::PersonTableModel::Name).data().toString().left(1);

        // A stale search is dropped: only the last text's results arrive.
        model.setSearch(QStringLiteral("zzzz-nothing"));
        model.setSearch(surname);
        QVERIFY(model.isSearching());
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.rowCount() > 0);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
        const int found = model.rowCount();
        for (int r = 0; r < found; ++r) {
            QVERIFY(model.index(r, ui::PersonTableModel::Name).data().toString().contains(surname) ||
                    !model.index(r, ui::PersonTableModel::Match).data().toString().isEmpty());
            QVERIFY(!model.index(r, ui::PersonTableModel::Match).data().toString().isEmpty());
        }
        // Complete: as many as there are persons with that character in the name, at least.
        int expected = 0;
        ui::PersonTableModel all(*f.ws);
        for (int r = 0; r < all.rowCount(); ++r)
            expected += all.index(r, ui::PersonTableModel::Name).data().toString().contains(surname) ? 1 : 0;
        QVERIFY2(found >= expected, qPrintable(QStringLiteral("%1 < %2").arg(found).arg(expected)));

        model.setSearch(QString());
        QVERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1000);
    }
};

QTEST_MAIN(TestRegistryModel)
#include "test_registry_model.moc"
