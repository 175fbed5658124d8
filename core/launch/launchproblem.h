// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace berth::core {

// One thing wrong with a pasted line or a launch, worded for the user (already translated), tied to the form field
// it is about so the UI can show it inline.
struct LaunchProblem
{
    enum class Severity {
        Warning, // mapped with a caveat, or ignored on purpose; the launch may go ahead
        Error,   // cannot be mapped or would fail; nothing is launched
    };

    enum class Field {
        None, // the line as a whole
        Image,
        Name,
        Command,
        Entrypoint,
        WorkingDir,
        Env,
        EnvFiles,
        Mounts,
        Gpus,
        IpcMode,
        ShmSize,
        User,
        Ports,
        Expose,
        Labels,
        AutoRemove,
        Cpus,
        Memory,
        MemorySwap,
        Ulimits,
        NetworkMode,
        Hostname,
        RestartPolicy,
        Devices,
        Advanced, // privileged, init, runtime, pid, capabilities, security options, groups, hosts, dns
        Requirements,
        ProjectFolder,
    };

    enum class Code {
        // docker run parsing
        NotDockerRun,      // the line is not a docker run/create command
        UnknownOption,     // not a docker run option at all (subject: the option as written)
        UnsupportedOption, // a docker run option Berth does not model (subject: --name of the option)
        IgnoredOption,     // an option with no effect on the container Berth creates (--pull, --sig-proxy …)
        MissingValue,      // an option at the end of the line without its value
        InvalidValue,      // a value the docker CLI would reject
        Placeholder,       // [IMAGE], <your-image>: text to fill in
        ShellConstruct,    // |, ;, &&, >, & outside quotes
        UnterminatedQuote,
        CommandSubstitution, // $(…) or `…` other than pwd and id
        UnsetVariable,       // $VAR not in the environment (expanded to nothing, as the shell would)
        MissingImage,
        MultipleCommands,
        // validation
        Required,        // an empty field that must be filled
        InvalidName,     // container name, image reference, volume name
        PathNotAbsolute, // container paths (and host paths) must be absolute
        HostPathMissing, // bind source, env file or requirements file does not exist
        Conflict,        // two settings that cannot go together (--rm with --restart, count with device IDs)
        OutOfRange,
        Duplicate,           // two mounts on one container path
        SystemContainerPath, // a mount over / or /proc inside the container (error), /sys or /dev (warning)
        // risky host folders on a shared server: warnings the user confirms before Run
        RiskyHostRoot,
        RiskySystemConfig, // /etc
        RiskyOtherUsersHome,
        RiskyEngineSocket, // the socket itself, a folder holding it, or a hard link to it
        RiskyEngineData,   // the engine's data root (/var/lib/docker or its DockerRootDir)
        RiskySystemFolder, // /dev, /sys, /boot, /usr
        RiskyRootHome,     // /root, for a user who is not root
    };

    // The part of a list row the problem is about (a mount's host folder, container path …), so an editor can
    // mark that cell.
    enum class Part { Whole, Type, Source, Target, ReadOnly, Size };

    enum class FixIt {
        None,
        CreateHostPathAsMe, // create `path` as the current user: the root daemon would create it root-owned
        MakeTargetAbsolute, // prefix a mount's container path with '/'
        UseMountSyntax,     // write the mount as --mount, which has no ':' separator
    };

    Severity severity = Severity::Error;
    Code code = Code::InvalidValue;
    Field field = Field::None;
    int index = -1; // row in a list field (mounts, env, ports …), -1 for the field as a whole
    Part part = Part::Whole;
    QString subject; // the option, token or value the problem is about
    QString message;
    FixIt fixIt = FixIt::None;
    QString fixItLabel; // button text for the fix-it, translated; empty: the UI names it
    QString path;       // for CreateHostPathAsMe
    int offset = -1;    // character offset in the parsed line, -1 when not from a line

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const LaunchProblem &other) const = default;

    static bool hasErrors(const QList<LaunchProblem> &problems);
    // Stable identifiers for logs, JSON output and tests: "UnknownOption", "Mounts".
    static const char *codeName(Code code);
    static const char *fieldName(Field field);
    static const char *partName(Part part);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::LaunchProblem)
