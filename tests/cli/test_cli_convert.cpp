#include "core/storage/database.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using hukou::test::runCli;

// hukouctl convert as a real process: --json shape, dry run, permissions, idempotence, resume after
// the process is killed between chunks, reversal, the report and the certificate PDFs.
class TestCliConvert final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("hukou.db")); }
    hukou::test::CliRun ctl(const QString& user, const QStringList& args, const QStringList& env = {})
    {
        return runCli(QStringList{"--db", db(), "--user", user} + args, m_dir.path(),
                      QStringList{"HUKOU_PASSWORD=" + user + "-pass-1"} + env);
    }
    qint64 count(const QString& sql) const
    {
        auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return -1;
        return d->queryInt(sql)->value_or(-1);
    }
    static QJsonObject json(const QString& out) { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    static qint64 sum(const QJsonObject& o)
    {
        qint64 n = 0;
        for (const auto& v : o)
            n += v.toInteger();
        return n;
    }

    // pdftotext maps some CJK glyphs to radicals (户 -> U+2F3E, whose NFKC form is 戶; 民 -> U+2EA0); fold them.
    static QString pdfText(const QByteArray& bytes)
    {
        return QString::fromUtf8(bytes)
            .normalized(QString::NormalizationForm_KC)
            .replace(QChar(0x2EA0), QChar(0x6C11))
            .replace(QChar(0x6236), QChar(0x6237));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto r = runCli({"--db", db(), "init", "--admin", "admin"}, m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
        QCOMPARE(r.exitCode, 0);
        for (const QString role : {"clerk", "field", "supervisor"}) {
            r = runCli({"--db", db(), "--user", "admin", "user", "add", role + "1", "--role", role, "--name", role},
                       m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1", "HUKOU_NEW_PASSWORD=" + role + "1-pass-1"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = ctl("admin", {"demo", "--persons", "3000", "--seed", "7"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void dryRunJsonShapeAndPermissions()
    {
        auto r = ctl("field1", {"convert"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("field1"));
        QCOMPARE(count("SELECT count(*) FROM conversion_run"), 0);

        r = ctl("clerk1", {"--json", "convert", "--dry-run", "--district", "440106"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value("dry_run").toBool(true), true);
        QCOMPARE(o.value("district").toString(), QStringLiteral("440106"));
        QVERIFY(o.value("converted").isDouble());
        QVERIFY(o.value("by_former_nature").isObject());
        QVERIFY(o.value("exceptions").isArray());
        QCOMPARE(sum(o.value("by_former_nature").toObject()), o.value("converted").toInteger());
        QVERIFY(o.value("converted").toInteger() > 0);
        for (const auto& k : o.value("by_former_nature").toObject().keys())
            QVERIFY2(QStringList({"农业", "非农业", "自理口粮", "蓝印"}).contains(k), qPrintable(k));
        QCOMPARE(count("SELECT count(*) FROM person WHERE former_nature <> ''"), 0);

        r = ctl("clerk1", {"convert", "--district", "999999"});
        QCOMPARE(r.exitCode, 1);
        r = ctl("clerk1", {"convert", "--bogus"});
        QCOMPARE(r.exitCode, 2);
    }

    void killBetweenChunksThenResume()
    {
        auto dry = ctl("clerk1", {"--json", "convert", "--dry-run"});
        QCOMPARE(dry.exitCode, 0);
        const qint64 total = json(dry.out).value("converted").toInteger();
        QVERIFY(total > 1000);
        const qint64 nativeBefore = count("SELECT count(*) FROM person WHERE hukou_nature = '居民'");

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("HUKOU_PASSWORD", "clerk1-pass-1");
        e.insert("HUKOU_TEST_CONVERT_CHUNK_DELAY_MS", "3000");
        e.insert("HOME", m_dir.path());
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("HUKOUCTL"), {"--db", db(), "--user", "clerk1", "convert", "--chunk-size", "250"});
        QVERIFY(p.waitForStarted());
        // Wait until two chunks have landed, then kill it during the pause.
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (!err.contains("progress 500/") && t.elapsed() < 60000) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("progress 500/"), err.constData());
        p.kill();
        p.waitForFinished();

        QCOMPARE(count("SELECT count(*) FROM conversion_run WHERE status = 'running'"), 1);
        const qint64 done = count("SELECT count(*) FROM person WHERE former_nature <> ''");
        QCOMPARE(done, 500); // whole chunks only
        QCOMPARE(count("SELECT sum(converted) FROM conversion_chunk"), 500);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE action = 'conversion.chunk'"), 2);

        auto r = ctl("clerk1", {"--json", "convert", "--chunk-size", "250"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = json(r.out);
        QCOMPARE(o.value("dry_run").toBool(true), false);
        QCOMPARE(o.value("resumed").toBool(), true);
        QCOMPARE(o.value("converted").toInteger(), total - 500);
        QCOMPARE(sum(o.value("by_former_nature").toObject()), total - 500);
        QCOMPARE(count("SELECT count(*) FROM person WHERE former_nature <> ''"), total);
        QCOMPARE(count("SELECT count(*) FROM conversion_run"), 1);
        QCOMPARE(count("SELECT converted FROM conversion_run"), total);
        QCOMPARE(count("SELECT count(*) FROM person WHERE hukou_nature = '居民' AND former_nature = ''"), nativeBefore);

        // A second run converts nothing (human output: the count).
        r = ctl("clerk1", {"convert"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("converted 0"), qPrintable(r.out));
        r = ctl("clerk1", {"--json", "convert"});
        QCOMPARE(json(r.out).value("converted").toInteger(), 0);
        QCOMPARE(ctl("admin", {"audit", "verify"}).exitCode, 0);
    }

    void reverseAndDocuments()
    {
        const QString someone = [&] {
            auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::ReadOnly);
            auto st = d->prepare("SELECT citizen_id FROM person WHERE former_nature = '农业' ORDER BY id LIMIT 1");
            (void)st->step();
            return st->text(0);
        }();
        QCOMPARE(ctl("clerk1", {"convert", "reverse", someone, "--reason", "mistake"}).exitCode, 4);
        auto r = ctl("supervisor1", {"--json", "convert", "reverse", someone, "--reason", "mistake"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r.out).value("hukou_nature").toString(), QStringLiteral("农业"));
        r = ctl("clerk1", {"--json", "convert", "--dry-run"});
        QCOMPARE(json(r.out).value("converted").toInteger(), 1);
        r = ctl("clerk1", {"--json", "convert"});
        QCOMPARE(json(r.out).value("converted").toInteger(), 1);

        const QString pdf = m_dir.filePath("cert.pdf");
        r = ctl("clerk1", {"certificate", someone, "--out", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftotext = hukou::test::requireProgram("pdftotext", "poppler-utils");
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install the Debian package poppler-utils");
        QProcess text;
        text.start(pdftotext, {"-layout", pdf, "-"});
        QVERIFY2(text.waitForFinished() && text.exitCode() == 0, qPrintable(text.errorString()));
        const QString body = pdfText(text.readAllStandardOutput());
        const QString name = [&] {
            auto d = hukou::core::Database::open(db(), hukou::core::Database::Mode::ReadOnly);
            auto st = d->prepare("SELECT name FROM person WHERE citizen_id = ?");
            st->bind(1, someone);
            (void)st->step();
            return st->text(0);
        }();
        if (!qEnvironmentVariableIsEmpty("HUKOU_KEEP_PDFS"))
            QFile::copy(pdf, qEnvironmentVariable("HUKOU_KEEP_PDFS") + "/cert.pdf");
        QVERIFY2(body.contains(name), qPrintable(body));
        QVERIFY(body.contains(someone));
        QVERIFY(body.contains("广州市居民户口"));
        QVERIFY(body.contains("农业户口"));
        QCOMPARE(count("SELECT count(*) FROM journal WHERE action = 'document.print' AND entity = 'person'"), 1);
        QCOMPARE(ctl("field1", {"certificate", someone, "--out", m_dir.filePath("no.pdf")}).exitCode, 4);
        QVERIFY(!QFile::exists(m_dir.filePath("no.pdf")));

        const QString report = m_dir.filePath("report.pdf");
        r = ctl("supervisor1", {"convert", "report", "--out", report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text.start(pdftotext, {"-layout", report, "-"});
        QVERIFY2(text.waitForFinished() && text.exitCode() == 0, qPrintable(text.errorString()));
        const QString rep = pdfText(text.readAllStandardOutput());
        if (!qEnvironmentVariableIsEmpty("HUKOU_KEEP_PDFS"))
            QFile::copy(report, qEnvironmentVariable("HUKOU_KEEP_PDFS") + "/report.pdf");
        QVERIFY2(rep.contains("Printed by supervisor"), qPrintable(rep)); // the user's name
        QVERIFY(rep.contains("all districts"));
        QVERIFY(rep.contains("天河区"));
        QCOMPARE(count("SELECT count(*) FROM journal WHERE action = 'document.print'"), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "test_cli_convert.moc"
