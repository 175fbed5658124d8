// SPDX-License-Identifier: Apache-2.0
#include "runs/gpuattribution.h"
#include "runs/logtail.h"
#include "runs/resourcehistory.h"
#include "runs/statssample.h"

#include <QJsonDocument>
#include <QTest>

using namespace berth::core;

class TestStatsSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cgroupV2Reading_isComputedLikeDockerStats();
    void firstReading_withoutPrevious_isZeroCpu();
    void cgroupV1Reading_subtractsTotalInactiveFile();
    void history_keepsOnlyItsCapacityAndComputesRates();
    void attribution_sumsMemoryAndSharesUtilisationByMemory();
    void attribution_ignoresMalformedLinesAndOtherProcesses();
    void logTail_keepsLastLinesWithCarriageReturnsResolved();
};

void TestStatsSample::cgroupV2Reading_isComputedLikeDockerStats()
{
    // The shape Engine 20.10 sends on a cgroup v2 host (values chosen for easy arithmetic).
    const QByteArray json = R"({
      "read": "2026-12-04T10:00:01.000000000Z",
      "pids_stats": {"current": 3},
      "cpu_stats": {"cpu_usage": {"total_usage": 3000000000}, "system_cpu_usage": 20000000000, "online_cpus": 4},
      "precpu_stats": {"cpu_usage": {"total_usage": 2000000000}, "system_cpu_usage": 16000000000, "online_cpus": 4},
      "memory_stats": {"usage": 104857600, "limit": 1073741824, "stats": {"inactive_file": 4194304, "anon": 1}},
      "networks": {"eth0": {"rx_bytes": 1000, "tx_bytes": 500}, "eth1": {"rx_bytes": 10, "tx_bytes": 5}},
      "blkio_stats": {"io_service_bytes_recursive": [
        {"major": 8, "minor": 0, "op": "read", "value": 4096}, {"major": 8, "minor": 0, "op": "write", "value": 8192}]}
    })";
    const StatsSample s = StatsSample::fromJson(QJsonDocument::fromJson(json).object());
    // (1e9 / 4e9) × 4 CPUs × 100 = 100 %: one CPU's worth.
    QCOMPARE(s.cpuPercent, 100.0);
    QCOMPARE(s.memoryBytes, qint64(104857600 - 4194304));
    QCOMPARE(s.memoryLimitBytes, qint64(1073741824));
    QCOMPARE(s.netRxBytes, qint64(1010));
    QCOMPARE(s.netTxBytes, qint64(505));
    QCOMPARE(s.blockReadBytes, qint64(4096));
    QCOMPARE(s.blockWriteBytes, qint64(8192));
    QCOMPARE(s.pids, 3);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(s.timeMs, Qt::UTC).toString(Qt::ISODate),
             QStringLiteral("2026-12-04T10:00:01Z"));
}

void TestStatsSample::firstReading_withoutPrevious_isZeroCpu()
{
    const QByteArray json = R"({"read": "2026-12-04T10:00:01Z",
      "cpu_stats": {"cpu_usage": {"total_usage": 3000000000}, "system_cpu_usage": 20000000000, "online_cpus": 4},
      "precpu_stats": {"cpu_usage": {"total_usage": 0}}, "memory_stats": {}})";
    const StatsSample s = StatsSample::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(s.cpuPercent >= 0);
    QVERIFY(s.cpuPercent <= 400);
}

void TestStatsSample::cgroupV1Reading_subtractsTotalInactiveFile()
{
    const QByteArray json = R"({"memory_stats": {"usage": 1000, "limit": 5000,
      "stats": {"total_inactive_file": 300, "inactive_file": 100}},
      "cpu_stats": {"cpu_usage": {"total_usage": 20, "percpu_usage": [10, 10]}, "system_cpu_usage": 200},
      "precpu_stats": {"cpu_usage": {"total_usage": 10}, "system_cpu_usage": 100}})";
    const StatsSample s = StatsSample::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(s.memoryBytes, qint64(700));
    // No online_cpus: the per-CPU list's length (2) counts.
    QCOMPARE(s.cpuPercent, 20.0);
}

void TestStatsSample::history_keepsOnlyItsCapacityAndComputesRates()
{
    ResourceHistory h(5);
    for (int i = 0; i < 8; ++i) {
        StatsSample s;
        s.timeMs = 1000 * i;
        s.cpuPercent = i;
        s.memoryBytes = 100 * i;
        s.netRxBytes = 2000 * i; // 2000 B/s
        h.add(s);
    }
    QCOMPARE(h.size(), 5);
    QCOMPARE(h.at(0).cpuPercent, 3.f);
    QCOMPARE(h.last().cpuPercent, 7.f);
    QCOMPARE(h.last().netBytesPerSec, 2000.f);
    QCOMPARE(h.peakMemoryBytes(), 700.f);
    QVERIFY(ResourceHistory::pointBytes() <= 40);
}

void TestStatsSample::attribution_sumsMemoryAndSharesUtilisationByMemory()
{
    const QByteArray apps = "101, GPU-a, 3000\n102, GPU-a, 1000\n201, GPU-b, 500\n999, GPU-b, 500\n";
    const QByteArray util = "GPU-a, 80\nGPU-b, 50\n";
    const QHash<QString, QList<qint64>> pids{
        {QStringLiteral("train"), {100, 101, 102}}, {QStringLiteral("eval"), {201}}, {QStringLiteral("idle"), {300}}};
    const auto usage = GpuAttribution::attribute(apps, util, pids);
    QCOMPARE(usage.size(), 2);
    QCOMPARE(usage.value(QStringLiteral("train")).memoryBytes, qint64(4000) * 1024 * 1024);
    QCOMPARE(usage.value(QStringLiteral("train")).utilPercent, 80.0); // all of GPU-a's memory is its
    QCOMPARE(usage.value(QStringLiteral("eval")).utilPercent, 25.0);  // half of GPU-b's memory
    QCOMPARE(usage.value(QStringLiteral("eval")).gpuUuids, QStringList{QStringLiteral("GPU-b")});
    QVERIFY(!usage.contains(QStringLiteral("idle")));
}

void TestStatsSample::attribution_ignoresMalformedLinesAndOtherProcesses()
{
    const QByteArray apps = "garbage\n, ,\n-5, GPU-a, 10\n42, GPU-a, [N/A]\nNo running processes found\n";
    const QByteArray util = "GPU-a, [N/A]\nGPU-a\n";
    const auto usage = GpuAttribution::attribute(apps, util, {{QStringLiteral("c"), {42}}});
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.value(QStringLiteral("c")).memoryBytes, qint64(0));
    QCOMPARE(usage.value(QStringLiteral("c")).utilPercent, 0.0);
}

void TestStatsSample::logTail_keepsLastLinesWithCarriageReturnsResolved()
{
    LogTail tail(3);
    tail.feed("one\ntwo\n\x1b[32mthree\x1b[0m\n");
    tail.feed("epoch 1:  10%\repoch 1:  50%\r");
    tail.feed("epoch 1: 100%\r\nlast without newline");
    tail.finish();
    QCOMPARE(tail.lines(), (QStringList{QStringLiteral("three"), QStringLiteral("epoch 1: 100%"),
                                        QStringLiteral("last without newline")}));
}

QTEST_GUILESS_MAIN(TestStatsSample)
#include "test_statssample.moc"
