// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dockerrunparser.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace berth::core {

// `berth convert`: a docker run line to the exact create body Berth sends, or to Berth's canonical line.
// Kept in core (not app/) so it is tested without starting the application.
//   berth convert [--cwd DIR] [--no-bash] [--no-labels] -- 'LINE'      {"name": …, "body": {…}}
//   berth convert --to-cli [--multi-line] [--cwd DIR] -- 'LINE'        docker run …
// LINE "-" (or none) reads the line from standard input. Warnings go to stderr; bad input exits with 2.
class LaunchConverter final
{
public:
    LaunchConverter() = delete;

    struct Output
    {
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
    };

    // args: the arguments after "convert". base: parser inputs other than the project folder (environment, ids);
    // readStdin is called only when the line is "-" or missing.
    static Output run(const QStringList &args, const DockerRunParser::Options &base, const QString &currentDir,
                      const std::function<QByteArray()> &readStdin = {});
    static QString usage();
};

} // namespace berth::core
