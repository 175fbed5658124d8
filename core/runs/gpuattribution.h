// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth::core {

// Which container uses which GPU, and how much: nvidia-smi lists the processes that hold GPU memory by host PID;
// the engine lists each container's processes by host PID (/containers/ID/top). A container's GPU memory is the sum
// over its processes; its utilisation is each GPU's utilisation shared out by memory among the processes on it
// (nvidia-smi has no per-process utilisation that works everywhere).
class GpuAttribution final
{
public:
    struct Usage
    {
        qint64 memoryBytes = 0;
        double utilPercent = 0;
        QStringList gpuUuids;
    };

    // nvidia-smi --query-compute-apps=pid,gpu_uuid,used_memory --format=csv,noheader,nounits
    static QStringList computeAppsArguments();
    // nvidia-smi --query-gpu=uuid,utilization.gpu --format=csv,noheader,nounits
    static QStringList utilizationArguments();

    // containerPids: container id → its host PIDs. Containers without GPU processes are left out.
    static QHash<QString, Usage> attribute(QByteArrayView computeApps, QByteArrayView utilization,
                                           const QHash<QString, QList<qint64>> &containerPids);
};

} // namespace berth::core
