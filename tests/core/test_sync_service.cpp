// Two and three real databases exchanging sync bundles (core/sync): plain apply, idempotent
// re-import, concurrent edits and the same citizen ID registered twice becoming conflicts with both
// versions, conflicts resolved and travelling back until both sides are equal, bulk imports
// travelling whole, tampered, untrusted, revoked and out-of-order bundles refused with nothing
// changed, and a dry run that changes nothing.
#include "core/journal/journal.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "core/sync/sync_service.h"
#include "support/test_support.h"

#include <QFile>
#include <QTest>

using namespace hukou::core;
using hukou::test::Fixture;

class TestSyncService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextFile() { return m_dir.filePath(QStringLiteral("b%1.hkb").arg(++m_files)); }

    static FieldValues person(const QString& id, const QString& name, const QString& sex, const QString& birth,
                              const QString& household, const QString& relation)
    {
        FieldValues v;
        v.set(PersonField::CitizenId, id);
        v.set(PersonField::Name, name);
        v.set(PersonField::Sex, sex);
        v.set(PersonField::BirthDate, birth);
        v.set(PersonField::District, QStringLiteral("440106"));
        v.set(PersonField::Address, QStringLiteral("广州市天河区冼村街道1号"));
        v.set(PersonField::HouseholdNumber, household);
        v.set(PersonField::Relation, relation);
        v.set(PersonField::HukouNature, QStringLiteral("农业"));
        return v;
    }

    // Each side trusts the other.
    static void pair(Fixture& a, const QString& aName, Fixture& b, const QString& bName)
    {
        auto ia = SyncService(*a.ws).identity();
        auto ib = SyncService(*b.ws).identity();
        QVERIFY(ia && ib);
        auto ab = SyncService(*a.ws).trust(a.admin, bName, ib->deviceId, ib->publicKey);
        QVERIFY2(ab, qPrintable(ab ? QString() : ab.error().message));
        auto ba = SyncService(*b.ws).trust(b.admin, aName, ia->deviceId, ia->publicKey);
        QVERIFY2(ba, qPrintable(ba ? QString() : ba.error().message));
    }

    static qint64 count(const Fixture& f, const QString& sql)
    {
        return f.ws->db().queryInt(sql)->value_or(-1);
    }

    // Every person as a line of its own columns, in citizen-ID order: equal when both sides agree.
    static QString persons(const Fixture& f)
    {
        auto st = f.ws->db().prepare(QStringLiteral(
            "SELECT p.uuid, p.citizen_id, p.name, p.occupation, p.status, p.version, h.number, h.address "
            "FROM person p LEFT JOIN household h ON h.id = p.household_id ORDER BY p.citizen_id"));
        QStringList out;
        while (*st->step())
            out << QStringList{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4),
                               QString::number(st->integer(5)), st->text(6), st->text(7)}
                       .join(QLatin1Char('|'));
        return out.join(QLatin1Char('\n'));
    }

    Result<SyncImport> send(Fixture& from, const QString& peer, Fixture& to)
    {
        const QString file = nextFile();
        auto e = SyncService(*from.ws).exportChanges(from.admin, peer, file);
        if (!e)
            return std::unexpected(e.error());
        return SyncService(*to.ws).importBundle(to.admin, file, false);
    }

    static void verifyJournal(const Fixture& f)
    {
        auto v = f.ws->journal().verify();
        QVERIFY(v);
        QVERIFY2(v->ok(), qPrintable(v->problem));
    }

private slots:
    void changesTravelAndReimportChangesNothing()
    {
        Fixture office, laptop;
        pair(office, "office", laptop, "laptop");
        RegistryService reg(*laptop.ws);
        QVERIFY(reg.registerPerson(laptop.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H001", "户主"),
                                   "birth", false));
        QVERIFY(reg.registerPerson(laptop.admin, person("440106199203040026", "王芳", "女", "1992-03-04", "H001", "配偶"),
                                   "marriage", false));
        // A bulk import on the laptop travels whole.
        auto imported = PersonImporter(*laptop.ws).importBytes(laptop.admin, DemoGenerator(7, QDate(2024, 10, 20)).personsCsv(300, 500),
                                                               "field.csv", {});
        QVERIFY(imported);
        QCOMPARE(imported->imported, 300);

        const QString file = nextFile();
        auto e = SyncService(*laptop.ws).exportChanges(laptop.admin, "office", file);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->bundleNo, 1);
        QVERIFY(e->sealed);
        QCOMPARE(e->countsByKind.value("person"), 302);

        // A dry run says what would happen and changes nothing.
        auto dry = SyncService(*office.ws).importBundle(office.admin, file, true);
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().message));
        QCOMPARE(dry->newByKind.value("person"), 302);
        QCOMPARE(count(office, "SELECT count(*) FROM person"), 0);

        auto r = SyncService(*office.ws).importBundle(office.admin, file, false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(r->applied, e->records);
        QCOMPARE(persons(office), persons(laptop));
        // Found by search at the office, as if registered there.
        auto found = RegistryService(*office.ws).find(office.admin, "440106199203040026");
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("王芳"));
        // The origin stays: the laptop's device on the applied change.
        QCOMPARE(count(office, QStringLiteral("SELECT count(*) FROM journal WHERE action = 'sync.apply' AND device = '%1'")
                                   .arg(laptop.ws->deviceId())),
                 3); // two persons and the household created with the first

        // Again: nothing changes.
        auto again = SyncService(*office.ws).importBundle(office.admin, file, false);
        QVERIFY(again);
        QCOMPARE(again->applied, 0);
        QCOMPARE(persons(office), persons(laptop));

        // The office sends nothing back that the laptop made itself.
        auto back = send(office, "laptop", laptop);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->applied, 0);
        QCOMPARE(back->conflicts, 0);
        verifyJournal(office);
        verifyJournal(laptop);
    }

    void concurrentEditBecomesConflictAndResolutionTravelsBack()
    {
        Fixture office, laptop;
        pair(office, "office", laptop, "laptop");
        QVERIFY(RegistryService(*office.ws).registerPerson(
            office.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H001", "户主"), "birth", false));
        QVERIFY(send(office, "laptop", laptop));
        QCOMPARE(persons(office), persons(laptop));

        // Both sides correct the same person.
        QVERIFY(RegistryService(*office.ws).correct(office.admin, "440106199001011235", {{PersonField::Occupation, "木工"}}, "office"));
        QVERIFY(RegistryService(*laptop.ws).correct(laptop.admin, "440106199001011235", {{PersonField::Occupation, "泥瓦工"}}, "field"));
        auto r = send(laptop, "office", office);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(r->applied, 0);
        // Nothing overwritten; both versions kept.
        QCOMPARE(RegistryService(*office.ws).find(office.admin, "440106199001011235")->occupation, QStringLiteral("木工"));
        auto open = SyncService(*office.ws).conflicts(office.admin);
        QVERIFY(open);
        QCOMPARE(open->size(), 1U);
        QCOMPARE(open->front().local.value("occupation").toString(), QStringLiteral("木工"));
        QCOMPARE(open->front().remote.value("occupation").toString(), QStringLiteral("泥瓦工"));

        // Supervisors decide; a clerk may not.
        const Actor clerk = office.addUser("clerk1", Role::Clerk);
        const Actor chief = office.addUser("chief", Role::Supervisor);
        QCOMPARE(SyncService(*office.ws).resolve(clerk, open->front().id, SyncService::Keep::Remote, {}, "x").error().code,
                 ErrorCode::PermissionDenied);
        auto done = SyncService(*office.ws).resolve(chief, open->front().id, SyncService::Keep::Remote,
                                                    {{"employer", "天河建筑公司"}}, "phoned the applicant");
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->status, QStringLiteral("resolved"));
        const Person kept = *RegistryService(*office.ws).find(office.admin, "440106199001011235");
        QCOMPARE(kept.occupation, QStringLiteral("泥瓦工"));
        QCOMPARE(kept.employer, QStringLiteral("天河建筑公司"));

        // The decision travels back; both sides end up equal.
        auto back = send(office, "laptop", laptop);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->conflicts, 0);
        QCOMPARE(back->applied, 1);
        QCOMPARE(persons(office), persons(laptop));
        verifyJournal(office);
        verifyJournal(laptop);
    }

    void sameCitizenIdOnTwoLaptops()
    {
        Fixture office, a, b;
        pair(office, "office", a, "a");
        pair(office, "office", b, "b");
        QVERIFY(RegistryService(*a.ws).registerPerson(a.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H001", "户主"), "a", false));
        QVERIFY(RegistryService(*b.ws).registerPerson(b.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H002", "户主"), "b", false));
        auto fromA = send(a, "office", office);
        QVERIFY(fromA);
        QCOMPARE(fromA->conflicts, 0);
        auto fromB = send(b, "office", office);
        QVERIFY(fromB);
        QCOMPARE(fromB->conflicts, 2); // the person, and its household (one change)
        QCOMPARE(count(office, "SELECT count(*) FROM person"), 1);
        auto open = SyncService(*office.ws).conflicts(office.admin);
        QVERIFY(open);
        const auto clash = std::find_if(open->begin(), open->end(), [](const SyncConflict& c) { return c.kind == "person"; });
        QVERIFY(clash != open->end());
        QVERIFY(!clash->localKey.isEmpty());
        // One person (the office's record); laptop b's household, which only it had, is kept.
        for (const SyncConflict& c : *open) {
            const auto keep = c.kind == "person" ? SyncService::Keep::Local : SyncService::Keep::Remote;
            auto done = SyncService(*office.ws).resolve(office.admin, c.id, keep, {}, "one person");
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        // Both laptops get the office's decision and agree with it.
        QVERIFY(send(office, "a", a));
        auto toB = send(office, "b", b);
        QVERIFY2(toB, qPrintable(toB ? QString() : toB.error().message));
        QCOMPARE(toB->conflicts, 0);
        QCOMPARE(count(b, "SELECT count(*) FROM person"), 1);
        QCOMPARE(persons(b), persons(office));
        QCOMPARE(persons(a), persons(office));
        verifyJournal(b);
    }

    void tamperedUntrustedRevokedAndSkippedBundlesAreRefused()
    {
        Fixture office, laptop, stranger;
        pair(office, "office", laptop, "laptop");
        QVERIFY(RegistryService(*laptop.ws).registerPerson(
            laptop.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H001", "户主"), "x", false));
        const QString good = nextFile();
        QVERIFY(SyncService(*laptop.ws).exportChanges(laptop.admin, "office", good));

        // One byte changed anywhere: refused as damaged, nothing changed.
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        for (const qsizetype at : {qsizetype(200), bytes.size() / 2, bytes.size() - 10}) {
            QByteArray bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x01);
            const QString badFile = nextFile();
            QFile out(badFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bad);
            out.close();
            auto r = SyncService(*office.ws).importBundle(office.admin, badFile, false);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Integrity);
        }
        QCOMPARE(count(office, "SELECT count(*) FROM person"), 0);
        QCOMPARE(count(office, "SELECT count(*) FROM sync_bundle_seen"), 0);

        // From a device nobody trusted.
        auto sid = SyncService(*stranger.ws).identity();
        auto oid = SyncService(*office.ws).identity();
        QVERIFY(SyncService(*stranger.ws).trust(stranger.admin, "office", oid->deviceId, oid->publicKey));
        QVERIFY(RegistryService(*stranger.ws).registerPerson(
            stranger.admin, person("440106199203040026", "王芳", "女", "1992-03-04", "H9", "户主"), "x", false));
        const QString foreign = nextFile();
        QVERIFY(SyncService(*stranger.ws).exportChanges(stranger.admin, "office", foreign));
        auto r = SyncService(*office.ws).importBundle(office.admin, foreign, false);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Failed);
        QVERIFY(r.error().message.contains(sid->fingerprint));

        // Out of order: bundle 2 before bundle 1.
        QVERIFY(RegistryService(*laptop.ws).correct(laptop.admin, "440106199001011235", {{PersonField::Occupation, "木工"}}, "x"));
        const QString second = nextFile();
        QVERIFY(SyncService(*laptop.ws).exportChanges(laptop.admin, "office", second));
        r = SyncService(*office.ws).importBundle(office.admin, second, false);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("1"), qPrintable(r.error().message));
        QCOMPARE(count(office, "SELECT count(*) FROM person"), 0);
        QVERIFY(SyncService(*office.ws).importBundle(office.admin, good, false));
        QVERIFY(SyncService(*office.ws).importBundle(office.admin, second, false));
        QCOMPARE(RegistryService(*office.ws).find(office.admin, "440106199001011235")->occupation, QStringLiteral("木工"));

        // Revoked: refused.
        QVERIFY(SyncService(*office.ws).revoke(office.admin, "laptop"));
        QVERIFY(RegistryService(*laptop.ws).correct(laptop.admin, "440106199001011235", {{PersonField::Occupation, "司机"}}, "x"));
        const QString third = nextFile();
        QVERIFY(SyncService(*laptop.ws).exportChanges(laptop.admin, "office", third));
        r = SyncService(*office.ws).importBundle(office.admin, third, false);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains("revoked"));
        QCOMPARE(RegistryService(*office.ws).find(office.admin, "440106199001011235")->occupation, QStringLiteral("木工"));
        verifyJournal(office);
    }

    void referenceBundleForALaptop()
    {
        Fixture office, laptop;
        pair(office, "office", laptop, "laptop");
        QVERIFY(PersonImporter(*office.ws).importBytes(office.admin, DemoGenerator(3, QDate(2024, 10, 20)).personsCsv(400), "d.csv", {}));
        const QString file = nextFile();
        auto e = SyncService(*office.ws).exportReference(office.admin, "天河区", file, "laptop");
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QVERIFY(e->records > 0);
        auto r = SyncService(*laptop.ws).importBundle(laptop.admin, file, false);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->conflicts, 0);
        const qint64 tianhe = count(office, "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
                                            "WHERE h.district = '440106'");
        QVERIFY(tianhe > 0);
        QCOMPARE(count(laptop, "SELECT count(*) FROM person"), tianhe);
        // The laptop corrects one of them offline; the correction reaches the office.
        const QString someone = laptop.ws->db().prepare("SELECT citizen_id FROM person LIMIT 1").value().first<QString>(
            [](const Statement& s) { return s.text(0); })->value();
        QVERIFY(RegistryService(*laptop.ws).correct(laptop.admin, someone, {{PersonField::Occupation, "教师"}}, "x"));
        auto up = send(laptop, "office", office);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message));
        QCOMPARE(up->conflicts, 0);
        QCOMPARE(RegistryService(*office.ws).find(office.admin, someone)->occupation, QStringLiteral("教师"));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "test_sync_service.moc"
