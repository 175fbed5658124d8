// SPDX-License-Identifier: Apache-2.0
#include "launchconverter.h"

#include "createbodybuilder.h"
#include "dockerrunwriter.h"
#include "launchsession.h"
#include "mountvalidator.h"
#include "shellwords.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::LaunchConverter)
};

void report(const QList<LaunchProblem> &problems, QByteArray *err)
{
    for (const LaunchProblem &p : problems) {
        const QString kind = p.isError() ? Tr::tr("error") : Tr::tr("warning");
        *err += (kind + QStringLiteral(": ") + p.message + QLatin1Char('\n')).toUtf8();
    }
}
} // namespace

QString LaunchConverter::usage()
{
    return Tr::tr(
        "usage: berth convert [--to-cli [--multi-line]] [--cwd DIR] [--no-bash] [--no-labels] -- 'docker run …'\n"
        "  prints the Engine API create body ({\"name\", \"body\"}) for the line, or with --to-cli Berth's "
        "canonical docker run line.\n"
        "  --cwd DIR      the project folder $(pwd) stands for (default: the current directory)\n"
        "  --no-bash      the image has no bash: wrap requirements installs in /bin/sh\n"
        "  --no-labels    leave out Berth's own labels (io.github.berth.owner, io.github.berth.profile)\n"
        "  A line of - (or none) is read from standard input.\n");
}

LaunchConverter::Output LaunchConverter::run(const QStringList &args, const DockerRunParser::Options &base,
                                             const QString &currentDir, const std::function<QByteArray()> &readStdin)
{
    Output output;
    bool toCli = false;
    bool multiLine = false;
    bool imageHasBash = true;
    bool labels = true;
    QString cwd = currentDir;
    QStringList lineArgs;
    bool haveLine = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            lineArgs = args.mid(i + 1);
            haveLine = true;
            break;
        }
        if (a == QLatin1String("--to-cli")) {
            toCli = true;
        } else if (a == QLatin1String("--multi-line")) {
            multiLine = true;
        } else if (a == QLatin1String("--no-bash")) {
            imageHasBash = false;
        } else if (a == QLatin1String("--no-labels")) {
            labels = false;
        } else if (a == QLatin1String("--cwd") && i + 1 < args.size()) {
            cwd = args.at(++i);
        } else if (a.startsWith(QLatin1String("--cwd="))) {
            cwd = a.mid(6);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            output.out = usage().toUtf8();
            return output;
        } else if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            lineArgs = args.mid(i);
            haveLine = true;
            break;
        } else {
            output.exitCode = 2;
            output.err = (Tr::tr("berth convert: unknown option %1").arg(a) + QLatin1Char('\n') + usage()).toUtf8();
            return output;
        }
    }

    QString line;
    if (!haveLine || lineArgs.isEmpty() || lineArgs == QStringList{QStringLiteral("-")})
        line = readStdin ? QString::fromUtf8(readStdin()) : QString();
    else if (lineArgs.size() == 1)
        line = lineArgs.constFirst();
    else
        line = ShellWords::join(lineArgs); // the shell already split it: quote the words back
    if (line.trimmed().isEmpty()) {
        output.exitCode = 2;
        output.err = (Tr::tr("berth convert: no docker run line given") + QLatin1Char('\n') + usage()).toUtf8();
        return output;
    }

    DockerRunParser::Options options = base;
    options.projectFolder = QDir::cleanPath(QDir(currentDir).absoluteFilePath(cwd));
    // Only what the line itself gets wrong: host paths are the launching machine's business.
    LaunchValidator::Options validation;
    validation.checkHostPaths = false;
    // Risky mounts are judged for the user the line is read as: ~ is their home, $(id -u) their uid.
    MountValidator::HostContext host = MountValidator::HostContext::current();
    if (!base.homeDir.isEmpty())
        host.homeDir = QDir::cleanPath(base.homeDir);
    if (!base.uid.isEmpty())
        host.isRoot = base.uid == QLatin1String("0");
    validation.host = host;
    CreateBodyBuilder::Options build;
    build.imageHasBash = imageHasBash;
    build.berthLabels = labels;
    build.uid = base.uid;
    build.gid = base.gid;
    // The launch pipeline's engine-free front; --to-cli stops before the body (env files stay unread).
    const LaunchSession::Prepared prepared = LaunchSession::prepare(line, options, validation, build, !toCli);
    report(prepared.problems, &output.err);
    if (!prepared.ok()) {
        output.exitCode = 2;
        return output;
    }
    if (toCli) {
        DockerRunWriter::Options writer;
        writer.style = multiLine ? DockerRunWriter::Style::MultiLine : DockerRunWriter::Style::SingleLine;
        writer.imageHasBash = imageHasBash;
        output.out = (DockerRunWriter::write(prepared.spec, writer) + QLatin1Char('\n')).toUtf8();
        return output;
    }
    // Written by hand so "name" comes first, as people read it; QJsonDocument would sort the keys.
    const QByteArray name =
        prepared.name.isEmpty()
            ? QByteArrayLiteral("null")
            : QJsonDocument(QJsonArray{prepared.name}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QByteArray body = QJsonDocument(prepared.body).toJson(QJsonDocument::Indented).trimmed();
    body.replace('\n', "\n    ");
    output.out = "{\n    \"name\": " + name + ",\n    \"body\": " + body + "\n}\n";
    return output;
}

} // namespace berth::core
