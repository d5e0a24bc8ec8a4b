#include "json_fields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hukou::core::json {

namespace {
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::Points)
};

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
} // namespace

QString child(const QString& path, QStringView key)
{
    if (path.isEmpty())
        return key.toString();
    return path + u'.' + key;
}

QString index(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return Msg::tr("null");
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < kMaxExactInteger)
            return Msg::tr("the number %1").arg(v.toInteger());
        return Msg::tr("the number %1").arg(d);
    }
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + u'…';
        return Msg::tr("the text \"%1\"").arg(s);
    }
    case QJsonValue::Array: return Msg::tr("a list");
    case QJsonValue::Object: return Msg::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Msg::tr("nothing");
}

std::unexpected<Error> invalid(const QString& sourceName, const QString& path, const QString& message)
{
    const QString text = sourceName.isEmpty() ? message : Msg::tr("%1: %2").arg(sourceName, message);
    return fail(ErrorCode::Invalid, text, path);
}

Status Reader::onlyKeys(std::initializer_list<QStringView> known) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool found = false;
        for (QStringView k : known)
            found = found || k == it.key();
        if (!found) {
            QStringList names;
            for (QStringView k : known)
                names << k.toString();
            return error(it.key(), Msg::tr("unknown field \"%1\"; expected one of: %2")
                                       .arg(it.key(), names.join(u", "_s)));
        }
    }
    return {};
}

std::unexpected<Error> Reader::error(QStringView key, const QString& message) const
{
    return invalid(m_source, at(key), message);
}

std::unexpected<Error> Reader::missing(QStringView key) const
{
    return error(key, Msg::tr("the required field \"%1\" is missing").arg(key));
}

std::unexpected<Error> Reader::wrongType(QStringView key, const QString& expected) const
{
    return error(key, Msg::tr("expected %1, found %2").arg(expected, describe(m_object.value(key))));
}

Result<QString> Reader::string(QStringView key, bool allowEmpty) const
{
    if (!has(key))
        return missing(key);
    const QJsonValue v = m_object.value(key);
    if (!v.isString())
        return wrongType(key, Msg::tr("a text"));
    if (!allowEmpty && v.toString().trimmed().isEmpty())
        return error(key, Msg::tr("must not be empty"));
    return v.toString();
}

std::expected<qint64, QString> toInteger(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::unexpected(Msg::tr("expected a whole number, found %1").arg(describe(v)));
    const double d = v.toDouble();
    if (d != std::trunc(d) || std::abs(d) >= kMaxExactInteger)
        return std::unexpected(Msg::tr("expected a whole number, found %1").arg(describe(v)));
    const qint64 n = v.toInteger();
    if (n < min)
        return std::unexpected(Msg::tr("must be at least %1, found %2").arg(min).arg(n));
    if (n > max)
        return std::unexpected(Msg::tr("must be at most %1, found %2").arg(max).arg(n));
    return n;
}

std::optional<QDate> toDate(const QString& text)
{
    // Strictly YYYY-MM-DD (QDate::fromString accepts more and is slow).
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    const QDate d(parts[0], parts[1], parts[2]);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

Result<qint64> Reader::integer(QStringView key, qint64 min, qint64 max) const
{
    if (!has(key))
        return missing(key);
    auto n = toInteger(m_object.value(key), min, max);
    if (!n)
        return error(key, n.error());
    return *n;
}

Result<bool> Reader::boolean(QStringView key) const
{
    if (!has(key))
        return missing(key);
    const QJsonValue v = m_object.value(key);
    if (!v.isBool())
        return wrongType(key, Msg::tr("true or false"));
    return v.toBool();
}

Result<QDate> Reader::date(QStringView key) const
{
    if (!has(key))
        return missing(key);
    const QJsonValue v = m_object.value(key);
    const auto d = v.isString() ? toDate(v.toString()) : std::nullopt;
    if (!d)
        return wrongType(key, Msg::tr("a date YYYY-MM-DD"));
    return *d;
}

Result<QJsonObject> Reader::object(QStringView key) const
{
    if (!has(key))
        return missing(key);
    const QJsonValue v = m_object.value(key);
    if (!v.isObject())
        return wrongType(key, Msg::tr("an object"));
    return v.toObject();
}

Result<QJsonArray> Reader::array(QStringView key) const
{
    if (!has(key))
        return missing(key);
    const QJsonValue v = m_object.value(key);
    if (!v.isArray())
        return wrongType(key, Msg::tr("a list"));
    return v.toArray();
}

Result<QStringList> Reader::stringList(QStringView key, bool allowEmpty) const
{
    auto arr = array(key);
    if (!arr)
        return std::unexpected(arr.error());
    if (!allowEmpty && arr->isEmpty())
        return error(key, Msg::tr("the list must not be empty"));
    QStringList out;
    out.reserve(arr->size());
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QJsonValue v = arr->at(i);
        if (!v.isString() || v.toString().isEmpty())
            return invalid(m_source, index(at(key), i),
                           Msg::tr("expected a non-empty text, found %1").arg(describe(v)));
        out << v.toString();
    }
    return out;
}

Result<std::optional<QString>> Reader::optionalString(QStringView key) const
{
    if (!has(key))
        return std::optional<QString>{};
    auto s = string(key, true);
    if (!s)
        return std::unexpected(s.error());
    return std::optional<QString>(*s);
}

Result<std::optional<qint64>> Reader::optionalInteger(QStringView key, qint64 min, qint64 max) const
{
    if (!has(key))
        return std::optional<qint64>{};
    auto n = integer(key, min, max);
    if (!n)
        return std::unexpected(n.error());
    return std::optional<qint64>(*n);
}

Result<QJsonObject> parseObject(const QByteArray& bytes, const QString& sourceName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(pe.offset, 0, bytes.size());
        const QByteArrayView before(bytes.constData(), offset);
        const qint64 line = before.count('\n') + 1;
        const qsizetype lastNl = before.lastIndexOf('\n');
        const qsizetype column = offset - lastNl; // 1-based
        QString msg = Msg::tr("not valid JSON: %1 (column %2)").arg(pe.errorString()).arg(column);
        if (!sourceName.isEmpty())
            msg = Msg::tr("%1: %2").arg(sourceName, msg);
        return fail(ErrorCode::Invalid, msg, QString(), line);
    }
    if (!doc.isObject()) {
        QString msg = Msg::tr("expected a JSON object at the top level");
        if (!sourceName.isEmpty())
            msg = Msg::tr("%1: %2").arg(sourceName, msg);
        return fail(ErrorCode::Invalid, msg, QString(), 1);
    }
    return doc.object();
}

} // namespace hukou::core::json
