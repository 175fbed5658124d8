// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/koreanparticles.h"
#include "launch/launchconverter.h"

#include <QDir>
#include <QFile>

using namespace berth::core;

namespace {
// berth convert [--to-cli] [--cwd DIR] -- 'docker run …': see LaunchConverter.
int runConvert(const QStringList &args)
{
    const auto readStdin = [] {
        QFile in;
        return in.open(stdin, QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    const LaunchConverter::Output output =
        LaunchConverter::run(args, DockerRunParser::systemOptions(QDir::currentPath()), QDir::currentPath(), readStdin);
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(output.out);
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly))
        err.write(
            berth::ui::KoreanParticles::resolve(QString::fromUtf8(output.err)).toUtf8()); // core writes both forms
    return output.exitCode;
}
} // namespace

BERTH_COMMAND(convert, "convert", "Turn a docker run line into the Engine API create body, or back into a line",
              &runConvert);
