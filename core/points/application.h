#pragma once

#include "../error.h"
#include "fact_catalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <variant>

namespace hukou::core {

// A by-year fact: calendar year -> whole number (volunteer hours).
using ByYear = QMap<int, qint64>;
// One fact's value; the alternative follows the fact's type (Bool, Count, Level, ByYear).
using FactValue = std::variant<bool, qint64, QString, ByYear>;

struct FactEntry
{
    QString name;
    FactValue value;
    friend bool operator==(const FactEntry&, const FactEntry&) = default;
};

// The facts an application states, typed against a FactCatalogue. A fact that is not stated
// reads as false / 0 / no level / no years (domain/points.md: "Missing facts count as zero/false").
// Kept sorted by name (deterministic output, and the engine reads them in one merge pass).
class Facts final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Facts)
public:
    [[nodiscard]] bool contains(QStringView name) const { return find(name) != nullptr; }
    [[nodiscard]] const FactValue* find(QStringView name) const;
    [[nodiscard]] bool flag(QStringView name) const;
    [[nodiscard]] qint64 count(QStringView name) const;
    [[nodiscard]] QString level(QStringView name) const;
    [[nodiscard]] ByYear byYear(QStringView name) const;
    [[nodiscard]] QStringList names() const; // sorted
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] const QList<FactEntry>& entries() const { return m_entries; } // sorted by name

    void set(const QString& name, FactValue value);
    void remove(QStringView name);

    // A stated fact's value as JSON; null when not stated.
    [[nodiscard]] QJsonValue jsonValue(QStringView name) const;
    [[nodiscard]] static QJsonValue toJsonValue(const FactValue& value);
    [[nodiscard]] QJsonObject toJson() const;
    // Checks every name and type against `catalogue`; errors name `path.fact`.
    [[nodiscard]] static Result<Facts> fromJson(const QJsonObject& json, const FactCatalogue& catalogue,
                                                const QString& path = QStringLiteral("facts"),
                                                const QString& sourceName = {});

    friend bool operator==(const Facts&, const Facts&) = default;

private:
    QList<FactEntry> m_entries;
};

struct Applicant
{
    QString citizenId; // valid, 18 characters
    QDate birthDate;   // from the citizen ID
    QString name;
    QString phone;
    friend bool operator==(const Applicant&, const Applicant&) = default;
};

struct Evidence
{
    QString fact;
    QString document;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// A family member moving with the applicant (随迁).
struct Companion
{
    QString citizenId;
    QString name;
    QString relation;
    friend bool operator==(const Companion&, const Companion&) = default;
};

// An application for points-based settlement (domain/points.md, "Application facts").
struct Application
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Application)
public:
    QString ruleSet;
    QString district; // a current Guangzhou district code
    QDate submittedOn;
    Applicant applicant;
    Facts facts;
    QList<Evidence> evidence;
    QList<Companion> movingWith;

    // Parses and validates an application: a bad citizen ID fails on `applicant.citizen_id`,
    // an unknown fact on `facts.NAME`, a wrong type names what was expected. Citizen IDs must
    // not be born after `today`. `catalogue` lists the facts allowed (RuleSet::catalogue()).
    [[nodiscard]] static Result<Application> fromJson(const QByteArray& json, const QDate& today,
                                                      const FactCatalogue& catalogue = FactCatalogue::standard(),
                                                      const QString& sourceName = {});
    [[nodiscard]] static Result<Application> fromJsonObject(const QJsonObject& json, const QDate& today,
                                                            const FactCatalogue& catalogue = FactCatalogue::standard(),
                                                            const QString& sourceName = {});
    [[nodiscard]] QJsonObject toJson() const;

    // The stated facts that give something (true, more than 0, a level, some years): those a
    // document must prove. Sorted by name.
    [[nodiscard]] QStringList claimedFacts() const;
    // Those of claimedFacts() with no evidence recorded.
    [[nodiscard]] QStringList factsLackingEvidence() const;

    friend bool operator==(const Application&, const Application&) = default;
};

} // namespace hukou::core
