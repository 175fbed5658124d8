// SPDX-License-Identifier: Apache-2.0
#include "engine/streamdemuxer.h"

#include <QTest>

using berth::core::StreamDemuxer;

namespace {
QByteArray frame(int type, const QByteArray &payload)
{
    QByteArray f(8, '\0');
    f[0] = char(type);
    const quint32 n = quint32(payload.size());
    f[4] = char(n >> 24);
    f[5] = char(n >> 16);
    f[6] = char(n >> 8);
    f[7] = char(n);
    return f + payload;
}

struct Collected
{
    QByteArray out, err;
    bool ok = true;
};

Collected demux(const QByteArray &input, const QList<qsizetype> &cuts)
{
    Collected c;
    StreamDemuxer d([&](int type, QByteArrayView p) { (type == 2 ? c.err : c.out).append(p); });
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        c.ok = c.ok && d.feed(QByteArrayView(input).sliced(pos, cut - pos));
        pos = cut;
    }
    c.ok = c.ok && d.feed(QByteArrayView(input).sliced(pos));
    return c;
}
} // namespace

class TestStreamDemuxer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::newRow("one stdout") << frame(1, "hello\n") << QByteArray("hello\n") << QByteArray();
        QTest::newRow("stdout and stderr")
            << frame(1, "a\n") + frame(2, "oops\n") + frame(1, "b\n") << QByteArray("a\nb\n") << QByteArray("oops\n");
        QTest::newRow("empty payload") << frame(1, "") + frame(2, "e") << QByteArray() << QByteArray("e");
        QTest::newRow("binary payload") << frame(1, QByteArray("\x00\x01\xff\r\n", 5))
                                        << QByteArray("\x00\x01\xff\r\n", 5) << QByteArray();
        QTest::newRow("large frame") << frame(1, QByteArray(70000, 'x')) << QByteArray(70000, 'x') << QByteArray();
    }
    void frames()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        const Collected whole = demux(input, {});
        QVERIFY(whole.ok);
        QCOMPARE(whole.out, out);
        QCOMPARE(whole.err, err);
        const qsizetype step = input.size() > 2000 ? 997 : 1;
        for (qsizetype cut = 1; cut < input.size(); cut += step) {
            const Collected c = demux(input, {cut});
            QVERIFY(c.ok);
            QCOMPARE(c.out, out);
            QCOMPARE(c.err, err);
        }
        if (input.size() < 2000) {
            QList<qsizetype> everyByte;
            for (qsizetype i = 1; i < input.size(); ++i)
                everyByte << i;
            const Collected c = demux(input, everyByte);
            QCOMPARE(c.out, out);
            QCOMPARE(c.err, err);
        }
    }
    void malformedHeader_fails()
    {
        QByteArray bad = frame(1, "x");
        bad[0] = 9;
        QVERIFY(!demux(bad, {}).ok);
        QByteArray padding = frame(1, "x");
        padding[2] = 1;
        QVERIFY(!demux(padding, {}).ok);
    }
    void partialFrame_isReported()
    {
        StreamDemuxer d([](int, QByteArrayView) {});
        QVERIFY(d.feed(frame(1, "abc").left(5)));
        QVERIFY(d.midFrame());
    }
};

QTEST_GUILESS_MAIN(TestStreamDemuxer)
#include "test_streamdemuxer.moc"
