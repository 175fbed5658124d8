// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// What GPUs one container asked the engine for, with who launched it. Read from the container's inspect document:
// HostConfig.DeviceRequests (docker --gpus, and CDI nvidia.com/gpu=… requests), or for the older nvidia-docker2
// style HostConfig.Runtime "nvidia" with NVIDIA_VISIBLE_DEVICES in Config.Env.
struct GpuHold
{
    enum class Kind { All, Count, Devices };

    QString containerId;
    QString containerName; // without the leading '/'
    QString image;
    QString state;   // created, running, paused, restarting, exited, dead …
    QString owner;   // owner label (BerthLabels); empty when the container was not launched by Berth
    QString profile; // profile label
    Kind kind = Kind::Devices;
    int count = 0;         // Kind::Count
    QStringList deviceIds; // Kind::Devices: indexes ("1"), UUIDs ("GPU-…"), MIG ("0:1", "MIG-…") as requested
    QDateTime since;       // when it last started, else when it was created; invalid when the engine did not say

    bool operator==(const GpuHold &other) const = default;

    // running, paused and restarting containers have their GPUs; created ones will when they start.
    bool isActive() const;
    bool isReserved() const { return state == QLatin1String("created"); }
    // The owner when known, else the container's name: what a UI shows as "who".
    QString who() const { return owner.isEmpty() ? containerName : owner; }

    // nullopt when the container asks for no GPU. Several GPU requests in one container merge into one hold.
    static std::optional<GpuHold> fromInspect(const QJsonObject &inspect);
    static std::optional<GpuHold> fromDetails(const ContainerDetails &details) { return fromInspect(details.m_raw); }
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::GpuHold)
