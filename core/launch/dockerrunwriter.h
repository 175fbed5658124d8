// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchspec.h"

#include <QString>
#include <QStringList>

namespace berth::core {

// A LaunchSpec as a canonical `docker run` line that a POSIX shell reads back word for word, and that
// DockerRunParser turns into the same spec (given the same project folder). Host paths are written absolute.
class DockerRunWriter final
{
public:
    DockerRunWriter() = delete;

    enum class Style {
        SingleLine,
        MultiLine, // one option per line, joined with ` \`
    };

    struct Options
    {
        Style style = Style::SingleLine;
        bool imageHasBash = true; // the shell of the requirements wrapper
    };

    static QString write(const LaunchSpec &spec, const Options &options);
    static QString write(const LaunchSpec &spec) { return write(spec, Options()); }

    // The -p value: [ip:][hostPort:]containerPort[/udp]
    static QString portValue(const LaunchSpec::Port &port);
};

} // namespace berth::core
