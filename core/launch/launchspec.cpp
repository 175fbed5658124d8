// SPDX-License-Identifier: Apache-2.0
#include "launchspec.h"

#include "requirementscommand.h"

#include <QJsonArray>

namespace berth::core {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

const char *syntaxName(MountSpec::Syntax syntax)
{
    switch (syntax) {
    case MountSpec::Syntax::Volume:
        return "volume";
    case MountSpec::Syntax::Mount:
        return "mount";
    case MountSpec::Syntax::Tmpfs:
        return "tmpfs";
    }
    return "volume";
}

MountSpec::Syntax syntaxFromName(const QString &name)
{
    if (name == QLatin1String("mount"))
        return MountSpec::Syntax::Mount;
    if (name == QLatin1String("tmpfs"))
        return MountSpec::Syntax::Tmpfs;
    return MountSpec::Syntax::Volume;
}

QJsonObject mountToJson(const MountSpec &m)
{
    QJsonObject o;
    o[QLatin1String("type")] = QLatin1String(MountSpec::typeName(m.type));
    o[QLatin1String("syntax")] = QLatin1String(syntaxName(m.syntax));
    o[QLatin1String("source")] = m.source;
    o[QLatin1String("target")] = m.target;
    o[QLatin1String("readOnly")] = m.readOnly;
    if (m.explicitReadWrite)
        o[QLatin1String("explicitReadWrite")] = true;
    o[QLatin1String("propagation")] = m.propagation;
    o[QLatin1String("selinuxLabel")] = m.selinuxLabel;
    o[QLatin1String("noCopy")] = m.noCopy;
    o[QLatin1String("volumeOptions")] = toArray(m.volumeOptions);
    o[QLatin1String("tmpfsSizeBytes")] = double(m.tmpfsSizeBytes);
    o[QLatin1String("tmpfsMode")] = m.tmpfsMode;
    o[QLatin1String("tmpfsOptions")] = m.tmpfsOptions;
    return o;
}

MountSpec mountFromJson(const QJsonObject &o)
{
    MountSpec m;
    m.type = MountSpec::typeFromName(o.value(QLatin1String("type")).toString());
    m.syntax = syntaxFromName(o.value(QLatin1String("syntax")).toString());
    m.source = o.value(QLatin1String("source")).toString();
    m.target = o.value(QLatin1String("target")).toString();
    m.readOnly = o.value(QLatin1String("readOnly")).toBool();
    m.explicitReadWrite = o.value(QLatin1String("explicitReadWrite")).toBool();
    m.propagation = o.value(QLatin1String("propagation")).toString();
    m.selinuxLabel = o.value(QLatin1String("selinuxLabel")).toString();
    m.noCopy = o.value(QLatin1String("noCopy")).toBool();
    m.volumeOptions = toStringList(o.value(QLatin1String("volumeOptions")));
    m.tmpfsSizeBytes = qint64(o.value(QLatin1String("tmpfsSizeBytes")).toDouble());
    m.tmpfsMode = o.value(QLatin1String("tmpfsMode")).toInt();
    m.tmpfsOptions = o.value(QLatin1String("tmpfsOptions")).toString();
    return m;
}

const char *gpuModeName(GpuRequest::Mode mode)
{
    switch (mode) {
    case GpuRequest::Mode::None:
        return "none";
    case GpuRequest::Mode::All:
        return "all";
    case GpuRequest::Mode::Count:
        return "count";
    case GpuRequest::Mode::Devices:
        return "devices";
    }
    return "none";
}

GpuRequest::Mode gpuModeFromName(const QString &name)
{
    if (name == QLatin1String("all"))
        return GpuRequest::Mode::All;
    if (name == QLatin1String("count"))
        return GpuRequest::Mode::Count;
    if (name == QLatin1String("devices"))
        return GpuRequest::Mode::Devices;
    return GpuRequest::Mode::None;
}

QJsonObject gpusToJson(const GpuRequest &g)
{
    QJsonObject o;
    o[QLatin1String("mode")] = QLatin1String(gpuModeName(g.mode));
    o[QLatin1String("count")] = g.count;
    o[QLatin1String("deviceIds")] = toArray(g.deviceIds);
    o[QLatin1String("capabilities")] = toArray(g.capabilities);
    o[QLatin1String("driver")] = g.driver;
    if (!g.options.isEmpty()) {
        QJsonObject options;
        for (auto it = g.options.cbegin(); it != g.options.cend(); ++it)
            options[it.key()] = it.value();
        o[QLatin1String("options")] = options;
    }
    return o;
}

GpuRequest gpusFromJson(const QJsonObject &o)
{
    GpuRequest g;
    g.mode = gpuModeFromName(o.value(QLatin1String("mode")).toString());
    g.count = o.value(QLatin1String("count")).toInt();
    g.deviceIds = toStringList(o.value(QLatin1String("deviceIds")));
    g.capabilities = toStringList(o.value(QLatin1String("capabilities")));
    g.driver = o.value(QLatin1String("driver")).toString();
    const QJsonObject options = o.value(QLatin1String("options")).toObject();
    for (auto it = options.begin(); it != options.end(); ++it)
        g.options.insert(it.key(), it.value().toString());
    return g;
}

// JSON numbers are doubles: sizes stay exact up to 2^53 bytes, far beyond any memory limit.
qint64 toInt64(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

} // namespace

QString LaunchSpec::imageReference() const
{
    return ImageReference::join(image, tag, digest);
}

void LaunchSpec::setImageReference(const QString &reference)
{
    ImageReference::Parts parts = ImageReference::split(reference);
    image = std::move(parts.name);
    tag = std::move(parts.tag);
    digest = std::move(parts.digest);
}

ImageReference LaunchSpec::pullReference() const
{
    // The engine pulls a digest through the tag parameter too; no tag at all means "latest", as for docker pull.
    const QString wanted = !digest.isEmpty() ? digest : !tag.isEmpty() ? tag : QStringLiteral("latest");
    return ImageReference::parse(image).withTag(wanted);
}

QJsonObject LaunchSpec::toJson() const
{
    QJsonObject o;
    o[QLatin1String("version")] = 1;
    o[QLatin1String("projectFolder")] = projectFolder;
    if (!sendFrom.isEmpty())
        o[QLatin1String("sendFrom")] = sendFrom;
    o[QLatin1String("image")] = image;
    o[QLatin1String("tag")] = tag;
    o[QLatin1String("digest")] = digest;
    o[QLatin1String("name")] = name;
    o[QLatin1String("command")] = toArray(command);
    if (entrypoint)
        o[QLatin1String("entrypoint")] = *entrypoint;
    o[QLatin1String("workingDir")] = workingDir;
    o[QLatin1String("env")] = toArray(env);
    o[QLatin1String("envFiles")] = toArray(envFiles);
    QJsonArray mountArray;
    for (const MountSpec &m : mounts)
        mountArray.append(mountToJson(m));
    o[QLatin1String("mounts")] = mountArray;
    o[QLatin1String("gpus")] = gpusToJson(gpus);
    if (!moreGpus.isEmpty()) {
        QJsonArray more;
        for (const GpuRequest &g : moreGpus)
            more.append(gpusToJson(g));
        o[QLatin1String("moreGpus")] = more;
    }
    o[QLatin1String("ipcMode")] = ipcMode;
    o[QLatin1String("shmSizeBytes")] = double(shmSizeBytes);
    o[QLatin1String("user")] = user;
    o[QLatin1String("runAsMe")] = runAsMe;
    QJsonArray portArray;
    for (const Port &p : ports) {
        portArray.append(QJsonObject{{QLatin1String("hostIp"), p.hostIp},
                                     {QLatin1String("hostPort"), p.hostPort},
                                     {QLatin1String("containerPort"), p.containerPort},
                                     {QLatin1String("protocol"), p.protocol}});
    }
    o[QLatin1String("ports")] = portArray;
    o[QLatin1String("expose")] = toArray(expose);
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject[it.key()] = it.value();
    o[QLatin1String("labels")] = labelObject;
    o[QLatin1String("autoRemove")] = autoRemove;
    o[QLatin1String("interactive")] = interactive;
    o[QLatin1String("tty")] = tty;
    o[QLatin1String("detach")] = detach;
    o[QLatin1String("nanoCpus")] = double(nanoCpus);
    o[QLatin1String("cpusetCpus")] = cpusetCpus;
    o[QLatin1String("memoryBytes")] = double(memoryBytes);
    o[QLatin1String("memorySwapBytes")] = double(memorySwapBytes);
    QJsonArray ulimitArray;
    for (const Ulimit &u : ulimits) {
        ulimitArray.append(QJsonObject{{QLatin1String("name"), u.name},
                                       {QLatin1String("soft"), double(u.soft)},
                                       {QLatin1String("hard"), double(u.hard)}});
    }
    o[QLatin1String("ulimits")] = ulimitArray;
    o[QLatin1String("networkMode")] = networkMode;
    o[QLatin1String("hostname")] = hostname;
    o[QLatin1String("addHosts")] = toArray(addHosts);
    o[QLatin1String("dns")] = toArray(dns);
    o[QLatin1String("restartPolicy")] = restartPolicy;
    o[QLatin1String("restartMaxRetries")] = restartMaxRetries;
    o[QLatin1String("privileged")] = privileged;
    o[QLatin1String("init")] = init;
    o[QLatin1String("readOnlyRootfs")] = readOnlyRootfs;
    o[QLatin1String("runtime")] = runtime;
    o[QLatin1String("pidMode")] = pidMode;
    o[QLatin1String("devices")] = toArray(devices);
    o[QLatin1String("capAdd")] = toArray(capAdd);
    o[QLatin1String("capDrop")] = toArray(capDrop);
    o[QLatin1String("securityOpts")] = toArray(securityOpts);
    o[QLatin1String("groupAdd")] = toArray(groupAdd);
    o[QLatin1String("requirements")] = QJsonObject{{QLatin1String("enabled"), requirements.enabled},
                                                   {QLatin1String("cacheVolume"), requirements.cacheVolume},
                                                   {QLatin1String("file"), requirements.file},
                                                   {QLatin1String("shell"), requirements.shell}};
    return o;
}

LaunchSpec LaunchSpec::fromJson(const QJsonObject &o)
{
    LaunchSpec s;
    auto str = [&o](const char *key, const QString &fallback = {}) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    };
    auto flag = [&o](const char *key) { return o.value(QLatin1String(key)).toBool(); };
    auto list = [&o](const char *key) { return toStringList(o.value(QLatin1String(key))); };

    s.projectFolder = str("projectFolder");
    s.sendFrom = str("sendFrom");
    s.image = str("image");
    s.tag = str("tag");
    s.digest = str("digest");
    s.name = str("name");
    s.command = list("command");
    if (o.value(QLatin1String("entrypoint")).isString())
        s.entrypoint = str("entrypoint");
    s.workingDir = str("workingDir");
    s.env = list("env");
    s.envFiles = list("envFiles");
    const QJsonArray mountArray = o.value(QLatin1String("mounts")).toArray();
    for (const QJsonValue &m : mountArray)
        s.mounts << mountFromJson(m.toObject());
    s.gpus = gpusFromJson(o.value(QLatin1String("gpus")).toObject());
    const QJsonArray more = o.value(QLatin1String("moreGpus")).toArray();
    for (const QJsonValue &g : more)
        s.moreGpus << gpusFromJson(g.toObject());
    s.ipcMode = str("ipcMode");
    s.shmSizeBytes = toInt64(o.value(QLatin1String("shmSizeBytes")));
    s.user = str("user");
    s.runAsMe = flag("runAsMe");
    const QJsonArray portArray = o.value(QLatin1String("ports")).toArray();
    for (const QJsonValue &v : portArray) {
        const QJsonObject p = v.toObject();
        Port port;
        port.hostIp = p.value(QLatin1String("hostIp")).toString();
        port.hostPort = p.value(QLatin1String("hostPort")).toString();
        port.containerPort = p.value(QLatin1String("containerPort")).toString();
        port.protocol = p.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
        s.ports << port;
    }
    s.expose = list("expose");
    const QJsonObject labelObject = o.value(QLatin1String("labels")).toObject();
    for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
        s.labels.insert(it.key(), it.value().toString());
    s.autoRemove = flag("autoRemove");
    s.interactive = flag("interactive");
    s.tty = flag("tty");
    s.detach = flag("detach");
    s.nanoCpus = toInt64(o.value(QLatin1String("nanoCpus")));
    s.cpusetCpus = str("cpusetCpus");
    s.memoryBytes = toInt64(o.value(QLatin1String("memoryBytes")));
    s.memorySwapBytes = toInt64(o.value(QLatin1String("memorySwapBytes")));
    const QJsonArray ulimitArray = o.value(QLatin1String("ulimits")).toArray();
    for (const QJsonValue &v : ulimitArray) {
        const QJsonObject u = v.toObject();
        s.ulimits << Ulimit{u.value(QLatin1String("name")).toString(), toInt64(u.value(QLatin1String("soft"))),
                            toInt64(u.value(QLatin1String("hard")))};
    }
    s.networkMode = str("networkMode");
    s.hostname = str("hostname");
    s.addHosts = list("addHosts");
    s.dns = list("dns");
    s.restartPolicy = str("restartPolicy");
    s.restartMaxRetries = o.value(QLatin1String("restartMaxRetries")).toInt();
    s.privileged = flag("privileged");
    s.init = flag("init");
    s.readOnlyRootfs = flag("readOnlyRootfs");
    s.runtime = str("runtime");
    s.pidMode = str("pidMode");
    s.devices = list("devices");
    s.capAdd = list("capAdd");
    s.capDrop = list("capDrop");
    s.securityOpts = list("securityOpts");
    s.groupAdd = list("groupAdd");
    const QJsonObject req = o.value(QLatin1String("requirements")).toObject();
    s.requirements.enabled = req.value(QLatin1String("enabled")).toBool();
    if (req.contains(QLatin1String("cacheVolume")))
        s.requirements.cacheVolume = req.value(QLatin1String("cacheVolume")).toString();
    if (req.contains(QLatin1String("file")))
        s.requirements.file = req.value(QLatin1String("file")).toString();
    // Only the shells the wrapper is written for; anything else in a hand-edited file keeps the default.
    const QString shell = req.value(QLatin1String("shell")).toString();
    if (RequirementsCommand::shells().contains(shell))
        s.requirements.shell = shell;
    return s;
}

} // namespace berth::core
