#include "uuid.h"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace hukou::core {

QString newUuidV7(const QDateTime& at)
{
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    const auto ms = static_cast<std::uint64_t>(at.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x70);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static const char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += QLatin1Char('-');
        s += QLatin1Char(hex[b[i] >> 4]);
        s += QLatin1Char(hex[b[i] & 0xF]);
    }
    return s;
}

} // namespace hukou::core
