// SPDX-License-Identifier: Apache-2.0
#include "launch/dockerrunparser.h"
#include "launch/launchvalidator.h"
#include "launch/mountvalidator.h"
#include "launch/serverpathprobe.h"
#include "launchtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;
using namespace berth::test;

namespace {
// The mount rules' risk warnings depend on who launches and where the engine lives: fixed here, so that neither
// the test machine's accounts nor a DOCKER_HOST socket under /tmp adds warnings to the expected lists.
LaunchValidator::Options me()
{
    MountValidator::HostContext host;
    host.userName = QStringLiteral("me");
    host.homeDir = QStringLiteral("/home/me");
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    host.engineDataRoots = {QStringLiteral("/var/lib/docker")};
    LaunchValidator::Options options;
    options.host = host;
    return options;
}
} // namespace

class TestLaunchValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lineProblems_data();
    void lineProblems();
    void gpusZero_isAWarning();
    void hostPathMissing_offersCreateAsMe();
    void createHostFolder_makesTheFolder();
    void pipCacheTarget_isTakenByTheLaunch();
    void remoteEngine_pathsAreJudgedByWhatTheServerAnswered();
    void sentProject_isNotAskedOnTheServer_butMustExistHere();
    void serverAnswer_isReadLineByLine();
    void requirementsFileMissing_isAWarning();
    void tutorialLine_isClean();
    void names_data();
    void names();

private:
    QTemporaryDir m_dir;
};

void TestLaunchValidator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
}

void TestLaunchValidator::lineProblems_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("problems"); // "Code:Field[index]"
    auto row = [](const char *name, const char *line, const QStringList &problems) {
        QTest::newRow(name) << QString::fromUtf8(line) << problems;
    };
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    row("clean", "docker run --rm -it --gpus all -v $(pwd):/src -w /src img python x.py", {});
    row("invalidName", "docker run --name 'my name' img", {s("InvalidName:Name")});
    row("nameTooShort", "docker run --name a img", {s("InvalidName:Name")});
    row("relativeContainerPath", "docker run -v $(pwd):src img", {s("PathNotAbsolute:Mounts[0]")});
    row("relativeWorkdir", "docker run -w src img", {s("PathNotAbsolute:WorkingDir")});
    row("relativeTmpfs", "docker run --tmpfs run img", {s("PathNotAbsolute:Mounts[0]")});
    row("rmWithRestart", "docker run --rm --restart always img", {s("Conflict:RestartPolicy")});
    row("rmWithRestartNo", "docker run --rm --restart no img", {});
    row("gpuCountWithDeviceIds", "docker run --gpus count=2,device=0 img", {s("Conflict:Gpus")});
    // A count of 0 is what the CLI sends too: a warning (see gpusZero_isAWarning).
    row("gpusZero", "docker run --gpus 0 img", {s("OutOfRange:Gpus")});
    // Both rows are marked, as the mount editor marks them.
    row("duplicateTarget", "docker run -v $(pwd):/src -v /tmp:/src img",
        {s("Duplicate:Mounts[0]"), s("Duplicate:Mounts[1]")});
    row("pipCacheTargetTaken",
        "docker run -v /tmp:/pip_cache -v pip_cache:/pip_cache img "
        "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python x.py'",
        {s("Duplicate:Mounts[0]"), s("HostPathMissing:Requirements")});
    row("badVolumeName", "docker run --mount type=volume,src=no/slash,dst=/v img", {s("InvalidName:Mounts[0]")});
    row("uppercaseImage", "docker run Tensorflow", {s("InvalidName:Image")});
    row("registryHostCapitals", "docker run Registry.Example.com:5000/team/img", {});
    row("uppercaseRepository", "docker run tensorflow/TensorFlow", {s("InvalidName:Image")});
    row("badTag", "docker run img:bad~tag", {s("InvalidName:Image")});
    row("ipcMode", "docker run --ipc sideways img", {s("InvalidValue:IpcMode")});
    row("swapWithoutMemory", "docker run --memory-swap 2g img", {s("Conflict:MemorySwap")});
    row("swapBelowMemory", "docker run -m 2g --memory-swap 1g img", {s("Conflict:MemorySwap")});
    row("memoryTooSmall", "docker run -m 1m img", {s("OutOfRange:Memory")});
    row("restartRetriesWithoutOnFailure", "docker run --restart always:3 img", {s("Conflict:RestartPolicy")});
    row("restartUnknown", "docker run --restart sometimes img", {s("InvalidValue:RestartPolicy")});
    row("portRangeMismatch", "docker run -p 8000-8002:9000-9001 img", {s("InvalidValue:Ports[0]")});
    row("hostNetworkPorts", "docker run --network host -p 80:80 img", {s("Conflict:Ports")});
    row("requirementsNeedCommand", "docker run -v pip_cache:/pip_cache img", {});
    row("envFileMissing", "docker run --env-file /nonexistent/.env img", {s("HostPathMissing:EnvFiles[0]")});
    row("relativeDevice", "docker run --device dev/kfd img", {s("PathNotAbsolute:Devices[0]")});
}

void TestLaunchValidator::lineProblems()
{
    QFETCH(QString, line);
    QFETCH(QStringList, problems);
    const DockerRunParser::Result parsed = DockerRunParser::parse(line, fixedOptions(m_dir.path()));
    QVERIFY2(parsed.ok(), qPrintable(problemKeys(parsed.problems).join(QLatin1Char(' '))));
    QStringList got;
    for (const LaunchProblem &p : LaunchValidator::validate(parsed.spec, me())) {
        got << QLatin1String(LaunchProblem::codeName(p.code)) + QLatin1Char(':') +
                   QLatin1String(LaunchProblem::fieldName(p.field)) +
                   (p.index >= 0 ? QStringLiteral("[%1]").arg(p.index) : QString());
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(got, problems);
}

void TestLaunchValidator::gpusZero_isAWarning()
{
    const DockerRunParser::Result parsed =
        DockerRunParser::parse(QStringLiteral("docker run --gpus 0 img"), fixedOptions(m_dir.path()));
    QVERIFY(parsed.ok());
    const QList<LaunchProblem> problems = LaunchValidator::validate(parsed.spec, me());
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().isError());
    QVERIFY2(problems.first().message.contains(QLatin1String("device=0")), qPrintable(problems.first().message));
}

void TestLaunchValidator::hostPathMissing_offersCreateAsMe()
{
    const QString missing = m_dir.filePath(QStringLiteral("not/yet"));
    for (const char *form : {"-v %1:/x", "--mount type=bind,src=%1,dst=/x"}) {
        const DockerRunParser::Result parsed = DockerRunParser::parse(
            QStringLiteral("docker run ") + QString::fromLatin1(form).arg(missing) + QStringLiteral(" img"),
            fixedOptions(m_dir.path()));
        const QList<LaunchProblem> problems = LaunchValidator::validate(parsed.spec, me());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, LaunchProblem::Code::HostPathMissing);
        QCOMPARE(problems.first().fixIt, LaunchProblem::FixIt::CreateHostPathAsMe);
        QCOMPARE(problems.first().path, missing);
        QVERIFY(problems.first().isError()); // nothing launches until it is fixed

        LaunchValidator::Options noDisk = me();
        noDisk.checkHostPaths = false;
        QVERIFY(LaunchValidator::validate(parsed.spec, noDisk).isEmpty());
    }
}

void TestLaunchValidator::remoteEngine_pathsAreJudgedByWhatTheServerAnswered()
{
    // Paths that exist here but not on the server, and the other way round: only the server's answer counts.
    const QString here = m_dir.filePath(QStringLiteral("data"));
    const QString thereOnly = QStringLiteral("/srv/only/on/server");
    LaunchSpec spec;
    spec.image = QStringLiteral("busybox");
    spec.projectFolder = here;
    spec.command = {QStringLiteral("true")};
    spec.requirements.enabled = true;
    spec.requirements.file = QStringLiteral("requirements.txt");
    MountSpec bind;
    bind.type = MountSpec::Type::Bind;
    bind.source = thereOnly;
    bind.target = QStringLiteral("/x");
    spec.mounts = {bind};
    QCOMPARE(LaunchValidator::serverPathsToCheck(spec),
             (QStringList{here, thereOnly, here + QStringLiteral("/requirements.txt")}));

    LaunchValidator::Options options = me();
    options.server =
        ServerPathProbe::parseAnswer(QStringLiteral("gpu1"), LaunchValidator::serverPathsToCheck(spec), "m\nd\nm\n");
    const QList<LaunchProblem> problems = LaunchValidator::validate(spec, options);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, LaunchProblem::Field::ProjectFolder);
    QVERIFY(problems.first().message.contains(QStringLiteral("on gpu1")));
    // It cannot be created from here.
    QCOMPARE(problems.first().fixIt, LaunchProblem::FixIt::None);

    // The project folder there, without the requirements file: a warning named for the server.
    options.server =
        ServerPathProbe::parseAnswer(QStringLiteral("gpu1"), LaunchValidator::serverPathsToCheck(spec), "d\nd\nm\n");
    const QList<LaunchProblem> warnings = LaunchValidator::validate(spec, options);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(!warnings.first().isError());
    QCOMPARE(warnings.first().field, LaunchProblem::Field::Requirements);
    QVERIFY(warnings.first().message.contains(QStringLiteral("on gpu1")));

    // Nothing answered (tcp, or ssh failed): nothing is reported, neither from the server nor from this disk.
    options.server = ServerPaths{QStringLiteral("gpu1"), {}, false};
    spec.projectFolder = m_dir.filePath(QStringLiteral("missing here"));
    QVERIFY(LaunchValidator::validate(spec, options).isEmpty());
}

void TestLaunchValidator::sentProject_isNotAskedOnTheServer_butMustExistHere()
{
    // The project goes from this computer to /srv/projects/resnet before Run: nothing in it is asked about there.
    LaunchSpec spec;
    spec.image = QStringLiteral("busybox");
    spec.projectFolder = QStringLiteral("/srv/projects/resnet");
    spec.sendFrom = m_dir.path();
    spec.command = {QStringLiteral("python"), QStringLiteral("train.py")};
    spec.requirements.enabled = true; // its file is in the sent folder: not asked about either
    MountSpec project;
    project.source = spec.projectFolder;
    project.target = QStringLiteral("/src");
    MountSpec data;
    data.source = QStringLiteral("/srv/data");
    data.target = QStringLiteral("/data");
    spec.mounts = {project, data};
    QCOMPARE(LaunchValidator::serverPathsToCheck(spec), QStringList{QStringLiteral("/srv/data")});
    LaunchValidator::Options options = me();
    options.server =
        ServerPathProbe::parseAnswer(QStringLiteral("gpu1"), LaunchValidator::serverPathsToCheck(spec), "d\n");
    QVERIFY(LaunchValidator::validate(spec, options).isEmpty());
    QCOMPARE(LaunchSpec::fromJson(spec.toJson()).sendFrom, spec.sendFrom);

    // The folder to send is gone from this computer: said on the project folder.
    spec.sendFrom = m_dir.filePath(QStringLiteral("gone"));
    const QList<LaunchProblem> problems = LaunchValidator::validate(spec, options);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, LaunchProblem::Field::ProjectFolder);
    QVERIFY(problems.first().message.contains(QStringLiteral("on this computer")));
}

void TestLaunchValidator::serverAnswer_isReadLineByLine()
{
    const QStringList paths{QStringLiteral("/a"), QStringLiteral("/b/"), QStringLiteral("/c"), QStringLiteral("/d"),
                            QStringLiteral("/e")};
    const ServerPaths answer = ServerPathProbe::parseAnswer(QStringLiteral("s"), paths, "d\nf\no\nm\n");
    QCOMPARE(answer.kind(QStringLiteral("/a")), ServerPaths::Kind::Directory);
    QCOMPARE(answer.kind(QStringLiteral("/b")), ServerPaths::Kind::File);
    QCOMPARE(answer.kind(QStringLiteral("/c")), ServerPaths::Kind::Other);
    QCOMPARE(answer.kind(QStringLiteral("/d")), ServerPaths::Kind::Missing);
    // A short or garbled answer leaves the rest unknown.
    QCOMPARE(answer.kind(QStringLiteral("/e")), ServerPaths::Kind::Unknown);
    QCOMPARE(ServerPathProbe::parseAnswer(QStringLiteral("s"), paths, "x\n").kind(QStringLiteral("/a")),
             ServerPaths::Kind::Unknown);
}

void TestLaunchValidator::createHostFolder_makesTheFolder()
{
    // The one fix-it behind CreateHostPathAsMe, for the project folder and mounts alike.
    const QString path = m_dir.filePath(QStringLiteral("made/by/me"));
    QString error;
    QVERIFY2(MountValidator::createHostFolder(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QFileInfo(path).ownerId(), QFileInfo(m_dir.path()).ownerId());
    QVERIFY(!MountValidator::createHostFolder(QStringLiteral("relative/path"), &error));
    QVERIFY(!error.isEmpty());
}

void TestLaunchValidator::pipCacheTarget_isTakenByTheLaunch()
{
    // The requirements install mounts its cache volume at /pip_cache: a row there is a duplicate the mount editor
    // cannot know about, reported on that row by the launch validator.
    LaunchSpec spec;
    spec.image = QStringLiteral("img");
    spec.command = {QStringLiteral("python"), QStringLiteral("x.py")};
    spec.requirements.enabled = true;
    spec.requirements.file = QStringLiteral("/abs/requirements.txt");
    spec.requirements.cacheVolume = QStringLiteral("pip_cache");
    MountSpec data;
    data.type = MountSpec::Type::Volume;
    data.source = QStringLiteral("data");
    data.target = QStringLiteral("/data");
    MountSpec onCache = data;
    onCache.target = QStringLiteral("/pip_cache/");
    spec.mounts = {data, onCache};
    LaunchValidator::Options options = me();
    options.checkHostPaths = false;
    const QList<LaunchProblem> problems = LaunchValidator::validate(spec, options);
    QCOMPARE(problems.size(), 1);
    const LaunchProblem &p = problems.first();
    QCOMPARE(p.code, LaunchProblem::Code::Duplicate);
    QCOMPARE(p.field, LaunchProblem::Field::Mounts);
    QCOMPARE(p.index, 1);
    QCOMPARE(p.part, LaunchProblem::Part::Target);
    QVERIFY(p.isError());
    QVERIFY2(p.message.startsWith(QLatin1String("Row 2:")) && p.message.contains(QLatin1String("pip cache")),
             qPrintable(p.message));
    // The mount rules alone do not know the target is taken; told, they say the same.
    MountValidator::HostContext host = *options.host;
    host.checkHostPaths = false;
    QVERIFY(MountValidator(host).validate(spec.mounts).isEmpty());
    QCOMPARE(MountValidator(host).validate(spec.mounts, QString::fromLatin1(LaunchSpec::PipCacheTarget)), problems);

    // Without the cache volume, or with requirements off, /pip_cache is free.
    spec.requirements.cacheVolume.clear();
    QVERIFY(LaunchValidator::validate(spec, options).isEmpty());
    spec.requirements.cacheVolume = QStringLiteral("pip_cache");
    spec.requirements.enabled = false;
    QVERIFY(LaunchValidator::validate(spec, options).isEmpty());
}

void TestLaunchValidator::requirementsFileMissing_isAWarning()
{
    LaunchSpec spec;
    spec.image = QStringLiteral("img");
    spec.projectFolder = m_dir.path();
    spec.command = {QStringLiteral("python"), QStringLiteral("x.py")};
    spec.requirements.enabled = true;
    QList<LaunchProblem> problems = LaunchValidator::validate(spec, me());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, LaunchProblem::Field::Requirements);
    QVERIFY(!problems.first().isError());

    QFile file(m_dir.filePath(QStringLiteral("requirements.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(LaunchValidator::validate(spec, me()).isEmpty());

    spec.command.clear();
    problems = LaunchValidator::validate(spec, me());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, LaunchProblem::Code::Required);
    QVERIFY(problems.first().isError());
    QFile::remove(m_dir.filePath(QStringLiteral("requirements.txt")));
}

void TestLaunchValidator::tutorialLine_isClean()
{
    const DockerRunParser::Result parsed =
        DockerRunParser::parse(QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host "
                                              "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime python train.py"),
                               fixedOptions(m_dir.path()));
    QVERIFY(LaunchValidator::validate(parsed.spec, me()).isEmpty());
    LaunchSpec empty;
    const QList<LaunchProblem> problems = LaunchValidator::validate(empty);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, LaunchProblem::Field::Image);
}

void TestLaunchValidator::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("train-1") << true;
    QTest::newRow("dotsUnderscores") << QStringLiteral("a.b_c") << true;
    QTest::newRow("leadingSlash") << QStringLiteral("/job") << true;
    QTest::newRow("space") << QStringLiteral("my name") << false;
    QTest::newRow("oneChar") << QStringLiteral("a") << false;
    QTest::newRow("leadingDash") << QStringLiteral("-job") << false;
    QTest::newRow("korean") << QStringLiteral("학습") << false;
}

void TestLaunchValidator::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(LaunchValidator::isValidContainerName(name), valid);
}

QTEST_GUILESS_MAIN(TestLaunchValidator)
#include "test_launchvalidator.moc"
