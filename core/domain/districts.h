#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace hukou::core {

struct District
{
    QString code;       // GB/T 2260, e.g. "440106"
    QString name;       // 天河区 (official name; not translated)
    bool current = true; // false: a retired code that still appears inside older ID numbers
    QString mergedInto; // for retired codes: the current district
};

// The Guangzhou district table (domain/citizen_id.md).
class Districts final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Districts)
public:
    [[nodiscard]] static std::span<const District> all();
    // Current districts only, by code (440106) or name (天河区).
    [[nodiscard]] static std::optional<District> findCurrent(const QString& codeOrName);
    // Any code, current or retired.
    [[nodiscard]] static std::optional<District> byCode(const QString& code);
    // The name of any district code (天河区), or the code itself when it is unknown.
    [[nodiscard]] static QString nameOf(const QString& code);
};

} // namespace hukou::core
