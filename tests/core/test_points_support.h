#pragma once

// Small helpers shared by the points tests (header only).

#include "core/domain/citizen_id.h"
#include "core/points/application.h"
#include "core/points/builtin_rule_sets.h"
#include "core/points/points_engine.h"
#include "core/points/rule_set.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace hukou::test::points {

// A valid Guangzhou (天河) citizen ID for `birth`, with sequence `seq` (odd: male).
inline QString idFor(const QDate& birth, int seq = 101)
{
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + core::CitizenId::checkCharacter(first17);
}

inline QJsonObject jsonObject(const char* text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s: %s", qPrintable(pe.errorString()), text);
    return doc.object();
}

inline core::RuleSet builtin(const char* id)
{
    auto rs = core::BuiltinRuleSets::byId(QString::fromLatin1(id));
    if (!rs)
        qFatal("built-in rule set %s missing", id);
    return *rs;
}

inline core::RuleSet ruleSetFrom(const char* json)
{
    auto rs = core::RuleSet::fromJson(QByteArray(json), QStringLiteral("test"));
    if (!rs)
        qFatal("test rule set invalid: %s", qPrintable(rs.error().describe()));
    return *rs;
}

// An application for `rs` by someone born on `birth`, stating `factsJson` (a JSON object).
inline core::Application application(const core::RuleSet& rs, const QDate& birth, const char* factsJson,
                                     int seq = 101)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule_set"), rs.id);
    o.insert(QStringLiteral("district"), QStringLiteral("440106"));
    o.insert(QStringLiteral("submitted_on"), QStringLiteral("2024-10-20"));
    o.insert(QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("citizen_id"), idFor(birth, seq)}, {QStringLiteral("name"), QStringLiteral("测试")}});
    o.insert(QStringLiteral("facts"), jsonObject(factsJson));
    auto app = core::Application::fromJsonObject(o, QDate(2100, 1, 1), rs.catalogue());
    if (!app)
        qFatal("test application invalid: %s", qPrintable(app.error().describe()));
    return *app;
}

inline const core::ItemResult* itemOf(const core::ScoreResult& r, const QString& id)
{
    for (const auto& i : r.items)
        if (i.id == id)
            return &i;
    return nullptr;
}

inline const core::Finding* findingOf(const core::ScoreResult& r, const QString& condition)
{
    for (const auto& f : r.findings)
        if (f.condition == condition)
            return &f;
    return nullptr;
}

// The conditions that failed, comma-joined in finding order ("" when eligible).
inline QString failed(const core::ScoreResult& r)
{
    QStringList out;
    for (const auto& f : r.findings)
        if (!f.passed)
            out << f.condition;
    return out.join(QLatin1Char(','));
}

} // namespace hukou::test::points
