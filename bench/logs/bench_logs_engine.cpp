// SPDX-License-Identifier: Apache-2.0
// End to end against the real engine: the whole log of a 1,000,000-line container read by Berth (HTTP client,
// demultiplexer, timestamps, ANSI and \r handling, bounded store) and by curl --unix-socket (bytes to /dev/null),
// timed side by side in one run. Usage: bench_logs_engine [HOST] [--rounds N]
#include "benchutil.h"
#include "engine/endpoint.h"
#include "logs/lineassembler.h"
#include "logs/logmessagesplitter.h"
#include "logs/logstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace berth::core;
using berth::bench::await;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString host = berth::bench::hostFromArgs(args);
    int rounds = 5;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }
    const Endpoint endpoint = Endpoint::fromHost(host);
    if (endpoint.scheme() != Endpoint::Scheme::Unix) {
        std::fprintf(stderr, "usage: bench_logs_engine unix:///path/docker.sock [--rounds N]\n");
        return 2;
    }
    EngineClient client(endpoint);
    auto ping = await<PingInfo>([&](auto cb) { client.ping(&app, cb); });
    if (!ping.ok()) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(ping.error().toString()));
        return 1;
    }
    std::printf("logs/engine: preparing the 1,000,000-line container (created once, kept by label)…\n");
    std::fflush(stdout);
    const QString id = berth::bench::millionLineContainer(client, &app);
    if (id.isEmpty())
        return 1;

    const QString url = QStringLiteral("http://localhost/v%1/containers/%2/logs?stdout=1&stderr=1&timestamps=1")
                            .arg(client.apiVersion(), id);
    QList<double> berthMs, curlMs;
    qint64 bytes = 0, lines = 0;
    for (int round = 0; round < rounds; ++round) {
        {
            QProcess curl;
            curl.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-s"), QStringLiteral("--unix-socket"), endpoint.socketPath(), url});
            if (!curl.waitForFinished(600000) || curl.exitCode() != 0) {
                std::fprintf(stderr, "curl failed\n");
                return 1;
            }
            curlMs << timer.nsecsElapsed() / 1e6;
        }
        {
            LogStore store; // the console's default limit: 100,000 lines
            LineAssembler assembler(store);
            LogMessageSplitter splitter(assembler, true);
            EngineClient::LogOptions options;
            options.follow = false;
            options.timestamps = true;
            QElapsedTimer timer;
            timer.start();
            LogStream *stream = client.logs(id, options, false, &app);
            stream->setSink([&](StreamChannel channel, QByteArrayView data) {
                splitter.feed(channel == StreamChannel::Stderr ? LogChannel::Stderr : LogChannel::Stdout, data);
            });
            QEventLoop loop;
            EngineError error;
            QObject::connect(stream, &EngineStream::finished, &loop, [&](const EngineError &e) {
                error = e;
                loop.quit();
            });
            loop.exec();
            splitter.endOfStream();
            assembler.finish();
            store.flush();
            berthMs << timer.nsecsElapsed() / 1e6;
            if (error.isError()) {
                std::fprintf(stderr, "Berth: %s\n", qPrintable(error.toString()));
                return 1;
            }
            bytes = qint64(stream->bytesReceived());
            lines = qint64(splitter.messageCount());
            stream->deleteLater();
            if (round == 0 &&
                store.line(store.committedCount() - 1).text !=
                    QByteArrayView("step 1000000 loss=0.000001 acc=0.000007 lr=0.000100 epoch=3/10 ......"))
                std::fprintf(stderr, "unexpected last line: %s\n",
                             store.line(store.committedCount() - 1).text.toByteArray().constData());
        }
    }
    const double b = berth::bench::median(berthMs), c = berth::bench::median(curlMs);
    std::printf("logs/engine: whole log, %lld lines, %.1f MB of log text (timestamps=1), median of %d rounds:\n",
                qlonglong(lines), bytes / 1e6, rounds);
    std::printf("  curl --unix-socket > /dev/null     %8.1f ms  %6.0f MB/s\n", c, bytes / 1e3 / c);
    std::printf("  Berth (parse + 100k-line store)    %8.1f ms  %6.0f MB/s   %.3fx curl (target <= 1.1x)\n", b,
                bytes / 1e3 / b, b / c);
    return 0;
}
