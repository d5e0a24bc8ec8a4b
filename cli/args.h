#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hukou::cli {

// The words after the command: positionals and --options, checked against what the command takes.
class Args final
{
    Q_DECLARE_TR_FUNCTIONS(hukou::cli::Args)
public:
    // valueOptions take a value (--out FILE); flags do not (--dry-run); repeatable ones may recur (--set).
    static std::optional<Args> parse(const QStringList& words, const QStringList& valueOptions,
                                     const QStringList& flags, QString* error,
                                     const QStringList& repeatable = {});

    [[nodiscard]] const QStringList& positionals() const { return m_positionals; }
    [[nodiscard]] QString value(const QString& name) const { return m_values.value(name).value(0); }
    [[nodiscard]] QStringList values(const QString& name) const { return m_values.value(name); }
    [[nodiscard]] bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }

private:
    QStringList m_positionals;
    QMap<QString, QStringList> m_values;
    QStringList m_flags;
};

} // namespace hukou::cli
