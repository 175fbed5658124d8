// SPDX-License-Identifier: Apache-2.0
// The log console under load, against the real engine:
//  open    time from LogConsole::open() on the 1,000,000-line container to its last line painted (target 200 ms)
//  stall   longest gap of a 10 ms timer while a container prints 50,000 lines/s into a following console (target 50 ms)
//  memory  resident memory for 100,000 retained lines over the idle console (target 64 MB)
//  stall-local  the same 50,000 lines/s fed in-process (no engine), to separate the console from the engine
// Usage: bench_logs_ui [HOST] [open|stall|stall-local|memory]...   (all by default)
#include "benchutil.h"
#include "engine/endpoint.h"
#include "logs/lineassembler.h"
#include "logs/logconsole.h"
#include "logs/logstore.h"
#include "logs/logview.h"
#include "settings/settings.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace berth;
using namespace berth::core;
using berth::bench::await;

namespace {

// Times every event the UI thread handles, so a stall of ours can be told apart from the scheduler giving the
// process no CPU (the timer gap counts both).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --depth;
            return result;
        }
        // The receiver may be gone afterwards (deferred deletes): take its name first.
        const char *what = receiver->metaObject()->className();
        const int type = event->type();
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const double ms = timer.nsecsElapsed() / 1e6;
        if (ms > longest) {
            longest = ms;
            longestWhat = QByteArray(what) + " event " + QByteArray::number(type);
        }
        return result;
    }
    double longest = 0;
    QByteArray longestWhat;
    int depth = 0;
};

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString runContainer(EngineClient &client, QObject *context, const QString &script)
{
    const QJsonObject body{
        {QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
        {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.bench"), QStringLiteral("logs")}}}};
    auto created = await<CreatedContainer>([&](auto cb) { client.createContainer({}, body, context, cb); });
    if (!created.ok())
        return QString();
    await<Done>([&](auto cb) { client.startContainer(created->id, context, cb); });
    return created->id;
}

int benchOpen(EngineClient &client, Settings &settings, QObject *context)
{
    const QString id = bench::millionLineContainer(client, context);
    if (id.isEmpty())
        return 1;
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        ui::LogConsole console(&client, settings);
        console.resize(1000, 700);
        console.show();
        spin(50);
        QElapsedTimer timer;
        timer.start();
        console.open(id, QStringLiteral("million"));
        double shownAt = -1;
        QEventLoop loop;
        // Checked after each paint: the moment the last line is on screen.
        QObject::connect(console.view(), &ui::LogView::painted, &loop, [&] {
            LogStore *store = console.store();
            const qsizetype last = store->committedCount() - 1;
            if (shownAt < 0 && last >= 0 && store->line(last).text.startsWith("step 1000000 ") &&
                console.view()->lastPaintedLineId() == store->idAt(last)) {
                shownAt = timer.nsecsElapsed() / 1e6;
                loop.quit();
            }
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (shownAt < 0) {
            std::fprintf(stderr, "the last line never showed\n");
            return 1;
        }
        times << shownAt;
        spin(300); // let the session settle (it catches up after the exit) before closing
    }
    std::printf("logs/open: last line of a 1,000,000-line container painted after %.1f ms (median of 5; min %.1f, "
                "max %.1f; target 200 ms)\n",
                bench::median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()));
    return 0;
}

int benchStall(EngineClient &client, Settings &settings, QObject *context)
{
    // 5,000 lines every 100 ms for 10 s: 50,000 lines/s in bursts, which is harder on the event loop than a trickle.
    const QString script =
        QStringLiteral("s=0; while [ $s -lt 100 ]; do yes \"$(printf 'step %07d loss=0.1234 acc=0.9876 lr=0.000100 "
                       "\\033[32mok\\033[0m ......' $s)\" | head -n 5000; s=$((s+1)); sleep 0.1; done");
    ui::LogConsole console(&client, settings);
    console.resize(1000, 700);
    console.show();
    spin(100);
    const QString id = runContainer(client, context, script);
    if (id.isEmpty())
        return 1;
    console.open(id, QStringLiteral("stream"));
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double maxGap = 0;
    QList<double> gaps;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, context, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = (now - last) / 1e6;
        last = now;
        gaps << gap;
        maxGap = qMax(maxGap, gap);
    });
    tick.start(10);
    auto *timed = static_cast<TimedApplication *>(QCoreApplication::instance());
    timed->longest = 0;
    QElapsedTimer total;
    total.start();
    QEventLoop loop;
    QObject::connect(&console, &ui::LogConsole::stateChanged, &loop, [&] {
        if (console.hasExited())
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    const double seconds = total.nsecsElapsed() / 1e9;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.isEmpty() ? 0 : gaps[qMin(gaps.size() - 1, qsizetype(gaps.size() * 0.99))];
    const double lines = double(console.store()->committedCount() + console.store()->droppedCount());
    std::printf(
        "logs/stall: %.0f lines streamed in %.1f s (%.0f lines/s) into a following console; 10 ms timer: "
        "max gap %.1f ms, 99th percentile %.1f ms (target max 50 ms); longest single UI-thread event %.1f ms (%s)\n",
        lines, seconds, lines / seconds, maxGap, p99, timed->longest, timed->longestWhat.constData());
    await<Done>([&](auto cb) { client.removeContainer(id, true, false, context, cb); });
    return 0;
}

// The same load without the engine in the way: 500 lines every 10 ms (50,000 lines/s) fed through the parser into a
// following console for 10 s, measured with the same 10 ms timer.
int benchStallLocal(Settings &settings, QObject *context)
{
    ui::LogConsole console(nullptr, settings);
    console.resize(1000, 700);
    console.show();
    spin(100);
    LineAssembler assembler(*console.store());
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double maxGap = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, context, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = qMax(maxGap, (now - last) / 1e6);
        last = now;
    });
    int fed = 0;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    char text[160];
    QObject::connect(&feeder, &QTimer::timeout, context, [&] {
        // Catch up on real time, so a late timer means a bigger batch, as a socket would deliver it.
        const int due = int(clock.elapsed() * 50);
        for (; fed < due; ++fed) {
            const int n = std::snprintf(text, sizeof text,
                                        "step %07d loss=0.%06d acc=0.%06d \x1b[32mok\x1b[0m lr=0.000100 ......\n", fed,
                                        fed % 999999, (fed * 7) % 999999);
            assembler.feed(fed % 10 ? LogChannel::Stdout : LogChannel::Stderr, 1700000000000000000LL + fed * 20000LL,
                           QByteArrayView(text, n));
        }
    });
    auto *timed = static_cast<TimedApplication *>(QCoreApplication::instance());
    timed->longest = 0;
    tick.start(10);
    feeder.start(10);
    spin(10000);
    feeder.stop();
    tick.stop();
    std::printf("logs/stall-local: %d lines in 10 s (%.0f lines/s) fed in-process into a following console; 10 ms "
                "timer: max gap %.1f ms (target 50 ms); longest single UI-thread event %.1f ms (%s)\n",
                fed, fed / 10.0, maxGap, timed->longest, timed->longestWhat.constData());
    return 0;
}

int benchMemory(Settings &settings)
{
    ui::LogConsole console(nullptr, settings);
    console.resize(1000, 700);
    console.show();
    spin(200);
    const qint64 idle = residentBytes();
    {
        LineAssembler assembler(*console.store());
        char text[160];
        for (int i = 0; i < 100000; ++i) {
            const int n =
                i % 10 == 0
                    ? std::snprintf(text, sizeof text, "\x1b[32mINFO\x1b[0m epoch %d step %07d val_loss=0.%04d\n",
                                    i / 5000, i, i % 9973)
                    : std::snprintf(text, sizeof text,
                                    "step %07d loss=0.%06d acc=0.%06d lr=0.000100 epoch=3/10 ......\n", i, i % 999999,
                                    (i * 7) % 999999);
            assembler.feed(i % 20 == 0 ? LogChannel::Stderr : LogChannel::Stdout, 1700000000000000000LL + i * 1000LL,
                           QByteArrayView(text, n));
        }
    }
    spin(300);
    const qint64 full = residentBytes();
    std::printf("logs/memory: 100,000 retained lines (%.1f MB of text): +%.1f MB resident over the idle console "
                "(%.1f MB -> %.1f MB; the store itself holds %.1f MB; target 64 MB)\n",
                console.store()->totalBytes() / 1e6, (full - idle) / 1e6, idle / 1e6, full / 1e6,
                console.store()->memoryBytes() / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString host = bench::hostFromArgs(args);
    QStringList which;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("open") || a == QLatin1String("stall") || a == QLatin1String("memory") ||
            a == QLatin1String("stall-local"))
            which << a;
    }
    if (which.isEmpty())
        which = {QStringLiteral("memory"), QStringLiteral("stall-local"), QStringLiteral("open"),
                 QStringLiteral("stall")};
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("berth.ini")));
    int rc = 0;
    if (which.contains(QLatin1String("memory")))
        rc |= benchMemory(settings);
    if (which.contains(QLatin1String("stall-local")))
        rc |= benchStallLocal(settings, &app);
    if (which.contains(QLatin1String("open")) || which.contains(QLatin1String("stall"))) {
        const Endpoint endpoint = Endpoint::fromHost(host);
        if (!endpoint.isValid()) {
            std::fprintf(stderr, "usage: bench_logs_ui unix:///path/docker.sock [open|stall|memory]\n");
            return 2;
        }
        EngineClient client(endpoint);
        if (which.contains(QLatin1String("open")))
            rc |= benchOpen(client, settings, &app);
        if (which.contains(QLatin1String("stall")))
            rc |= benchStall(client, settings, &app);
    }
    return rc;
}
