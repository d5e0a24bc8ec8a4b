#include "districts.h"

#include <vector>

namespace hukou::core {

std::span<const District> Districts::all()
{
    static const std::vector<District> table = {
        {QStringLiteral("440103"), QStringLiteral("荔湾区"), true, {}},
        {QStringLiteral("440104"), QStringLiteral("越秀区"), true, {}},
        {QStringLiteral("440105"), QStringLiteral("海珠区"), true, {}},
        {QStringLiteral("440106"), QStringLiteral("天河区"), true, {}},
        {QStringLiteral("440111"), QStringLiteral("白云区"), true, {}},
        {QStringLiteral("440112"), QStringLiteral("黄埔区"), true, {}},
        {QStringLiteral("440113"), QStringLiteral("番禺区"), true, {}},
        {QStringLiteral("440114"), QStringLiteral("花都区"), true, {}},
        {QStringLiteral("440115"), QStringLiteral("南沙区"), true, {}},
        {QStringLiteral("440117"), QStringLiteral("从化区"), true, {}},
        {QStringLiteral("440118"), QStringLiteral("增城区"), true, {}},
        {QStringLiteral("440102"), QStringLiteral("东山区"), false, QStringLiteral("440104")},
        {QStringLiteral("440107"), QStringLiteral("芳村区"), false, QStringLiteral("440103")},
        {QStringLiteral("440116"), QStringLiteral("萝岗区"), false, QStringLiteral("440112")},
        {QStringLiteral("440183"), QStringLiteral("增城市"), false, QStringLiteral("440118")},
        {QStringLiteral("440184"), QStringLiteral("从化市"), false, QStringLiteral("440117")},
        {QStringLiteral("440181"), QStringLiteral("番禺市"), false, QStringLiteral("440113")},
        {QStringLiteral("440182"), QStringLiteral("花都市"), false, QStringLiteral("440114")},
    };
    return table;
}

std::optional<District> Districts::findCurrent(const QString& codeOrName)
{
    const QString key = codeOrName.trimmed();
    for (const District& d : all())
        if (d.current && (d.code == key || d.name == key))
            return d;
    return std::nullopt;
}

std::optional<District> Districts::byCode(const QString& code)
{
    for (const District& d : all())
        if (d.code == code)
            return d;
    return std::nullopt;
}

QString Districts::nameOf(const QString& code)
{
    const auto d = byCode(code);
    return d ? d->name : code;
}

} // namespace hukou::core
