// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/diskusage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth::core {

// Exactly what a prune action will remove, computed before anything is removed, so the user confirms a list and
// Berth removes that list by id (the engine's own /prune endpoints would take whatever matches at that moment).
struct PrunePlan
{
    enum class Kind {
        DanglingImages,    // untagged images no container uses and no image is built on
        UnusedImages,      // images (tagged or not) no container uses, created more than N days ago
        StoppedContainers, // exited, created and dead containers
    };
    struct Item
    {
        QString id;
        QString name;     // container name, or the first tag; empty for an untagged image
        QStringList tags; // images: every tag, each removed by name before the image goes
        qint64 size = -1; // images: bytes only this image holds; containers: the writable layer
        QDateTime created;
    };

    Kind kind = Kind::DanglingImages;
    int olderThanDays = 0; // UnusedImages
    QList<Item> items;

    bool isEmpty() const { return items.isEmpty(); }
    bool isImages() const { return kind != Kind::StoppedContainers; }
    qint64 totalSize() const;

    static PrunePlan danglingImages(const DiskUsage &usage);
    static PrunePlan unusedImages(const DiskUsage &usage, int olderThanDays,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    static PrunePlan stoppedContainers(const DiskUsage &usage);
};

} // namespace berth::core
