// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/imagereference.h"
#include "gpu/gpurequest.h"
#include "mounts/mountspec.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// Everything one launch needs: what the run form edits, what a saved profile stores, and what a `docker run` line
// says. Host paths are absolute (the parser resolves $(pwd), ~ and ./ against the project folder).
struct LaunchSpec
{
    // -p [hostIp:][hostPort:]containerPort[/protocol]; ports may be ranges ("8000-8010").
    struct Port
    {
        QString hostIp;
        QString hostPort; // empty: the engine picks one
        QString containerPort;
        QString protocol = QStringLiteral("tcp");
        bool operator==(const Port &other) const = default;
    };

    // --ulimit name=soft[:hard]; -1 means unlimited.
    struct Ulimit
    {
        QString name;
        qint64 soft = 0;
        qint64 hard = 0;
        bool operator==(const Ulimit &other) const = default;
    };

    // "Install requirements first": the command runs as
    //   <shell> -c 'pip install --cache-dir /pip_cache -r <file> && <command>'
    // with the named cache volume mounted at /pip_cache. An empty cacheVolume installs without a cache.
    struct Requirements
    {
        bool enabled = false;
        QString cacheVolume = QStringLiteral("pip_cache");
        QString file = QStringLiteral("requirements.txt"); // relative to the project folder
        // The shell exactly as written (a pasted `sh -c` stays `sh`): images without bash need sh.
        QString shell = QStringLiteral("/bin/bash");
        bool usesBash() const { return shell.endsWith(QLatin1String("bash")); }
        bool operator==(const Requirements &other) const = default;
    };

    static constexpr const char *PipCacheTarget = "/pip_cache";

    QString projectFolder; // host folder the launch is about; $(pwd) in a pasted line
    // A folder on this computer that Berth copies to projectFolder on an ssh server before each run (rsync: only
    // what changed travels). Empty: projectFolder is already on the server. Not part of the docker run line.
    QString sendFrom;

    QString image;  // repository, e.g. tensorflow/tensorflow or 127.0.0.1:5000/team/img
    QString tag;    // empty: the engine's default (latest)
    QString digest; // sha256:…, empty when pinned by tag only
    QString name;   // container name, empty: the engine picks one

    QStringList command;               // argv after the image; empty: the image's CMD
    std::optional<QString> entrypoint; // unset: the image's; "" resets it (--entrypoint=)
    QString workingDir;
    QStringList env;      // "KEY=VALUE" in order; a bare "KEY" passes the key without a value
    QStringList envFiles; // absolute paths, read when the body is built

    QList<MountSpec> mounts;
    GpuRequest gpus;
    QList<GpuRequest> moreGpus; // further --gpus flags: the CLI sends one device request per flag
    QString ipcMode;            // "", host, private, shareable, none, container:NAME
    qint64 shmSizeBytes = 0;    // 0: engine default (64 MiB)

    QString user;         // uid[:gid] or name[:group]; ignored when runAsMe
    bool runAsMe = false; // the launching user's uid:gid ($(id -u):$(id -g))

    QList<Port> ports;
    QStringList expose; // --expose, container ports without publishing
    QMap<QString, QString> labels;

    bool autoRemove = false;
    bool interactive = false;
    bool tty = false;
    bool detach = false;

    qint64 nanoCpus = 0;        // --cpus × 1e9
    QString cpusetCpus;         // --cpuset-cpus 0-3
    qint64 memoryBytes = 0;     // --memory
    qint64 memorySwapBytes = 0; // --memory-swap, -1 unlimited
    QList<Ulimit> ulimits;

    QString networkMode; // "": the engine default; host, none, bridge, container:X, a network name
    QString hostname;
    QStringList addHosts; // --add-host host:ip
    QStringList dns;

    QString restartPolicy; // "", no, always, unless-stopped, on-failure
    int restartMaxRetries = 0;

    // Less common options that ML images still meet (ROCm, profilers, nvidia-docker 2).
    bool privileged = false;
    bool init = false;
    bool readOnlyRootfs = false;
    QString runtime;     // --runtime nvidia
    QString pidMode;     // --pid host
    QStringList devices; // --device /dev/kfd[:/dev/kfd[:rwm]]
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpts; // --security-opt seccomp=unconfined
    QStringList groupAdd;

    Requirements requirements;

    bool operator==(const LaunchSpec &other) const = default;

    // image[:tag][@digest], as the engine and the CLI take it.
    QString imageReference() const;
    // Splits a reference into image, tag and digest (a ':' after the last '/' starts the tag).
    void setImageReference(const QString &reference);
    // What to pull for this spec: the image at its digest, else its tag, else "latest"; invalid for a bad name.
    ImageReference pullReference() const;

    // Saved profiles: a versioned JSON object. fromJson ignores unknown keys and keeps defaults for missing ones.
    QJsonObject toJson() const;
    static LaunchSpec fromJson(const QJsonObject &object);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::LaunchSpec)
