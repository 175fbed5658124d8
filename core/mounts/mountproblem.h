// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace berth::core {

// One thing wrong or risky about one mount row, worded for the user (already translated).
struct MountProblem
{
    enum class Severity {
        Warning, // risky: Run asks for confirmation first
        Error,   // Run is blocked until it is fixed
    };
    // The part of the row the problem is about, so the editor can mark that cell.
    enum class Field { Type, Source, Target, ReadOnly, Size };
    enum class Code {
        HostFolderEmpty,
        HostFolderNotAbsolute,
        HostFolderMissing,
        ColonInVolumeSyntax, // -v cannot carry a path with ':'
        TargetEmpty,
        TargetNotAbsolute,
        TargetDuplicate,
        TargetSystemPath,
        VolumeNameInvalid,
        TmpfsSizeInvalid,
        RiskyHostRoot,
        RiskySystemConfig, // /etc
        RiskyOtherUsersHome,
        RiskyEngineSocket, // the socket itself, a folder holding it, or a hard link to it
        RiskyEngineData,   // the engine's data root (/var/lib/docker or its DockerRootDir)
        RiskySystemFolder, // /dev, /sys, /boot, /usr
        RiskyRootHome,     // /root, for a user who is not root
    };
    // A one-click repair the editor can offer.
    enum class FixIt {
        None,
        CreateHostFolder,   // create `path` as the current user (never through the engine: that makes it root's)
        MakeTargetAbsolute, // prefix the container path with '/'
        UseMountSyntax,     // write the row as --mount, which has no ':' separator
    };

    int row = -1;
    Severity severity = Severity::Error;
    Field field = Field::Source;
    Code code = Code::HostFolderMissing;
    QString message;
    FixIt fixIt = FixIt::None;
    QString fixItLabel; // button text for the fix-it, translated
    QString path;       // the host folder for CreateHostFolder

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const MountProblem &other) const = default;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::MountProblem)
