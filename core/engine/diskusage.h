// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engineerror.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace berth::core {

// What /system/df says the engine keeps on disk, typed. Sizes the engine did not compute are -1.
struct DiskUsage
{
    struct Image
    {
        QString id; // sha256:…
        QString parentId;
        QStringList repoTags; // "<none>:<none>" entries dropped: an empty list is a dangling image
        QStringList repoDigests;
        QDateTime created;
        qint64 size = -1;       // all layers, shared ones included
        qint64 sharedSize = -1; // bytes in layers other images use too
        int containers = -1;    // containers of any state created from it, as the engine counts them
        QMap<QString, QString> labels;

        bool isDangling() const { return repoTags.isEmpty(); }
        qint64 uniqueSize() const { return size < 0 ? -1 : size - qMax<qint64>(sharedSize, 0); }
    };
    struct Container
    {
        QString id;
        QString name; // without the leading '/'
        QString image;
        QString imageId;
        QString state; // running, exited, created, …
        QString status;
        QDateTime created;
        qint64 sizeRw = -1;     // the writable layer
        qint64 sizeRootFs = -1; // writable layer plus the image
        QMap<QString, QString> labels;

        bool isRunning() const;
    };
    struct Volume
    {
        QString name;
        QString driver;
        QDateTime created;
        qint64 size = -1;
        int refCount = -1;
    };
    struct BuildCacheRecord
    {
        QString id;
        QString type;
        QString description;
        qint64 size = -1;
        bool inUse = false;
        bool shared = false;
        QDateTime lastUsed;
    };
    // One line of the `docker system df` picture.
    struct Category
    {
        int count = 0;
        int active = 0;
        qint64 size = 0;
        qint64 reclaimable = 0;
    };

    qint64 layersSize = -1;
    QList<Image> images;
    QList<Container> containers;
    QList<Volume> volumes;
    QList<BuildCacheRecord> buildCache;

    Category imageTotals() const;
    Category containerTotals() const;
    Category volumeTotals() const;
    Category buildCacheTotals() const;

    // Parses the body of GET /system/df; on malformed JSON sets *error (Protocol) and returns what it could.
    static DiskUsage parse(QByteArrayView body, EngineError *error);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::DiskUsage)
