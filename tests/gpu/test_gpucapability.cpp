// SPDX-License-Identifier: Apache-2.0
#include "gpu/gpucapability.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using berth::core::Endpoint;
using berth::core::EngineError;
using berth::core::EngineInfo;
using berth::core::GpuCapability;

class TestGpuCapability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void engineError_isUnknownWithTheMessage();
    void probeHost_findsHookOnPathAndNvidiaCdiSpecs();
    void probeHost_remoteEngine_looksAtNothing();
};

void TestGpuCapability::decide_data()
{
    QTest::addColumn<QStringList>("runtimes");
    QTest::addColumn<QString>("defaultRuntime");
    QTest::addColumn<QStringList>("cdiDirs");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("cli");
    QTest::addColumn<QStringList>("cdiSpecs");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("via");

    const QStringList runc{QStringLiteral("io.containerd.runc.v2"), QStringLiteral("runc")};
    const QStringList withNvidia = runc + QStringList{QStringLiteral("nvidia")};
    const QStringList cdiDirs{QStringLiteral("/etc/cdi"), QStringLiteral("/var/run/cdi")};
    const QString hook = QStringLiteral("/usr/bin/nvidia-container-runtime-hook");
    const QString cli = QStringLiteral("/usr/bin/nvidia-container-cli");
    using S = GpuCapability::State;
    using V = GpuCapability::Via;

    QTest::newRow("nvidiaRuntime_available") << withNvidia << "runc" << QStringList{} << true << ""
                                             << "" << QStringList{} << int(S::Available) << int(V::NvidiaRuntime);
    QTest::newRow("nvidiaRuntimeRemote_available") << withNvidia << "nvidia" << QStringList{} << false << ""
                                                   << "" << QStringList{} << int(S::Available) << int(V::NvidiaRuntime);
    QTest::newRow("engine2010HookOnly_available") << runc << "runc" << QStringList{} << true << hook << cli
                                                  << QStringList{} << int(S::Available) << int(V::ToolkitHook);
    QTest::newRow("hookWithoutCli_unknown") << runc << "runc" << QStringList{} << true << hook << "" << QStringList{}
                                            << int(S::Unknown) << int(V::ToolkitHook);
    QTest::newRow("cdiSpecLocal_available")
        << runc << "runc" << cdiDirs << true << ""
        << "" << QStringList{QStringLiteral("/etc/cdi/nvidia.yaml")} << int(S::Available) << int(V::Cdi);
    QTest::newRow("cdiDirsWithoutNvidiaSpec_unavailable") << runc << "runc" << cdiDirs << true << ""
                                                          << "" << QStringList{} << int(S::Unavailable) << int(V::None);
    QTest::newRow("cdiRemote_unknown") << runc << "runc" << cdiDirs << false << ""
                                       << "" << QStringList{} << int(S::Unknown) << int(V::Cdi);
    QTest::newRow("plainLocal_unavailable") << runc << "runc" << QStringList{} << true << ""
                                            << "" << QStringList{} << int(S::Unavailable) << int(V::None);
    QTest::newRow("plainRemote_unknown") << runc << "runc" << QStringList{} << false << ""
                                         << "" << QStringList{} << int(S::Unknown) << int(V::None);
}

void TestGpuCapability::decide()
{
    QFETCH(QStringList, runtimes);
    QFETCH(QString, defaultRuntime);
    QFETCH(QStringList, cdiDirs);
    QFETCH(bool, local);
    QFETCH(QString, hook);
    QFETCH(QString, cli);
    QFETCH(QStringList, cdiSpecs);
    EngineInfo info;
    info.runtimes = runtimes;
    info.defaultRuntime = defaultRuntime;
    info.cdiSpecDirs = cdiDirs;
    GpuCapability::HostFacts facts;
    facts.engineIsLocal = local;
    facts.hookPath = hook;
    facts.cliPath = cli;
    facts.nvidiaCdiSpecs = cdiSpecs;
    const GpuCapability capability = GpuCapability::decide(info, facts);
    QTEST(int(capability.state()), "state");
    QTEST(int(capability.via()), "via");
    QVERIFY(!capability.reason().isEmpty());
}

void TestGpuCapability::engineError_isUnknownWithTheMessage()
{
    const GpuCapability capability =
        GpuCapability::fromError(EngineError(EngineError::Kind::Unreachable, QStringLiteral("connection refused")));
    QCOMPARE(capability.state(), GpuCapability::State::Unknown);
    QVERIFY(capability.reason().contains(QLatin1String("connection refused")));
}

void TestGpuCapability::probeHost_findsHookOnPathAndNvidiaCdiSpecs()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("bin"));
    QDir(dir.path()).mkpath(QStringLiteral("cdi"));
    for (const char *name : {"bin/nvidia-container-runtime-hook", "bin/nvidia-container-cli"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    }
    for (const char *name : {"cdi/nvidia.yaml", "cdi/other-vendor.json", "cdi/nvidia-notes.txt"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(dir.filePath(QStringLiteral("bin"))) + ':' + oldPath);
    const GpuCapability::HostFacts facts = GpuCapability::probeHost(
        Endpoint::fromHost(QStringLiteral("unix:///var/run/docker.sock")), {dir.filePath(QStringLiteral("cdi"))});
    qputenv("PATH", oldPath);
    QVERIFY(facts.engineIsLocal);
    QCOMPARE(facts.hookPath, dir.filePath(QStringLiteral("bin/nvidia-container-runtime-hook")));
    QCOMPARE(facts.cliPath, dir.filePath(QStringLiteral("bin/nvidia-container-cli")));
    QCOMPARE(facts.nvidiaCdiSpecs, QStringList{dir.filePath(QStringLiteral("cdi/nvidia.yaml"))});
}

void TestGpuCapability::probeHost_remoteEngine_looksAtNothing()
{
    const GpuCapability::HostFacts facts = GpuCapability::probeHost(
        Endpoint::fromHost(QStringLiteral("tcp://gpu-server:2376")), {QStringLiteral("/etc/cdi")});
    QVERIFY(!facts.engineIsLocal);
    QVERIFY(facts.hookPath.isEmpty());
    QVERIFY(facts.nvidiaCdiSpecs.isEmpty());
}

QTEST_GUILESS_MAIN(TestGpuCapability)
#include "test_gpucapability.moc"
