#include "csv.h"

#include <QStringDecoder>

namespace hukou::core {

Result<TextDecoding::Decoded> TextDecoding::toUtf8(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Decoded{bytes.mid(3), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(ErrorCode::Invalid, tr("%1 is UTF-16 text; save it as UTF-8 (or GB18030) and try again").arg(fileName));
    if (QByteArrayView(bytes).isValidUtf8()) // strict: no overlong forms, no surrogates, at most U+10FFFF
        return Decoded{bytes, QStringLiteral("UTF-8")};
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return fail(ErrorCode::Invalid,
                    tr("%1 is not UTF-8 text, and GB18030 cannot be read on this system").arg(fileName));
    const QString text = gb.decode(bytes);
    if (gb.hasError() || text.contains(QChar::ReplacementCharacter))
        return fail(ErrorCode::Invalid,
                    tr("%1 is neither UTF-8 nor GB18030 text; check the file's encoding").arg(fileName));
    return Decoded{text.toUtf8(), QStringLiteral("GB18030")};
}

namespace {

// Sets `out` to the UTF-8 text `in`, in out's own storage when it is not shared: a reader that keeps
// its field strings from record to record allocates nothing for most fields.
void assignUtf8(QString& out, QByteArrayView in)
{
    out.resize(in.size()); // UTF-16 never takes more units than UTF-8 takes bytes
    QChar* d = out.data();
    const char* s = in.data();
    qsizetype i = 0;
    for (; i < in.size() && static_cast<unsigned char>(s[i]) < 0x80; ++i)
        d[i] = QLatin1Char(s[i]);
    if (i < in.size()) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        out.resize(utf8.appendToBuffer(d + i, in.sliced(i)) - d);
    }
}

} // namespace

Result<bool> CsvReader::next(std::vector<QString>& fields)
{
    std::size_t count = 0;
    const auto put = [&](QByteArrayView utf8) {
        if (count < fields.size())
            assignUtf8(fields[count], utf8);
        else
            fields.push_back(QString::fromUtf8(utf8));
        ++count;
    };
    const auto done = [&] {
        fields.resize(count);
        return true;
    };
    const qint64 n = m_data.size();
    if (m_pos >= n) {
        fields.clear();
        return false;
    }
    m_recordLine = m_line;
    const char* d = m_data.data();
    const auto badRecord = [&](const QString& why) -> Result<bool> {
        fields.resize(count); // what was read of it
        // Skip to the end of this physical line and report.
        while (m_pos < n && d[m_pos] != '\n')
            ++m_pos;
        if (m_pos < n) {
            ++m_pos;
            ++m_line;
        }
        return fail(ErrorCode::Invalid, why, {}, m_recordLine);
    };

    for (;;) {
        if (m_pos < n && d[m_pos] == '"') {
            // Quoted field: doubled quotes are quotes; commas and line breaks are data.
            m_field.clear();
            ++m_pos;
            for (;;) {
                if (m_pos >= n) {
                    fields.resize(count);
                    return fail(ErrorCode::Invalid, tr("a quoted field is not closed before the end of the file"), {},
                                m_recordLine);
                }
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        m_field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                m_field += c;
                ++m_pos;
            }
            put(m_field);
            if (m_pos < n && d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n')
                ++m_pos;
            if (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\n')
                return badRecord(tr("unexpected text after a closing quote"));
        } else {
            // Unquoted field: a slice up to the next comma or line end, converted once.
            const qint64 start = m_pos;
            while (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\n') {
                if (d[m_pos] == '"')
                    return badRecord(
                        tr("a quote inside an unquoted field (quote the whole field and double the quote)"));
                ++m_pos;
            }
            qint64 end = m_pos;
            if (end > start && d[end - 1] == '\r' && (m_pos >= n || d[m_pos] == '\n'))
                --end;
            put(QByteArrayView(d + start, end - start));
        }
        if (m_pos >= n)
            return done();
        if (d[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // line end
        ++m_pos;
        ++m_line;
        return done();
    }
}

void CsvWriter::append(QByteArray& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        const QByteArray f = fields[i].toUtf8();
        if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            QByteArray q = f;
            q.replace("\"", "\"\"");
            out += '"' + q + '"';
        } else {
            out += f;
        }
    }
    out += '\n';
}

} // namespace hukou::core
