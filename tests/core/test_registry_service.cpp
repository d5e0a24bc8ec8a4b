#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QTest>

using namespace hukou::core;

// Registering and correcting persons: one transaction and one journal entry per change,
// version clashes found, household rules kept, permissions enforced in the service.
class TestRegistryService final : public QObject
{
    Q_OBJECT

    static constexpr auto person = hukou::test::personValues;
    static qint64 journal(const hukou::test::Fixture& f)
    {
        return f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal"))->value_or(-1);
    }
    static void registerFamily(hukou::test::Fixture& f)
    {
        RegistryService reg(*f.ws);
        auto head = reg.registerPerson(f.admin, person("440106199001011235", "陈明", "男", "1990-01-01", "H001", "户主"),
                                       QStringLiteral("birth registration"), false);
        QVERIFY2(head.has_value(), qPrintable(head ? QString() : head.error().describe()));
        auto spouse = reg.registerPerson(f.admin, person("440106199203040026", "王芳", "女", "1992-03-04", "H001", "配偶"),
                                         QStringLiteral("marriage"), false);
        QVERIFY(spouse.has_value());
    }

private slots:
    void registerCreatesHouseholdAndJournals()
    {
        hukou::test::Fixture f;
        const qint64 before = journal(f);
        registerFamily(f);
        QCOMPARE(journal(f), before + 2);
        RegistryService reg(*f.ws);
        auto p = reg.find(f.admin, QStringLiteral("440106199203040026"));
        QVERIFY(p.has_value());
        auto d = reg.detail(f.admin, p->id);
        QCOMPARE(d->members.size(), 2U);
        QCOMPARE(d->household->number, QStringLiteral("H001"));
        QCOMPARE(d->history.size(), 1U);
        QCOMPARE(d->history.front().action, QStringLiteral("person.register"));
        QCOMPARE(d->history.front().reason, QStringLiteral("marriage"));
        // A new household needs its head first.
        auto orphan = reg.registerPerson(f.admin, person("440106199606060064", "陈丽", "女", "1996-06-06", "H002", "女"),
                                         QStringLiteral("x"), false);
        QVERIFY(!orphan.has_value());
        QCOMPARE(orphan.error().field, QStringLiteral("relation"));
    }

    void possibleDuplicateNeedsConfirmation()
    {
        hukou::test::Fixture f;
        registerFamily(f);
        RegistryService reg(*f.ws);
        const auto twin = person("440106199203040042", "王芳", "女", "1992-03-04", "H001", "女");
        auto r = reg.registerPerson(f.admin, twin, QStringLiteral("x"), false);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("440106199203040026")));
        QCOMPARE(reg.possibleDuplicates(f.admin, QStringLiteral("王芳"), QDate(1992, 3, 4), {})->size(), 1U);
        QVERIFY(reg.registerPerson(f.admin, twin, QStringLiteral("confirmed: a different person"), true).has_value());
    }

    void correctionKeepsHistoryAndChecksTheCard()
    {
        hukou::test::Fixture f;
        registerFamily(f);
        RegistryService reg(*f.ws);
        const QString id = QStringLiteral("440106199203040026");
        auto p = reg.correct(f.admin, id, {{PersonField::Occupation, QStringLiteral("教师")}}, QStringLiteral("card"));
        QVERIFY(p.has_value());
        QCOMPARE(p->version, 2);
        auto d = reg.detail(f.admin, p->id);
        QCOMPARE(d->history.back().action, QStringLiteral("person.update"));
        QVERIFY(d->history.back().before.contains(QStringLiteral("\"occupation\":\"\"")));
        QVERIFY(d->history.back().after.contains(QStringLiteral("\"occupation\":\"教师\"")));
        // The card must still hold together; the reason is required.
        auto bad = reg.correct(f.admin, id, {{PersonField::Sex, QStringLiteral("男")}}, QStringLiteral("x"));
        QCOMPARE(bad.error().field, QStringLiteral("sex"));
        QCOMPARE(reg.correct(f.admin, id, {{PersonField::Occupation, QStringLiteral("x")}}, QString()).error().field,
                 QStringLiteral("reason"));
        QCOMPARE(reg.correct(f.admin, id, {{PersonField::Address, QStringLiteral("x")}}, QStringLiteral("x"))
                     .error().field,
                 QStringLiteral("address"));
        // A corrected citizen ID stays unique.
        auto clash = reg.correct(f.admin, id, {{PersonField::CitizenId, QStringLiteral("440106199001011235")}},
                                 QStringLiteral("x"));
        QVERIFY(!clash.has_value());
    }

    void versionClashIsDetected()
    {
        hukou::test::Fixture f;
        registerFamily(f);
        RegistryService reg(*f.ws);
        const QString id = QStringLiteral("440106199203040026");
        const qint64 opened = reg.find(f.admin, id)->version; // both windows open version 1
        QVERIFY(reg.correct(f.admin, id, {{PersonField::Occupation, QStringLiteral("医生")}}, QStringLiteral("first"),
                            opened)
                    .has_value());
        const qint64 before = journal(f);
        auto second = reg.correct(f.admin, id, {{PersonField::Occupation, QStringLiteral("司机")}},
                                  QStringLiteral("second"), opened);
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QCOMPARE(reg.find(f.admin, id)->occupation, QStringLiteral("医生")); // not overwritten
        QCOMPARE(journal(f), before);
        // The store itself refuses a stale write too.
        PersonStore store(f.ws->db());
        Person stale = *reg.find(f.admin, id);
        stale.version = 1;
        Person after = stale;
        after.occupation = QStringLiteral("司机");
        auto tx = Transaction::begin(f.ws->db());
        QCOMPARE(store.updatePerson(stale, after).error().code, ErrorCode::Conflict);
    }

    void statusAndHeadRules()
    {
        hukou::test::Fixture f;
        registerFamily(f);
        RegistryService reg(*f.ws);
        const QDate today(2024, 10, 20);
        // The head cannot leave while the spouse stays.
        auto r = reg.setStatus(f.admin, QStringLiteral("440106199001011235"), PersonStatus::MovedOut,
                               QStringLiteral("moved to Shenzhen"), today);
        QVERIFY(!r.has_value());
        QVERIFY(r.error().message.contains(QStringLiteral("no head")));
        // Change the head, then the former head can move out.
        auto h = reg.changeHead(f.admin, QStringLiteral("H001"), QStringLiteral("440106199203040026"),
                                QStringLiteral("配偶"), QStringLiteral("new head"));
        QVERIFY2(h.has_value(), qPrintable(h ? QString() : h.error().message));
        auto spouse = reg.find(f.admin, QStringLiteral("440106199203040026"));
        QCOMPARE(spouse->relation, QStringLiteral("户主"));
        QCOMPARE(h->headId, spouse->id);
        r = reg.setStatus(f.admin, QStringLiteral("440106199001011235"), PersonStatus::MovedOut,
                          QStringLiteral("moved to Shenzhen"), today);
        QVERIFY(r.has_value());
        QCOMPARE(r->status, PersonStatus::MovedOut);
        QCOMPARE(r->statusDate, today);
        // Nothing deleted: still found, with its history.
        auto d = reg.detail(f.admin, r->id);
        QCOMPARE(d->history.back().action, QStringLiteral("person.status.moved_out"));
        QCOMPARE(reg.setStatus(f.admin, QStringLiteral("440106199001011235"), PersonStatus::Deceased, {}, today)
                     .error().field,
                 QStringLiteral("reason"));
    }

    void permissions()
    {
        hukou::test::Fixture f;
        registerFamily(f);
        const Actor supervisor = f.addUser(QStringLiteral("sup"), Role::Supervisor);
        const Actor field = f.addUser(QStringLiteral("fld"), Role::Field);
        RegistryService reg(*f.ws);
        const qint64 before = journal(f);
        QCOMPARE(reg.correct(supervisor, QStringLiteral("440106199203040026"),
                             {{PersonField::Occupation, QStringLiteral("x")}}, QStringLiteral("x"))
                     .error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(reg.registerPerson(supervisor, person("440106199606060064", "陈丽", "女", "1996-06-06", "H001", "女"),
                                    QStringLiteral("x"), false)
                     .error().code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(journal(f), before);
        QVERIFY(reg.find(supervisor, QStringLiteral("440106199203040026")).has_value()); // reads
        QVERIFY(reg.registerPerson(field, person("440106199606060064", "陈丽", "女", "1996-06-06", "H001", "女"),
                                   QStringLiteral("field registration"), false)
                    .has_value());
    }
};

QTEST_GUILESS_MAIN(TestRegistryService)
#include "test_registry_service.moc"
