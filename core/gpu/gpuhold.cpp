// SPDX-License-Identifier: Apache-2.0
#include "gpuhold.h"

#include "engine/berthlabels.h"

#include <QJsonArray>

namespace berth::core {

namespace {

void addIds(QStringList &ids, const QString &value)
{
    // The API takes a list, but a client may have sent "0,1" as one entry; the NVIDIA hook splits on commas.
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
}

bool asksForGpu(const QJsonObject &request)
{
    const QString driver = request.value(QLatin1String("Driver")).toString();
    if (driver == QLatin1String("nvidia"))
        return true;
    const QJsonArray sets = request.value(QLatin1String("Capabilities")).toArray();
    for (const QJsonValue &set : sets) {
        const QJsonArray caps = set.toArray();
        for (const QJsonValue &cap : caps) {
            if (cap.toString() == QLatin1String("gpu"))
                return true;
        }
    }
    return false;
}

struct Accumulator
{
    bool any = false;
    bool all = false;
    int count = 0;
    QStringList ids;

    // NVIDIA_VISIBLE_DEVICES / CDI style values: all, none, void, or a list of ids.
    void addVisibleDevices(const QString &value)
    {
        const QString v = value.trimmed();
        if (v.isEmpty() || v == QLatin1String("none") || v == QLatin1String("void"))
            return;
        any = true;
        if (v == QLatin1String("all"))
            all = true;
        else
            addIds(ids, v);
    }
};

} // namespace

bool GpuHold::isActive() const
{
    return state == QLatin1String("running") || state == QLatin1String("paused") ||
           state == QLatin1String("restarting");
}

std::optional<GpuHold> GpuHold::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject hostConfig = inspect.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    Accumulator acc;

    const QJsonArray requests = hostConfig.value(QLatin1String("DeviceRequests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString driver = request.value(QLatin1String("Driver")).toString();
        const QJsonArray idArray = request.value(QLatin1String("DeviceIDs")).toArray();
        if (driver == QLatin1String("cdi")) {
            // CDI requests name devices as vendor.com/class=id; only NVIDIA GPUs are ours.
            for (const QJsonValue &id : idArray) {
                const QString name = id.toString();
                const QString prefix = QStringLiteral("nvidia.com/gpu=");
                if (name.startsWith(prefix))
                    acc.addVisibleDevices(name.mid(prefix.size()));
            }
            continue;
        }
        if (!asksForGpu(request))
            continue;
        QStringList ids;
        for (const QJsonValue &id : idArray)
            addIds(ids, id.toString());
        const int count = request.value(QLatin1String("Count")).toInt();
        if (!ids.isEmpty()) {
            acc.any = true;
            for (const QString &id : std::as_const(ids)) {
                if (!acc.ids.contains(id))
                    acc.ids << id;
            }
        } else if (count < 0) {
            acc.any = true;
            acc.all = true;
        } else if (count > 0) {
            acc.any = true;
            acc.count += count;
        }
    }

    if (!acc.any && hostConfig.value(QLatin1String("Runtime")).toString() == QLatin1String("nvidia")) {
        // nvidia-docker2: the runtime hands out what NVIDIA_VISIBLE_DEVICES says (images like nvidia/cuda set "all").
        const QJsonArray env = config.value(QLatin1String("Env")).toArray();
        for (const QJsonValue &entry : env) {
            const QString line = entry.toString();
            if (line.startsWith(QLatin1String("NVIDIA_VISIBLE_DEVICES=")))
                acc.addVisibleDevices(line.mid(int(sizeof("NVIDIA_VISIBLE_DEVICES=")) - 1));
        }
    }
    if (!acc.any)
        return std::nullopt;

    GpuHold hold;
    hold.containerId = inspect.value(QLatin1String("Id")).toString();
    hold.containerName = inspect.value(QLatin1String("Name")).toString();
    if (hold.containerName.startsWith(QLatin1Char('/')))
        hold.containerName.remove(0, 1);
    hold.image = config.value(QLatin1String("Image")).toString();
    const QJsonObject state = inspect.value(QLatin1String("State")).toObject();
    hold.state = state.value(QLatin1String("Status")).toString();
    for (const QString &when :
         {state.value(QLatin1String("StartedAt")).toString(), inspect.value(QLatin1String("Created")).toString()}) {
        // The engine writes 0001-01-01T00:00:00Z for "never".
        if (!hold.since.isValid() && !when.isEmpty() && !when.startsWith(QLatin1String("0001-")))
            hold.since = QDateTime::fromString(when, Qt::ISODateWithMs);
    }
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    hold.owner = BerthLabels::owner(labels);
    hold.profile = BerthLabels::profile(labels);
    if (acc.all) {
        hold.kind = Kind::All;
    } else if (!acc.ids.isEmpty()) {
        hold.kind = Kind::Devices;
        hold.deviceIds = acc.ids;
        // A count next to ids (two requests) is folded into "some more"; rare enough not to model.
    } else {
        hold.kind = Kind::Count;
        hold.count = acc.count;
    }
    return hold;
}

} // namespace berth::core
