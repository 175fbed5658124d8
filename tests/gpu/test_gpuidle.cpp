// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpucard.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuidletracker.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupanel.h"
#include "testenv.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace berth::core;
using berth::test::FakeNvidiaSmi;

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

GpuInfo gpu(int index, int utilization)
{
    GpuInfo g;
    g.index = index;
    g.uuid = QStringLiteral("GPU-%1").arg(index);
    g.utilizationPercent = utilization;
    g.memoryTotalMiB = 24576;
    g.memoryUsedMiB = 10;
    return g;
}

GpuHold hold(const QString &id, const QStringList &devices, const QString &state = QStringLiteral("running"))
{
    GpuHold h;
    h.containerId = id;
    h.containerName = id;
    h.state = state;
    h.kind = GpuHold::Kind::Devices;
    h.deviceIds = devices;
    return h;
}
} // namespace

class TestGpuIdle final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracker_countsFromTheFirstZeroReading()
    {
        GpuIdleTracker t;
        t.observe({gpu(0, 0), gpu(1, 35)}, T0);
        t.observe({gpu(0, 0), gpu(1, 0)}, T0.addSecs(120));
        QCOMPARE(t.idleSeconds(gpu(0, 0), T0.addSecs(180)), 180);
        QCOMPARE(t.idleSeconds(gpu(1, 0), T0.addSecs(180)), 60);
    }
    void tracker_anyUseStartsAgain()
    {
        GpuIdleTracker t;
        t.observe({gpu(0, 0)}, T0);
        t.observe({gpu(0, 1)}, T0.addSecs(60));
        QCOMPARE(t.idleSeconds(gpu(0, 1), T0.addSecs(60)), -1);
        t.observe({gpu(0, 0)}, T0.addSecs(120));
        QCOMPARE(t.idleSeconds(gpu(0, 0), T0.addSecs(180)), 60);
    }
    void tracker_unknownUtilisationIsNotIdle()
    {
        GpuIdleTracker t;
        t.observe({gpu(0, -1)}, T0);
        QCOMPARE(t.idleSeconds(gpu(0, -1), T0.addSecs(3600)), -1);
    }
    void tracker_aGapInReadingsStartsAgain()
    {
        GpuIdleTracker t;
        t.observe({gpu(0, 0)}, T0);
        t.observe({gpu(0, 0)}, T0.addSecs(GpuIdleTracker::MaxGapSecs + 1));
        QCOMPARE(t.idleSeconds(gpu(0, 0), T0.addSecs(GpuIdleTracker::MaxGapSecs + 1)), 0);
    }
    void holder_isIdleOnlyWhenEveryGpuItHoldsIs()
    {
        const QList<GpuInfo> gpus{gpu(0, 0), gpu(1, 0), gpu(2, 0)};
        GpuIdleTracker t;
        t.observe(gpus, T0);
        t.observe({gpu(0, 0), gpu(1, 50), gpu(2, 0)}, T0.addSecs(100));
        t.observe({gpu(0, 0), gpu(1, 0), gpu(2, 0)}, T0.addSecs(200));
        const QList<GpuHold> holds{hold(QStringLiteral("one"), {QStringLiteral("0")}),
                                   hold(QStringLiteral("two"), {QStringLiteral("0"), QStringLiteral("1")}),
                                   hold(QStringLiteral("reserved"), {QStringLiteral("2")}, QStringLiteral("created"))};
        const GpuAllocation allocation = GpuAllocation::compute(holds, gpus);
        const QDateTime now = T0.addSecs(300);
        QCOMPARE(t.holderIdleSeconds(QStringLiteral("one"), allocation, gpus, now), 300);
        QCOMPARE(t.holderIdleSeconds(QStringLiteral("two"), allocation, gpus, now), 100);
        QCOMPARE(t.holderIdleSeconds(QStringLiteral("reserved"), allocation, gpus, now), 300);
        QCOMPARE(t.holderIdleSeconds(QStringLiteral("nobody"), allocation, gpus, now), -1);
        GpuHold count = hold(QStringLiteral("count"), {});
        count.kind = GpuHold::Kind::Count;
        count.count = 1;
        QCOMPARE(t.holderIdleSeconds(QStringLiteral("count"), GpuAllocation::compute({count}, gpus), gpus, now), -1);
    }
    void threshold_zeroTurnsMarkingOff()
    {
        QVERIFY(GpuIdleTracker::isIdle(3600, 3600));
        QVERIFY(!GpuIdleTracker::isIdle(3599, 3600));
        QVERIFY(!GpuIdleTracker::isIdle(99999, 0));
        QVERIFY(!GpuIdleTracker::isIdle(-1, 60));
    }

    // Against the engine: a container holds GPU 1 of a fake two-GPU host that reports 0 %; with a one-second
    // threshold the panel marks that GPU idle and names the holder, leaves the free GPU unmarked, and stops nothing.
    void panel_marksAnIdleHolderAndStopsNothing()
    {
        BERTH_REQUIRE_ENGINE();
        const QString name =
            QStringLiteral("berth-idle-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        berth::test::docker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                             QStringLiteral("berth.test=") + name, QStringLiteral("--label"),
                             QStringLiteral("berth.owner=alice"), QStringLiteral("--gpus"), QStringLiteral("device=1"),
                             berth::test::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("100")});
        FakeNvidiaSmi fake;
        QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
        EngineClient client(Endpoint::fromHost(berth::test::dockerHost()));
        GpuInventory inventory;
        inventory.setInterval(200);
        GpuHolderScanner holders(&client);
        holders.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + name}}});
        holders.setInterval(200);
        berth::ui::GpuPanel panel(&inventory, &holders);
        panel.setOwnerPolicy(OwnerPolicy(QStringLiteral("carol")));
        panel.setIdleThreshold(1);
        panel.resize(800, 400);
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.cards().size() == 2 && panel.cards().at(1)->isMarkedIdle(), 20000);
        QVERIFY2(panel.cards().at(1)->statusText().startsWith(QLatin1String("Idle")),
                 qPrintable(panel.cards().at(1)->statusText()));
        QVERIFY(panel.cards().at(1)->holdersText().contains(QLatin1String("alice")));
        QVERIFY(panel.cards().at(1)->holdersText().contains(QLatin1String("ask the owner")));
        QVERIFY(!panel.cards().at(0)->isMarkedIdle());
        QCOMPARE(panel.cards().at(0)->statusText(), QStringLiteral("Free"));
        panel.grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath()) +
                          QStringLiteral("/gpu-idle-holder.png"));

        // Busy again: the mark goes.
        QVERIFY(fake.printFixture(QStringLiteral("gpus-2-busy.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.cards().at(1)->isMarkedIdle(), 20000);
        QCOMPARE(panel.cards().at(1)->statusText(), QStringLiteral("Reserved"));
        // Marking never touches the container.
        const QByteArray state = berth::test::docker(
            {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), name});
        QCOMPARE(state.trimmed(), QByteArray("created"));
        berth::test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    }
};

QTEST_MAIN(TestGpuIdle)
#include "test_gpuidle.moc"
