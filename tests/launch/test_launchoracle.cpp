// SPDX-License-Identifier: Apache-2.0
#include "async.h"
#include "engine/engineclient.h"
#include "engineraw.h"
#include "launch/createbodybuilder.h"
#include "launch/dockerrunparser.h"
#include "launch/launchvalidator.h"
#include "launch/optiongrammar.h"
#include "launchtesthelpers.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <unistd.h>

using namespace berth::core;
using berth::test::Awaiter;

// The docker CLI is the reference: for the same line, the container Berth creates from its body must inspect the same
// as the one `docker create` makes. Containers are created one after the other under the same name, so the name is
// compared too.
class TestLaunchOracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameContainerAsDockerCli_data();
    void sameContainerAsDockerCli();

private:
    QJsonObject inspect(const QString &id);
    static int cliMajor(const QString &cli);
    void remove(const QString &id);
    QString createWithCli(const QString &line, const QString &name, QString *error);

    EngineClient *m_client = nullptr;
    QTemporaryDir m_project;
    QString m_home;
    QString m_data;
    QString m_cli; // the newest docker CLI found: the reference is what the current CLI sends
    int m_cliMajor = 0;
};

namespace {
const QString volumePrefix = QStringLiteral("berth_oracle_") + QString::number(::getpid()) + QLatin1Char('_');

QString vol(const char *name)
{
    return volumePrefix + QLatin1String(name);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonArray sortedStrings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    list.sort();
    return QJsonArray::fromStringList(list);
}

QJsonArray sortedBy(const QJsonValue &value, const QString &key)
{
    QJsonArray array = value.toArray();
    QList<QJsonValue> items(array.begin(), array.end());
    std::sort(items.begin(), items.end(), [&key](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(key).toString() < b.toObject().value(key).toString();
    });
    QJsonArray out;
    for (const QJsonValue &v : items)
        out.append(v);
    return out;
}

// Binds are stored verbatim: "src:dst:z,ro" and "src:dst:ro,z" mean the same (an explicit "rw" must be kept).
QJsonArray normalisedBinds(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        QStringList parts = v.toString().split(QLatin1Char(':'));
        if (parts.size() == 3) {
            QStringList opts = parts.at(2).split(QLatin1Char(','));
            opts.sort();
            parts[2] = opts.join(QLatin1Char(','));
            if (parts.at(2).isEmpty())
                parts.removeLast();
        }
        out << parts.join(QLatin1Char(':'));
    }
    out.sort();
    return QJsonArray::fromStringList(out);
}

// Capabilities as a CLI before 23 sends them (as typed) and as later ones do (CAP_ prefix, upper case, sorted)
// mean the same to the engine; compared in the later form when the CLI is older.
QJsonValue normalisedCaps(const QJsonValue &value)
{
    if (!value.isArray())
        return value;
    QStringList caps;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        caps << v.toString();
    QStringList add;
    QStringList unused;
    OptionGrammar::effectiveCapabilities(caps, {}, &add, &unused);
    return QJsonArray::fromStringList(add);
}

// The parts of an inspect document the comparison is about, with order-free lists sorted (the CLI fills Binds,
// Ulimits and, from docker 28, Env from Go maps, so their order is not stable).
QJsonObject comparable(const QJsonObject &inspect, bool hostnameSet, bool oldCli)
{
    QJsonObject config = inspect.value(QStringLiteral("Config")).toObject();
    QJsonObject host = inspect.value(QStringLiteral("HostConfig")).toObject();
    static const char *configKeys[] = {"Image",        "Cmd",       "Entrypoint", "WorkingDir",   "Env",
                                       "Tty",          "OpenStdin", "StdinOnce",  "AttachStdin",  "AttachStdout",
                                       "AttachStderr", "User",      "Labels",     "ExposedPorts", "Volumes",
                                       "Hostname",     "Domainname"};
    QJsonObject out;
    for (const char *key : configKeys)
        out[QStringLiteral("Config.") + QLatin1String(key)] = config.value(QLatin1String(key));
    out[QStringLiteral("Config.Env")] = sortedStrings(config.value(QStringLiteral("Env")));
    if (!hostnameSet)
        out.remove(QStringLiteral("Config.Hostname")); // a fresh container id otherwise
    for (auto it = host.begin(); it != host.end(); ++it)
        out[QStringLiteral("HostConfig.") + it.key()] = it.value();
    out[QStringLiteral("HostConfig.Binds")] = normalisedBinds(host.value(QStringLiteral("Binds")));
    out[QStringLiteral("HostConfig.Ulimits")] = sortedBy(host.value(QStringLiteral("Ulimits")), QStringLiteral("Name"));
    out[QStringLiteral("HostConfig.Mounts")] = sortedBy(host.value(QStringLiteral("Mounts")), QStringLiteral("Target"));
    out[QStringLiteral("Name")] = inspect.value(QStringLiteral("Name"));
    if (oldCli) {
        out[QStringLiteral("HostConfig.CapAdd")] = normalisedCaps(host.value(QStringLiteral("CapAdd")));
        out[QStringLiteral("HostConfig.CapDrop")] = normalisedCaps(host.value(QStringLiteral("CapDrop")));
    }
    return out;
}
} // namespace

void TestLaunchOracle::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    QVERIFY(m_project.isValid());
    m_client = new EngineClient(Endpoint::fromHost(berth::test::dockerHost()), this);
    // BERTH_ORACLE_CLI names another CLI to compare with; by default the one matching the test engine. Rows that
    // need a newer CLI than the one used are skipped.
    const QString chosen = qEnvironmentVariable("BERTH_ORACLE_CLI");
    QStringList candidates = QStringList{chosen.isEmpty() ? berth::test::dockerCli() : chosen};
    for (const QString &cli : std::as_const(candidates)) {
        const int major = cliMajor(cli);
        if (major > m_cliMajor) {
            m_cli = cli;
            m_cliMajor = major;
        }
    }
    QVERIFY2(m_cliMajor > 0, "no docker CLI found");
    qInfo("oracle: %s (docker %d)", qPrintable(m_cli), m_cliMajor);
    m_home = m_project.filePath(QStringLiteral("home"));
    m_data = m_project.filePath(QStringLiteral("data"));
    for (const char *dir : {"home", "home/x", "data", "models"})
        QVERIFY(QDir(m_project.path()).mkpath(QLatin1String(dir)));
    QFile env(m_project.filePath(QStringLiteral(".env")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("# comment\nFROM_FILE=1\n  INDENTED=two words \nSHARED=file\n");
    env.close();
    QFile env2(m_project.filePath(QStringLiteral(".env2")));
    QVERIFY(env2.open(QIODevice::WriteOnly));
    env2.write("SECOND=2\nSHARED=second\n");
}

int TestLaunchOracle::cliMajor(const QString &cli)
{
    QProcess p;
    p.start(cli, {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Client.Version}}")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return 0;
    // "28.2.2", "20.10.24+dfsg1": the part before the first dot. A failing server part still prints the client.
    const QString version = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    bool ok = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok ? major : 0;
}

void TestLaunchOracle::cleanupTestCase()
{
    if (!berth::test::haveEngine())
        return;
    int code = 0;
    const QByteArray names = berth::test::docker({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q"),
                                                  QStringLiteral("--filter"), QStringLiteral("name=") + volumePrefix},
                                                 &code);
    for (const QByteArray &name : names.split('\n')) {
        if (!name.trimmed().isEmpty())
            berth::test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QString::fromUtf8(name.trimmed())},
                                &code);
    }
}

QJsonObject TestLaunchOracle::inspect(const QString &id)
{
    Awaiter<Result<ContainerDetails>> details;
    m_client->inspectContainer(id, this, details.callback());
    if (!details.wait() || !details.result().ok())
        return {};
    return EngineRawAccess::document(details.result().value());
}

void TestLaunchOracle::remove(const QString &id)
{
    Awaiter<Result<Done>> removed;
    m_client->removeContainer(id, true, true, this, removed.callback());
    removed.wait();
}

QString TestLaunchOracle::createWithCli(const QString &line, const QString &name, QString *error)
{
    // The shell expands $(pwd), ~ and $DATA exactly as Berth's parser was told to.
    QString command = line;
    static const QRegularExpression prefix(QStringLiteral("^docker run"));
    command.replace(prefix, m_cli + QStringLiteral(" -H '") + berth::test::dockerHost() +
                                QStringLiteral("' create --name ") + name);
    QProcess sh;
    sh.setWorkingDirectory(m_project.path());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("DATA"), m_data);
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!sh.waitForFinished(120000) || sh.exitCode() != 0) {
        *error = command + QLatin1Char('\n') + QString::fromUtf8(sh.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(sh.readAllStandardOutput()).trimmed();
}

void TestLaunchOracle::sameContainerAsDockerCli_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("minCli"); // the first CLI major that accepts the line
    const QString tf = QStringLiteral(" tensorflow/tensorflow:2.0.0-gpu-py3");
    const QString pt = QStringLiteral(" pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime");
    const QString bb = QStringLiteral(" berth-test/busybox:latest");
    auto row = [](const char *name, const QString &line, int minCli = 0) { QTest::newRow(name) << line << minCli; };

    row("tutorial1_plain", QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src") + tf +
                               QStringLiteral(" python train.py"));
    row("tutorial2_ipcHost", QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host") + pt +
                                 QStringLiteral(" python train.py"));
    row("tutorial3_requirements",
        QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host") + pt +
            QStringLiteral(" /bin/bash -c 'pip install -r requirements.txt && python train.py'"));
    row("tutorial4_pipCache", QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -v ") + vol("pip") +
                                  QStringLiteral(":/pip_cache -w /src --ipc=host") + pt +
                                  QStringLiteral(" /bin/bash -c 'pip install --cache-dir /pip_cache -r "
                                                 "requirements.txt && python train.py'"));
    row("tutorial5_multiLine", QStringLiteral("docker run --rm -it --gpus all \\\n  -v $(pwd):/src -w /src --ipc=host "
                                              "\\\n  -v ") +
                                   vol("pip") + QStringLiteral(":/pip_cache \\\n ") + pt +
                                   QStringLiteral(" \\\n  /bin/bash -c 'pip install --cache-dir /pip_cache -r "
                                                  "requirements.txt && python train.py'"));
    row("gpuCountShm", QStringLiteral("docker run --gpus 2 --shm-size 8g") + bb + QStringLiteral(" true"));
    row("gpuDevicesQuoted", QStringLiteral("docker run --gpus '\"device=0,1\"'") + bb);
    row("gpuCapabilities", QStringLiteral("docker run --gpus 'count=all,\"capabilities=compute,utility\"'") + bb);
    row("gpuDeviceCpuMemory",
        QStringLiteral("docker run --gpus device=1 --cpus 1.5 --memory 512m --memory-swap 1g") + bb);
    row("cpusetSwapUnlimited", QStringLiteral("docker run --cpuset-cpus 0 -m 64m --memory-swap -1") + bb);
    row("mounts", QStringLiteral("docker run --mount type=bind,source=$(pwd)/data,target=/data,readonly "
                                 "--mount type=volume,src=") +
                      vol("cache") +
                      QStringLiteral(",dst=/cache,volume-nocopy "
                                     "--mount type=tmpfs,dst=/scratch,tmpfs-size=64m,tmpfs-mode=1777") +
                      bb);
    row("mountPropagationAndVolumeOpts",
        QStringLiteral("docker run --mount type=bind,src=$(pwd)/models,dst=/m,bind-propagation=rslave "
                       "--mount type=volume,src=") +
            vol("opts") + QStringLiteral(",dst=/o,volume-opt=type=tmpfs,volume-opt=device=tmpfs") + bb);
    row("tmpfsAndAnonymousVolume", QStringLiteral("docker run --tmpfs /run:rw,size=64m --tmpfs /cache -v /anon") + bb);
    row("volumeOptionsTildeRelative",
        QStringLiteral("docker run -v ~/x:/x:ro -v $(pwd)/data:/d2:rslave -v $DATA:/d3:ro,z -v ") + vol("named") +
            QStringLiteral(":/named:nocopy") + bb);
    row("ports", QStringLiteral("docker run -p 8888:8888 -p 127.0.0.1:6006:6006 -p 9000/udp -p 8000-8002:8000-8002 "
                                "--expose 7000") +
                     bb);
    row("env", QStringLiteral("docker run -e A=1 -e 'MSG=hello world' --env-file .env -e DATA -e SHARED=flag") + bb);
    row("runAsMeHostname", QStringLiteral("docker run -u $(id -u):$(id -g) --hostname trainer") + bb);
    row("userName", QStringLiteral("docker run --user nobody -w /tmp") + bb + QStringLiteral(" id"));
    row("ulimits",
        QStringLiteral("docker run --ulimit memlock=-1 --ulimit stack=67108864 --ulimit nofile=1024:2048") + bb);
    row("networkNone", QStringLiteral("docker run --network none") + bb);
    row("networkHost", QStringLiteral("docker run --net=host") + bb);
    row("restartOnFailure", QStringLiteral("docker run --restart on-failure:3") + bb);
    row("restartAlways", QStringLiteral("docker run -d --restart always") + bb);
    row("entrypointReset", QStringLiteral("docker run --entrypoint=") + bb + QStringLiteral(" sh"));
    row("entrypointWithArgs", QStringLiteral("docker run -w /work --entrypoint 'echo' ") + bb +
                                  QStringLiteral(" -n 'two words' \"\\$HOME\""));
    row("labels", QStringLiteral("docker run --label a=b -l 'team=vision group' -l flag") + bb);
    row("privileged", QStringLiteral("docker run --privileged --init --read-only --pid host --cap-add SYS_PTRACE "
                                     "--cap-drop NET_RAW --security-opt seccomp=unconfined --group-add video "
                                     "--device /dev/null --device /dev/zero:/dev/z:r") +
                          bb);
    row("hostsDns", QStringLiteral("docker run --add-host db:10.0.0.5 --add-host gw:127.0.0.2 --dns 8.8.8.8") + bb);
    row("interactiveOnly", QStringLiteral("docker run -i") + bb + QStringLiteral(" cat"));
    row("ttyOnly", QStringLiteral("docker run -t --rm") + bb);
    row("named", QStringLiteral("docker run --name berth-oracle-named-") + QString::number(::getpid()) + bb);

    // Each option the parser accepts, and the forms the CLI parity work fixed.
    row("bindExplicitRw", QStringLiteral("docker run -v $(pwd)/data:/d:rw -v $(pwd)/models:/m:rw,rslave") + bb);
    row("bindZ", QStringLiteral("docker run -v $(pwd)/data:/d:ro,Z") + bb);
    row("gpusRepeated", QStringLiteral("docker run --gpus device=0 --gpus device=1") + bb);
    row("gpusZero", QStringLiteral("docker run --gpus 0") + bb);
    row("gpusCountZero", QStringLiteral("docker run --gpus count=0") + bb);
    row("gpusCountMinusOne", QStringLiteral("docker run --gpus count=-1") + bb);
    row("gpusOptions", QStringLiteral("docker run --gpus all,options=mode=fast") + bb);
    row("gpusDriverCount", QStringLiteral("docker run --gpus driver=nvidia,count=2") + bb);
    row("gpusAllCapabilities", QStringLiteral("docker run --gpus 'all,\"capabilities=compute,utility\"'") + bb);
    row("cdiDevice", QStringLiteral("docker run --device nvidia.com/gpu=all --device /dev/null") + bb, 25);
    row("capLowercase", QStringLiteral("docker run --cap-add sys_admin --cap-drop CAP_MKNOD") + bb);
    row("capAllAndDrop", QStringLiteral("docker run --cap-add ALL --cap-drop net_raw") + bb);
    row("capAddedAndDropped",
        QStringLiteral("docker run --cap-add NET_ADMIN --cap-drop NET_ADMIN --cap-drop CHOWN") + bb, 23);
    row("shmSizeExponent", QStringLiteral("docker run --shm-size 1e9") + bb, 23);
    row("shmSizeUnitB", QStringLiteral("docker run --shm-size 64MB") + bb);
    row("hostPortZero", QStringLiteral("docker run -p 0:80") + bb);
    row("portIpv6Host", QStringLiteral("docker run -p [::1]:8080:80") + bb);
    row("portUdpRange", QStringLiteral("docker run -p 5000-5001:5000-5001/udp") + bb);
    row("portHostRangeOneTarget", QStringLiteral("docker run -p 8000-8010:80") + bb);
    row("portSctp", QStringLiteral("docker run -p 7000:7000/sctp") + bb);
    row("exposeRange", QStringLiteral("docker run --expose 7000-7002/udp --expose 9000") + bb);
    row("dnsIpv6AndTwo", QStringLiteral("docker run --dns 2001:4860:4860::8888 --dns 1.1.1.1") + bb);
    row("addHostEquals", QStringLiteral("docker run --add-host db=10.0.0.5") + bb, 25);
    row("addHostGateway", QStringLiteral("docker run --add-host gw:host-gateway") + bb);
    row("securityOptNoNewPrivileges", QStringLiteral("docker run --security-opt no-new-privileges") + bb);
    row("securityOptLabel", QStringLiteral("docker run --security-opt label=disable") + bb);
    row("ipcPrivate", QStringLiteral("docker run --ipc private") + bb);
    row("ipcShareable", QStringLiteral("docker run --ipc shareable") + bb);
    row("ipcNone", QStringLiteral("docker run --ipc=none") + bb);
    row("runtimeRunc", QStringLiteral("docker run --runtime runc") + bb);
    row("workdirFromVariable", QStringLiteral("docker run -w $DATA") + bb);
    row("envFilesTwo", QStringLiteral("docker run --env-file .env --env-file .env2 -e SHARED=flag") + bb);
    row("envNestedDefault", QStringLiteral("docker run -e X=${NOPE:-${NADA:-z}} -e Y=${DATA:-none}") + bb);
    row("envUnsetKey", QStringLiteral("docker run -e NOT_SET_ANYWHERE") + bb);
    row("memoryBytesNoSuffix", QStringLiteral("docker run -m 67108864") + bb);
    row("memoryFraction", QStringLiteral("docker run -m 1.5g --memory-swap 3g") + bb);
    row("cpusFraction", QStringLiteral("docker run --cpus 0.5") + bb);
    row("cpusetRange", QStringLiteral("docker run --cpuset-cpus 0-0") + bb);
    row("ulimitOverride", QStringLiteral("docker run --ulimit nofile=10 --ulimit nofile=20:30 --ulimit core=-1") + bb);
    row("restartUnlessStopped", QStringLiteral("docker run --restart unless-stopped") + bb);
    row("restartNo", QStringLiteral("docker run --restart no") + bb);
    row("readOnlyTmpfs", QStringLiteral("docker run --read-only --tmpfs /tmp") + bb);
    row("tmpfsOptions", QStringLiteral("docker run --tmpfs /scratch:rw,noexec,nosuid,size=1m") + bb);
    row("groupAddNumeric", QStringLiteral("docker run --group-add 1000 --group-add video") + bb);
    row("deviceRename", QStringLiteral("docker run --device /dev/null:/dev/mynull:rw") + bb);
    row("hostnameShort", QStringLiteral("docker run -h box") + bb);
    row("labelEmpty", QStringLiteral("docker run --label empty= --label k=v=w") + bb);
    row("requirementsSh", QStringLiteral("docker run -v $(pwd):/src -w /src") + bb +
                              QStringLiteral(" sh -c 'pip install -r requirements.txt && python train.py'"));
    row("requirementsBinShCache", QStringLiteral("docker run -v $(pwd):/src -w /src -v ") + vol("pip") +
                                      QStringLiteral(":/pip_cache") + bb +
                                      QStringLiteral(" /bin/sh -c 'pip install --cache-dir /pip_cache -r "
                                                     "requirements.txt && python train.py'"));
    row("requirementsBashWord", QStringLiteral("docker run -v $(pwd):/src -w /src") + bb +
                                    QStringLiteral(" bash -c 'pip install -r requirements.txt && python train.py'"));
    row("entrypointShell", QStringLiteral("docker run --entrypoint /bin/sh") + bb + QStringLiteral(" -c 'echo hi'"));
    row("userUidGid", QStringLiteral("docker run -u 1000:1000") + bb);
    row("interactiveTty", QStringLiteral("docker run -it") + bb);
    row("boolFlagsFalse", QStringLiteral("docker run --privileged=false --rm=false") + bb);
    row("networkBridge", QStringLiteral("docker run --network bridge") + bb);
    row("mountBindReadonlyTrue", QStringLiteral("docker run --mount type=bind,src=$(pwd)/data,dst=/d,ro=true") + bb);
    row("mountAnonymousVolume", QStringLiteral("docker run --mount type=volume,dst=/anon") + bb);
    row("mountTmpfsDefault", QStringLiteral("docker run --mount type=tmpfs,destination=/t") + bb);
    row("detachNamed",
        QStringLiteral("docker run -d --name berth-oracle-detached-") + QString::number(::getpid()) + bb);
    row("systemPathsTheCliTakes", QStringLiteral("docker run --privileged -v /sys:/sys:ro -v /dev:/dev") + bb);
    row("everythingTogether",
        QStringLiteral("docker run --rm -it --gpus all --ipc=host --shm-size 2g -v $(pwd):/src -w /src -e A=1 "
                       "-p 8888:8888 --ulimit memlock=-1 --cap-add SYS_PTRACE --security-opt seccomp=unconfined "
                       "--hostname h --label l=1 --cpus 1 -m 256m") +
            pt + QStringLiteral(" python train.py"));
}

void TestLaunchOracle::sameContainerAsDockerCli()
{
    QFETCH(QString, line);
    QFETCH(int, minCli);
    if (m_cliMajor < minCli)
        QSKIP(qPrintable(
            QStringLiteral("docker %1 does not know this line; %2 or later does").arg(m_cliMajor).arg(minCli)));

    DockerRunParser::Options options;
    options.projectFolder = m_project.path();
    options.homeDir = m_home;
    options.env = {{QStringLiteral("HOME"), m_home}, {QStringLiteral("DATA"), m_data}};
    options.uid = QString::number(::getuid());
    options.gid = QString::number(::getgid());
    const DockerRunParser::Result parsed = DockerRunParser::parse(line, options);
    QVERIFY2(parsed.ok(), qPrintable(berth::test::problemKeys(parsed.problems).join(QLatin1Char(' '))));
    // What the CLI creates, Berth's checks let through too (warnings aside; host folders are the CLI's to make).
    LaunchValidator::Options validation;
    validation.checkHostPaths = false;
    const QList<LaunchProblem> checked = LaunchValidator::validate(parsed.spec, validation);
    QVERIFY2(!LaunchProblem::hasErrors(checked), qPrintable(berth::test::problemKeys(checked).join(QLatin1Char(' '))));

    CreateBodyBuilder::Options buildOptions;
    buildOptions.berthLabels = false; // the CLI adds none
    CreateBodyBuilder::Result built = CreateBodyBuilder::build(parsed.spec, buildOptions);
    QVERIFY(built.ok());

    // docker create has no -d: the CLI's own `run -d` only clears the Attach fields, which the body builder does too.
    LaunchSpec cliSpec = parsed.spec;
    QString cliLine = line;
    if (parsed.spec.detach) {
        cliLine.replace(QStringLiteral(" -d "), QStringLiteral(" "));
        cliSpec.detach = false;
        built = CreateBodyBuilder::build(cliSpec, buildOptions);
    }

    const QString name = parsed.spec.name.isEmpty()
                             ? QStringLiteral("berth-oracle-") + QUuid::createUuid().toString(QUuid::Id128).left(12)
                             : parsed.spec.name;

    QString error;
    const QString cliId = createWithCli(cliLine, name, &error);
    QVERIFY2(!cliId.isEmpty(), qPrintable(error));
    const QJsonObject fromCli = inspect(cliId);
    remove(cliId);
    QVERIFY(!fromCli.isEmpty());

    Awaiter<Result<CreatedContainer>> created;
    m_client->createContainer(name, built.body, this, created.callback());
    BERTH_AWAIT(created);
    QVERIFY2(created.result().ok(), qPrintable(created.result().error().toString()));
    const QString berthId = created.result().value().id;
    const QJsonObject fromBerth = inspect(berthId);
    remove(berthId);
    QVERIFY(!fromBerth.isEmpty());

    const bool hostnameSet = !parsed.spec.hostname.isEmpty();
    const bool oldCli = m_cliMajor < 23;
    const QJsonObject want = comparable(fromCli, hostnameSet, oldCli);
    const QJsonObject got = comparable(fromBerth, hostnameSet, oldCli);
    QStringList differences;
    QStringList keys = want.keys() + got.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (want.value(key) != got.value(key)) {
            differences << key + QStringLiteral("\n    cli:   ") + compact(want.value(key)) +
                               QStringLiteral("\n    berth: ") + compact(got.value(key));
        }
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLaunchOracle)
#include "test_launchoracle.moc"
