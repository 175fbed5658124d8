// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "fakenvidiasmi.h"
#include "gpu/gpuholderscanner.h"
#include "http/sshsession.h"
#include "i18n/languagemanager.h"
#include "lab/labmonitor.h"
#include "lab/servercard.h"
#include "lab/serverprobe.h"
#include "lab/serverspage.h"
#include "lab/sshcommand.h"
#include "remotetestenv.h"
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace berth;
using namespace berth::core;
using test::FakeNvidiaSmi;

namespace {

QString remoteHost()
{
    return qEnvironmentVariable("BERTH_TEST_REMOTE_DOCKER_HOST");
}

// The folder first on PATH in the test sshd's sessions: programs "installed on the server".
QString serverBin()
{
    return qEnvironmentVariable("BERTH_TEST_SSH_SERVER_BIN");
}

// A loopback port nobody listens on (taken and given back).
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}
} // namespace

// Servers at a glance against real engines: the private engine (with a fake nvidia-smi first on PATH and GPU
// holders under different owners), the second "remote" engine, a closed port and a server that accepts and never
// answers.
class TestLabEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        BERTH_REQUIRE_REMOTE();
        QVERIFY2(!remoteHost().isEmpty(), "BERTH_TEST_REMOTE_DOCKER_HOST is not set: run through ./scripts/test");
        QVERIFY2(QFileInfo(serverBin()).isDir(), "BERTH_TEST_SSH_SERVER_BIN is not set: run through ./scripts/test");
        // The private sshd's keys and known_hosts, never ~/.ssh.
        SshOptions ssh = SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        SshSession::setDefaultOptions(ssh);
        m_tag = QStringLiteral("berth-lab-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        create(QStringLiteral("alice"), QStringLiteral("device=1"));
        create(QStringLiteral("bob"), QStringLiteral("device=3"));
        // A silent engine: accepts connections and never says a word. And a socket path nothing listens on.
        QVERIFY(m_dir.isValid());
        QVERIFY(m_silent.listen(m_dir.filePath(QStringLiteral("silent.sock"))));
        connect(&m_silent, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_silent.nextPendingConnection())
                s->setParent(&m_silent);
        });
    }
    void cleanupTestCase()
    {
        if (!m_created.isEmpty())
            test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
        if (!m_remoteCreated.isEmpty())
            test::remote::remoteDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_remoteCreated);
    }
    void cleanup()
    {
        // Tests that set up their own contexts leave the others with the environment they started in.
        qunsetenv("DOCKER_CONFIG");
        qunsetenv("DOCKER_HOST");
        qunsetenv("DOCKER_CONTEXT");
        m_contexts.reset();
    }

    void probe_localServer_namesGpusHoldersAndCounts()
    {
        FakeNvidiaSmi fake;
        QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        ServerProbe probe(QStringLiteral("default"), &client, LocalCommand::runner());
        probe.holderScanner()->setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_tag}}});
        QSignalSpy settled(&probe, &ServerProbe::settled);
        probe.refresh();
        QVERIFY(settled.wait(30000));
        const ServerStatus &s = probe.status();
        QVERIFY2(s.reachable, qPrintable(s.error.toString()));
        QVERIFY(!s.engineVersion.isEmpty());
        QVERIFY(s.total >= 2);
        QCOMPARE(s.gpuState, ServerStatus::GpuState::Ready);
        QCOMPARE(s.gpus.size(), 8);
        QCOMPARE(s.gpus.at(1).holders.size(), 1);
        QCOMPARE(s.gpus.at(1).holders.first().owner, QStringLiteral("alice"));
        QCOMPARE(s.gpus.at(3).holders.first().owner, QStringLiteral("bob"));
        QCOMPARE(s.gpus.at(0).info.name, QStringLiteral("NVIDIA A100-SXM4-80GB"));
        QVERIFY(!s.freeGpuIndexes().contains(1));
        QVERIFY(!s.freeGpuIndexes().contains(3));

        // The JSON `berth servers` prints, with the fields the issue names.
        const QJsonObject o = s.toJson();
        for (const char *key : {"name", "host", "reachable", "engineVersion", "apiVersion", "containers", "gpus"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QLatin1String("containers")).toObject().contains(QLatin1String("running")));
        const QJsonObject gpu1 = o.value(QLatin1String("gpus")).toArray().at(1).toObject();
        for (const char *key : {"index", "uuid", "name", "memoryUsedMiB", "memoryTotalMiB", "utilization", "holders"})
            QVERIFY2(gpu1.contains(QLatin1String(key)), key);
        QCOMPARE(gpu1.value(QLatin1String("holders")).toArray().first().toObject().value(QLatin1String("owner")),
                 QJsonValue(QStringLiteral("alice")));
    }

    void probe_nvidiaSmiVariants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("gpus");
        QTest::newRow("2 GPUs") << QStringLiteral("gpus-2-idle.csv") << int(ServerStatus::GpuState::Ready) << 2;
        QTest::newRow("8 GPUs busy") << QStringLiteral("gpus-8-busy.csv") << int(ServerStatus::GpuState::Ready) << 8;
        QTest::newRow("failing") << QStringLiteral("fail") << int(ServerStatus::GpuState::Failed) << 0;
        QTest::newRow("absent") << QStringLiteral("absent") << int(ServerStatus::GpuState::NotInstalled) << 0;
    }
    void probe_nvidiaSmiVariants()
    {
        QFETCH(QString, variant);
        QFETCH(int, state);
        QFETCH(int, gpus);
        FakeNvidiaSmi fake;
        if (variant == QLatin1String("fail"))
            QVERIFY(fake.fail());
        else if (variant == QLatin1String("absent"))
            fake.makeAbsent();
        else
            QVERIFY(fake.printFixture(variant));
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        ServerProbe probe(QStringLiteral("default"), &client, LocalCommand::runner());
        QSignalSpy settled(&probe, &ServerProbe::settled);
        probe.refresh();
        QVERIFY(settled.wait(30000));
        QCOMPARE(int(probe.status().gpuState), state);
        QCOMPARE(probe.status().gpus.size(), gpus);
        QVERIFY(probe.status().reachable); // the engine answers whatever nvidia-smi does
        if (variant == QLatin1String("fail"))
            QVERIFY(!probe.status().gpuError.isEmpty());
        QCOMPARE(probe.status().toJson().value(QLatin1String("gpus")).isNull(), gpus == 0);
    }

    // The Servers page's and `berth servers`' list: every docker context and the default engine, asked at once;
    // GPUs from nvidia-smi here for the unix:// engine, over the server's own ssh session for the ssh:// one (its
    // fake nvidia-smi lives only in the sshd's PATH), unknown for TLS tcp://; holders from each engine's containers.
    void directory_everyContextProbed_gpusHereAndOverSsh()
    {
        useContexts();
        FakeNvidiaSmi local;
        QVERIFY(local.printFixture(QStringLiteral("gpus-2-idle.csv")));
        FakeNvidiaSmi onServer(serverBin());
        QVERIFY(onServer.printFixture(QStringLiteral("gpus-8-busy.csv")));
        createRemote(QStringLiteral("dave"), QStringLiteral("device=5"));
        createRemote(QStringLiteral("erin"), QStringLiteral("device=6"));

        ServerDirectory directory;
        LabMonitor monitor;
        monitor.setConnectTimeout(5000);
        QSignalSpy changed(&monitor, &LabMonitor::serversChanged);
        monitor.setDirectory(&directory);
        QCOMPARE(changed.size(), 1);
        QStringList names;
        for (ServerProbe *p : monitor.probes()) {
            names << p->status().name;
            // Only this test's containers count as holders (other tests may leave GPU requests behind).
            p->holderScanner()->setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_tag}}});
        }
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("down"), QStringLiteral("gpu-ssh"),
                                     QStringLiteral("gpu-tls")}));
        QSignalSpy every(&monitor, &LabMonitor::everySettled);
        QElapsedTimer clock;
        clock.start();
        monitor.refresh();
        QVERIFY(every.wait(20000));
        qInfo("every context settled in %lld ms", clock.elapsed());
        QCOMPARE(changed.size(), 1); // nothing changed in the store: the probes stay

        const ServerStatus def = monitor.probe(QStringLiteral("default"))->status();
        QVERIFY2(def.reachable, qPrintable(def.error.toString()));
        QCOMPARE(def.gpuState, ServerStatus::GpuState::Ready);
        QCOMPARE(def.gpus.size(), 2);

        const ServerStatus ssh = monitor.probe(QStringLiteral("gpu-ssh"))->status();
        QVERIFY2(ssh.reachable, qPrintable(ssh.error.toString()));
        QVERIFY2(ssh.gpuState == ServerStatus::GpuState::Ready, qPrintable(ssh.gpuError));
        QCOMPARE(ssh.gpus.size(), 8);
        QVERIFY(onServer.calls() >= 1);
        QVERIFY(onServer.lastArguments().contains(QLatin1String("--query-gpu")));
        QCOMPARE(ssh.gpus.at(5).holders.size(), 1);
        QCOMPARE(ssh.gpus.at(5).holders.first().owner, QStringLiteral("dave"));
        QCOMPARE(ssh.gpus.at(6).holders.first().owner, QStringLiteral("erin"));
        QVERIFY(ssh.gpus.at(1).holders.isEmpty()); // alice's hold is on the other engine
        QVERIFY(!ssh.freeGpuIndexes().contains(5));

        const ServerStatus tls = monitor.probe(QStringLiteral("gpu-tls"))->status();
        QVERIFY2(tls.reachable, qPrintable(tls.error.toString()));
        QCOMPARE(tls.gpuState, ServerStatus::GpuState::Unknown);
        QVERIFY(tls.toJson().value(QLatin1String("gpus")).isNull());

        const ServerStatus down = monitor.probe(QStringLiteral("down"))->status();
        QVERIFY(!down.reachable);
        QVERIFY(down.error.isError());

        // A context added meanwhile (here, or by the docker CLI) is on the next round.
        DockerContext extra;
        extra.name = QStringLiteral("later");
        extra.host = remoteHost();
        QVERIFY(ContextStore().save(extra));
        monitor.refresh();
        QCOMPARE(changed.size(), 2);
        QVERIFY(monitor.probe(QStringLiteral("later")));
        QVERIFY(every.wait(20000));
        QVERIFY(monitor.probe(QStringLiteral("later"))->status().reachable);

        // The page follows the directory.
        ui::ServersPage page(&monitor);
        page.resize(1100, 760);
        page.rebuild();
        QCOMPARE(page.cards().size(), 5);
        const QStringList sshLines = page.card(QStringLiteral("gpu-ssh"))->gpuText().split(QLatin1Char('\n'));
        QVERIFY2(sshLines.value(6).contains(QLatin1String("dave")), qPrintable(sshLines.join(QLatin1Char('\n'))));
        // GPU 0 runs at 99 % with no container on it: not free, and the card says why; GPU 2 is free.
        QVERIFY2(sshLines.value(1).endsWith(QLatin1String("busy outside containers")), qPrintable(sshLines.value(1)));
        QVERIFY2(sshLines.value(3).endsWith(QStringLiteral(" · free")), qPrintable(sshLines.value(3)));
        QVERIFY(sshLines.value(0).contains(QLatin1String("3 of 8 free")));
        const QString shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        page.grab().save(shots + QStringLiteral("/servers-page-contexts.png"));
        // The same page in Korean, switched live.
        ui::LanguageManager::instance().apply(QStringLiteral("ko"));
        QCoreApplication::processEvents();
        QVERIFY2(page.card(QStringLiteral("gpu-ssh"))->stateText().contains(QStringLiteral("연결")),
                 qPrintable(page.card(QStringLiteral("gpu-ssh"))->stateText()));
        page.grab().save(shots + QStringLiteral("/servers-page-contexts-ko.png"));
        ui::LanguageManager::instance().apply(QStringLiteral("en"));
    }

    void serversCommand_printsEveryContext()
    {
        useContexts();
        FakeNvidiaSmi local;
        QVERIFY(local.printFixture(QStringLiteral("gpus-2-idle.csv")));
        FakeNvidiaSmi onServer(serverBin());
        QVERIFY(onServer.printFixture(QStringLiteral("gpus-8-busy.csv")));
        createRemote(QStringLiteral("frank"), QStringLiteral("device=7"));

        QProcess berth;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // with the fake nvidia-smi on PATH
        env.insert(QStringLiteral("BERTH_SSH_CONFIG"), test::remote::sshConfig());
        berth.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        berth.start(test::binDir() + QStringLiteral("/berth"), {QStringLiteral("servers"), QStringLiteral("--json"),
                                                                QStringLiteral("--timeout"), QStringLiteral("5")});
        QVERIFY(berth.waitForFinished(30000));
        qInfo("berth servers over 4 servers (one down): %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 5000 + 2500);
        const QJsonArray servers = QJsonDocument::fromJson(berth.readAllStandardOutput()).array();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : servers)
            byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
        QCOMPARE(byName.size(), 4);
        QCOMPARE(byName.value(QStringLiteral("default")).value(QLatin1String("gpus")).toArray().size(), 2);
        const QJsonObject ssh = byName.value(QStringLiteral("gpu-ssh"));
        QCOMPARE(ssh.value(QLatin1String("reachable")).toBool(), true);
        QCOMPARE(ssh.value(QLatin1String("host")).toString(), test::remote::sshHost());
        const QJsonArray gpus = ssh.value(QLatin1String("gpus")).toArray();
        QCOMPARE(gpus.size(), 8);
        bool frankSeen = false;
        for (const QJsonValue &h : gpus.at(7).toObject().value(QLatin1String("holders")).toArray())
            frankSeen |= h.toObject().value(QLatin1String("owner")).toString() == QLatin1String("frank");
        QVERIFY(frankSeen);
        QVERIFY(byName.value(QStringLiteral("gpu-tls")).value(QLatin1String("gpus")).isNull());
        QCOMPARE(byName.value(QStringLiteral("down")).value(QLatin1String("reachable")).toBool(), false);
        QVERIFY(!byName.value(QStringLiteral("down")).value(QLatin1String("error")).toString().isEmpty());
    }

    // nvidia-smi on an ssh server in every state the issue names, through the server's ssh session.
    void probe_sshServerNvidiaSmiVariants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("gpus");
        QTest::newRow("2 GPUs") << QStringLiteral("gpus-2-idle.csv") << int(ServerStatus::GpuState::Ready) << 2;
        QTest::newRow("8 GPUs busy") << QStringLiteral("gpus-8-busy.csv") << int(ServerStatus::GpuState::Ready) << 8;
        QTest::newRow("failing") << QStringLiteral("fail") << int(ServerStatus::GpuState::Failed) << 0;
        QTest::newRow("absent") << QStringLiteral("absent") << int(ServerStatus::GpuState::NotInstalled) << 0;
        QTest::newRow("hanging") << QStringLiteral("hang") << int(ServerStatus::GpuState::Failed) << 0;
    }
    void probe_sshServerNvidiaSmiVariants()
    {
        QFETCH(QString, variant);
        QFETCH(int, state);
        QFETCH(int, gpus);
        FakeNvidiaSmi onServer(serverBin());
        if (variant == QLatin1String("fail"))
            QVERIFY(onServer.fail());
        else if (variant == QLatin1String("absent"))
            onServer.makeAbsent();
        else if (variant == QLatin1String("hang"))
            QVERIFY(onServer.hang());
        else
            QVERIFY(onServer.printFixture(variant));
        const Endpoint endpoint = Endpoint::fromHost(test::remote::sshHost());
        EngineClient client(endpoint);
        ServerProbe probe(QStringLiteral("gpu-ssh"), &client,
                          SshCommand::runner(SshSession::forDestination(endpoint.ssh()), 2000));
        probe.setConnectTimeout(4000);
        QSignalSpy settled(&probe, &ServerProbe::settled);
        QElapsedTimer clock;
        clock.start();
        probe.refresh();
        QVERIFY(settled.wait(30000));
        QVERIFY(clock.elapsed() < 4000 + 1000);
        QVERIFY2(probe.status().reachable, qPrintable(probe.status().error.toString()));
        QCOMPARE(int(probe.status().gpuState), state);
        QCOMPARE(probe.status().gpus.size(), gpus);
        if (state == int(ServerStatus::GpuState::Failed))
            QVERIFY(!probe.status().gpuError.isEmpty());
        if (variant == QLatin1String("fail"))
            QVERIFY2(probe.status().gpuError.contains(QLatin1String("NVIDIA-SMI has failed")),
                     qPrintable(probe.status().gpuError));
    }

    void monitor_deadServersReportWithinTheTimeoutAndHoldUpNoOne()
    {
        FakeNvidiaSmi fake;
        QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
        EngineClient local(Endpoint::fromHost(test::dockerHost()));
        EngineClient remote(Endpoint::fromHost(remoteHost()));
        EngineClient closed(
            Endpoint::fromHost(QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("closed.sock"))));
        EngineClient silent(Endpoint::fromHost(QStringLiteral("unix://") + m_silent.fullServerName()));
        LabMonitor monitor;
        monitor.setConnectTimeout(1500);
        monitor.addServer(QStringLiteral("default"), &local, LocalCommand::runner());
        monitor.addServer(QStringLiteral("second"), &remote, {});
        monitor.addServer(QStringLiteral("closed"), &closed, {});
        monitor.addServer(QStringLiteral("silent"), &silent, {});
        QHash<QString, qint64> settledAt;
        QElapsedTimer clock;
        connect(&monitor, &LabMonitor::serverSettled, this,
                [&](const QString &name) { settledAt.insert(name, clock.elapsed()); });
        QSignalSpy every(&monitor, &LabMonitor::everySettled);
        clock.start();
        monitor.refresh();
        QVERIFY(every.wait(10000));
        const qint64 total = clock.elapsed();
        qInfo("settled after (ms): default %lld, second %lld, closed %lld, silent %lld; all %lld",
              settledAt.value(QStringLiteral("default")), settledAt.value(QStringLiteral("second")),
              settledAt.value(QStringLiteral("closed")), settledAt.value(QStringLiteral("silent")), total);
        QVERIFY2(total < 1500 + 1000, "a dead server held the round up past its timeout");
        // The live servers do not wait for the silent one.
        QVERIFY(settledAt.value(QStringLiteral("default")) < 1500);
        QVERIFY(settledAt.value(QStringLiteral("second")) < 1500);
        QVERIFY(settledAt.value(QStringLiteral("closed")) < 1500);

        const ServerStatus closedStatus = monitor.probe(QStringLiteral("closed"))->status();
        QVERIFY(!closedStatus.reachable);
        QCOMPARE(closedStatus.error.kind(), EngineError::Kind::Unreachable);
        const ServerStatus silentStatus = monitor.probe(QStringLiteral("silent"))->status();
        QVERIFY(!silentStatus.reachable);
        QCOMPARE(silentStatus.error.kind(), EngineError::Kind::Timeout);
        const ServerStatus second = monitor.probe(QStringLiteral("second"))->status();
        QVERIFY(second.reachable);
        QCOMPARE(second.gpuState, ServerStatus::GpuState::Unknown);
        QVERIFY(second.toJson().value(QLatin1String("gpus")).isNull());

        // The page shows each server on its own card, the dead ones with the reason.
        ui::ServersPage page(&monitor);
        page.setOwnerPolicy(OwnerPolicy(QStringLiteral("carol")));
        page.resize(1100, 700);
        page.rebuild();
        QCOMPARE(page.cards().size(), 4);
        QVERIFY2(page.card(QStringLiteral("closed"))->stateText().startsWith(QLatin1String("Not reachable")),
                 qPrintable(page.card(QStringLiteral("closed"))->stateText()));
        QVERIFY(page.card(QStringLiteral("default"))->gpuText().contains(QLatin1String("GPU 1")));
        page.grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath()) +
                         QStringLiteral("/servers-page.png"));
    }

    void serversCommand_returnsWithinTheTimeoutWhenTheServerIsDown()
    {
        // No contexts: the default server is the only one.
        QTemporaryDir noContexts;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_CONFIG"), noContexts.path());
        QProcess berth;
        berth.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        berth.start(test::binDir() + QStringLiteral("/berth"),
                    {QStringLiteral("servers"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                     QStringLiteral("2"), QStringLiteral("--host"),
                     QStringLiteral("unix://") + m_silent.fullServerName()});
        QVERIFY(berth.waitForFinished(15000));
        const qint64 ms = clock.elapsed();
        qInfo("berth servers against a silent server: %lld ms", ms);
        QVERIFY(ms < 2000 + 2500);
        const QJsonArray servers = QJsonDocument::fromJson(berth.readAllStandardOutput()).array();
        QCOMPARE(servers.size(), 1);
        const QJsonObject s = servers.first().toObject();
        QCOMPARE(s.value(QLatin1String("name")).toString(), QStringLiteral("default"));
        QCOMPARE(s.value(QLatin1String("reachable")).toBool(), false);
        QVERIFY(!s.value(QLatin1String("error")).toString().isEmpty());
        QVERIFY(s.value(QLatin1String("gpus")).isNull());

        QProcess up;
        up.setProcessEnvironment(env);
        up.start(test::binDir() + QStringLiteral("/berth"),
                 {QStringLiteral("servers"), QStringLiteral("--json"), QStringLiteral("--host"), test::dockerHost()});
        QVERIFY(up.waitForFinished(30000));
        const QJsonObject local = QJsonDocument::fromJson(up.readAllStandardOutput()).array().first().toObject();
        QCOMPARE(local.value(QLatin1String("reachable")).toBool(), true);
        QVERIFY(local.value(QLatin1String("containers")).toObject().value(QLatin1String("total")).toInt() >= 2);
    }

private:
    // A docker config of this test's own (DOCKER_CONFIG) with an ssh server, a TLS server and one that is down; the
    // default engine is the private local one.
    void useContexts()
    {
        m_contexts = std::make_unique<QTemporaryDir>();
        QVERIFY(m_contexts->isValid());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_contexts->path()));
        qputenv("DOCKER_HOST", test::dockerHost().toUtf8());
        qunsetenv("DOCKER_CONTEXT");
        ContextStore store;
        DockerContext ssh;
        ssh.name = QStringLiteral("gpu-ssh");
        ssh.host = test::remote::sshHost();
        QString error;
        QVERIFY2(store.save(ssh, &error), qPrintable(error));
        DockerContext tls;
        tls.name = QStringLiteral("gpu-tls");
        tls.host = test::remote::tlsHost();
        tls.caFile = test::remote::tlsCertPath() + QStringLiteral("/ca.pem");
        tls.certFile = test::remote::tlsCertPath() + QStringLiteral("/cert.pem");
        tls.keyFile = test::remote::tlsCertPath() + QStringLiteral("/key.pem");
        QVERIFY2(store.save(tls, &error), qPrintable(error));
        DockerContext down;
        down.name = QStringLiteral("down");
        down.host = QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort());
        QVERIFY2(store.save(down, &error), qPrintable(error));
    }
    void createRemote(const QString &owner, const QString &gpus)
    {
        const QString name = m_tag + QStringLiteral("-remote-") + owner;
        int code = -1;
        test::remote::remoteDocker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                                    QStringLiteral("berth.test=") + m_tag, QStringLiteral("--label"),
                                    QLatin1String(BerthLabels::Owner) + QLatin1Char('=') + owner,
                                    QStringLiteral("--gpus"), gpus, test::busyboxImage(), QStringLiteral("sleep"),
                                    QStringLiteral("100")},
                                   &code);
        QCOMPARE(code, 0);
        m_remoteCreated << name;
    }
    void create(const QString &owner, const QString &gpus)
    {
        const QString name = m_tag + QLatin1Char('-') + owner;
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                      QStringLiteral("berth.test=") + m_tag, QStringLiteral("--label"),
                      QStringLiteral("berth.owner=") + owner, QStringLiteral("--gpus"), gpus, test::busyboxImage(),
                      QStringLiteral("sleep"), QStringLiteral("100")});
        m_created << name;
    }

    QString m_tag;
    QStringList m_created;
    QStringList m_remoteCreated;
    std::unique_ptr<QTemporaryDir> m_contexts;
    QTemporaryDir m_dir;
    QLocalServer m_silent;
};

QTEST_MAIN(TestLabEngine)
#include "test_lab_engine.moc"
