// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuallocation.h"
#include "gpuinfo.h"
#include "gpurequest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace berth::core {

// Berth's own --gpus choice "N free GPUs" (written `free=N`): at Run time, on the chosen server, it becomes the
// concrete device IDs of N GPUs that no container holds and that look idle, and the launch records that
// (`--gpus device=2,5`), never the wish. Docker itself has no such choice: `--gpus 2` takes the first two GPUs
// whoever uses them.
// Turns a free=N request into named GPUs on a server, asking the server afresh (its containers' GPU requests and
// nvidia-smi), and calls done once with the resolved request, or with the request unchanged and the reason (already
// translated). The launch pipeline calls it at Run time; done is dropped when context is destroyed first.
using FreeGpuResolver = std::function<void(const GpuRequest &wish, QObject *context,
                                           std::function<void(const GpuRequest &resolved, const QString &error)> done)>;

class FreeGpuChooser final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::FreeGpuChooser)
public:
    struct Choice
    {
        QList<int> indexes; // ascending; empty on failure
        QString error;      // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // GPUs a count request without names holds are not known; Docker's NVIDIA runtime gives such requests the first
    // GPUs, so that many low indexes are kept out. Free GPUs that look busy (a process outside containers) are not
    // offered. Among the rest, the most free memory first, then the lowest index.
    static QList<int> candidates(const GpuAllocation &allocation, const QList<GpuInfo> &gpus);
    static Choice choose(int count, const GpuAllocation &allocation, const QList<GpuInfo> &gpus,
                         const QString &server = {});

    // A request with freeOnly set becomes Mode::Devices with the chosen indexes; any other request is returned as
    // it is. On failure returns the request unchanged and sets *error.
    static GpuRequest resolve(const GpuRequest &request, const GpuAllocation &allocation, const QList<GpuInfo> &gpus,
                              const QString &server = {}, QString *error = nullptr);
};

} // namespace berth::core
