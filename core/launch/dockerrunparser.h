// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "launchspec.h"

#include <QHash>
#include <QList>
#include <QString>

namespace berth::core {

// A pasted `docker run` (or `docker create`, `docker container run`, `sudo docker run`, `nvidia-docker run`) line to
// a LaunchSpec, following the docker CLI's option table (cli/command/container/opts.go). Whatever cannot be mapped is
// listed as a problem, by name; nothing is dropped silently. Multi-line tutorial text with `\` continuations and
// comments after them is understood. Pure and deterministic: every outside input comes through Options.
class DockerRunParser final
{
public:
    DockerRunParser() = delete;

    struct Options
    {
        QString projectFolder;       // what $(pwd), `pwd`, $PWD and ./relative paths mean; becomes spec.projectFolder
        QString homeDir;             // what ~ means
        QHash<QString, QString> env; // $VAR and `-e KEY` without a value
        QString uid;                 // $(id -u)
        QString gid;                 // $(id -g)
    };
    // Options for this process: the home folder, the process environment and the user's ids.
    static Options systemOptions(const QString &projectFolder);

    struct Result
    {
        LaunchSpec spec;
        QList<LaunchProblem> problems;
        bool ok() const { return !LaunchProblem::hasErrors(problems); }
    };

    static Result parse(const QString &text, const Options &options);
};

} // namespace berth::core
