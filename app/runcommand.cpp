// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/errortext.h"
#include "common/koreanparticles.h"
#include "engine/engineclient.h"
#include "engine/hijackedconnection.h"
#include "engine/streamdemuxer.h"
#include "engineoptions.h"
#include "gpu/ownerpolicy.h"
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"
#include "launch/launchfailuretext.h"
#include "launch/launchsession.h"
#include "launch/launchvalidator.h"
#include "launch/serverpathprobe.h"
#include "registry/dockercredentials.h"
#include "runs/runrecorder.h"
#include "runs/runstore.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace berth::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::app::RunCommand)
};

// docker run's own codes: 125 when the container could not be run at all.
constexpr int CouldNotRun = 125;

int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void writeAll(int fd, QByteArrayView data)
{
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

void printProblems(const QList<core::LaunchProblem> &problems)
{
    for (const core::LaunchProblem &p : problems) {
        const QString kind = p.isError() ? Tr::tr("error") : Tr::tr("warning");
        std::fprintf(stderr, "berth run: %s: %s\n", qPrintable(kind),
                     qPrintable(ui::KoreanParticles::resolve(p.message)));
    }
}

// berth run [--host H] [--detach] [--name N] -- 'docker run …': launches as the GUI does, records the run,
// streams its output, forwards Ctrl-C and exits with the container's code.
int runRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Launch a docker run line as the Berth window does, record it, and stream its output."));
    const EngineOptions engineOptions;
    engineOptions.addTo(parser);
    QCommandLineOption detach(QStringLiteral("detach"), Tr::tr("Start it, print the container id and return."));
    QCommandLineOption name(QStringLiteral("name"), Tr::tr("Container name (replaces the line's --name)."),
                            QStringLiteral("NAME"));
    parser.addOptions({detach, name});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("line"), Tr::tr("The docker run line, in quotes."));
    if (!parser.parse(QStringList{QStringLiteral("berth run")} + args)) {
        std::fprintf(stderr, "berth run: %s\n", qPrintable(parser.errorText()));
        return CouldNotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString line = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (line.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("berth run: give the docker run line after --, in quotes.")));
        return CouldNotRun;
    }
    // The front of the window's pipeline: one parse (then --name), validation. The session takes the spec on.
    core::DockerRunParser::Result parsed =
        core::DockerRunParser::parse(line, core::DockerRunParser::systemOptions(QDir::currentPath()));
    if (parser.isSet(name))
        parsed.spec.name = parser.value(name);
    const core::Endpoint endpoint = engineOptions.resolve(parser);
    if (!endpoint.isValid()) {
        std::fprintf(stderr, "berth run: %s\n", qPrintable(endpoint.invalidReason()));
        return CouldNotRun;
    }
    // Host folders are checked where the container will see them: a remote engine's server is asked about them
    // (over its ssh session; a tcp engine cannot be asked, and nothing is then called missing on a guess).
    core::LaunchValidator::Options validation;
    if (parsed.ok() && endpoint.isRemote()) {
        bool answered = false;
        QEventLoop wait;
        core::ServerPathProbe::probe(endpoint, core::LaunchValidator::serverPathsToCheck(parsed.spec), &wait,
                                     [&](const std::optional<core::ServerPaths> &answer) {
                                         validation.server = answer;
                                         // With the server's answer, local checks are left for the env files
                                         // (read here); without one, no path here says anything about the server.
                                         validation.checkHostPaths = answer.has_value();
                                         answered = true;
                                         wait.quit();
                                     });
        if (!answered)
            wait.exec();
    }
    const core::LaunchSession::Prepared prepared = core::LaunchSession::parseAndValidate(parsed, validation);
    printProblems(prepared.problems);
    if (!prepared.ok())
        return CouldNotRun;
    const core::LaunchSpec &spec = prepared.spec;
    const bool detached = parser.isSet(detach) || spec.detach;
    core::EngineClient client(endpoint);
    core::DockerCredentials credentials;
    core::RunStore store;
    store.open();
    core::RunRecorder recorder(&client, &store, core::RunRecorder::serverName(endpoint));
    core::LaunchSession session(&client, &credentials);

    int exitCode = CouldNotRun;
    bool exited = false;
    bool outputOpen = false;
    bool recorded = false;
    QString containerId;
    std::shared_ptr<core::HijackedConnection> output;
    std::unique_ptr<core::StreamDemuxer> demux;

    auto quitWhenDone = [&] {
        if (exited && !outputOpen && recorded)
            QCoreApplication::exit(exitCode);
    };
    QObject::connect(&recorder, &core::RunRecorder::runFinished, &recorder, [&](const core::RunRecord &r) {
        if (r.containerId != containerId)
            return;
        recorded = true;
        quitWhenDone();
    });

    // Ctrl-C and kill reach the container as the docker CLI's signal proxy sends them.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QSocketNotifier signals(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signals, &QSocketNotifier::activated, &signals, [&] {
        char byte = 0;
        if (::read(signalPipe[0], &byte, 1) != 1)
            return;
        const QString name = byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
        if (containerId.isEmpty() || session.isBusy()) {
            session.cancel(); // not started yet: nothing is left behind
            QCoreApplication::exit(130);
            return;
        }
        client.killContainer(containerId, name, &session, [](const core::Result<core::Done> &) {});
    });

    core::LaunchSession::Request request;
    request.spec = spec;
    request.build.owner = core::OwnerPolicy::currentUserName();
    request.attach = true; // created, then attached (output and the run history) before the start
    request.watchExit = !detached;
    request.validate = false; // done above, with the same validator
    session.setBeforeStart([&](const QString &id, std::function<void()> proceed) {
        containerId = id;
        core::RunRecord run;
        run.containerId = id;
        run.name = session.containerName();
        run.owner = request.build.owner;
        run.image = spec.imageReference();
        run.dockerRun = core::DockerRunWriter::write(spec);
        run.spec = spec.toJson();
        run.projectFolder = spec.projectFolder;
        run.gpus = spec.gpus.toArgument();
        run.source = QStringLiteral("cli");
        run.autoRemove = spec.autoRemove;
        recorder.recordCreated(run, spec.tty, std::move(proceed));
    });
    QObject::connect(
        &session, &core::LaunchSession::attachRequested, &session, [&](const QString &id, const QString &) {
            if (detached) {
                session.continueAfterAttach(id);
                return;
            }
            client.attachOutput(
                id, &session, [&, id](const core::Result<std::shared_ptr<core::HijackedConnection>> &r) {
                    if (!r.ok()) {
                        session.abortAttach(id, r.error().message());
                        return;
                    }
                    output = r.value();
                    outputOpen = true;
                    if (!spec.tty) {
                        demux = std::make_unique<core::StreamDemuxer>([](int stream, QByteArrayView payload) {
                            writeAll(stream == 2 ? STDERR_FILENO : STDOUT_FILENO, payload);
                        });
                    }
                    QObject::connect(output.get(), &core::HijackedConnection::received, &session,
                                     [&](const QByteArray &data) {
                                         if (demux)
                                             demux->feed(data);
                                         else
                                             writeAll(STDOUT_FILENO, data);
                                     });
                    QObject::connect(output.get(), &core::HijackedConnection::closed, &session,
                                     [&](const core::EngineError &) {
                                         outputOpen = false;
                                         quitWhenDone();
                                     });
                    output->start();
                    session.continueAfterAttach(id);
                });
        });
    QObject::connect(&session, &core::LaunchSession::launched, &session, [&](const QString &id, const QString &) {
        if (!detached)
            return;
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
        // The window settles how it ends, when it next starts.
        store.waitForIdle();
        QCoreApplication::exit(0);
    });
    QObject::connect(&session, &core::LaunchSession::exited, &session, [&](const QString &, const QString &, int code) {
        exitCode = code;
        exited = true;
        // The history is written before returning, but a slow engine never keeps the shell waiting long.
        QTimer::singleShot(5000, &session, [&] { QCoreApplication::exit(exitCode); });
        quitWhenDone();
    });
    QObject::connect(&session, &core::LaunchSession::failed, &session,
                     [&](const core::LaunchSession::Failure &failure) {
                         printProblems(failure.problems);
                         std::fprintf(stderr, "berth run: %s\n",
                                      qPrintable(ui::LaunchFailureText::summary(failure, endpoint.host())));
                         if (failure.step == core::LaunchSession::Step::Start && !failure.containerId.isEmpty())
                             recorder.recordStartFailed(failure.containerId, failure.error.message());
                         store.waitForIdle();
                         QCoreApplication::exit(CouldNotRun);
                     });
    QObject::connect(&session, &core::LaunchSession::cancelled, &session, [] { QCoreApplication::exit(130); });
    QObject::connect(&store, &core::RunStore::opened, &session, [&](bool ok, const QString &error) {
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("berth run: the run is not recorded: %1").arg(error)));
        session.start(request);
    });
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}
} // namespace

} // namespace berth::app

BERTH_COMMAND(run, "run", "Launch a docker run line, record it and stream its output", &berth::app::runRun);
