// SPDX-License-Identifier: Apache-2.0
#include "fakenvidiasmi.h"
#include "gpu/gpuinventory.h"
#include "gpu/nvidiasmiparser.h"

#include <QSignalSpy>
#include <QTest>

using berth::core::GpuInventory;
using berth::core::NvidiaSmiParser;
using berth::test::FakeNvidiaSmi;

class TestGpuInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture_data();
    void fixture();
    void refresh_returnsBeforeTheResult();
    void query_passesTheDocumentedArguments();
    void failingNvidiaSmi_reportsExitCodeAndStderr();
    void absentNvidiaSmi_reportsNotInstalled();
    void hangingNvidiaSmi_timesOut();
    void garbageOutput_reportsFailed();
    void changedOutput_seenOnNextRefresh();
    void unwatched_runsNothing();
    void watched_refreshesUntilUnwatched();
    void destroyedConsumer_stopsRefreshing();
    void refreshWhileRunning_startsNoSecondProcess();
};

namespace {
bool waitUpdated(GpuInventory &inventory, int timeoutMs = 10000)
{
    QSignalSpy spy(&inventory, &GpuInventory::updated);
    return spy.wait(timeoutMs);
}
} // namespace

void TestGpuInventory::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<qint64>("gpu0Used");
    QTest::addColumn<int>("gpu0Util");
    QTest::newRow("twoIdle") << "gpus-2-idle.csv" << 2 << "535.104.05" << qint64(1) << 0;
    QTest::newRow("twoBusy") << "gpus-2-busy.csv" << 2 << "535.104.05" << qint64(22318) << 98;
    QTest::newRow("eightIdle") << "gpus-8-idle.csv" << 8 << "470.182.03" << qint64(4) << 0;
    QTest::newRow("eightBusy") << "gpus-8-busy.csv" << 8 << "470.182.03" << qint64(79210) << 99;
}

void TestGpuInventory::fixture()
{
    QFETCH(QString, file);
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(file));
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.state(), GpuInventory::State::Ready);
    QTEST(int(inventory.gpus().size()), "gpus");
    QTEST(inventory.driverVersion(), "driver");
    QTEST(inventory.gpus().first().memoryUsedMiB, "gpu0Used");
    QTEST(inventory.gpus().first().utilizationPercent, "gpu0Util");
    QVERIFY(inventory.snapshot().updatedAt.isValid());
    QVERIFY(GpuInventory::describe(inventory.snapshot()).contains(inventory.driverVersion()));
}

void TestGpuInventory::refresh_returnsBeforeTheResult()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.refresh();
    // Nothing has been parsed yet: the query runs in another process and reports through the event loop.
    QCOMPARE(inventory.state(), GpuInventory::State::NotQueried);
    QVERIFY(inventory.isQuerying());
    QVERIFY(waitUpdated(inventory));
    QVERIFY(!inventory.isQuerying());
}

void TestGpuInventory::query_passesTheDocumentedArguments()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(fake.lastArguments(), NvidiaSmiParser::queryArguments().join(QLatin1Char(' ')));
}

void TestGpuInventory::failingNvidiaSmi_reportsExitCodeAndStderr()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.fail(9));
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.state(), GpuInventory::State::Failed);
    QCOMPARE(inventory.snapshot().exitCode, 9);
    QVERIFY(inventory.error().startsWith(QLatin1String("NVIDIA-SMI has failed")));
    QVERIFY(inventory.gpus().isEmpty());
    const QString text = GpuInventory::describe(inventory.snapshot());
    QVERIFY2(text.contains(QLatin1String("exit code 9")) && text.contains(QLatin1String("NVIDIA driver")),
             qPrintable(text));
}

void TestGpuInventory::absentNvidiaSmi_reportsNotInstalled()
{
    FakeNvidiaSmi fake;
    fake.makeAbsent();
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.state(), GpuInventory::State::NotInstalled);
    QVERIFY(GpuInventory::describe(inventory.snapshot()).contains(QLatin1String("nvidia-smi was not found")));
}

void TestGpuInventory::hangingNvidiaSmi_timesOut()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.hang());
    GpuInventory inventory;
    inventory.setTimeout(300);
    inventory.refresh();
    QVERIFY(waitUpdated(inventory, 5000));
    QCOMPARE(inventory.state(), GpuInventory::State::Failed);
    QVERIFY(inventory.error().contains(QLatin1String("did not answer")));
    QVERIFY(!inventory.isQuerying());
}

void TestGpuInventory::garbageOutput_reportsFailed()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printBytes("Failed to initialize NVML: Driver/library version mismatch\n"));
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.state(), GpuInventory::State::Failed);
    QVERIFY(inventory.error().contains(QLatin1String("version mismatch")));
}

void TestGpuInventory::changedOutput_seenOnNextRefresh()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-idle.csv")));
    GpuInventory inventory;
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.gpus().at(6).utilizationPercent, 0);
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
    inventory.refresh();
    QVERIFY(waitUpdated(inventory));
    QCOMPARE(inventory.gpus().at(6).utilizationPercent, 100);
    QCOMPARE(inventory.gpus().at(7).utilizationPercent, -1); // [N/A]
}

void TestGpuInventory::unwatched_runsNothing()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.setInterval(50);
    QTest::qWait(300);
    QCOMPARE(fake.calls(), 0);
    QCOMPARE(inventory.queriesStarted(), 0);
}

void TestGpuInventory::watched_refreshesUntilUnwatched()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.setInterval(50);
    QObject consumer;
    inventory.watch(&consumer);
    QVERIFY(inventory.isWatched());
    QTRY_VERIFY_WITH_TIMEOUT(fake.calls() >= 3, 10000);
    inventory.unwatch(&consumer);
    QVERIFY(!inventory.isWatched());
    QTRY_VERIFY(!inventory.isQuerying());
    const int calls = fake.calls();
    QTest::qWait(300);
    QCOMPARE(fake.calls(), calls);
}

void TestGpuInventory::destroyedConsumer_stopsRefreshing()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.setInterval(50);
    {
        QObject consumer;
        inventory.watch(&consumer);
        QVERIFY(waitUpdated(inventory));
    }
    QVERIFY(!inventory.isWatched());
}

void TestGpuInventory::refreshWhileRunning_startsNoSecondProcess()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.refresh();
    inventory.refresh();
    inventory.refresh();
    QCOMPARE(inventory.queriesStarted(), 1);
    QVERIFY(waitUpdated(inventory));
    QTest::qWait(100);
    QCOMPARE(fake.calls(), 1);
}

QTEST_GUILESS_MAIN(TestGpuInventory)
#include "test_gpuinventory.moc"
