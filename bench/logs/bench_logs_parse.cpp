// SPDX-License-Identifier: Apache-2.0
// Parsing and storing 1,000,000 log lines on one core: engine frames → demultiplexer → message splitter (timestamps)
// → line assembler (ANSI, carriage returns) → bounded store. Reports MB/s of log bytes.
#include "engine/streamdemuxer.h"
#include "loggen.h"
#include "logs/lineassembler.h"
#include "logs/logmessagesplitter.h"
#include "logs/logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace berth::core;

static double run(const berth::bench::GeneratedLog &log, qsizetype maxLines, qsizetype readSize, qint64 *memory)
{
    LogStore store(maxLines);
    LineAssembler assembler(store);
    LogMessageSplitter splitter(assembler, true);
    StreamDemuxer demuxer([&](int type, QByteArrayView payload) {
        splitter.feed(type == 2 ? LogChannel::Stderr : LogChannel::Stdout, payload);
    });
    QElapsedTimer timer;
    timer.start();
    // The socket hands the client pieces of about this size.
    for (qsizetype at = 0; at < log.wire.size(); at += readSize)
        demuxer.feed(QByteArrayView(log.wire).sliced(at, std::min(readSize, log.wire.size() - at)));
    store.flush();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (store.committedCount() != std::min<qsizetype>(maxLines, log.lines))
        std::fprintf(stderr, "unexpected line count %lld\n", qlonglong(store.committedCount()));
    *memory = store.memoryBytes();
    return seconds;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 lines = 1000000;
    const auto log = berth::bench::generateLog(lines);
    std::printf("logs/parse: %lld lines, %.1f MB of log text (%.1f bytes/line)\n", qlonglong(lines),
                log.payloadBytes / 1e6, double(log.payloadBytes) / double(lines));
    for (qsizetype maxLines : {qsizetype(1000000), qsizetype(100000)}) {
        double best = 1e9;
        qint64 memory = 0;
        for (int round = 0; round < 5; ++round)
            best = std::min(best, run(log, maxLines, 64 * 1024, &memory));
        std::printf(
            "logs/parse: store max %7lld lines: %.3f s, %.0f MB/s, %.2f M lines/s (best of 5); store holds %.1f MB\n",
            qlonglong(maxLines), best, log.payloadBytes / 1e6 / best, lines / 1e6 / best, memory / 1e6);
    }
    return 0;
}
