#include "core/registry/registry_service.h"
#include "core/sync/sync_service.h"
#include "core/workspace.h"
#include "fake_prompts.h"
#include "gui_test_support.h"
#include "support/test_support.h"
#include "ui/appearance.h"
#include "ui/main_window.h"
#include "ui/page_registry.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/sync/conflict_view.h"
#include "ui/sync/sync_labels.h"
#include "ui/sync/sync_page.h"
#include "ui/sync/trust_peer_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hukou;
using hukou::test::child;

namespace {

const QString kCitizenId = QStringLiteral("440106199001011235");

void correct(test::Fixture& f, const QHash<core::PersonField, QString>& changes)
{
    auto p = core::RegistryService(*f.ws).correct(f.admin, kCitizenId, changes, QStringLiteral("visit"));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
}

core::DeviceIdentity identity(const test::Fixture& f)
{
    auto id = core::SyncService(*f.ws).identity();
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

void trust(const test::Fixture& f, const QString& name, const test::Fixture& peer)
{
    const core::DeviceIdentity id = identity(peer);
    auto r = core::SyncService(*f.ws).trust(f.admin, name, id.deviceId, id.publicKey);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
}

// The office (A) and a field laptop (B) that trust each other and share 陈明, registered at the office.
struct Pair
{
    test::Fixture office, laptop;
    Pair()
    {
        trust(office, QStringLiteral("laptop"), laptop);
        trust(laptop, QStringLiteral("office"), office);
        test::registerChenMing(office);
        const QString file = office.dir.filePath(QStringLiteral("first.hkb"));
        auto sent = core::SyncService(*office.ws).exportChanges(office.admin, QStringLiteral("laptop"), file);
        if (!sent)
            qFatal("%s", qPrintable(sent.error().message));
        auto got = core::SyncService(*laptop.ws).importBundle(laptop.admin, file, false);
        if (!got || got->applied == 0)
            qFatal("the first bundle did not apply");
    }
};

} // namespace

class TestSyncPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ui::applyAppearance(*qApp); }

    void opensForAnAdminAndShowsTheIdentity()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        ui::SyncPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const core::DeviceIdentity id = identity(f);
        QVERIFY(!id.fingerprint.isEmpty());
        QCOMPARE(child<QLabel>(page, "fingerprintLabel")->text(), id.fingerprint);
        QCOMPARE(child<QLabel>(page, "deviceIdLabel")->text(), id.deviceId);
        QTest::mouseClick(child<QPushButton>(page, "copyKeyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), id.publicKey);
        QVERIFY(child<QLabel>(page, "syncStatus")->text().contains(id.fingerprint));
        // An administrator manages peers and decides conflicts.
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("peersTab")));
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("conflictsTab")));
        QTRY_VERIFY(!page.isCheckingReminders());
        QVERIFY(!child<QLabel>(page, "overdueBanner")->isVisible());
        QCOMPARE(child<QLabel>(page, "unsentLabel")->text(), QStringLiteral("Every change made here has been sent."));
        QCOMPARE(prompts.shown.size(), std::size_t(0));
    }

    void rolesSeeWhatTheyCanUse()
    {
        test::Fixture f;
        test::FakePrompts prompts;
        const core::Actor field = f.addUser(QStringLiteral("field1"), core::Role::Field);
        const core::Actor clerk = f.addUser(QStringLiteral("clerk1"), core::Role::Clerk);
        const core::Actor boss = f.addUser(QStringLiteral("boss"), core::Role::Supervisor);
        for (const core::Actor& a : {field, clerk, boss, f.admin}) {
            bool listed = false;
            for (const auto& spec : ui::PageRegistry::standard().visibleTo(a))
                listed = listed || spec.id == QStringLiteral("sync");
            QVERIFY2(listed, qPrintable(a.login));
        }
        for (const core::Actor& a : {field, clerk}) {
            ui::SyncPage page(ui::Session{*f.ws, a, prompts});
            QVERIFY(page.findChild<QWidget*>(QStringLiteral("exportButton")));
            QVERIFY(!page.findChild<QWidget*>(QStringLiteral("peersTab")));
            QVERIFY(!page.findChild<QWidget*>(QStringLiteral("conflictsTab")));
        }
        ui::SyncPage supervisor(ui::Session{*f.ws, boss, prompts});
        QVERIFY(!supervisor.findChild<QWidget*>(QStringLiteral("peersTab")));
        QVERIFY(supervisor.findChild<QWidget*>(QStringLiteral("conflictsTab")));
        QCOMPARE(prompts.count(QStringLiteral("error")), 0);
    }

    void trustsAndRevokesAPeer()
    {
        test::Fixture f, other;
        const core::DeviceIdentity peer = identity(other);
        test::FakePrompts prompts;
        ui::SyncPage page(ui::Session{*f.ws, f.admin, prompts});
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableWidget>(page, "peersTable");
        QCOMPARE(table->rowCount(), 0);

        QTest::mouseClick(child<QPushButton>(page, "trustPeerButton"), Qt::LeftButton);
        auto* dialog = page.findChild<ui::TrustPeerDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* ok = child<QPushButton>(*dialog, "okButton");
        test::commitText(child<QLineEdit>(*dialog, "peerNameEdit"), QStringLiteral("天河外勤3号"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "peerDeviceEdit"), peer.deviceId);
        auto* key = child<QLineEdit>(*dialog, "peerKeyEdit");
        QTest::keyClicks(key, peer.publicKey.left(20));
        auto* fingerprint = child<QLabel>(*dialog, "peerFingerprint");
        QVERIFY(fingerprint->text() != peer.fingerprint); // not a whole key yet
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(key, peer.publicKey.mid(20));
        QCOMPARE(fingerprint->text(), peer.fingerprint); // what the other side reads out
        QVERIFY(ok->isEnabled());
        test::screenshot(dialog, QStringLiteral("sync_trust_peer_dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::SyncPage::PeerName)->text(), QStringLiteral("天河外勤3号"));
        QCOMPARE(table->item(0, ui::SyncPage::PeerDevice)->text(), peer.deviceId);
        QCOMPARE(table->item(0, ui::SyncPage::PeerFingerprint)->text(), peer.fingerprint);
        QVERIFY(table->item(0, ui::SyncPage::PeerRevoked)->text().isEmpty());
        QVERIFY(child<QLabel>(page, "syncStatus")->text().contains(QStringLiteral("天河外勤3号")));

        // The same device again is refused inside the dialog.
        QTest::mouseClick(child<QPushButton>(page, "trustPeerButton"), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ui::TrustPeerDialog*>() && page.findChild<ui::TrustPeerDialog*>()->isVisible());
        auto* again = page.findChild<ui::TrustPeerDialog*>();
        QTest::keyClicks(child<QLineEdit>(*again, "peerNameEdit"), QStringLiteral("again"));
        QTest::keyClicks(child<QLineEdit>(*again, "peerDeviceEdit"), peer.deviceId);
        QTest::keyClicks(child<QLineEdit>(*again, "peerKeyEdit"), peer.publicKey);
        QTest::mouseClick(child<QPushButton>(*again, "okButton"), Qt::LeftButton);
        QVERIFY(again->isVisible());
        QVERIFY(child<QLabel>(*again, "trustError")->isVisible());
        again->reject();
        QCOMPARE(table->rowCount(), 1);

        // Revoking asks first.
        table->selectRow(0);
        auto* revoke = child<QPushButton>(page, "revokePeerButton");
        QVERIFY(revoke->isEnabled());
        prompts.confirmAnswer = false;
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("confirm")), 1);
        QVERIFY(table->item(0, ui::SyncPage::PeerRevoked)->text().isEmpty());
        prompts.confirmAnswer = true;
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(prompts.count(QStringLiteral("confirm")), 2);
        QVERIFY(!table->item(0, ui::SyncPage::PeerRevoked)->text().isEmpty());
        QVERIFY(page.peers().front().revoked());
        QVERIFY(!revoke->isEnabled());
    }

    // Both sides correct the same person; the office's bundle reaches the laptop through the page
    // (export, then import with its preview), the laptop's supervisor merges field by field.
    void exchangesBundlesAndResolvesAConflict()
    {
        Pair pair;
        correct(pair.office, {{core::PersonField::Occupation, QStringLiteral("教师")},
                              {core::PersonField::Employer, QStringLiteral("天河中学")}});
        correct(pair.laptop, {{core::PersonField::Occupation, QStringLiteral("医生")},
                              {core::PersonField::Employer, QStringLiteral("天河医院")}});

        // The office exports for the laptop.
        test::FakePrompts officePrompts;
        ui::SyncPage office(ui::Session{*pair.office.ws, pair.office.admin, officePrompts});
        office.show();
        QVERIFY(QTest::qWaitForWindowExposed(&office));
        QTRY_VERIFY(!office.isCheckingReminders());
        QVERIFY2(child<QLabel>(office, "unsentLabel")->text().contains(QStringLiteral("1 change(s)")),
                 qPrintable(child<QLabel>(office, "unsentLabel")->text()));
        const QString bundle = pair.office.dir.filePath(QStringLiteral("hukou-laptop-2024-10-20.hkb"));
        officePrompts.chooseAnswer = 0; // the only peer: "laptop"
        officePrompts.fileAnswer = bundle;
        QTest::mouseClick(child<QPushButton>(office, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(!office.isRunning());
        QVERIFY(QFileInfo::exists(bundle));
        auto* officeStatus = child<QLabel>(office, "syncStatus");
        // Untranslated source text here: "(s)" becomes the right plural in the English and Chinese translations.
        QVERIFY2(officeStatus->text().contains(QStringLiteral("1 person(s)")), qPrintable(officeStatus->text()));
        QVERIFY(!officeStatus->text().contains(QStringLiteral("person:"))); // words, not codes
        QCOMPARE(officePrompts.count(QStringLiteral("error")), 0);

        // The laptop imports it: a preview first, then the import.
        const core::Actor boss = pair.laptop.addUser(QStringLiteral("boss"), core::Role::Supervisor);
        test::FakePrompts prompts;
        ui::SyncPage page(ui::Session{*pair.laptop.ws, boss, prompts});
        page.resize(1126, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* conflicts = child<QTableWidget>(page, "conflictsTable");
        QCOMPARE(conflicts->rowCount(), 0);
        prompts.fileAnswer = bundle;
        prompts.confirmAnswer = false; // look, but do not import yet
        QTest::mouseClick(child<QPushButton>(page, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(prompts.count(QStringLiteral("confirm")) == 1 && !page.isRunning());
        const QString preview = prompts.last(QStringLiteral("confirm"))->text;
        QVERIFY2(preview.contains(QStringLiteral("Conflicting (held for a supervisor): 1 person(s)")),
                 qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("天河区 1")), qPrintable(preview));
        QCOMPARE(conflicts->rowCount(), 0); // the dry run changed nothing
        QVERIFY(core::SyncService(*pair.laptop.ws).conflicts(boss)->empty());

        prompts.confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>(page, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(prompts.count(QStringLiteral("confirm")) == 2 && !page.isRunning());
        auto* status = child<QLabel>(page, "syncStatus");
        QVERIFY2(status->text().contains(QStringLiteral("1 conflict(s) held for a supervisor")),
                 qPrintable(status->text()));
        QCOMPARE(prompts.count(QStringLiteral("error")), 0);

        // The conflict is listed; selecting it compares the versions field by field.
        QCOMPARE(conflicts->rowCount(), 1);
        QVERIFY(conflicts->item(0, ui::SyncPage::ConflictRecord)->text().contains(QStringLiteral("陈明")));
        QCOMPARE(conflicts->item(0, ui::SyncPage::ConflictFrom)->text(), QStringLiteral("office / admin"));
        QCOMPARE(child<QTabWidget>(page, "syncTabs")->tabText(0), QStringLiteral("Conflicts (1)"));
        conflicts->selectRow(0);
        ui::ConflictView* view = page.conflictView();
        QVERIFY(view->conflict());
        QCOMPARE(view->differingFields(), (QStringList{QStringLiteral("occupation"), QStringLiteral("employer")}));
        auto* fields = child<QTableWidget>(*view, "conflictFields");
        for (int row = 0; row < fields->rowCount(); ++row) {
            QTableWidgetItem* name = fields->item(row, ui::ConflictView::FieldColumn);
            const QString key = name->data(ui::ConflictView::KeyRole).toString();
            const bool differs = key == QStringLiteral("occupation") || key == QStringLiteral("employer");
            QCOMPARE(name->data(ui::ConflictView::DifferRole).toBool(), differs);
            QCOMPARE(name->font().bold(), differs);
            QCOMPARE(fields->cellWidget(row, ui::ConflictView::KeepColumn) != nullptr, differs);
            QVERIFY2(!ui::SyncLabels::isBookkeeping(key), qPrintable(key));
            if (key == QStringLiteral("occupation")) {
                QCOMPARE(name->text(), QStringLiteral("职业")); // the register's term, not the column name
                QCOMPARE(fields->item(row, ui::ConflictView::LocalColumn)->text(), QStringLiteral("医生"));
                QCOMPARE(fields->item(row, ui::ConflictView::RemoteColumn)->text(), QStringLiteral("教师"));
            }
        }

        // Merge: the office's occupation, the laptop's employer; a reason is required.
        auto* keepOccupation = child<QComboBox>(*view, "keep_occupation");
        keepOccupation->setCurrentIndex(keepOccupation->findData(static_cast<int>(ui::ConflictView::Side::Remote)));
        QCOMPARE(view->choice(QStringLiteral("employer")), std::optional(ui::ConflictView::Side::Local));
        const ui::ConflictView::Decision d = view->decision();
        QCOMPARE(d.keep, core::SyncService::Keep::Local);
        QCOMPARE(d.fields, (QHash<QString, QString>{{QStringLiteral("occupation"), QStringLiteral("教师")}}));
        auto* resolve = child<QPushButton>(*view, "resolveButton");
        QVERIFY(!resolve->isEnabled());
        test::commitText(child<QLineEdit>(*view, "resolveReasonEdit"), QStringLiteral("与纸质档案核对"));
        QVERIFY(resolve->isEnabled());
        test::screenshot(&page, QStringLiteral("sync_page_conflict"));
        QTest::mouseClick(resolve, Qt::LeftButton);

        QCOMPARE(prompts.count(QStringLiteral("error")), 0);
        QCOMPARE(conflicts->rowCount(), 0);
        QVERIFY(!view->conflict());
        QCOMPARE(child<QTabWidget>(page, "syncTabs")->tabText(0), QStringLiteral("Conflicts"));
        QVERIFY(core::SyncService(*pair.laptop.ws).conflicts(boss)->empty());
        auto merged = core::RegistryService(*pair.laptop.ws).find(boss, kCitizenId);
        QVERIFY(merged);
        QCOMPARE(merged->occupation, QStringLiteral("教师"));
        QCOMPARE(merged->employer, QStringLiteral("天河医院"));
        QVERIFY(status->text().contains(QStringLiteral("陈明")));
    }

    void remindsOfWorkNotExported()
    {
        Pair pair;
        correct(pair.laptop, {{core::PersonField::Occupation, QStringLiteral("医生")}});
        const core::Actor field = pair.laptop.addUser(QStringLiteral("field1"), core::Role::Field);
        // The laptop exported its first correction; a second one has waited for five days since.
        auto sent =
            core::SyncService(*pair.laptop.ws)
                .exportChanges(field, QStringLiteral("office"), pair.laptop.dir.filePath(QStringLiteral("x.hkb")));
        QVERIFY(sent);
        correct(pair.laptop, {{core::PersonField::Employer, QStringLiteral("天河医院")}});
        pair.laptop.clock.advanceSecs(5 * 24 * 3600);
        test::FakePrompts prompts;
        ui::SyncPage page(ui::Session{*pair.laptop.ws, field, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* banner = child<QLabel>(page, "overdueBanner");
        QTRY_VERIFY(banner->isVisible()); // worked out on a thread of its own
        QVERIFY2(banner->text().contains(QStringLiteral("has not been exported for 5 day(s)")),
                 qPrintable(banner->text()));
        test::screenshot(&page, QStringLiteral("sync_page_field"));
    }

    void syncsThroughAFolder()
    {
        Pair pair;
        correct(pair.office, {{core::PersonField::Occupation, QStringLiteral("教师")}});
        QTemporaryDir shared;
        test::FakePrompts prompts;
        ui::SyncPage page(ui::Session{*pair.office.ws, pair.office.admin, prompts});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* syncNow = child<QPushButton>(page, "syncNowButton");
        QVERIFY(!syncNow->isEnabled()); // no folder yet
        prompts.folderAnswer = shared.path();
        QTest::mouseClick(child<QPushButton>(page, "chooseSyncFolderButton"), Qt::LeftButton);
        QCOMPARE(page.syncFolder(), QDir::toNativeSeparators(shared.path()));
        QVERIFY(syncNow->isEnabled());
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTRY_VERIFY(!page.isRunning());
        auto* status = child<QLabel>(page, "syncStatus");
        QVERIFY2(status->text().contains(QStringLiteral("exported 1 bundle(s) (1 person(s))")),
                 qPrintable(status->text()));
        QCOMPARE(QDir(shared.path()).entryList({QStringLiteral("*.hkb")}, QDir::Files).size(), 1);

        // The laptop picks it up from the same folder.
        test::FakePrompts laptopPrompts;
        ui::SyncPage laptop(ui::Session{*pair.laptop.ws, pair.laptop.admin, laptopPrompts});
        laptop.setSyncFolder(shared.path());
        QTest::mouseClick(child<QPushButton>(laptop, "syncNowButton"), Qt::LeftButton);
        QTRY_VERIFY(!laptop.isRunning());
        const QString text = child<QLabel>(laptop, "syncStatus")->text();
        QVERIFY2(text.contains(QStringLiteral("imported 1 bundle(s) (1 record(s) applied)")), qPrintable(text));
        QCOMPARE(core::RegistryService(*pair.laptop.ws).find(pair.laptop.admin, kCitizenId)->occupation,
                 QStringLiteral("教师"));
    }

    // The page in the main window at 1366x768, for a person to look at (HUKOU_SHOTS).
    void inTheMainWindow()
    {
        Pair pair;
        correct(pair.office, {{core::PersonField::Occupation, QStringLiteral("教师")}});
        correct(pair.laptop, {{core::PersonField::Occupation, QStringLiteral("医生")}});
        const QString file = pair.office.dir.filePath(QStringLiteral("second.hkb"));
        QVERIFY(core::SyncService(*pair.office.ws).exportChanges(pair.office.admin, QStringLiteral("laptop"), file));
        auto got = core::SyncService(*pair.laptop.ws).importBundle(pair.laptop.admin, file, false);
        QVERIFY(got);
        QCOMPARE(got->conflicts, qint64(1));

        test::FakePrompts prompts;
        ui::Settings settings(pair.laptop.dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(ui::Session{*pair.laptop.ws, pair.laptop.admin, prompts}, ui::PageRegistry::standard(),
                         settings);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* page = dynamic_cast<ui::SyncPage*>(w.findPage(QStringLiteral("sync")));
        QVERIFY(page);
        for (int i = 0; i < w.pageCount(); ++i)
            if (w.page(i) == page)
                w.showPage(i);
        QCOMPARE(w.currentPage(), page);
        QVERIFY(page->selectConflict(page->conflicts().front().id));
        QCOMPARE(page->conflictView()->differingFields(), QStringList{QStringLiteral("occupation")});
        test::screenshot(&w, QStringLiteral("sync_page_main_window"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "test_sync_page.moc"
