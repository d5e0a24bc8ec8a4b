#pragma once

#include "../error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace hukou::core {

// Decodes a text file's bytes to UTF-8: a UTF-8 BOM is dropped; text that is not valid UTF-8 is
// read as GB18030 when it decodes cleanly; anything else is refused with a reason naming the file.
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::TextDecoding)
public:
    struct Decoded
    {
        QByteArray utf8;
        QString encoding; // "UTF-8" or "GB18030"
    };
    [[nodiscard]] static Result<Decoded> toUtf8(const QByteArray& bytes, const QString& fileName);
};

// An RFC 4180 reader over UTF-8 bytes: quoted fields with commas, quotes ("") and line breaks;
// CRLF or LF. Each record knows the line it starts on.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::core::CsvReader)
public:
    explicit CsvReader(QByteArrayView data) : m_data(data) {}

    // Reads the next record into `fields`; false at the end. A malformed record (a quote inside an
    // unquoted field, an unterminated quote) gives an error for that record's line, and reading
    // continues at the next line.
    [[nodiscard]] Result<bool> next(std::vector<QString>& fields);
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    [[nodiscard]] qint64 position() const { return m_pos; }

private:
    QByteArrayView m_data;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QByteArray m_field;
};

// Writes RFC 4180 records (quoting only where needed) with LF line ends.
class CsvWriter final
{
public:
    static void append(QByteArray& out, const QStringList& fields);
};

} // namespace hukou::core
