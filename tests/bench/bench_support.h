#pragma once

// What the benchmarks share (header only; benchmarks are run by hand).
#include <QByteArray>
#include <QFile>

namespace hukou::bench {

// This process's resident memory (VmRSS) in KiB, or -1 where /proc cannot tell.
inline long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace hukou::bench
