// SPDX-License-Identifier: Apache-2.0
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"
#include "launch/shellwords.h"
#include "launchtesthelpers.h"

#include <QProcess>
#include <QTest>

using namespace berth::core;
using namespace berth::test;

class TestDockerRunWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_parsedLine_data();
    void roundTrip_parsedLine();
    void roundTrip_builtSpec_data();
    void roundTrip_builtSpec();
    void tutorialLine_isCanonical();
    void multiLine_oneOptionPerLine();
    void requirements_wrapsWithBashOrSh();
    void gpusValue_quotesDeviceLists_data();
    void gpusValue_quotesDeviceLists();
    void quoting_survivesTheShell();
};

namespace {
QString compact(const LaunchSpec &spec)
{
    return QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
}

void checkRoundTrip(const LaunchSpec &spec)
{
    const DockerRunParser::Options options = fixedOptions(spec.projectFolder);
    for (DockerRunWriter::Style style : {DockerRunWriter::Style::SingleLine, DockerRunWriter::Style::MultiLine}) {
        DockerRunWriter::Options wo;
        wo.style = style;
        const QString line = DockerRunWriter::write(spec, wo);
        const DockerRunParser::Result back = DockerRunParser::parse(line, options);
        QVERIFY2(back.problems.isEmpty(),
                 qPrintable(line + QLatin1Char('\n') + problemKeys(back.problems).join(QLatin1Char(' '))));
        QVERIFY2(back.spec == spec, qPrintable(line + QStringLiteral("\nwant ") + compact(spec) +
                                               QStringLiteral("\ngot  ") + compact(back.spec)));
    }
}

MountSpec bind(const QString &source, const QString &target, bool readOnly = false)
{
    MountSpec m;
    m.type = MountSpec::Type::Bind;
    m.source = source;
    m.target = target;
    m.readOnly = readOnly;
    return m;
}
} // namespace

void TestDockerRunWriter::roundTrip_parsedLine_data()
{
    QTest::addColumn<QString>("line");
    const char *lines[] = {
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src tensorflow/tensorflow:2.0.0-gpu-py3 python train.py",
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "python train.py",
        "docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "/bin/bash -c 'pip install -r requirements.txt && python train.py'",
        "docker run --rm -it --gpus all -v $(pwd):/src -v pip_cache:/pip_cache -w /src --ipc=host "
        "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
        "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'",
        "docker run --rm -it --gpus all \\\n  -v $(pwd):/src -w /src --ipc=host \\\n  -v pip_cache:/pip_cache \\\n"
        "  pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime \\\n"
        "  /bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'",
        "docker run -v pip_cache:/pip_cache -v $(pwd):/work -w /src img "
        "/bin/bash -c 'pip install --cache-dir /pip_cache -r /work/sub/requirements.txt && python x.py'",
        "docker run -itd --name job-1 img",
        "docker run --gpus 2 --shm-size 1.5g img",
        "docker run --gpus '\"device=0,1\"' img",
        "docker run --gpus device=GPU-4a3f img",
        "docker run --gpus '\"capabilities=compute,utility\"' img",
        "docker run --gpus 'count=all,driver=nvidia' img",
        "docker run --mount type=bind,source=$(pwd),target=/src,readonly img",
        "docker run --mount type=volume,src=cache,dst=/root/.cache,volume-nocopy img",
        "docker run --mount type=tmpfs,dst=/scratch,tmpfs-size=64m,tmpfs-mode=1777 img",
        "docker run --mount type=bind,src=/a,dst=/b,bind-propagation=rshared img",
        "docker run --mount 'type=volume,src=nfs,dst=/n,\"volume-opt=o=addr=1.2.3.4,rw\",volume-opt=type=nfs' img",
        "docker run --tmpfs /run:rw,size=64m --tmpfs /cache img",
        "docker run -v /a:/b:ro,z -v vol:/v:nocopy -v /c:/d:rslave -v /data img",
        "docker run -v '/data/my set:/data' -v ~/x:/x img",
        "docker run -p 8888:8888 -p 127.0.0.1:6006:6006 -p 9000/udp -p [::1]:8080:80 -p 127.0.0.1::99 img",
        "docker run -p 8000-8010:8000-8010 --expose 7000 img",
        "docker run -u $(id -u):$(id -g) img",
        "docker run --user nobody img",
        "docker run --cpus 4 --memory 16g --memory-swap -1 img",
        "docker run --cpus 0.25 -m 1000000 --memory-swap 2g img",
        "docker run --ulimit memlock=-1 --ulimit stack=67108864 --ulimit nofile=1024:2048 img",
        "docker run --network host --hostname trainer --add-host db:10.0.0.5 --dns 8.8.8.8 img",
        "docker run --restart on-failure:3 img",
        "docker run --restart unless-stopped img",
        "docker run --entrypoint= img",
        "docker run --entrypoint 'python -u' img train.py",
        "docker run --label a=b -l 'team=vision group' -l flag img",
        "docker run --privileged --init --read-only --runtime nvidia --pid host img",
        "docker run -it --device=/dev/kfd --device=/dev/dri:/dev/dri:rw --group-add video --cap-add=SYS_PTRACE "
        "--cap-drop NET_RAW --security-opt seccomp=unconfined rocm/pytorch:latest",
        "docker run -e A=1 -e 'MSG=hello world' -e \"Q=it's\" -e BARE --env-file .env img",
        "docker run img python -c \"print('hi there')\" '$HOME' '*.py' 'a;b' ''",
        "docker run 127.0.0.1:5000/team/img:1.0",
        "docker run ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "docker run -v \"$(pwd)/데이터:/data\" img python 학습.py",
        "docker run img sh -c 'echo hi && python x.py'",
    };
    for (const char *line : lines)
        QTest::newRow(line) << QString::fromUtf8(line);
}

void TestDockerRunWriter::roundTrip_parsedLine()
{
    QFETCH(QString, line);
    const DockerRunParser::Result parsed = DockerRunParser::parse(line, fixedOptions());
    QVERIFY2(parsed.ok(), qPrintable(problemKeys(parsed.problems).join(QLatin1Char(' '))));
    checkRoundTrip(parsed.spec);
}

void TestDockerRunWriter::roundTrip_builtSpec_data()
{
    QTest::addColumn<LaunchSpec>("spec");

    LaunchSpec empty;
    QTest::newRow("empty") << empty;

    LaunchSpec everything;
    everything.projectFolder = QStringLiteral("/home/me/proj");
    everything.image = QStringLiteral("pytorch/pytorch");
    everything.tag = QStringLiteral("2.3.0-cuda12.1-cudnn8-runtime");
    everything.name = QStringLiteral("train.v2");
    everything.command = {QStringLiteral("python"), QStringLiteral("train.py"), QStringLiteral("--lr"),
                          QStringLiteral("0.1")};
    everything.entrypoint = QStringLiteral("/usr/bin/env");
    everything.workingDir = QStringLiteral("/src");
    everything.env = {QStringLiteral("A=1"), QStringLiteral("B=two words"), QStringLiteral("C=")};
    everything.envFiles = {QStringLiteral("/home/me/proj/.env")};
    everything.mounts << bind(QStringLiteral("/home/me/proj"), QStringLiteral("/src"))
                      << bind(QStringLiteral("/datasets"), QStringLiteral("/data"), true);
    everything.gpus.mode = GpuRequest::Mode::Devices;
    everything.gpus.deviceIds = {QStringLiteral("0"), QStringLiteral("2")};
    everything.ipcMode = QStringLiteral("host");
    everything.shmSizeBytes = 16LL * 1024 * 1024 * 1024;
    everything.runAsMe = true;
    everything.ports << LaunchSpec::Port{QString(), QStringLiteral("8888"), QStringLiteral("8888"),
                                         QStringLiteral("tcp")};
    everything.labels.insert(QStringLiteral("project"), QStringLiteral("vision"));
    everything.autoRemove = true;
    everything.interactive = true;
    everything.tty = true;
    everything.nanoCpus = 7500000000;
    everything.cpusetCpus = QStringLiteral("0-7");
    everything.memoryBytes = 64LL * 1024 * 1024 * 1024;
    everything.memorySwapBytes = -1;
    everything.ulimits << LaunchSpec::Ulimit{QStringLiteral("memlock"), -1, -1};
    everything.networkMode = QStringLiteral("bridge");
    everything.hostname = QStringLiteral("gpu-box");
    everything.requirements.enabled = true;
    everything.requirements.cacheVolume = QStringLiteral("pip_cache");
    QTest::newRow("everything") << everything;

    LaunchSpec detached = everything;
    detached.autoRemove = false;
    detached.detach = true;
    detached.restartPolicy = QStringLiteral("always");
    detached.requirements.cacheVolume.clear();
    detached.requirements.file = QStringLiteral("env/requirements-gpu.txt");
    detached.workingDir = QStringLiteral("/src/sub");
    QTest::newRow("requirementsOutsideWorkdir") << detached;

    LaunchSpec odd;
    odd.image = QStringLiteral("img");
    odd.command = {QStringLiteral("echo"), QStringLiteral("it's"), QStringLiteral("$(rm -rf /)"),
                   QStringLiteral("a\nb"), QStringLiteral("~"),    QStringLiteral("#not-a-comment"),
                   QStringLiteral("-")};
    odd.entrypoint = QString();
    odd.env = {QStringLiteral("JSON={\"a\": [1, 2]}")};
    odd.labels.insert(QStringLiteral("note"), QStringLiteral("quotes ' and \" and \\"));
    QTest::newRow("oddCharacters") << odd;

    LaunchSpec dashImage;
    dashImage.image = QStringLiteral("-weird");
    QTest::newRow("imageLooksLikeAnOption") << dashImage;

    LaunchSpec tmpfs;
    tmpfs.image = QStringLiteral("img");
    MountSpec t;
    t.type = MountSpec::Type::Tmpfs;
    t.syntax = MountSpec::Syntax::Mount;
    t.target = QStringLiteral("/scratch");
    t.tmpfsSizeBytes = 1000;
    t.tmpfsMode = 0700;
    tmpfs.mounts << t;
    tmpfs.gpus.mode = GpuRequest::Mode::Count;
    tmpfs.gpus.count = 1;
    tmpfs.gpus.capabilities = {QStringLiteral("utility")};
    QTest::newRow("tmpfsMountAndGpuCapabilities") << tmpfs;
}

void TestDockerRunWriter::roundTrip_builtSpec()
{
    QFETCH(LaunchSpec, spec);
    checkRoundTrip(spec);
}

void TestDockerRunWriter::tutorialLine_isCanonical()
{
    const DockerRunParser::Result parsed = DockerRunParser::parse(
        QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src tensorflow/tensorflow:2.0.0-gpu-py3 "
                       "python train.py"),
        fixedOptions());
    QCOMPARE(DockerRunWriter::write(parsed.spec),
             QStringLiteral("docker run --rm -it --gpus all -v /home/me/proj:/src -w /src "
                            "tensorflow/tensorflow:2.0.0-gpu-py3 python train.py"));
}

void TestDockerRunWriter::multiLine_oneOptionPerLine()
{
    const DockerRunParser::Result parsed =
        DockerRunParser::parse(QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host "
                                              "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime python train.py"),
                               fixedOptions());
    DockerRunWriter::Options options;
    options.style = DockerRunWriter::Style::MultiLine;
    QCOMPARE(DockerRunWriter::write(parsed.spec, options),
             QStringLiteral("docker run --rm -it \\\n"
                            "  --gpus all \\\n"
                            "  --ipc host \\\n"
                            "  -v /home/me/proj:/src \\\n"
                            "  -w /src \\\n"
                            "  pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime \\\n"
                            "  python train.py"));
}

void TestDockerRunWriter::requirements_wrapsWithBashOrSh()
{
    LaunchSpec spec;
    spec.projectFolder = QStringLiteral("/home/me/proj");
    spec.image = QStringLiteral("img");
    spec.mounts << bind(QStringLiteral("/home/me/proj"), QStringLiteral("/src"));
    spec.workingDir = QStringLiteral("/src");
    spec.command = {QStringLiteral("python"), QStringLiteral("train.py")};
    spec.requirements.enabled = true;
    QCOMPARE(DockerRunWriter::write(spec),
             QStringLiteral("docker run -v /home/me/proj:/src -v pip_cache:/pip_cache -w /src img /bin/bash -c "
                            "'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'"));
    DockerRunWriter::Options noBash;
    noBash.imageHasBash = false;
    QVERIFY(DockerRunWriter::write(spec, noBash).contains(QStringLiteral(" img /bin/sh -c 'pip install")));
}

void TestDockerRunWriter::gpusValue_quotesDeviceLists_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("all") << QStringLiteral("all") << QStringLiteral("all");
    QTest::newRow("count") << QStringLiteral("3") << QStringLiteral("3");
    QTest::newRow("oneDevice") << QStringLiteral("device=1") << QStringLiteral("device=1");
    QTest::newRow("twoDevices") << QStringLiteral("\"device=0,1\"") << QStringLiteral("\"device=0,1\"");
    QTest::newRow("countWithCapabilities") << QStringLiteral("count=all,\"capabilities=compute,utility\"")
                                           << QStringLiteral("count=all,\"capabilities=compute,utility\"");
}

void TestDockerRunWriter::gpusValue_quotesDeviceLists()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QString error;
    const GpuRequest request = GpuRequest::parse(value, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(request.toArgument(), written);
    QCOMPARE(GpuRequest::parse(written), request);
}

void TestDockerRunWriter::quoting_survivesTheShell()
{
    // The real shell must read the written words back unchanged.
    const QStringList words{
        QStringLiteral("plain"),    QStringLiteral("two words"), QStringLiteral("it's"), QStringLiteral("$HOME"),
        QStringLiteral("`id`"),     QStringLiteral("a\\b"),      QStringLiteral("*"),    QString(),
        QStringLiteral("한글 경로")};
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("for w in ") + ShellWords::join(words) +
                                                                   QStringLiteral("; do printf '%s\\0' \"$w\"; done")});
    QVERIFY(sh.waitForFinished(10000));
    QList<QByteArray> out = sh.readAllStandardOutput().split('\0');
    out.removeLast();
    QCOMPARE(out.size(), words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        QCOMPARE(QString::fromUtf8(out.at(i)), words.at(i));
}

QTEST_GUILESS_MAIN(TestDockerRunWriter)
#include "test_dockerrunwriter.moc"
