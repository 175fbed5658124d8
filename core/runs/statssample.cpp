// SPDX-License-Identifier: Apache-2.0
#include "statssample.h"

#include <QDateTime>
#include <QJsonArray>

namespace berth::core {

namespace {
double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}
} // namespace

StatsSample StatsSample::fromJson(const QJsonObject &stats)
{
    StatsSample s;
    const QDateTime read = QDateTime::fromString(stats.value(QStringLiteral("read")).toString(), Qt::ISODateWithMs);
    s.timeMs =
        read.isValid() && read.date().year() > 1 ? read.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();

    const QJsonObject cpu = stats.value(QStringLiteral("cpu_stats")).toObject();
    const QJsonObject pre = stats.value(QStringLiteral("precpu_stats")).toObject();
    const double cpuDelta = number(cpu.value(QStringLiteral("cpu_usage")).toObject(), "total_usage") -
                            number(pre.value(QStringLiteral("cpu_usage")).toObject(), "total_usage");
    const double systemDelta = number(cpu, "system_cpu_usage") - number(pre, "system_cpu_usage");
    double online = number(cpu, "online_cpus");
    if (online <= 0)
        online =
            cpu.value(QStringLiteral("cpu_usage")).toObject().value(QStringLiteral("percpu_usage")).toArray().size();
    if (cpuDelta > 0 && systemDelta > 0 && online > 0)
        s.cpuPercent = cpuDelta / systemDelta * online * 100.0;

    const QJsonObject memory = stats.value(QStringLiteral("memory_stats")).toObject();
    const QJsonObject memStats = memory.value(QStringLiteral("stats")).toObject();
    const qint64 usage = qint64(number(memory, "usage"));
    // cgroup v1 names it total_inactive_file, v2 inactive_file; either is cache the kernel can drop.
    qint64 cache = -1;
    if (memStats.contains(QStringLiteral("total_inactive_file")))
        cache = qint64(number(memStats, "total_inactive_file"));
    else if (memStats.contains(QStringLiteral("inactive_file")))
        cache = qint64(number(memStats, "inactive_file"));
    s.memoryBytes = cache >= 0 && cache < usage ? usage - cache : usage;
    s.memoryLimitBytes = qint64(number(memory, "limit"));

    const QJsonObject networks = stats.value(QStringLiteral("networks")).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        s.netRxBytes += qint64(number(n, "rx_bytes"));
        s.netTxBytes += qint64(number(n, "tx_bytes"));
    }
    const QJsonArray io = stats.value(QStringLiteral("blkio_stats"))
                              .toObject()
                              .value(QStringLiteral("io_service_bytes_recursive"))
                              .toArray();
    for (const QJsonValue &v : io) {
        const QJsonObject entry = v.toObject();
        const QString op = entry.value(QStringLiteral("op")).toString().toLower();
        if (op == QLatin1String("read"))
            s.blockReadBytes += qint64(number(entry, "value"));
        else if (op == QLatin1String("write"))
            s.blockWriteBytes += qint64(number(entry, "value"));
    }
    s.pids = int(number(stats.value(QStringLiteral("pids_stats")).toObject(), "current"));
    return s;
}

} // namespace berth::core
