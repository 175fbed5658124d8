// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Typed views of engine JSON. Each keeps the raw object too, for fields not modelled here.
namespace berth::core {

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
    QJsonObject raw;
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
    QJsonObject raw;
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
    QJsonObject raw;
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
    QJsonObject raw; // the whole inspect document
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
    QJsonObject raw;
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
    QJsonObject raw;
};

struct EngineEvent
{
    QString type;   // container, image, volume, network, …
    QString action; // create, start, die, destroy, … (may carry ": details" for exec events)
    QString actorId;
    QMap<QString, QString> attributes;
    qint64 timeNano = 0;
    QJsonObject raw;
};

struct ExecDetails
{
    QString id;
    bool running = false;
    int exitCode = -1;
    QString containerId;
    QJsonObject raw;
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
