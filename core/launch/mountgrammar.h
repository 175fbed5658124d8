// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "mounts/mountspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// The values of -v/--volume, --mount and --tmpfs, read as the docker CLI reads them (volume.go, opts/mount.go) and
// written back so that they read the same. The docker run parser, the writer and the create body all go through
// here.
class MountGrammar final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::MountGrammar)
public:
    MountGrammar() = delete;

    // What reading one value found. A source written relative (./data) is kept as written: making it absolute
    // needs the project folder, which is the parser's to know.
    struct Reading
    {
        std::optional<MountSpec> mount; // nothing when the value is refused
        // Why it was refused: InvalidValue (what the docker CLI refuses too), or UnsupportedOption for what Berth
        // does not model, with the option as written in `subject` ("--mount type=npipe").
        LaunchProblem::Code code = LaunchProblem::Code::InvalidValue;
        QString subject;
        QString why;
        // Options only Docker Desktop for Mac reads (cached, delegated, consistency): left out, worth a warning.
        QStringList ignored;
    };

    // -v SOURCE:TARGET[:OPTIONS] or -v TARGET (an anonymous volume).
    static Reading volume(const QString &value);
    // --mount type=…,source=…,target=…,… (one CSV record).
    static Reading mount(const QString &value);
    // --tmpfs TARGET[:OPTIONS]: the options go to the kernel as written.
    static MountSpec tmpfs(const QString &value);

    // The value to write for a mount in its own syntax (-v, --mount or --tmpfs).
    static QString text(const MountSpec &mount);
    static QString volumeText(const MountSpec &mount);
    static QString mountText(const MountSpec &mount);
    static QString tmpfsText(const MountSpec &mount);
};

} // namespace berth::core
