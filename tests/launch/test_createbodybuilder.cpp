// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "launch/createbodybuilder.h"
#include "launch/dockerrunparser.h"
#include "launchtesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;
using namespace berth::test;

class TestCreateBodyBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data();
    void body();
    void requirements_bashOrShAndCacheVolume();
    void berthLabels_ownerAndProfile();
    void runAsMe_usesTheGivenIds();
    void envFiles_readLikeTheCli();
    void envFileMissing_isAProblem();
    void name_goesToTheQuery();
};

namespace {
QJsonObject build(const char *line, const CreateBodyBuilder::Options &options = {})
{
    const DockerRunParser::Result parsed = DockerRunParser::parse(QString::fromUtf8(line), fixedOptions());
    if (!parsed.ok())
        qWarning() << problemKeys(parsed.problems);
    return CreateBodyBuilder::build(parsed.spec, options).body;
}
} // namespace

void TestCreateBodyBuilder::body_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("expected");
    auto row = [](const char *name, const char *line, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(line) << QByteArray(expected);
    };
    row("defaults", "docker run img",
        R"J({"Image":"img","Cmd":null,"Entrypoint":null,"Env":null,"Tty":false,"OpenStdin":false,"StdinOnce":false,
             "AttachStdin":false,"AttachStdout":true,"AttachStderr":true,"User":"","WorkingDir":"","Volumes":{},
             "HostConfig":{"Binds":null,"NetworkMode":"default","RestartPolicy":{"Name":"no","MaximumRetryCount":0},
                           "AutoRemove":false,"IpcMode":"","ShmSize":0,"DeviceRequests":null,"PortBindings":{}}})J");
    row("interactiveTty", "docker run -it img",
        R"J({"Tty":true,"OpenStdin":true,"StdinOnce":true,"AttachStdin":true})J");
    row("detachClearsAttach", "docker run -itd img",
        R"J({"Tty":true,"OpenStdin":true,"StdinOnce":false,"AttachStdin":false,"AttachStdout":false,
             "AttachStderr":false})J");
    row("gpusAll", "docker run --gpus all img",
        R"J({"HostConfig":{"DeviceRequests":[{"Driver":"","Count":-1,"DeviceIDs":null,"Capabilities":[["gpu"]],
                                              "Options":{}}]}})J");
    row("gpusCount", "docker run --gpus 2 img", R"J({"HostConfig":{"DeviceRequests":[{"Count":2}]}})J");
    row("gpusDevices", "docker run --gpus '\"device=0,1\"' img",
        R"J({"HostConfig":{"DeviceRequests":[{"Count":0,"DeviceIDs":["0","1"],"Capabilities":[["gpu"]]}]}})J");
    row("gpusCapabilities", "docker run --gpus 'count=all,\"capabilities=compute,utility\"' img",
        R"J({"HostConfig":{"DeviceRequests":[{"Count":-1,"Capabilities":[["compute","utility","gpu"]]}]}})J");
    row("bindsAndAnonymousVolumes", "docker run -v $(pwd):/src -v /a:/b:ro,z -v models:/m:nocopy -v /anon img",
        R"J({"Volumes":{"/anon":{}},"HostConfig":{"Binds":["/home/me/proj:/src","/a:/b:ro,z","models:/m:nocopy"]}})J");
    row("mounts",
        "docker run --mount type=bind,src=/a,dst=/b,readonly,bind-propagation=rslave "
        "--mount type=volume,src=v,dst=/v,volume-nocopy,volume-opt=type=nfs "
        "--mount type=tmpfs,dst=/t,tmpfs-size=1m,tmpfs-mode=700 img",
        R"J({"HostConfig":{"Mounts":[
               {"Type":"bind","Source":"/a","Target":"/b","ReadOnly":true,"BindOptions":{"Propagation":"rslave"}},
               {"Type":"volume","Source":"v","Target":"/v","VolumeOptions":{"NoCopy":true,
                "DriverConfig":{"Options":{"type":"nfs"}}}},
               {"Type":"tmpfs","Target":"/t","TmpfsOptions":{"SizeBytes":1048576,"Mode":448}}]}})J");
    row("tmpfsFlag", "docker run --tmpfs /run:rw,size=64m --tmpfs /x img",
        R"J({"HostConfig":{"Tmpfs":{"/run":"rw,size=64m","/x":""}}})J");
    row("ports", "docker run -p 8888:8888 -p 127.0.0.1:6006:6006/udp -p 9000 -p 8000-8001:7000-7001 img",
        R"J({"ExposedPorts":{"8888/tcp":{},"6006/udp":{},"9000/tcp":{},"7000/tcp":{},"7001/tcp":{}},
             "HostConfig":{"PortBindings":{"8888/tcp":[{"HostIp":"","HostPort":"8888"}],
                                           "6006/udp":[{"HostIp":"127.0.0.1","HostPort":"6006"}],
                                           "9000/tcp":[{"HostIp":"","HostPort":""}],
                                           "7000/tcp":[{"HostIp":"","HostPort":"8000"}],
                                           "7001/tcp":[{"HostIp":"","HostPort":"8001"}]}}})J");
    row("hostRangeForOnePort", "docker run -p 8000-8010:80 img",
        R"J({"HostConfig":{"PortBindings":{"80/tcp":[{"HostIp":"","HostPort":"8000-8010"}]}}})J");
    row("resources", "docker run --cpus 1.5 -m 2g --memory-swap -1 --shm-size 8g --cpuset-cpus 0-3 img",
        R"J({"HostConfig":{"NanoCpus":1500000000,"Memory":2147483648,"MemorySwap":-1,"ShmSize":8589934592,
                           "CpusetCpus":"0-3"}})J");
    row("ulimits", "docker run --ulimit memlock=-1 --ulimit nofile=1024:2048 img",
        R"J({"HostConfig":{"Ulimits":[{"Name":"memlock","Soft":-1,"Hard":-1},
                                      {"Name":"nofile","Soft":1024,"Hard":2048}]}})J");
    row("networkRestartIpc", "docker run --network host --restart on-failure:5 --ipc=host --hostname h img",
        R"J({"Hostname":"h","HostConfig":{"NetworkMode":"host","IpcMode":"host",
             "RestartPolicy":{"Name":"on-failure","MaximumRetryCount":5}}})J");
    row("entrypointReset", "docker run --entrypoint= img", R"J({"Entrypoint":[""]})J");
    row("entrypointKeptWhole", "docker run --entrypoint 'python -u' img x.py",
        R"J({"Entrypoint":["python -u"],"Cmd":["x.py"]})J");
    row("envOrder", "docker run -e B=2 -e A=1 -e WANDB_API_KEY img",
        R"J({"Env":["B=2","A=1","WANDB_API_KEY=secret"]})J");
    row("advanced",
        "docker run --privileged --init --read-only --runtime nvidia --pid host --cap-add SYS_PTRACE "
        "--security-opt seccomp=unconfined --group-add video --add-host db:10.0.0.5 --dns 1.1.1.1 "
        "--device /dev/kfd --device /dev/zero:/dev/z:r img",
        R"J({"HostConfig":{"Privileged":true,"Init":true,"ReadonlyRootfs":true,"Runtime":"nvidia","PidMode":"host",
             "CapAdd":["SYS_PTRACE"],"SecurityOpt":["seccomp=unconfined"],"GroupAdd":["video"],
             "ExtraHosts":["db:10.0.0.5"],"Dns":["1.1.1.1"],
             "Devices":[{"PathOnHost":"/dev/kfd","PathInContainer":"/dev/kfd","CgroupPermissions":"rwm"},
                        {"PathOnHost":"/dev/zero","PathInContainer":"/dev/z","CgroupPermissions":"r"}]}})J");
    row("labels", "docker run -l a=b -l flag img", R"J({"Labels":{"a":"b","flag":""}})J");
    row("imageReference", "docker run 127.0.0.1:5000/team/img:1.0", R"J({"Image":"127.0.0.1:5000/team/img:1.0"})J");
}

void TestCreateBodyBuilder::body()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, expected);
    const DockerRunParser::Result parsed = DockerRunParser::parse(line, fixedOptions());
    QVERIFY2(parsed.ok(), qPrintable(problemKeys(parsed.problems).join(QLatin1Char(' '))));
    CreateBodyBuilder::Options options;
    options.berthLabels = false;
    const CreateBodyBuilder::Result result = CreateBodyBuilder::build(parsed.spec, options);
    QVERIFY(result.ok());
    QString where;
    QVERIFY2(jsonSubset(QJsonDocument::fromJson(expected).object(), result.body, QStringLiteral("body"), &where),
             qPrintable(where));
}

void TestCreateBodyBuilder::requirements_bashOrShAndCacheVolume()
{
    const char *line = "docker run -v $(pwd):/src -v pip_cache:/pip_cache -w /src img "
                       "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'";
    QJsonObject body = build(line);
    QCOMPARE(body.value(QStringLiteral("Cmd")).toArray(),
             (QJsonArray{QStringLiteral("/bin/bash"), QStringLiteral("-c"),
                         QStringLiteral("pip install --cache-dir /pip_cache -r requirements.txt && python train.py")}));
    QCOMPARE(body.value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("Binds")).toArray(),
             (QJsonArray{QStringLiteral("/home/me/proj:/src"), QStringLiteral("pip_cache:/pip_cache")}));

    CreateBodyBuilder::Options noBash;
    noBash.imageHasBash = false;
    body = build(line, noBash);
    QCOMPARE(body.value(QStringLiteral("Cmd")).toArray().first().toString(), QStringLiteral("/bin/sh"));

    LaunchSpec spec = DockerRunParser::parse(QString::fromUtf8(line), fixedOptions()).spec;
    spec.requirements.cacheVolume = QStringLiteral("team_cache");
    spec.command = {QStringLiteral("python"), QStringLiteral("train.py"), QStringLiteral("--name"),
                    QStringLiteral("my run")};
    QCOMPARE(
        CreateBodyBuilder::effectiveCommand(spec, true).at(2),
        QStringLiteral("pip install --cache-dir /pip_cache -r requirements.txt && python train.py --name 'my run'"));
    const QJsonObject host = CreateBodyBuilder::build(spec).body.value(QStringLiteral("HostConfig")).toObject();
    QVERIFY(host.value(QStringLiteral("Binds")).toArray().contains(QStringLiteral("team_cache:/pip_cache")));
}

void TestCreateBodyBuilder::berthLabels_ownerAndProfile()
{
    CreateBodyBuilder::Options options;
    options.owner = QStringLiteral("alice");
    options.profileName = QStringLiteral("resnet sweep");
    const QJsonObject labels =
        build("docker run -l team=vision img", options).value(QStringLiteral("Labels")).toObject();
    QCOMPARE(labels.value(QLatin1String(BerthLabels::Owner)).toString(), QStringLiteral("alice"));
    QCOMPARE(labels.value(QLatin1String(BerthLabels::Profile)).toString(), QStringLiteral("resnet sweep"));
    QCOMPARE(labels.value(QStringLiteral("team")).toString(), QStringLiteral("vision"));

    const QJsonObject adHoc = build("docker run img").value(QStringLiteral("Labels")).toObject();
    QCOMPARE(adHoc.value(QLatin1String(BerthLabels::Owner)).toString(), CreateBodyBuilder::currentUserName());
    QVERIFY(!adHoc.contains(QLatin1String(BerthLabels::Profile)));
}

void TestCreateBodyBuilder::runAsMe_usesTheGivenIds()
{
    CreateBodyBuilder::Options options;
    options.uid = QStringLiteral("1234");
    options.gid = QStringLiteral("99");
    QCOMPARE(build("docker run -u $(id -u):$(id -g) img", options).value(QStringLiteral("User")).toString(),
             QStringLiteral("1234:99"));
}

void TestCreateBodyBuilder::envFiles_readLikeTheCli()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral(".env")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF# comment\n\nA=1\n   B=two words  \r\nC=\nOVERRIDDEN=file\nNO_SUCH_VARIABLE_HERE\n");
    file.close();
    const DockerRunParser::Result parsed = DockerRunParser::parse(
        QStringLiteral("docker run --env-file .env -e OVERRIDDEN=flag img"), fixedOptions(dir.path()));
    const CreateBodyBuilder::Result result = CreateBodyBuilder::build(parsed.spec);
    QVERIFY(result.ok());
    QCOMPARE(result.body.value(QStringLiteral("Env")).toArray(),
             (QJsonArray{QStringLiteral("A=1"), QStringLiteral("B=two words  "), QStringLiteral("C="),
                         QStringLiteral("OVERRIDDEN=file"), QStringLiteral("OVERRIDDEN=flag")}));
}

void TestCreateBodyBuilder::envFileMissing_isAProblem()
{
    LaunchSpec spec;
    spec.image = QStringLiteral("img");
    spec.envFiles = {QStringLiteral("/nonexistent/berth/.env")};
    const CreateBodyBuilder::Result result = CreateBodyBuilder::build(spec);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().field, LaunchProblem::Field::EnvFiles);
    QCOMPARE(result.problems.first().index, 0);
}

void TestCreateBodyBuilder::name_goesToTheQuery()
{
    const DockerRunParser::Result parsed =
        DockerRunParser::parse(QStringLiteral("docker run --name job-7 img"), fixedOptions());
    const CreateBodyBuilder::Result result = CreateBodyBuilder::build(parsed.spec);
    QCOMPARE(result.name, QStringLiteral("job-7"));
    QVERIFY(!result.body.contains(QStringLiteral("name")));
}

QTEST_GUILESS_MAIN(TestCreateBodyBuilder)
#include "test_createbodybuilder.moc"
