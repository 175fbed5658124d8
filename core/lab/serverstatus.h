// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "gpu/gpuhold.h"
#include "gpu/gpuinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace berth::core {

// One server (a docker context) at a glance: whether its engine answers, how busy it is, and its GPUs with who
// holds each. What `berth servers --json` prints and what the Servers page draws.
struct ServerStatus
{
    enum class GpuState {
        Pending,      // not asked yet, or asking
        Unknown,      // cannot be asked: a tcp:// engine (no way to run nvidia-smi there)
        NotInstalled, // no nvidia-smi on the server
        Failed,       // nvidia-smi ran and failed, or did not answer in time: see gpuError
        Ready,
    };
    struct Gpu
    {
        GpuInfo info;
        QList<GpuHold> holders; // as the allocation counts them (running, and created ones as reservations)
        qint64 idleSecs = -1;   // at 0 % that long while held and past the idle threshold; -1 otherwise
    };

    QString name;           // the context name ("default" for the local engine)
    QString host;           // the engine address
    bool checked = false;   // an answer (or the timeout) arrived
    bool reachable = false; // the engine answered
    EngineError error;      // why not
    QString engineVersion;
    QString apiVersion;
    int running = -1;
    int total = -1;
    GpuState gpuState = GpuState::Pending;
    QString gpuError;
    QString driverVersion;
    QList<Gpu> gpus;
    QList<GpuHold> unplacedHolders; // asked for a number of GPUs without naming them
    QDateTime updatedAt;
    qint64 elapsedMs = -1; // how long the engine took to answer

    // GPUs nobody holds that look idle: what a launch asking for free GPUs can have.
    int freeGpuCount() const;
    QList<int> freeGpuIndexes() const;
    qint64 freeMemoryMiB(const QList<int> &indexes) const;

    // {name, host, reachable, error, engineVersion, apiVersion, containers: {running, total}, gpus: [...] | null}
    QJsonObject toJson() const;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::ServerStatus)
