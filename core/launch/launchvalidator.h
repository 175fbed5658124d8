// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "launchspec.h"
#include "mounts/serverpaths.h"
#include "mountvalidator.h"

#include <QList>
#include <QString>

#include <optional>

namespace berth::core {

// Checks a launch before anything is created, so nothing starts half-way: each problem names the form field (and
// row) it is about, and offers a fix-it where one exists (create a missing host folder as the user). The mounts are
// checked by MountValidator, the same rules the mount editor shows.
class LaunchValidator final
{
public:
    LaunchValidator() = delete;

    struct Options
    {
        // Look at the host file system (bind sources, env files, requirements file, project folder). These are
        // stat() calls: cheap, but run the validation off the UI thread when paths may be on network storage.
        bool checkHostPaths = true;
        // Set for a remote engine: the project folder, bind sources and requirements file are on that server and
        // are checked against what it answered (checkHostPaths is then ignored for them). Env files stay on this
        // machine: the client reads them.
        std::optional<ServerPaths> server;
        // The runtimes the engine reports (EngineInfo::runtimes); empty: not known, any name passes.
        QStringList knownRuntimes;
        // Who launches and where the engine keeps its socket and data, for the mount rules' risk warnings (its
        // checkHostPaths and server are replaced by the ones above). Unset: MountValidator::HostContext::current(),
        // which reads the passwd database: validate off the UI thread.
        std::optional<MountValidator::HostContext> host;
    };

    static QList<LaunchProblem> validate(const LaunchSpec &spec, const Options &options);
    static QList<LaunchProblem> validate(const LaunchSpec &spec) { return validate(spec, Options()); }
    // The paths a remote engine's server must be asked about before validate(): the project folder, bind sources
    // and the requirements file inside the project folder.
    static QStringList serverPathsToCheck(const LaunchSpec &spec);

    // /?[a-zA-Z0-9][a-zA-Z0-9_.-]+ (the engine's rule)
    static bool isValidContainerName(const QString &name);
};

} // namespace berth::core
