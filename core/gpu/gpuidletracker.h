// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuallocation.h"
#include "gpuinfo.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace berth::core {

// Since when each GPU has shown 0 % utilisation, from successive nvidia-smi readings. A GPU that a container holds
// and that has been idle longer than a threshold is an "idle holder": UIs mark it so colleagues can ask the owner to
// release it. Nothing is ever stopped. Only continuous observation counts: a gap between readings longer than
// MaxGapSecs (Berth was closed, the page hidden) starts the count again.
class GpuIdleTracker final
{
public:
    static constexpr qint64 MaxGapSecs = 300;

    // One reading of all GPUs at a moment.
    void observe(const QList<GpuInfo> &gpus, const QDateTime &at);
    void clear() { m_since.clear(); }

    // Since when the GPU has been at 0 %; invalid while it is in use, unknown, or not observed yet.
    QDateTime idleSince(const GpuInfo &gpu) const;
    // Seconds idle at `now`; -1 when not idle.
    qint64 idleSeconds(const GpuInfo &gpu, const QDateTime &now) const;

    // The shortest idle time over the GPUs a container holds (as the allocation counts holders: a created container
    // reserving a GPU it never uses is as idle as a running one that does nothing), or -1 when any of them is busy
    // or unknown, or the container holds none that the inventory knows. Count requests name no GPU: never judged.
    qint64 holderIdleSeconds(const QString &containerId, const GpuAllocation &allocation, const QList<GpuInfo> &gpus,
                             const QDateTime &now) const;

    // thresholdSecs 0 or less: never idle (the marking is off).
    static bool isIdle(qint64 idleSecs, qint64 thresholdSecs)
    {
        return idleSecs >= 0 && thresholdSecs > 0 && idleSecs >= thresholdSecs;
    }

private:
    static QString key(const GpuInfo &gpu);

    QHash<QString, QDateTime> m_since;
    QDateTime m_lastReading;
};

} // namespace berth::core
