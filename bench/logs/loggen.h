// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

// Synthetic training output for the log benchmarks: what a PyTorch run prints, in the engine's timestamps=1 framing.
namespace berth::bench {

struct GeneratedLog
{
    QByteArray wire;     // multiplexed frames, as the engine sends them
    qint64 payloadBytes; // log bytes without frame headers (what "MB/s" counts)
    qint64 lines;
};

inline QByteArray engineStamp(qint64 nanos)
{
    const qint64 s = nanos / 1000000000, ns = nanos % 1000000000;
    const qint64 day = s / 86400, rem = s % 86400;
    // 2024-01-01 plus whole days, enough for a benchmark spanning hours
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "2024-01-%02lldT%02lld:%02lld:%02lld.%09lldZ ", 1 + day % 28,
                                rem / 3600, (rem / 60) % 60, rem % 60, ns);
    return QByteArray(buf, n);
}

inline GeneratedLog generateLog(qint64 lines)
{
    GeneratedLog log;
    log.lines = lines;
    log.payloadBytes = 0;
    log.wire.reserve(lines * 84);
    qint64 t = 3600LL * 1000000000LL;
    char content[256];
    for (qint64 i = 0; i < lines; ++i) {
        t += 1000 + (i % 7) * 113;
        int n;
        int channel = 1;
        switch (i % 20) {
        case 0:
            n = std::snprintf(content, sizeof content, "\x1b[32mINFO\x1b[0m epoch %lld: val_loss=0.%04lld best\n",
                              i / 1000, i % 10000);
            break;
        case 1:
            channel = 2;
            n = std::snprintf(content, sizeof content, "train:  %2lld%%|###       | %lld/1000 [00:01<00:09]\r\n",
                              i % 100, i % 1000);
            break;
        case 2:
            channel = 2;
            n = std::snprintf(content, sizeof content, "\x1b[33mWARNING\x1b[0m lr scheduler step %lld\n", i);
            break;
        default:
            n = std::snprintf(content, sizeof content, "step %07lld loss=0.%04lld acc=0.%04lld lr=0.0001\n", i,
                              (i * 7) % 10000, (i * 13) % 10000);
            break;
        }
        const QByteArray stamp = engineStamp(t);
        const quint32 size = quint32(stamp.size() + n);
        const char header[8] = {char(channel),   0,         0, 0, char(size >> 24), char(size >> 16),
                                char(size >> 8), char(size)};
        log.wire.append(header, 8);
        log.wire.append(stamp);
        log.wire.append(content, n);
        log.payloadBytes += size;
    }
    return log;
}

} // namespace berth::bench
