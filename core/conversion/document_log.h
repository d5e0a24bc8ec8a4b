#pragma once

#include "../auth/roles.h"
#include "../error.h"

#include <QCoreApplication>
#include <QString>

namespace hukou::core {

class Workspace;

// Journals every printed or saved document ("document.print": what, for whom, where to), since
// personal data leaves the database only through a journaled action.
class DocumentLog final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::DocumentLog)
public:
    explicit DocumentLog(const Workspace& ws) : m_ws(ws) {}
    // `document`: "household_certificate", "conversion_report" ...; `subject`: the citizen ID or the
    // scope; `target`: the file or printer. Needs ExportPersons for a person's document, Convert for
    // the conversion report. With `personUuid` the entry lands in that person's history.
    [[nodiscard]] Status record(const Actor& actor, const QString& document, const QString& subject,
                                const QString& target, const QString& personUuid = {}) const;

private:
    const Workspace& m_ws;
};

} // namespace hukou::core
