// SPDX-License-Identifier: Apache-2.0
// The lab at a glance with 4 servers of N containers each (default 300), on the real widgets (offscreen): the
// container list's "All servers" (one ContainerMonitor and events stream per server) and the Servers page. The
// servers are docker contexts of a private DOCKER_CONFIG: the local private engine (default), the remote private
// engine on its own socket, over ssh, and behind a loopback proxy that holds every chunk back (a slow link, run on a
// thread of its own as a real far server would be). Measured: the time to the first complete view (every live
// server's rows listed / every card settled) beside the window's server alone, the cost of a refresh of every server,
// and the UI thread's longest stall, then again with a fifth server that accepts and never answers until it times
// out.
// Usage: bench_lab_ui LOCAL_HOST REMOTE_UNIX_HOST SSH_HOST SSH_CONFIG [--containers N] [--rounds N] [--delay MS]
//            [--timeout MS]
#include "benchcontainers.h"
#include "benchsupport.h"
#include "delayproxy.h"
#include "engine/containermonitor.h"
#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "http/sshsession.h"
#include "lab/labcontainers.h"
#include "lab/labmonitor.h"
#include "lab/serverspage.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace berth::core;
using berth::bench::median;
using berth::ui::ContainersPage;
using berth::ui::ServersPage;

namespace {
QTextStream out(stdout);

// Runs the event loop until done() or timeoutMs; true when done.
bool until(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

// The application, noting the UI thread's longest single event, in time and in CPU time, and what received it:
// where a stall came from, and whether the work or the wait for a CPU made it.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread() || m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            if (QThread::currentThread() == thread())
                --m_depth;
            return handled;
        }
        // Named before delivery: the event may delete its receiver (deleteLater).
        QString who;
        for (QObject *o = receiver; o && who.count(QLatin1Char('<')) < 3; o = o->parent())
            who += QLatin1String(o->metaObject()->className()) + QStringLiteral(" < ");
        const int type = event->type();
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = StallMeter::threadCpuMs();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double cpu = StallMeter::threadCpuMs() - cpu0;
        if (clock.elapsed() > longestMs || cpu > longestCpuMs) {
            const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            const QString what =
                QStringLiteral("%1 to %2").arg(name ? QLatin1String(name) : QLatin1String("event"), who.chopped(3));
            if (clock.elapsed() > longestMs) {
                longestMs = clock.elapsed();
                longest = what;
            }
            if (cpu > longestCpuMs) {
                longestCpuMs = cpu;
                longestCpu = what;
            }
        }
        return handled;
    }
    void reset()
    {
        longestMs = 0;
        longestCpuMs = 0;
    }
    qint64 longestMs = 0;
    QString longest;
    double longestCpuMs = 0;
    QString longestCpu;

private:
    int m_depth = 0;
};

// A window's container list as Berth opens it: its own client and monitor following the local engine, listed, and
// the directory of servers for "All servers".
struct Window
{
    Window(int timeoutMs, int localRows)
    {
        page.resize(1280, 800);
        page.setDirectory(&directory);
        page.servers()->setRequestTimeout(timeoutMs);
        page.show();
        monitor.start();
        if (!until([&] { return page.model()->rowCount() >= localRows; }, 60000))
            qFatal("the local list did not arrive");
    }
    EngineClient client{Endpoint::resolve()};
    ContainerMonitor monitor{&client};
    ServerDirectory directory;
    ContainersPage page{&client, &monitor};
};

int rowsOf(ContainersPage &page)
{
    return page.model()->rowCount();
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const int v = args.at(i + 1).toInt();
        args.remove(i, 2);
        return v;
    };
    const int containers = option(QStringLiteral("--containers"), 300);
    const int rounds = option(QStringLiteral("--rounds"), 5);
    const int delayMs = option(QStringLiteral("--delay"), 20);
    const int timeoutMs = option(QStringLiteral("--timeout"), 3000);
    if (args.size() < 4) {
        out << "usage: bench_lab_ui LOCAL_HOST REMOTE_UNIX_HOST SSH_HOST SSH_CONFIG [--containers N] [--rounds N] "
               "[--delay MS] [--timeout MS]\n";
        return 2;
    }
    const QString local = args[0], remoteUnix = args[1], ssh = args[2], sshConfig = args[3];
    SshOptions sshOptions = SshOptions::fromEnvironment();
    sshOptions.configFile = sshConfig;
    SshSession::setDefaultOptions(sshOptions);

    QTemporaryDir dir(QStringLiteral("/tmp/berth-bench-labui.XXXXXX")); // short: unix socket paths are limited
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));
    qputenv("DOCKER_HOST", local.toUtf8());
    qunsetenv("DOCKER_CONTEXT");
    qputenv("BERTH_CONFIG_DIR", QFile::encodeName(dir.filePath(QStringLiteral("berth"))));

    // The slow link and the silent server live on a thread of their own.
    QThread far;
    far.start();
    QObject farContext;
    farContext.moveToThread(&far);
    DelayProxy *proxy = nullptr;
    QLocalServer *silent = nullptr;
    const QString slowPath = dir.filePath(QStringLiteral("slow.sock"));
    const QString silentPath = dir.filePath(QStringLiteral("silent.sock"));
    QMetaObject::invokeMethod(
        &farContext,
        [&] {
            proxy = new DelayProxy(slowPath, QUrl(remoteUnix).path(), delayMs);
            silent = new QLocalServer;
            silent->listen(silentPath);
            QObject::connect(silent, &QLocalServer::newConnection, silent, [silent] {
                while (QLocalSocket *s = silent->nextPendingConnection())
                    s->setParent(silent);
            });
        },
        Qt::BlockingQueuedConnection);

    ContextStore store;
    const auto save = [&](const QString &name, const QString &host) {
        DockerContext c;
        c.name = name;
        c.host = host;
        QString error;
        if (!store.save(c, &error))
            qFatal("context %s: %s", qPrintable(name), qPrintable(error));
    };
    save(QStringLiteral("remote-slow"), QStringLiteral("unix://") + slowPath);
    save(QStringLiteral("remote-ssh"), ssh);
    save(QStringLiteral("remote-unix"), remoteUnix);

    const QString label = QString::number(QCoreApplication::applicationPid());
    EngineClient localClient(Endpoint::fromHost(local));
    EngineClient remoteClient(Endpoint::fromHost(remoteUnix));
    QStringList localIds, remoteIds;
    QElapsedTimer clock;
    clock.start();
    makeContainers(localClient, containers, label, &localIds);
    makeContainers(remoteClient, containers, label, &remoteIds);
    out << "setup: " << localIds.size() << " containers on the local engine, " << remoteIds.size()
        << " on the remote one (listed by 3 of the 4 servers) in " << clock.elapsed() << " ms\n";
    // Other benchmarks' or tests' containers may be there too: the complete view is whatever each engine lists.
    const auto countOn = [](EngineClient &c) {
        const auto r = berth::bench::await<QList<ContainerSummary>>(
            [&](EngineClient::Callback<QList<ContainerSummary>> done) { c.listContainers({}, &c, done); });
        return r.ok() ? int(r.value().size()) : -1;
    };
    const int onLocal = countOn(localClient), onRemote = countOn(remoteClient);
    const int complete = onLocal + 3 * onRemote;
    out << "4 servers: default (" << onLocal << "), remote-slow (" << onRemote << ", " << delayMs
        << " ms per chunk each way), remote-ssh (" << onRemote << "), remote-unix (" << onRemote
        << "); the merged list's complete view is " << complete << " rows\n";
    out << Qt::fixed;
    out.setRealNumberPrecision(1);

    StallMeter meter;
    // The window's server alone (today's view): from a new page and monitor to its list shown.
    QList<double> alone, aloneStall;
    for (int r = 0; r < rounds; ++r) {
        EngineClient client(Endpoint::resolve());
        ContainerMonitor monitor(&client);
        ContainersPage page(&client, &monitor);
        page.resize(1280, 800);
        page.show();
        meter.start();
        clock.start();
        monitor.start();
        if (!until([&] { return rowsOf(page) >= onLocal; }, 60000))
            qFatal("the local list did not arrive");
        alone << clock.nsecsElapsed() / 1e6;
        aloneStall << double(meter.stop());
    }

    // Every server: a window (its client and monitor already following the local engine, as in Berth), then
    // "All servers" chosen; fresh clients each round, the ssh master connection kept as Berth keeps it.
    QList<double> merged, mergedStall, refresh, refreshStall;
    for (int r = 0; r < rounds; ++r) {
        Window window(timeoutMs, onLocal);
        ContainersPage &page = window.page;
        meter.start();
        clock.start();
        page.showAllServers();
        if (!until([&] { return rowsOf(page) >= complete; }, 60000))
            qFatal("the merged list did not complete (%d of %d rows)", rowsOf(page), complete);
        merged << clock.nsecsElapsed() / 1e6;
        mergedStall << double(meter.stop());

        // A refresh of every server at once (what a reconnect does): each re-lists, the table takes each list.
        int resets = 0;
        const QList<LabContainers::Source> sources = page.servers()->sources();
        QList<QMetaObject::Connection> connections;
        for (const LabContainers::Source &s : sources)
            connections << QObject::connect(s.monitor, &ContainerMonitor::reset, &page, [&resets] { ++resets; });
        meter.start();
        clock.start();
        for (const LabContainers::Source &s : sources)
            s.monitor->refresh();
        if (!until([&] { return resets >= int(sources.size()); }, 60000))
            qFatal("a refresh did not come back");
        refresh << clock.nsecsElapsed() / 1e6;
        refreshStall << double(meter.stop());
        for (const auto &c : connections)
            QObject::disconnect(c);
        if (rowsOf(page) != complete)
            qFatal("rows after the refresh: %d of %d", rowsOf(page), complete);
    }
    out << "container list, first complete view (median of " << rounds << "): the window's server alone (" << onLocal
        << " rows) " << median(alone) << " ms; all 4 servers (" << complete << " rows) " << median(merged)
        << " ms, ratio " << (median(alone) > 0 ? median(merged) / median(alone) : 0) << "x\n";
    // The worst round's stall, and the typical round's: on a shared machine the worst includes the scheduler's.
    const auto stall = [](const QList<double> &v) {
        return QStringLiteral("%1 ms (median round %2 ms)")
            .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 0)
            .arg(median(v), 0, 'f', 0);
    };
    out << "  longest UI stall: alone " << stall(aloneStall) << ", all servers " << stall(mergedStall) << "\n";
    out << "container list, refresh of all 4 servers: " << median(refresh) << " ms, longest UI stall "
        << stall(refreshStall) << "\n";

    // The Servers page: from shown (a round starts) to every card settled, then a refresh round.
    QList<double> pageFirst, pageStall, pageRound, pageRoundStall;
    QHash<QString, QList<double>> cardAt;
    QStringList cardNames;
    for (int r = 0; r < rounds; ++r) {
        ServerDirectory directory;
        LabMonitor lab;
        lab.setConnectTimeout(timeoutMs);
        lab.setDirectory(&directory);
        ServersPage page(&lab);
        page.resize(1280, 800);
        page.rebuild();
        bool settled = false;
        QObject::connect(&lab, &LabMonitor::everySettled, &page, [&settled] { settled = true; });
        QHash<QString, double> settledAt;
        const auto each = QObject::connect(&lab, &LabMonitor::serverSettled, &page, [&](const QString &name) {
            settledAt.insert(name, clock.nsecsElapsed() / 1e6);
        });
        meter.start();
        clock.start();
        page.show(); // watches: a round starts
        if (!until([&] { return settled; }, 60000))
            qFatal("the Servers page did not settle");
        pageFirst << clock.nsecsElapsed() / 1e6;
        pageStall << double(meter.stop());
        cardNames.clear();
        for (const ServerStatus &st : lab.statuses()) {
            cardNames << st.name;
            cardAt[st.name] << settledAt.value(st.name);
        }
        QObject::disconnect(each);
        settled = false;
        meter.start();
        clock.start();
        lab.refresh();
        if (!until([&] { return settled; }, 60000))
            qFatal("a Servers page round did not settle");
        pageRound << clock.nsecsElapsed() / 1e6;
        pageRoundStall << double(meter.stop());
        page.hide();
    }
    out << "Servers page (4 cards), first complete view " << median(pageFirst) << " ms (longest UI stall "
        << stall(pageStall) << "); refresh round " << median(pageRound) << " ms (longest UI stall "
        << stall(pageRoundStall) << ")\n";
    out << "  each card settled after:";
    for (const QString &name : std::as_const(cardNames))
        out << " " << name << " " << median(cardAt.value(name)) << " ms;";
    out << "\n";

    // A fifth server that accepts and never answers: the live ones are not held up, it is named when it times out,
    // and the UI thread never stalls meanwhile.
    save(QStringLiteral("silent"), QStringLiteral("unix://") + silentPath);
    QList<double> liveAt, namedAt;
    QList<double> silentStall, silentGapCpu, silentCpu;
    for (int r = 0; r < std::max(3, rounds / 2); ++r) {
        Window window(timeoutMs, onLocal);
        ContainersPage &page = window.page;
        LabMonitor lab;
        lab.setConnectTimeout(timeoutMs);
        lab.setDirectory(&window.directory);
        ServersPage servers(&lab);
        servers.resize(1280, 800);
        servers.rebuild();
        app.reset();
        meter.start();
        clock.start();
        page.showAllServers();
        servers.show();
        if (!until([&] { return rowsOf(page) >= complete; }, 60000))
            qFatal("the merged list did not complete beside a silent server");
        liveAt << clock.nsecsElapsed() / 1e6;
        if (!until(
                [&] {
                    return page.serverNoteText().contains(QLatin1String("silent")) &&
                           !page.serverNoteText().contains(QLatin1String("Waiting"));
                },
                timeoutMs + 30000))
            qFatal("the silent server was never named: %s", qPrintable(page.serverNoteText()));
        namedAt << clock.nsecsElapsed() / 1e6;
        until([&] { return lab.allSettled(); }, timeoutMs + 30000);
        silentStall << double(meter.stop());
        silentGapCpu << meter.worstGapCpuMs();
        silentCpu << meter.worstCpuMs();
        out << "  round " << r << ": longest UI stall " << silentStall.last() << " ms, of which the UI thread ran "
            << silentGapCpu.last() << " ms; most UI-thread CPU between two ticks " << silentCpu.last()
            << " ms; longest single event " << app.longestMs << " ms (" << app.longest << "), costliest "
            << app.longestCpuMs << " ms of CPU (" << app.longestCpu << ")\n";
        app.reset();
    }
    out << "with a silent 5th server (timeout " << timeoutMs
        << " ms), container list and Servers page together: " << complete << " live rows in " << median(liveAt)
        << " ms, the silent server named at " << median(namedAt) << " ms; longest UI stall " << stall(silentStall)
        << " (target <= 50); the UI thread's own work between two ticks at most "
        << *std::max_element(silentCpu.begin(), silentCpu.end())
        << " ms of CPU (the rest of a stall is waiting for a CPU on a busy machine)\n";

    QMetaObject::invokeMethod(
        &farContext,
        [&] {
            delete proxy;
            delete silent;
        },
        Qt::BlockingQueuedConnection);
    far.quit();
    far.wait();
    removeContainers(localClient, localIds);
    removeContainers(remoteClient, remoteIds);
    SshSession::closeAll();
    return 0;
}
