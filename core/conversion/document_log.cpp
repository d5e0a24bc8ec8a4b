#include "document_log.h"

#include "../clock.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"

#include <QJsonObject>

namespace hukou::core {

Status DocumentLog::record(const Actor& actor, const QString& document, const QString& subject,
                           const QString& target, const QString& personUuid) const
{
    const Permission needed =
        document == QLatin1String("conversion_report") ? Permission::Convert : Permission::ExportPersons;
    if (auto r = Roles::require(actor, needed); !r)
        return r;
    auto tx = Transaction::begin(m_ws.db());
    if (!tx)
        return std::unexpected(tx.error());
    const QJsonObject what{{QStringLiteral("document"), document},
                           {QStringLiteral("subject"), subject},
                           {QStringLiteral("target"), target}};
    const bool forPerson = !personUuid.isEmpty();
    JournalChange change{QStringLiteral("document.print"),
                         forPerson ? QStringLiteral("person") : QStringLiteral("document"),
                         forPerson ? personUuid : newUuidV7(m_ws.clock().now()), 0, {}, what, {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    return tx->commit();
}

} // namespace hukou::core
