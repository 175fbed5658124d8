// SPDX-License-Identifier: Apache-2.0
#include "gpuidletracker.h"

namespace berth::core {

QString GpuIdleTracker::key(const GpuInfo &gpu)
{
    // The UUID survives a reordering of indexes (a GPU lost and found after a reboot).
    return gpu.uuid.isEmpty() ? QString::number(gpu.index) : gpu.uuid;
}

void GpuIdleTracker::observe(const QList<GpuInfo> &gpus, const QDateTime &at)
{
    if (m_lastReading.isValid() && m_lastReading.secsTo(at) > MaxGapSecs)
        m_since.clear();
    m_lastReading = at;
    QHash<QString, QDateTime> next;
    for (const GpuInfo &gpu : gpus) {
        if (gpu.utilizationPercent != 0)
            continue;
        const QString k = key(gpu);
        next.insert(k, m_since.value(k, at));
    }
    m_since = std::move(next);
}

QDateTime GpuIdleTracker::idleSince(const GpuInfo &gpu) const
{
    return m_since.value(key(gpu));
}

qint64 GpuIdleTracker::idleSeconds(const GpuInfo &gpu, const QDateTime &now) const
{
    const QDateTime since = idleSince(gpu);
    return since.isValid() ? qMax<qint64>(since.secsTo(now), 0) : -1;
}

qint64 GpuIdleTracker::holderIdleSeconds(const QString &containerId, const GpuAllocation &allocation,
                                         const QList<GpuInfo> &gpus, const QDateTime &now) const
{
    qint64 shortest = -1;
    bool holdsAny = false;
    for (const GpuInfo &gpu : gpus) {
        bool held = false;
        for (const GpuHold &hold : allocation.holdersOf(gpu.index)) {
            if (hold.containerId == containerId)
                held = true;
        }
        if (!held)
            continue;
        holdsAny = true;
        const qint64 idle = idleSeconds(gpu, now);
        if (idle < 0)
            return -1;
        shortest = shortest < 0 ? idle : qMin(shortest, idle);
    }
    return holdsAny ? shortest : -1;
}

} // namespace berth::core
