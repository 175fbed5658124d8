// SPDX-License-Identifier: Apache-2.0
// A remote engine over ssh, side by side in one run over the same loopback ssh server: listing the containers
// repeatedly (Berth on its shared ssh session vs `docker -H ssh://… ps -a` per call vs docker-py's ssh client), the
// time to the first log line of a long log, and whole-log throughput vs `ssh host docker logs > /dev/null`.
// Usage: bench_remote SSH_HOST SSH_CONFIG REMOTE_UNIX_HOST [--containers N] [--lines N] [--rounds N]
//   SSH_CONFIG: an ssh -F file with the keys (the CLI and docker-py get an `ssh` wrapper using it first on PATH)
//   REMOTE_UNIX_HOST: the same engine's own socket, for setting up the containers
#include "benchsupport.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace berth::core;
using berth::bench::await;
using berth::bench::median;

namespace {
QTextStream out(stdout);

// The newest docker CLI here: it understands ssh://host/path (Debian's 20.10 refuses the path).
QString dockerCli()
{
    for (const char *p : {"/usr/local/bin/docker", "/usr/bin/docker"})
        if (QFile::exists(QLatin1String(p)))
            return QLatin1String(p);
    return QStringLiteral("docker");
}

QProcessEnvironment g_env = QProcessEnvironment::systemEnvironment();

double timeProcess(const QString &program, const QStringList &args, const QString &shell = {})
{
    QProcess p;
    p.setProcessEnvironment(g_env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    if (shell.isEmpty())
        p.start(program, args);
    else
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), shell});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

double timePython(const QString &code)
{
    QProcess p;
    p.setProcessEnvironment(g_env);
    // Debian's python3-docker and python3-paramiko live with the system python, not with one a user put first.
    p.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                              : QStringLiteral("python3"),
            {QStringLiteral("-c"), code});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        fprintf(stderr, "docker-py failed: %s\n", p.readAllStandardError().right(2000).constData());
        return -1;
    }
    return p.readAllStandardOutput().trimmed().split('\n').last().toDouble();
}

QString row(const QString &name, double ms, double berthMs)
{
    return QStringLiteral("  %1 %2 ms   %3x Berth\n")
        .arg(name, -44)
        .arg(ms, 10, 'f', 2)
        .arg(ms > 0 && berthMs > 0 ? ms / berthMs : 0, 7, 'f', 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        fprintf(stderr, "usage: bench_remote ssh://USER@HOST:PORT/SOCKET SSH_CONFIG unix:///REMOTE/SOCKET "
                        "[--containers N] [--lines N] [--rounds N]\n");
        return 2;
    }
    const QString sshHost = args.takeFirst();
    const QString sshConfig = args.takeFirst();
    const QString unixHost = args.takeFirst();
    int containers = 300, lines = 1000000, rounds = 5;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--containers"))
            containers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--lines"))
            lines = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }
    // An `ssh` first on PATH that reads the bench's config: the docker CLI and docker-py run plain `ssh`.
    QTemporaryDir bin;
    {
        QFile wrapper(bin.filePath(QStringLiteral("ssh")));
        if (!wrapper.open(QIODevice::WriteOnly))
            return 1;
        wrapper.write(QStringLiteral("#!/bin/sh\nexec /usr/bin/ssh -F %1 \"$@\"\n").arg(sshConfig).toUtf8());
        wrapper.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    g_env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + g_env.value(QStringLiteral("PATH")));
    SshOptions options = SshOptions::fromEnvironment();
    options.configFile = sshConfig;
    SshSession::setDefaultOptions(options);

    const Endpoint sshEndpoint = Endpoint::fromHost(sshHost);
    const SshDestination dest = sshEndpoint.ssh();
    const QStringList sshArgs{QStringLiteral("-F"),
                              sshConfig,
                              QStringLiteral("-p"),
                              QString::number(dest.port),
                              QStringLiteral("-l"),
                              dest.user,
                              dest.host};
    EngineClient setup(Endpoint::fromHost(unixHost));
    EngineClient client(sshEndpoint);

    // 1. N bench containers on the remote engine.
    ContainerFilter benchFilter;
    benchFilter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=remote-list")});
    auto existing = await<QList<ContainerSummary>>([&](auto cb) { setup.listContainers(benchFilter, &app, cb); });
    for (qsizetype i = existing.ok() ? existing->size() : 0; i < containers; ++i) {
        const QJsonObject body{
            {QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
            {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.bench"), QStringLiteral("remote-list")}}}};
        auto created = await<CreatedContainer>([&](auto cb) { setup.createContainer({}, body, &app, cb); });
        if (!created.ok()) {
            fprintf(stderr, "create: %s\n", qPrintable(created.error().toString()));
            return 1;
        }
    }
    auto version = await<VersionInfo>([&](auto cb) { client.version(&app, cb); });
    if (!version.ok()) {
        fprintf(stderr, "ssh engine: %s\n", qPrintable(version.error().toString()));
        return 1;
    }
    auto all = await<QList<ContainerSummary>>([&](auto cb) { client.listContainers({}, &app, cb); });
    out << "Engine " << version->version << " over " << sshHost << ", " << all->size() << " containers\n\n";
    out.flush();

    // 2. Refresh: the container list, again and again.
    const int calls = 50;
    QList<double> berthList, cliList, pyList;
    const QString pyCode = QStringLiteral("import docker,time\nc=docker.APIClient(base_url='%1',use_ssh_client=True)\n"
                                          "c.containers(all=True)\nt=time.perf_counter()\n"
                                          "for i in range(%2): c.containers(all=True)\n"
                                          "print((time.perf_counter()-t)*1000/%2)")
                               .arg(sshHost.section(QLatin1Char('/'), 0, 2))
                               .arg(calls);
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < calls; ++i)
            await<QList<ContainerSummary>>([&](auto cb) { client.listContainers({}, &app, cb); });
        berthList << double(t.nsecsElapsed()) / 1e6 / calls;
        cliList << timeProcess(dockerCli(), {QStringLiteral("-H"), sshHost, QStringLiteral("ps"), QStringLiteral("-a"),
                                             QStringLiteral("--no-trunc")});
        pyList << timePython(pyCode);
    }
    const double b = median(berthList);
    out << "Refresh: containers/json (" << all->size() << " containers), median per call of " << rounds << " rounds:\n";
    out << row(QStringLiteral("Berth (one shared ssh session, keep-alive)"), b, b);
    out << row(QStringLiteral("docker-py, ssh client (in-process loop)"), median(pyList), b);
    out << row(QStringLiteral("docker -H ssh://… ps -a (per call)"), median(cliList), b);
    out << "\n";
    out.flush();

    // 3. A long log, created once and found again by label.
    ContainerFilter logFilter;
    logFilter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench.remote-log=%1").arg(lines)});
    auto logContainers = await<QList<ContainerSummary>>([&](auto cb) { setup.listContainers(logFilter, &app, cb); });
    QString logId;
    if (logContainers.ok() && !logContainers->isEmpty() && logContainers->first().state == QLatin1String("exited")) {
        logId = logContainers->first().id;
    } else {
        const QString script = QStringLiteral("awk 'BEGIN{for(i=1;i<=") + QString::number(lines) +
                               QStringLiteral(";i++) printf \"step %7d loss=0.%06d acc=0.%06d lr=0.000100 epoch=3/10 "
                                              "......\\n\", i, i % 999999, (i*7) % 999999}'");
        const QJsonObject body{{QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
                               {QStringLiteral("Labels"),
                                QJsonObject{{QStringLiteral("berth.bench.remote-log"), QString::number(lines)}}}};
        auto created = await<CreatedContainer>([&](auto cb) { setup.createContainer({}, body, &app, cb); });
        if (!created.ok())
            return 1;
        logId = created->id;
        await<Done>([&](auto cb) { setup.startContainer(logId, &app, cb); });
        await<WaitResult>([&](auto cb) { setup.waitContainer(logId, QStringLiteral("not-running"), &app, cb); });
    }

    // First line: what the log console does when it opens (the tail, then follow), to the first byte of output.
    QList<double> firstLine, cliFirst;
    for (int r = 0; r < rounds; ++r) {
        EngineClient::LogOptions opts;
        opts.follow = true;
        opts.timestamps = true;
        opts.tail = QStringLiteral("1000");
        QElapsedTimer t;
        t.start();
        LogStream *stream = client.logs(logId, opts, false);
        QEventLoop loop;
        double at = -1;
        stream->setSink([&](StreamChannel, QByteArrayView) {
            if (at < 0) {
                at = double(t.nsecsElapsed()) / 1e6;
                loop.quit();
            }
        });
        QObject::connect(stream, &LogStream::finished, &loop, &QEventLoop::quit);
        loop.exec();
        firstLine << at;
        stream->cancel();
        stream->deleteLater();
        cliFirst << timeProcess(
            {}, {},
            QStringLiteral("%1 -H '%2' logs --tail 1000 %3 | head -n 1 > /dev/null").arg(dockerCli(), sshHost, logId));
    }
    const double fl = median(firstLine);
    out << "First log line of a " << lines << "-line log (open at the tail, follow), median of " << rounds
        << " rounds:\n";
    out << row(QStringLiteral("Berth (shared session)"), fl, fl);
    out << row(QStringLiteral("docker -H ssh://… logs --tail 1000 | head -1"), median(cliFirst), fl);
    out << "\n";

    // Whole log.
    QList<double> berthLogs, sshLogs;
    quint64 bytes = 0;
    const QString sshCommand = QStringLiteral("/usr/bin/ssh %1 docker --host unix://%2 logs %3 > /dev/null")
                                   .arg(sshArgs.join(QLatin1Char(' ')), dest.socketPath, logId);
    for (int r = 0; r < qMax(3, rounds / 2); ++r) {
        EngineClient::LogOptions opts;
        opts.follow = false;
        QElapsedTimer t;
        t.start();
        LogStream *stream = client.logs(logId, opts, false);
        bytes = 0;
        stream->setSink([&](StreamChannel, QByteArrayView data) { bytes += quint64(data.size()); });
        QEventLoop loop;
        QObject::connect(stream, &LogStream::finished, &loop, &QEventLoop::quit);
        loop.exec();
        berthLogs << double(t.nsecsElapsed()) / 1e6;
        delete stream;
        sshLogs << timeProcess({}, {}, sshCommand);
    }
    const double bl = median(berthLogs);
    out << "Whole log (" << QString::number(double(bytes) / 1e6, 'f', 1) << " MB), median of " << berthLogs.size()
        << " rounds:\n";
    out << row(QStringLiteral("Berth (HTTP over the shared session)"), bl, bl);
    out << row(QStringLiteral("ssh host docker logs > /dev/null"), median(sshLogs), bl);
    out << "\nTargets: refresh CLI/Berth >= 10; first line <= 300 ms; whole log Berth/ssh+CLI <= 1.1\n";
    out << QStringLiteral("  refresh: CLI/Berth = %1, docker-py/Berth = %2   first line: %3 ms   "
                          "whole log: Berth/ssh+CLI = %4\n")
               .arg(median(cliList) / b, 0, 'f', 1)
               .arg(median(pyList) / b, 0, 'f', 1)
               .arg(fl, 0, 'f', 0)
               .arg(bl / median(sshLogs), 0, 'f', 2);
    SshSession::closeAll();
    return 0;
}
