// SPDX-License-Identifier: Apache-2.0
// The Servers page's probe round over real engines, side by side in one run: every server asked at once (LabMonitor,
// as the page and `berth servers` do) vs one after another, on the same servers and sessions. The servers are docker
// contexts of a private DOCKER_CONFIG: the local engine (default), the remote engine on its own socket, over ssh and
// over TLS, and that engine again behind a loopback proxy that holds every chunk back (a slow link). Then a server
// that accepts and never answers is added: how long the live ones take, that the round ends at the connect timeout,
// and the event loop's longest stall meanwhile (the UI thread's, for the page).
// Usage: bench_lab LOCAL_HOST REMOTE_UNIX_HOST SSH_HOST SSH_CONFIG TLS_HOST TLS_CERT_PATH
//            [--containers N] [--rounds N] [--delay MS] [--timeout MS] [--slow N]
#include "benchcontainers.h"
#include "benchsupport.h"
#include "delayproxy.h"
#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "http/sshsession.h"
#include "lab/labmonitor.h"
#include "lab/serverprobe.h"
#include "stallmeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

using namespace berth::core;
using berth::bench::median;

namespace {
QTextStream out(stdout);

template<typename Sender, typename Signal> bool wait(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const int v = args.at(i + 1).toInt();
        args.remove(i, 2);
        return v;
    };
    const int containers = option(QStringLiteral("--containers"), 100);
    const int rounds = option(QStringLiteral("--rounds"), 7);
    const int delayMs = option(QStringLiteral("--delay"), 20);
    const int timeoutMs = option(QStringLiteral("--timeout"), 2000);
    const int slowLinks = std::max(1, option(QStringLiteral("--slow"), 1));
    if (args.size() < 6) {
        out << "usage: bench_lab LOCAL_HOST REMOTE_UNIX_HOST SSH_HOST SSH_CONFIG TLS_HOST TLS_CERT_PATH "
               "[--containers N] [--rounds N] [--delay MS] [--timeout MS] [--slow N]\n";
        return 2;
    }
    const QString local = args[0], remoteUnix = args[1], ssh = args[2], sshConfig = args[3], tls = args[4],
                  certs = args[5];

    SshOptions sshOptions = SshOptions::fromEnvironment();
    sshOptions.configFile = sshConfig;
    SshSession::setDefaultOptions(sshOptions);

    QTemporaryDir dir(QStringLiteral("/tmp/berth-bench-lab.XXXXXX")); // short: unix socket paths are limited
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));
    qputenv("DOCKER_HOST", local.toUtf8());
    qunsetenv("DOCKER_CONTEXT");
    const QString remotePath = QUrl(remoteUnix).path();
    std::vector<std::unique_ptr<DelayProxy>> proxies;
    for (int i = 0; i < slowLinks; ++i)
        proxies.push_back(
            std::make_unique<DelayProxy>(dir.filePath(QStringLiteral("slow%1.sock").arg(i)), remotePath, delayMs));
    QLocalServer silent;
    silent.listen(dir.filePath(QStringLiteral("silent.sock")));
    QObject::connect(&silent, &QLocalServer::newConnection, &silent, [&silent] {
        while (QLocalSocket *s = silent.nextPendingConnection())
            s->setParent(&silent);
    });

    ContextStore store;
    const auto save = [&](const QString &name, const QString &host, bool withTls = false) {
        DockerContext c;
        c.name = name;
        c.host = host;
        if (withTls) {
            c.caFile = certs + QStringLiteral("/ca.pem");
            c.certFile = certs + QStringLiteral("/cert.pem");
            c.keyFile = certs + QStringLiteral("/key.pem");
        }
        QString error;
        if (!store.save(c, &error))
            qFatal("context %s: %s", qPrintable(name), qPrintable(error));
    };
    save(QStringLiteral("remote-unix"), remoteUnix);
    save(QStringLiteral("remote-ssh"), ssh);
    save(QStringLiteral("remote-tls"), tls, true);
    for (int i = 0; i < slowLinks; ++i)
        save(QStringLiteral("remote-slow%1").arg(i),
             QStringLiteral("unix://") + dir.filePath(QStringLiteral("slow%1.sock").arg(i)));

    // Containers on both engines (the remote one is behind four of the five servers).
    const QString label = QString::number(QCoreApplication::applicationPid());
    EngineClient localClient(Endpoint::fromHost(local));
    EngineClient remoteClient(Endpoint::fromHost(remoteUnix));
    QStringList localIds, remoteIds;
    QElapsedTimer setup;
    setup.start();
    makeContainers(localClient, containers, label, &localIds);
    makeContainers(remoteClient, containers, label, &remoteIds);
    out << "setup: " << localIds.size() << " + " << remoteIds.size() << " containers in " << setup.elapsed() << " ms\n";

    ServerDirectory directory;
    LabMonitor monitor;
    monitor.setConnectTimeout(10000);
    monitor.setDirectory(&directory);
    QStringList names;
    for (ServerProbe *p : monitor.probes())
        names << p->status().name;
    out << "servers: " << names.join(QStringLiteral(", ")) << "\n";

    // Warm: ssh master connection up, TLS session, engine caches.
    monitor.refresh();
    wait(&monitor, &LabMonitor::everySettled, 30000);
    for (const ServerStatus &s : monitor.statuses()) {
        out << "  " << s.name << ": " << (s.reachable ? "reachable" : "NOT reachable") << ", " << s.total
            << " containers, answered in " << s.elapsedMs << " ms\n";
    }

    QList<double> parallel, sequential;
    QHash<QString, QList<double>> parallelEach, sequentialEach;
    QElapsedTimer clock;
    const auto each = QObject::connect(&monitor, &LabMonitor::serverSettled, &monitor,
                                       [&](const QString &name) { parallelEach[name] << clock.nsecsElapsed() / 1e6; });
    for (int r = 0; r < rounds; ++r) {
        clock.start();
        monitor.refresh();
        if (!wait(&monitor, &LabMonitor::everySettled, 30000))
            qFatal("a parallel round did not settle");
        parallel << clock.nsecsElapsed() / 1e6;

        QObject::disconnect(each);
        QElapsedTimer one;
        clock.start();
        for (ServerProbe *p : monitor.probes()) {
            one.start();
            p->refresh();
            if (!wait(p, &ServerProbe::settled, 30000))
                qFatal("a sequential probe did not settle");
            sequentialEach[p->status().name] << one.nsecsElapsed() / 1e6;
        }
        sequential << clock.nsecsElapsed() / 1e6;
        QObject::connect(&monitor, &LabMonitor::serverSettled, &monitor,
                         [&](const QString &name) { parallelEach[name] << clock.nsecsElapsed() / 1e6; });
    }
    const double p = median(parallel), s = median(sequential);
    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    for (const QString &name : std::as_const(names))
        out << "  " << name << ": alone " << median(sequentialEach.value(name)) << " ms, in the parallel round done at "
            << median(parallelEach.value(name)) << " ms\n";
    out << "round over " << names.size() << " servers (" << slowLinks << " behind a " << delayMs
        << " ms-per-chunk link; median of " << rounds << "): parallel " << p << " ms, one after another " << s
        << " ms, ratio " << (p > 0 ? s / p : 0) << "x\n";

    // A server that never answers joins: the round ends at its timeout, the others are not held up.
    save(QStringLiteral("silent"), QStringLiteral("unix://") + silent.fullServerName());
    monitor.setConnectTimeout(timeoutMs);
    monitor.syncWithDirectory();
    monitor.refresh(); // warm the new probes
    wait(&monitor, &LabMonitor::everySettled, 30000);
    QList<double> live, whole;
    QList<qint64> stalls;
    StallMeter meter;
    for (int r = 0; r < std::max(3, rounds / 2); ++r) {
        qint64 liveAt = 0;
        const QString silentName = QStringLiteral("silent");
        int liveLeft = int(monitor.probes().size()) - 1;
        const auto c = QObject::connect(&monitor, &LabMonitor::serverSettled, &monitor, [&](const QString &name) {
            if (name != silentName && --liveLeft == 0)
                liveAt = clock.elapsed();
        });
        meter.start();
        clock.start();
        monitor.refresh();
        if (!wait(&monitor, &LabMonitor::everySettled, timeoutMs + 10000))
            qFatal("the round with a silent server did not settle");
        whole << clock.nsecsElapsed() / 1e6;
        stalls << meter.stop();
        live << double(liveAt);
        QObject::disconnect(c);
    }
    out << "with a silent server (timeout " << timeoutMs << " ms): live servers all in " << median(live)
        << " ms, round over at " << median(whole) << " ms, longest event-loop stall "
        << *std::max_element(stalls.begin(), stalls.end()) << " ms (target <= 50)\n";

    removeContainers(localClient, localIds);
    removeContainers(remoteClient, remoteIds);
    SshSession::closeAll();
    return 0;
}
