#include "error_text.h"

#include <algorithm>

namespace hukou::ui {

QString sentence(const QString& message)
{
    QString s = message.trimmed();
    if (s.isEmpty())
        return s;
    // Capitalise a first word, not a file name or an identifier ("broken.json: ...", "gz-2023 ...").
    qsizetype wordEnd = 0;
    while (wordEnd < s.size() && s[wordEnd] != QLatin1Char(' ') && s[wordEnd] != QLatin1Char(':'))
        ++wordEnd;
    const bool plainWord = std::all_of(s.begin(), s.begin() + wordEnd, [](QChar c) { return c.isLetter(); });
    if (plainWord && s.front().isLower())
        s.front() = s.front().toUpper();
    const QChar last = s.back();
    if (last.isLetterOrNumber() || last == QLatin1Char(')') || last == QChar(0xFF09)) {
        // A Chinese sentence ends with a full stop of its own (。); an English one may quote a Chinese
        // name or address in the middle.
        const auto cjk = [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; };
        s += cjk(s.front()) || cjk(last) ? QChar(0x3002) : QLatin1Char('.');
    }
    return s;
}

QString errorText(const core::Error& error)
{
    return sentence(error.message);
}

} // namespace hukou::ui
