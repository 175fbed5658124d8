// SPDX-License-Identifier: Apache-2.0
#include "engine/csvrecord.h"
#include "gpu/gpurequest.h"
#include "launch/createbodybuilder.h"
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"
#include "launch/launchsession.h"
#include "launch/mountgrammar.h"
#include "launch/optiongrammar.h"
#include "launch/shellwords.h"
#include "launchtesthelpers.h"
#include "mounts/sizeparser.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace berth::core;
using berth::test::fixedOptions;
using berth::test::problemKeys;

// Each option-value grammar read, written and read again gives the same value; and the values the docker CLI
// refuses or accepts are refused or accepted here too.
class TestOptionGrammar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void port_roundTrips_data();
    void port_roundTrips();
    void port_refusesWhatTheCliRefuses_data();
    void port_refusesWhatTheCliRefuses();
    void ulimit_roundTrips_data();
    void ulimit_roundTrips();
    void gpus_roundTrip_data();
    void gpus_roundTrip();
    void volume_roundTrips_data();
    void volume_roundTrips();
    void mount_roundTrips_data();
    void mount_roundTrips();
    void tmpfs_roundTrips();
    void mount_refusals_sayWhyAndKeepTheIgnoredOptions();
    void csvRecord_roundTrips_data();
    void csvRecord_roundTrips();
    void size_readsWhatGoUnitsReads_data();
    void size_readsWhatGoUnitsReads();
    void addHost_normalises_data();
    void addHost_normalises();
    void capabilities_areNormalisedLikeTheCli();

    void line_refusedLikeTheCli_data();
    void line_refusedLikeTheCli();
    void line_acceptedLikeTheCli_data();
    void line_acceptedLikeTheCli();
    void nestedDefaults_expandAsBash_data();
    void nestedDefaults_expandAsBash();
    void shWrapper_keepsTheShellAsWritten_data();
    void shWrapper_keepsTheShellAsWritten();
    void publishedPorts_areCapped();
    void envFile_onDevicesAndFifosIsRefused();
    void envFile_withAHugeLineFailsLikeTheCli();
    void repeatedGpus_sendOneRequestPerFlag();
    void cdiDevices_becomeADeviceRequest();
    void explicitRw_isKept();
    void launchSessionPrepare_stopsAtTheFirstFailingStep();
};

void TestOptionGrammar::port_roundTrips_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"80", "8888:8888", "127.0.0.1:6006:6006", "9000/udp", "8000-8002:8000-8002", "0:80",
                          "[::1]:8080:80", "8000-8010:80", "5000:5000/sctp", ":80"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::port_roundTrips()
{
    QFETCH(QString, value);
    QString why;
    const std::optional<LaunchSpec::Port> first = OptionGrammar::port(value, &why);
    QVERIFY2(first, qPrintable(why));
    const std::optional<LaunchSpec::Port> again = OptionGrammar::port(OptionGrammar::portText(*first));
    QVERIFY(again);
    QCOMPARE(*again, *first);
}

void TestOptionGrammar::port_refusesWhatTheCliRefuses_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"abc", "65536", "80/icmp", "1.2.3:80:80", "90-80"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::port_refusesWhatTheCliRefuses()
{
    QFETCH(QString, value);
    QString why;
    QVERIFY(!OptionGrammar::port(value, &why));
    QVERIFY(!why.isEmpty());
}

void TestOptionGrammar::ulimit_roundTrips_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"memlock=-1", "nofile=1024:2048", "stack=67108864", "core=0:-1"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::ulimit_roundTrips()
{
    QFETCH(QString, value);
    const std::optional<LaunchSpec::Ulimit> u = OptionGrammar::ulimit(value);
    QVERIFY(u);
    QCOMPARE(OptionGrammar::ulimitText(*u), value);
    QCOMPARE(*OptionGrammar::ulimit(OptionGrammar::ulimitText(*u)), *u);
    QVERIFY(!OptionGrammar::ulimit(QStringLiteral("banana=1")));
    QVERIFY(!OptionGrammar::ulimit(QStringLiteral("nofile=10:5")));
}

void TestOptionGrammar::gpus_roundTrip_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"all", "0", "2", "device=1", "\"device=0,1\"", "count=all,\"capabilities=compute,utility\"",
                          "count=2,driver=nvidia", "count=-1", "count=0", "all,options=mode=fast"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::gpus_roundTrip()
{
    QFETCH(QString, value);
    QString error;
    const GpuRequest first = GpuRequest::parse(value, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const GpuRequest again = GpuRequest::parse(first.toArgument(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again, first);
}

void TestOptionGrammar::volume_roundTrips_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"/a:/b", "/a:/b:ro", "/a:/b:rw", "/a:/b:ro,z", "cache:/c:nocopy", "/a:/b:rslave", "/anon"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::volume_roundTrips()
{
    QFETCH(QString, value);
    const QString line = QStringLiteral("docker run -v ") + value + QStringLiteral(" img");
    const DockerRunParser::Result first = DockerRunParser::parse(line, fixedOptions());
    QVERIFY2(first.ok(), qPrintable(problemKeys(first.problems).join(QLatin1Char(' '))));
    QCOMPARE(first.spec.mounts.size(), 1);
    const QString written = MountGrammar::volumeText(first.spec.mounts.constFirst());
    const DockerRunParser::Result again =
        DockerRunParser::parse(QStringLiteral("docker run -v ") + written + QStringLiteral(" img"), fixedOptions());
    QCOMPARE(again.spec.mounts, first.spec.mounts);
}

void TestOptionGrammar::mount_roundTrips_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v :
         {"type=bind,source=/a,target=/b", "type=bind,src=/a,dst=/b,readonly,bind-propagation=rshared",
          "type=volume,source=cache,target=/c,volume-nocopy", "type=volume,target=/anon",
          "type=tmpfs,target=/t,tmpfs-size=64m,tmpfs-mode=1777", "type=bind,source=/with space,target=/b,ro=true",
          "\"type=volume\",source=v,target=/v,\"volume-opt=o=size=1g,uid=1000\",volume-opt=type=tmpfs"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestOptionGrammar::mount_roundTrips()
{
    QFETCH(QString, value);
    const MountGrammar::Reading first = MountGrammar::mount(value);
    QVERIFY2(first.mount, qPrintable(first.why));
    const QString written = MountGrammar::mountText(*first.mount);
    const MountGrammar::Reading again = MountGrammar::mount(written);
    QVERIFY2(again.mount, qPrintable(written + QLatin1String(": ") + again.why));
    QCOMPARE(*again.mount, *first.mount);
    // And through a whole line, as the parser reads it.
    const DockerRunParser::Result line = DockerRunParser::parse(
        QStringLiteral("docker run --mount ") + ShellWords::quote(written) + QStringLiteral(" img"), fixedOptions());
    QVERIFY2(line.ok(), qPrintable(problemKeys(line.problems).join(QLatin1Char(' '))));
    QCOMPARE(line.spec.mounts.size(), 1);
    QCOMPARE(line.spec.mounts.constFirst(), *first.mount);
}

void TestOptionGrammar::tmpfs_roundTrips()
{
    for (const QString &value : {QStringLiteral("/t"), QStringLiteral("/run:rw,noexec,size=64m")}) {
        const MountSpec m = MountGrammar::tmpfs(value);
        QCOMPARE(m.type, MountSpec::Type::Tmpfs);
        QCOMPARE(MountGrammar::text(m), value);
        QCOMPARE(MountGrammar::tmpfs(MountGrammar::tmpfsText(m)), m);
    }
}

void TestOptionGrammar::mount_refusals_sayWhyAndKeepTheIgnoredOptions()
{
    const MountGrammar::Reading unknownType = MountGrammar::mount(QStringLiteral("type=npipe,target=/x"));
    QVERIFY(!unknownType.mount);
    QCOMPARE(unknownType.code, LaunchProblem::Code::UnsupportedOption);
    QCOMPARE(unknownType.subject, QStringLiteral("--mount type=npipe"));
    const MountGrammar::Reading mixed = MountGrammar::mount(QStringLiteral("type=bind,src=/a,dst=/b,tmpfs-size=1m"));
    QVERIFY(!mixed.mount);
    QCOMPARE(mixed.code, LaunchProblem::Code::InvalidValue);
    QVERIFY2(mixed.why.contains(QLatin1String("type=bind")), qPrintable(mixed.why));
    QVERIFY(!MountGrammar::mount(QStringLiteral("type=bind,src=\"/a,dst=/b")).mount); // a quote left open
    QVERIFY(!MountGrammar::volume(QStringLiteral("/a:/b:/c:ro")).mount);              // too many colons
    const MountGrammar::Reading cached = MountGrammar::volume(QStringLiteral("/a:/b:cached,ro"));
    QVERIFY(cached.mount);
    QVERIFY(cached.mount->readOnly);
    QCOMPARE(cached.ignored, QStringList{QStringLiteral("cached")});
    const MountGrammar::Reading afterIgnored = MountGrammar::volume(QStringLiteral("/a:/b:delegated,bogus"));
    QVERIFY(!afterIgnored.mount);
    QCOMPARE(afterIgnored.ignored, QStringList{QStringLiteral("delegated")});
    // The parser words them: the ignored option as a warning, the refusal as an error on the mount row.
    const DockerRunParser::Result r =
        DockerRunParser::parse(QStringLiteral("docker run -v /a:/b:delegated,bogus img"), fixedOptions());
    QCOMPARE(problemKeys(r.problems),
             (QStringList{QStringLiteral("IgnoredOption:delegated"), QStringLiteral("InvalidValue:-v")}));
    for (const LaunchProblem &p : r.problems) {
        QCOMPARE(p.field, LaunchProblem::Field::Mounts);
        QCOMPARE(p.index, 0);
    }
    QVERIFY2(r.problems.at(1).message.contains(QLatin1String("bogus")), qPrintable(r.problems.at(1).message));
}

void TestOptionGrammar::csvRecord_roundTrips_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b=c")};
    QTest::newRow("comma") << QStringList{QStringLiteral("device=0,1"), QStringLiteral("x")};
    QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\""), QString()};
    QTest::newRow("empty") << QStringList{QString()};
}

void TestOptionGrammar::csvRecord_roundTrips()
{
    QFETCH(QStringList, fields);
    QCOMPARE(CsvRecord::read(CsvRecord::write(fields)), std::optional<QStringList>(fields));
    QVERIFY(!CsvRecord::read(QStringLiteral("a\"b")));     // a quote inside an unquoted field
    QVERIFY(!CsvRecord::read(QStringLiteral("\"a\"b,c"))); // text after the closing quote
    QVERIFY(!CsvRecord::read(QStringLiteral("\"open")));
}

void TestOptionGrammar::size_readsWhatGoUnitsReads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("1e9") << QStringLiteral("1e9") << qint64(1000000000);
    QTest::newRow("1.5E3") << QStringLiteral("1.5E3") << qint64(1500);
    QTest::newRow("8g") << QStringLiteral("8g") << (qint64(8) << 30);
    QTest::newRow("64MB") << QStringLiteral("64MB") << (qint64(64) << 20);
    QTest::newRow("512MiB") << QStringLiteral("512MiB") << (qint64(512) << 20);
    QTest::newRow("bad") << QStringLiteral("1x") << qint64(-1);
    QTest::newRow("lettersOnly") << QStringLiteral("abc") << qint64(-1);
    QTest::newRow("twoDots") << QStringLiteral("1.2.3") << qint64(-1);
}

void TestOptionGrammar::size_readsWhatGoUnitsReads()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const std::optional<qint64> parsed = SizeParser::parse(text);
    if (bytes < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-1), bytes);
}

void TestOptionGrammar::addHost_normalises_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("entry");
    QTest::newRow("colon") << QStringLiteral("db:10.0.0.5") << QStringLiteral("db:10.0.0.5");
    QTest::newRow("equals") << QStringLiteral("db=10.0.0.5") << QStringLiteral("db:10.0.0.5");
    QTest::newRow("ipv6") << QStringLiteral("v6=[::1]") << QStringLiteral("v6:::1");
    QTest::newRow("gateway") << QStringLiteral("gw:host-gateway") << QStringLiteral("gw:host-gateway");
    QTest::newRow("notAnIp") << QStringLiteral("db:banana") << QString();
    QTest::newRow("shortIpv4") << QStringLiteral("db:127.1") << QString();
}

void TestOptionGrammar::addHost_normalises()
{
    QFETCH(QString, value);
    QFETCH(QString, entry);
    QCOMPARE(OptionGrammar::addHost(value).value_or(QString()), entry);
}

void TestOptionGrammar::capabilities_areNormalisedLikeTheCli()
{
    QStringList add;
    QStringList drop;
    OptionGrammar::effectiveCapabilities(
        {QStringLiteral("sys_admin"), QStringLiteral("NET_ADMIN"), QStringLiteral("CAP_NET_ADMIN")},
        {QStringLiteral("net_admin"), QStringLiteral("MKNOD")}, &add, &drop);
    QCOMPARE(add, (QStringList{QStringLiteral("CAP_NET_ADMIN"), QStringLiteral("CAP_SYS_ADMIN")}));
    QCOMPARE(drop, QStringList{QStringLiteral("CAP_MKNOD")});
    OptionGrammar::effectiveCapabilities({QStringLiteral("all"), QStringLiteral("SYS_PTRACE")}, {}, &add, &drop);
    QCOMPARE(add, QStringList{QStringLiteral("ALL")});
    QVERIFY(OptionGrammar::isKnownCapability(QStringLiteral("sys_ptrace")));
    QVERIFY(!OptionGrammar::isKnownCapability(QStringLiteral("BANANA")));
}

void TestOptionGrammar::line_refusedLikeTheCli_data()
{
    QTest::addColumn<QString>("line");
    auto row = [](const char *name, const char *options) {
        QTest::newRow(name) << QStringLiteral("docker run ") + QLatin1String(options) + QStringLiteral(" img");
    };
    row("dnsNotAnIp", "--dns notanip");
    row("gpusAllTwice", "--gpus all,all");
    row("gpusCountTwice", "--gpus count=1,count=2");
    row("pidBanana", "--pid banana");
    row("securityOptBanana", "--security-opt banana");
    row("securityOptUnknownKey", "--security-opt banana=1");
    row("exposeAbc", "--expose abc");
    row("exposeWithHost", "--expose 80:80");
    row("capAddBanana", "--cap-add BANANA");
    row("capDropBanana", "--cap-drop banana");
    row("networkContainerEmpty", "--network container:");
    row("pidContainerEmpty", "--pid container:");
    row("cpusetAbc", "--cpuset-cpus abc");
    row("cpusetBackwards", "--cpuset-cpus 3-1");
    row("portTooHigh", "-p 70000:80");
    row("gpusCountNegative", "--gpus count=-2");
}

void TestOptionGrammar::line_refusedLikeTheCli()
{
    QFETCH(QString, line);
    const DockerRunParser::Result r = DockerRunParser::parse(line, fixedOptions());
    QVERIFY2(!r.ok(), qPrintable(line));
}

void TestOptionGrammar::line_acceptedLikeTheCli_data()
{
    QTest::addColumn<QString>("line");
    auto row = [](const char *name, const char *options) {
        QTest::newRow(name) << QStringLiteral("docker run ") + QLatin1String(options) + QStringLiteral(" img");
    };
    row("gpusCountMinusOne", "--gpus count=-1");
    row("gpusCountZero", "--gpus count=0");
    row("gpusZero", "--gpus 0");
    row("gpusOptions", "--gpus all,options=mode=fast");
    row("shmSizeExponent", "--shm-size 1e9");
    row("hostPortZero", "-p 0:80");
    row("cdiDevice", "--device nvidia.com/gpu=all");
    row("dnsIpv6", "--dns 2001:4860:4860::8888");
    row("pidContainer", "--pid container:other");
    row("networkContainer", "--network container:other");
    row("securityOptNoNewPrivileges", "--security-opt no-new-privileges");
    row("securityOptLabel", "--security-opt label=disable");
    row("capLowercase", "--cap-add sys_admin --cap-drop cap_mknod");
    row("capAll", "--cap-add ALL");
    row("cpusetList", "--cpuset-cpus 0-3,5");
    row("exposeRange", "--expose 7000-7002/udp");
}

void TestOptionGrammar::line_acceptedLikeTheCli()
{
    QFETCH(QString, line);
    const DockerRunParser::Result r = DockerRunParser::parse(line, fixedOptions());
    QVERIFY2(r.ok(), qPrintable(problemKeys(r.problems).join(QLatin1Char(' '))));
    QVERIFY(CreateBodyBuilder::build(r.spec).ok());
}

void TestOptionGrammar::nestedDefaults_expandAsBash_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("value");
    QTest::newRow("inner") << QStringLiteral("${NOPE:-${NADA:-z}}") << QStringLiteral("z");
    QTest::newRow("innerSet") << QStringLiteral("${NOPE:-${DATA:-z}}") << QStringLiteral("/data/set");
    QTest::newRow("outerSet") << QStringLiteral("${DATA:-${NOPE:-z}}") << QStringLiteral("/data/set");
    QTest::newRow("three") << QStringLiteral("${A1:-${A2:-${A3:-deep}}}") << QStringLiteral("deep");
    QTest::newRow("quotedInside") << QStringLiteral("${NOPE:-\"a}b\"}") << QStringLiteral("a}b");
    QTest::newRow("emptyColon") << QStringLiteral("${EMPTY:-${NOPE:-e}}") << QStringLiteral("e");
    QTest::newRow("emptyNoColon") << QStringLiteral("${EMPTY-${NOPE:-e}}") << QString();
    QTest::newRow("suffix") << QStringLiteral("${NOPE:-${NADA:-z}}/x") << QStringLiteral("z/x");
}

void TestOptionGrammar::nestedDefaults_expandAsBash()
{
    QFETCH(QString, word);
    QFETCH(QString, value);
    const DockerRunParser::Result r =
        DockerRunParser::parse(QStringLiteral("docker run -e V=") + word + QStringLiteral(" img"), fixedOptions());
    QVERIFY2(r.ok(), qPrintable(problemKeys(r.problems).join(QLatin1Char(' '))));
    QCOMPARE(r.spec.env, QStringList{QStringLiteral("V=") + value});
    QCOMPARE(r.spec.image, QStringLiteral("img"));
}

void TestOptionGrammar::shWrapper_keepsTheShellAsWritten_data()
{
    QTest::addColumn<QString>("shell");
    for (const char *s : {"sh", "/bin/sh", "bash", "/bin/bash"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestOptionGrammar::shWrapper_keepsTheShellAsWritten()
{
    QFETCH(QString, shell);
    const QString line = QStringLiteral("docker run -v $(pwd):/src -w /src img ") + shell +
                         QStringLiteral(" -c 'pip install -r requirements.txt && python train.py'");
    const DockerRunParser::Result r = DockerRunParser::parse(line, fixedOptions());
    QVERIFY(r.ok());
    QVERIFY(r.spec.requirements.enabled);
    QCOMPARE(r.spec.requirements.shell, shell);
    const QJsonArray cmd = CreateBodyBuilder::build(r.spec).body.value(QStringLiteral("Cmd")).toArray();
    QCOMPARE(cmd.first().toString(), shell);
    QVERIFY(DockerRunWriter::write(r.spec).contains(QLatin1Char(' ') + shell + QStringLiteral(" -c '")));
    // Saved in a profile and loaded back, the shell stays.
    QCOMPARE(LaunchSpec::fromJson(r.spec.toJson()).requirements.shell, shell);
}

void TestOptionGrammar::publishedPorts_areCapped()
{
    const QString range = QStringLiteral(" -p 1-65535:1-65535");
    const DockerRunParser::Result r =
        DockerRunParser::parse(QStringLiteral("docker run") + range + range + QStringLiteral(" img"), fixedOptions());
    QVERIFY(!r.ok());
    QVERIFY2(problemKeys(r.problems).contains(QStringLiteral("InvalidValue:-p")),
             qPrintable(problemKeys(r.problems).join(QLatin1Char(' '))));
    // The builder refuses too, before it builds a single map entry.
    LaunchSpec spec;
    spec.image = QStringLiteral("img");
    spec.ports << *OptionGrammar::port(QStringLiteral("1-65535:1-65535"));
    const CreateBodyBuilder::Result built = CreateBodyBuilder::build(spec);
    QVERIFY(!built.ok());
    QVERIFY(built.body.isEmpty());
    // A range within the cap builds.
    spec.ports = {*OptionGrammar::port(QStringLiteral("8000-8100:8000-8100"))};
    QVERIFY(CreateBodyBuilder::build(spec).ok());
}

void TestOptionGrammar::envFile_onDevicesAndFifosIsRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        LaunchSpec spec;
        spec.image = QStringLiteral("img");
        spec.envFiles << path;
        const CreateBodyBuilder::Result built = CreateBodyBuilder::build(spec); // returns: nothing is opened
        QVERIFY2(!built.ok(), qPrintable(path));
        QCOMPARE(built.problems.constFirst().field, LaunchProblem::Field::EnvFiles);
    }
}

void TestOptionGrammar::envFile_withAHugeLineFailsLikeTheCli()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.env")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A=" + QByteArray(70 * 1024, 'x') + "\nB=2\n");
    file.close();
    LaunchSpec spec;
    spec.image = QStringLiteral("img");
    spec.envFiles << file.fileName();
    const CreateBodyBuilder::Result built = CreateBodyBuilder::build(spec);
    QVERIFY(!built.ok());
    QVERIFY2(built.problems.constFirst().message.contains(QStringLiteral("token too long")),
             qPrintable(built.problems.constFirst().message));
}

void TestOptionGrammar::repeatedGpus_sendOneRequestPerFlag()
{
    const DockerRunParser::Result r =
        DockerRunParser::parse(QStringLiteral("docker run --gpus device=0 --gpus device=1 img"), fixedOptions());
    QVERIFY(r.ok());
    const QJsonArray requests = CreateBodyBuilder::build(r.spec)
                                    .body.value(QStringLiteral("HostConfig"))
                                    .toObject()
                                    .value(QStringLiteral("DeviceRequests"))
                                    .toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("DeviceIDs")).toArray(), QJsonArray{QStringLiteral("0")});
    QCOMPARE(requests.at(1).toObject().value(QStringLiteral("DeviceIDs")).toArray(), QJsonArray{QStringLiteral("1")});
    QCOMPARE(DockerRunParser::parse(DockerRunWriter::write(r.spec), fixedOptions()).spec, r.spec);

    const DockerRunParser::Result zero =
        DockerRunParser::parse(QStringLiteral("docker run --gpus 0 img"), fixedOptions());
    const QJsonArray zeroRequests = CreateBodyBuilder::build(zero.spec)
                                        .body.value(QStringLiteral("HostConfig"))
                                        .toObject()
                                        .value(QStringLiteral("DeviceRequests"))
                                        .toArray();
    QCOMPARE(zeroRequests.size(), 1);
    QCOMPARE(zeroRequests.at(0).toObject().value(QStringLiteral("Count")).toInt(-5), 0);
}

void TestOptionGrammar::cdiDevices_becomeADeviceRequest()
{
    const DockerRunParser::Result r = DockerRunParser::parse(
        QStringLiteral("docker run --device nvidia.com/gpu=all --device /dev/null img"), fixedOptions());
    QVERIFY(r.ok());
    const QJsonObject host = CreateBodyBuilder::build(r.spec).body.value(QStringLiteral("HostConfig")).toObject();
    QCOMPARE(host.value(QStringLiteral("Devices")).toArray().size(), 1);
    const QJsonObject cdi = host.value(QStringLiteral("DeviceRequests")).toArray().first().toObject();
    QCOMPARE(cdi.value(QStringLiteral("Driver")).toString(), QStringLiteral("cdi"));
    QCOMPARE(cdi.value(QStringLiteral("DeviceIDs")).toArray(), QJsonArray{QStringLiteral("nvidia.com/gpu=all")});
}

void TestOptionGrammar::explicitRw_isKept()
{
    const DockerRunParser::Result r =
        DockerRunParser::parse(QStringLiteral("docker run -v /a:/b:rw img"), fixedOptions());
    QVERIFY(r.ok());
    QCOMPARE(CreateBodyBuilder::build(r.spec)
                 .body.value(QStringLiteral("HostConfig"))
                 .toObject()
                 .value(QStringLiteral("Binds"))
                 .toArray(),
             QJsonArray{QStringLiteral("/a:/b:rw")});
}

void TestOptionGrammar::launchSessionPrepare_stopsAtTheFirstFailingStep()
{
    LaunchValidator::Options validation;
    validation.checkHostPaths = false;
    const CreateBodyBuilder::Options build;
    LaunchSession::Prepared p =
        LaunchSession::prepare(QStringLiteral("docker run --frobnicate img"), fixedOptions(), validation, build);
    QCOMPARE(p.failedAt, LaunchSession::Step::Parse);
    p = LaunchSession::prepare(QStringLiteral("docker run --name 'bad name' img"), fixedOptions(), validation, build);
    QCOMPARE(p.failedAt, LaunchSession::Step::Validate);
    p = LaunchSession::prepare(QStringLiteral("docker run --env-file /dev/zero img"), fixedOptions(), validation,
                               build);
    QCOMPARE(p.failedAt, LaunchSession::Step::Build);
    p = LaunchSession::prepare(QStringLiteral("docker run -e A=1 img true"), fixedOptions(), validation, build);
    QVERIFY(p.ok());
    QCOMPARE(p.body.value(QStringLiteral("Image")).toString(), QStringLiteral("img"));
    QCOMPARE(p.spec.env, QStringList{QStringLiteral("A=1")});
}

QTEST_GUILESS_MAIN(TestOptionGrammar)
#include "test_optiongrammar.moc"
