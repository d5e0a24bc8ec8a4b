#pragma once

#include "../auth/roles.h"
#include "../error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace hukou::core {

class Workspace;

enum class ExportFormat { Csv, Json };

// Writes registered (active) persons in the import format, in citizen-ID order, so that
// export -> import into an empty database -> export gives the same file. Every export is journaled.
class PersonExporter final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::PersonExporter)
public:
    explicit PersonExporter(const Workspace& ws) : m_ws(ws) {}

    // `district` empty for all; `target` names where the data went, for the journal.
    [[nodiscard]] Result<qint64> exportPersons(const Actor& actor, const QString& district, ExportFormat format,
                                               QIODevice& out, const QString& target) const;

private:
    const Workspace& m_ws;
};

} // namespace hukou::core
