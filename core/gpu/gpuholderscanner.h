// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "gpuallocation.h"
#include "gpuhold.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace berth::core {

class DemandTimer;
class EngineClient;

// Keeps the list of containers that hold GPUs, from the engine: one container list per refresh, and one inspect
// per container it has not seen yet (DeviceRequests and labels do not change after create, so they are cached by id;
// the state comes fresh from each list). Refreshes periodically only while a consumer watches.
class GpuHolderScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuHolderScanner)
public:
    static constexpr int DefaultIntervalMs = 2000;

    explicit GpuHolderScanner(EngineClient *client, QObject *parent = nullptr);
    ~GpuHolderScanner() override;

    void setInterval(int msecs);
    void watch(QObject *consumer);
    void unwatch(QObject *consumer);
    bool isWatched() const;

    // Extra engine-side filters for the container list (e.g. {"label": ["berth.test=x"]}) to narrow the scan;
    // the status filter is always added. Clears the cache.
    void setFilter(const QMap<QString, QStringList> &filter);

    // One scan now; while one is running, another follows it.
    void refresh();
    bool isScanning() const { return m_scanning; }
    bool hasResult() const { return m_hasResult; }

    // Containers that are created, running, paused or restarting and ask for GPUs; the allocation policy decides
    // which of them count.
    const QList<GpuHold> &holds() const { return m_holds; }
    const EngineError &error() const { return m_error; } // the last scan's failure, or none
    int inspectsDone() const { return m_inspects; }      // for tests: the cache keeps this low

Q_SIGNALS:
    void updated();

private:
    void scanFinished(quint64 generation);
    void inspectNext(quint64 generation);
    static constexpr int MaxInspectsInFlight = 2;

    QPointer<EngineClient> m_client;
    DemandTimer *m_timer;
    bool m_scanning = false;
    bool m_again = false;
    bool m_hasResult = false;
    quint64 m_generation = 0;
    int m_pendingInspects = 0;
    int m_inspects = 0;
    QMap<QString, QStringList> m_filter;
    QHash<QString, std::optional<GpuHold>> m_cache; // by container id; nullopt: asks for no GPU
    QList<QPair<QString, QString>> m_listed;        // id, state of the current scan, in list order
    QHash<QString, QString> m_listedNames;
    QStringList m_toInspect;
    QList<GpuHold> m_holds;
    EngineError m_error;
};

} // namespace berth::core
