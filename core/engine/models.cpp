// SPDX-License-Identifier: Apache-2.0
#include "models.h"

#include "enginejson.h"

namespace berth::core {

ContainerDetails ContainerDetails::fromJson(const QJsonObject &o)
{
    ContainerDetails d;
    d.id = o.value(QLatin1String("Id")).toString();
    d.name = o.value(QLatin1String("Name")).toString();
    if (d.name.startsWith(QLatin1Char('/')))
        d.name.remove(0, 1);
    const QJsonObject config = o.value(QLatin1String("Config")).toObject();
    const QJsonObject state = o.value(QLatin1String("State")).toObject();
    const QJsonObject hostConfig = o.value(QLatin1String("HostConfig")).toObject();
    d.image = config.value(QLatin1String("Image")).toString();
    d.state = state.value(QLatin1String("Status")).toString();
    d.running = state.value(QLatin1String("Running")).toBool();
    d.oomKilled = state.value(QLatin1String("OOMKilled")).toBool();
    d.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    d.pid = state.value(QLatin1String("Pid")).toInt();
    d.error = state.value(QLatin1String("Error")).toString();
    d.startedAtText = state.value(QLatin1String("StartedAt")).toString();
    d.startedAt = EngineJson::time(state.value(QLatin1String("StartedAt")));
    d.finishedAt = EngineJson::time(state.value(QLatin1String("FinishedAt")));
    d.tty = config.value(QLatin1String("Tty")).toBool();
    d.openStdin = config.value(QLatin1String("OpenStdin")).toBool();
    d.restartCount = o.value(QLatin1String("RestartCount")).toInt();
    d.labels = EngineJson::stringMap(config.value(QLatin1String("Labels")));
    d.imageId = o.value(QLatin1String("Image")).toString();
    d.cmd = config.value(QLatin1String("Cmd")).toVariant().toStringList();
    d.autoRemove = hostConfig.value(QLatin1String("AutoRemove")).toBool();
    d.networkMode = hostConfig.value(QLatin1String("NetworkMode")).toString();
    d.ports =
        EngineJson::inspectPorts(o.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Ports")));
    d.mounts = EngineJson::mounts(o.value(QLatin1String("Mounts")));
    d.m_raw = o;
    return d;
}

} // namespace berth::core
