#include "core/collective/collective_service.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QTest>

using namespace hukou::core;

// The public collective household desk: capacity, one household per person (moved in the same
// transaction), loan rules, coverage per district, home-owner follow-up, permissions.
class TestCollectiveService final : public QObject
{
    Q_OBJECT

public:
    // A valid 18-digit citizen ID for a Tianhe birth on `birth` with sequence `seq` (odd = male).
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
    static FieldValues values(const QString& id, const QString& name, const QString& birth, const QString& household,
                              const QString& relation)
    {
        const int seq = id.mid(14, 3).toInt();
        FieldValues v;
        v.set(PersonField::CitizenId, id);
        v.set(PersonField::Name, name);
        v.set(PersonField::Sex, seq % 2 ? "男" : "女");
        v.set(PersonField::BirthDate, birth);
        v.set(PersonField::District, "440106");
        v.set(PersonField::Address, "广州市天河区冼村街道" + household + "号");
        v.set(PersonField::HouseholdNumber, household);
        v.set(PersonField::Relation, relation);
        v.set(PersonField::HukouNature, "居民");
        return v;
    }
    static Person reg(hukou::test::Fixture& f, const QString& id, const QString& name, const QString& birth,
                      const QString& household, const QString& relation)
    {
        auto p = RegistryService(*f.ws).registerPerson(f.admin, values(id, name, birth, household, relation),
                                                       "test", true);
        if (!p)
            qFatal("register: %s", qPrintable(p.error().describe()));
        return *p;
    }
    static qint64 count(const hukou::test::Fixture& f, const QString& sql)
    {
        return f.ws->db().queryInt(sql)->value_or(-1);
    }
    static CollectiveHousehold make(hukou::test::Fixture& f, int capacity = 10, const QString& district = "440106")
    {
        auto c = CollectiveService(*f.ws).create(f.admin, {district, "冼村街公共集体户", "广州市天河区冼村街公共集体户",
                                                           "冼村街", capacity, "李主任"});
        if (!c)
            qFatal("create: %s", qPrintable(c.error().describe()));
        return *c;
    }

private slots:
    void createNumbersPerDistrict()
    {
        hukou::test::Fixture f;
        CollectiveService svc(*f.ws);
        QCOMPARE(make(f).number, QStringLiteral("440106JT0001"));
        QCOMPARE(make(f).number, QStringLiteral("440106JT0002"));
        QCOMPARE(make(f, 5, "越秀区").number, QStringLiteral("440104JT0001"));
        auto h = PersonStore(f.ws->db()).householdByNumber("440106JT0001");
        QVERIFY(h && *h);
        QCOMPARE((*h)->kind, HouseholdKind::PublicCollective);
        QCOMPARE(svc.create(f.admin, {"999999", "x", "y", {}, 3, {}}).error().code, ErrorCode::Invalid);
        QCOMPARE(svc.create(f.admin, {"440106", "x", "y", {}, 0, {}}).error().field, QStringLiteral("capacity"));
        QCOMPARE(count(f, "SELECT count(*) FROM journal WHERE action = 'collective.create'"), 3);
    }

    void enrollMovesOutOfPreviousHousehold()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person p = reg(f, makeId("1995-03-04", 11), "王小明", "1995-03-04", "H100", "户主");
        const qint64 before = count(f, "SELECT count(*) FROM journal");
        auto m = CollectiveService(*f.ws).enroll(f.admin, p.citizenId, c.number, EnrollReason::Talent, "毕业证");
        QVERIFY2(m, qPrintable(m ? QString() : m.error().describe()));
        QCOMPARE(m->previousHouseholdNumber, QStringLiteral("H100"));
        auto moved = PersonStore(f.ws->db()).byCitizenId(p.citizenId);
        QCOMPARE((*moved)->householdNumber, c.number);
        QCOMPARE((*moved)->relation, QStringLiteral("非亲属"));
        // the old family household lost its head pointer; history kept in the journal
        QCOMPARE(count(f, "SELECT count(*) FROM household WHERE number = 'H100' AND head_id IS NULL"), 1);
        QCOMPARE(count(f, "SELECT count(*) FROM journal") - before, 2);
        auto st = CollectiveService(*f.ws).status(f.admin, p.citizenId);
        QVERIFY(st && st->current);
        QCOMPARE(st->current->collectiveNumber, c.number);
        // enrolling again into the same household
        QCOMPARE(CollectiveService(*f.ws).enroll(f.admin, p.citizenId, c.number, EnrollReason::Talent).error().code,
                 ErrorCode::Conflict);
    }

    void enrollRefusedLeavesNothingChanged()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person head = reg(f, makeId("1970-01-01", 11), "陈大", "1970-01-01", "H200", "户主");
        reg(f, makeId("1972-02-02", 22), "李二", "1972-02-02", "H200", "配偶");
        const qint64 journal = count(f, "SELECT count(*) FROM journal");
        auto m = CollectiveService(*f.ws).enroll(f.admin, head.citizenId, c.number, EnrollReason::NoAddress);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains("H200"), qPrintable(m.error().message));
        QCOMPARE(count(f, "SELECT count(*) FROM journal"), journal);
        QCOMPARE(count(f, "SELECT count(*) FROM collective_membership"), 0);
        QCOMPARE((*PersonStore(f.ws->db()).byCitizenId(head.citizenId))->householdNumber, QStringLiteral("H200"));
        QCOMPARE(CollectiveService(*f.ws).enroll(f.admin, makeId("1980-01-01", 11), c.number, EnrollReason::Other)
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void capacityIsEnforced()
    {
        hukou::test::Fixture f;
        const auto c = make(f, 1);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        const Person b = reg(f, makeId("1991-01-01", 11), "乙", "1991-01-01", "H2", "户主");
        CollectiveService svc(*f.ws);
        QVERIFY(svc.enroll(f.admin, a.citizenId, c.number, EnrollReason::Talent));
        auto full = svc.enroll(f.admin, b.citizenId, c.number, EnrollReason::Talent);
        QVERIFY(!full);
        QCOMPARE(full.error().code, ErrorCode::Failed);
        QVERIFY(full.error().message.contains("full"));
        QCOMPARE((*PersonStore(f.ws->db()).byCitizenId(b.citizenId))->householdNumber, QStringLiteral("H2"));
        // a place frees up when a member leaves
        QVERIFY(svc.leave(f.admin, a.citizenId, LeaveReason::LeftCity, "北京市"));
        QVERIFY(svc.enroll(f.admin, b.citizenId, c.number, EnrollReason::Talent));
    }

    void transferEndsPreviousMembership()
    {
        hukou::test::Fixture f;
        const auto c1 = make(f);
        const auto c2 = make(f);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        CollectiveService svc(*f.ws);
        QVERIFY(svc.enroll(f.admin, a.citizenId, c1.number, EnrollReason::Talent));
        QVERIFY(svc.enroll(f.admin, a.citizenId, c2.number, EnrollReason::Transfer));
        auto st = svc.status(f.admin, a.citizenId);
        QCOMPARE(st->history.size(), std::size_t(2));
        QCOMPARE(st->current->collectiveNumber, c2.number);
        QCOMPARE(st->history.back().leaveReason, LeaveReason::Transferred);
        QCOMPARE(count(f, "SELECT count(*) FROM collective_membership WHERE left_on IS NULL"), 1);
        QCOMPARE(st->person.householdNumber, c2.number);
    }

    void loanRules()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        CollectiveService svc(*f.ws);
        const QDate today = svc.today();
        // not a member yet
        QCOMPARE(svc.lend(f.admin, a.citizenId, "结婚登记", today.addDays(7)).error().code, ErrorCode::Invalid);
        QVERIFY(svc.enroll(f.admin, a.citizenId, c.number, EnrollReason::Marriage));
        QCOMPARE(svc.lend(f.admin, a.citizenId, "结婚登记", today).error().field, QStringLiteral("due"));
        QCOMPARE(svc.lend(f.admin, a.citizenId, "  ", today.addDays(3)).error().field, QStringLiteral("purpose"));
        auto loan = svc.lend(f.admin, a.citizenId, "结婚登记", today.addDays(7));
        QVERIFY2(loan, qPrintable(loan ? QString() : loan.error().describe()));
        QCOMPARE(loan->number, QStringLiteral("JY2024-000001"));
        QCOMPARE(svc.lend(f.admin, a.citizenId, "社保", today.addDays(7)).error().code, ErrorCode::Conflict);
        // cannot leave while the page is out
        QCOMPARE(svc.leave(f.admin, a.citizenId, LeaveReason::LeftCity).error().code, ErrorCode::Conflict);
        auto back = svc.giveBack(f.admin, loan->number);
        QVERIFY(back && !back->open());
        QCOMPARE(svc.giveBack(f.admin, loan->number).error().code, ErrorCode::Invalid);
        QCOMPARE(svc.giveBack(f.admin, "JY2024-999999").error().code, ErrorCode::NotFound);
        auto second = svc.lend(f.admin, a.citizenId, "社保", today.addDays(7));
        QCOMPARE(second->number, QStringLiteral("JY2024-000002"));
        QVERIFY(svc.giveBack(f.admin, second->number));
        // no loan after moving out
        auto left = svc.leave(f.admin, a.citizenId, LeaveReason::LeftCity, "上海市");
        QVERIFY(left);
        QCOMPARE((*PersonStore(f.ws->db()).byCitizenId(a.citizenId))->status, PersonStatus::MovedOut);
        auto refused = svc.lend(f.admin, a.citizenId, "社保", today.addDays(7));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("moved out"));
    }

    void overdueList()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        CollectiveService svc(*f.ws);
        QVERIFY(svc.enroll(f.admin, a.citizenId, c.number, EnrollReason::Talent));
        QVERIFY(svc.lend(f.admin, a.citizenId, "身份证", svc.today().addDays(1)));
        QCOMPARE(svc.overdue(f.admin)->size(), std::size_t(0));
        f.clock.advanceSecs(3 * 86400);
        auto late = svc.overdue(f.admin);
        QCOMPARE(late->size(), std::size_t(1));
        QCOMPARE(late->front().citizenId, a.citizenId);
        QCOMPARE(svc.list(f.admin)->front().overdueLoans, 1);
        QCOMPARE(svc.list(f.admin)->front().openLoans, 1);
        QCOMPARE(svc.list(f.admin)->front().members, 1);
    }

    void coverageFlagsDistrictsWithout()
    {
        hukou::test::Fixture f;
        CollectiveService svc(*f.ws);
        auto cov = svc.coverage(f.admin);
        QCOMPARE(cov->size(), std::size_t(11));
        for (const auto& d : *cov)
            QVERIFY(!d.covered());
        make(f);
        cov = svc.coverage(f.admin);
        int covered = 0;
        for (const auto& d : *cov) {
            covered += d.covered() ? 1 : 0;
            if (d.code == QStringLiteral("440106"))
                QCOMPARE(d.collectives, 1);
        }
        QCOMPARE(covered, 1);
    }

    void homeOwnerFlagAndLeaveToHousehold()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        CollectiveService svc(*f.ws);
        QVERIFY(svc.enroll(f.admin, a.citizenId, c.number, EnrollReason::Talent));
        QVERIFY(svc.setOwnsHome(f.admin, a.citizenId, true));
        QCOMPARE(svc.homeOwners(f.admin)->size(), std::size_t(1));
        // bought_home needs the new household's number
        QCOMPARE(svc.leave(f.admin, a.citizenId, LeaveReason::BoughtHome, "").error().field,
                 QStringLiteral("destination"));
        auto h = RegistryService(*f.ws).createHousehold(f.admin, "H900", HouseholdKind::Family, "440106", "新家1号");
        QVERIFY(h);
        auto left = svc.leave(f.admin, a.citizenId, LeaveReason::BoughtHome, "H900");
        QVERIFY2(left, qPrintable(left ? QString() : left.error().describe()));
        auto p = PersonStore(f.ws->db()).byCitizenId(a.citizenId);
        QCOMPARE((*p)->householdNumber, QStringLiteral("H900"));
        QCOMPARE((*p)->relation, QStringLiteral("户主"));
        QCOMPARE((*p)->status, PersonStatus::Active);
        QCOMPARE(svc.homeOwners(f.admin)->size(), std::size_t(0));
        QCOMPARE(svc.list(f.admin)->front().members, 0);
    }

    void newbornIntoParentsCollective()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person mother = reg(f, makeId("1992-05-05", 22), "母亲", "1992-05-05", "H1", "户主");
        CollectiveService svc(*f.ws);
        QVERIFY(svc.enroll(f.admin, mother.citizenId, c.number, EnrollReason::Talent));
        FieldValues child;
        child.set(PersonField::CitizenId, makeId("2024-10-01", 31));
        child.set(PersonField::Name, "小宝");
        child.set(PersonField::Sex, "男");
        child.set(PersonField::BirthDate, "2024-10-01");
        // the other parent has a family household: the child belongs there
        const Person father = reg(f, makeId("1990-06-06", 11), "父亲", "1990-06-06", "H2", "户主");
        QCOMPARE(svc.registerNewborn(f.admin, mother.citizenId, child, "出生医学证明", father.citizenId).error().field,
                 QStringLiteral("other_parent"));
        auto m = svc.registerNewborn(f.admin, mother.citizenId, child, "出生医学证明");
        QVERIFY2(m, qPrintable(m ? QString() : m.error().describe()));
        QCOMPARE(m->reason, EnrollReason::Child);
        auto p = PersonStore(f.ws->db()).byCitizenId(makeId("2024-10-01", 31));
        QCOMPARE((*p)->householdNumber, c.number);
        QCOMPARE(svc.list(f.admin)->front().members, 2);
        // the registry accepts a headless public collective household
        QVERIFY(RegistryService(*f.ws).correct(f.admin, (*p)->citizenId, {{PersonField::Occupation, "无"}}, "test"));
    }

    void permissions()
    {
        hukou::test::Fixture f;
        const auto c = make(f);
        const Person a = reg(f, makeId("1990-01-01", 11), "甲", "1990-01-01", "H1", "户主");
        const Actor field = f.addUser("field1", Role::Field);
        const Actor supervisor = f.addUser("sup1", Role::Supervisor);
        const Actor clerk = f.addUser("clerk1", Role::Clerk);
        CollectiveService svc(*f.ws);
        const qint64 journal = count(f, "SELECT count(*) FROM journal");
        QCOMPARE(svc.enroll(field, a.citizenId, c.number, EnrollReason::Talent).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(svc.enroll(supervisor, a.citizenId, c.number, EnrollReason::Talent).error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(svc.create(field, {"440106", "x", "y", {}, 3, {}}).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(svc.list(field).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(svc.status(field, a.citizenId).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(f, "SELECT count(*) FROM journal"), journal);
        QVERIFY(svc.list(supervisor));
        QVERIFY(svc.coverage(supervisor));
        QVERIFY(svc.enroll(clerk, a.citizenId, c.number, EnrollReason::Talent));
        QVERIFY(svc.lend(clerk, a.citizenId, "学籍", svc.today().addDays(10)));
        auto found = svc.findPersons(clerk, "甲");
        QVERIFY(found && found->size() == 1 && found->front().citizenId == a.citizenId);
        QCOMPARE(svc.findPersons(field, "甲").error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestCollectiveService)
#include "test_collective_service.moc"
