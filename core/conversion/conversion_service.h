#pragma once

#include "../auth/roles.h"
#include "../error.h"
#include "../journal/journal.h"
#include "../registry/person.h"
#include "conversion_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace hukou::core {

class Workspace;

// A person the conversion leaves out, with the reason a clerk can act on.
struct ConversionException
{
    qint64 personId = 0;
    QString citizenId;
    QString name;
    QString district;
    QString nature;
    ConversionExceptionKind kind = ConversionExceptionKind::NotRegistered;
    QString reason; // translated
};

// Counts of one district: nature -> persons.
struct DistrictNatureCounts
{
    QString district;
    QMap<QString, qint64> byNature;
    [[nodiscard]] qint64 total() const;
};

// Who a run would convert (by district and legacy nature) and who it leaves out.
struct ConversionPreview
{
    QString district; // '' = all
    std::vector<DistrictNatureCounts> districts;
    QMap<QString, qint64> byNature;
    qint64 total = 0;
    std::vector<ConversionException> exceptions; // up to the limit asked for
    qint64 exceptionCount = 0;                   // all of them
};

struct ConversionOptions
{
    QString district; // a current district code; empty = all districts
    int chunkSize = 5000;
    std::function<void(qint64 done, qint64 total)> progress; // after each chunk
    const std::atomic<bool>* cancel = nullptr; // set to stop: the chunk in progress rolls back
};

// What one run() call did. A resumed run continues an earlier cancelled or crashed run of the same scope.
struct ConversionOutcome
{
    qint64 runId = 0;
    QString runUuid;
    bool resumed = false;
    bool cancelled = false;
    qint64 converted = 0; // by this call
    QMap<QString, qint64> byFormerNature; // by this call
    qint64 chunks = 0;                    // by this call
    qint64 runConverted = 0;              // by the run over all its resumptions
    std::vector<ConversionException> exceptions;
};

// One recorded run.
struct ConversionRun
{
    qint64 id = 0;
    QString uuid;
    QString district;
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // running, cancelled, done
    qint64 chunks = 0;
    qint64 converted = 0;
    QMap<QString, qint64> byFormerNature;
    qint64 exceptions = 0;
    qint64 resumed = 0;
};

// Active persons by district, current nature and former nature: the statistics by former nature
// that stay possible after unification (the page's chart, the report).
struct NatureStatistic
{
    QString district;
    QString nature;
    QString formerNature; // '' = never converted
    qint64 count = 0;
};

// The unified resident-household conversion (户籍一元化登记, 穗府〔2016〕3号): legacy natures become 居民,
// the old nature stays in former_nature. Runs in chunks, each one transaction with one bulk journal
// entry naming every person it touched and the hash of their new images.
class ConversionService final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::ConversionService)
public:
    explicit ConversionService(const Workspace& ws) : m_ws(ws) {}

    // exceptionLimit < 0: all exceptions.
    [[nodiscard]] Result<ConversionPreview> preview(const Actor& actor, const QString& district,
                                                    qint64 exceptionLimit = 1000) const;
    [[nodiscard]] Result<ConversionOutcome> run(const Actor& actor, const ConversionOptions& options) const;
    // Undoes one person's conversion (an error correction, supervisors): the former nature comes back.
    [[nodiscard]] Result<Person> reverse(const Actor& actor, const QString& citizenId, const QString& reason) const;

    [[nodiscard]] Result<std::vector<NatureStatistic>> statistics(const Actor& actor, const QString& district) const;
    [[nodiscard]] Result<std::vector<ConversionRun>> runs(const Actor& actor, int limit = 100) const;
    // The chunk entry that converted this person (the bulk entry naming its uuid), if any.
    [[nodiscard]] Result<std::optional<JournalEntry>> conversionEntry(const Actor& actor,
                                                                     const QString& citizenId) const;

    [[nodiscard]] static QString exceptionReason(ConversionExceptionKind kind, const QString& status);
    // The district label: its name, or "all districts" for ''.
    [[nodiscard]] static QString districtLabel(const QString& code);

private:
    [[nodiscard]] Status checkDistrict(const QString& district) const;
    [[nodiscard]] Result<std::vector<ConversionException>> exceptionsOf(const QString& district,
                                                                       qint64 limit) const;

    const Workspace& m_ws;
};

} // namespace hukou::core
