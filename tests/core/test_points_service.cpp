#include "core/collective/collective_service.h"
#include "core/domain/citizen_id.h"
#include "core/registry/person_store.h"
#include "core/io/csv.h"
#include "core/points/builtin_rule_sets.h"
#include "core/points/points_service.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hukou::core;

// Points-based settlement beyond the engine: intake, scoring, ranking with quota and ties,
// decisions, the publicity list, frozen rule sets, permissions, journal entries.
class TestPointsService final : public QObject
{
    Q_OBJECT

    static QString examples() { return hukou::test::testDataDir() + QStringLiteral("/points-gz-2023-examples"); }
    static QByteArray readExample(const QString& name)
    {
        QFile f(examples() + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return f.readAll();
    }
    static QJsonArray expected() { return QJsonDocument::fromJson(readExample(QStringLiteral("expected.json"))).array(); }
    static qint64 journal(const hukou::test::Fixture& f)
    {
        return f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal"))->value_or(-1);
    }
    static qint64 count(const hukou::test::Fixture& f, const QString& sql)
    {
        return f.ws->db().queryInt(sql)->value_or(-1);
    }
    // A valid citizen ID from its first 17 characters.
    static QString id17(const QString& first17) { return first17 + CitizenId::checkCharacter(first17); }
    // app_000 (born 1984-10-08, eligible, base 162) under another citizen ID and name.
    static QByteArray variant(const QString& citizenId, const QString& name, int medicalMonths = 72)
    {
        QJsonObject o = QJsonDocument::fromJson(readExample(QStringLiteral("app_000.json"))).object();
        QJsonObject applicant = o.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("citizen_id"), citizenId);
        applicant.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("applicant"), applicant);
        QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
        facts.insert(QStringLiteral("medical_months"), medicalMonths);
        o.insert(QStringLiteral("facts"), facts);
        return QJsonDocument(o).toJson();
    }

private slots:
    void submitScoreRankDecidePublish()
    {
        hukou::test::Fixture f;
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        const Actor boss = f.addUser(QStringLiteral("boss"), Role::Supervisor);
        PointsService points(*f.ws);

        // Intake: the ten examples get sequential numbers of the 2024 round.
        const QJsonArray exp = expected();
        QCOMPARE(exp.size(), 10);
        QStringList numbers;
        for (const QJsonValue& v : exp) {
            const QString file = v.toObject().value(QStringLiteral("file")).toString();
            const qint64 before = journal(f);
            auto a = points.submit(clerk, readExample(file), file);
            QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
            QCOMPARE(a->status, ApplicationStatus::Submitted);
            QCOMPARE(journal(f), before + 1);
            numbers << a->number;
        }
        QCOMPARE(numbers.first(), QStringLiteral("JF2024-000001"));
        QCOMPARE(numbers.last(), QStringLiteral("JF2024-000010"));

        // The same person twice in one round is refused.
        auto again = points.submit(clerk, readExample(QStringLiteral("app_000.json")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);

        // Scores match the independent implementation and are stored.
        int rankable = 0;
        for (qsizetype i = 0; i < exp.size(); ++i) {
            const QJsonObject e = exp[i].toObject();
            auto s = points.score(clerk, numbers[i]);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().describe()));
            QCOMPARE(s->score.total, e.value(QStringLiteral("total")).toInteger());
            QCOMPARE(s->score.base, e.value(QStringLiteral("base")).toInteger());
            QCOMPARE(s->score.eligible, e.value(QStringLiteral("eligible")).toBool());
            QCOMPARE(s->application.scoreTotal.value_or(-1), e.value(QStringLiteral("total")).toInteger());
            if (s->score.eligible && s->score.total >= 150)
                ++rankable;
        }
        // Scoring again changes nothing: no new journal entry.
        const qint64 j = journal(f);
        QVERIFY(points.score(clerk, numbers.first()));
        QCOMPARE(journal(f), j);

        // A clerk ranks with the rule set's quota; only a supervisor overrides it.
        auto denied = points.rank(clerk, 2024, 2);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(journal(f), j);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM points_ranking")), 0);

        auto ranked = points.rank(clerk, 2024);
        QVERIFY2(ranked, qPrintable(ranked ? QString() : ranked.error().describe()));
        QCOMPARE(ranked->ranking.quota, 16000);
        QCOMPARE(ranked->ranking.entries.size(), rankable);
        QCOMPARE(ranked->ranking.admittedCount, rankable);
        QCOMPARE(ranked->ruleSetVersion, 1);

        auto quota2 = points.rank(boss, 2024, 2);
        QVERIFY(quota2);
        QCOMPARE(quota2->ranking.quota, 2);
        QCOMPARE(quota2->ranking.admittedCount, 2);
        QVERIFY(quota2->quotaOverridden);
        // Ranked by base points, descending.
        for (qsizetype i = 1; i < quota2->ranking.entries.size(); ++i)
            QVERIFY(quota2->ranking.entries[i - 1].keys[0].value >= quota2->ranking.entries[i].keys[0].value);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM points_ranking")), 2);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM settlement_application WHERE status = 'ranked'")),
                 rankable);
        // The snapshot keeps the rule set, every input and the result.
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM points_ranking WHERE quota = 2 AND quota_overridden = 1 "
                                         "AND json_array_length(json_extract(result_json, '$.entries')) = %1 "
                                         "AND json_extract(rule_set_json, '$.id') = 'gz-2023' "
                                         "AND (SELECT count(*) FROM json_each(inputs_json)) = 10")
                                .arg(rankable)),
                 1);
        // The built-in rule set is now stored and frozen.
        QCOMPARE(count(f, QStringLiteral("SELECT frozen FROM points_rule_set WHERE id = 'gz-2023@1'")), 1);

        const RankingEntry first = quota2->ranking.entries[0];
        const RankingEntry outside = quota2->ranking.entries[2];
        QVERIFY(first.admitted);
        QVERIFY(!outside.admitted);

        // Decisions: supervisors only, with a reason, approval only inside the quota.
        auto clerkDecides = points.decide(clerk, first.application, true, QStringLiteral("ok"));
        QVERIFY(!clerkDecides);
        QCOMPARE(clerkDecides.error().code, ErrorCode::PermissionDenied);
        auto noReason = points.decide(boss, first.application, true, QStringLiteral("  "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        auto outsideQuota = points.decide(boss, outside.application, true, QStringLiteral("ok"));
        QVERIFY(!outsideQuota);
        QCOMPARE(outsideQuota.error().field, QStringLiteral("rank"));

        auto approved = points.decide(boss, first.application, true, QStringLiteral("材料齐全"));
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().describe()));
        QCOMPARE(approved->status, ApplicationStatus::Approved);
        QCOMPARE(approved->reviewer, QStringLiteral("boss"));
        auto returned = points.decide(boss, outside.application, false, QStringLiteral("社保证明不清晰"));
        QVERIFY(returned);
        QCOMPARE(returned->status, ApplicationStatus::Returned);
        auto history = f.ws->journal().history(QStringLiteral("settlement_application"), first.application);
        QVERIFY(history);
        QCOMPARE(history->back().action, QStringLiteral("points.approve"));
        QCOMPARE(history->back().reason, QStringLiteral("材料齐全"));
        QCOMPARE(history->back().user, QStringLiteral("boss"));

        // Once decisions exist, the round is not ranked again.
        auto rerank = points.rank(boss, 2024);
        QVERIFY(!rerank);
        QCOMPARE(rerank.error().code, ErrorCode::Conflict);

        // The publicity list: approved only, masked IDs, CSV with a header row.
        QVERIFY(!points.publicity(clerk, 2024));
        auto list = points.publicity(boss, 2024);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().describe()));
        QCOMPARE(list->entries.size(), 1);
        QCOMPARE(list->quota, 2);
        QVERIFY(list->cutOff);
        const QByteArray csv = PointsService::publicityCsv(*list);
        const QString citizen = first.citizenId;
        const QString masked = citizen.left(6) + QStringLiteral("********") + citizen.right(4);
        const QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("rank,application,citizen_id,name,district,total,base,medical_months,"
                                          "residence_permit_months"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("1,%1,%2,").arg(first.application, masked)), qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral("天河区")));
        QVERIFY(!csv.contains(citizen.toUtf8()));

        QVERIFY(points.markPublished(boss, *list, QStringLiteral("/tmp/list.csv")));
        auto published = points.application(boss, first.application);
        QVERIFY(published);
        QCOMPARE(published->status, ApplicationStatus::Published);
        // Published ones stay on the list (a PDF after the CSV).
        auto list2 = points.publicity(boss, 2024);
        QVERIFY(list2);
        QCOMPARE(list2->entries.size(), 1);
        QVERIFY(f.ws->journal().verify()->ok());
    }

    void tiesShareARankAndAreAllAdmitted()
    {
        hukou::test::Fixture f;
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        const Actor boss = f.addUser(QStringLiteral("boss"), Role::Supervisor);
        PointsService points(*f.ws);
        // Two applicants equal on every ranking key, one behind them on medical months.
        const auto a = points.submit(clerk, variant(id17(QStringLiteral("44010619841008201")), QStringLiteral("甲")));
        const auto b = points.submit(clerk, variant(id17(QStringLiteral("44010619841008202")), QStringLiteral("乙")));
        const auto c = points.submit(clerk, variant(id17(QStringLiteral("44010619841008203")), QStringLiteral("丙"), 60));
        QVERIFY(a && b && c);
        auto r = points.rank(boss, 2024, 1);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        const auto& e = r->ranking.entries;
        QCOMPARE(e.size(), 3);
        QCOMPARE(e[0].rank, 1);
        QCOMPARE(e[1].rank, 1);
        QCOMPARE(e[2].rank, 3);
        QCOMPARE(e[2].application, c->number);
        // gz-2023: equal rank, all admitted, even past the quota.
        QVERIFY(e[0].admitted && e[1].admitted);
        QVERIFY(!e[2].admitted);
        QCOMPARE(r->ranking.admittedCount, 2);
        auto stored = points.application(boss, b->number);
        QCOMPARE(stored->rank.value_or(0), 1);
        QCOMPARE(stored->admitted.value_or(0), 1);
    }

    // verify → rank → approve → publish → settle: into a new household at the applicant's home (a
    // spouse moving along, a child already registered elsewhere moved in) and into the district's
    // public collective household; every refusal lands nothing.
    void verifyReviewAndSettle()
    {
        hukou::test::Fixture f;
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        const Actor boss = f.addUser(QStringLiteral("boss"), Role::Supervisor);
        const Actor field = f.addUser(QStringLiteral("field"), Role::Field);
        PointsService points(*f.ws);
        RegistryService registry(*f.ws);

        // A child already registered in a relative's household in the city.
        const QString childId = id17(QStringLiteral("44010620150301002"));
        FieldValues v;
        v.set(PersonField::CitizenId, id17(QStringLiteral("44010619600101001")));
        v.set(PersonField::Name, QStringLiteral("祖父"));
        v.set(PersonField::Sex, QStringLiteral("男"));
        v.set(PersonField::BirthDate, QStringLiteral("1960-01-01"));
        v.set(PersonField::District, QStringLiteral("440106"));
        v.set(PersonField::Address, QStringLiteral("广州市天河区某路2号"));
        v.set(PersonField::HouseholdNumber, QStringLiteral("H-GRAND"));
        v.set(PersonField::Relation, QStringLiteral("户主"));
        v.set(PersonField::HukouNature, QStringLiteral("居民"));
        QVERIFY(registry.registerPerson(f.admin, v, QStringLiteral("test"), true));
        v.set(PersonField::CitizenId, childId);
        v.set(PersonField::Name, QStringLiteral("小明"));
        v.set(PersonField::BirthDate, QStringLiteral("2015-03-01"));
        v.set(PersonField::Sex, QStringLiteral("女"));
        v.set(PersonField::Relation, QStringLiteral("孙女"));
        QVERIFY(registry.registerPerson(f.admin, v, QStringLiteral("test"), true));

        // Applicant A (own home) with a spouse new to the city and the registered child.
        const QString spouseId = id17(QStringLiteral("43010419860512002"));
        QJsonObject a = QJsonDocument::fromJson(variant(id17(QStringLiteral("43010419850101001")),
                                                        QStringLiteral("甲"), 80))
                            .object();
        a.insert(QStringLiteral("moving_with"),
                 QJsonArray{QJsonObject{{QStringLiteral("citizen_id"), spouseId},
                                        {QStringLiteral("name"), QStringLiteral("甲妻")},
                                        {QStringLiteral("relation"), QStringLiteral("配偶")}},
                            QJsonObject{{QStringLiteral("citizen_id"), childId},
                                        {QStringLiteral("name"), QStringLiteral("小明")},
                                        {QStringLiteral("relation"), QStringLiteral("女")}}});
        auto appA = points.submit(clerk, QJsonDocument(a).toJson());
        QVERIFY2(appA, qPrintable(appA ? QString() : appA.error().describe()));
        // Applicant B (collective household), applicant C scored for an owned home.
        auto appB = points.submit(clerk, variant(id17(QStringLiteral("43010419850101003")), QStringLiteral("乙"), 75));
        QVERIFY(appB);
        QJsonObject c = QJsonDocument::fromJson(variant(id17(QStringLiteral("43010419850101005")),
                                                        QStringLiteral("丙"), 70))
                            .object();
        QJsonObject cf = c.value(QStringLiteral("facts")).toObject();
        cf.insert(QStringLiteral("owns_home"), true);
        c.insert(QStringLiteral("facts"), cf);
        auto appC = points.submit(clerk, QJsonDocument(c).toJson());
        QVERIFY(appC);

        // Verification: clerks, submitted only, journaled.
        QCOMPARE(points.verify(field, appA->number, {}).error().code, ErrorCode::PermissionDenied);
        auto verified = points.verify(clerk, appA->number, QStringLiteral("原件已核"));
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().describe()));
        QCOMPARE(verified->status, ApplicationStatus::Verified);
        QCOMPARE(points.verify(clerk, appA->number, {}).error().field, QStringLiteral("status"));
        auto history = f.ws->journal().history(QStringLiteral("settlement_application"), appA->number);
        QCOMPARE(history->back().action, QStringLiteral("points.verify"));
        QCOMPARE(history->back().reason, QStringLiteral("原件已核"));

        // The review before and after ranking.
        auto before = points.review(boss, 2024);
        QVERIFY(before);
        QVERIFY(!before->rankingId);
        QCOMPARE(before->applications.size(), std::size_t(3));
        QCOMPARE(before->quota, 16000);
        QVERIFY(!points.review(field, 2024));
        QVERIFY(points.rank(boss, 2024, 3));
        auto review = points.review(boss, 2024);
        QVERIFY(review);
        QVERIFY(review->rankingId);
        QCOMPARE(review->quota, 3);
        QVERIFY(review->quotaOverridden);
        QCOMPARE(review->admitted, 3);
        QVERIFY(review->cutOff);
        QCOMPARE(review->keyNames.first(), QStringLiteral("base"));
        for (const auto& n : {appA->number, appB->number, appC->number})
            QVERIFY(points.decide(boss, n, true, QStringLiteral("ok")));
        QCOMPARE(points.review(boss, 2024)->approved, 3);

        // Not before the list is published.
        SettlementPlan home{SettlementPlan::Where::OwnHome, QStringLiteral("H-NEW-1"), QStringLiteral("广州市天河区新居路8号"),
                            QStringLiteral("湖南省长沙市芙蓉区"), false};
        auto early = points.settle(clerk, appA->number, home);
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("publi")), qPrintable(early.error().message));
        auto list = points.publicity(boss, 2024);
        QVERIFY(list);
        QVERIFY(points.markPublished(boss, *list, QStringLiteral("list.csv")));

        // A failure half-way lands nothing: the spouse's name disagrees with a registered ID.
        const qint64 journalBefore = journal(f);
        const qint64 personsBefore = count(f, QStringLiteral("SELECT count(*) FROM person"));
        QJsonObject wrong = a;
        wrong.insert(QStringLiteral("moving_with"),
                     QJsonArray{QJsonObject{{QStringLiteral("citizen_id"), childId},
                                            {QStringLiteral("name"), QStringLiteral("别人")},
                                            {QStringLiteral("relation"), QStringLiteral("女")}}});
        QVERIFY(f.ws->db().execScript(
            QStringLiteral("UPDATE settlement_application SET application_json = '%1' WHERE number = '%2'")
                .arg(QString::fromUtf8(QJsonDocument(wrong).toJson(QJsonDocument::Compact)), appA->number)));
        auto refused = points.settle(clerk, appA->number, home);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("小明")), qPrintable(refused.error().message));
        QCOMPARE(journal(f), journalBefore);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM person")), personsBefore);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM household WHERE number = 'H-NEW-1'")), 0);
        QVERIFY(f.ws->db().execScript(
            QStringLiteral("UPDATE settlement_application SET application_json = '%1' WHERE number = '%2'")
                .arg(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)), appA->number)));

        // Field users do not settle; a clerk does, in one transaction.
        QCOMPARE(points.settle(field, appA->number, home).error().code, ErrorCode::PermissionDenied);
        auto settled = points.settle(clerk, appA->number, home);
        QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().describe()));
        QCOMPARE(settled->application.status, ApplicationStatus::Settled);
        QCOMPARE(settled->householdNumber, QStringLiteral("H-NEW-1"));
        QCOMPARE(settled->registered.size(), 2);
        QCOMPARE(settled->moved, QStringList{childId});
        auto applicant = registry.find(clerk, id17(QStringLiteral("43010419850101001")));
        QVERIFY(applicant);
        QCOMPARE(applicant->householdNumber, QStringLiteral("H-NEW-1"));
        QCOMPARE(applicant->relation, QStringLiteral("户主"));
        QCOMPARE(applicant->hukouNature, QStringLiteral("居民"));
        QCOMPARE(applicant->movedInFrom, QStringLiteral("湖南省长沙市芙蓉区"));
        QCOMPARE(applicant->sex, QStringLiteral("男"));
        auto spouse = registry.find(clerk, spouseId);
        QVERIFY(spouse);
        QCOMPARE(spouse->relation, QStringLiteral("配偶"));
        QCOMPARE(spouse->address, QStringLiteral("广州市天河区新居路8号"));
        auto child = registry.find(clerk, childId);
        QCOMPARE(child->householdNumber, QStringLiteral("H-NEW-1"));
        QCOMPARE(child->relation, QStringLiteral("女"));
        auto hh = registry.household(clerk, QStringLiteral("H-NEW-1"));
        QVERIFY(hh && *hh);
        QCOMPARE((*hh)->headId, applicant->id);
        history = f.ws->journal().history(QStringLiteral("settlement_application"), appA->number);
        QCOMPARE(history->back().action, QStringLiteral("points.settle"));
        QCOMPARE(points.settle(clerk, appA->number, home).error().field, QStringLiteral("status"));

        // The collective household: none in the district yet, then the desk's one.
        SettlementPlan collective{SettlementPlan::Where::PublicCollective, {}, {}, {}, false};
        auto none = points.settle(clerk, appB->number, collective);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        auto jt = CollectiveService(*f.ws).create(
            f.admin, {QStringLiteral("440106"), QStringLiteral("冼村街公共集体户"),
                      QStringLiteral("广州市天河区冼村街公共集体户"), QStringLiteral("冼村街"), 10, {}});
        QVERIFY(jt);
        QCOMPARE(points.settle(clerk, appC->number, collective).error().field, QStringLiteral("where"));
        auto intoCollective = points.settle(clerk, appB->number, collective);
        QVERIFY2(intoCollective, qPrintable(intoCollective ? QString() : intoCollective.error().describe()));
        QCOMPARE(intoCollective->householdNumber, jt->number);
        auto status = CollectiveService(*f.ws).status(clerk, id17(QStringLiteral("43010419850101003")));
        QVERIFY(status);
        QVERIFY(status->current);
        QCOMPARE(status->current->collectiveNumber, jt->number);
        QCOMPARE(status->person.relation, QStringLiteral("非亲属"));

        // A family member living in a collective household leaves it at the desk first (reason, loans).
        QVERIFY(CollectiveService(*f.ws).enroll(clerk, childId, jt->number, EnrollReason::Child));
        QJsonObject withChild = c;
        withChild.insert(QStringLiteral("moving_with"),
                         QJsonArray{QJsonObject{{QStringLiteral("citizen_id"), childId},
                                                {QStringLiteral("name"), QStringLiteral("小明")},
                                                {QStringLiteral("relation"), QStringLiteral("女")}}});
        QVERIFY(f.ws->db().execScript(
            QStringLiteral("UPDATE settlement_application SET application_json = '%1' WHERE number = '%2'")
                .arg(QString::fromUtf8(QJsonDocument(withChild).toJson(QJsonDocument::Compact)), appC->number)));
        const SettlementPlan homeC{SettlementPlan::Where::OwnHome, QStringLiteral("H-NEW-C"),
                                   QStringLiteral("广州市天河区新居路9号"), {}, false};
        auto member = points.settle(clerk, appC->number, homeC);
        QVERIFY(!member);
        QVERIFY2(member.error().message.contains(jt->number), qPrintable(member.error().message));
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM household WHERE number = 'H-NEW-C'")), 0);
        QVERIFY(f.ws->journal().verify()->ok());
    }

    // Drafts: numbered, saved again under the same number, not ranked, then submitted.
    void drafts()
    {
        hukou::test::Fixture f;
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        const Actor boss = f.addUser(QStringLiteral("boss"), Role::Supervisor);
        PointsService points(*f.ws);
        const QString id = id17(QStringLiteral("43010419850101001"));
        auto draft = points.saveDraft(clerk, variant(id, QStringLiteral("甲"), 50));
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().describe()));
        QCOMPARE(draft->status, ApplicationStatus::Draft);
        QCOMPARE(draft->number, QStringLiteral("JF2024-000001"));
        // The same person cannot start a second application meanwhile.
        QCOMPARE(points.submit(clerk, variant(id, QStringLiteral("甲"))).error().code, ErrorCode::Conflict);
        auto again = points.saveDraft(clerk, variant(id, QStringLiteral("甲"), 60), draft->number);
        QVERIFY(again);
        QCOMPARE(again->number, draft->number);
        QCOMPARE(again->version, draft->version + 1);
        QCOMPARE(QJsonDocument::fromJson(again->applicationJson)
                     .object()
                     .value(QStringLiteral("facts"))
                     .toObject()
                     .value(QStringLiteral("medical_months"))
                     .toInt(),
                 60);
        // Drafts are not ranked.
        auto ranked = points.rank(boss, 2024);
        QVERIFY(ranked);
        QCOMPARE(ranked->ranking.entries.size(), 0);
        QCOMPARE(points.application(clerk, draft->number)->status, ApplicationStatus::Draft);
        auto submitted = points.submitDraft(clerk, draft->number, variant(id, QStringLiteral("甲"), 72));
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().describe()));
        QCOMPARE(submitted->status, ApplicationStatus::Submitted);
        QCOMPARE(submitted->number, draft->number);
        // A submitted application is no draft any more.
        QCOMPARE(points.saveDraft(clerk, variant(id, QStringLiteral("甲")), draft->number).error().field,
                 QStringLiteral("status"));
        auto history = f.ws->journal().history(QStringLiteral("settlement_application"), draft->number);
        QVERIFY(history);
        QStringList actions;
        for (const auto& e : *history)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("points.draft"), QStringLiteral("points.draft"),
                                       QStringLiteral("points.submit")}));
        QCOMPARE(points.rank(boss, 2024)->ranking.entries.size(), 1);
    }

    void permissionsAndRegistryCheck()
    {
        hukou::test::Fixture f;
        const Actor field = f.addUser(QStringLiteral("field"), Role::Field);
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        PointsService points(*f.ws);
        const qint64 before = journal(f);
        auto denied = points.submit(field, readExample(QStringLiteral("app_000.json")));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(journal(f), before);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM settlement_application")), 0);

        // A registered applicant must be named as the registry names them.
        FieldValues v;
        v.set(PersonField::CitizenId, QStringLiteral("440106198410081010"));
        v.set(PersonField::Name, QStringLiteral("李四"));
        v.set(PersonField::Sex, QStringLiteral("男"));
        v.set(PersonField::BirthDate, QStringLiteral("1984-10-08"));
        v.set(PersonField::District, QStringLiteral("440106"));
        v.set(PersonField::Address, QStringLiteral("广州市天河区冼村街道1号"));
        v.set(PersonField::HouseholdNumber, QStringLiteral("H001"));
        v.set(PersonField::Relation, QStringLiteral("户主"));
        v.set(PersonField::HukouNature, QStringLiteral("居民"));
        QVERIFY(RegistryService(*f.ws).registerPerson(f.admin, v, QStringLiteral("test"), true));
        auto mismatch = points.submit(clerk, readExample(QStringLiteral("app_000.json")));
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().field, QStringLiteral("applicant.name"));
        QVERIFY(mismatch.error().message.contains(QStringLiteral("李四")));
        // An unregistered applicant is fine.
        auto ok = points.submit(clerk, readExample(QStringLiteral("app_001.json")));
        QVERIFY(ok);
        QVERIFY(!ok->personId);

        // Bad application input names the field.
        QByteArray bad = readExample(QStringLiteral("app_002.json"));
        bad.replace("\"employed\": true", "\"employed\": 3");
        auto invalid = points.submit(clerk, bad, QStringLiteral("bad.json"));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, ErrorCode::Invalid);
        QCOMPARE(invalid.error().field, QStringLiteral("facts.employed"));
        QByteArray unknownSet = readExample(QStringLiteral("app_002.json"));
        unknownSet.replace("\"gz-2023\"", "\"gz-1999\"");
        auto unknown = points.submit(clerk, unknownSet);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("rule_set"));
    }

    void ruleSetsAreVersionedAndFrozen()
    {
        hukou::test::Fixture f;
        const Actor clerk = f.addUser(QStringLiteral("clerk"), Role::Clerk);
        PointsService points(*f.ws);

        // Built-ins serve without import.
        auto builtin = points.ruleSetForYear(2024);
        QVERIFY(builtin);
        QVERIFY(builtin->builtin);
        QCOMPARE(builtin->ruleSet.id, QStringLiteral("gz-2023"));
        QVERIFY(!points.ruleSetForYear(1999));

        const QByteArray source = BuiltinRuleSets::source(u"gz-2023");
        QVERIFY(!source.isEmpty());
        auto byClerk = points.importRuleSet(clerk, source);
        QVERIFY(!byClerk);
        QCOMPARE(byClerk.error().code, ErrorCode::PermissionDenied);

        // Importing: version 1; again while unused: still version 1 (replaced).
        QJsonObject o = QJsonDocument::fromJson(source).object();
        o.insert(QStringLiteral("quota"), 100);
        auto v1 = points.importRuleSet(f.admin, QJsonDocument(o).toJson(), QStringLiteral("gz-2023.json"));
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().describe()));
        QCOMPARE(v1->version, 1);
        o.insert(QStringLiteral("quota"), 3);
        auto v1b = points.importRuleSet(f.admin, QJsonDocument(o).toJson());
        QVERIFY(v1b);
        QCOMPARE(v1b->version, 1);
        QCOMPARE(points.ruleSetForYear(2024)->ruleSet.quota, 3);

        // Used for a ranking: frozen; the next import becomes version 2 and v1 stays as it was.
        QVERIFY(points.submit(clerk, readExample(QStringLiteral("app_000.json"))));
        auto r = points.rank(clerk, 2024);
        QVERIFY(r);
        QCOMPARE(r->ranking.quota, 3);
        QVERIFY(points.ruleSetForYear(2024)->frozen);
        o.insert(QStringLiteral("quota"), 16000);
        auto v2 = points.importRuleSet(f.admin, QJsonDocument(o).toJson());
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM points_rule_set WHERE rule_set = 'gz-2023'")), 2);
        QCOMPARE(count(f, QStringLiteral("SELECT json_extract(json, '$.quota') FROM points_rule_set WHERE id = 'gz-2023@1'")),
                 3);
        auto now = points.ruleSetForYear(2024);
        QCOMPARE(now->version, 2);
        QVERIFY(!now->frozen);
        QCOMPARE(now->ruleSet.quota, 16000);

        // Import errors carry the JSON path and change nothing.
        const qint64 before = journal(f);
        QJsonObject broken = o;
        QJsonArray items = broken.value(QStringLiteral("items")).toArray();
        QJsonObject item0 = items[0].toObject();
        item0.insert(QStringLiteral("points"), QStringLiteral("eight"));
        items[0] = item0;
        broken.insert(QStringLiteral("items"), items);
        auto err = points.importRuleSet(f.admin, QJsonDocument(broken).toJson(), QStringLiteral("broken.json"));
        QVERIFY(!err);
        QCOMPARE(err.error().code, ErrorCode::Invalid);
        QCOMPARE(err.error().field, QStringLiteral("items[0].points"));
        QVERIFY(!points.importRuleSet(f.admin, "{not json"));
        QCOMPARE(journal(f), before);
    }
};

QTEST_GUILESS_MAIN(TestPointsService)
#include "test_points_service.moc"
