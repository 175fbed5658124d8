// SPDX-License-Identifier: Apache-2.0
#include "imageusage.h"

#include <QHash>
#include <QSet>

namespace berth::core {

QList<ImageUsage> ImageUsage::build(const DiskUsage &usage)
{
    QHash<QString, qsizetype> byId;
    QList<ImageUsage> list;
    list.reserve(usage.images.size());
    QSet<QString> parents;
    for (const DiskUsage::Image &image : usage.images) {
        byId.insert(image.id, list.size());
        ImageUsage u;
        u.image = image;
        list.append(std::move(u));
        if (!image.parentId.isEmpty())
            parents.insert(image.parentId);
    }
    for (ImageUsage &u : list)
        u.hasChildren = parents.contains(u.image.id);
    for (const DiskUsage::Container &c : usage.containers) {
        const auto it = byId.constFind(c.imageId);
        if (it == byId.constEnd())
            continue;
        ImageUsage &u = list[*it];
        u.users.append({c.id, c.name, c.state});
        if (c.created.isValid() && (!u.lastUsed.isValid() || c.created > u.lastUsed))
            u.lastUsed = c.created;
        u.running = u.running || c.isRunning();
    }
    return list;
}

} // namespace berth::core
