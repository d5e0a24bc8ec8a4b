// Two and three real databases exchanging sync bundles (core/sync): plain apply, idempotent
// re-import, concurrent edits and the same citizen ID registered twice becoming conflicts with both
// versions, conflicts resolved and travelling back until both sides are equal, bulk imports
// travelling whole, tampered, untrusted, revoked and out-of-order bundles refused with nothing
// changed, and a dry run that changes nothing. Work at the collective-household desk (households,
// memberships, register-page loans) and points-based settlement (applications from intake to
// settlement, with the persons and households a settlement registers) travels whole and both sides
// end up with equal rows.
#include "core/collective/collective_service.h"
#include "core/domain/citizen_id.h"
#include "core/journal/journal.h"
#include "core/points/points_service.h"
#include "core/registry/demo_generator.h"
#include "core/registry/person_import.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "core/sync/sync_service.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <tuple>

using namespace hukou::core;
using hukou::test::Fixture;

class TestSyncService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextFile() { return m_dir.filePath(QStringLiteral("b%1.hkb").arg(++m_files)); }

    static constexpr auto person = hukou::test::personValues;

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

    // A valid citizen ID from its first 17 characters.
    static QString id17(const QString& first17) { return first17 + CitizenId::checkCharacter(first17); }

    // Every row `sql` returns, `columns` cells each (NULL shown as such), one line per row: equal
    // when both sides agree. Rows refer to each other by key (uuid, number, citizen ID), never by
    // local row id.
    static QString rows(const Fixture& f, const QString& sql, int columns)
    {
        auto st = f.ws->db().prepare(sql);
        if (!st)
            return QStringLiteral("error: ") + st.error().message;
        QStringList out;
        for (;;) {
            auto row = st->step();
            if (!row)
                return QStringLiteral("error: ") + row.error().message;
            if (!*row)
                break;
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells << (st->isNull(i) ? QStringLiteral("NULL") : st->text(i));
            out << cells.join(QLatin1Char('|'));
        }
        return out.join(QLatin1Char('\n'));
    }
    static QString households(const Fixture& f)
    {
        return rows(f,
                    "SELECT h.uuid, h.number, h.kind, h.district, h.address, hp.citizen_id, h.status, h.version, "
                    "h.updated_at FROM household h LEFT JOIN person hp ON hp.id = h.head_id ORDER BY h.number",
                    9);
    }
    static QString registry(const Fixture& f)
    {
        return rows(f,
                    "SELECT p.uuid, p.citizen_id, p.name, p.sex, p.birth_date, h.number, p.relation, p.moved_in_date, "
                    "p.moved_in_from, p.hukou_nature, p.status, p.status_reason, p.status_date, p.version, "
                    "p.updated_at, p.origin_device FROM person p LEFT JOIN household h ON h.id = p.household_id "
                    "ORDER BY p.citizen_id",
                    16);
    }
    static QString collectives(const Fixture& f)
    {
        return rows(f,
                    "SELECT c.uuid, h.uuid, h.number, h.kind, c.name, c.street, c.capacity, c.manager, c.officer, "
                    "c.version, c.created_at FROM collective_household c JOIN household h ON h.id = c.household_id "
                    "ORDER BY c.uuid",
                    11);
    }
    static QString memberships(const Fixture& f)
    {
        return rows(f,
                    "SELECT m.uuid, p.citizen_id, c.uuid, m.reason, m.documents, m.enrolled_on, ph.number, m.officer, "
                    "m.left_on, m.leave_reason, m.destination, m.left_officer, m.owns_home_in_city, m.version "
                    "FROM collective_membership m JOIN person p ON p.id = m.person_id "
                    "JOIN collective_household c ON c.id = m.collective_id "
                    "LEFT JOIN household ph ON ph.id = m.previous_household_id ORDER BY m.uuid",
                    14);
    }
    static QString loans(const Fixture& f)
    {
        return rows(
            f,
            "SELECT l.uuid, l.loan_number, p.citizen_id, c.uuid, l.purpose, l.lent_on, l.due_on, l.returned_on, "
            "l.officer, l.return_officer, l.version FROM page_loan l JOIN person p ON p.id = l.person_id "
            "JOIN collective_household c ON c.id = l.collective_id ORDER BY l.uuid",
            11);
    }
    // What the brief of an application is: number, status, applicant, score, decision and reviewer.
    static QString decisions(const Fixture& f)
    {
        return rows(f,
                    "SELECT number, status, citizen_id, score_total, decision, reviewer FROM settlement_application "
                    "ORDER BY number",
                    6);
    }
    // Every column of an application that travels (the local ranking row does not).
    static QString applications(const Fixture& f)
    {
        return rows(f,
                    "SELECT a.number, a.year, a.seq, a.status, a.citizen_id, a.name, p.uuid, a.rule_set, "
                    "a.rule_set_version, a.district, a.score_total, a.score_base, a.eligible, a.over_threshold, "
                    "a.rank, a.admitted, a.decision, a.reviewer, a.reason, a.decided_at, a.submitted_by, "
                    "a.submitted_at, a.updated_at, a.version, a.breakdown_json, a.application_json "
                    "FROM settlement_application a LEFT JOIN person p ON p.id = a.person_id ORDER BY a.number",
                    26);
    }
    // app_000 of the points examples (gz-2023, Tianhe, 2024 round) under another applicant.
    static QByteArray applicationJson(const QString& citizenId, const QString& name, int medicalMonths,
                                      const QJsonArray& movingWith = {})
    {
        QFile f(hukou::test::testDataDir() + QStringLiteral("/points-gz-2023-examples/app_000.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject applicant = o.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("citizen_id"), citizenId);
        applicant.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("applicant"), applicant);
        QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
        facts.insert(QStringLiteral("medical_months"), medicalMonths);
        o.insert(QStringLiteral("facts"), facts);
        o.insert(QStringLiteral("moving_with"), movingWith);
        return QJsonDocument(o).toJson();
    }
    static QString describe(const Result<SyncImport>& r)
    {
        return r ? QStringLiteral("applied %1, conflicts %2, skipped %3")
                       .arg(r->applied)
                       .arg(r->conflicts)
                       .arg(r->skipped)
                 : r.error().message;
    }
    // The open conflicts of `f`, one line each (kind, key, reason), to show why a bundle was held.
    static QString openConflicts(const Fixture& f)
    {
        return rows(f, "SELECT kind, key, label, reason FROM sync_conflict WHERE status = 'open' ORDER BY id", 4);
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

    // The collective-household desk at the office: a public collective household created, two
    // registered persons enrolled (one leaving a family household that keeps its head, one leaving
    // a household of his own), a register page lent and returned and another lent. One bundle takes
    // it all to the district archive; the archive's desk then works on the records it received
    // (returns the page, the member moves back home, another page is lent) and that travels back.
    void collectiveDeskWorkTravelsWhole()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const QString chen = "440106199001011235";
        const QString wang = "440106199203040026";
        const QString li = id17("44010619950304001");
        RegistryService reg(*office.ws);
        QVERIFY(
            reg.registerPerson(office.admin, person(chen, "陈明", "男", "1990-01-01", "H001", "户主"), "birth", false));
        QVERIFY(reg.registerPerson(office.admin, person(wang, "王芳", "女", "1992-03-04", "H001", "配偶"), "marriage",
                                   false));
        QVERIFY(reg.registerPerson(office.admin, person(li, "李强", "男", "1995-03-04", "H002", "户主"), "x", false));

        CollectiveService desk(*office.ws);
        auto jt = desk.create(office.admin,
                              {"440106", "冼村街公共集体户", "广州市天河区冼村街公共集体户", "冼村街", 10, "李主任"});
        QVERIFY2(jt, qPrintable(jt ? QString() : jt.error().describe()));
        auto mw = desk.enroll(office.admin, wang, jt->number, EnrollReason::Marriage, "结婚证");
        QVERIFY2(mw, qPrintable(mw ? QString() : mw.error().describe()));
        auto ml = desk.enroll(office.admin, li, jt->number, EnrollReason::Talent, "毕业证");
        QVERIFY2(ml, qPrintable(ml ? QString() : ml.error().describe()));
        const QDate today = desk.today();
        auto lent = desk.lend(office.admin, wang, "结婚登记", today.addDays(7));
        QVERIFY2(lent, qPrintable(lent ? QString() : lent.error().describe()));
        QVERIFY(desk.giveBack(office.admin, lent->number));
        auto open = desk.lend(office.admin, li, "社保", today.addDays(14));
        QVERIFY2(open, qPrintable(open ? QString() : open.error().describe()));

        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QCOMPARE(r->newByKind.value("collective_household"), 1);
        QCOMPARE(r->newByKind.value("collective_membership"), 2);
        QCOMPARE(r->newByKind.value("page_loan"), 2);
        QCOMPARE(count(archive, "SELECT count(*) FROM collective_household"), 1);
        QCOMPARE(count(archive, "SELECT count(*) FROM collective_membership"), 2);
        QCOMPARE(count(archive, "SELECT count(*) FROM page_loan"), 2);
        QCOMPARE(collectives(archive), collectives(office));
        QCOMPARE(memberships(archive), memberships(office));
        QCOMPARE(loans(archive), loans(office));
        QCOMPARE(households(archive), households(office));
        QCOMPARE(registry(archive), registry(office));
        // The members' cards are in the collective household there too; H001 keeps its head, H002
        // (left empty) has none.
        QCOMPARE(
            count(archive, QStringLiteral("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
                                          "WHERE h.number = '%1' AND p.relation = '非亲属'")
                               .arg(jt->number)),
            2);
        QCOMPARE(count(archive, "SELECT count(*) FROM household h JOIN person p ON p.id = h.head_id "
                                "WHERE h.number = 'H001' AND p.citizen_id = '440106199001011235'"),
                 1);
        QCOMPARE(count(archive, "SELECT count(*) FROM household WHERE number = 'H002' AND head_id IS NULL"), 1);
        // The archive's desk sees what the office's desk saw.
        CollectiveService there(*archive.ws);
        auto st = there.status(archive.admin, wang);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().describe()));
        QVERIFY(st->current);
        QCOMPARE(st->current->collectiveNumber, jt->number);
        QCOMPARE(st->current->previousHouseholdNumber, QStringLiteral("H001"));
        QCOMPARE(st->loans.size(), std::size_t(1));
        QVERIFY(!st->loans.front().open());
        auto stLi = there.status(archive.admin, li);
        QVERIFY(stLi && stLi->openLoan());
        QCOMPARE(stLi->openLoan()->number, open->number);
        verifyJournal(office);
        verifyJournal(archive);

        // The archive's desk goes on from there: the page comes back, 李强 moves back to H002 (its
        // head again), and 王芳 borrows her page once more.
        QVERIFY(there.giveBack(archive.admin, open->number));
        auto left = there.leave(archive.admin, li, LeaveReason::BoughtHome, "H002");
        QVERIFY2(left, qPrintable(left ? QString() : left.error().describe()));
        auto again = there.lend(archive.admin, wang, "社保", today.addDays(10));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().describe()));
        QVERIFY(again->number != lent->number && again->number != open->number);
        auto back = send(archive, "office", office);
        QVERIFY2(back, qPrintable(describe(back)));
        QVERIFY2(back->conflicts == 0, qPrintable(describe(back) + "\n" + openConflicts(office)));
        QCOMPARE(collectives(office), collectives(archive));
        QCOMPARE(memberships(office), memberships(archive));
        QCOMPARE(loans(office), loans(archive));
        QCOMPARE(households(office), households(archive));
        QCOMPARE(registry(office), registry(archive));
        auto home = RegistryService(*office.ws).find(office.admin, li);
        QVERIFY(home);
        QCOMPARE(home->householdNumber, QStringLiteral("H002"));
        QCOMPARE(home->relation, QStringLiteral("户主"));
        QVERIFY(!CollectiveService(*office.ws).status(office.admin, li)->current);

        // Nothing goes round again.
        auto quiet = send(office, "archive", archive);
        QVERIFY2(quiet, qPrintable(describe(quiet)));
        QCOMPARE(quiet->applied, 0);
        QCOMPARE(quiet->conflicts, 0);
        verifyJournal(office);
        verifyJournal(archive);
    }

    // Intake, ranking and the supervisor's decisions at the office, then one bundle: every
    // application arrives as the office has it.
    void decidedSettlementApplicationTravels()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const Actor clerk = office.addUser("clerk", Role::Clerk);
        const Actor boss = office.addUser("boss", Role::Supervisor);
        PointsService points(*office.ws);
        for (const auto& [id, name, months] :
             {std::tuple{"44010619841008201", "甲", 80}, std::tuple{"44010619841008203", "乙", 72},
              std::tuple{"44010619841008205", "丙", 60}}) {
            auto a = points.submit(clerk, applicationJson(id17(id), name, months));
            QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
        }
        auto ranked = points.rank(boss, 2024, 2);
        QVERIFY2(ranked, qPrintable(ranked ? QString() : ranked.error().describe()));
        QCOMPARE(ranked->ranking.entries.size(), 3);
        const RankingEntry first = ranked->ranking.entries[0];
        const RankingEntry outside = ranked->ranking.entries[2];
        QVERIFY(first.admitted && !outside.admitted);
        QVERIFY(points.decide(boss, first.application, true, "材料齐全"));
        QVERIFY(points.decide(boss, outside.application, false, "社保证明不清晰"));

        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QCOMPARE(r->newByKind.value("settlement_application"), 3);
        QCOMPARE(decisions(archive), decisions(office));
        QCOMPARE(applications(archive), applications(office));
        QCOMPARE(count(archive, QStringLiteral("SELECT count(*) FROM settlement_application WHERE number = '%1' AND "
                                               "status = 'approved' AND decision = 'approve' AND reviewer = 'boss'")
                                    .arg(first.application)),
                 1);
        QCOMPARE(
            count(archive, QStringLiteral("SELECT count(*) FROM settlement_application WHERE number = '%1' AND "
                                          "status = 'returned' AND decision = 'return' AND reason = '社保证明不清晰'")
                               .arg(outside.application)),
            1);
        // The archive reads it through its own service.
        auto seen = PointsService(*archive.ws).application(archive.admin, first.application);
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().describe()));
        QCOMPARE(seen->status, ApplicationStatus::Approved);
        QCOMPARE(seen->reviewer, QStringLiteral("boss"));
        QCOMPARE(seen->scoreTotal, points.application(boss, first.application)->scoreTotal);
        verifyJournal(office);
        verifyJournal(archive);
        auto quiet = send(archive, "office", office);
        QVERIFY2(quiet, qPrintable(describe(quiet)));
        QCOMPARE(quiet->applied, 0);
        QCOMPARE(quiet->conflicts, 0);
    }

    // Applications the archive already has, then ranked at the office: the ranking (status,
    // scores, rank, admitted) reaches the archive with the next bundle.
    void rankingOfApplicationsAlreadySentTravels()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const Actor clerk = office.addUser("clerk", Role::Clerk);
        PointsService points(*office.ws);
        QVERIFY(points.submit(clerk, applicationJson(id17("44010619841008201"), "甲", 80)));
        QVERIFY(points.submit(clerk, applicationJson(id17("44010619841008203"), "乙", 72)));
        auto first = send(office, "archive", archive);
        QVERIFY2(first, qPrintable(describe(first)));
        QCOMPARE(first->newByKind.value("settlement_application"), 2);
        QCOMPARE(applications(archive), applications(office));

        auto ranked = points.rank(clerk, 2024);
        QVERIFY2(ranked, qPrintable(ranked ? QString() : ranked.error().describe()));
        QCOMPARE(count(office, "SELECT count(*) FROM settlement_application WHERE status = 'ranked'"), 2);
        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QVERIFY2(decisions(archive) == decisions(office),
                 qPrintable(QStringLiteral("the bundle after the ranking: %1\narchive:\n%2\noffice:\n%3")
                                .arg(describe(r), decisions(archive), decisions(office))));
        QCOMPARE(applications(archive), applications(office));
    }

    // An approved application the archive already has, then published at the office (the
    // publicity list): the status change reaches the archive with the next bundle.
    void publicationOfApplicationsAlreadySentTravels()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const Actor clerk = office.addUser("clerk", Role::Clerk);
        const Actor boss = office.addUser("boss", Role::Supervisor);
        PointsService points(*office.ws);
        auto a = points.submit(clerk, applicationJson(id17("44010619841008201"), "甲", 80));
        QVERIFY(a);
        QVERIFY(points.rank(boss, 2024, 1));
        QVERIFY(points.decide(boss, a->number, true, "材料齐全"));
        auto first = send(office, "archive", archive);
        QVERIFY2(first, qPrintable(describe(first)));
        QCOMPARE(applications(archive), applications(office));

        auto list = points.publicity(boss, 2024);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().describe()));
        QVERIFY(points.markPublished(boss, *list, "公示名单.csv"));
        QCOMPARE(points.application(boss, a->number)->status, ApplicationStatus::Published);
        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QVERIFY2(decisions(archive) == decisions(office),
                 qPrintable(QStringLiteral("the bundle after the publication: %1\narchive:\n%2\noffice:\n%3")
                                .arg(describe(r), decisions(archive), decisions(office))));
        QCOMPARE(applications(archive), applications(office));
    }

    // Settlement registers people: an applicant settling at home with a spouse new to the city and
    // a child already registered (whom the archive has) moved in, and an applicant settling into the
    // district's public collective household. The persons, households, memberships and the settled
    // applications reach the archive; nothing comes back.
    void settledApplicantsTravelWithTheirFamilies()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const Actor clerk = office.addUser("clerk", Role::Clerk);
        const Actor boss = office.addUser("boss", Role::Supervisor);
        RegistryService reg(*office.ws);
        const QString grandfather = id17("44010619600101001");
        const QString child = id17("44010620150301002");
        QVERIFY(reg.registerPerson(office.admin, person(grandfather, "祖父", "男", "1960-01-01", "H-GRAND", "户主"),
                                   "x", true));
        QVERIFY(
            reg.registerPerson(office.admin, person(child, "小明", "女", "2015-03-01", "H-GRAND", "孙女"), "x", true));
        auto known = send(office, "archive", archive);
        QVERIFY2(known && known->conflicts == 0, qPrintable(describe(known)));

        PointsService points(*office.ws);
        const QString applicantA = id17("43010419850101001");
        const QString spouse = id17("43010419860512002");
        const QString applicantB = id17("43010419850101003");
        auto a = points.submit(
            clerk,
            applicationJson(applicantA, "甲", 80,
                            QJsonArray{QJsonObject{{"citizen_id", spouse}, {"name", "甲妻"}, {"relation", "配偶"}},
                                       QJsonObject{{"citizen_id", child}, {"name", "小明"}, {"relation", "女"}}}));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
        auto b = points.submit(clerk, applicationJson(applicantB, "乙", 75));
        QVERIFY2(b, qPrintable(b ? QString() : b.error().describe()));
        auto jt =
            CollectiveService(*office.ws)
                .create(office.admin, {"440106", "冼村街公共集体户", "广州市天河区冼村街公共集体户", "冼村街", 10, {}});
        QVERIFY2(jt, qPrintable(jt ? QString() : jt.error().describe()));
        QVERIFY(points.rank(boss, 2024, 2));
        QVERIFY(points.decide(boss, a->number, true, "ok"));
        QVERIFY(points.decide(boss, b->number, true, "ok"));
        auto list = points.publicity(boss, 2024);
        QVERIFY(list);
        QVERIFY(points.markPublished(boss, *list, "list.csv"));
        const SettlementPlan home{SettlementPlan::Where::OwnHome, "H-NEW-1", "广州市天河区新居路8号",
                                  "湖南省长沙市芙蓉区", false};
        auto settledA = points.settle(clerk, a->number, home);
        QVERIFY2(settledA, qPrintable(settledA ? QString() : settledA.error().describe()));
        QCOMPARE(settledA->registered.size(), 2);
        QCOMPARE(settledA->moved, QStringList{child});
        auto settledB = points.settle(clerk, b->number, {SettlementPlan::Where::PublicCollective, {}, {}, {}, false});
        QVERIFY2(settledB, qPrintable(settledB ? QString() : settledB.error().describe()));
        QCOMPARE(settledB->householdNumber, jt->number);

        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QCOMPARE(decisions(archive), decisions(office));
        QCOMPARE(applications(archive), applications(office));
        QCOMPARE(registry(archive), registry(office));
        QCOMPARE(households(archive), households(office));
        QCOMPARE(collectives(archive), collectives(office));
        QCOMPARE(memberships(archive), memberships(office));
        QCOMPARE(count(archive, "SELECT count(*) FROM settlement_application WHERE status = 'settled'"), 2);
        // The new household is headed by the applicant there too; the child moved in.
        RegistryService regThere(*archive.ws);
        auto headThere = regThere.find(archive.admin, applicantA);
        QVERIFY(headThere);
        QCOMPARE(headThere->householdNumber, QStringLiteral("H-NEW-1"));
        QCOMPARE(headThere->movedInFrom, QStringLiteral("湖南省长沙市芙蓉区"));
        auto hh = regThere.household(archive.admin, "H-NEW-1");
        QVERIFY(hh && *hh);
        QCOMPARE((*hh)->headId, headThere->id);
        QCOMPARE(regThere.find(archive.admin, spouse)->householdNumber, QStringLiteral("H-NEW-1"));
        QCOMPARE(regThere.find(archive.admin, child)->householdNumber, QStringLiteral("H-NEW-1"));
        auto inCollective = CollectiveService(*archive.ws).status(archive.admin, applicantB);
        QVERIFY2(inCollective, qPrintable(inCollective ? QString() : inCollective.error().describe()));
        QVERIFY(inCollective->current);
        QCOMPARE(inCollective->current->collectiveNumber, jt->number);
        verifyJournal(office);
        verifyJournal(archive);
        auto quiet = send(archive, "office", office);
        QVERIFY2(quiet, qPrintable(describe(quiet)));
        QCOMPARE(quiet->applied, 0);
        QCOMPARE(quiet->conflicts, 0);
    }

    // The everyday course of a stay at the desk between two bundles: enrolled, page lent and
    // returned, then the member leaves the city. One bundle carries it all.
    void memberWhoBorrowedAndLeftTravels()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const QString chen = "440106199001011235";
        const QString wang = "440106199203040026";
        RegistryService reg(*office.ws);
        QVERIFY(
            reg.registerPerson(office.admin, person(chen, "陈明", "男", "1990-01-01", "H001", "户主"), "birth", false));
        QVERIFY(reg.registerPerson(office.admin, person(wang, "王芳", "女", "1992-03-04", "H001", "配偶"), "marriage",
                                   false));
        CollectiveService desk(*office.ws);
        auto jt =
            desk.create(office.admin, {"440106", "冼村街公共集体户", "广州市天河区冼村街公共集体户", "冼村街", 10, {}});
        QVERIFY2(jt, qPrintable(jt ? QString() : jt.error().describe()));
        QVERIFY(desk.enroll(office.admin, wang, jt->number, EnrollReason::Marriage, "结婚证"));
        auto lent = desk.lend(office.admin, wang, "结婚登记", desk.today().addDays(7));
        QVERIFY2(lent, qPrintable(lent ? QString() : lent.error().describe()));
        QVERIFY(desk.giveBack(office.admin, lent->number));
        auto left = desk.leave(office.admin, wang, LeaveReason::LeftCity, "北京市");
        QVERIFY2(left, qPrintable(left ? QString() : left.error().describe()));

        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QCOMPARE(loans(archive), loans(office));
        QCOMPARE(memberships(archive), memberships(office));
        QCOMPARE(registry(archive), registry(office));
        QCOMPARE(households(archive), households(office));
        QCOMPARE(collectives(archive), collectives(office));
        verifyJournal(archive);
    }

    // An applicant already in the register: the application points at the person. The person's
    // card is corrected after the decision, before the bundle goes.
    void applicationOfARegisteredApplicantTravels()
    {
        Fixture office, archive;
        pair(office, "office", archive, "archive");
        const Actor clerk = office.addUser("clerk", Role::Clerk);
        const Actor boss = office.addUser("boss", Role::Supervisor);
        const QString applicant = id17("44010619841008201");
        QVERIFY(
            RegistryService(*office.ws)
                .registerPerson(office.admin, person(applicant, "甲", "男", "1984-10-08", "H-A", "户主"), "x", true));
        PointsService points(*office.ws);
        auto a = points.submit(clerk, applicationJson(applicant, "甲", 80));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
        QVERIFY(a->personId);
        QVERIFY(points.rank(boss, 2024, 1));
        QVERIFY(points.decide(boss, a->number, true, "材料齐全"));
        QVERIFY(
            RegistryService(*office.ws).correct(office.admin, applicant, {{PersonField::Occupation, "厨师"}}, "核对"));

        auto r = send(office, "archive", archive);
        QVERIFY2(r, qPrintable(describe(r)));
        QVERIFY2(r->conflicts == 0, qPrintable(describe(r) + "\n" + openConflicts(archive)));
        QCOMPARE(decisions(archive), decisions(office));
        QCOMPARE(applications(archive), applications(office));
        QCOMPARE(registry(archive), registry(office));
        verifyJournal(archive);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "test_sync_service.moc"
