// SPDX-License-Identifier: Apache-2.0
#include "async.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "runs/resourcemonitor.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;

// Live readings from the real engine: CPU of a busy container, and GPU attribution by real container PIDs with a
// stand-in nvidia-smi (first on PATH) that reports one of those PIDs as a GPU process.
class TestResourceMonitorEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineClient> m_client;
    QStringList m_containers;

    QString runDetached(const QString &script)
    {
        const QString id =
            QString::fromLatin1(test::docker({QStringLiteral("run"), QStringLiteral("-d"), test::busyboxImage(),
                                              QStringLiteral("sh"), QStringLiteral("-c"), script}))
                .trimmed();
        if (!id.isEmpty())
            m_containers << id;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        m_client = std::make_unique<EngineClient>(Endpoint::fromHost(test::dockerHost()));
    }
    void cleanup()
    {
        for (const QString &id : std::as_const(m_containers))
            test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        m_containers.clear();
    }

    void busyContainer_showsCpuAndMemoryEverySecond()
    {
        const QString id = runDetached(QStringLiteral("while :; do :; done"));
        QVERIFY(!id.isEmpty());
        ResourceMonitor monitor(m_client.get());
        monitor.setGpuInterval(0);
        QSignalSpy sampled(&monitor, &ResourceMonitor::sampled);
        monitor.watch(id);
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 4, 15000);
        const StatsSample last = sampled.last().at(1).value<StatsSample>();
        QCOMPARE(sampled.last().at(0).toString(), id);
        // A busy loop on a shared (loaded) machine still gets far more than the ~0 % of an idle container.
        double busiest = 0;
        for (const QList<QVariant> &signal : std::as_const(sampled))
            busiest = qMax(busiest, signal.at(1).value<StatsSample>().cpuPercent);
        QVERIFY2(busiest > 10, qPrintable(QString::number(busiest)));
        QVERIFY(last.memoryBytes > 0);
        QVERIFY(last.memoryLimitBytes > 0);
        const ResourceHistory *history = monitor.history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), int(sampled.size()));
        monitor.unwatch(id);
        QVERIFY(!monitor.isWatching(id));
        QVERIFY(monitor.history(id)); // kept for the finished run's plot
    }

    void fakeNvidiaSmi_attributesGpuToTheContainerByItsPids()
    {
        const QString id = runDetached(QStringLiteral("sleep 300"));
        QVERIFY(!id.isEmpty());
        // The container's process as the host sees it.
        const QByteArray pid =
            test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Pid}}"), id})
                .trimmed();
        QVERIFY(pid.toLongLong() > 0);
        QTemporaryDir bin;
        QFile script(bin.filePath(QStringLiteral("nvidia-smi")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ncase \"$*\" in\n"
                     "  *query-compute-apps*) echo \"" +
                     pid +
                     ", GPU-test-0, 2048\"; echo \"1, GPU-test-0, 2048\" ;;\n"
                     "  *) echo \"GPU-test-0, 90\" ;;\nesac\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + oldPath);

        ResourceMonitor monitor(m_client.get());
        monitor.setGpuInterval(300);
        QSignalSpy gpu(&monitor, &ResourceMonitor::gpuUpdated);
        monitor.watch(id);
        QVERIFY(gpu.wait(10000));
        const GpuAttribution::Usage usage = monitor.gpuUsage(id);
        QCOMPARE(usage.memoryBytes, qint64(2048) * 1024 * 1024);
        QCOMPARE(usage.utilPercent, 45.0); // half the memory on the GPU is this container's
        QCOMPARE(usage.gpuUuids, QStringList{QStringLiteral("GPU-test-0")});
        // The next reading carries it into the history.
        QSignalSpy sampled(&monitor, &ResourceMonitor::sampled);
        QVERIFY(sampled.wait(5000));
        QCOMPARE(sampled.last().at(1).value<StatsSample>().gpuMemoryBytes, qint64(2048) * 1024 * 1024);
        qputenv("PATH", oldPath);
    }
};

QTEST_GUILESS_MAIN(TestResourceMonitorEngine)
#include "test_resourcemonitor_engine.moc"
