#include "search_tokens.h"

#include <QRegularExpression>

namespace hukou::core::search_tokens {

namespace {

QString cp(char32_t c)
{
    return QString::number(static_cast<uint>(c), 16);
}

QList<char32_t> letters(const QString& text)
{
    QList<char32_t> out;
    for (char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            out << QChar::toLower(c);
    }
    return out;
}

QString pair(char32_t a, char32_t b)
{
    return cp(a) + QLatin1Char('g') + cp(b);
}

void addNameTokens(QStringList& out, const QString& name, const QString& tag)
{
    const QList<char32_t> l = letters(name);
    if (l.isEmpty())
        return;
    QString exact = tag + QLatin1Char('e');
    for (qsizetype i = 0; i < l.size(); ++i) {
        out << tag + QLatin1Char('u') + cp(l[i]);
        if (i + 1 < l.size())
            out << tag + QLatin1Char('b') + pair(l[i], l[i + 1]);
        exact += (i ? QStringLiteral("g") : QString()) + cp(l[i]);
    }
    out << tag + QLatin1Char('p') + cp(l[0]);
    if (l.size() > 1)
        out << tag + QLatin1Char('q') + pair(l[0], l[1]);
    out << exact;
}

} // namespace

QString fold(const QString& text)
{
    const QList<char32_t> l = letters(text);
    return QString::fromUcs4(l.constData(), l.size());
}

QStringList splitFormerNames(const QString& formerNames)
{
    static const QRegularExpression sep(QStringLiteral("[、,;，；\\s]+"));
    return formerNames.split(sep, Qt::SkipEmptyParts);
}

QString document(const QString& name, const QString& formerNames, const QString& citizenId)
{
    QStringList tokens;
    addNameTokens(tokens, name, QString());
    for (const QString& f : splitFormerNames(formerNames))
        addNameTokens(tokens, f, QStringLiteral("f"));
    if (citizenId.size() == 18) {
        tokens << QLatin1Char('s') + citizenId.right(4).toLower();
        tokens << QLatin1Char('t') + citizenId.right(6).toLower();
    }
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
}

QString nameQuery(const QString& folded, NameClass cls, bool former)
{
    const QList<char32_t> l = letters(folded);
    const QString tag = former ? QStringLiteral("f") : QString();
    if (l.isEmpty())
        return {};
    if (cls == NameClass::Exact) {
        QString exact = tag + QLatin1Char('e');
        for (qsizetype i = 0; i < l.size(); ++i)
            exact += (i ? QStringLiteral("g") : QString()) + cp(l[i]);
        return exact;
    }
    QStringList terms;
    if (l.size() == 1) {
        terms << tag + (cls == NameClass::Prefix ? QLatin1Char('p') : QLatin1Char('u')) + cp(l[0]);
    } else {
        if (cls == NameClass::Prefix)
            terms << tag + QLatin1Char('q') + pair(l[0], l[1]);
        for (qsizetype i = 0; i + 1 < l.size(); ++i)
            terms << tag + QLatin1Char('b') + pair(l[i], l[i + 1]);
    }
    terms.removeDuplicates();
    return terms.join(QStringLiteral(" AND "));
}

QString idSuffixQuery(const QString& digits)
{
    return (digits.size() == 4 ? QStringLiteral("s") : QStringLiteral("t")) + digits.toLower();
}

} // namespace hukou::core::search_tokens
