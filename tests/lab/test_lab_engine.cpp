// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpuholderscanner.h"
#include "lab/labmonitor.h"
#include "lab/servercard.h"
#include "lab/serverprobe.h"
#include "lab/serverspage.h"
#include "testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;
using test::FakeNvidiaSmi;

namespace {

QString remoteHost()
{
    return qEnvironmentVariable("BERTH_TEST_REMOTE_DOCKER_HOST");
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
        QVERIFY2(!remoteHost().isEmpty(), "BERTH_TEST_REMOTE_DOCKER_HOST is not set: run through ./scripts/test");
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
        QProcess berth;
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
        up.start(test::binDir() + QStringLiteral("/berth"),
                 {QStringLiteral("servers"), QStringLiteral("--json"), QStringLiteral("--host"), test::dockerHost()});
        QVERIFY(up.waitForFinished(30000));
        const QJsonObject local = QJsonDocument::fromJson(up.readAllStandardOutput()).array().first().toObject();
        QCOMPARE(local.value(QLatin1String("reachable")).toBool(), true);
        QVERIFY(local.value(QLatin1String("containers")).toObject().value(QLatin1String("total")).toInt() >= 2);
    }

private:
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
    QTemporaryDir m_dir;
    QLocalServer m_silent;
};

QTEST_MAIN(TestLabEngine)
#include "test_lab_engine.moc"
