// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Typed views of engine JSON: ui reads these fields and never the JSON itself. A field someone needs is added
// here and parsed where the JSON arrives.
namespace berth::core {

// Tests and benches only (tests/support/engineraw.h): the whole inspect document, to compare with what the docker
// CLI created, and the bare transport, to time it.
class EngineRawAccess;
struct GpuHold;

// A port as the list (Ports) and inspect (NetworkSettings.Ports) documents give it.
struct PortBinding
{
    QString hostIp;   // "", 0.0.0.0 or :: for every address
    int hostPort = 0; // 0: exposed but not published
    int containerPort = 0;
    QString protocol; // tcp, udp, sctp
    bool operator==(const PortBinding &other) const = default;
};

// One of a container's mounts (Mounts), as the engine resolved it.
struct MountPoint
{
    QString type; // bind, volume, tmpfs, …
    QString name; // the volume's name; empty for binds
    QString source;
    QString destination;
    QString mode;
    bool readWrite = true;
    bool operator==(const MountPoint &other) const = default;
};

struct PingInfo
{
    QString apiVersion; // what the engine speaks at most (Api-Version header)
    QString osType;
    bool experimental = false;
};

struct VersionInfo
{
    QString version; // engine version, e.g. 20.10.24
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
};

struct EngineInfo
{
    QString name;
    QString serverVersion;
    int cpus = 0;
    qint64 memoryBytes = 0;
    int containers = 0;
    int containersRunning = 0;
    int images = 0;
    QStringList runtimes; // keys of "Runtimes"
    QString defaultRuntime;
    QStringList cdiSpecDirs;
    QString dockerRootDir; // where the engine keeps its data (DockerRootDir)
};

struct ContainerSummary
{
    QString id;
    QString name; // first name without the leading '/'
    QString image;
    QString imageId;
    QString command;
    QString state;              // created, running, paused, restarting, removing, exited, dead
    QString status;             // human text from the engine, e.g. "Exited (0) 3 seconds ago"
    ContainerStatus statusInfo; // status as facts, its `since` taken when the list arrived
    QDateTime created;
    QMap<QString, QString> labels;
    QList<PortBinding> ports;
    QList<MountPoint> mounts;
};

struct ContainerDetails
{
    QString id;
    QString name;
    QString image; // Config.Image as the user wrote it
    QString state; // State.Status
    bool running = false;
    bool oomKilled = false;
    int exitCode = 0;
    int pid = 0;
    QString error; // State.Error
    QDateTime startedAt;
    QDateTime finishedAt;
    bool tty = false;
    bool openStdin = false;
    int restartCount = 0;
    QMap<QString, QString> labels;
    QString imageId;          // Image: the id the container was created from
    QStringList cmd;          // Config.Cmd
    bool autoRemove = false;  // HostConfig.AutoRemove (--rm)
    QString startedAtText;    // State.StartedAt verbatim, nanoseconds included
    QString networkMode;      // HostConfig.NetworkMode
    QList<PortBinding> ports; // NetworkSettings.Ports
    QList<MountPoint> mounts;

    static ContainerDetails fromJson(const QJsonObject &inspect);

private:
    friend struct GpuHold; // reads the device requests, runtime and environment as the engine stored them
    friend class EngineRawAccess;
    QJsonObject m_raw; // the whole inspect document
};

struct CreatedContainer
{
    QString id;
    QStringList warnings;
};

struct WaitResult
{
    int statusCode = 0;
    QString error;
};

struct ImageSummary
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    qint64 size = 0;
    QDateTime created;
};

// /images/NAME/json, the parts Berth reads.
struct ImageDetails
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests; // repo@sha256:…, one per registry the image came from; none for a local build
    qint64 size = 0;
    QDateTime created;
    QString os;
    QString architecture;
    QStringList cmd; // Config.Cmd
};

struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QDateTime created;
    QMap<QString, QString> labels;
    qint64 size = -1; // from /system/df; -1 when the engine did not say
    int refCount = -1;
};

struct EngineEvent
{
    QString type;   // container, image, volume, network, …
    QString action; // create, start, die, destroy, … (may carry ": details" for exec events)
    QString actorId;
    QMap<QString, QString> attributes;
    qint64 timeNano = 0;
};

struct ExecDetails
{
    QString id;
    bool running = false;
    int exitCode = -1;
    QString containerId;
};

// One line of /images/create output; errorDetail arrives in-band and ends the pull as failed.
struct PullProgress
{
    QString id;     // layer id, or empty for the overall status lines
    QString status; // "Pulling fs layer", "Downloading", "Pull complete", …
    qint64 current = 0;
    qint64 total = 0;
    QString error; // non-empty: the pull failed with this message
};

struct ContainerFilter
{
    bool all = true;
    QMap<QString, QStringList> filters; // e.g. {"label": ["io.github.berth.owner=alice"], "status": ["exited"]}
};

} // namespace berth::core
