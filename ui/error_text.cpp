#include "error_text.h"

namespace hukou::ui {

QString sentence(const QString& message)
{
    QString s = message.trimmed();
    if (s.isEmpty())
        return s;
    if (s.front().isLower())
        s.front() = s.front().toUpper();
    const QChar last = s.back();
    if (last.isLetterOrNumber() || last == QLatin1Char(')'))
        s += QLatin1Char('.');
    return s;
}

QString errorText(const core::Error& error)
{
    return sentence(error.message);
}

} // namespace hukou::ui
