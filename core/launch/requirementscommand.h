// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchspec.h"

#include <QStringList>

namespace berth::core {

// The "install requirements first" wrapper, both ways:
//   /bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'
// The wrapped form is what the container runs and what the docker run line shows; recognise() turns such a line back
// into the option only when writing the option again gives the very same command, so the create body never changes.
class RequirementsCommand final
{
public:
    RequirementsCommand() = delete;

    // The -r argument as the container sees it: relative to the working directory when that is where the project
    // folder is mounted (or when the project folder is not mounted), else the absolute path under the mount.
    static QString requirementsArgument(const LaunchSpec &spec);
    // pip install … && <command, shell-quoted>
    static QString script(const LaunchSpec &spec);
    // {shell, "-c", script}: spec.requirements.shell as written; when the image has no bash, a bash shell gives way
    // to /bin/sh.
    static QStringList wrap(const LaunchSpec &spec, bool imageHasBash = true);
    // The shells the wrapper is recognised with and written for: /bin/bash, bash, /bin/sh, sh.
    static const QStringList &shells();
    // The container path the project folder is mounted at, empty when it is not mounted.
    static QString projectTarget(const LaunchSpec &spec);

    // When spec.command is such a wrapper (bash or sh), moves it into spec.requirements: the command becomes the
    // inner command, the shell is kept as written and a -v VOLUME:/pip_cache mount becomes the cache volume.
    // Returns whether it did.
    static bool recognise(LaunchSpec &spec);
};

} // namespace berth::core
