// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuhold.h"
#include "gpuinfo.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace berth::core {

// Which GPU is held by which containers, and which are free, from the holds and the inventory.
//
// Policy: Docker gives a container its GPUs only while it runs, but a created container takes them the moment it
// starts, and a user who just created one (or whose launch is mid-start) expects them kept. Berth therefore counts
// created containers as reservations by default (RunningAndCreated): they make a GPU not free, and UIs mark them
// "reserved". RunningOnly is the engine's literal view. Exited and dead containers never hold GPUs.
//
// A count request ("--gpus 2") does not say which GPUs it got; it is listed as unplaced ("some 2 GPUs") and does
// not mark a particular GPU as held. "all" holds every GPU in the inventory.
class GpuAllocation final
{
public:
    enum class Policy { RunningOnly, RunningAndCreated };

    GpuAllocation() = default;
    static GpuAllocation compute(const QList<GpuHold> &holds, const QList<GpuInfo> &gpus,
                                 Policy policy = Policy::RunningAndCreated);

    static bool counts(const GpuHold &hold, Policy policy);

    // Holds that count under the policy, in the order given.
    const QList<GpuHold> &holds() const { return m_holds; }
    QList<GpuHold> holdersOf(int gpuIndex) const { return m_byGpu.value(gpuIndex); }
    bool isFree(int gpuIndex) const { return !m_byGpu.contains(gpuIndex); }
    // Inventory GPUs nobody holds, ascending.
    const QList<int> &freeGpus() const { return m_free; }
    // Free GPUs that nevertheless look busy (memory or utilisation in use): a process outside containers, or
    // another engine on the same host, is using them. Ascending.
    const QList<int> &busyFreeGpus() const { return m_busyFree; }
    bool looksBusy(int gpuIndex) const { return m_busyFree.contains(gpuIndex); }
    // Free GPUs that also look idle: what a picker should offer first.
    QList<int> idleFreeGpus() const;
    // More than 5 % (at least 512 MiB) of its memory used, or 20 % utilisation and up.
    static bool looksBusy(const GpuInfo &gpu);

    // GPU indexes that are held (may include indexes the inventory does not know, e.g. without nvidia-smi).
    QList<int> heldGpus() const { return m_byGpu.keys(); }
    // Count requests: held GPUs whose identity is unknown.
    const QList<GpuHold> &unplacedHolds() const { return m_unplaced; }
    int unplacedCount() const;
    // Requested ids that match no GPU in the inventory, as "container: id".
    const QStringList &unresolvedIds() const { return m_unresolved; }

    // The inventory index an id names: "3", "GPU-<uuid>" (case-insensitive), MIG "3:1"; -1 when unknown.
    // Plain indexes resolve even when the inventory is empty (nvidia-smi missing): the engine knows them anyway.
    static int resolve(const QString &id, const QList<GpuInfo> &gpus);

private:
    QList<GpuHold> m_holds;
    QMap<int, QList<GpuHold>> m_byGpu;
    QList<int> m_free;
    QList<int> m_busyFree;
    QList<GpuHold> m_unplaced;
    QStringList m_unresolved;
};

} // namespace berth::core
