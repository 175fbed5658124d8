// SPDX-License-Identifier: Apache-2.0
#include "engine/enginejson.h"
#include "engine/models.h"
#include "engineraw.h"

#include <QJsonDocument>
#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;

class TestEngineModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containerDetails_readsWhatUiAndCoreUse();
    void listPorts_defaultsToTcpAndKeepsUnpublished();
    void mounts_readVolumesAndBinds();
};

// The shape of /containers/ID/json from Debian's engine, trimmed to what is read.
static const char Inspect[] = R"({
  "Id": "0123abcd", "Name": "/train-1", "Image": "sha256:feed",
  "State": {"Status": "running", "Running": true, "Pid": 42, "StartedAt": "2026-12-04T23:58:01.123456789Z"},
  "Config": {"Image": "pytorch/pytorch:2.3.0", "Cmd": ["python", "train.py"], "Tty": true,
             "Labels": {"io.github.berth.owner": "alice"}},
  "HostConfig": {"AutoRemove": true, "NetworkMode": "bridge"},
  "NetworkSettings": {"Ports": {"8888/tcp": [{"HostIp": "0.0.0.0", "HostPort": "49153"},
                                             {"HostIp": "::", "HostPort": "49153"}],
                                "6006/tcp": null, "53/udp": [{"HostIp": "", "HostPort": "5353"}]}},
  "Mounts": [{"Type": "bind", "Source": "/home/alice/proj", "Destination": "/src", "Mode": "", "RW": true},
             {"Type": "volume", "Name": "pip_cache", "Source": "/var/lib/docker/volumes/pip_cache/_data",
              "Destination": "/pip_cache", "Mode": "z", "RW": false}]
})";

void TestEngineModels::containerDetails_readsWhatUiAndCoreUse()
{
    const QJsonObject o = QJsonDocument::fromJson(Inspect).object();
    QVERIFY(!o.isEmpty());
    const ContainerDetails d = ContainerDetails::fromJson(o);
    QCOMPARE(d.name, u"train-1"_s);
    QCOMPARE(d.image, u"pytorch/pytorch:2.3.0"_s);
    QCOMPARE(d.imageId, u"sha256:feed"_s);
    QCOMPARE(d.cmd, (QStringList{u"python"_s, u"train.py"_s}));
    QVERIFY(d.autoRemove);
    QCOMPARE(d.networkMode, u"bridge"_s);
    // Nanoseconds kept: a logs "since" must not go back to the whole second.
    QCOMPARE(d.startedAtText, u"2026-12-04T23:58:01.123456789Z"_s);
    QVERIFY(d.startedAt.isValid());
    QCOMPARE(d.ports.size(), 4);
    const PortBinding published{u"0.0.0.0"_s, 49153, 8888, u"tcp"_s};
    QVERIFY(d.ports.contains(published));
    const PortBinding exposedOnly{QString(), 0, 6006, u"tcp"_s};
    QVERIFY(d.ports.contains(exposedOnly));
    const PortBinding udp{QString(), 5353, 53, u"udp"_s};
    QVERIFY(d.ports.contains(udp));
    QCOMPARE(d.mounts.size(), 2);
    QCOMPARE(EngineRawAccess::document(d), o);
}

void TestEngineModels::listPorts_defaultsToTcpAndKeepsUnpublished()
{
    const QJsonArray ports = QJsonDocument::fromJson(R"([{"IP":"127.0.0.1","PrivatePort":6006,"PublicPort":6006,
        "Type":"tcp"},{"PrivatePort":22}])")
                                 .array();
    const QList<PortBinding> list = EngineJson::listPorts(ports);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0), (PortBinding{u"127.0.0.1"_s, 6006, 6006, u"tcp"_s}));
    QCOMPARE(list.at(1), (PortBinding{QString(), 0, 22, u"tcp"_s}));
}

void TestEngineModels::mounts_readVolumesAndBinds()
{
    const ContainerDetails d = ContainerDetails::fromJson(QJsonDocument::fromJson(Inspect).object());
    QCOMPARE(d.mounts.at(0).type, u"bind"_s);
    QCOMPARE(d.mounts.at(0).source, u"/home/alice/proj"_s);
    QVERIFY(d.mounts.at(0).name.isEmpty());
    QCOMPARE(d.mounts.at(1).type, u"volume"_s);
    QCOMPARE(d.mounts.at(1).name, u"pip_cache"_s);
    QCOMPARE(d.mounts.at(1).destination, u"/pip_cache"_s);
    QVERIFY(!d.mounts.at(1).readWrite);
}

QTEST_GUILESS_MAIN(TestEngineModels)
#include "test_enginemodels.moc"
