#include "core/registry/person_export.h"
#include "core/registry/person_import.h"
#include "core/registry/person_search.h"
#include "core/registry/person_store.h"
#include "core/registry/registry_service.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace hukou::core;

namespace {

const QByteArray kHeader =
    "citizen_id,name,sex,birth_date,ethnicity,district,address,household_number,relation,hukou_nature\n";
// A valid household of two: head and spouse.
const QByteArray kHead = "440106199001011235,陈明,男,1990-01-01,汉族,440106,广州市天河区冼村街道1号,H001,户主,农业\n";
const QByteArray kSpouse = "440106199203040026,王芳,女,1992-03-04,汉族,天河区,广州市天河区冼村街道1号,H001,配偶,农业\n";

} // namespace

// The persons CSV import: every edge case of shared/design/CLI.md, one by one.
class TestPersonImport final : public QObject
{
    Q_OBJECT

    static Result<ImportReport> run(hukou::test::Fixture& f, const QByteArray& csv, ImportOptions options = {})
    {
        return PersonImporter(*f.ws).importBytes(f.admin, csv, QStringLiteral("test.csv"), options);
    }
    static qint64 persons(const hukou::test::Fixture& f)
    {
        return f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM person"))->value_or(-1);
    }
    static qint64 journal(const hukou::test::Fixture& f)
    {
        return f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal"))->value_or(-1);
    }
    // Imports `rows` after the header and checks that exactly one row is rejected with `column` and `reasonPart`.
    static void expectOneRejection(const QByteArray& rows, qint64 line, const QString& column, const QString& reasonPart)
    {
        hukou::test::Fixture f;
        auto r = run(f, kHeader + rows);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().describe()));
        QCOMPARE(r->rejected.size(), 1U);
        QCOMPARE(r->rejected[0].line, line);
        QCOMPARE(r->rejected[0].column, column);
        QVERIFY2(r->rejected[0].reason.contains(reasonPart), qPrintable(r->rejected[0].reason));
    }

    // What a load into an empty register (the bulk path) must leave as it found: every index of
    // person and household, and foreign keys enforced on the connection.
    static void expectKeysAndForeignKeys(const hukou::test::Fixture& f)
    {
        const Database& db = f.ws->db();
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name IN "
                                            "('person', 'household')"))
                     ->value_or(0),
                 5);
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_keys"))->value_or(0), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->value_or(-1), 0);
        auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity->step().value());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
    }

private slots:
    void validFileLandsWithOneJournalEntry()
    {
        hukou::test::Fixture f;
        const qint64 before = journal(f);
        auto r = run(f, kHeader + kHead + kSpouse);
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->householdsCreated, 1);
        QVERIFY(r->rejected.empty());
        QCOMPARE(persons(f), 2);
        QCOMPARE(journal(f), before + 1);
        auto entry = f.ws->journal().entry(r->journalSeq);
        QCOMPARE((*entry)->action, QStringLiteral("person.import"));
        QVERIFY((*entry)->after.contains(QStringLiteral("\"imported\":2")));
        // Each record's history finds the import.
        PersonStore store(f.ws->db());
        auto p = store.byCitizenId(QStringLiteral("440106199203040026"));
        QCOMPARE((*p)->createdSeq, r->journalSeq);
        QCOMPARE((*p)->district, QStringLiteral("440106")); // 天河区 was accepted as a name
        auto d = RegistryService(*f.ws).detail(f.admin, (*p)->id);
        QCOMPARE(d->history.front().action, QStringLiteral("person.import"));
        QCOMPARE(d->members.size(), 2U);
        QCOMPARE(d->members.front().relation, QStringLiteral("户主"));
        QCOMPARE(d->household->headId, d->members.front().id);
        QVERIFY(f.ws->journal().verify()->ok());
    }

    // Rows are packed as UTF-8 by hand (PackedPerson): characters outside the BMP (surrogate pairs
    // in QString) and 2- and 3-byte sequences come through unchanged.
    void charactersOutsideTheBmpLandUnchanged()
    {
        hukou::test::Fixture f;
        const QString name = QStringLiteral("吉\U00020BB7é");
        QByteArray row = kHead;
        row.replace("陈明", name.toUtf8());
        auto r = run(f, kHeader + row);
        QVERIFY2(r.has_value() && r->imported == 1, qPrintable(r ? QString() : r.error().describe()));
        auto p = PersonStore(f.ws->db()).byCitizenId(QStringLiteral("440106199001011235"));
        QCOMPARE((*p)->name, name);
        QCOMPARE((*p)->address, QStringLiteral("广州市天河区冼村街道1号"));
    }

    void chineseHeadersAnyOrderBomAndCrlf()
    {
        hukou::test::Fixture f;
        QByteArray csv = "\xEF\xBB\xBF户口性质,姓名,公民身份号码,性别,出生日期,区,住址,户号,与户主关系\r\n"
                         "农业,陈明,440106199001011235,男,1990-01-01,440106,\"广州市天河区冼村街道1号, 3楼\",H001,户主\r\n";
        auto r = run(f, csv);
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 1);
        auto p = PersonStore(f.ws->db()).byCitizenId(QStringLiteral("440106199001011235"));
        QCOMPARE((*p)->address, QStringLiteral("广州市天河区冼村街道1号, 3楼"));
        QCOMPARE((*p)->name, QStringLiteral("陈明"));
    }

    void quotedFieldsWithQuotesAndNewlines()
    {
        hukou::test::Fixture f;
        // Quoted quotes are data; a quoted line break keeps the record together (and, as a control
        // character in an address, rejects it) while later records keep their true line numbers.
        QByteArray csv = kHeader +
                         "440106199001011235,陈明,男,1990-01-01,汉族,440106,\"广州市\"\"天河\"\"冼村\",H001,户主,农业\n"
                         "440106199203040026,王芳,女,1992-03-04,汉族,440106,\"广州市\n天河\",H001,配偶,农业\n"
                         "440106199606060064,陈丽,女,1996-06-06,汉族,440106,\"广州市\"\"天河\"\"冼村\",H001,女,农业\n";
        auto r = run(f, csv);
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 2);
        QCOMPARE(r->rejected.size(), 1U);
        QCOMPARE(r->rejected[0].line, 3);
        QCOMPARE(r->rejected[0].column, QStringLiteral("address"));
        QVERIFY(r->rejected[0].reason.contains(QStringLiteral("control")));
        QCOMPARE(r->rejected[0].values.at(6), QStringLiteral("广州市\n天河"));
        auto p = PersonStore(f.ws->db()).byCitizenId(QStringLiteral("440106199606060064"));
        QCOMPARE((*p)->address, QStringLiteral("广州市\"天河\"冼村"));
    }

    void gb18030IsDetected()
    {
        hukou::test::Fixture f;
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QByteArray csv = gb.encode(QString::fromUtf8(kHeader + kHead));
        auto r = run(f, csv);
        QVERIFY(r.has_value());
        QCOMPARE(r->encoding, QStringLiteral("GB18030"));
        QCOMPARE((*PersonStore(f.ws->db()).byCitizenId(QStringLiteral("440106199001011235")))->name,
                 QStringLiteral("陈明"));
    }

    void unreadableEncodingIsRefused()
    {
        hukou::test::Fixture f;
        auto r = run(f, QByteArray("\xFF\xFE") + "c\0i\0");
        QVERIFY(!r.has_value());
        QVERIFY(r.error().message.contains(QStringLiteral("UTF-16")));
        QCOMPARE(persons(f), 0);
    }

    void unknownOrMissingColumnRefusesTheFile()
    {
        hukou::test::Fixture f;
        auto r = run(f, "citizen_id,name,sex,birth_date,district,address,household_number,relation,hukou_nature,shoe_size\n" +
                            kHead);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().line, 1);
        QVERIFY(r.error().message.contains(QStringLiteral("shoe_size")));
        r = run(f, "citizen_id,name,sex,birth_date,district,address,household_number,relation\n");
        QVERIFY(!r.has_value());
        QVERIFY(r.error().message.contains(QStringLiteral("hukou_nature")));
        r = run(f, "citizen_id,name,name,sex,birth_date,district,address,household_number,relation,hukou_nature\n");
        QVERIFY(r.error().message.contains(QStringLiteral("twice")));
        QCOMPARE(persons(f), 0);
    }

    void rowRejections_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad check character")
            << QByteArray(kHead + "440106199203040027,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "citizen_id" << "expected 6";
        QTest::newRow("sex disagrees with ID")
            << QByteArray(kHead + "440106199203040026,王芳,男,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "sex" << "disagrees";
        QTest::newRow("birth date disagrees with ID")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-05,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "birth_date" << "disagrees";
        QTest::newRow("future birth date")
            << QByteArray(kHead + "440106209901010023,王芳,女,2099-01-01,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "citizen_id" << "future";
        QTest::newRow("unknown district")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,汉族,440199,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "district" << "440199";
        QTest::newRow("retired district")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,汉族,东山区,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "district" << "东山区";
        QTest::newRow("unknown nature")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,城市\n")
            << qint64(3) << "hukou_nature" << "城市";
        QTest::newRow("empty required field")
            << QByteArray(kHead + "440106199203040026,,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "name" << "required";
        QTest::newRow("name with digits")
            << QByteArray(kHead + "440106199203040026,王芳2,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "name" << "digits";
        QTest::newRow("name with control character")
            << QByteArray(kHead + "440106199203040026,王\x01芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "name" << "control";
        QTest::newRow("over-long name")
            << QByteArray(kHead + "440106199203040026," + QString(51, QChar(0x738B)).toUtf8() +
                          ",女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "name" << "50";
        QTest::newRow("duplicate in file")
            << QByteArray(kHead + kSpouse + "440106199203040026,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,女,农业\n")
            << qint64(4) << "citizen_id" << "line 3";
        QTest::newRow("second head")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,户主,农业\n")
            << qint64(3) << "relation" << "line 2";
        QTest::newRow("household without head")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道2号,H002,配偶,农业\n")
            << qint64(3) << "relation" << "no head";
        QTest::newRow("unknown ethnicity")
            << QByteArray(kHead + "440106199203040026,王芳,女,1992-03-04,火星族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "ethnicity" << "火星族";
        QTest::newRow("wrong field count")
            << QByteArray(kHead + "440106199203040026,王芳,女\n") << qint64(3) << "" << "fields";
        QTest::newRow("stray quote")
            << QByteArray(kHead + "440106199203040026,王\"芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n")
            << qint64(3) << "" << "quote";
        QTest::newRow("rare character outside the BMP is fine, digit is not")
            << QByteArray(kHead + "440106199203040026,王\xF0\xA0\xAE\xB7,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n"
                                  "440106199505050043,李4,女,1995-05-05,汉族,440106,广州市天河区冼村街道1号,H001,女,农业\n")
            << qint64(4) << "name" << "digits";
    }
    void rowRejections()
    {
        QFETCH(QByteArray, rows);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        expectOneRejection(rows, line, column, reason);
    }

    // The rejects report shows each rejected record's own values (the reader reuses its field
    // strings from record to record).
    void rejectionsShowTheirOwnValues()
    {
        hukou::test::Fixture f;
        auto r = run(f, kHeader + kHead +
                            "440106199203040026,王\"芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,配偶,农业\n"
                            "440106199505050043,李四,女,1995-05-05,火星族,440106,广州市天河区冼村街道1号,H001,女,农业\n"
                            "440106199505050051,赵五,男\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 1);
        QCOMPARE(r->rejected.size(), 3U);
        QCOMPARE(r->rejected[0].values.value(0), QStringLiteral("440106199203040026")); // read up to the stray quote
        QCOMPARE(r->rejected[1].values.size(), 10);
        QCOMPARE(r->rejected[1].values.value(1), QStringLiteral("李四"));
        QCOMPARE(r->rejected[1].values.value(4), QStringLiteral("火星族"));
        QCOMPARE(r->rejected[2].values, QStringList({QStringLiteral("440106199505050051"), QStringLiteral("赵五"),
                                                     QStringLiteral("男")}));
    }

    void alreadyRegisteredAndPossibleDuplicates()
    {
        hukou::test::Fixture f;
        QVERIFY(run(f, kHeader + kHead + kSpouse).has_value());
        // Same ID again: rejected. Same name and birth date under another ID: rejected unless accepted.
        const QByteArray again = kHeader + kHead +
                                 "440106199203040042,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,女,农业\n";
        auto r = run(f, again);
        QCOMPARE(r->imported, 0);
        QCOMPARE(r->rejected.size(), 2U);
        QVERIFY(r->rejected[0].reason.contains(QStringLiteral("already registered")));
        QVERIFY(r->rejected[1].reason.contains(QStringLiteral("possible duplicate")));
        ImportOptions accept;
        accept.acceptPossibleDuplicates = true;
        r = run(f, kHeader + "440106199203040042,王芳,女,1992-03-04,汉族,440106,广州市天河区冼村街道1号,H001,女,农业\n",
                accept);
        QCOMPARE(r->imported, 1);
        QVERIFY(r->rejected.empty());
        QCOMPARE(persons(f), 3);
    }

    void joiningAnExistingHousehold()
    {
        hukou::test::Fixture f;
        QVERIFY(run(f, kHeader + kHead).has_value());
        auto r = run(f, kHeader + kSpouse);
        QCOMPARE(r->imported, 1);
        QCOMPARE(r->householdsCreated, 0);
        // A second head for an existing household is refused; so is a different address.
        r = run(f, kHeader + "440106199505050043,李娜,女,1995-05-05,汉族,440106,广州市天河区冼村街道1号,H001,户主,农业\n"
                             "440106199606060064,李丽,女,1996-06-06,汉族,440106,别处,H001,女,农业\n");
        QCOMPARE(r->imported, 0);
        QVERIFY(r->rejected[0].reason.contains(QStringLiteral("register")));
        QCOMPARE(r->rejected[1].column, QStringLiteral("address"));
    }

    void headlessHouseholdIsTurnedAwayAndTheRestLands()
    {
        hukou::test::Fixture f;
        // H002 has no head (found only at the end of the file); H003's head comes after a member.
        const QByteArray csv = kHeader + kHead + kSpouse +
                               "440106198001010019,张伟,男,1980-01-01,汉族,440106,广州市天河区体育西路2号,H002,子,农业\n"
                               "440106198202020029,李静,女,1982-02-02,汉族,440106,广州市天河区体育西路3号,H003,配偶,农业\n"
                               "440106198503030036,赵强,男,1985-03-03,汉族,440106,广州市天河区体育西路3号,H003,户主,农业\n";
        for (bool dry : {true, false}) {
            ImportOptions options;
            options.dryRun = dry;
            auto r = run(f, csv, options);
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().describe()));
            QCOMPARE(r->rows, 5);
            QCOMPARE(r->imported, 4);
            QCOMPARE(r->rejected.size(), 1U);
            QCOMPARE(r->rejected[0].line, 4);
            QCOMPARE(r->rejected[0].column, QStringLiteral("relation"));
            QVERIFY(r->rejected[0].reason.contains(QStringLiteral("no head")));
            QCOMPARE(r->rejected[0].values.at(0), QStringLiteral("440106198001010019"));
            QCOMPARE(persons(f), dry ? 0 : 4);
            QCOMPARE(r->householdsCreated, dry ? 0 : 2);
        }
        // Ids stay dense and in file order; each household points at its head; search finds them all.
        PersonStore store(f.ws->db());
        const qint64 first = (*store.byCitizenId(QStringLiteral("440106199001011235")))->id;
        const auto member = *store.byCitizenId(QStringLiteral("440106198202020029"));
        const auto head = *store.byCitizenId(QStringLiteral("440106198503030036"));
        QCOMPARE(member->id, first + 2);
        QCOMPARE(head->id, first + 3);
        QCOMPARE((*store.householdById(member->householdId))->headId, head->id);
        QVERIFY(!(*store.householdByNumber(QStringLiteral("H002"))).has_value());
        QCOMPARE(store.sameNameAndBirth(QStringLiteral("李静"), QDate(1982, 2, 2))->size(), 1U);
        QVERIFY(f.ws->journal().verify()->ok());
    }

    void dryRunChangesNothing()
    {
        hukou::test::Fixture f;
        const qint64 before = journal(f);
        ImportOptions dry;
        dry.dryRun = true;
        auto r = run(f, kHeader + kHead + kSpouse, dry);
        QCOMPARE(r->imported, 2);
        QCOMPARE(persons(f), 0);
        QCOMPARE(journal(f), before);
    }

    void cancelLandsNothing()
    {
        hukou::test::Fixture f;
        const QByteArray csv = DemoGeneratorCsv(20000);
        std::atomic<bool> cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            if (done > total / 3)
                cancel = true;
        };
        auto r = run(f, csv, options);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(persons(f), 0);
        QVERIFY(f.ws->journal().verify()->ok());
        expectKeysAndForeignKeys(f);
    }

    // A cancel while the deferred indexes are built (the last long step, no check of ours inside)
    // interrupts SQLite: nothing lands and every index and foreign key is back.
    void cancelWhileBuildingIndexesLandsNothing()
    {
        hukou::test::Fixture f;
        std::atomic<bool> cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        qint64 last = 0;
        options.progress = [&](qint64 done, qint64 total) {
            last = done;
            if (done >= total / 2) // every row written: the indexes come next
                cancel = true;
        };
        const QByteArray csv = DemoGeneratorCsv(5000);
        auto r = run(f, csv, options);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(last, csv.size()); // stopped inside the build: 70 % never came
        QCOMPARE(persons(f), 0);
        expectKeysAndForeignKeys(f);
    }

    // The bulk path builds the indexes at the end; they then work as before: lookups use them,
    // duplicates are refused by them, and a second import (not bulk) checks against the first.
    void loadIntoAnEmptyRegisterKeepsEveryKey()
    {
        hukou::test::Fixture f;
        const QByteArray csv = DemoGeneratorCsv(3000);
        auto r = run(f, csv);
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 3000);
        expectKeysAndForeignKeys(f);
        auto plan = f.ws->db().prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM person WHERE citizen_id = ?"));
        QVERIFY(plan->step().value());
        QVERIFY2(plan->text(3).contains(QStringLiteral("person_citizen_id")), qPrintable(plan->text(3)));
        QVERIFY(!f.ws->db().execScript(
            QStringLiteral("INSERT INTO person (uuid, citizen_id, name, sex, birth_date, hukou_nature, created_seq, "
                           "updated_at, origin_device) SELECT 'x', citizen_id, name, sex, birth_date, hukou_nature, 0, "
                           "'x', 'd' FROM person LIMIT 1")));
        QVERIFY(!f.ws->db().execScript(QStringLiteral("UPDATE person SET household_id = 999999 WHERE id = 1")));
        auto again = run(f, csv);
        QVERIFY(again.has_value());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->rejected.size(), 3000U);
        QVERIFY(again->rejected.front().reason.contains(QStringLiteral("already registered")));
    }

    // Members need not follow their household: a file with every head first and the members after,
    // in reverse, lands the same households (and a repeated ID is still traced to its first line)
    // once thousands of numbers and IDs have been seen.
    void householdsAndIdsFoundAnywhereInTheFile()
    {
        const QByteArray csv = DemoGeneratorCsv(3000);
        QList<QByteArray> lines = csv.split('\n');
        const QByteArray header = lines.takeFirst();
        lines.removeAll(QByteArray());
        QList<QByteArray> heads;
        QList<QByteArray> members;
        for (const QByteArray& l : lines)
            (l.contains(",户主,") ? heads : members) << l;
        std::reverse(members.begin(), members.end());
        QByteArray shuffled = header + '\n' + heads.join('\n') + '\n' + members.join('\n') + '\n';
        shuffled += heads.first() + '\n'; // the first data row again

        hukou::test::Fixture ordered;
        auto a = run(ordered, csv);
        hukou::test::Fixture f;
        auto r = run(f, shuffled);
        QVERIFY(a.has_value() && r.has_value());
        QCOMPARE(r->imported, 3000);
        QCOMPARE(r->householdsCreated, a->householdsCreated);
        QVERIFY(r->householdsCreated > 1000);
        QCOMPARE(r->rejected.size(), 1U);
        QVERIFY2(r->rejected[0].reason.contains(QStringLiteral("line 2")), qPrintable(r->rejected[0].reason));
        // Everyone is in the household their row names.
        QCOMPARE(f.ws->db().queryInt(QStringLiteral("SELECT count(DISTINCT household_id) FROM person"))->value_or(0),
                 a->householdsCreated);
        QCOMPARE(f.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM person p "
                                                    "WHERE p.household_id = h.id AND p.relation = '户主') <> 1"))
                     ->value_or(-1),
                 0);
    }

    // Rows of a load keep no time or device of their own: reads take both from the load's journal
    // entry, until a change gives the row its own.
    void importedRowsTakeTimeAndDeviceFromTheirJournalEntry()
    {
        hukou::test::Fixture f;
        auto r = run(f, kHeader + kHead + kSpouse);
        QVERIFY(r.has_value());
        const Database& db = f.ws->db();
        auto entry = db.prepare(QStringLiteral("SELECT at, device FROM journal WHERE seq = ?"));
        entry->bind(1, r->journalSeq);
        QVERIFY(entry->step().value());
        const QDateTime at = QDateTime::fromString(entry->text(0), Qt::ISODateWithMs);
        const QString device = entry->text(1);
        entry->reset();
        QVERIFY(at.isValid());
        QCOMPARE(device, f.ws->deviceId());
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM person WHERE updated_at = '' AND origin_device = ''"))
                     ->value_or(0),
                 2);

        PersonStore store(db);
        auto p = store.byCitizenId(QStringLiteral("440106199001011235"));
        QVERIFY(p && *p);
        QCOMPARE((*p)->updatedAt, at);
        QCOMPARE((*p)->originDevice, device);
        auto h = store.householdByNumber(QStringLiteral("H001"));
        QVERIFY(h && *h);
        QCOMPARE((*h)->updatedAt, at);

        f.clock.advanceSecs(60);
        RegistryService registry(*f.ws);
        auto changed = registry.correct(f.admin, QStringLiteral("440106199001011235"),
                                        {{PersonField::Occupation, QStringLiteral("教师")}}, QStringLiteral("更正职业"));
        QVERIFY2(changed.has_value(), qPrintable(changed ? QString() : changed.error().describe()));
        auto after = store.byCitizenId(QStringLiteral("440106199001011235"));
        QCOMPARE((*after)->updatedAt, f.clock.now());
        QCOMPARE((*after)->originDevice, device);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM person WHERE updated_at = ''"))->value_or(0), 1);
    }

    // The bulk path builds the search index on a second connection and copies it in. The result
    // must answer exactly as an index built row by row does, on a connection that had already read
    // the (then empty) index, and take later writes.
    void stagedSearchIndexAnswersLikeOneBuiltRowByRow()
    {
        const QByteArray csv = DemoGeneratorCsv(3000);
        const qsizetype firstRowEnd = csv.indexOf('\n', csv.indexOf('\n') + 1) + 1;
        hukou::test::Fixture staged;
        hukou::test::Fixture direct; // the first row alone (bulk), then the rest into a non-empty register
        PersonStore stagedStore(staged.ws->db());
        PersonStore directStore(direct.ws->db());
        PersonSearch stagedSearch(stagedStore);
        PersonSearch directSearch(directStore);
        QVERIFY(stagedSearch.find(QStringLiteral("王"), 10)->empty()); // read while empty
        QVERIFY(stagedSearch.find(QStringLiteral("广州市"), 10)->empty());
        QVERIFY(run(staged, csv).has_value());
        QVERIFY(run(direct, csv.left(firstRowEnd)).has_value());
        auto rest = run(direct, csv.left(csv.indexOf('\n') + 1) + csv.mid(firstRowEnd));
        QVERIFY(rest.has_value());
        QCOMPARE(rest->imported, 2999);
        QCOMPARE(persons(staged), 3000);

        QStringList queries{QStringLiteral("王"), QStringLiteral("芳"), QStringLiteral("广州市"), QStringLiteral("天河区"),
                            QStringLiteral("号25")};
        auto names = staged.ws->db().prepare(QStringLiteral("SELECT name, substr(citizen_id, 15) FROM person WHERE id % 60 = 1"));
        while (names->step().value())
            queries << names->text(0) << names->text(0).left(2) << names->text(1);
        for (const QString& q : queries) {
            auto a = stagedSearch.find(q, 5000);
            auto b = directSearch.find(q, 5000);
            QVERIFY(a && b);
            QVERIFY2(!a->empty(), qPrintable(q));
            QCOMPARE(a->size(), b->size());
            for (std::size_t i = 0; i < a->size(); ++i) {
                QCOMPARE((*a)[i].personId, (*b)[i].personId);
                QCOMPARE((*a)[i].kind, (*b)[i].kind);
            }
        }
        for (const char* table : {"person_search", "household_search"})
            QVERIFY(staged.ws->db().execScript(
                QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(table))));

        // Later writes go into the adopted index.
        auto more = run(staged, kHeader + kHead);
        QVERIFY(more.has_value());
        QCOMPARE(more->imported, 1);
        auto hits = stagedSearch.find(QStringLiteral("陈明"), 10);
        QVERIFY(hits.has_value());
        QVERIFY(std::any_of(hits->begin(), hits->end(), [](const SearchHit& h) { return h.personId == 3001; }));
    }

    void roundTripGivesTheSameFile()
    {
        hukou::test::Fixture a;
        const QByteArray csv = DemoGeneratorCsv(3000);
        auto r = run(a, csv);
        QVERIFY(r.has_value());
        QCOMPARE(r->imported, 3000);
        QCOMPARE(r->rejected.size(), 0U);
        // Convert someone so that former_nature travels too.
        QByteArray first = exportCsv(a);
        hukou::test::Fixture b;
        QVERIFY(run(b, first).has_value());
        QCOMPARE(exportCsv(b), first);
        // The export is journaled.
        QCOMPARE(a.ws->db().queryInt(QStringLiteral("SELECT count(*) FROM journal WHERE action = 'person.export'"))
                     ->value_or(0),
                 1);
        // JSON too, with a district filter.
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        auto n = PersonExporter(*a.ws).exportPersons(a.admin, QStringLiteral("天河区"), ExportFormat::Json, json,
                                                      QStringLiteral("buffer"));
        QVERIFY(n.has_value());
        QVERIFY(json.data().startsWith("{\"persons\":["));
        QCOMPARE(json.data().count("\"district\":\"440106\""), *n);
    }

    void fieldUsersImportButCannotExport()
    {
        hukou::test::Fixture f;
        const Actor field = f.addUser(QStringLiteral("field1"), Role::Field);
        const Actor supervisor = f.addUser(QStringLiteral("sup1"), Role::Supervisor);
        QVERIFY(PersonImporter(*f.ws).importBytes(field, kHeader + kHead, QStringLiteral("x"), {}).has_value());
        QCOMPARE(PersonImporter(*f.ws).importBytes(supervisor, kHeader + kSpouse, QStringLiteral("x"), {}).error().code,
                 ErrorCode::PermissionDenied);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(PersonExporter(*f.ws).exportPersons(field, {}, ExportFormat::Csv, out, QStringLiteral("x")).error().code,
                 ErrorCode::PermissionDenied);
        QVERIFY(out.data().isEmpty());
    }

private:
    static QByteArray DemoGeneratorCsv(qint64 n);
    static QByteArray exportCsv(hukou::test::Fixture& f)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto n = PersonExporter(*f.ws).exportPersons(f.admin, {}, ExportFormat::Csv, out, QStringLiteral("buffer"));
        if (!n)
            qFatal("export failed: %s", qPrintable(n.error().message));
        return out.data();
    }
};

#include "core/registry/demo_generator.h"

QByteArray TestPersonImport::DemoGeneratorCsv(qint64 n)
{
    return DemoGenerator(42, QDate(2024, 10, 20)).personsCsv(n);
}

QTEST_GUILESS_MAIN(TestPersonImport)
#include "test_person_import.moc"
