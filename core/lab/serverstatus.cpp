// SPDX-License-Identifier: Apache-2.0
#include "serverstatus.h"

#include "gpu/freegpuchooser.h"

#include <QJsonArray>

namespace berth::core {

namespace {
QJsonValue number(qint64 n)
{
    return n < 0 ? QJsonValue() : QJsonValue(double(n));
}

GpuAllocation allocationOf(const ServerStatus &s)
{
    QList<GpuHold> holds = s.unplacedHolders;
    QList<GpuInfo> infos;
    for (const ServerStatus::Gpu &g : s.gpus) {
        infos << g.info;
        for (const GpuHold &h : g.holders) {
            if (!holds.contains(h))
                holds << h;
        }
    }
    return GpuAllocation::compute(holds, infos);
}
} // namespace

QList<int> ServerStatus::freeGpuIndexes() const
{
    if (gpuState != GpuState::Ready)
        return {};
    QList<GpuInfo> infos;
    for (const Gpu &g : gpus)
        infos << g.info;
    return FreeGpuChooser::candidates(allocationOf(*this), infos);
}

int ServerStatus::freeGpuCount() const
{
    return int(freeGpuIndexes().size());
}

qint64 ServerStatus::freeMemoryMiB(const QList<int> &indexes) const
{
    qint64 total = 0;
    for (const Gpu &g : gpus) {
        if (indexes.contains(g.info.index) && g.info.memoryTotalMiB >= 0)
            total += g.info.memoryTotalMiB - qMax<qint64>(g.info.memoryUsedMiB, 0);
    }
    return total;
}

QJsonObject ServerStatus::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("reachable"), reachable);
    if (!reachable) {
        o.insert(QStringLiteral("error"), error.isError() ? error.message() : QStringLiteral("no answer"));
        o.insert(QStringLiteral("errorKind"), QLatin1String(EngineError::kindName(error.kind())));
    }
    o.insert(QStringLiteral("engineVersion"), engineVersion.isEmpty() ? QJsonValue() : QJsonValue(engineVersion));
    o.insert(QStringLiteral("apiVersion"), apiVersion.isEmpty() ? QJsonValue() : QJsonValue(apiVersion));
    o.insert(QStringLiteral("containers"), running < 0 ? QJsonValue()
                                                       : QJsonValue(QJsonObject{{QStringLiteral("running"), running},
                                                                                {QStringLiteral("total"), total}}));
    if (gpuState != GpuState::Ready) {
        o.insert(QStringLiteral("gpus"), QJsonValue());
        const char *why = gpuState == GpuState::Unknown        ? "unknown"
                          : gpuState == GpuState::NotInstalled ? "not-installed"
                          : gpuState == GpuState::Failed       ? "failed"
                                                               : "pending";
        o.insert(QStringLiteral("gpuState"), QLatin1String(why));
        if (!gpuError.isEmpty())
            o.insert(QStringLiteral("gpuError"), gpuError);
        return o;
    }
    QJsonArray gpuArray;
    for (const Gpu &g : gpus) {
        QJsonArray holders;
        for (const GpuHold &h : g.holders) {
            QJsonObject holder{{QStringLiteral("container"), h.containerName},
                               {QStringLiteral("id"), h.containerId},
                               {QStringLiteral("owner"), h.owner.isEmpty() ? QJsonValue() : QJsonValue(h.owner)},
                               {QStringLiteral("state"), h.state}};
            if (h.since.isValid())
                holder.insert(QStringLiteral("since"), h.since.toUTC().toString(Qt::ISODate));
            holders.append(holder);
        }
        gpuArray.append(QJsonObject{{QStringLiteral("index"), g.info.index},
                                    {QStringLiteral("uuid"), g.info.uuid},
                                    {QStringLiteral("name"), g.info.name},
                                    {QStringLiteral("memoryUsedMiB"), number(g.info.memoryUsedMiB)},
                                    {QStringLiteral("memoryTotalMiB"), number(g.info.memoryTotalMiB)},
                                    {QStringLiteral("utilization"), number(g.info.utilizationPercent)},
                                    {QStringLiteral("holders"), holders},
                                    {QStringLiteral("idleSeconds"), number(g.idleSecs)}});
    }
    o.insert(QStringLiteral("gpus"), gpuArray);
    o.insert(QStringLiteral("gpuState"), QStringLiteral("ready"));
    if (!driverVersion.isEmpty())
        o.insert(QStringLiteral("driverVersion"), driverVersion);
    return o;
}

} // namespace berth::core
