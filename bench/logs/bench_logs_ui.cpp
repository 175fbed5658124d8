// The log console under load, against the real engine:
//  open    time from LogConsole::open() on the 1,000,000-line container to its last line painted (target 200 ms)
//  stall   longest gap of a 10 ms timer while a container prints 50,000 lines/s into a following console (target 50 ms)
//  memory  resident memory for 100,000 retained lines over the idle console (target 64 MB)
// Usage: bench_logs_ui [HOST] [open|stall|memory]...   (all three by default)
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
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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
        while (timer.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            LogStore *store = console.store();
            const qsizetype last = store->committedCount() - 1;
            if (last >= 0 && store->line(last).text.startsWith("step 1000000 ") &&
                console.view()->lastPaintedLineId() == store->idAt(last)) {
                shownAt = timer.nsecsElapsed() / 1e6;
                break;
            }
        }
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
    const QString script = QStringLiteral(
        "s=0; while [ $s -lt 100 ]; do awk -v s=$s 'BEGIN{for(i=0;i<5000;i++) printf \"step %07d "
        "loss=0.%04d acc=0.%04d \\033[32mok\\033[0m\\n\", s*5000+i, i%9973, i%9967}'; s=$((s+1)); sleep 0.1; done");
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
    QElapsedTimer total;
    total.start();
    while (!console.hasExited() && total.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    tick.stop();
    const double seconds = total.nsecsElapsed() / 1e9;
    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.isEmpty() ? 0 : gaps[qMin(gaps.size() - 1, qsizetype(gaps.size() * 0.99))];
    std::printf("logs/stall: %lld lines streamed in %.1f s (%.0f lines/s) into a following console; 10 ms timer: "
                "max gap %.1f ms, 99th percentile %.1f ms (target max 50 ms)\n",
                qlonglong(console.store()->committedCount() + console.store()->droppedCount()), seconds,
                (console.store()->committedCount() + console.store()->droppedCount()) / seconds, maxGap, p99);
    await<Done>([&](auto cb) { client.removeContainer(id, true, false, context, cb); });
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
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString host = bench::hostFromArgs(args);
    QStringList which;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("open") || a == QLatin1String("stall") || a == QLatin1String("memory"))
            which << a;
    }
    if (which.isEmpty())
        which = {QStringLiteral("memory"), QStringLiteral("open"), QStringLiteral("stall")};
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("berth.ini")));
    int rc = 0;
    if (which.contains(QLatin1String("memory")))
        rc |= benchMemory(settings);
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
