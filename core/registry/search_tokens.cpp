#include "search_tokens.h"

#include <QVarLengthArray>

#include <algorithm>

namespace hukou::core::search_tokens {

namespace {

// Lowercase hex appended in place: indexing runs once per person in a large import, so it avoids
// QString::number, temporary lists and regular expressions.
void appendHex(QString& out, char32_t c)
{
    static const char16_t hex[] = u"0123456789abcdef";
    char16_t buf[8];
    int n = 0;
    do {
        buf[7 - n++] = hex[c & 0xF];
        c >>= 4;
    } while (c);
    out.append(reinterpret_cast<const QChar*>(buf + 8 - n), n);
}

// The letters of `text`, lowercased (code points).
QVarLengthArray<char32_t, 32> letters(QStringView text)
{
    QVarLengthArray<char32_t, 32> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (QChar::isLetterOrNumber(c))
            out.append(QChar::toLower(c));
    }
    return out;
}

void appendToken(QString& out, const QString& tag, char kind, const char32_t* cps, qsizetype n)
{
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    out += tag;
    out += QLatin1Char(kind);
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            out += QLatin1Char('g');
        appendHex(out, cps[i]);
    }
}

// A current name gets what each search stage asks for (PersonSearch): e for the exact class (and for
// the prefix class of queries of 2 letters or more, as a prefix query); p (the first letter, names
// of 2 letters or more) for the prefix class of 1-letter queries, which excludes the exact name; u
// and b from the second letter on for the contains class, which excludes names that begin with the
// query. A former name is only searched for containing the query: every u and b, tagged f. Fewer
// tokens is what makes the index quick to build.
void addNameTokens(QString& out, QStringView name, bool former)
{
    const auto l = letters(name);
    if (l.isEmpty())
        return;
    const QString tag = former ? QStringLiteral("f") : QString();
    // Unigrams and bigrams once each (FTS5 counts a repeated token once anyway with detail=none).
    QVarLengthArray<char32_t, 32> seen;
    QVarLengthArray<std::pair<char32_t, char32_t>, 32> seenPairs;
    for (qsizetype i = former ? 0 : 1; i < l.size(); ++i) {
        if (!std::count(seen.begin(), seen.end(), l[i])) {
            seen.append(l[i]);
            appendToken(out, tag, 'u', &l[i], 1);
        }
        if (i + 1 < l.size() && !std::count(seenPairs.begin(), seenPairs.end(), std::pair(l[i], l[i + 1]))) {
            seenPairs.append({l[i], l[i + 1]});
            appendToken(out, tag, 'b', &l[i], 2);
        }
    }
    if (former)
        return;
    if (l.size() > 1)
        appendToken(out, tag, 'p', l.data(), 1);
    appendToken(out, tag, 'e', l.data(), l.size());
}

bool isFormerNameSeparator(QChar c)
{
    return c.isSpace() || c == u'、' || c == u',' || c == u';' || c == u'，' || c == u'；';
}

} // namespace

QString fold(const QString& text)
{
    const auto l = letters(text);
    return QString::fromUcs4(l.data(), l.size());
}

QStringList splitFormerNames(const QString& formerNames)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= formerNames.size(); ++i) {
        if (i == formerNames.size() || isFormerNameSeparator(formerNames[i])) {
            if (i > start)
                out << formerNames.mid(start, i - start);
            start = i + 1;
        }
    }
    return out;
}

QString document(const QString& name, const QString& formerNames, const QString& citizenId)
{
    QString out;
    out.reserve(160);
    addNameTokens(out, name, false);
    if (!formerNames.isEmpty())
        for (const QString& f : splitFormerNames(formerNames))
            addNameTokens(out, f, true);
    if (citizenId.size() == 18)
        out += QStringLiteral(" s") + citizenId.right(4).toLower();
    return out;
}

QString nameQuery(const QString& folded, NameClass cls, bool former)
{
    const auto l = letters(folded);
    const QString tag = former ? QStringLiteral("f") : QString();
    if (l.isEmpty())
        return {};
    QString out;
    if (cls == NameClass::Exact) {
        appendToken(out, tag, 'e', l.data(), l.size());
        return out;
    }
    QStringList terms;
    const auto term = [&](char kind, const char32_t* cps, qsizetype n) {
        QString t;
        appendToken(t, tag, kind, cps, n);
        if (!terms.contains(t))
            terms << t;
    };
    if (l.size() == 1) {
        term(cls == NameClass::Prefix ? 'p' : 'u', l.data(), 1);
    } else if (cls == NameClass::Prefix) {
        // Whole names that go on after the query: the e token's prefix query "e<query>g*".
        appendToken(out, tag, 'e', l.data(), l.size());
        return out + QStringLiteral("g*");
    } else {
        for (qsizetype i = 0; i + 1 < l.size(); ++i)
            term('b', &l[i], 2);
    }
    return terms.join(QStringLiteral(" AND "));
}

QString idSuffixQuery(const QString& digits)
{
    return QStringLiteral("s") + digits.right(4).toLower();
}

} // namespace hukou::core::search_tokens
