#include "workspace.h"

#include "clock.h"
#include "storage/migrations.h"
#include "uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace hukou::core {

QString Workspace::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/hukou-desk/hukou.db");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Open how, const Clock& clock)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Failed, QStringLiteral("libsodium could not be initialised"));
    if (how == Open::CreateIfMissing)
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::open(path, how == Open::CreateIfMissing ? Database::Mode::CreateIfMissing
                                                                 : Database::Mode::OpenExisting);
    if (!db)
        return std::unexpected(db.error());
    auto backup = Migrations::upgrade(*db);
    if (!backup)
        return std::unexpected(backup.error());
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), clock));
    ws->m_upgradeBackup = *backup;
    if (auto r = ws->ensureDevice(); !r)
        return std::unexpected(r.error());
    return ws;
}

Status Workspace::ensureDevice()
{
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM device LIMIT 1"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        m_deviceId = st->text(0);
        m_journal = std::make_unique<Journal>(m_db, m_clock, m_deviceId);
        return {};
    }
    // First start of this installation: an id and an Ed25519 key pair for signing sync bundles.
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(sk.data()));
    const QString id = newUuidV7(m_clock.now());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO device (id, public_key, secret_key, created_at) VALUES (?,?,?,?)"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->bind(1, id).bind(2, pk).bind(3, sk).bind(4, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (auto r = ins->exec(); !r)
        return std::unexpected(r.error());
    m_deviceId = id;
    m_journal = std::make_unique<Journal>(m_db, m_clock, m_deviceId);
    JournalChange change{QStringLiteral("device.create"), QStringLiteral("device"), id, 1, {},
                         QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(pk.toBase64())}}, {}};
    if (auto r = m_journal->append(QStringLiteral("system"), change); !r)
        return std::unexpected(r.error());
    sodium_memzero(sk.data(), static_cast<std::size_t>(sk.size()));
    return tx->commit();
}

} // namespace hukou::core
