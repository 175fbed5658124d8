// SPDX-License-Identifier: Apache-2.0
#include "gpu/gpuallocation.h"
#include "gpu/gpuhold.h"

#include <QJsonDocument>
#include <QTest>

using berth::core::GpuAllocation;
using berth::core::GpuHold;
using berth::core::GpuInfo;

namespace {
QJsonObject inspectDoc(const QByteArray &hostConfig, const QByteArray &config = "{}",
                       const QByteArray &state = "created")
{
    const QByteArray json = "{\"Id\":\"abc\",\"Name\":\"/job\",\"State\":{\"Status\":\"" + state +
                            "\"},\"HostConfig\":" + hostConfig + ",\"Config\":" + config + "}";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

QList<GpuInfo> gpus(int n)
{
    QList<GpuInfo> list;
    for (int i = 0; i < n; ++i) {
        GpuInfo gpu;
        gpu.index = i;
        gpu.uuid = QStringLiteral("GPU-0000000%1-aaaa-bbbb-cccc-dddddddddddd").arg(i);
        gpu.name = QStringLiteral("A100");
        list << gpu;
    }
    return list;
}

GpuHold hold(const QString &name, const QString &state, GpuHold::Kind kind, const QStringList &ids = {}, int count = 0,
             const QString &owner = {})
{
    GpuHold h;
    h.containerId = name + QStringLiteral("-id");
    h.containerName = name;
    h.state = state;
    h.kind = kind;
    h.deviceIds = ids;
    h.count = count;
    h.owner = owner;
    return h;
}
} // namespace

using HoldList = QList<GpuHold>;
using IntList = QList<int>;

class TestGpuAllocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromInspect_data();
    void fromInspect();
    void fromInspect_readsNameStateAndLabels();
    void compute_data();
    void compute();
    void resolve_data();
    void resolve();
    void looksBusy_data();
    void looksBusy();
    void busyFreeGpus_areFreeButNotIdle();
};

void TestGpuAllocation::fromInspect_data()
{
    QTest::addColumn<QByteArray>("hostConfig");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("kind"); // -1: no GPU
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("ids");

    const QByteArray noConfig = "{}";
    QTest::newRow("cliDeviceIndex_devices")
        << QByteArray(
               R"({"DeviceRequests":[{"Driver":"","Count":0,"DeviceIDs":["1"],"Capabilities":[["gpu"]],"Options":{}}]})")
        << noConfig << int(GpuHold::Kind::Devices) << 0 << QStringList{QStringLiteral("1")};
    QTest::newRow("cliAll_all")
        << QByteArray(R"({"DeviceRequests":[{"Driver":"","Count":-1,"DeviceIDs":null,"Capabilities":[["gpu"]]}]})")
        << noConfig << int(GpuHold::Kind::All) << 0 << QStringList{};
    QTest::newRow("cliCount_count")
        << QByteArray(R"({"DeviceRequests":[{"Driver":"","Count":2,"DeviceIDs":null,"Capabilities":[["gpu"]]}]})")
        << noConfig << int(GpuHold::Kind::Count) << 2 << QStringList{};
    QTest::newRow("uuidIds_kept")
        << QByteArray(
               R"({"DeviceRequests":[{"Count":0,"DeviceIDs":["GPU-00000003-aaaa-bbbb-cccc-dddddddddddd"],"Capabilities":[["gpu"]]}]})")
        << noConfig << int(GpuHold::Kind::Devices) << 0
        << QStringList{QStringLiteral("GPU-00000003-aaaa-bbbb-cccc-dddddddddddd")};
    QTest::newRow("commaJoinedIds_split")
        << QByteArray(R"({"DeviceRequests":[{"DeviceIDs":["0, 1"],"Capabilities":[["gpu","utility"]]}]})") << noConfig
        << int(GpuHold::Kind::Devices) << 0 << QStringList{QStringLiteral("0"), QStringLiteral("1")};
    QTest::newRow("twoRequests_merged")
        << QByteArray(
               R"({"DeviceRequests":[{"DeviceIDs":["0"],"Capabilities":[["gpu"]]},{"DeviceIDs":["3","0"],"Capabilities":[["gpu"]]}]})")
        << noConfig << int(GpuHold::Kind::Devices) << 0 << QStringList{QStringLiteral("0"), QStringLiteral("3")};
    QTest::newRow("nvidiaDriverWithoutCaps_all") << QByteArray(R"({"DeviceRequests":[{"Driver":"nvidia","Count":-1}]})")
                                                 << noConfig << int(GpuHold::Kind::All) << 0 << QStringList{};
    QTest::newRow("cdiNvidiaDevices_devices")
        << QByteArray(
               R"({"DeviceRequests":[{"Driver":"cdi","DeviceIDs":["nvidia.com/gpu=0","vendor.com/fpga=1","nvidia.com/gpu=2"]}]})")
        << noConfig << int(GpuHold::Kind::Devices) << 0 << QStringList{QStringLiteral("0"), QStringLiteral("2")};
    QTest::newRow("cdiNvidiaAll_all")
        << QByteArray(R"({"DeviceRequests":[{"Driver":"cdi","DeviceIDs":["nvidia.com/gpu=all"]}]})") << noConfig
        << int(GpuHold::Kind::All) << 0 << QStringList{};
    QTest::newRow("nvidiaRuntimeEnv_devices")
        << QByteArray(R"({"Runtime":"nvidia","DeviceRequests":null})")
        << QByteArray(R"({"Env":["PATH=/usr/bin","NVIDIA_VISIBLE_DEVICES=2,3"]})") << int(GpuHold::Kind::Devices) << 0
        << QStringList{QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("nvidiaRuntimeEnvAll_all")
        << QByteArray(R"({"Runtime":"nvidia"})") << QByteArray(R"({"Env":["NVIDIA_VISIBLE_DEVICES=all"]})")
        << int(GpuHold::Kind::All) << 0 << QStringList{};
    QTest::newRow("nvidiaRuntimeEnvNone_noGpu")
        << QByteArray(R"({"Runtime":"nvidia"})") << QByteArray(R"({"Env":["NVIDIA_VISIBLE_DEVICES=none"]})") << -1 << 0
        << QStringList{};
    QTest::newRow("runcWithEnv_noGpu") << QByteArray(R"({"Runtime":"runc"})")
                                       << QByteArray(R"({"Env":["NVIDIA_VISIBLE_DEVICES=all"]})") << -1 << 0
                                       << QStringList{};
    QTest::newRow("nullRequests_noGpu") << QByteArray(R"({"DeviceRequests":null})") << noConfig << -1 << 0
                                        << QStringList{};
    QTest::newRow("otherVendor_noGpu")
        << QByteArray(R"({"DeviceRequests":[{"Driver":"amd","Count":-1,"Capabilities":[["amdgpu"]]}]})") << noConfig
        << -1 << 0 << QStringList{};
    QTest::newRow("countZero_noGpu") << QByteArray(R"({"DeviceRequests":[{"Count":0,"Capabilities":[["gpu"]]}]})")
                                     << noConfig << -1 << 0 << QStringList{};
    QTest::newRow("wrongTypes_noGpu") << QByteArray(R"({"DeviceRequests":{"Count":"x"},"Runtime":7})")
                                      << QByteArray(R"({"Env":"x"})") << -1 << 0 << QStringList{};
}

void TestGpuAllocation::fromInspect()
{
    QFETCH(QByteArray, hostConfig);
    QFETCH(QByteArray, config);
    QFETCH(int, kind);
    const std::optional<GpuHold> hold = GpuHold::fromInspect(inspectDoc(hostConfig, config));
    QCOMPARE(hold.has_value(), kind >= 0);
    if (!hold)
        return;
    QCOMPARE(int(hold->kind), kind);
    QTEST(hold->count, "count");
    QTEST(hold->deviceIds, "ids");
}

void TestGpuAllocation::fromInspect_readsNameStateAndLabels()
{
    const auto hold = GpuHold::fromInspect(inspectDoc(
        R"({"DeviceRequests":[{"DeviceIDs":["1"],"Capabilities":[["gpu"]]}]})",
        R"({"Image":"pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime","Labels":{"berth.owner":"alice","berth.profile":"bert"}})",
        "running"));
    QVERIFY(hold);
    QCOMPARE(hold->containerId, QStringLiteral("abc"));
    QCOMPARE(hold->containerName, QStringLiteral("job"));
    QCOMPARE(hold->owner, QStringLiteral("alice"));
    QCOMPARE(hold->profile, QStringLiteral("bert"));
    QCOMPARE(hold->image, QStringLiteral("pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime"));
    QVERIFY(hold->isActive());
    QVERIFY(!hold->isReserved());
    QCOMPARE(hold->who(), QStringLiteral("alice"));
}

void TestGpuAllocation::compute_data()
{
    QTest::addColumn<HoldList>("holds");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<int>("policy");
    QTest::addColumn<IntList>("free");
    QTest::addColumn<IntList>("held");
    QTest::addColumn<int>("unplaced");

    const int both = int(GpuAllocation::Policy::RunningAndCreated);
    const int running = int(GpuAllocation::Policy::RunningOnly);
    const GpuHold alice1 =
        hold(QStringLiteral("a"), QStringLiteral("running"), GpuHold::Kind::Devices, {QStringLiteral("1")});
    const GpuHold bob3uuid = hold(QStringLiteral("b"), QStringLiteral("running"), GpuHold::Kind::Devices,
                                  {QStringLiteral("gpu-00000003-AAAA-bbbb-cccc-dddddddddddd")});
    const GpuHold created5 =
        hold(QStringLiteral("c"), QStringLiteral("created"), GpuHold::Kind::Devices, {QStringLiteral("5")});
    const GpuHold exited0 =
        hold(QStringLiteral("d"), QStringLiteral("exited"), GpuHold::Kind::Devices, {QStringLiteral("0")});
    const GpuHold paused6 =
        hold(QStringLiteral("e"), QStringLiteral("paused"), GpuHold::Kind::Devices, {QStringLiteral("6")});
    const GpuHold all = hold(QStringLiteral("f"), QStringLiteral("running"), GpuHold::Kind::All);
    const GpuHold count2 = hold(QStringLiteral("g"), QStringLiteral("running"), GpuHold::Kind::Count, {}, 2);
    const GpuHold migOn4 =
        hold(QStringLiteral("h"), QStringLiteral("running"), GpuHold::Kind::Devices, {QStringLiteral("4:1")});
    const GpuHold unknownId = hold(QStringLiteral("i"), QStringLiteral("running"), GpuHold::Kind::Devices,
                                   {QStringLiteral("GPU-not-here"), QStringLiteral("9")});

    QTest::newRow("nothing_allFree") << HoldList{} << 4 << both << IntList{0, 1, 2, 3} << IntList{} << 0;
    QTest::newRow("indexAndUuid_placed") << HoldList{alice1, bob3uuid} << 8 << both << IntList{0, 2, 4, 5, 6, 7}
                                         << IntList{1, 3} << 0;
    QTest::newRow("createdCountsAsReserved")
        << HoldList{created5} << 8 << both << IntList{0, 1, 2, 3, 4, 6, 7} << IntList{5} << 0;
    QTest::newRow("createdIgnored_runningOnly")
        << HoldList{created5} << 8 << running << IntList{0, 1, 2, 3, 4, 5, 6, 7} << IntList{} << 0;
    QTest::newRow("exitedNeverHolds") << HoldList{exited0} << 2 << both << IntList{0, 1} << IntList{} << 0;
    QTest::newRow("pausedHolds") << HoldList{paused6} << 8 << running << IntList{0, 1, 2, 3, 4, 5, 7} << IntList{6}
                                 << 0;
    QTest::newRow("allHoldsEvery") << HoldList{all} << 2 << both << IntList{} << IntList{0, 1} << 0;
    QTest::newRow("countUnplaced_freeUnchanged") << HoldList{count2} << 2 << both << IntList{0, 1} << IntList{} << 2;
    QTest::newRow("migInstance_holdsItsGpu")
        << HoldList{migOn4} << 8 << both << IntList{0, 1, 2, 3, 5, 6, 7} << IntList{4} << 0;
    QTest::newRow("unknownIds_unresolved") << HoldList{unknownId} << 2 << both << IntList{0, 1} << IntList{} << 0;
    QTest::newRow("noInventory_indexesStillHeld")
        << HoldList{alice1, bob3uuid} << 0 << both << IntList{} << IntList{1} << 0;
}

void TestGpuAllocation::compute()
{
    QFETCH(HoldList, holds);
    QFETCH(int, gpuCount);
    QFETCH(int, policy);
    const GpuAllocation allocation = GpuAllocation::compute(holds, gpus(gpuCount), GpuAllocation::Policy(policy));
    QTEST(allocation.freeGpus(), "free");
    QTEST(allocation.heldGpus(), "held");
    QTEST(allocation.unplacedCount(), "unplaced");
    for (int index : allocation.heldGpus()) {
        QVERIFY(!allocation.isFree(index));
        QVERIFY(!allocation.holdersOf(index).isEmpty());
    }
    if (QByteArray(QTest::currentDataTag()) == "unknownIds_unresolved")
        QCOMPARE(allocation.unresolvedIds().size(), 2);
}

void TestGpuAllocation::resolve_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<int>("index");
    QTest::newRow("index") << "2" << 4 << 2;
    QTest::newRow("indexBeyondInventory") << "7" << 4 << -1;
    QTest::newRow("indexWithoutInventory") << "7" << 0 << 7;
    QTest::newRow("uuidCaseInsensitive") << "gpu-00000001-aaaa-bbbb-cccc-dddddddddddd" << 4 << 1;
    QTest::newRow("uuidWithoutInventory") << "GPU-00000001-aaaa-bbbb-cccc-dddddddddddd" << 0 << -1;
    QTest::newRow("migIndex") << "3:0" << 4 << 3;
    QTest::newRow("migUuid") << "MIG-5c6d" << 4 << -1;
    QTest::newRow("negative") << "-1" << 4 << -1;
    QTest::newRow("spaces") << " 1 " << 4 << 1;
}

void TestGpuAllocation::resolve()
{
    QFETCH(QString, id);
    QFETCH(int, gpuCount);
    QTEST(GpuAllocation::resolve(id, gpus(gpuCount)), "index");
}

void TestGpuAllocation::looksBusy_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<int>("util");
    QTest::addColumn<bool>("busy");
    QTest::newRow("idle") << qint64(81920) << qint64(4) << 0 << false;
    QTest::newRow("desktopSession_smallMemory") << qint64(24576) << qint64(400) << 3 << false;
    QTest::newRow("memoryHeld_noCompute") << qint64(81920) << qint64(40960) << 0 << true;
    QTest::newRow("computing") << qint64(81920) << qint64(100) << 35 << true;
    QTest::newRow("unknownEverything") << qint64(-1) << qint64(-1) << -1 << false;
    QTest::newRow("unknownTotal_bigUse") << qint64(-1) << qint64(2048) << -1 << true;
}

void TestGpuAllocation::looksBusy()
{
    GpuInfo gpu;
    gpu.index = 0;
    QFETCH(qint64, total);
    QFETCH(qint64, used);
    QFETCH(int, util);
    gpu.memoryTotalMiB = total;
    gpu.memoryUsedMiB = used;
    gpu.utilizationPercent = util;
    QTEST(GpuAllocation::looksBusy(gpu), "busy");
}

void TestGpuAllocation::busyFreeGpus_areFreeButNotIdle()
{
    QList<GpuInfo> list = gpus(4);
    list[0].utilizationPercent = 99;
    list[2].memoryTotalMiB = 81920;
    list[2].memoryUsedMiB = 70000;
    list[3].utilizationPercent = 99; // held as well: held wins
    const GpuAllocation allocation = GpuAllocation::compute(
        {hold(QStringLiteral("a"), QStringLiteral("running"), GpuHold::Kind::Devices, {QStringLiteral("3")})}, list);
    QCOMPARE(allocation.freeGpus(), (QList<int>{0, 1, 2}));
    QCOMPARE(allocation.busyFreeGpus(), (QList<int>{0, 2}));
    QCOMPARE(allocation.idleFreeGpus(), QList<int>{1});
}

QTEST_GUILESS_MAIN(TestGpuAllocation)
#include "test_gpuallocation.moc"
