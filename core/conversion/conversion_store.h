#pragma once

#include "../error.h"
#include "../registry/person.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace hukou::core {

class Database;
class Statement;

// Why a person is left out of the conversion, for the clerk to sort out by hand.
enum class ConversionExceptionKind { NotRegistered, NotActive, NoHousehold, NoHead };

struct ConversionExceptionRow
{
    qint64 personId = 0;
    QString citizenId;
    QString name;
    QString district; // empty when the person has no household
    QString nature;
    QString status; // person.status key
    ConversionExceptionKind kind = ConversionExceptionKind::NotRegistered;
};

// Active persons by district, current nature and former nature.
struct NatureCountRow
{
    QString district;
    QString nature;
    QString formerNature;
    qint64 count = 0;
};

// One person a chunk converts: the file fields as read (id, uuid, version, natures included).
struct ConversionCandidate
{
    Person person;
};

struct ConversionRunRow
{
    qint64 id = 0;
    QString uuid;
    QString district; // '' = all
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // running, cancelled, done
    qint64 chunkSize = 0;
    qint64 chunks = 0;
    qint64 converted = 0;
    QString byFormerNature; // compact JSON object
    qint64 exceptions = 0;
    qint64 resumed = 0;
};

struct ConversionChunkRow
{
    qint64 runId = 0;
    qint64 chunkNo = 0;
    qint64 journalSeq = 0;
    qint64 firstPersonId = 0;
    qint64 lastPersonId = 0;
    qint64 converted = 0;
    QString imagesSha256;
    QDateTime at;
};

// The conversion's SQL: who is eligible, the exceptions, the guarded bulk update, and the run and
// chunk bookkeeping. No permissions, no journal: ConversionService calls it inside its transactions.
class ConversionStore final
{
public:
    explicit ConversionStore(const Database& db);

    // Eligible persons (active, legacy nature, in an active household with an active head) by
    // district and nature; `district` '' = all.
    [[nodiscard]] Result<std::vector<NatureCountRow>> eligibleCounts(const QString& district) const;
    // Persons the conversion leaves out and why; `limit` < 0 = all.
    [[nodiscard]] Result<std::vector<ConversionExceptionRow>> exceptions(const QString& district, qint64 limit) const;
    [[nodiscard]] Result<qint64> exceptionCount(const QString& district) const;
    // Active persons by district × nature × former nature (statistics by former nature).
    [[nodiscard]] Result<std::vector<NatureCountRow>> natureStatistics(const QString& district) const;

    // The next eligible persons after `afterId`, in id order.
    [[nodiscard]] Result<std::vector<ConversionCandidate>> nextCandidates(const QString& district, qint64 afterId,
                                                                          int limit) const;
    // Sets 居民 with the old nature as former nature, version + 1, if the row is still as read.
    // False when it changed in between (then it is left alone).
    [[nodiscard]] Result<bool> convert(const ConversionCandidate& c, const QString& resident,
                                       const QDateTime& now) const;

    [[nodiscard]] Result<std::optional<ConversionRunRow>> resumableRun(const QString& district) const;
    [[nodiscard]] Result<std::optional<ConversionRunRow>> runById(qint64 id) const;
    [[nodiscard]] Result<std::vector<ConversionRunRow>> runs(int limit) const;
    [[nodiscard]] Status insertRun(ConversionRunRow& run) const;
    [[nodiscard]] Status updateRun(const ConversionRunRow& run) const;
    [[nodiscard]] Status insertChunk(const ConversionChunkRow& chunk) const;
    // Journal entries of the chunks whose id range covers this person, newest first.
    [[nodiscard]] Result<std::vector<qint64>> chunkSeqsCovering(qint64 personId) const;

    ConversionStore(const ConversionStore&) = delete;
    ConversionStore& operator=(const ConversionStore&) = delete;
    ~ConversionStore();

private:
    const Database& m_db;
    mutable std::unique_ptr<Statement> m_update; // reused for every person of a run
};

} // namespace hukou::core
