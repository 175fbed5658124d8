// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "launchspec.h"

#include <QList>
#include <QString>

namespace berth::core {

// Checks a launch before anything is created, so nothing starts half-way: each problem names the form field (and
// row) it is about, and offers a fix-it where one exists (create a missing host folder as the user).
class LaunchValidator final
{
public:
    LaunchValidator() = delete;

    struct Options
    {
        // Look at the host file system (bind sources, env files, requirements file, project folder). These are
        // stat() calls: cheap, but run the validation off the UI thread when paths may be on network storage.
        bool checkHostPaths = true;
        // The runtimes the engine reports (EngineInfo::runtimes); empty: not known, any name passes.
        QStringList knownRuntimes;
    };

    static QList<LaunchProblem> validate(const LaunchSpec &spec, const Options &options);
    static QList<LaunchProblem> validate(const LaunchSpec &spec) { return validate(spec, Options()); }

    // /?[a-zA-Z0-9][a-zA-Z0-9_.-]+ (the engine's rule)
    static bool isValidContainerName(const QString &name);
    // [a-zA-Z0-9][a-zA-Z0-9_.-]+
    static bool isValidVolumeName(const QString &name);
    // An image repository as the engine accepts it: lower-case path components, an optional registry host[:port].
    static bool isValidRepository(const QString &repository);
    static bool isValidTag(const QString &tag);

    // The CreateHostPathAsMe fix-it: makes the folder (and its parents) as the current user.
    static bool createHostPath(const QString &path, QString *error = nullptr);
};

} // namespace berth::core
