#include "core/storage/database.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using hukou::test::runCli;

// Offline field work through the real hukouctl: an office and two field laptops (and a stranger)
// trust each other, exchange signed bundles, refuse damaged, unknown and revoked ones, and settle a
// conflict. The slots build on each other and run in order. Last, on databases of its own, an import
// killed part-way leaves the database as it was.
class TestCliSync final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Persons registered on laptop 1: one household in Tianhe (440106).
    const QString m_head = "440106198503120015";
    const QString m_spouse = "440106198707200025";
    const QString m_child = "440106201001050031";
    const QString m_mother = "44010619600815004X";
    // The stranger's person, in Yuexiu (440104).
    const QString m_strangerPerson = "440104197501010050";

    QString m_laptop2Person; // one of laptop 2's generated persons

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db(const QString& name) const { return path(name + ".db"); }

    // hukouctl --db NAME.db --user LOGIN ARGS, with LOGIN's password ("<login>-pass-1").
    hukou::test::CliRun ctl(const QString& dbName, const QString& login, const QStringList& args,
                            const QStringList& env = {})
    {
        return runCli(QStringList{"--db", db(dbName), "--user", login} + args, m_dir.path(),
                      QStringList{"HUKOU_PASSWORD=" + login + "-pass-1"} + env);
    }
    hukou::test::CliRun admin(const QString& dbName, const QStringList& args) { return ctl(dbName, "admin", args); }
    // Without --user: commands that read no personal data.
    hukou::test::CliRun bare(const QString& dbName, const QStringList& args)
    {
        return runCli(QStringList{"--db", db(dbName)} + args, m_dir.path());
    }

    static QString describe(const hukou::test::CliRun& r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
    }
    static QJsonObject jsonObject(const hukou::test::CliRun& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    void write(const QString& name, const QByteArray& data)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
    static QByteArray read(const QString& p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The person as `person show --json` gives it, or an empty object when not registered.
    QJsonObject person(const QString& dbName, const QString& citizenId)
    {
        const auto r = admin(dbName, {"--json", "person", "show", citizenId});
        if (r.exitCode != 0)
            return {};
        return jsonObject(r).value("person").toObject();
    }
    // Journal entries other than sign-ins (every signed-in command journals its login).
    qint64 journalEntries(const QString& dbName) const
    {
        auto d = hukou::core::Database::open(db(dbName), hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return -1;
        auto n = d->queryInt("SELECT count(*) FROM journal WHERE action NOT LIKE 'user.login%'");
        return n && *n ? **n : -1;
    }
    QJsonObject peer(const QString& dbName, const QString& name)
    {
        const auto r = admin(dbName, {"--json", "sync", "peers"});
        for (const auto& p : jsonObject(r).value("peers").toArray())
            if (p.toObject().value("name").toString() == name)
                return p.toObject();
        return {};
    }
    // sync identity: device, key and fingerprint lines.
    QStringList identity(const QString& dbName)
    {
        const auto r = bare(dbName, {"sync", "identity"});
        if (r.exitCode != 0)
            return {};
        QStringList values;
        for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts))
            values << line.section(' ', 1);
        return values;
    }
    // hukouctl --db NAME.db --user admin ARGS started and left running (for a test to kill it), in
    // the environment runCli gives.
    std::unique_ptr<QProcess> startAdmin(const QString& dbName, const QStringList& args) const
    {
        auto p = std::make_unique<QProcess>();
        p->setWorkingDirectory(m_dir.path());
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove("HUKOU_NEW_PASSWORD");
        e.insert("HOME", m_dir.path());
        e.insert("XDG_DATA_HOME", m_dir.path() + "/data");
        e.insert("HUKOU_PASSWORD", "admin-pass-1");
        p->setProcessEnvironment(e);
        p->start(qEnvironmentVariable("HUKOUCTL"), QStringList{"--db", db(dbName), "--user", "admin"} + args);
        return p;
    }
    // The first column of the first row of `sql`, read without changing anything (-1: no answer).
    qint64 scalar(const QString& dbName, const QString& sql) const
    {
        auto d = hukou::core::Database::open(db(dbName), hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return -1;
        auto n = d->queryInt(sql);
        return n && *n ? **n : -1;
    }
    // A digest of every row `sql` returns (`columns` cells each), to compare large tables.
    QByteArray digest(const QString& dbName, const QString& sql, int columns) const
    {
        auto d = hukou::core::Database::open(db(dbName), hukou::core::Database::Mode::ReadOnly);
        if (!d)
            return "no database";
        auto st = d->prepare(sql);
        if (!st)
            return "bad query";
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (;;) {
            auto row = st->step();
            if (!row)
                return "query failed";
            if (!*row)
                break;
            for (int i = 0; i < columns; ++i) {
                h.addData(st->isNull(i) ? QByteArray("\\N") : st->text(i).toUtf8());
                h.addData(QByteArray(1, '\x1f'));
            }
            h.addData(QByteArray(1, '\n'));
        }
        return h.result().toHex();
    }
    // What an import would change, table by table: rows of every synchronised table and of the sync
    // bookkeeping, journal entries other than sign-ins, and the peer's received-bundle count.
    QString state(const QString& dbName, const QString& peerName) const
    {
        QStringList out;
        for (const char* table :
             {"person", "household", "collective_household", "collective_membership", "page_loan",
              "settlement_application", "sync_known", "sync_conflict", "sync_bundle_seen", "sync_alias"})
            out << QStringLiteral("%1 %2")
                       .arg(QLatin1String(table))
                       .arg(scalar(dbName, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        out << QStringLiteral("journal %1").arg(journalEntries(dbName));
        out << QStringLiteral("received %1")
                   .arg(scalar(
                       dbName,
                       QStringLiteral("SELECT bundles_received FROM sync_peer WHERE name = '%1'").arg(peerName)));
        return out.join(QLatin1String(", "));
    }
    // dbName trusts peerDb under the name peerName, with the identity peerDb prints; the fingerprint is echoed.
    void trust(const QString& dbName, const QString& peerDb, const QString& peerName)
    {
        const QStringList id = identity(peerDb);
        QCOMPARE(id.size(), 3);
        const auto r = admin(dbName, {"sync", "trust", "--name", peerName, "--device", id[0], "--key", id[1]});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(id[2]), qPrintable(describe(r))); // the fingerprint, to compare by phone
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString name : {"office", "laptop1", "laptop2", "stranger"}) {
            const auto r =
                runCli({"--db", db(name), "init", "--admin", "admin"}, m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        for (const auto& [login, role] : {std::pair{"sup", "supervisor"}, {"clerk", "clerk"}}) {
            const auto r =
                ctl("office", "admin", {"user", "add", login, "--role", role, "--name", QString(login).toUpper()},
                    {"HUKOU_NEW_PASSWORD=" + QString(login) + "-pass-1"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
    }

    void identityAndTrust()
    {
        // Public data: no acting user, and a --user given is accepted (no password asked).
        auto r = bare("office", {"sync", "identity"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("device "));
        QVERIFY(lines[1].startsWith("key "));
        QVERIFY(lines[2].startsWith("fingerprint "));
        QCOMPARE(QByteArray::fromBase64(lines[1].section(' ', 1).toLatin1()).size(), 32); // Ed25519
        r = runCli({"--db", db("office"), "--user", "admin", "sync", "identity"}, m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split('\n', Qt::SkipEmptyParts), lines);
        // Every installation has its own identity.
        QVERIFY(identity("laptop1").value(0) != identity("office").value(0));
        QVERIFY(identity("laptop1").value(1) != identity("laptop2").value(1));

        // Usage errors and permissions.
        QCOMPARE(admin("office", {"sync"}).exitCode, 2);
        QCOMPARE(admin("office", {"sync", "frobnicate"}).exitCode, 2);
        QCOMPARE(admin("office", {"sync", "trust", "--name", "x", "--device", "y"}).exitCode, 2);
        QCOMPARE(admin("office", {"sync", "revoke"}).exitCode, 2);
        const QStringList l1 = identity("laptop1");
        r = ctl("office", "sup", {"sync", "trust", "--name", "laptop1", "--device", l1[0], "--key", l1[1]});
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        r = runCli({"--db", db("office"), "sync", "trust", "--name", "laptop1", "--device", l1[0], "--key", l1[1]},
                   m_dir.path());
        QCOMPARE(r.exitCode, 4); // no acting user
        r = admin("office", {"sync", "trust", "--name", "laptop1", "--device", l1[0], "--key", "bm90IGEga2V5"});
        QVERIFY2(r.exitCode != 0 && r.exitCode != 2, qPrintable(describe(r))); // not an Ed25519 key

        // The office trusts both laptops; each laptop and the stranger trust the office.
        trust("office", "laptop1", "laptop1");
        trust("office", "laptop2", "laptop2");
        trust("laptop1", "office", "office");
        trust("laptop2", "office", "office");
        trust("stranger", "office", "office");

        r = admin("office", {"--json", "sync", "peers"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray peers = jsonObject(r).value("peers").toArray();
        QCOMPARE(peers.size(), 2);
        const QJsonObject p1 = peer("office", "laptop1");
        QCOMPARE(p1.value("device").toString(), l1[0]);
        QCOMPARE(p1.value("key").toString(), l1[1]);
        QCOMPARE(p1.value("fingerprint").toString(), l1[2]);
        QCOMPARE(p1.value("revoked").toBool(), false);
        r = admin("office", {"sync", "peers"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("laptop1") && r.out.contains("laptop2"));
    }

    void exportAndImport()
    {
        write("laptop1.csv",
              "citizen_id,name,sex,birth_date,ethnicity,district,address,household_number,relation,hukou_nature\n"
              "440106198503120015,李强,男,1985-03-12,汉族,440106,广州市天河区石牌街道华师路8号,L1-001,户主,居民\n"
              "440106198707200025,张敏,女,1987-07-20,汉族,440106,广州市天河区石牌街道华师路8号,L1-001,配偶,居民\n"
              "440106201001050031,李浩,男,2010-01-05,汉族,440106,广州市天河区石牌街道华师路8号,L1-001,子,居民\n"
              "44010619600815004X,刘芳,女,1960-08-15,汉族,440106,广州市天河区石牌街道华师路8号,L1-001,母亲,居民\n");
        auto r = admin("laptop1", {"import", "persons", path("laptop1.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed(), QString("imported 4, rejected 0"));

        // Usage: a change bundle needs its peer; a reference bundle needs its district.
        QCOMPARE(admin("laptop1", {"sync", "export", "--out", path("x.hkb")}).exitCode, 2);
        QCOMPARE(admin("laptop1", {"sync", "export", "--peer", "office"}).exitCode, 2);
        QCOMPARE(admin("laptop1", {"sync", "export", "--reference", "--out", path("x.hkb")}).exitCode, 2);
        QVERIFY(!QFile::exists(path("x.hkb")));
        r = admin("laptop1", {"sync", "export", "--peer", "nobody", "--out", path("x.hkb")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(!QFile::exists(path("x.hkb")));

        r = admin("laptop1", {"sync", "export", "--peer", "office", "--out", path("b1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY2(r.out.contains("bundle 1 ") && r.out.contains("office") && r.out.contains(" sealed") &&
                     !r.out.contains("not sealed"),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(path("b1.hkb")));
        QCOMPARE(peer("laptop1", "office").value("bundles_sent").toInteger(), 1);

        // A dry run reports what would happen and changes nothing.
        const qint64 journalBefore = journalEntries("office");
        QVERIFY(journalBefore > 0);
        r = admin("office", {"sync", "import", path("b1.hkb"), "--dry-run"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains("person: new 4, changed 0, conflicting 0"), qPrintable(r.out));
        QVERIFY2(lines.contains("household: new 1, changed 0, conflicting 0"), qPrintable(r.out));
        QVERIFY(lines.last().startsWith("applied "));
        QVERIFY(lines.last().endsWith(", conflicts 0, skipped 0"));
        r = admin("office", {"--json", "sync", "import", path("b1.hkb"), "--dry-run"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject o = jsonObject(r);
        QCOMPARE(o.value("dry_run").toBool(), true);
        QCOMPARE(o.value("conflicts").toInteger(), 0);
        QCOMPARE(o.value("new").toObject().value("person").toInteger(), 4);
        QVERIFY(!o.value("bundle").toString().isEmpty());
        const qint64 applied = o.value("applied").toInteger();
        QVERIFY(applied >= 5); // four persons and their household
        QVERIFY(person("office", m_head).isEmpty());
        QCOMPARE(journalEntries("office"), journalBefore);
        QCOMPARE(peer("office", "laptop1").value("bundles_received").toInteger(), 0);

        r = admin("office", {"sync", "import", path("b1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed(), QStringLiteral("applied %1, conflicts 0, skipped 0").arg(applied));
        for (const QString& id : {m_head, m_spouse, m_child, m_mother}) {
            const QJsonObject here = person("office", id);
            const QJsonObject there = person("laptop1", id);
            QVERIFY2(!here.isEmpty(), qPrintable(id));
            QCOMPARE(here.value("uuid"), there.value("uuid"));
            QCOMPARE(here.value("name"), there.value("name"));
            QCOMPARE(here.value("household_number"), there.value("household_number"));
        }
        QCOMPARE(peer("office", "laptop1").value("bundles_received").toInteger(), 1);
        r = admin("office", {"person", "find", "李强"});
        QVERIFY(r.out.startsWith(m_head));

        // The same bundle again: nothing more to apply.
        r = admin("office", {"sync", "import", path("b1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().startsWith("applied 0, conflicts 0, skipped "), qPrintable(r.out));

        // Nothing new on the laptop: the next bundle is empty (or carries nothing the office lacks).
        r = admin("laptop1", {"--json", "sync", "export", "--peer", "office", "--out", path("b1-empty.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(jsonObject(r).value("records").toInteger(), 0);
        r = admin("office", {"sync", "import", path("b1-empty.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().startsWith("applied 0, conflicts 0"), qPrintable(r.out));
    }

    void tamperedBundleIsRefused()
    {
        auto r = admin("laptop1", {"person", "update", m_child, "--set", "education=初中", "--reason", "入学登记"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("laptop1", {"sync", "export", "--peer", "office", "--out", path("b2.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        QByteArray bytes = read(path("b2.hkb"));
        QVERIFY(bytes.size() > 64);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);
        write("b2-flipped.hkb", bytes);
        const qint64 journalBefore = journalEntries("office");
        const qint64 receivedBefore = peer("office", "laptop1").value("bundles_received").toInteger();
        r = admin("office", {"sync", "import", path("b2-flipped.hkb")});
        QVERIFY2(r.exitCode == 5, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(person("office", m_child).value("education").toString() != "初中");
        QCOMPARE(journalEntries("office"), journalBefore);
        QCOMPARE(peer("office", "laptop1").value("bundles_received").toInteger(), receivedBefore);
        // A truncated bundle is refused too.
        write("b2-short.hkb", read(path("b2.hkb")).left(read(path("b2.hkb")).size() / 2));
        r = admin("office", {"sync", "import", path("b2-short.hkb")});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 5, qPrintable(describe(r)));
        QCOMPARE(journalEntries("office"), journalBefore);

        // The intact file still goes in.
        r = admin("office", {"sync", "import", path("b2.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed(), QString("applied 1, conflicts 0, skipped 0"));
        QCOMPARE(person("office", m_child).value("education").toString(), QString("初中"));
        QCOMPARE(r.exitCode, 0);
        r = bare("office", {"sync", "import", path("b2.hkb")});
        QCOMPARE(r.exitCode, 4); // personal data: an acting user is needed
        QCOMPARE(admin("office", {"sync", "import"}).exitCode, 2);
        QCOMPARE(admin("office", {"sync", "import", path("missing.hkb")}).exitCode, 1);
    }

    void untrustedDeviceIsRefused()
    {
        write("stranger.csv",
              "citizen_id,name,sex,birth_date,ethnicity,district,address,household_number,relation,hukou_nature\n"
              "440104197501010050,赵刚,男,1975-01-01,汉族,440104,广州市越秀区北京街道文德路3号,S-001,户主,居民\n");
        auto r = admin("stranger", {"import", "persons", path("stranger.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("stranger", {"sync", "export", "--peer", "office", "--out", path("s1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const qint64 journalBefore = journalEntries("office");
        r = admin("office", {"sync", "import", path("s1.hkb")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(person("office", m_strangerPerson).isEmpty());
        QCOMPARE(journalEntries("office"), journalBefore);
    }

    void revokedPeerIsRefused()
    {
        auto r = admin("laptop2", {"demo", "--persons", "50", "--seed", "7"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("laptop2", {"export", "persons", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray generated = jsonObject(r).value("persons").toArray();
        QVERIFY(!generated.isEmpty());
        m_laptop2Person = generated.first().toObject().value("citizen_id").toString();

        // Generated data of every kind (households, persons, collective households, memberships,
        // applications) goes in without conflicts.
        r = admin("laptop2", {"--json", "sync", "export", "--peer", "office", "--out", path("l2-1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(jsonObject(r).value("records").toInteger() >= 50);
        QCOMPARE(jsonObject(r).value("sealed").toBool(), true);
        r = admin("office", {"--json", "sync", "import", path("l2-1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(jsonObject(r).value("conflicts").toInteger(), 0);
        QCOMPARE(jsonObject(r).value("skipped").toInteger(), 0);
        QVERIFY(jsonObject(r).value("applied").toInteger() >= 50);
        QCOMPARE(person("office", m_laptop2Person).value("uuid"), person("laptop2", m_laptop2Person).value("uuid"));

        r = ctl("office", "sup", {"sync", "revoke", "laptop2"});
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        r = admin("office", {"sync", "revoke", "laptop2"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(peer("office", "laptop2").value("revoked").toBool(), true);
        QCOMPARE(admin("office", {"sync", "revoke", "nobody"}).exitCode, 1);

        r = admin("laptop2", {"person", "update", m_laptop2Person, "--set", "occupation=厨师", "--reason", "核对"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("laptop2", {"sync", "export", "--peer", "office", "--out", path("l2-2.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const qint64 journalBefore = journalEntries("office");
        r = admin("office", {"sync", "import", path("l2-2.hkb")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(person("office", m_laptop2Person).value("occupation").toString() != "厨师");
        QCOMPARE(journalEntries("office"), journalBefore);
        // A bundle the office accepted before is refused now as well.
        r = admin("office", {"sync", "import", path("l2-1.hkb")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    }

    void conflictResolvedBySupervisor()
    {
        // The same person corrected on both sides before they met again.
        auto r =
            admin("laptop1", {"person", "update", m_mother, "--set", "occupation=退休教师", "--reason", "走访核实"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("office", {"person", "update", m_mother, "--set", "occupation=退休工人", "--reason", "窗口更正"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        r = admin("laptop1", {"sync", "export", "--peer", "office", "--out", path("b3.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("office", {"--json", "sync", "import", path("b3.hkb"), "--dry-run"});
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QCOMPARE(jsonObject(r).value("conflicting").toObject().value("person").toInteger(), 1);
        r = admin("office", {"sync", "import", path("b3.hkb")});
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().contains("conflicts 1,"), qPrintable(r.out));
        QCOMPARE(r.out.trimmed(), QString("applied 0, conflicts 1, skipped 0"));
        // Held for a supervisor: the office's version stays until then.
        QCOMPARE(person("office", m_mother).value("occupation").toString(), QString("退休工人"));

        r = admin("office", {"--json", "sync", "conflicts"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray open = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(open.size(), 1);
        const QJsonObject c = open.first().toObject();
        QCOMPARE(c.value("kind").toString(), QString("person"));
        QVERIFY2(c.value("label").toString().contains(m_mother), qPrintable(c.value("label").toString()));
        QVERIFY(!c.value("reason").toString().isEmpty());
        QCOMPARE(c.value("local").toObject().value("occupation").toString(), QString("退休工人"));
        QCOMPARE(c.value("remote").toObject().value("occupation").toString(), QString("退休教师"));
        QCOMPARE(c.value("remote_device").toString(), identity("laptop1").value(0));
        QCOMPARE(c.value("remote_user").toString(), QString("admin"));
        QVERIFY(!c.value("remote_at").toString().isEmpty());
        const QString id = QString::number(c.value("id").toInteger());
        r = admin("office", {"sync", "conflicts"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(id + "\tperson\t"), qPrintable(r.out));

        // Supervisors decide; a clerk may not; the request must be complete.
        QCOMPARE(ctl("office", "sup", {"sync", "resolve", id, "--keep", "both", "--reason", "r"}).exitCode, 2);
        QCOMPARE(ctl("office", "sup", {"sync", "resolve", id, "--keep", "remote"}).exitCode, 2);
        QCOMPARE(ctl("office", "sup", {"sync", "resolve", "abc", "--keep", "remote", "--reason", "r"}).exitCode, 2);
        QCOMPARE(ctl("office", "sup", {"sync", "resolve", id, "--keep", "remote", "--set", "oops", "--reason", "r"})
                     .exitCode,
                 2);
        r = ctl("office", "clerk", {"sync", "resolve", id, "--keep", "remote", "--reason", "r"});
        QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        r = ctl("office", "sup", {"sync", "resolve", "999", "--keep", "remote", "--reason", "r"});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        r = ctl("office", "sup", {"sync", "resolve", id, "--keep", "remote", "--reason", "走访核实为准"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(person("office", m_mother).value("occupation").toString(), QString("退休教师"));
        r = admin("office", {"--json", "sync", "conflicts"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        // Resolving twice is refused.
        r = ctl("office", "sup", {"sync", "resolve", id, "--keep", "local", "--reason", "again"});
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));

        // The resolution travels back: both sides agree.
        r = admin("office", {"sync", "export", "--peer", "laptop1", "--out", path("o1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("laptop1", {"sync", "import", path("o1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().contains(", conflicts 0, "), qPrintable(r.out));
        QJsonObject here = person("office", m_mother), there = person("laptop1", m_mother);
        here.remove("version");
        there.remove("version");
        QCOMPARE(there.value("occupation").toString(), QString("退休教师"));
        QCOMPARE(there, here);

        // And nothing goes round again: the laptop's next bundle brings the office nothing new.
        r = admin("laptop1", {"sync", "export", "--peer", "office", "--out", path("b4.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = admin("office", {"sync", "import", path("b4.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().startsWith("applied 0, conflicts 0"), qPrintable(r.out));
        here = person("office", m_mother);
        here.remove("version");
        QCOMPARE(here, there);
    }

    void officeRelaysWhatItReceived()
    {
        // The office is the hub: what it received from laptop 2 (generated by demo, i.e. written by a
        // bulk import there) reaches laptop 1 with the office's next bundle (o1.hkb, imported above),
        // as a single correction received from a laptop does.
        QVERIFY(!m_laptop2Person.isEmpty());
        QVERIFY(!person("office", m_laptop2Person).isEmpty());
        QCOMPARE(person("laptop1", m_laptop2Person).value("uuid"), person("office", m_laptop2Person).value("uuid"));
    }

    void referenceBundle()
    {
        // A district's current records, for a laptop to start from.
        auto r = admin("office",
                       {"--json", "sync", "export", "--reference", "--district", "440106", "--out", path("ref.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject o = jsonObject(r);
        QCOMPARE(o.value("bundle_no").toInteger(), 0);
        QCOMPARE(o.value("sealed").toBool(), false);
        QVERIFY(o.value("records").toInteger() >= 5);
        r = admin("office", {"sync", "export", "--reference", "--district", "440106", "--peer", "laptop1", "--out",
                             path("ref-sealed.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(" sealed") && !r.out.contains("not sealed"), qPrintable(r.out));

        r = admin("stranger", {"sync", "import", path("ref.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.trimmed().endsWith(", conflicts 0, skipped 0"), qPrintable(r.out));
        QJsonObject here = person("office", m_mother), there = person("stranger", m_mother);
        here.remove("version");
        there.remove("version");
        QCOMPARE(there, here);
        // The stranger's own person, in another district, is untouched.
        QVERIFY(!person("stranger", m_strangerPerson).isEmpty());
    }

    void sharedFolder()
    {
        const QString folder = path("shared");
        QVERIFY(QDir().mkpath(folder));
        auto r = admin("laptop1", {"person", "update", m_head, "--set", "occupation=工程师", "--reason", "走访"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(admin("office", {"sync", "folder"}).exitCode, 2);
        QCOMPARE(admin("office", {"sync", "folder", path("no-such-folder")}).exitCode, 1);

        r = admin("laptop1", {"sync", "folder", folder});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("office"), qPrintable(r.out));
        r = admin("office", {"--json", "sync", "folder", folder});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject o = jsonObject(r);
        QCOMPARE(o.value("imported").toArray().size(), 1);
        QCOMPARE(o.value("refused").toArray().size(), 0);
        QCOMPARE(person("office", m_head).value("occupation").toString(), QString("工程师"));
        r = admin("laptop1", {"sync", "folder", folder});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("applied 0, conflicts 0"), qPrintable(r.out));
    }

    void everyDatabaseIsHealthy()
    {
        for (const QString name : {"office", "laptop1", "laptop2", "stranger"}) {
            auto r = bare(name, {"check"});
            QVERIFY2(r.exitCode == 0, qPrintable(name + ": " + describe(r)));
            r = bare(name, {"audit", "verify"});
            QVERIFY2(r.exitCode == 0, qPrintable(name + ": " + describe(r)));
        }
    }

    // A field laptop's 20,000 generated persons (with the households, collective households,
    // memberships and applications demo makes) in one bundle; the office's import is killed
    // (SIGKILL) part-way, several times: once while its transaction is writing (the database's WAL
    // has grown past what a sign-in writes), then after fixed delays and at fractions of how long
    // a dry run takes. After each kill the database is as before (check passes, no person, no
    // bundle recorded as seen, no journal entry but sign-ins), or, when the kill came after the
    // commit (the process was closing the database), the import is whole and counts as a normal
    // one; then a normal import applies everything.
    void killedImportLeavesTheDatabaseAsBefore()
    {
        for (const QString name : {"k-office", "k-laptop"}) {
            const auto r =
                runCli({"--db", db(name), "init", "--admin", "admin"}, m_dir.path(), {"HUKOU_PASSWORD=admin-pass-1"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        trust("k-office", "k-laptop", "laptop");
        trust("k-laptop", "k-office", "office");
        auto r = admin("k-laptop", {"demo", "--persons", "20000", "--seed", "5"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(scalar("k-laptop", "SELECT count(*) FROM person"), 20000);
        r = admin("k-laptop", {"--json", "sync", "export", "--peer", "office", "--out", path("k1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const qint64 records = jsonObject(r).value("records").toInteger();
        QVERIFY2(records >= 20000, qPrintable(r.out));

        const QString before = state("k-office", "laptop");
        QVERIFY2(before.startsWith("person 0, "), qPrintable(before));
        // How long an import takes here: a dry run does the same work and changes nothing.
        QElapsedTimer timer;
        timer.start();
        r = admin("k-office", {"sync", "import", path("k1.hkb"), "--dry-run"});
        const qint64 dryRunMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(state("k-office", "laptop"), before);

        const QString wal = db("k-office") + "-wal";
        // -1: kill once the import's transaction is writing pages (the WAL grew by more than 1 MiB).
        const QList<qint64> delays{-1, 50, 200, 600, dryRunMs / 2, dryRunMs * 9 / 10};
        int killed = 0;
        int killedWhileWriting = 0;
        bool finished = false;
        QStringList log;
        for (const qint64 delay : delays) {
            const qint64 walBefore = QFileInfo(wal).size();
            auto p = startAdmin("k-office", {"sync", "import", path("k1.hkb")});
            QVERIFY2(p->waitForStarted(), qPrintable(p->errorString()));
            QElapsedTimer t;
            t.start();
            bool writing = false;
            if (delay < 0) {
                while (p->state() != QProcess::NotRunning && t.elapsed() < 300000) {
                    if (QFileInfo(wal).size() > walBefore + (1 << 20)) {
                        writing = true;
                        break;
                    }
                    p->waitForFinished(2);
                }
            } else {
                p->waitForFinished(static_cast<int>(delay));
            }
            if (p->state() == QProcess::NotRunning) {
                // It finished first: that attempt was a normal import.
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         qPrintable(QString::fromUtf8(p->readAllStandardError())));
                log << QStringLiteral("%1 ms: finished").arg(delay);
                finished = true;
                break;
            }
            p->kill();
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitStatus(), QProcess::CrashExit);
            log << QStringLiteral("%1 ms: killed after %2 ms%3")
                       .arg(delay)
                       .arg(t.elapsed())
                       .arg(writing ? ", writing" : "");

            r = bare("k-office", {"check"});
            QVERIFY2(r.exitCode == 0, qPrintable(log.join("; ") + "\n" + describe(r)));
            if (scalar("k-office", "SELECT count(*) FROM sync_bundle_seen") != 0) {
                // Killed after its commit (while closing the database): the import is whole.
                log.last() += QStringLiteral(", after the commit");
                QVERIFY2(scalar("k-office", "SELECT count(*) FROM person") == 20000, qPrintable(log.join("; ")));
                QVERIFY2(scalar("k-office", "SELECT count(*) FROM sync_bundle_seen") == 1, qPrintable(log.join("; ")));
                finished = true;
                break;
            }
            ++killed;
            if (writing)
                ++killedWhileWriting;
            const QString after = state("k-office", "laptop");
            QVERIFY2(after == before, qPrintable(log.join("; ") + "\nbefore: " + before + "\nafter:  " + after));
            QCOMPARE(scalar("k-office", "SELECT count(*) FROM person"), 0);
            QCOMPARE(scalar("k-office", "SELECT count(*) FROM sync_bundle_seen"), 0);
        }
        qInfo("%s (dry run %lld ms)", qPrintable(log.join("; ")), dryRunMs);
        QVERIFY2(killedWhileWriting >= 1, qPrintable(log.join("; ")));
        QVERIFY(killed >= 1);

        // Then a normal import applies everything.
        r = admin("k-office", {"--json", "sync", "import", path("k1.hkb")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        if (!finished) {
            QCOMPARE(jsonObject(r).value("applied").toInteger(), records);
            QCOMPARE(jsonObject(r).value("conflicts").toInteger(), 0);
        }
        QCOMPARE(scalar("k-office", "SELECT count(*) FROM person"), 20000);
        QCOMPARE(scalar("k-office", "SELECT count(*) FROM sync_bundle_seen"), 1);
        QCOMPARE(peer("k-office", "laptop").value("bundles_received").toInteger(), 1);
        const QString persons = "SELECT p.uuid, p.citizen_id, p.name, p.version, h.number FROM person p "
                                "LEFT JOIN household h ON h.id = p.household_id ORDER BY p.citizen_id";
        QCOMPARE(digest("k-office", persons, 5), digest("k-laptop", persons, 5));
        for (const char* table :
             {"household", "collective_household", "collective_membership", "page_loan", "settlement_application"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(scalar("k-office", sql), scalar("k-laptop", sql));
        }
        r = bare("k-office", {"check"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = bare("k-office", {"audit", "verify"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"
