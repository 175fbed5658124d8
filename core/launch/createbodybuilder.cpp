// SPDX-License-Identifier: Apache-2.0
#include "createbodybuilder.h"

#include "dockerrunwriter.h"
#include "engine/berthlabels.h"
#include "envfile.h"
#include "gpu/ownerpolicy.h"
#include "mountgrammar.h"
#include "optiongrammar.h"
#include "requirementscommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <pwd.h>
#include <unistd.h>

namespace berth::core {

namespace {

// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::CreateBodyBuilder)
};

QJsonValue stringsOrNull(const QStringList &list)
{
    return list.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(list));
}

// --env-file as the CLI reads it (pkg/kvfile): blank lines and # comments skipped, leading blanks trimmed,
// KEY=VALUE kept verbatim, a bare KEY taken from the environment or dropped.
QStringList readEnvFile(const QString &path, QString *error)
{
    // A FIFO would block the read for ever and a device such as /dev/zero never ends: only plain files are read.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = Tr::tr("it is not a regular file");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    // The CLI reads with bufio.Scanner, whose lines stop at 64 KiB ("token too long"); reading stops there too,
    // so a huge file without line breaks is never loaded whole.
    constexpr qint64 maxLine = 64 * 1024;
    QByteArray data;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine(maxLine + 1);
        const qsizetype length = raw.endsWith('\n') ? raw.size() - 1 : raw.size();
        if (length >= maxLine) {
            *error = Tr::tr("a line is longer than 64 KiB (token too long)");
            return {};
        }
        data += raw;
    }
    return EnvFile::parse(data, error);
}

// nat.ParsePortSpec: one entry per container port of a range; a single container port with a host range keeps the
// host range for the engine to pick from.
void addPort(const LaunchSpec::Port &port, QJsonObject *exposed, QJsonObject *bindings)
{
    auto range = [](const QString &text, quint32 *start, quint32 *end) {
        const qsizetype dash = text.indexOf(QLatin1Char('-'));
        *start = (dash < 0 ? text : text.left(dash)).toUInt();
        *end = dash < 0 ? *start : text.mid(dash + 1).toUInt();
    };
    quint32 start = 0, end = 0, hostStart = 0, hostEnd = 0;
    range(port.containerPort, &start, &end);
    if (!port.hostPort.isEmpty())
        range(port.hostPort, &hostStart, &hostEnd);
    for (quint32 i = 0; i <= end - start; ++i) {
        const QString key = QString::number(start + i) + QLatin1Char('/') + port.protocol;
        QString hostPort;
        if (!port.hostPort.isEmpty()) {
            hostPort = QString::number(hostStart + i);
            if (start == end && hostStart != hostEnd)
                hostPort += QLatin1Char('-') + QString::number(hostEnd);
        }
        exposed->insert(key, QJsonObject());
        QJsonArray list = bindings->value(key).toArray();
        list.append(QJsonObject{{QStringLiteral("HostIp"), port.hostIp}, {QStringLiteral("HostPort"), hostPort}});
        bindings->insert(key, list);
    }
}

QJsonObject deviceRequest(const GpuRequest &gpus)
{
    QJsonObject request;
    request[QStringLiteral("Driver")] = gpus.driver;
    int count = 0;
    if (gpus.mode == GpuRequest::Mode::All)
        count = -1;
    else if (gpus.mode == GpuRequest::Mode::Count)
        count = gpus.count;
    request[QStringLiteral("Count")] = count;
    request[QStringLiteral("DeviceIDs")] =
        gpus.mode == GpuRequest::Mode::Devices ? stringsOrNull(gpus.deviceIds) : QJsonValue();
    QStringList capabilities = gpus.capabilities;
    capabilities << QStringLiteral("gpu");
    request[QStringLiteral("Capabilities")] = QJsonArray{QJsonArray::fromStringList(capabilities)};
    QJsonObject options;
    for (auto it = gpus.options.cbegin(); it != gpus.options.cend(); ++it)
        options[it.key()] = it.value();
    request[QStringLiteral("Options")] = options;
    return request;
}

QJsonObject deviceMapping(const QString &device)
{
    // parseLinuxDevice: src[:dst][:permissions], permissions from r, w, m.
    const QStringList parts = device.split(QLatin1Char(':'));
    auto isMode = [](const QString &mode) {
        if (mode.isEmpty())
            return false;
        QString seen;
        for (QChar c : mode) {
            if (!QStringLiteral("rwm").contains(c) || seen.contains(c))
                return false;
            seen += c;
        }
        return true;
    };
    QString src = parts.value(0);
    QString dst;
    QString permissions = QStringLiteral("rwm");
    if (parts.size() == 3) {
        permissions = parts.at(2);
        if (isMode(parts.at(1)))
            permissions = parts.at(1);
        else
            dst = parts.at(1);
    } else if (parts.size() == 2) {
        if (isMode(parts.at(1)))
            permissions = parts.at(1);
        else
            dst = parts.at(1);
    }
    if (dst.isEmpty())
        dst = src;
    return QJsonObject{{QStringLiteral("PathOnHost"), src},
                       {QStringLiteral("PathInContainer"), dst},
                       {QStringLiteral("CgroupPermissions"), permissions}};
}

QJsonObject mountObject(const MountSpec &m)
{
    QJsonObject o{{QStringLiteral("Type"), QLatin1String(MountSpec::typeName(m.type))},
                  {QStringLiteral("Target"), m.target}};
    if (!m.source.isEmpty())
        o[QStringLiteral("Source")] = m.source;
    if (m.readOnly)
        o[QStringLiteral("ReadOnly")] = true;
    if (!m.propagation.isEmpty())
        o[QStringLiteral("BindOptions")] = QJsonObject{{QStringLiteral("Propagation"), m.propagation}};
    if (m.noCopy || !m.volumeOptions.isEmpty()) {
        // The CLI always sends a driver object once it has volume options.
        QJsonObject volumeOptions{{QStringLiteral("DriverConfig"), QJsonObject()}};
        if (m.noCopy)
            volumeOptions[QStringLiteral("NoCopy")] = true;
        if (!m.volumeOptions.isEmpty()) {
            QJsonObject driverOptions;
            for (const QString &kv : m.volumeOptions) {
                const qsizetype eq = kv.indexOf(QLatin1Char('='));
                if (eq > 0)
                    driverOptions[kv.left(eq)] = kv.mid(eq + 1);
                else if (!kv.isEmpty())
                    driverOptions[kv] = QString();
            }
            volumeOptions[QStringLiteral("DriverConfig")] = QJsonObject{{QStringLiteral("Options"), driverOptions}};
        }
        o[QStringLiteral("VolumeOptions")] = volumeOptions;
    }
    if (m.tmpfsSizeBytes > 0 || m.tmpfsMode > 0) {
        QJsonObject tmpfs;
        if (m.tmpfsSizeBytes > 0)
            tmpfs[QStringLiteral("SizeBytes")] = double(m.tmpfsSizeBytes);
        if (m.tmpfsMode > 0)
            tmpfs[QStringLiteral("Mode")] = m.tmpfsMode;
        o[QStringLiteral("TmpfsOptions")] = tmpfs;
    }
    return o;
}

} // namespace

QString CreateBodyBuilder::currentUserName()
{
    // The account database, like the GUI: $USER is whatever the caller's environment says (sudo, su, a script).
    return OwnerPolicy::currentUserName();
}

QString CreateBodyBuilder::bindString(const MountSpec &mount)
{
    return MountGrammar::volumeText(mount);
}

QStringList CreateBodyBuilder::effectiveCommand(const LaunchSpec &spec, bool imageHasBash)
{
    return spec.requirements.enabled ? RequirementsCommand::wrap(spec, imageHasBash) : spec.command;
}

CreateBodyBuilder::Result CreateBodyBuilder::build(const LaunchSpec &spec, const Options &options)
{
    Result result;
    result.name = spec.name;
    QJsonObject &body = result.body;

    // Every published port is an entry in two maps: a few full ranges would build gigabytes. Refuse before.
    qint64 published = 0;
    for (const LaunchSpec::Port &port : spec.ports)
        published += OptionGrammar::portCount(port);
    if (published > OptionGrammar::MaxPublishedPorts) {
        LaunchProblem p;
        p.field = LaunchProblem::Field::Ports;
        p.code = LaunchProblem::Code::InvalidValue;
        p.message = Tr::tr("%1 ports are published; Berth publishes at most %2")
                        .arg(published)
                        .arg(OptionGrammar::MaxPublishedPorts);
        result.problems << p;
        return result;
    }

    // Env: the files first, then -e, so -e wins (opts.ReadKVEnvStrings).
    QStringList env;
    for (int i = 0; i < spec.envFiles.size(); ++i) {
        QString error;
        const QStringList vars = readEnvFile(spec.envFiles.at(i), &error);
        if (!error.isEmpty()) {
            LaunchProblem p;
            p.code = LaunchProblem::Code::HostPathMissing;
            p.field = LaunchProblem::Field::EnvFiles;
            p.index = i;
            p.subject = spec.envFiles.at(i);
            p.message = Tr::tr("Cannot read the env file %1: %2").arg(spec.envFiles.at(i), error);
            result.problems << p;
        }
        env << vars;
    }
    env << spec.env;

    QString user = spec.user;
    if (spec.runAsMe) {
        const QString uid = options.uid.isEmpty() ? QString::number(::getuid()) : options.uid;
        const QString gid = options.gid.isEmpty() ? QString::number(::getgid()) : options.gid;
        user = uid + QLatin1Char(':') + gid;
    }

    // run.go: attached unless detached; -i attaches stdin and closes it when the client goes (StdinOnce).
    const bool attachStdin = spec.interactive && !spec.detach;
    body[QStringLiteral("Hostname")] = spec.hostname;
    body[QStringLiteral("Domainname")] = QString();
    body[QStringLiteral("User")] = user;
    body[QStringLiteral("AttachStdin")] = attachStdin;
    body[QStringLiteral("AttachStdout")] = !spec.detach;
    body[QStringLiteral("AttachStderr")] = !spec.detach;
    body[QStringLiteral("Tty")] = spec.tty;
    body[QStringLiteral("OpenStdin")] = spec.interactive;
    body[QStringLiteral("StdinOnce")] = attachStdin;
    body[QStringLiteral("Env")] = stringsOrNull(env);
    body[QStringLiteral("Cmd")] = stringsOrNull(effectiveCommand(spec, options.imageHasBash));
    body[QStringLiteral("Image")] = spec.imageReference();
    body[QStringLiteral("WorkingDir")] = spec.workingDir;
    body[QStringLiteral("Entrypoint")] =
        spec.entrypoint ? QJsonValue(QJsonArray{*spec.entrypoint}) : QJsonValue(QJsonValue::Null);

    QJsonObject labels;
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it) {
        // Berth's own labels (and 0.1's, still read) are Berth's to set: a typed -l io.github.berth.owner=… would
        // pass someone's run off as another's.
        if (it.key() == QLatin1String(BerthLabels::Owner) || it.key() == QLatin1String(BerthLabels::Profile) ||
            it.key() == QLatin1String(BerthLabels::LegacyOwner) ||
            it.key() == QLatin1String(BerthLabels::LegacyProfile))
            continue;
        labels[it.key()] = it.value();
    }
    if (options.berthLabels) {
        labels[QLatin1String(BerthLabels::Owner)] = options.owner.isEmpty() ? currentUserName() : options.owner;
        if (!options.profileName.isEmpty())
            labels[QLatin1String(BerthLabels::Profile)] = options.profileName;
    }
    body[QStringLiteral("Labels")] = labels;

    QStringList binds;
    QJsonObject volumes;
    QJsonArray mounts;
    QJsonObject tmpfs;
    for (const MountSpec &m : spec.mounts) {
        switch (m.syntax) {
        case MountSpec::Syntax::Volume:
            if (m.source.isEmpty())
                volumes[m.target] = QJsonObject();
            else
                binds << bindString(m);
            break;
        case MountSpec::Syntax::Mount:
            mounts.append(mountObject(m));
            break;
        case MountSpec::Syntax::Tmpfs:
            tmpfs[m.target] = m.tmpfsOptions;
            break;
        }
    }
    if (spec.requirements.enabled && !spec.requirements.cacheVolume.isEmpty())
        binds << spec.requirements.cacheVolume + QLatin1Char(':') + QLatin1String(LaunchSpec::PipCacheTarget);
    body[QStringLiteral("Volumes")] = volumes;

    QJsonObject exposed;
    QJsonObject portBindings;
    for (const LaunchSpec::Port &port : spec.ports)
        addPort(port, &exposed, &portBindings);
    for (const QString &e : spec.expose) {
        for (const QString &key : OptionGrammar::exposedPorts(e).value_or(QStringList()))
            exposed[key] = QJsonObject();
    }
    if (!exposed.isEmpty())
        body[QStringLiteral("ExposedPorts")] = exposed;

    QJsonObject host;
    host[QStringLiteral("Binds")] = stringsOrNull(binds);
    host[QStringLiteral("NetworkMode")] = spec.networkMode.isEmpty() ? QStringLiteral("default") : spec.networkMode;
    host[QStringLiteral("PortBindings")] = portBindings;
    host[QStringLiteral("RestartPolicy")] =
        QJsonObject{{QStringLiteral("Name"), spec.restartPolicy.isEmpty() ? QStringLiteral("no") : spec.restartPolicy},
                    {QStringLiteral("MaximumRetryCount"), spec.restartMaxRetries}};
    host[QStringLiteral("AutoRemove")] = spec.autoRemove;
    host[QStringLiteral("IpcMode")] = spec.ipcMode;
    host[QStringLiteral("ShmSize")] = double(spec.shmSizeBytes);
    host[QStringLiteral("NanoCpus")] = double(spec.nanoCpus);
    host[QStringLiteral("CpusetCpus")] = spec.cpusetCpus;
    host[QStringLiteral("Memory")] = double(spec.memoryBytes);
    host[QStringLiteral("MemorySwap")] = double(spec.memorySwapBytes);
    host[QStringLiteral("MemorySwappiness")] = -1;
    QJsonArray ulimits;
    for (const LaunchSpec::Ulimit &u : spec.ulimits) {
        ulimits.append(QJsonObject{{QStringLiteral("Name"), u.name},
                                   {QStringLiteral("Soft"), double(u.soft)},
                                   {QStringLiteral("Hard"), double(u.hard)}});
    }
    host[QStringLiteral("Ulimits")] = ulimits;

    // One device request per --gpus flag, then one for all CDI devices (--device vendor/class=name), as the CLI.
    QJsonArray deviceRequests;
    if (spec.gpus.mode != GpuRequest::Mode::None)
        deviceRequests.append(deviceRequest(spec.gpus));
    for (const GpuRequest &more : spec.moreGpus)
        deviceRequests.append(deviceRequest(more));
    QStringList cdiDevices;
    QJsonArray devices;
    for (const QString &d : spec.devices) {
        if (OptionGrammar::isCdiDeviceName(d))
            cdiDevices << d;
        else
            devices.append(deviceMapping(d));
    }
    if (!cdiDevices.isEmpty()) {
        deviceRequests.append(QJsonObject{{QStringLiteral("Driver"), QStringLiteral("cdi")},
                                          {QStringLiteral("Count"), 0},
                                          {QStringLiteral("DeviceIDs"), QJsonArray::fromStringList(cdiDevices)},
                                          {QStringLiteral("Capabilities"), QJsonValue()},
                                          {QStringLiteral("Options"), QJsonValue()}});
    }
    host[QStringLiteral("DeviceRequests")] = deviceRequests.isEmpty() ? QJsonValue() : QJsonValue(deviceRequests);
    if (!mounts.isEmpty())
        host[QStringLiteral("Mounts")] = mounts;
    if (!tmpfs.isEmpty())
        host[QStringLiteral("Tmpfs")] = tmpfs;

    host[QStringLiteral("Devices")] = devices;
    // As typed, as the Debian CLI the oracle compares with sends them; the engine reads both forms the same.
    host[QStringLiteral("CapAdd")] = stringsOrNull(spec.capAdd);
    host[QStringLiteral("CapDrop")] = stringsOrNull(spec.capDrop);
    host[QStringLiteral("SecurityOpt")] = stringsOrNull(spec.securityOpts);
    host[QStringLiteral("GroupAdd")] = stringsOrNull(spec.groupAdd);
    host[QStringLiteral("ExtraHosts")] = stringsOrNull(spec.addHosts);
    // Empty lists where the CLI sends them, so the container inspects the same.
    host[QStringLiteral("BlkioWeightDevice")] = QJsonArray();
    host[QStringLiteral("Dns")] = QJsonArray::fromStringList(spec.dns);
    host[QStringLiteral("DnsOptions")] = QJsonArray();
    host[QStringLiteral("DnsSearch")] = QJsonArray();
    host[QStringLiteral("Privileged")] = spec.privileged;
    host[QStringLiteral("ReadonlyRootfs")] = spec.readOnlyRootfs;
    host[QStringLiteral("PidMode")] = spec.pidMode;
    if (spec.init)
        host[QStringLiteral("Init")] = true;
    if (!spec.runtime.isEmpty())
        host[QStringLiteral("Runtime")] = spec.runtime;
    body[QStringLiteral("HostConfig")] = host;
    return result;
}

} // namespace berth::core
