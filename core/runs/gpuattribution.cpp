// SPDX-License-Identifier: Apache-2.0
#include "gpuattribution.h"

#include <QByteArray>

namespace berth::core {

namespace {
QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            out.append(line.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    return out;
}

QList<QByteArrayView> lines(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            QByteArrayView l = text.sliced(start, i - start).trimmed();
            if (!l.isEmpty())
                out.append(l);
            start = i + 1;
        }
    }
    return out;
}
} // namespace

QStringList GpuAttribution::computeAppsArguments()
{
    return {QStringLiteral("--query-compute-apps=pid,gpu_uuid,used_memory"),
            QStringLiteral("--format=csv,noheader,nounits")};
}

QStringList GpuAttribution::utilizationArguments()
{
    return {QStringLiteral("--query-gpu=uuid,utilization.gpu"), QStringLiteral("--format=csv,noheader,nounits")};
}

QHash<QString, GpuAttribution::Usage> GpuAttribution::attribute(QByteArrayView computeApps, QByteArrayView utilization,
                                                                const QHash<QString, QList<qint64>> &containerPids)
{
    struct App
    {
        qint64 pid;
        QString gpu;
        qint64 memoryMiB;
    };
    QList<App> apps;
    QHash<QString, qint64> memoryOnGpu;
    for (QByteArrayView line : lines(computeApps)) {
        const QList<QByteArrayView> f = fields(line);
        if (f.size() < 3)
            continue;
        bool pidOk = false, memOk = false;
        const qint64 pid = f[0].toLongLong(&pidOk);
        const qint64 mem = f[2].toLongLong(&memOk); // "[N/A]" on some drivers: counts as 0
        if (!pidOk || pid <= 0)
            continue;
        App a{pid, QString::fromUtf8(f[1]), memOk && mem > 0 ? mem : 0};
        memoryOnGpu[a.gpu] += a.memoryMiB;
        apps.append(a);
    }
    QHash<QString, double> utilOf;
    for (QByteArrayView line : lines(utilization)) {
        const QList<QByteArrayView> f = fields(line);
        bool ok = false;
        const double u = f.size() >= 2 ? f[1].toDouble(&ok) : 0;
        if (ok && u >= 0 && u <= 100)
            utilOf.insert(QString::fromUtf8(f[0]), u);
    }
    QHash<qint64, QString> containerOfPid;
    for (auto it = containerPids.begin(); it != containerPids.end(); ++it) {
        for (qint64 pid : it.value())
            containerOfPid.insert(pid, it.key());
    }
    QHash<QString, Usage> usage;
    for (const App &a : std::as_const(apps)) {
        const auto owner = containerOfPid.constFind(a.pid);
        if (owner == containerOfPid.constEnd())
            continue;
        Usage &u = usage[*owner];
        u.memoryBytes += a.memoryMiB * 1024 * 1024;
        const qint64 total = memoryOnGpu.value(a.gpu);
        const int appsOnGpu =
            int(std::count_if(apps.begin(), apps.end(), [&](const App &x) { return x.gpu == a.gpu; }));
        const double share = total > 0 ? double(a.memoryMiB) / double(total) : 1.0 / qMax(1, appsOnGpu);
        u.utilPercent += utilOf.value(a.gpu) * share;
        if (!u.gpuUuids.contains(a.gpu))
            u.gpuUuids.append(a.gpu);
    }
    // A container on two GPUs: utilisation is the mean over the GPUs it uses.
    for (Usage &u : usage) {
        if (u.gpuUuids.size() > 1)
            u.utilPercent /= u.gpuUuids.size();
    }
    return usage;
}

} // namespace berth::core
