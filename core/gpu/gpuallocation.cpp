// SPDX-License-Identifier: Apache-2.0
#include "gpuallocation.h"

#include <algorithm>

namespace berth::core {

bool GpuAllocation::counts(const GpuHold &hold, Policy policy)
{
    return hold.isActive() || (policy == Policy::RunningAndCreated && hold.isReserved());
}

int GpuAllocation::resolve(const QString &id, const QList<GpuInfo> &gpus)
{
    const QString trimmed = id.trimmed();
    bool isIndex = false;
    QString indexPart = trimmed;
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon > 0)
        indexPart = trimmed.left(colon); // MIG "GPU:instance"
    const int index = indexPart.toInt(&isIndex);
    if (isIndex && index >= 0) {
        if (gpus.isEmpty())
            return index;
        for (const GpuInfo &gpu : gpus) {
            if (gpu.index == index)
                return index;
        }
        return -1;
    }
    for (const GpuInfo &gpu : gpus) {
        if (!gpu.uuid.isEmpty() && gpu.uuid.compare(trimmed, Qt::CaseInsensitive) == 0)
            return gpu.index;
    }
    return -1;
}

GpuAllocation GpuAllocation::compute(const QList<GpuHold> &holds, const QList<GpuInfo> &gpus, Policy policy)
{
    GpuAllocation allocation;
    for (const GpuHold &hold : holds) {
        if (!counts(hold, policy))
            continue;
        allocation.m_holds << hold;
        switch (hold.kind) {
        case GpuHold::Kind::All:
            for (const GpuInfo &gpu : gpus)
                allocation.m_byGpu[gpu.index] << hold;
            break;
        case GpuHold::Kind::Count:
            allocation.m_unplaced << hold;
            break;
        case GpuHold::Kind::Devices: {
            QList<int> placed;
            for (const QString &id : hold.deviceIds) {
                const int index = resolve(id, gpus);
                if (index < 0) {
                    allocation.m_unresolved << hold.containerName + QStringLiteral(": ") + id;
                    continue;
                }
                if (placed.contains(index))
                    continue; // "0" and its UUID in one request
                placed << index;
                allocation.m_byGpu[index] << hold;
            }
            break;
        }
        }
    }
    for (const GpuInfo &gpu : gpus) {
        if (allocation.m_byGpu.contains(gpu.index))
            continue;
        allocation.m_free << gpu.index;
        if (looksBusy(gpu))
            allocation.m_busyFree << gpu.index;
    }
    std::sort(allocation.m_free.begin(), allocation.m_free.end());
    std::sort(allocation.m_busyFree.begin(), allocation.m_busyFree.end());
    return allocation;
}

bool GpuAllocation::looksBusy(const GpuInfo &gpu)
{
    if (gpu.utilizationPercent >= 20)
        return true;
    if (gpu.memoryUsedMiB < 0)
        return false;
    const qint64 threshold = gpu.memoryTotalMiB > 0 ? std::max<qint64>(512, gpu.memoryTotalMiB / 20) : 512;
    return gpu.memoryUsedMiB > threshold;
}

QList<int> GpuAllocation::idleFreeGpus() const
{
    QList<int> idle;
    for (int index : m_free) {
        if (!m_busyFree.contains(index))
            idle << index;
    }
    return idle;
}

int GpuAllocation::unplacedCount() const
{
    int total = 0;
    for (const GpuHold &hold : m_unplaced)
        total += hold.count;
    return total;
}

} // namespace berth::core
