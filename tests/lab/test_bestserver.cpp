// SPDX-License-Identifier: Apache-2.0
#include "lab/bestserver.h"

#include <QTest>

using namespace berth::core;

namespace {
ServerStatus server(const QString &name, const QList<qint64> &usedMiB, const QList<int> &heldIndexes, int running = 0)
{
    ServerStatus s;
    s.name = name;
    s.reachable = true;
    s.checked = true;
    s.running = running;
    s.gpuState = ServerStatus::GpuState::Ready;
    for (int i = 0; i < usedMiB.size(); ++i) {
        ServerStatus::Gpu g;
        g.info.index = i;
        g.info.memoryTotalMiB = 81920;
        g.info.memoryUsedMiB = usedMiB.at(i);
        g.info.utilizationPercent = 0;
        if (heldIndexes.contains(i)) {
            GpuHold h;
            h.containerId = name + QString::number(i);
            h.containerName = h.containerId;
            h.state = QStringLiteral("running");
            h.kind = GpuHold::Kind::Devices;
            h.deviceIds = {QString::number(i)};
            g.holders << h;
        }
        s.gpus << g;
    }
    return s;
}
} // namespace

class TestBestServer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksTheServerWithEnoughFreeGpusThenMostFreeMemory()
    {
        const QList<ServerStatus> servers{
            server(QStringLiteral("gpu01"), {10, 10}, {0}),             // 1 free
            server(QStringLiteral("gpu02"), {10, 4000, 3000, 10}, {3}), // 3 free, less memory
            server(QStringLiteral("gpu03"), {10, 10, 10, 10}, {})};     // 4 free
        const BestServer::Choice c = BestServer::choose(servers, 2);
        QVERIFY(c.ok());
        QCOMPARE(c.name, QStringLiteral("gpu03"));
        QCOMPARE(c.gpus.size(), 2);
        QVERIFY2(c.reason.contains(QLatin1String("gpu03")), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QLatin1String("pulled")), qPrintable(c.reason));
    }
    void theImageBreaksATie()
    {
        const QList<ServerStatus> servers{server(QStringLiteral("a"), {10, 10}, {}),
                                          server(QStringLiteral("b"), {10, 10}, {})};
        const BestServer::Choice c = BestServer::choose(servers, 1, {QStringLiteral("b")});
        QCOMPARE(c.name, QStringLiteral("b"));
        QVERIFY(c.hasImage);
        QVERIFY2(c.reason.contains(QLatin1String("already has the image")), qPrintable(c.reason));
    }
    void unreachableAndTooSmallServers_areSkippedAndNamed()
    {
        ServerStatus down = server(QStringLiteral("down"), {10, 10, 10, 10}, {});
        down.reachable = false;
        const QList<ServerStatus> servers{down, server(QStringLiteral("small"), {10, 10}, {1})};
        const BestServer::Choice c = BestServer::choose(servers, 2);
        QVERIFY(!c.ok());
        QVERIFY2(c.reason.contains(QLatin1String("small has 1 free")), qPrintable(c.reason));
        QVERIFY(!BestServer::choose({down}, 1).ok());
    }
    void noGpus_prefersTheLeastBusyServer()
    {
        const QList<ServerStatus> servers{server(QStringLiteral("busy"), {}, {}, 30),
                                          server(QStringLiteral("calm"), {}, {}, 2)};
        QCOMPARE(BestServer::choose(servers, 0).name, QStringLiteral("calm"));
    }
};

QTEST_GUILESS_MAIN(TestBestServer)
#include "test_bestserver.moc"
