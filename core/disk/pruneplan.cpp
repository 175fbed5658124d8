// SPDX-License-Identifier: Apache-2.0
#include "pruneplan.h"

#include "imageusage.h"

namespace berth::core {

namespace {
PrunePlan::Item imageItem(const ImageUsage &u)
{
    PrunePlan::Item item;
    item.id = u.image.id;
    item.name = u.image.repoTags.value(0);
    item.tags = u.image.repoTags;
    item.size = u.image.uniqueSize();
    item.created = u.image.created;
    return item;
}
} // namespace

qint64 PrunePlan::totalSize() const
{
    qint64 total = 0;
    for (const Item &item : items)
        total += qMax<qint64>(item.size, 0);
    return total;
}

PrunePlan PrunePlan::danglingImages(const DiskUsage &usage)
{
    PrunePlan plan;
    plan.kind = Kind::DanglingImages;
    for (const ImageUsage &u : ImageUsage::build(usage)) {
        if (u.image.isDangling() && u.isUnused() && !u.hasChildren)
            plan.items.append(imageItem(u));
    }
    return plan;
}

PrunePlan PrunePlan::unusedImages(const DiskUsage &usage, int olderThanDays, const QDateTime &now)
{
    PrunePlan plan;
    plan.kind = Kind::UnusedImages;
    plan.olderThanDays = olderThanDays;
    const QDateTime cutoff = now.addDays(-qMax(olderThanDays, 0));
    for (const ImageUsage &u : ImageUsage::build(usage)) {
        // An image of unknown age is kept: "older than" cannot be shown true.
        if (u.isUnused() && !u.hasChildren && u.image.created.isValid() && u.image.created <= cutoff)
            plan.items.append(imageItem(u));
    }
    return plan;
}

PrunePlan PrunePlan::stoppedContainers(const DiskUsage &usage)
{
    PrunePlan plan;
    plan.kind = Kind::StoppedContainers;
    for (const DiskUsage::Container &c : usage.containers) {
        if (c.isRunning() || c.state == QLatin1String("removing"))
            continue;
        Item item;
        item.id = c.id;
        item.name = c.name;
        item.size = c.sizeRw;
        item.created = c.created;
        plan.items.append(item);
    }
    return plan;
}

} // namespace berth::core
