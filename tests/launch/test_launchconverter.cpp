// SPDX-License-Identifier: Apache-2.0
#include "launch/launchconverter.h"
#include "launchtesthelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace berth::core;
using namespace berth::test;

class TestLaunchConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_nameFirstThenExactBody();
    void toCli_printsTheCanonicalLine();
    void toCli_multiLine();
    void cwd_isWhatPwdMeans();
    void stdin_whenTheLineIsDash();
    void badInput_exitsTwoWithMessage_data();
    void badInput_exitsTwoWithMessage();
    void warnings_goToStderrButSucceed();
    void riskyMounts_areWarnedForTheUserTheLineIsReadAs();
    void splitWords_areQuotedBack();
    void systemPathsTheCliTakes_convertWithAWarning_rootAndProcDoNot();
};

namespace {
LaunchConverter::Output convert(const QStringList &args, const QByteArray &stdinText = {})
{
    return LaunchConverter::run(args, fixedOptions(), QStringLiteral("/home/me/proj"),
                                [stdinText] { return stdinText; });
}
} // namespace

void TestLaunchConverter::body_nameFirstThenExactBody()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--no-labels"), QStringLiteral("--"),
                 QStringLiteral("docker run --name job --rm -it --gpus all -v $(pwd):/src -w /src "
                                "tensorflow/tensorflow:2.0.0-gpu-py3 python train.py")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.err.isEmpty());
    QVERIFY(out.out.startsWith("{\n    \"name\": \"job\",\n    \"body\": {\n"));
    const QJsonObject doc = QJsonDocument::fromJson(out.out).object();
    QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("job"));
    const QJsonObject body = doc.value(QStringLiteral("body")).toObject();
    QCOMPARE(body.value(QStringLiteral("Image")).toString(), QStringLiteral("tensorflow/tensorflow:2.0.0-gpu-py3"));
    QCOMPARE(body.value(QStringLiteral("Labels")).toObject(), QJsonObject());
    QCOMPARE(body.value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("Binds")).toArray(),
             QJsonArray{QStringLiteral("/home/me/proj:/src")});

    const LaunchConverter::Output unnamed = convert({QStringLiteral("--"), QStringLiteral("docker run img")});
    QCOMPARE(QJsonDocument::fromJson(unnamed.out).object().value(QStringLiteral("name")), QJsonValue());
    QVERIFY(QJsonDocument::fromJson(unnamed.out)
                .object()
                .value(QStringLiteral("body"))
                .toObject()
                .value(QStringLiteral("Labels"))
                .toObject()
                .contains(QStringLiteral("io.github.berth.owner")));
}

void TestLaunchConverter::toCli_printsTheCanonicalLine()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--"),
                 QStringLiteral("sudo docker container run -it --rm --ipc=host -v `pwd`:/src img python x.py")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out, QByteArray("docker run --rm -it --ipc host -v /home/me/proj:/src img python x.py\n"));
}

void TestLaunchConverter::toCli_multiLine()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--multi-line"), QStringLiteral("--"),
                 QStringLiteral("docker run --rm -v $(pwd):/src img")});
    QCOMPARE(out.out, QByteArray("docker run --rm \\\n  -v /home/me/proj:/src \\\n  img\n"));
}

void TestLaunchConverter::cwd_isWhatPwdMeans()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--cwd"), QStringLiteral("/data/other"),
                 QStringLiteral("--"), QStringLiteral("docker run -v $(pwd):/src img")});
    QCOMPARE(out.out, QByteArray("docker run -v /data/other:/src img\n"));
    const LaunchConverter::Output relative =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--cwd=sub"), QStringLiteral("--"),
                 QStringLiteral("docker run -v .:/src img")});
    QCOMPARE(relative.out, QByteArray("docker run -v /home/me/proj/sub:/src img\n"));
}

void TestLaunchConverter::stdin_whenTheLineIsDash()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("-")}, "docker run --rm \\\n  -it img\n");
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out, QByteArray("docker run --rm -it img\n"));
    QCOMPARE(convert({QStringLiteral("--to-cli")}, "docker run img").out, QByteArray("docker run img\n"));
}

void TestLaunchConverter::badInput_exitsTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknownOption") << QStringList{QStringLiteral("--"), QStringLiteral("docker run --foo img")}
                                   << QByteArray("--foo");
    QTest::newRow("unterminatedQuote") << QStringList{QStringLiteral("--"), QStringLiteral("docker run 'img")}
                                       << QByteArray("never closed");
    QTest::newRow("placeholder") << QStringList{QStringLiteral("--"), QStringLiteral("docker run [IMAGE]")}
                                 << QByteArray("[IMAGE]");
    QTest::newRow("pipe") << QStringList{QStringLiteral("--"), QStringLiteral("docker run img | tee x")}
                          << QByteArray("\"|\"");
    QTest::newRow("invalidName") << QStringList{QStringLiteral("--"), QStringLiteral("docker run --name 'my name' img")}
                                 << QByteArray("my name");
    QTest::newRow("rmWithRestart") << QStringList{QStringLiteral("--"),
                                                  QStringLiteral("docker run --rm --restart always img")}
                                   << QByteArray("--rm");
    QTest::newRow("relativeContainerPath")
        << QStringList{QStringLiteral("--"), QStringLiteral("docker run -v /a:b img")}
        << QByteArray("must start with /");
    QTest::newRow("gpuCountAndDevices") << QStringList{QStringLiteral("--"),
                                                       QStringLiteral("docker run --gpus count=1,device=0 img")}
                                        << QByteArray("GPU");
    QTest::newRow("noLine") << QStringList{QStringLiteral("--")} << QByteArray("no docker run line");
    QTest::newRow("unknownConvertOption") << QStringList{QStringLiteral("--json")} << QByteArray("--json");
}

void TestLaunchConverter::badInput_exitsTwoWithMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const LaunchConverter::Output out = convert(args);
    QCOMPARE(out.exitCode, 2);
    QVERIFY(out.out.isEmpty());
    QVERIFY2(out.err.contains(message), out.err.constData());
}

void TestLaunchConverter::warnings_goToStderrButSucceed()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--"), QStringLiteral("docker run --sig-proxy=false img")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.err.startsWith("warning: "));
    QCOMPARE(out.out, QByteArray("docker run img\n"));
}

void TestLaunchConverter::riskyMounts_areWarnedForTheUserTheLineIsReadAs()
{
    // The mount rules of the GUI: the engine's socket and someone else's home are warnings; the line still converts.
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--"),
                 QStringLiteral("docker run -v /var/run/docker.sock:/var/run/docker.sock -v /home/bob/data:/data "
                                "-v ~/work:/work img")});
    QCOMPARE(out.exitCode, 0);
    const QList<QByteArray> lines = out.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("warning: Row 1: /var/run/docker.sock is the Docker engine's socket"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("warning: Row 2: /home/bob/data is in another user's home folder"),
             lines.at(1).constData());
    QVERIFY(out.out.startsWith("docker run "));
}

void TestLaunchConverter::splitWords_areQuotedBack()
{
    const LaunchConverter::Output out =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--"), QStringLiteral("docker"), QStringLiteral("run"),
                 QStringLiteral("-e"), QStringLiteral("MSG=hello world"), QStringLiteral("img")});
    QCOMPARE(out.out, QByteArray("docker run -e 'MSG=hello world' img\n"));
}

void TestLaunchConverter::systemPathsTheCliTakes_convertWithAWarning_rootAndProcDoNot()
{
    // The docker CLI takes a monitoring agent's -v /sys:/sys:ro and -v /dev:/dev; the engine refuses / and /proc.
    const LaunchConverter::Output agent =
        convert({QStringLiteral("--to-cli"), QStringLiteral("--"),
                 QStringLiteral("docker run --privileged -v /sys:/sys:ro -v /dev:/dev img")});
    QCOMPARE(agent.exitCode, 0);
    QVERIFY2(agent.out.contains(" -v /sys:/sys:ro -v /dev:/dev "), agent.out.constData());
    QVERIFY2(!agent.err.contains("error: "), agent.err.constData());
    QCOMPARE(agent.err.count("replaces the container's own "), 2); // beside the risky host folder warnings
    QVERIFY2(agent.err.contains("replaces the container's own /sys"), agent.err.constData());
    for (const QString &target : {QStringLiteral("/"), QStringLiteral("/proc/sys")}) {
        const LaunchConverter::Output refused = convert({QStringLiteral("--to-cli"), QStringLiteral("--"),
                                                         QStringLiteral("docker run -v /tmp:%1 img").arg(target)});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("system path inside the container"), refused.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestLaunchConverter)
#include "test_launchconverter.moc"
