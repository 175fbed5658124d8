// SPDX-License-Identifier: Apache-2.0
#include "engine/streamdemuxer.h"
#include "logs/lineassembler.h"
#include "logs/logmessagesplitter.h"
#include "logs/logstore.h"
#include "logs/logtimestamp.h"
#include "logtestutil.h"

#include <QTest>

#include <memory>

using namespace berth::core;

namespace {

// 2024-01-01T00:00:00Z in nanoseconds; test messages are stamped base + k.
constexpr qint64 Base = 1704067200LL * 1000000000LL;

struct Message
{
    int channel; // 1 stdout, 2 stderr (the engine's frame types)
    qint64 k;
    QByteArray content;
};

QByteArray stamp(qint64 k)
{
    return QStringLiteral("2024-01-01T00:00:00.%1Z").arg(k, 9, 10, QLatin1Char('0')).toLatin1();
}

QByteArray wire(const QList<Message> &messages, bool tty)
{
    QByteArray out;
    for (const Message &m : messages) {
        const QByteArray payload = stamp(m.k) + ' ' + m.content;
        if (!tty) {
            const quint32 n = quint32(payload.size());
            const char header[8] = {char(m.channel), 0, 0, 0, char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
            out.append(header, 8);
        }
        out.append(payload);
    }
    return out;
}

// The path bytes take in a LogSession: engine frames → StreamDemuxer → LogMessageSplitter → LineAssembler → store.
struct Pipeline
{
    explicit Pipeline(bool tty) : tty(tty) { reconnect(); }
    void reconnect()
    {
        demuxer = std::make_unique<StreamDemuxer>([this](int type, QByteArrayView payload) {
            splitter.feed(type == 2 ? LogChannel::Stderr : LogChannel::Stdout, payload);
        });
    }
    void feed(QByteArrayView bytes)
    {
        if (tty)
            splitter.feed(LogChannel::Stdout, bytes);
        else
            QVERIFY(demuxer->feed(bytes));
    }
    QString render() const
    {
        QString out;
        for (qsizetype i = 0; i < store.size(); ++i) {
            const LogLine line = store.line(i);
            out += QString::number(line.timestamp ? line.timestamp - Base : -1) + QLatin1Char('|') +
                   berth::test::renderLine(line) + QLatin1Char('\n');
        }
        return out;
    }
    bool tty;
    LogStore store{100000};
    LineAssembler assembler{store};
    LogMessageSplitter splitter{assembler, true};
    std::unique_ptr<StreamDemuxer> demuxer;
};

// Every cut point near a message boundary, and a sample of the rest (partial messages are 16 KiB long).
QList<qsizetype> cutPoints(const QList<Message> &messages, bool tty)
{
    QList<qsizetype> cuts;
    const QByteArray all = wire(messages, tty);
    if (all.size() <= 4096) {
        for (qsizetype i = 1; i < all.size(); ++i)
            cuts.append(i);
        return cuts;
    }
    qsizetype boundary = 0;
    QList<qsizetype> boundaries{0};
    for (const Message &m : messages) {
        boundary += wire({m}, tty).size();
        boundaries.append(boundary);
    }
    for (qsizetype i = 1; i < all.size(); ++i) {
        bool near = i % 211 == 0;
        for (qsizetype b : boundaries)
            near = near || qAbs(i - b) <= 48;
        if (near)
            cuts.append(i);
    }
    return cuts;
}

} // namespace

Q_DECLARE_METATYPE(Message)

class TestLogMessageSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demuxedOutput_isTheSame_forEverySplit_data()
    {
        QTest::addColumn<QList<Message>>("messages");
        QTest::addColumn<bool>("tty");
        QTest::addColumn<QString>("expected");

        QTest::newRow("twoLines") << QList<Message>{{1, 1, "a\n"}, {1, 2, "b\n"}} << false
                                  << QStringLiteral("1|a\n2|b\n");
        QTest::newRow("stderrInterleaved") << QList<Message>{{1, 1, "out\n"}, {2, 2, "err\n"}, {1, 3, "out2\n"}}
                                           << false << QStringLiteral("1|out\n2|E:err\n3|out2\n");
        QTest::newRow("longLine_inSixteenKiBPieces") << QList<Message>{{1, 5, QByteArray(16384, 'x')},
                                                                       {1, 5, QByteArray(16384, 'y')},
                                                                       {1, 5, "z\n"},
                                                                       {1, 6, "next\n"}}
                                                     << false << QStringLiteral("5|x{16384}y{16384}z\n6|next\n");
        QTest::newRow("lastOutputWithoutNewline_thenOtherChannel")
            << QList<Message>{{1, 1, "nonl"}, {2, 2, "err\n"}, {1, 3, "more\n"}} << false
            << QStringLiteral("2|E:err\n1|nonlmore\n");
        QTest::newRow("tqdmBarOnStderr") << QList<Message>{{2, 1, " 10%|#   |\r 50%|##  |\r100%|####|\n"}} << false
                                         << QStringLiteral("1|E:100%|####|\n");
        QTest::newRow("coloursAcrossMessages") << QList<Message>{{1, 1, "\x1b[31mred\n"}, {1, 2, "still\x1b[0m\n"}}
                                               << false << QStringLiteral("1|[f1]red\n2|[f1]still\n");
        QTest::newRow("ttyCrlf") << QList<Message>{{1, 1, "a\r\n"}, {1, 2, "\x1b[32mb\x1b[0m\r\n"}} << true
                                 << QStringLiteral("1|a\n2|[f2]b\n");
        QTest::newRow("ttyLongLine") << QList<Message>{{1, 4, QByteArray(16384, 'q')}, {1, 4, "r\r\n"}} << true
                                     << QStringLiteral("4|q{16384}r\n");
        QTest::newRow("sameTimestamp_bothChannels") << QList<Message>{{1, 7, "x\n"}, {2, 7, "y\n"}, {1, 7, "z\n"}}
                                                    << false << QStringLiteral("7|x\n7|E:y\n7|z\n");
    }

    void demuxedOutput_isTheSame_forEverySplit()
    {
        QFETCH(QList<Message>, messages);
        QFETCH(bool, tty);
        QFETCH(QString, expected);
        const QByteArray bytes = wire(messages, tty);
        {
            Pipeline p(tty);
            p.feed(bytes);
            QCOMPARE(p.render(), expected);
        }
        for (qsizetype cut : cutPoints(messages, tty)) {
            Pipeline p(tty);
            p.feed(bytes.left(cut));
            p.feed(bytes.mid(cut));
            if (p.render() != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1:\n%2").arg(cut).arg(p.render())));
        }
    }

    void resume_losesAndRepeatsNothing_forEveryCut_data()
    {
        QTest::addColumn<QList<Message>>("messages");
        QTest::addColumn<bool>("tty");
        QList<Message> mixed{{1, 1, "one\n"},
                             {2, 2, "\x1b[31merr\x1b[0m\n"},
                             {1, 3, "tq 10%\rtq 100%\n"},
                             {1, 4, "same\n"},
                             {2, 4, "same-ts other channel\n"},
                             {1, 4, "same again\n"},
                             {1, 5, QByteArray(16384, 'p')},
                             {1, 5, "tail of long line\n"},
                             {2, 6, "last\n"}};
        QTest::newRow("multiplexed") << mixed << false;
        QList<Message> ttyMessages;
        for (const Message &m : mixed)
            ttyMessages.append({1, m.k, QByteArray(m.content).replace("\n", "\r\n")});
        QTest::newRow("tty") << ttyMessages << true;
    }

    void resume_losesAndRepeatsNothing_forEveryCut()
    {
        QFETCH(QList<Message>, messages);
        QFETCH(bool, tty);
        const QByteArray bytes = wire(messages, tty);
        Pipeline whole(tty);
        whole.feed(bytes);
        const QString expected = whole.render();

        quint64 recognised = 0;
        for (qsizetype cut : cutPoints(messages, tty)) {
            Pipeline p(tty);
            p.feed(bytes.left(cut));
            p.splitter.connectionLost();
            const qint64 since = p.splitter.resumeSince();
            // What the engine sends for since=: every message stamped at or after it, in the same order.
            QList<Message> replay;
            for (const Message &m : messages) {
                if (since < 0 || Base + m.k >= since)
                    replay.append(m);
            }
            p.reconnect();
            p.feed(wire(replay, tty));
            if (p.render() != expected)
                QFAIL(
                    qPrintable(QStringLiteral("cut at %1, since +%2:\n%3").arg(cut).arg(since - Base).arg(p.render())));
            recognised += p.splitter.droppedAsSeen();
        }
        QVERIFY(recognised > 100); // the replays really did repeat messages, and they were dropped
    }

    // Resuming with tail=K: when the last K messages reach back to something seen, nothing is lost or repeated;
    // when they do not, the splitter takes none of them and asks for since= instead.
    void resume_withTail_fallsBackToSince_whenTheReplayIsTooShort()
    {
        QList<Message> messages;
        for (int i = 1; i <= 40; ++i)
            messages.append({1 + (i % 4 == 0), i, "m" + QByteArray::number(i) + '\n'});
        const QByteArray bytes = wire(messages, false);
        Pipeline whole(false);
        whole.feed(bytes);
        const QString expected = whole.render();
        int fellBack = 0;
        for (int received : {5, 20, 39}) {
            for (int tail : {1, 10, 25, 40}) {
                Pipeline p(false);
                p.feed(wire(messages.mid(0, received), false));
                p.splitter.connectionLost();
                p.splitter.setRequireOverlap(true);
                p.reconnect();
                p.feed(wire(messages.mid(messages.size() - tail), false));
                if (p.splitter.overlapMissing()) {
                    ++fellBack;
                    QVERIFY(tail < messages.size() - received + 1);
                    p.splitter.connectionLost();
                    p.splitter.setRequireOverlap(false);
                    const qint64 since = p.splitter.resumeSince();
                    QList<Message> replay;
                    for (const Message &m : messages) {
                        if (Base + m.k >= since)
                            replay.append(m);
                    }
                    p.reconnect();
                    p.feed(wire(replay, false));
                }
                QCOMPARE(p.render(), expected);
            }
        }
        QVERIFY(fellBack > 0);
    }

    void resume_twiceInARow_beforeAnythingArrives()
    {
        const QList<Message> messages{{1, 1, "a\n"}, {1, 2, QByteArray(100, 'b') + "\n"}, {1, 3, "c\n"}};
        const QByteArray bytes = wire(messages, false);
        Pipeline p(false);
        p.feed(bytes.left(60)); // inside the second message
        p.splitter.connectionLost();
        p.splitter.connectionLost(); // a retry that failed before any data came
        const qint64 since = p.splitter.resumeSince();
        QList<Message> replay;
        for (const Message &m : messages) {
            if (Base + m.k >= since)
                replay.append(m);
        }
        p.reconnect();
        p.feed(wire(replay, false));
        QCOMPARE(p.render(), QStringLiteral("1|a\n2|%1\n3|c\n").arg(QStringLiteral("b{100}")));
    }

    void resume_afterMoreMessagesThanRemembered()
    {
        QList<Message> messages;
        for (int i = 1; i <= LogMessageSplitter::RememberedMessages + 500; ++i)
            messages.append({1 + (i % 3 == 0), i, QByteArray::number(i) + '\n'});
        const QByteArray bytes = wire(messages, false);
        Pipeline whole(false);
        whole.feed(bytes);
        const QString expected = whole.render();

        Pipeline p(false);
        p.feed(bytes.left(bytes.size() - 10));
        p.splitter.connectionLost();
        const qint64 since = p.splitter.resumeSince();
        QVERIFY(since > Base + 400); // not the whole log again
        QList<Message> replay;
        for (const Message &m : messages) {
            if (Base + m.k >= since)
                replay.append(m);
        }
        p.reconnect();
        p.feed(wire(replay, false));
        QCOMPARE(p.render(), expected);
    }

    void headerThatIsNoTimestamp_keptAsText()
    {
        Pipeline p(true);
        p.feed("not-a-timestamp and text\n");
        QCOMPARE(p.render(), QStringLiteral("-1|not-a-timestamp and text\n"));
    }

    void timestamps_parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("nanos");
        QTest::newRow("engineFixedNanos") << QByteArray("2024-01-01T00:00:00.000000001Z") << true << Base + 1;
        QTest::newRow("shortFraction") << QByteArray("2024-01-01T00:00:01.5Z") << true << Base + 1500000000;
        QTest::newRow("noFraction") << QByteArray("2024-01-01T00:00:00Z") << true << Base;
        QTest::newRow("offset") << QByteArray("2024-01-01T09:00:00+09:00") << true << Base;
        QTest::newRow("leapYearDay") << QByteArray("2024-02-29T00:00:00Z") << true
                                     << Base + qint64(59) * 86400 * 1000000000LL;
        QTest::newRow("garbage") << QByteArray("2024-01-01 00:00:00") << false << qint64(0);
        QTest::newRow("noZone") << QByteArray("2024-01-01T00:00:00.1") << false << qint64(0);
        QTest::newRow("badMonth") << QByteArray("2024-13-01T00:00:00Z") << false << qint64(0);
    }

    void timestamps_parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, nanos);
        qint64 parsed = 0;
        QCOMPARE(LogTimestamp::parse(text, &parsed), ok);
        if (ok)
            QCOMPARE(parsed, nanos);
    }

    void timestamps_parameterIsExact()
    {
        QCOMPARE(LogTimestamp::toParameter(Base + 123), QStringLiteral("1704067200.000000123"));
        QCOMPARE(LogTimestamp::toParameter(1795897668922683763LL), QStringLiteral("1795897668.922683763"));
    }
};

QTEST_GUILESS_MAIN(TestLogMessageSplitter)
#include "test_logmessagesplitter.moc"
