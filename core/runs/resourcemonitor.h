// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuattribution.h"
#include "resourcehistory.h"
#include "statssample.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QProcess;

namespace berth::core {

class EngineClient;
class StatsStream;

// Live resource readings for the containers somebody is looking at: one engine stats stream per watched container
// (watch/unwatch count viewers), a bounded history of each (ResourceHistory), and — where nvidia-smi exists — the
// GPU memory and utilisation of each container's processes, refreshed every few seconds while anything is watched.
class ResourceMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceMonitor)
public:
    explicit ResourceMonitor(EngineClient *client, QObject *parent = nullptr);
    ~ResourceMonitor() override;

    void watch(const QString &containerId);
    void unwatch(const QString &containerId);
    bool isWatching(const QString &containerId) const { return m_watched.contains(containerId); }
    QStringList watched() const { return m_watched.keys(); }
    // nullptr when never watched; kept until forget() so a finished run's plot stays.
    const ResourceHistory *history(const QString &containerId) const;
    // Files one reading of a watched container as its stream does (with the latest GPU usage) and says so (sampled).
    void record(const QString &containerId, StatsSample sample);
    void forget(const QString &containerId);

    void setHistoryCapacity(int points) { m_capacity = points; } // default 3600: an hour at 1 Hz
    void setGpuInterval(int msecs);                              // default 5000; 0 turns GPU polling off
    // The most recent per-container GPU usage (empty without nvidia-smi or GPU processes).
    GpuAttribution::Usage gpuUsage(const QString &containerId) const { return m_gpu.value(containerId); }

Q_SIGNALS:
    void sampled(const QString &containerId, const berth::core::StatsSample &sample);
    void gpuUpdated();

private:
    struct Watched
    {
        int viewers = 0;
        QPointer<StatsStream> stream;
        int failures = 0;
    };
    void openStream(const QString &containerId);
    void pollGpus();
    void runNvidiaSmi(const QStringList &args, std::function<void(bool ok, const QByteArray &out)> done);

    EngineClient *m_client;
    QHash<QString, Watched> m_watched;
    QHash<QString, std::shared_ptr<ResourceHistory>> m_histories;
    QHash<QString, GpuAttribution::Usage> m_gpu;
    QTimer m_gpuTimer;
    bool m_gpuBusy = false;
    int m_capacity = 3600;
};

} // namespace berth::core
