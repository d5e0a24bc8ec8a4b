#include "person_export.h"

#include "../clock.h"
#include "../domain/districts.h"
#include "../io/csv.h"
#include "../storage/database.h"
#include "../uuid.h"
#include "../workspace.h"
#include "person_fields.h"
#include "person_store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hukou::core {

Result<qint64> PersonExporter::exportPersons(const Actor& actor, const QString& district, ExportFormat format,
                                             QIODevice& out, const QString& target) const
{
    if (auto r = Roles::require(actor, Permission::ExportPersons); !r)
        return std::unexpected(r.error());
    QString code;
    if (!district.isEmpty()) {
        auto d = Districts::findCurrent(district);
        if (!d)
            return fail(ErrorCode::Invalid, tr("\"%1\" is not a current Guangzhou district code or name").arg(district),
                        QStringLiteral("district"));
        code = d->code;
    }
    const Database& db = m_ws.db();
    // Read in one transaction: a consistent snapshot, and the journal entry lands with it.
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    PersonStore store(db);
    const QList<PersonField> columns = PersonFields::fileColumns();
    QByteArray buffer;
    const auto flush = [&]() -> Status {
        if (out.write(buffer) != buffer.size())
            return fail(ErrorCode::Failed, tr("writing the export failed: %1").arg(out.errorString()));
        buffer.clear();
        return {};
    };
    if (format == ExportFormat::Csv) {
        QStringList header;
        for (PersonField f : columns)
            header << PersonFields::spec(f).key;
        CsvWriter::append(buffer, header);
    } else {
        buffer += "{\"persons\":[";
    }
    qint64 count = 0;
    QString after = QStringLiteral("");
    for (;;) {
        auto page = store.exportPage(code, after, 5000);
        if (!page)
            return std::unexpected(page.error());
        if (page->empty())
            break;
        for (const Person& p : *page) {
            if (format == ExportFormat::Csv) {
                QStringList row;
                for (PersonField f : columns)
                    row << PersonFields::value(p, f);
                CsvWriter::append(buffer, row);
            } else {
                QJsonObject o;
                for (PersonField f : columns)
                    o.insert(PersonFields::spec(f).key, PersonFields::value(p, f));
                if (count)
                    buffer += ',';
                buffer += QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            ++count;
        }
        after = page->back().citizenId;
        if (buffer.size() > (1 << 20))
            if (auto r = flush(); !r)
                return std::unexpected(r.error());
    }
    if (format == ExportFormat::Json)
        buffer += "]}\n";
    if (auto r = flush(); !r)
        return std::unexpected(r.error());

    JournalChange change{QStringLiteral("person.export"), QStringLiteral("export"), newUuidV7(m_ws.clock().now()), 1,
                         {},
                         QJsonObject{{QStringLiteral("district"), code},
                                     {QStringLiteral("format"),
                                      format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json")},
                                     {QStringLiteral("persons"), count},
                                     {QStringLiteral("target"), target}},
                         {}};
    if (auto r = m_ws.journal().append(actor.login, change); !r)
        return std::unexpected(r.error());
    if (auto r = tx->commit(); !r)
        return std::unexpected(r.error());
    return count;
}

} // namespace hukou::core
