// SPDX-License-Identifier: Apache-2.0
#include "freegpuchooser.h"

#include <algorithm>

namespace berth::core {

QList<int> FreeGpuChooser::candidates(const GpuAllocation &allocation, const QList<GpuInfo> &gpus)
{
    const int unplaced = allocation.unplacedCount();
    QList<GpuInfo> usable;
    for (const GpuInfo &gpu : gpus) {
        if (gpu.index < unplaced || !allocation.isFree(gpu.index) || GpuAllocation::looksBusy(gpu))
            continue;
        usable.append(gpu);
    }
    std::stable_sort(usable.begin(), usable.end(), [](const GpuInfo &a, const GpuInfo &b) {
        const qint64 freeA = a.memoryTotalMiB >= 0 ? a.memoryTotalMiB - qMax<qint64>(a.memoryUsedMiB, 0) : -1;
        const qint64 freeB = b.memoryTotalMiB >= 0 ? b.memoryTotalMiB - qMax<qint64>(b.memoryUsedMiB, 0) : -1;
        return freeA != freeB ? freeA > freeB : a.index < b.index;
    });
    QList<int> indexes;
    for (const GpuInfo &gpu : usable)
        indexes << gpu.index;
    return indexes;
}

FreeGpuChooser::Choice FreeGpuChooser::choose(int count, const GpuAllocation &allocation, const QList<GpuInfo> &gpus,
                                              const QString &server)
{
    Choice choice;
    const QString where = server.isEmpty() ? tr("this server") : server;
    if (count <= 0) {
        choice.error = tr("Ask for at least one free GPU.");
        return choice;
    }
    if (gpus.isEmpty()) {
        choice.error = tr("Berth cannot see the GPUs of %1 (nvidia-smi gave no answer there), so it cannot tell "
                          "which are free. Name the GPUs instead.")
                           .arg(where);
        return choice;
    }
    const QList<int> free = candidates(allocation, gpus);
    if (free.size() < count) {
        QStringList names;
        for (int index : free)
            names << QString::number(index);
        choice.error = free.isEmpty() ? tr("No GPU of %1 is free: %n wanted.", nullptr, count).arg(where)
                                      : tr("Only %1 of the %n GPU(s) wanted are free on %2 (GPU %3).", nullptr, count)
                                            .arg(free.size())
                                            .arg(where, names.join(QStringLiteral(", ")));
        return choice;
    }
    choice.indexes = free.mid(0, count);
    std::sort(choice.indexes.begin(), choice.indexes.end());
    return choice;
}

GpuRequest FreeGpuChooser::resolve(const GpuRequest &request, const GpuAllocation &allocation,
                                   const QList<GpuInfo> &gpus, const QString &server, QString *error)
{
    if (!request.freeOnly)
        return request;
    const Choice choice = choose(request.count, allocation, gpus, server);
    if (!choice.ok()) {
        if (error)
            *error = choice.error;
        return request;
    }
    GpuRequest resolved = request;
    resolved.freeOnly = false;
    resolved.mode = GpuRequest::Mode::Devices;
    resolved.count = 0;
    resolved.deviceIds.clear();
    for (int index : choice.indexes)
        resolved.deviceIds << QString::number(index);
    return resolved;
}

} // namespace berth::core
