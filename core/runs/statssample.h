// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QMetaType>

namespace berth::core {

// One reading of a container's resources, computed from /containers/ID/stats the way `docker stats` does:
// CPU % over the interval since the engine's previous reading (scaled by online CPUs), memory without the page cache,
// network and block I/O as running totals.
struct StatsSample
{
    qint64 timeMs = 0;      // when the engine read it (ms since the epoch)
    double cpuPercent = 0;  // 100 = one CPU busy
    qint64 memoryBytes = 0; // in use, page cache excluded
    qint64 memoryLimitBytes = 0;
    qint64 netRxBytes = 0;
    qint64 netTxBytes = 0;
    qint64 blockReadBytes = 0;
    qint64 blockWriteBytes = 0;
    int pids = 0;
    double gpuUtilPercent = -1; // -1: no GPU work attributed
    qint64 gpuMemoryBytes = -1;

    static StatsSample fromJson(const QJsonObject &stats);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::StatsSample)
