// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "lab/projectsync.h"
#include "launch/dockerrunparser.h"
#include "launch/launchsession.h"
#include "remotetestenv.h"
#include "testenv.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;

// A project sent to the test sshd's "server" and outputs fetched back, with the real rsync over the server's ssh
// session. The server is this machine behind sshd, so the test reads what arrived straight from its folder.
class TestProjectSyncEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_REMOTE();
        qRegisterMetaType<ProjectSync::Result>();
        SshOptions ssh = SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        SshSession::setDefaultOptions(ssh);
        m_session = SshSession::forDestination(Endpoint::fromHost(test::remote::sshHost()).ssh());
        QVERIFY(m_session);
    }

    // First, while the shared ssh connection is still being made: a cancel then means rsync never starts.
    void cancel_beforeTheCopyStarts_copiesNothing()
    {
        QTemporaryDir local, server;
        QVERIFY(test::writeFile(local.filePath(QStringLiteral("train.py")), "print(1)\n"));
        const QString remote = server.filePath(QStringLiteral("cancelled"));
        ProjectSync sync(m_session);
        const ProjectSync::Result r = run(sync, [&] {
            sync.send(local.path(), remote);
            sync.cancel();
        });
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QTest::qWait(500); // a copy that had started anyway would have arrived by now
        QVERIFY(!QFileInfo::exists(remote));
        // The same object copies normally afterwards.
        const ProjectSync::Result again = run(sync, [&] { sync.send(local.path(), remote); });
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(QFileInfo::exists(remote + QStringLiteral("/train.py")));
    }

    void defaultRemoteFolder_isPerProjectUnderBerthInTheHome()
    {
        QCOMPARE(ProjectSync::defaultRemoteFolder(QStringLiteral("/home/me/work/resnet/")),
                 QStringLiteral("berth/projects/resnet"));
    }

    void send_honoursGitignoreAndExcludes_thenSendsOnlyTheChangedFile()
    {
        QTemporaryDir local, server;
        const QString project = local.filePath(QStringLiteral("resnet"));
        QVERIFY(test::writeFile(project + QStringLiteral("/train.py"), "print('train')\n"));
        QVERIFY(test::writeFile(project + QStringLiteral("/models/net.py"), "net = 1\n"));
        QVERIFY(test::writeFile(project + QStringLiteral("/big.bin"), QByteArray(3 * 1024 * 1024, 'x')));
        QVERIFY(test::writeFile(project + QStringLiteral("/.gitignore"), "data/\n*.log\n"));
        QVERIFY(test::writeFile(project + QStringLiteral("/data/images.tar"), "huge"));
        QVERIFY(test::writeFile(project + QStringLiteral("/run.log"), "old log"));
        QVERIFY(test::writeFile(project + QStringLiteral("/.venv/bin/python"), "venv"));
        const QString remote = server.filePath(QStringLiteral("berth/projects/resnet")); // made by the copy

        ProjectSync sync(m_session);
        sync.setExcludes({QStringLiteral(".venv/")});
        QSignalSpy progress(&sync, &ProjectSync::progress);
        ProjectSync::Result first = run(sync, [&] { sync.send(project, remote); });
        QVERIFY2(first.ok, qPrintable(first.error));
        first.transferred.sort();
        QCOMPARE(first.transferred, (QStringList{QStringLiteral(".gitignore"), QStringLiteral("big.bin"),
                                                 QStringLiteral("models/net.py"), QStringLiteral("train.py")}));
        QCOMPARE(test::readFile(remote + QStringLiteral("/models/net.py")), QByteArray("net = 1\n"));
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/data")));
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/run.log")));
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/.venv")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);

        // One file changed: only it travels.
        QVERIFY(test::writeFile(project + QStringLiteral("/models/net.py"), "net = 2  # deeper\n"));
        const ProjectSync::Result second = run(sync, [&] { sync.send(project, remote); });
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.transferred, QStringList{QStringLiteral("models/net.py")});
        QCOMPARE(test::readFile(remote + QStringLiteral("/models/net.py")), QByteArray("net = 2  # deeper\n"));
    }

    void fetch_bringsOutputsBack()
    {
        QTemporaryDir local, server;
        QVERIFY(test::writeFile(server.filePath(QStringLiteral("outputs/metrics.json")), "{\"acc\": 0.93}"));
        QVERIFY(test::writeFile(server.filePath(QStringLiteral("outputs/ckpt/epoch1.pt")), "weights"));
        ProjectSync sync(m_session);
        const QString into = local.filePath(QStringLiteral("outputs"));
        ProjectSync::Result r = run(sync, [&] { sync.fetch(server.filePath(QStringLiteral("outputs")), into); });
        QVERIFY2(r.ok, qPrintable(r.error));
        r.transferred.sort();
        QCOMPARE(r.transferred, (QStringList{QStringLiteral("ckpt/epoch1.pt"), QStringLiteral("metrics.json")}));
        QCOMPARE(test::readFile(into + QStringLiteral("/metrics.json")), QByteArray("{\"acc\": 0.93}"));
        const ProjectSync::Result again =
            run(sync, [&] { sync.fetch(server.filePath(QStringLiteral("outputs")), into); });
        QVERIFY(again.ok);
        QVERIFY(again.transferred.isEmpty());
    }

    void missingRemoteFolder_failsWithRsyncsWords()
    {
        QTemporaryDir local;
        ProjectSync sync(m_session);
        const ProjectSync::Result r =
            run(sync, [&] { sync.fetch(QStringLiteral("/nonexistent/berth-outputs"), local.path()); });
        QVERIFY(!r.ok);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.error.contains(QLatin1String("No such file")), qPrintable(r.error));
    }

    // Whatever rsync is found prints, a line without an end is not kept whole: one of 4 MiB that looks like a
    // copied file is skipped, and the lines after it still count.
    void overlongOutputLine_isSkipped()
    {
        QTemporaryDir bin;
        const QString fake = bin.filePath(QStringLiteral("rsync"));
        QVERIFY(test::writeFile(fake, "#!/bin/sh\n"
                                      "printf 'berth-item <f+++++++++ '\n"
                                      "head -c 4194304 /dev/zero | tr '\\0' x\n"
                                      "printf '\\nberth-item <f+++++++++ train.py\\n'\n"
                                      "printf '  1,024 50%%  1.00MB/s  0:00:01 (xfr#1, to-chk=0/1)\\r'\n"));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        QTemporaryDir local;
        ProjectSync sync(m_session);
        QSignalSpy progress(&sync, &ProjectSync::progress);
        const ProjectSync::Result r =
            run(sync, [&] { sync.send(local.path(), QStringLiteral("berth/projects/overlong")); });
        qputenv("PATH", path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.transferred, QStringList{QStringLiteral("train.py")});
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 50);
    }

    // A launch on an ssh engine copies the project before it touches the engine, so the container sees the files;
    // a copy that fails stops the launch there, with rsync's words and nothing created.
    void launchSession_sendsTheProjectFirst_andAFailedSendStopsTheLaunch()
    {
        QTemporaryDir local, server;
        const QString project = local.filePath(QStringLiteral("mnist"));
        QVERIFY(test::writeFile(project + QStringLiteral("/hello.txt"), "from here"));
        QVERIFY(test::writeFile(project + QStringLiteral("/.git/HEAD"), "ref: refs/heads/main"));
        const QString remote = server.filePath(QStringLiteral("mnist"));
        EngineClient engine(Endpoint::fromHost(test::remote::sshHost()));
        LaunchSession session(&engine, nullptr);
        QSignalSpy stages(&session, &LaunchSession::stageChanged);
        QSignalSpy sent(&session, &LaunchSession::projectSent);
        QSignalSpy exited(&session, &LaunchSession::exited);
        QSignalSpy failed(&session, &LaunchSession::failed);

        const DockerRunParser::Result parsed =
            DockerRunParser::parse(QStringLiteral("docker run --rm -v %1:/src -w /src %2 grep -q 'from here' hello.txt")
                                       .arg(remote, test::busyboxImage()),
                                   {});
        QVERIFY(parsed.ok());
        LaunchSession::Request request;
        request.spec = parsed.spec;
        request.spec.sendFrom = project;
        request.spec.projectFolder = remote;
        session.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(!exited.isEmpty() || !failed.isEmpty(), 60000);
        if (!failed.isEmpty()) {
            const LaunchSession::Failure f = failed.first().first().value<LaunchSession::Failure>();
            QFAIL(qPrintable(QStringLiteral("step %1: %2 %3").arg(int(f.step)).arg(f.error.toString(), f.sendError)));
        }
        QCOMPARE(exited.first().at(2).toInt(), 0); // grep found the line in the copied file
        QCOMPARE(stages.first().first().value<LaunchSession::Stage>(), LaunchSession::Stage::SendingProject);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toStringList(), QStringList{QStringLiteral("hello.txt")});
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/.git")));

        // The folder to send is gone: the launch stops at Send and the engine is never asked.
        stages.clear();
        request.spec.sendFrom = local.filePath(QStringLiteral("gone"));
        session.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        const LaunchSession::Failure failure = failed.first().first().value<LaunchSession::Failure>();
        QCOMPARE(failure.step, LaunchSession::Step::Send);
        QVERIFY2(failure.sendError.contains(QLatin1String("No such file")), qPrintable(failure.sendError));
        QVERIFY(failure.containerId.isEmpty());
        QCOMPARE(stages.first().first().value<LaunchSession::Stage>(), LaunchSession::Stage::SendingProject);
        QCOMPARE(stages.last().first().value<LaunchSession::Stage>(), LaunchSession::Stage::Failed);
        QCOMPARE(stages.size(), 2);
    }

private:
    ProjectSync::Result run(ProjectSync &sync, const std::function<void()> &start)
    {
        QSignalSpy finished(&sync, &ProjectSync::finished);
        start();
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return finished.first().first().value<ProjectSync::Result>();
    }

    SshSession *m_session = nullptr;
};

QTEST_MAIN(TestProjectSyncEngine)
#include "test_projectsync_engine.moc"
