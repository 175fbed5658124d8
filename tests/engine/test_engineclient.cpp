// SPDX-License-Identifier: Apache-2.0
#include "async.h"
#include "engine/engineclient.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace berth::core;
using berth::test::Awaiter;

namespace {
QString uniqueName(const char *prefix)
{
    return QLatin1String(prefix) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QJsonObject busybox(const QStringList &cmd, const QJsonObject &hostConfig = {})
{
    QJsonObject body{{QStringLiteral("Image"), berth::test::busyboxImage()},
                     {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                     {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.test"), QStringLiteral("1")}}}};
    if (!hostConfig.isEmpty())
        body.insert(QStringLiteral("HostConfig"), hostConfig);
    return body;
}
} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ping_negotiatesEngineApi();
    void versionAndInfo_areTyped();
    void pinnedApiVersion_isUsedWithoutNegotiation();
    void pinnedTooOldVersion_isApiVersionUnsupported();
    void lifecycle_createStartWaitLogsRemove();
    void listContainers_filtersByLabel();
    void killStopped_isConflict();
    void inspectMissing_isNotFound();
    void createMissingImage_isNotFound();
    void duplicateName_isConflict();
    void gpuRequest_withoutNvidiaRuntime_isGpuDriverMissing();
    void missingSocket_isUnreachable();
    void unsupportedScheme_isNotSupported();
    void socketPermissionDenied_asOtherUser_saysDockerGroup();
    void volumes_createListRemove();
    void images_listAndInspect();
    void deadContext_neverGetsCallback();

private:
    EngineClient *m_client = nullptr;
    QStringList m_created;
    QString createContainer(const QJsonObject &body, const QString &name = {});
};

void TestEngineClient::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    m_client = new EngineClient(Endpoint::fromHost(berth::test::dockerHost()), this);
}

void TestEngineClient::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created)) {
        Awaiter<Result<Done>> rm;
        m_client->removeContainer(id, true, true, this, rm.callback());
        rm.wait();
    }
}

QString TestEngineClient::createContainer(const QJsonObject &body, const QString &name)
{
    Awaiter<Result<CreatedContainer>> created;
    m_client->createContainer(name, body, this, created.callback());
    if (!created.wait() || !created.result().ok()) {
        qWarning() << "create failed" << (created.wait(0) ? created.result().error().toString() : QString());
        return {};
    }
    m_created << created.result()->id;
    return created.result()->id;
}

void TestEngineClient::ping_negotiatesEngineApi()
{
    Awaiter<Result<PingInfo>> ping;
    m_client->ping(this, ping.callback());
    BERTH_AWAIT(ping);
    QVERIFY2(ping.result().ok(), qPrintable(ping.result().error().toString()));
    QVERIFY(!ping.result()->apiVersion.isEmpty());
    QCOMPARE(ping.result()->osType, QStringLiteral("linux"));

    Awaiter<Result<VersionInfo>> version;
    m_client->version(this, version.callback());
    BERTH_AWAIT(version);
    QVERIFY(version.result().ok());
    // Negotiated = min(engine, client max); Debian 12's engine speaks 1.41.
    const QString expected = ping.result()->apiVersion.split(QLatin1Char('.'))[1].toInt() > 45
                                 ? QStringLiteral("1.45")
                                 : ping.result()->apiVersion;
    QCOMPARE(m_client->apiVersion(), expected);
}

void TestEngineClient::versionAndInfo_areTyped()
{
    Awaiter<Result<VersionInfo>> version;
    m_client->version(this, version.callback());
    BERTH_AWAIT(version);
    QVERIFY(version.result().ok());
    QVERIFY(!version.result()->version.isEmpty());
    QVERIFY(!version.result()->minApiVersion.isEmpty());
    QCOMPARE(version.result()->os, QStringLiteral("linux"));

    Awaiter<Result<EngineInfo>> info;
    m_client->info(this, info.callback());
    BERTH_AWAIT(info);
    QVERIFY(info.result().ok());
    QVERIFY(info.result()->cpus > 0);
    QVERIFY(info.result()->runtimes.contains(QStringLiteral("runc")));
    QVERIFY(info.result()->images >= 1);
}

void TestEngineClient::pinnedApiVersion_isUsedWithoutNegotiation()
{
    qputenv("DOCKER_API_VERSION", "1.40");
    EngineClient pinned(Endpoint::fromHost(berth::test::dockerHost()));
    qunsetenv("DOCKER_API_VERSION");
    Awaiter<Result<QList<ContainerSummary>>> list;
    pinned.listContainers({}, this, list.callback());
    BERTH_AWAIT(list);
    QVERIFY2(list.result().ok(), qPrintable(list.result().error().toString()));
    QCOMPARE(pinned.apiVersion(), QStringLiteral("1.40"));
}

void TestEngineClient::pinnedTooOldVersion_isApiVersionUnsupported()
{
    qputenv("DOCKER_API_VERSION", "1.11");
    EngineClient pinned(Endpoint::fromHost(berth::test::dockerHost()));
    qunsetenv("DOCKER_API_VERSION");
    Awaiter<Result<VersionInfo>> version;
    pinned.version(this, version.callback());
    BERTH_AWAIT(version);
    QVERIFY(!version.result().ok());
    QCOMPARE(version.result().error().kind(), EngineError::Kind::ApiVersionUnsupported);
    QVERIFY(version.result().error().message().contains(QLatin1String("older than API 1.40")));
}

void TestEngineClient::lifecycle_createStartWaitLogsRemove()
{
    const QString id = createContainer(
        busybox({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 7")}));
    QVERIFY(!id.isEmpty());
    Awaiter<Result<Done>> start;
    m_client->startContainer(id, this, start.callback());
    BERTH_AWAIT(start);
    QVERIFY2(start.result().ok(), qPrintable(start.result().error().toString()));

    Awaiter<Result<WaitResult>> wait;
    m_client->waitContainer(id, QStringLiteral("not-running"), this, wait.callback());
    BERTH_AWAIT(wait);
    QVERIFY(wait.result().ok());
    QCOMPARE(wait.result()->statusCode, 7);

    Awaiter<Result<ContainerDetails>> inspect;
    m_client->inspectContainer(id, this, inspect.callback());
    BERTH_AWAIT(inspect);
    QVERIFY(inspect.result().ok());
    QCOMPARE(inspect.result()->exitCode, 7);
    QCOMPARE(inspect.result()->state, QStringLiteral("exited"));
    QCOMPARE(inspect.result()->labels.value(QStringLiteral("berth.test")), QStringLiteral("1"));

    EngineClient::LogOptions options;
    options.follow = false;
    LogStream *logs = m_client->logs(id, options, false, this);
    QByteArray out, err;
    logs->setSink(
        [&](StreamChannel ch, QByteArrayView data) { (ch == StreamChannel::Stderr ? err : out).append(data); });
    QSignalSpy finished(logs, &LogStream::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<EngineError>().kind(), EngineError::Kind::None);
    QCOMPARE(out, QByteArray("out\n"));
    QCOMPARE(err, QByteArray("err\n"));

    Awaiter<Result<Done>> rm;
    m_client->removeContainer(id, false, false, this, rm.callback());
    BERTH_AWAIT(rm);
    QVERIFY(rm.result().ok());
    m_created.removeAll(id);

    Awaiter<Result<ContainerDetails>> gone;
    m_client->inspectContainer(id, this, gone.callback());
    BERTH_AWAIT(gone);
    QCOMPARE(gone.result().error().kind(), EngineError::Kind::NotFound);
}

void TestEngineClient::listContainers_filtersByLabel()
{
    const QString marker = uniqueName("label");
    QJsonObject body = busybox({QStringLiteral("true")});
    body.insert(QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.test.marker"), marker}});
    const QString name = uniqueName("berth-list");
    const QString id = createContainer(body, name);
    QVERIFY(!id.isEmpty());
    ContainerFilter filter;
    filter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.test.marker=") + marker});
    Awaiter<Result<QList<ContainerSummary>>> list;
    m_client->listContainers(filter, this, list.callback());
    BERTH_AWAIT(list);
    QVERIFY(list.result().ok());
    QCOMPARE(list.result()->size(), 1);
    QCOMPARE(list.result()->first().id, id);
    QCOMPARE(list.result()->first().name, name);
    QCOMPARE(list.result()->first().state, QStringLiteral("created"));
}

void TestEngineClient::killStopped_isConflict()
{
    const QString id = createContainer(busybox({QStringLiteral("true")}));
    Awaiter<Result<Done>> kill;
    m_client->killContainer(id, QStringLiteral("KILL"), this, kill.callback());
    BERTH_AWAIT(kill);
    QCOMPARE(kill.result().error().kind(), EngineError::Kind::Conflict);
    QCOMPARE(kill.result().error().httpStatus(), 409);
    QVERIFY(kill.result().error().message().contains(QLatin1String("not running")));
}

void TestEngineClient::inspectMissing_isNotFound()
{
    Awaiter<Result<ContainerDetails>> inspect;
    m_client->inspectContainer(QStringLiteral("no-such-container-berth"), this, inspect.callback());
    BERTH_AWAIT(inspect);
    QCOMPARE(inspect.result().error().kind(), EngineError::Kind::NotFound);
    QVERIFY(inspect.result().error().message().contains(QLatin1String("No such container")));
}

void TestEngineClient::createMissingImage_isNotFound()
{
    Awaiter<Result<CreatedContainer>> created;
    m_client->createContainer({}, QJsonObject{{QStringLiteral("Image"), QStringLiteral("berth-test/absent:never")}},
                              this, created.callback());
    BERTH_AWAIT(created);
    QCOMPARE(created.result().error().kind(), EngineError::Kind::NotFound);
    QVERIFY(created.result().error().message().contains(QLatin1String("No such image")));
}

void TestEngineClient::duplicateName_isConflict()
{
    const QString name = uniqueName("berth-dup");
    QVERIFY(!createContainer(busybox({QStringLiteral("true")}), name).isEmpty());
    Awaiter<Result<CreatedContainer>> again;
    m_client->createContainer(name, busybox({QStringLiteral("true")}), this, again.callback());
    BERTH_AWAIT(again);
    QCOMPARE(again.result().error().kind(), EngineError::Kind::Conflict);
    QVERIFY(again.result().error().message().contains(QLatin1String("already in use")));
}

void TestEngineClient::gpuRequest_withoutNvidiaRuntime_isGpuDriverMissing()
{
    const QJsonObject gpus{
        {QStringLiteral("DeviceRequests"),
         QJsonArray{QJsonObject{{QStringLiteral("Driver"), QString()},
                                {QStringLiteral("Count"), -1},
                                {QStringLiteral("Capabilities"), QJsonArray{QJsonArray{QStringLiteral("gpu")}}}}}}};
    const QString id = createContainer(busybox({QStringLiteral("true")}, gpus));
    QVERIFY(!id.isEmpty());
    Awaiter<Result<Done>> start;
    m_client->startContainer(id, this, start.callback());
    BERTH_AWAIT(start);
    QCOMPARE(start.result().error().kind(), EngineError::Kind::GpuDriverMissing);
    QVERIFY(start.result().error().message().contains(QLatin1String("could not select device driver")));
}

void TestEngineClient::missingSocket_isUnreachable()
{
    EngineClient nowhere(Endpoint::fromHost(QStringLiteral("unix:///tmp/berth-no-such-dir/docker.sock")));
    Awaiter<Result<PingInfo>> ping;
    nowhere.ping(this, ping.callback());
    BERTH_AWAIT(ping);
    QCOMPARE(ping.result().error().kind(), EngineError::Kind::Unreachable);
    QVERIFY(ping.result().error().message().contains(QLatin1String("/tmp/berth-no-such-dir/docker.sock")));
}

void TestEngineClient::unsupportedScheme_isNotSupported()
{
    EngineClient pipe(Endpoint::fromHost(QStringLiteral("npipe:////./pipe/docker_engine")));
    Awaiter<Result<VersionInfo>> version;
    pipe.version(this, version.callback());
    BERTH_AWAIT(version);
    QCOMPARE(version.result().error().kind(), EngineError::Kind::NotSupported);
    QVERIFY(version.result().error().message().contains(QLatin1String("npipe")));
}

void TestEngineClient::socketPermissionDenied_asOtherUser_saysDockerGroup()
{
    // Root can open any socket, so run Berth's headless engine check as nobody.
    const QString berth = berth::test::binDir() + QStringLiteral("/berth");
    QVERIFY2(QFile::exists(berth), "build/bin/berth is needed for this test");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("DOCKER_HOST"), berth::test::dockerHost());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                        QStringLiteral("--clear-groups"), berth, QStringLiteral("engine")});
    QVERIFY(p.waitForFinished(30000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(output.contains(QLatin1String("permission-denied")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("docker group")), qPrintable(output));
}

void TestEngineClient::volumes_createListRemove()
{
    const QString name = uniqueName("berth-vol");
    Awaiter<Result<VolumeInfo>> created;
    m_client->createVolume(name, {{QStringLiteral("berth.test"), QStringLiteral("1")}}, this, created.callback());
    BERTH_AWAIT(created);
    QVERIFY(created.result().ok());
    QCOMPARE(created.result()->name, name);
    QCOMPARE(created.result()->driver, QStringLiteral("local"));

    Awaiter<Result<QList<VolumeInfo>>> list;
    m_client->listVolumes(this, list.callback());
    BERTH_AWAIT(list);
    QVERIFY(list.result().ok());
    QVERIFY(
        std::any_of(list.result()->begin(), list.result()->end(), [&](const VolumeInfo &v) { return v.name == name; }));

    Awaiter<Result<Done>> rm;
    m_client->removeVolume(name, false, this, rm.callback());
    BERTH_AWAIT(rm);
    QVERIFY(rm.result().ok());
}

void TestEngineClient::images_listAndInspect()
{
    Awaiter<Result<QList<ImageSummary>>> list;
    m_client->listImages(this, list.callback());
    BERTH_AWAIT(list);
    QVERIFY(list.result().ok());
    bool found = false;
    for (const ImageSummary &s : list.result().value())
        found = found || s.repoTags.contains(QStringLiteral("pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime"));
    QVERIFY(found);

    Awaiter<Result<ImageDetails>> inspect;
    m_client->inspectImage(QStringLiteral("tensorflow/tensorflow:2.0.0-gpu-py3"), this, inspect.callback());
    BERTH_AWAIT(inspect);
    QVERIFY(inspect.result().ok());
    QCOMPARE(inspect.result()->cmd, QStringList{QStringLiteral("sh")});
}

void TestEngineClient::deadContext_neverGetsCallback()
{
    bool called = false;
    auto *context = new QObject;
    m_client->version(context, [&](const Result<VersionInfo> &) { called = true; });
    delete context;
    Awaiter<Result<VersionInfo>> later;
    m_client->version(this, later.callback());
    BERTH_AWAIT(later);
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestEngineClient)
#include "test_engineclient.moc"
