// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "engine/engineclient.h"
#include "engineraw.h"
#include "fakenvidiasmi.h"
#include "http/sshsession.h"
#include "lab/freegpufinder.h"
#include "lab/labmonitor.h"
#include "launch/dockerrunwriter.h"
#include "launch/launchsession.h"
#include "remotetestenv.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;
using test::FakeNvidiaSmi;

// `--gpus free=N` at Run: the launch pipeline names N free, idle GPUs of the engine's own server (its containers'
// GPU requests and its nvidia-smi, asked afresh) and creates the container with exactly those device IDs. The
// fixture has 8 GPUs of which 2, 4 and 7 are idle; a container of this test holds GPU 2, so free=2 must become
// device=4,7 — never the first GPUs, never the held one.
class TestFreeGpusEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        BERTH_REQUIRE_REMOTE();
        qRegisterMetaType<LaunchSession::Failure>();
        SshOptions ssh = SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        SshSession::setDefaultOptions(ssh);
        m_tag = QStringLiteral("berth-free-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QVERIFY(holdGpu(test::dockerHost(), QStringLiteral("local")));
        QVERIFY(holdGpu(test::remote::remoteUnixHost(), QStringLiteral("remote")));
    }
    void cleanupTestCase()
    {
        for (const QString &host : {test::dockerHost(), test::remote::remoteUnixHost()}) {
            QProcess p;
            p.start(test::remote::dockerCliPath(),
                    {QStringLiteral("-H"), host, QStringLiteral("ps"), QStringLiteral("-aq"),
                     QStringLiteral("--filter"), QStringLiteral("label=berth.test=") + m_tag});
            p.waitForFinished(60000);
            const QStringList ids =
                QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (!ids.isEmpty()) {
                QProcess rm;
                rm.start(test::remote::dockerCliPath(),
                         QStringList{QStringLiteral("-H"), host, QStringLiteral("rm"), QStringLiteral("-f")} + ids);
                rm.waitForFinished(60000);
            }
        }
    }

    void freeTwo_onTheLocalEngine_becomesTheIdleUnheldDevices()
    {
        FakeNvidiaSmi fake;
        QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        const Outcome o = launch(&client, QStringLiteral("2"));
        QVERIFY2(o.failure.problems.isEmpty(), qPrintable(o.failure.problems.value(0).message));
        QVERIFY(fake.calls() >= 1);
        QCOMPARE(o.deviceIds, (QStringList{QStringLiteral("4"), QStringLiteral("7")}));
        QCOMPARE(o.cliValue, QStringLiteral("device=4,7"));
        // The canonical line records what it became, never the wish.
        QVERIFY2(o.line.contains(QLatin1String("device=4,7")) && !o.line.contains(QLatin1String("free=")),
                 qPrintable(o.line));
        QCOMPARE(o.engineDeviceIds, o.deviceIds);
    }

    void freeTwo_onAnSshServer_asksThatServersNvidiaSmi()
    {
        // Locally every GPU is busy: a choice made from this machine's nvidia-smi would fail.
        FakeNvidiaSmi local;
        QVERIFY(local.printBytes(QByteArrayLiteral("0, GPU-a, Local GPU, 24576, 24000, 100, 535.1\n")));
        FakeNvidiaSmi onServer(qEnvironmentVariable("BERTH_TEST_SSH_SERVER_BIN"));
        QVERIFY(onServer.printFixture(QStringLiteral("gpus-8-busy.csv")));
        EngineClient client(Endpoint::fromHost(test::remote::sshHost()));
        const Outcome o = launch(&client, QStringLiteral("2"));
        QVERIFY2(o.failure.problems.isEmpty(), qPrintable(o.failure.problems.value(0).message));
        QVERIFY(onServer.calls() >= 1);
        QCOMPARE(local.calls(), 0);
        QCOMPARE(o.deviceIds, (QStringList{QStringLiteral("4"), QStringLiteral("7")}));
        QCOMPARE(o.engineDeviceIds, o.deviceIds);
    }

    void freeThree_whenOnlyTwoAreFree_failsBeforeCreatingAnything()
    {
        FakeNvidiaSmi fake;
        QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        const Outcome o = launch(&client, QStringLiteral("3"));
        QCOMPARE(o.failure.step, LaunchSession::Step::Build);
        QCOMPARE(o.failure.problems.size(), 1);
        QCOMPARE(o.failure.problems.first().field, LaunchProblem::Field::Gpus);
        QVERIFY2(o.failure.problems.first().message.contains(QLatin1String("4, 7")),
                 qPrintable(o.failure.problems.first().message));
        QVERIFY(o.failure.containerId.isEmpty());
        QVERIFY(o.deviceIds.isEmpty());
    }

    void freeOne_withoutNvidiaSmi_saysTheGpusCannotBeSeen()
    {
        FakeNvidiaSmi fake;
        fake.makeAbsent();
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        const Outcome o = launch(&client, QStringLiteral("1"));
        QCOMPARE(o.failure.step, LaunchSession::Step::Build);
        QVERIFY2(o.failure.problems.value(0).message.contains(QLatin1String("cannot see the GPUs")),
                 qPrintable(o.failure.problems.value(0).message));
    }

private:
    struct Outcome
    {
        LaunchSession::Failure failure;
        QStringList deviceIds;       // in the create body
        QStringList engineDeviceIds; // in the engine's inspect of the container
        QString cliValue;            // request().spec.gpus after the launch
        QString line;                // the docker run line of that spec
    };

    // Runs `docker run --gpus free=COUNT busybox true` through the pipeline. These engines have no NVIDIA runtime,
    // so the start fails after create; the failed container is kept to read back what the engine was given.
    Outcome launch(EngineClient *client, const QString &count)
    {
        LaunchSession session(client, nullptr);
        LaunchSession::Request request;
        request.text = QStringLiteral("docker run --gpus free=%1 --label berth.test=%2 %3 true")
                           .arg(count, m_tag, test::busyboxImage());
        request.build.berthLabels = false;
        request.keepFailedStart = true;
        request.resolveFreeGpus = FreeGpuFinder::resolver(client, LabMonitor::runnerFor(client->endpoint()));
        QSignalSpy failed(&session, &LaunchSession::failed);
        QSignalSpy launched(&session, &LaunchSession::launched);
        session.start(request);
        Outcome o;
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !launched.isEmpty(); }, 60000))
            return o;
        if (!failed.isEmpty())
            o.failure = failed.first().first().value<LaunchSession::Failure>();
        const QJsonArray requests = session.body()
                                        .value(QLatin1String("HostConfig"))
                                        .toObject()
                                        .value(QLatin1String("DeviceRequests"))
                                        .toArray();
        for (const QJsonValue &id : requests.at(0).toObject().value(QLatin1String("DeviceIDs")).toArray())
            o.deviceIds << id.toString();
        o.cliValue = session.request().spec.gpus.toCliValue();
        o.line = DockerRunWriter::write(session.request().spec);
        const QString id = o.failure.containerId.isEmpty() ? session.containerId() : o.failure.containerId;
        if (!id.isEmpty()) {
            QSignalSpy done(this, &TestFreeGpusEngine::inspected);
            client->inspectContainer(id, this, [this, &o](const Result<ContainerDetails> &r) {
                if (r.ok()) {
                    const QJsonArray engine = EngineRawAccess::document(r.value())
                                                  .value(QLatin1String("HostConfig"))
                                                  .toObject()
                                                  .value(QLatin1String("DeviceRequests"))
                                                  .toArray();
                    for (const QJsonValue &v : engine.at(0).toObject().value(QLatin1String("DeviceIDs")).toArray())
                        o.engineDeviceIds << v.toString();
                }
                Q_EMIT inspected();
            });
            done.wait(30000);
            // Gone again, so the next case sees the same GPUs free.
            QSignalSpy removed(this, &TestFreeGpusEngine::inspected);
            client->removeContainer(id, true, false, this, [this](const Result<Done> &) { Q_EMIT inspected(); });
            removed.wait(30000);
        }
        return o;
    }

    // A created (not started) container holding GPU 2 on the engine at host, under another owner.
    bool holdGpu(const QString &host, const QString &what)
    {
        QProcess p;
        p.start(test::remote::dockerCliPath(),
                {QStringLiteral("-H"), host, QStringLiteral("create"), QStringLiteral("--name"),
                 m_tag + QStringLiteral("-holder-") + what, QStringLiteral("--label"),
                 QStringLiteral("berth.test=") + m_tag, QStringLiteral("--label"),
                 QLatin1String(BerthLabels::Owner) + QStringLiteral("=someone-else"), QStringLiteral("--gpus"),
                 QStringLiteral("device=2"), test::busyboxImage(), QStringLiteral("true")});
        p.waitForFinished(60000);
        return p.exitCode() == 0;
    }

Q_SIGNALS:
    void inspected();

private:
    QString m_tag;
};

QTEST_MAIN(TestFreeGpusEngine)
#include "test_freegpus_engine.moc"
