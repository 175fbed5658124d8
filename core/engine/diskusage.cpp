// SPDX-License-Identifier: Apache-2.0
#include "diskusage.h"

#include "enginejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::DiskUsage)
};

qint64 bytes(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

QStringList strings(const QJsonValue &v, const QString &skip = {})
{
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        const QString s = item.toString();
        if (!s.isEmpty() && s != skip)
            list << s;
    }
    return list;
}
} // namespace

bool DiskUsage::Container::isRunning() const
{
    return state == QLatin1String("running") || state == QLatin1String("paused") ||
           state == QLatin1String("restarting");
}

DiskUsage::Category DiskUsage::imageTotals() const
{
    Category c;
    c.count = int(images.size());
    qint64 sum = 0;
    for (const Image &image : images) {
        const qint64 unique = qMax<qint64>(image.uniqueSize(), 0);
        sum += unique;
        if (image.containers > 0)
            ++c.active;
        else
            c.reclaimable += unique;
    }
    // LayersSize counts each layer once. Reclaimable counts only layers no other image shares: removing every unused
    // image frees at least that, and a shared layer may still be needed by an image in use.
    c.size = layersSize >= 0 ? layersSize : sum;
    return c;
}

DiskUsage::Category DiskUsage::containerTotals() const
{
    Category c;
    c.count = int(containers.size());
    for (const Container &container : containers) {
        const qint64 size = qMax<qint64>(container.sizeRw, 0);
        c.size += size;
        if (container.isRunning())
            ++c.active;
        else
            c.reclaimable += size;
    }
    return c;
}

DiskUsage::Category DiskUsage::volumeTotals() const
{
    Category c;
    c.count = int(volumes.size());
    for (const Volume &volume : volumes) {
        const qint64 size = qMax<qint64>(volume.size, 0);
        c.size += size;
        if (volume.refCount > 0)
            ++c.active;
        else
            c.reclaimable += size;
    }
    return c;
}

DiskUsage::Category DiskUsage::buildCacheTotals() const
{
    Category c;
    c.count = int(buildCache.size());
    for (const BuildCacheRecord &record : buildCache) {
        if (record.inUse)
            ++c.active;
        if (record.shared)
            continue; // counted with the record that owns it
        const qint64 size = qMax<qint64>(record.size, 0);
        c.size += size;
        if (!record.inUse)
            c.reclaimable += size;
    }
    return c;
}

DiskUsage DiskUsage::parse(QByteArrayView body, EngineError *error)
{
    DiskUsage usage;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = {EngineError::Kind::Protocol,
                      Tr::tr("The engine sent malformed disk usage data: %1")
                          .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : Tr::tr("not an object"))};
        return usage;
    }
    const QJsonObject o = doc.object();
    usage.layersSize = bytes(o.value(QLatin1String("LayersSize")));

    const QJsonArray images = o.value(QLatin1String("Images")).toArray();
    usage.images.reserve(images.size());
    for (const QJsonValue &v : images) {
        const QJsonObject i = v.toObject();
        Image image;
        image.id = i.value(QLatin1String("Id")).toString();
        image.parentId = i.value(QLatin1String("ParentId")).toString();
        image.repoTags = strings(i.value(QLatin1String("RepoTags")), QStringLiteral("<none>:<none>"));
        image.repoDigests = strings(i.value(QLatin1String("RepoDigests")), QStringLiteral("<none>@<none>"));
        image.created = EngineJson::time(i.value(QLatin1String("Created")));
        image.size = bytes(i.value(QLatin1String("Size")));
        image.sharedSize = bytes(i.value(QLatin1String("SharedSize")));
        image.containers = i.value(QLatin1String("Containers")).toInt(-1);
        image.labels = EngineJson::stringMap(i.value(QLatin1String("Labels")));
        usage.images.append(std::move(image));
    }

    const QJsonArray containers = o.value(QLatin1String("Containers")).toArray();
    usage.containers.reserve(containers.size());
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        Container container;
        container.id = c.value(QLatin1String("Id")).toString();
        const QJsonArray names = c.value(QLatin1String("Names")).toArray();
        if (!names.isEmpty()) {
            container.name = names.first().toString();
            if (container.name.startsWith(QLatin1Char('/')))
                container.name.remove(0, 1);
        }
        container.image = c.value(QLatin1String("Image")).toString();
        container.imageId = c.value(QLatin1String("ImageID")).toString();
        container.state = c.value(QLatin1String("State")).toString();
        container.status = c.value(QLatin1String("Status")).toString();
        container.created = EngineJson::time(c.value(QLatin1String("Created")));
        container.sizeRw = bytes(c.value(QLatin1String("SizeRw")));
        container.sizeRootFs = bytes(c.value(QLatin1String("SizeRootFs")));
        container.labels = EngineJson::stringMap(c.value(QLatin1String("Labels")));
        usage.containers.append(std::move(container));
    }

    for (const QJsonValue &v : o.value(QLatin1String("Volumes")).toArray()) {
        const QJsonObject vo = v.toObject();
        Volume volume;
        volume.name = vo.value(QLatin1String("Name")).toString();
        volume.driver = vo.value(QLatin1String("Driver")).toString();
        volume.created = EngineJson::time(vo.value(QLatin1String("CreatedAt")));
        const QJsonObject usageData = vo.value(QLatin1String("UsageData")).toObject();
        volume.size = bytes(usageData.value(QLatin1String("Size")));
        volume.refCount = usageData.value(QLatin1String("RefCount")).toInt(-1);
        usage.volumes.append(std::move(volume));
    }

    for (const QJsonValue &v : o.value(QLatin1String("BuildCache")).toArray()) {
        const QJsonObject b = v.toObject();
        BuildCacheRecord record;
        record.id = b.value(QLatin1String("ID")).toString();
        record.type = b.value(QLatin1String("Type")).toString();
        record.description = b.value(QLatin1String("Description")).toString();
        record.size = bytes(b.value(QLatin1String("Size")));
        record.inUse = b.value(QLatin1String("InUse")).toBool();
        record.shared = b.value(QLatin1String("Shared")).toBool();
        record.lastUsed = EngineJson::time(b.value(QLatin1String("LastUsedAt")));
        usage.buildCache.append(std::move(record));
    }
    return usage;
}

} // namespace berth::core
