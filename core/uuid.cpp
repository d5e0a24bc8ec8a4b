#include "uuid.h"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace hukou::core {

namespace {

// RFC 9562 version 7 with the "monotonic random" method: within one millisecond (or when the clock
// steps back) the random part is incremented, so ids made in a batch are strictly increasing and
// land at the end of the unique index instead of all over it.
struct Monotonic
{
    std::uint64_t lastMs = 0;
    std::uint16_t randA = 0; // 12 bits
    std::uint64_t randB = 0; // 62 bits
    // Random numbers drawn 64 at a time: a bulk load makes a million ids, and one system call each
    // was a visible part of it.
    std::array<std::uint64_t, 64> pool{};
    std::size_t used = 64;

    std::uint64_t random64()
    {
        if (used == pool.size()) {
            randombytes_buf(pool.data(), sizeof pool);
            used = 0;
        }
        return pool[used++];
    }
};

} // namespace

QString newUuidV7(const QDateTime& at)
{
    const UuidText text = newUuidV7Text(at.toMSecsSinceEpoch());
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

UuidText newUuidV7Text(std::int64_t msSinceEpoch)
{
    // One state per thread: ids are increasing within a thread, and threads do not wait for each
    // other (an import makes persons' ids on one thread and households' on another). Ids of two
    // threads in the same millisecond differ in 74 random bits.
    thread_local Monotonic state;
    std::uint64_t ms = static_cast<std::uint64_t>(msSinceEpoch);
    std::uint16_t a = 0;
    std::uint64_t b = 0;
    {
        if (ms > state.lastMs) {
            state.lastMs = ms;
            state.randA = static_cast<std::uint16_t>(state.random64() & 0x0FFF);
            state.randB = state.random64() & 0x3FFFFFFFFFFFFFFFULL;
        } else {
            ms = state.lastMs;
            state.randB += 1 + (state.random64() & 0xFF);
            if (state.randB > 0x3FFFFFFFFFFFFFFFULL) {
                state.randB &= 0x3FFFFFFFFFFFFFFFULL;
                state.randA = static_cast<std::uint16_t>((state.randA + 1) & 0x0FFF);
                if (state.randA == 0)
                    state.lastMs = ++ms; // borrow the next millisecond rather than repeat
            }
        }
        a = state.randA;
        b = state.randB;
    }
    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>(0x70 | (a >> 8));
    bytes[7] = static_cast<unsigned char>(a & 0xFF);
    bytes[8] = static_cast<unsigned char>(0x80 | ((b >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(b >> (8 * (15 - i)));
    static const char hex[] = "0123456789abcdef";
    UuidText text{};
    std::size_t o = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[o++] = '-';
        text[o++] = hex[bytes[i] >> 4];
        text[o++] = hex[bytes[i] & 0xF];
    }
    return text;
}

} // namespace hukou::core
