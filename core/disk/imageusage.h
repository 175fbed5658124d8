// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/diskusage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace berth::core {

// One image with the containers made from it, for the Disk page: built from a single /system/df, so 500 images and
// their containers cost one request and one pass.
struct ImageUsage
{
    struct User
    {
        QString id;
        QString name;
        QString state;
    };

    DiskUsage::Image image;
    QList<User> users; // containers of any state created from the image
    // Newest creation time among those containers; invalid when none. The engine keeps no "last run" per image, so
    // this is when someone last started something from it (a running container counts as now: see inUse()).
    QDateTime lastUsed;
    bool running = false;     // a running, paused or restarting container uses it
    bool hasChildren = false; // another image is built on it (the engine refuses to remove it while they exist)

    bool isUnused() const { return users.isEmpty() && image.containers <= 0; }

    static QList<ImageUsage> build(const DiskUsage &usage);
};

} // namespace berth::core
