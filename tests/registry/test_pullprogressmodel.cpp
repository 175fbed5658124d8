// SPDX-License-Identifier: Apache-2.0
#include "registry/pullprogressmodel.h"

#include <QTest>

using namespace berth::core;

namespace {
PullProgress ev(const char *id, const char *status, qint64 current = 0, qint64 total = 0)
{
    PullProgress p;
    p.id = QLatin1String(id);
    p.status = QLatin1String(status);
    p.current = current;
    p.total = total;
    return p;
}
} // namespace

class TestPullProgressModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layers_aggregateIntoBytesDoneOfTotal();
    void alreadyExisting_layersAreNotCountedAsDownload();
    void speedAndTimeLeft_fromTimedSamples();
    void statusLine_endsThePull();
    void error_isKeptAndSummarised();
};

void TestPullProgressModel::layers_aggregateIntoBytesDoneOfTotal()
{
    PullProgressModel m;
    m.feed(ev("1.0", "Pulling from berth/multilayer"), 0);
    QCOMPARE(m.layerCount(), 0); // the tag line is not a layer
    m.feed(ev("aaa", "Pulling fs layer"), 10);
    m.feed(ev("bbb", "Pulling fs layer"), 10);
    QCOMPARE(m.layerCount(), 2);
    QCOMPARE(m.fraction(), -1.0);
    m.feed(ev("aaa", "Downloading", 1000, 4000), 100);
    m.feed(ev("bbb", "Downloading", 500, 1000), 100);
    QCOMPARE(m.bytesDone(), qint64(1500));
    QCOMPARE(m.bytesTotal(), qint64(5000));
    QVERIFY(qAbs(m.fraction() - 0.8 * 1500.0 / 5000.0) < 1e-9);
    m.feed(ev("bbb", "Download complete"), 200);
    QCOMPARE(m.bytesDone(), qint64(2000));
    m.feed(ev("bbb", "Extracting", 1000, 1000), 250);
    m.feed(ev("bbb", "Pull complete"), 300);
    QCOMPARE(m.layersDone(), 1);
    m.feed(ev("aaa", "Downloading", 4000, 4000), 400);
    m.feed(ev("aaa", "Verifying Checksum"), 400);
    m.feed(ev("aaa", "Extracting", 2000, 4000), 450);
    QCOMPARE(m.bytesDone(), qint64(5000));
    QVERIFY(m.fraction() > 0.85 && m.fraction() < 1.0);
    m.feed(ev("aaa", "Pull complete"), 500);
    QCOMPARE(m.layersDone(), 2);
    QCOMPARE(m.fraction(), 1.0);
    QCOMPARE(m.eventCount(), 12);
}

void TestPullProgressModel::alreadyExisting_layersAreNotCountedAsDownload()
{
    PullProgressModel m;
    m.feed(ev("base", "Already exists"), 0);
    m.feed(ev("new", "Pulling fs layer"), 0);
    m.feed(ev("new", "Downloading", 10, 100), 10);
    QCOMPARE(m.bytesTotal(), qint64(100));
    QCOMPARE(m.layersExisting(), 1);
    QCOMPARE(m.layersDone(), 1);
    QVERIFY(m.summary().contains(QLatin1String("1 of 2")));
}

void TestPullProgressModel::speedAndTimeLeft_fromTimedSamples()
{
    PullProgressModel m;
    m.feed(ev("a", "Pulling fs layer"), 0);
    // 1 MB per second for five seconds, against a 10 MB layer
    for (int s = 0; s <= 5; ++s)
        m.feed(ev("a", "Downloading", qint64(s) * 1'000'000, 10'000'000), qint64(s) * 1000);
    QVERIFY2(qAbs(m.bytesPerSecond() - 1'000'000.0) < 1.0, qPrintable(QString::number(m.bytesPerSecond())));
    QCOMPARE(m.secondsLeft(), qint64(5));
    QVERIFY(m.summary().contains(QLatin1String("5.0 MB of 10.0 MB")));
    QVERIFY(m.summary().contains(QLatin1String("/s")));
    QVERIFY(m.summary().contains(QLatin1String("5 s left")));
    // a burst within 250 ms does not swing the figure
    m.feed(ev("a", "Downloading", 9'000'000, 10'000'000), 5100);
    QVERIFY(qAbs(m.bytesPerSecond() - 1'000'000.0) < 1.0);
}

void TestPullProgressModel::statusLine_endsThePull()
{
    PullProgressModel m;
    m.feed(ev("", "Digest: sha256:abc"), 0);
    QVERIFY(!m.isComplete());
    m.feed(ev("", "Status: Downloaded newer image for 127.0.0.1:5400/berth/multilayer:1.0"), 0);
    QVERIFY(m.isComplete());
    QCOMPARE(m.fraction(), 1.0);
    QVERIFY(m.statusLine().startsWith(QLatin1String("Status:")));
}

void TestPullProgressModel::error_isKeptAndSummarised()
{
    PullProgressModel m;
    PullProgress p;
    p.error = QStringLiteral("manifest for x:y not found");
    m.feed(p, 0);
    QCOMPARE(m.error(), p.error);
    QCOMPARE(m.summary(), p.error);
}

QTEST_GUILESS_MAIN(TestPullProgressModel)
#include "test_pullprogressmodel.moc"
