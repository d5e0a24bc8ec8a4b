#include "core/conversion/conversion_service.h"
#include "core/conversion/document_log.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hukou::core;

// The unified resident-household conversion against a hand-built register: preview counts and
// exceptions, chunked runs with one bulk journal entry each, idempotence, cancel and resume,
// reversal and permissions.
class TestConversionService final : public QObject
{
    Q_OBJECT

    // A citizen ID with a correct check character.
    static QString cid(const QString& area, const QString& birth, int seq)
    {
        QString s = area + QString(birth).remove(QLatin1Char('-')) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += s[i].digitValue() * w[i];
        return s + QStringLiteral("10X98765432")[sum % 11];
    }

    struct Spec
    {
        QString name;
        QString sex;
        QString birth;
        QString district;
        QString household;
        QString relation;
        QString nature;
    };

    static Person add(hukou::test::Fixture& f, const Spec& s, int seq)
    {
        const int n = s.sex == QStringLiteral("男") ? seq * 2 + 1 : seq * 2;
        FieldValues v;
        v.set(PersonField::CitizenId, cid(s.district, s.birth, n));
        v.set(PersonField::Name, s.name);
        v.set(PersonField::Sex, s.sex);
        v.set(PersonField::BirthDate, s.birth);
        v.set(PersonField::District, s.district);
        v.set(PersonField::Address, QStringLiteral("测试路") + s.household + QStringLiteral("号"));
        v.set(PersonField::HouseholdNumber, s.household);
        v.set(PersonField::Relation, s.relation);
        v.set(PersonField::HukouNature, s.nature);
        auto p = RegistryService(*f.ws).registerPerson(f.admin, v, QStringLiteral("test"), true);
        if (!p)
            qFatal("registerPerson: %s", qPrintable(p.error().describe()));
        return *p;
    }

    // Tianhe: H1 A,B 农业, C 非农业, D 农业 (deceased); H2 E 居民 (native), F 自理口粮.
    // Baiyun: H3 G 蓝印, H 未落常住户口; H4 I,J 农业 in a household that lost its head pointer.
    struct World
    {
        std::map<QString, Person> p;
    };
    static World build(hukou::test::Fixture& f)
    {
        const QString th = QStringLiteral("440106");
        const QString by = QStringLiteral("440111");
        World w;
        int seq = 1;
        const std::vector<Spec> specs = {
            {"陈明", "男", "1960-01-01", th, "T001", "户主", "农业"},
            {"王芳", "女", "1962-03-04", th, "T001", "配偶", "农业"},
            {"陈小明", "男", "1990-05-06", th, "T001", "子", "非农业"},
            {"陈老", "男", "1988-07-08", th, "T001", "子", "农业"},
            {"李居", "男", "1970-02-02", th, "T002", "户主", "居民"},
            {"李自", "女", "1995-09-09", th, "T002", "女", "自理口粮"},
            {"张蓝", "男", "1975-04-04", by, "B003", "户主", "蓝印"},
            {"张未", "男", "2010-10-10", by, "B003", "子", "未落常住户口"},
            {"刘户", "男", "1965-06-06", by, "B004", "户主", "农业"},
            {"刘子", "女", "1992-12-12", by, "B004", "女", "农业"},
        };
        for (const auto& s : specs)
            w.p[s.name] = add(f, s, seq++);
        auto dead = RegistryService(*f.ws).setStatus(f.admin, w.p["陈老"].citizenId, PersonStatus::Deceased,
                                                     QStringLiteral("test"), QDate(2024, 1, 1));
        if (!dead)
            qFatal("setStatus: %s", qPrintable(dead.error().describe()));
        // Legacy data: a household whose head pointer is missing.
        if (!f.ws->db().execScript(QStringLiteral("UPDATE household SET head_id = NULL WHERE number = 'B004'")))
            qFatal("update");
        return w;
    }

    static qint64 count(const hukou::test::Fixture& f, const QString& sql)
    {
        return f.ws->db().queryInt(sql)->value_or(-1);
    }
    static qint64 journalCount(const hukou::test::Fixture& f)
    {
        return count(f, QStringLiteral("SELECT count(*) FROM journal"));
    }

private slots:
    void previewCountsAndExceptions()
    {
        hukou::test::Fixture f;
        World w = build(f);
        ConversionService svc(*f.ws);
        auto p = svc.preview(f.admin, {});
        QVERIFY2(p, qPrintable(p ? QString() : p.error().describe()));
        QCOMPARE(p->total, 5);
        QCOMPARE(p->byNature.value("农业"), 2);
        QCOMPARE(p->byNature.value("非农业"), 1);
        QCOMPARE(p->byNature.value("自理口粮"), 1);
        QCOMPARE(p->byNature.value("蓝印"), 1);
        QCOMPARE(p->districts.size(), std::size_t(2));
        QCOMPARE(p->districts[0].district, QStringLiteral("440106"));
        QCOMPARE(p->districts[0].total(), 4);
        QCOMPARE(p->districts[1].district, QStringLiteral("440111"));
        QCOMPARE(p->districts[1].byNature.value("蓝印"), 1);

        QCOMPARE(p->exceptionCount, 4);
        QCOMPARE(p->exceptions.size(), std::size_t(4));
        QMap<QString, ConversionExceptionKind> kinds;
        for (const auto& e : p->exceptions) {
            kinds.insert(e.name, e.kind);
            QVERIFY(!e.reason.isEmpty());
            QCOMPARE(e.citizenId.size(), 18);
        }
        QCOMPARE(kinds.value("陈老"), ConversionExceptionKind::NotActive);
        QCOMPARE(kinds.value("张未"), ConversionExceptionKind::NotRegistered);
        QCOMPARE(kinds.value("刘户"), ConversionExceptionKind::NoHead);
        QCOMPARE(kinds.value("刘子"), ConversionExceptionKind::NoHead);

        auto baiyun = svc.preview(f.admin, QStringLiteral("白云区"));
        QVERIFY(baiyun);
        QCOMPARE(baiyun->district, QStringLiteral("440111"));
        QCOMPARE(baiyun->total, 1);
        QCOMPARE(baiyun->exceptionCount, 3);

        auto bad = svc.preview(f.admin, QStringLiteral("999999"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Invalid);
    }

    void runIsChunkedJournaledAndIdempotent()
    {
        hukou::test::Fixture f;
        World w = build(f);
        const Actor clerk = f.addUser("clerk1", Role::Clerk);
        ConversionService svc(*f.ws);
        const qint64 before = journalCount(f);
        std::vector<std::pair<qint64, qint64>> progress;
        ConversionOptions o;
        o.chunkSize = 2;
        o.progress = [&](qint64 done, qint64 total) { progress.emplace_back(done, total); };
        auto out = svc.run(clerk, o);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().describe()));
        QCOMPARE(out->converted, 5);
        QCOMPARE(out->chunks, 3);
        QCOMPARE(out->byFormerNature.value("农业"), 2);
        QCOMPARE(out->byFormerNature.value("蓝印"), 1);
        QCOMPARE(out->exceptions.size(), std::size_t(4));
        QVERIFY(!out->resumed);
        QCOMPARE(progress.back(), std::make_pair(qint64(5), qint64(5)));
        // start + 3 chunks + finish
        QCOMPARE(journalCount(f) - before, 5);
        QCOMPARE(count(f, "SELECT count(*) FROM journal WHERE action = 'conversion.chunk'"), 3);
        QCOMPARE(count(f, "SELECT count(*) FROM conversion_run WHERE status = 'done' AND converted = 5"), 1);
        QCOMPARE(count(f, "SELECT sum(converted) FROM conversion_chunk"), 5);

        PersonStore store(f.ws->db());
        const Person a = **store.byCitizenId(w.p["陈明"].citizenId);
        QCOMPARE(a.hukouNature, QStringLiteral("居民"));
        QCOMPARE(a.formerNature, QStringLiteral("农业"));
        QCOMPARE(a.version, w.p["陈明"].version + 1);
        const Person native = **store.byCitizenId(w.p["李居"].citizenId);
        QCOMPARE(native.formerNature, QString());
        QCOMPARE(native.version, w.p["李居"].version);
        const Person notReg = **store.byCitizenId(w.p["张未"].citizenId);
        QCOMPARE(notReg.hukouNature, QStringLiteral("未落常住户口"));
        const Person headless = **store.byCitizenId(w.p["刘子"].citizenId);
        QCOMPARE(headless.hukouNature, QStringLiteral("农业"));

        // The bulk entry names the person and carries the images hash.
        auto entry = svc.conversionEntry(clerk, a.citizenId);
        QVERIFY(entry && *entry);
        const QJsonObject after = QJsonDocument::fromJson((*entry)->after.toUtf8()).object();
        QCOMPARE((*entry)->action, QStringLiteral("conversion.chunk"));
        QVERIFY(after.value("persons").toArray().contains(a.uuid));
        QCOMPARE(after.value("images_sha256").toString().size(), 64);
        QCOMPARE((*entry)->user, QStringLiteral("clerk1"));

        // Statistics by former nature stay possible.
        auto stats = svc.statistics(clerk, QStringLiteral("440106"));
        QVERIFY(stats);
        qint64 fromAgri = 0;
        for (const auto& s : *stats)
            if (s.nature == "居民" && s.formerNature == "农业")
                fromAgri += s.count;
        QCOMPARE(fromAgri, 2);

        // A second run converts nothing.
        auto again = svc.run(clerk, o);
        QVERIFY(again);
        QCOMPARE(again->converted, 0);
        QCOMPARE(again->chunks, 0);
        QCOMPARE(svc.preview(clerk, {})->total, 0);
        QVERIFY(f.ws->journal().verify()->ok());
    }

    void cancelThenResume()
    {
        hukou::test::Fixture f;
        build(f);
        ConversionService svc(*f.ws);
        std::atomic<bool> cancel{false};
        ConversionOptions o;
        o.chunkSize = 2;
        o.cancel = &cancel;
        o.progress = [&](qint64 done, qint64) {
            if (done >= 2)
                cancel = true;
        };
        auto first = svc.run(f.admin, o);
        QVERIFY(first);
        QVERIFY(first->cancelled);
        QCOMPARE(first->converted, 2);
        QCOMPARE(count(f, "SELECT count(*) FROM conversion_run WHERE status = 'cancelled'"), 1);
        QCOMPARE(count(f, "SELECT count(*) FROM person WHERE former_nature <> ''"), 2);

        cancel = false;
        o.progress = {};
        auto second = svc.run(f.admin, o);
        QVERIFY(second);
        QVERIFY(second->resumed);
        QCOMPARE(second->runId, first->runId);
        QCOMPARE(second->converted, 3);
        QCOMPARE(second->runConverted, 5);
        QCOMPARE(count(f, "SELECT count(*) FROM conversion_run"), 1);
        QCOMPARE(count(f, "SELECT count(*) FROM conversion_run WHERE status = 'done' AND converted = 5 AND resumed = 1"), 1);
    }

    void reversal()
    {
        hukou::test::Fixture f;
        World w = build(f);
        const Actor clerk = f.addUser("clerk1", Role::Clerk);
        const Actor boss = f.addUser("boss", Role::Supervisor);
        ConversionService svc(*f.ws);
        QVERIFY(svc.run(clerk, {}));
        const QString id = w.p["王芳"].citizenId;

        auto denied = svc.reverse(clerk, id, QStringLiteral("wrong"));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        auto noReason = svc.reverse(boss, id, QStringLiteral("  "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::Invalid);
        auto native = svc.reverse(boss, w.p["李居"].citizenId, QStringLiteral("x"));
        QVERIFY(!native);
        QCOMPARE(native.error().code, ErrorCode::Invalid);

        const qint64 before = journalCount(f);
        auto back = svc.reverse(boss, id, QStringLiteral("converted by mistake: land case pending"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->hukouNature, QStringLiteral("农业"));
        QCOMPARE(back->formerNature, QString());
        QCOMPARE(journalCount(f) - before, 1);
        auto hist = f.ws->journal().history("person", back->uuid);
        QVERIFY(hist);
        QCOMPARE(hist->back().action, QStringLiteral("person.conversion_reverse"));
        QCOMPARE(hist->back().reason, QStringLiteral("converted by mistake: land case pending"));
        QCOMPARE(hist->back().user, QStringLiteral("boss"));

        auto p = svc.preview(clerk, {});
        QVERIFY(p);
        QCOMPARE(p->total, 1);
        QCOMPARE(p->byNature.value("农业"), 1);
        auto again = svc.run(clerk, {});
        QVERIFY(again);
        QCOMPARE(again->converted, 1);
    }

    void permissions()
    {
        hukou::test::Fixture f;
        build(f);
        const Actor field = f.addUser("field1", Role::Field);
        const Actor boss = f.addUser("boss", Role::Supervisor);
        ConversionService svc(*f.ws);
        const qint64 before = journalCount(f);
        auto r = svc.run(field, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QVERIFY(r.error().message.contains("field1"));
        auto p = svc.preview(field, {});
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(journalCount(f), before);
        QCOMPARE(count(f, "SELECT count(*) FROM conversion_run"), 0);
        QVERIFY(Roles::allows(Role::Clerk, Permission::Convert));
        QVERIFY(Roles::allows(Role::Supervisor, Permission::Convert));
        QVERIFY(Roles::allows(Role::Admin, Permission::Convert));
        QVERIFY(!Roles::allows(Role::Clerk, Permission::ReverseConversion));
        QVERIFY(!Roles::allows(Role::Field, Permission::ReverseConversion));
        QVERIFY(svc.run(boss, {}));

        // Printing is journaled; field users may not print personal documents.
        QVERIFY(!DocumentLog(*f.ws).record(field, "household_certificate", "x", "out.pdf"));
        QVERIFY(DocumentLog(*f.ws).record(boss, "conversion_report", "all", "out.pdf"));
        QCOMPARE(count(f, "SELECT count(*) FROM journal WHERE action = 'document.print'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversionService)
#include "test_conversion_service.moc"
