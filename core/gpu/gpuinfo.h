// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace berth::core {

// One GPU as nvidia-smi reports it. Numbers nvidia-smi could not give ("[N/A]") are -1.
struct GpuInfo
{
    int index = -1;
    QString uuid; // GPU-8c1f…; may be empty when nvidia-smi said [N/A]
    QString name; // NVIDIA A100-SXM4-80GB
    qint64 memoryTotalMiB = -1;
    qint64 memoryUsedMiB = -1;
    int utilizationPercent = -1; // 0..100
    QString driverVersion;       // 535.104.05; empty when unknown

    bool operator==(const GpuInfo &other) const = default;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::GpuInfo)
