#include "args.h"

namespace hukou::cli {

std::optional<Args> Args::parse(const QStringList& words, const QStringList& valueOptions, const QStringList& flags,
                                QString* error, const QStringList& repeatable)
{
    Args a;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (!w.startsWith(QLatin1String("--")) || w == QLatin1String("--")) {
            a.m_positionals << w;
            continue;
        }
        QString name = w.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const auto eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (flags.contains(name) && !hasInline) {
            a.m_flags << name;
        } else if (valueOptions.contains(name) || repeatable.contains(name)) {
            QString value = inlineValue;
            if (!hasInline) {
                if (i + 1 >= words.size()) {
                    *error = tr("option --%1 needs a value").arg(name);
                    return std::nullopt;
                }
                value = words[++i];
            }
            if (a.m_values.contains(name) && !repeatable.contains(name)) {
                *error = tr("option --%1 is given twice").arg(name);
                return std::nullopt;
            }
            a.m_values[name] << value;
        } else {
            *error = tr("unknown option --%1").arg(name);
            return std::nullopt;
        }
    }
    return a;
}

} // namespace hukou::cli
