#pragma once

// Internal helpers for reading JSON documents with precise, path-carrying errors
// (`items[3].points: expected a whole number, found a string`). Used by the rule-set and
// application readers; not part of the public points API.

#include "../error.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace hukou::core::json {

// "items[3]" + "points" -> "items[3].points"; "" + "id" -> "id".
[[nodiscard]] QString child(const QString& path, QStringView key);
// "items" + 3 -> "items[3]".
[[nodiscard]] QString index(const QString& path, qsizetype i);

// "a string (\"abc\")", "a number (12.5)", "true", "an object", ... (translated).
[[nodiscard]] QString describe(const QJsonValue& v);

// An Invalid error at `path`; `sourceName`, when given, prefixes the message.
[[nodiscard]] std::unexpected<Error> invalid(const QString& sourceName, const QString& path, const QString& message);

// Reads fields of one JSON object, remembering the path and the source name for errors.
class Reader final
{
public:
    Reader(QJsonObject object, QString path, QString sourceName)
        : m_object(std::move(object)), m_path(std::move(path)), m_source(std::move(sourceName))
    {
    }

    [[nodiscard]] const QJsonObject& object() const { return m_object; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QString& source() const { return m_source; }
    [[nodiscard]] QString at(QStringView key) const { return child(m_path, key); }
    [[nodiscard]] bool has(QStringView key) const { return m_object.contains(key); }

    // Fails on the first key not in `known`, naming the expected ones.
    [[nodiscard]] Status onlyKeys(std::initializer_list<QStringView> known) const;

    [[nodiscard]] std::unexpected<Error> error(QStringView key, const QString& message) const;
    [[nodiscard]] std::unexpected<Error> missing(QStringView key) const;
    [[nodiscard]] std::unexpected<Error> wrongType(QStringView key, const QString& expected) const;

    // Required fields: fail when absent or of the wrong type.
    [[nodiscard]] Result<QString> string(QStringView key, bool allowEmpty = false) const;
    [[nodiscard]] Result<qint64> integer(QStringView key, qint64 min, qint64 max) const;
    [[nodiscard]] Result<bool> boolean(QStringView key) const;
    [[nodiscard]] Result<QDate> date(QStringView key) const;
    [[nodiscard]] Result<QJsonObject> object(QStringView key) const;
    [[nodiscard]] Result<QJsonArray> array(QStringView key) const;
    [[nodiscard]] Result<QStringList> stringList(QStringView key, bool allowEmpty = false) const;

    // Optional fields: std::nullopt when absent, an error when present with the wrong type.
    [[nodiscard]] Result<std::optional<QString>> optionalString(QStringView key) const;
    [[nodiscard]] Result<std::optional<qint64>> optionalInteger(QStringView key, qint64 min, qint64 max) const;

private:
    QJsonObject m_object;
    QString m_path;
    QString m_source;
};

// Reads a whole number from `v` (a JSON number without a fractional part, within [min, max]).
// On failure returns the translated reason (the caller adds the path).
[[nodiscard]] std::expected<qint64, QString> toInteger(const QJsonValue& v, qint64 min, qint64 max);
// A strict YYYY-MM-DD date.
[[nodiscard]] std::optional<QDate> toDate(const QString& text);

// Parses `bytes` as a JSON object; a syntax error names its line and column.
[[nodiscard]] Result<QJsonObject> parseObject(const QByteArray& bytes, const QString& sourceName);

} // namespace hukou::core::json
