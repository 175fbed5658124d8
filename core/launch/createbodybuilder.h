// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "launchspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace berth::core {

// A LaunchSpec as the body of POST /containers/create, field for field what the docker CLI sends for the same
// `docker run` line (cli/command/container/opts.go parse() and run.go), plus Berth's own labels.
// Reads --env-file files, so call it off the UI thread (QtConcurrent) when those may sit on slow storage.
class CreateBodyBuilder final
{
public:
    CreateBodyBuilder() = delete;

    struct Options
    {
        bool imageHasBash = true; // shell of the requirements wrapper: /bin/bash, else /bin/sh
        QString owner;            // owner label; empty: the login name of this process
        QString profileName;      // profile label; empty: no label
        bool berthLabels = true;
        QString uid; // for runAsMe; empty: this process's uid
        QString gid;
    };

    struct Result
    {
        QString name;                  // for ?name=; may be empty
        QJsonObject body;              // Config fields at the top level, HostConfig inside
        QList<LaunchProblem> problems; // unreadable env files
        bool ok() const { return !LaunchProblem::hasErrors(problems); }
    };

    static Result build(const LaunchSpec &spec, const Options &options);
    static Result build(const LaunchSpec &spec) { return build(spec, Options()); }

    // The argv the container will run: the command, or the requirements wrapper around it. Empty: the image's CMD.
    static QStringList effectiveCommand(const LaunchSpec &spec, bool imageHasBash);
    // The HostConfig.Binds entry of a -v mount: SOURCE:TARGET[:ro,z,nocopy,propagation]
    static QString bindString(const MountSpec &mount);
    // The login name of this process (USER, LOGNAME, else the passwd entry).
    static QString currentUserName();
};

} // namespace berth::core
