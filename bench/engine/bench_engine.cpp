// SPDX-License-Identifier: Apache-2.0
// Engine round trips and log throughput, Berth against curl, the docker CLI and docker-py, side by side in one run.
// Usage: bench_engine HOST [--containers N] [--lines N] [--rounds N]
// Creates N labelled containers and one container with a long log (kept between runs, found by label).
#include "benchsupport.h"
#include "engine/engineclient.h"
#include "engineraw.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace berth::core;
using berth::bench::await;
using berth::bench::median;

namespace {
QTextStream out(stdout);

QString dockerCli()
{
    return QFile::exists(QStringLiteral("/usr/bin/docker")) ? QStringLiteral("/usr/bin/docker")
                                                            : QStringLiteral("docker");
}

// Runs a process and returns its wall time in ms (-1 on failure). Output is discarded.
double timeProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs python code that prints one number (ms) on its last line.
double timePython(const QString &code)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), code});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        fprintf(stderr, "docker-py failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return p.readAllStandardOutput().trimmed().split('\n').last().toDouble();
}

QString row(const QString &name, double ms, double berthMs)
{
    return QStringLiteral("  %1 %2 ms   %3x Berth\n")
        .arg(name, -34)
        .arg(ms, 10, 'f', 3)
        .arg(ms > 0 && berthMs > 0 ? ms / berthMs : 0, 6, 'f', 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_engine unix:///path/docker.sock [--containers N] [--lines N] [--rounds N]\n");
        return 2;
    }
    const QString host = args.takeFirst();
    int containers = 300, lines = 1000000, rounds = 5;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--containers"))
            containers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--lines"))
            lines = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }
    const QString socket = host.mid(7);
    EngineClient client(Endpoint::fromHost(host));
    auto version = await<VersionInfo>([&](auto cb) { client.version(&app, cb); });
    if (!version.ok()) {
        fprintf(stderr, "engine: %s\n", qPrintable(version.error().toString()));
        return 1;
    }
    const QString api = client.apiVersion();

    // 1. Make sure N bench containers exist.
    ContainerFilter benchFilter;
    benchFilter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench=list")});
    auto existing = await<QList<ContainerSummary>>([&](auto cb) { client.listContainers(benchFilter, &app, cb); });
    for (qsizetype i = existing.ok() ? existing->size() : 0; i < containers; ++i) {
        const QJsonObject body{
            {QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
            {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.bench"), QStringLiteral("list")}}}};
        auto created = await<CreatedContainer>([&](auto cb) { client.createContainer({}, body, &app, cb); });
        if (!created.ok()) {
            fprintf(stderr, "create: %s\n", qPrintable(created.error().toString()));
            return 1;
        }
    }
    auto all = await<QList<ContainerSummary>>([&](auto cb) { client.listContainers({}, &app, cb); });
    out << "Engine " << version->version << ", API " << api << ", " << all->size() << " containers\n\n";
    out.flush();

    // 2. containers/json round trips.
    const QString listUrl = QStringLiteral("http://localhost/v%1/containers/json?all=1").arg(api);
    const int calls = 200;
    QList<double> berthList, rawList, curlList, cliList, pyList;
    const QString pyList1 =
        QStringLiteral(
            "import docker,time\nc=docker.APIClient(base_url='%1',version='%2')\nc.containers(all=True)\n"
            "t=time.perf_counter()\nfor i in range(%3): c.containers(all=True)\nprint((time.perf_counter()-t)*1000/%3)")
            .arg(host, api)
            .arg(calls);
    for (int r = 0; r < rounds; ++r) {
        // Berth: in-process, keep-alive, the whole typed parse included.
        await<QList<ContainerSummary>>([&](auto cb) { client.listContainers({}, &app, cb); });
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < calls; ++i)
            await<QList<ContainerSummary>>([&](auto cb) { client.listContainers({}, &app, cb); });
        berthList << double(t.nsecsElapsed()) / 1e6 / calls;
        // The same round trips without the typed parse: what the transport alone costs.
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        t.restart();
        for (int i = 0; i < calls; ++i)
            await<QByteArray>([&](auto cb) {
                EngineRawAccess::call(client, "GET", QStringLiteral("/containers/json"), all, {}, &app, cb);
            });
        rawList << double(t.nsecsElapsed()) / 1e6 / calls;
        curlList << timeProcess(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socket,
                                                         QStringLiteral("-o"), QStringLiteral("/dev/null"), listUrl});
        cliList << timeProcess(dockerCli(), {QStringLiteral("-H"), host, QStringLiteral("ps"), QStringLiteral("-a"),
                                             QStringLiteral("--no-trunc")});
        pyList << timePython(pyList1);
    }
    const double b = median(berthList);
    out << "containers/json (" << all->size() << " containers), median per call of " << rounds << " rounds:\n";
    out << row(QStringLiteral("Berth (in-process, keep-alive)"), b, b);
    out << row(QStringLiteral("Berth, bytes only (no typed parse)"), median(rawList), b);
    out << row(QStringLiteral("docker-py (in-process loop)"), median(pyList), b);
    out << row(QStringLiteral("curl --unix-socket (process)"), median(curlList), b);
    out << row(QStringLiteral("docker ps -a (process)"), median(cliList), b);
    out << "\n";
    out.flush();

    // 3. A container with a long log, created once and found again by label.
    ContainerFilter logFilter;
    logFilter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench.log=v2-%1").arg(lines)});
    auto logContainers = await<QList<ContainerSummary>>([&](auto cb) { client.listContainers(logFilter, &app, cb); });
    QString logId;
    if (logContainers.ok() && !logContainers->isEmpty() && logContainers->first().state == QLatin1String("exited")) {
        logId = logContainers->first().id;
    } else {
        // ~74 bytes a line, like a training loop's progress output.
        const QString script = QStringLiteral("awk 'BEGIN{for(i=1;i<=") + QString::number(lines) +
                               QStringLiteral(";i++) printf \"step %7d loss=0.%06d acc=0.%06d lr=0.000100 epoch=3/10 "
                                              "......\\n\", i, i % 999999, (i*7) % 999999}'");
        const QJsonObject body{
            {QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.bench.log"),
                                                    QString(QStringLiteral("v2-") + QString::number(lines))}}}};
        auto created = await<CreatedContainer>([&](auto cb) { client.createContainer({}, body, &app, cb); });
        if (!created.ok())
            return 1;
        logId = created->id;
        await<Done>([&](auto cb) { client.startContainer(logId, &app, cb); });
        await<WaitResult>([&](auto cb) { client.waitContainer(logId, QStringLiteral("not-running"), &app, cb); });
    }

    const QString logsUrl = QStringLiteral("http://localhost/v%1/containers/%2/logs?stdout=1&stderr=1").arg(api, logId);
    QList<double> berthLogs, curlLogs, cliLogs, pyLogs;
    quint64 bytes = 0, newlines = 0;
    const QString pyLogs1 =
        QStringLiteral("import docker,time\nc=docker.APIClient(base_url='%1',version='%2')\nt=time.perf_counter()\n"
                       "n=0\nfor chunk in c.logs('%3',stream=True): n+=len(chunk)\nprint((time.perf_counter()-t)*1000)")
            .arg(host, api, logId);
    for (int r = 0; r < qMax(3, rounds / 2); ++r) {
        EngineClient::LogOptions options;
        options.follow = false;
        QElapsedTimer t;
        t.start();
        LogStream *stream = client.logs(logId, options, false);
        bytes = newlines = 0;
        stream->setSink([&](StreamChannel, QByteArrayView data) {
            bytes += quint64(data.size());
            newlines += quint64(std::count(data.begin(), data.end(), '\n'));
        });
        QEventLoop loop;
        QObject::connect(stream, &LogStream::finished, &loop, &QEventLoop::quit);
        loop.exec();
        berthLogs << double(t.nsecsElapsed()) / 1e6;
        delete stream;
        curlLogs << timeProcess(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socket,
                                                         QStringLiteral("-o"), QStringLiteral("/dev/null"), logsUrl});
        cliLogs << timeProcess(dockerCli(), {QStringLiteral("-H"), host, QStringLiteral("logs"), logId});
        pyLogs << timePython(pyLogs1);
    }
    const double bl = median(berthLogs);
    out << "Whole log of " << newlines << " lines (" << QString::number(double(bytes) / 1e6, 'f', 1)
        << " MB of payload), median of " << berthLogs.size() << " rounds:\n";
    out << row(QStringLiteral("Berth (HTTP + demultiplex)"), bl, bl);
    out << row(QStringLiteral("curl --unix-socket (raw frames)"), median(curlLogs), bl);
    out << row(QStringLiteral("docker logs"), median(cliLogs), bl);
    out << row(QStringLiteral("docker-py logs(stream=True)"), median(pyLogs), bl);
    out << "\nTargets: Berth within 1.1x of curl (curl/Berth >= 0.91) and faster than docker-py and the CLI.\n";
    out << QStringLiteral("  containers/json: curl/Berth = %1   logs: curl/Berth = %2\n")
               .arg(median(curlList) / b, 0, 'f', 2)
               .arg(median(curlLogs) / bl, 0, 'f', 2);
    return 0;
}
