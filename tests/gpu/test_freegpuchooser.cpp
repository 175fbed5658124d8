// SPDX-License-Identifier: Apache-2.0
#include "fakenvidiasmi.h"
#include "gpu/freegpuchooser.h"
#include "gpu/nvidiasmiparser.h"
#include "launch/dockerrunwriter.h"

#include <QTest>

using namespace berth::core;
using berth::test::FakeNvidiaSmi;

namespace {
QList<GpuInfo> fixture(const QString &name)
{
    return NvidiaSmiParser::parse(FakeNvidiaSmi::fixture(name)).gpus;
}

GpuHold holdDevices(const QString &name, const QStringList &ids, const QString &state = QStringLiteral("running"))
{
    GpuHold h;
    h.containerId = name;
    h.containerName = name;
    h.state = state;
    h.kind = GpuHold::Kind::Devices;
    h.deviceIds = ids;
    return h;
}
} // namespace

class TestFreeGpuChooser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_freeN_isBerthsOwnCountAndWritesBack()
    {
        QString error;
        const GpuRequest r = GpuRequest::parse(QStringLiteral("free=2"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(r.mode, GpuRequest::Mode::Count);
        QCOMPARE(r.count, 2);
        QVERIFY(r.freeOnly);
        QCOMPARE(r.toCliValue(), QStringLiteral("free=2"));
        QCOMPARE(r.toArgument(), QStringLiteral("free=2"));
        GpuRequest::parse(QStringLiteral("free=0"), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!GpuRequest::parse(QStringLiteral("2")).freeOnly);
    }
    void idleServer_takesTheLowestFreeIndexes()
    {
        const QList<GpuInfo> gpus = fixture(QStringLiteral("gpus-8-idle.csv"));
        const GpuAllocation allocation = GpuAllocation::compute(
            {holdDevices(QStringLiteral("a"), {QStringLiteral("0"), QStringLiteral("1")})}, gpus);
        const FreeGpuChooser::Choice choice = FreeGpuChooser::choose(3, allocation, gpus);
        QVERIFY(choice.ok());
        QCOMPARE(choice.indexes, (QList<int>{2, 3, 4}));
    }
    void busyServer_skipsHeldAndBusyGpusAndPrefersFreeMemory()
    {
        // gpus-8-busy: GPU 0 and 1 busy without holders, 2 idle; holders on 2 and 4.
        const QList<GpuInfo> gpus = fixture(QStringLiteral("gpus-8-busy.csv"));
        const GpuAllocation allocation =
            GpuAllocation::compute({holdDevices(QStringLiteral("a"), {QStringLiteral("2")}),
                                    holdDevices(QStringLiteral("b"), {QStringLiteral("4")})},
                                   gpus);
        const QList<int> candidates = FreeGpuChooser::candidates(allocation, gpus);
        QVERIFY(!candidates.contains(0));
        QVERIFY(!candidates.contains(1));
        QVERIFY(!candidates.contains(2));
        QVERIFY(!candidates.contains(4));
        for (int index : candidates)
            QVERIFY(!GpuAllocation::looksBusy(gpus.at(index)));
    }
    void countRequestsWithoutNames_keepTheFirstGpusOut()
    {
        const QList<GpuInfo> gpus = fixture(QStringLiteral("gpus-2-idle.csv"));
        GpuHold count;
        count.containerId = QStringLiteral("c");
        count.containerName = QStringLiteral("c");
        count.state = QStringLiteral("running");
        count.kind = GpuHold::Kind::Count;
        count.count = 1;
        const GpuAllocation allocation = GpuAllocation::compute({count}, gpus);
        QCOMPARE(FreeGpuChooser::choose(1, allocation, gpus).indexes, QList<int>{1});
        QVERIFY(!FreeGpuChooser::choose(2, allocation, gpus).ok());
    }
    void notEnough_saysHowManyAndWhere()
    {
        const QList<GpuInfo> gpus = fixture(QStringLiteral("gpus-2-idle.csv"));
        const GpuAllocation allocation =
            GpuAllocation::compute({holdDevices(QStringLiteral("a"), {QStringLiteral("0")})}, gpus);
        const FreeGpuChooser::Choice choice = FreeGpuChooser::choose(2, allocation, gpus, QStringLiteral("gpu01"));
        QVERIFY(!choice.ok());
        QVERIFY2(choice.error.contains(QLatin1String("gpu01")), qPrintable(choice.error));
        QVERIFY2(choice.error.contains(QLatin1String("Only 1")), qPrintable(choice.error));
        QVERIFY(!FreeGpuChooser::choose(1, GpuAllocation(), {}).ok());
    }
    void resolve_becomesTheConcreteDevicesWrittenInTheLine()
    {
        const QList<GpuInfo> gpus = fixture(QStringLiteral("gpus-8-idle.csv"));
        const GpuAllocation allocation =
            GpuAllocation::compute({holdDevices(QStringLiteral("a"), {QStringLiteral("0")})}, gpus);
        QString error;
        const GpuRequest resolved =
            FreeGpuChooser::resolve(GpuRequest::parse(QStringLiteral("free=2")), allocation, gpus, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(resolved.mode, GpuRequest::Mode::Devices);
        QVERIFY(!resolved.freeOnly);
        QCOMPARE(resolved.deviceIds, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(resolved.toArgument(), QStringLiteral("\"device=1,2\""));
        // Anything else passes through untouched.
        const GpuRequest all = GpuRequest::parse(QStringLiteral("all"));
        QCOMPARE(FreeGpuChooser::resolve(all, allocation, gpus), all);
    }
};

QTEST_GUILESS_MAIN(TestFreeGpuChooser)
#include "test_freegpuchooser.moc"
