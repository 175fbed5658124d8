// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "hostileserver.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth::core;
using berth::test::HostileServer;

// The engine client against a socket that is not a well-behaved engine: replies that never end or announce
// gigabytes must end as a typed error with bounded memory, not as std::bad_alloc.
class TestHostileEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void endlessChunkedVersion_isTooLarge();
    void hugeContentLength_isTooLargeAtOnce();
    void bodyWithinTheCap_isRead();
    void pinnedApiVersion_belowFloorOrMalformed_isRefusedBeforeAnyRequest_data();
    void pinnedApiVersion_belowFloorOrMalformed_isRefusedBeforeAnyRequest();
    void berthEngine_malformedApiVersion_exitsWithTheError();
    void berthEngine_hostWithoutSocketPath_saysSo();
    void berthEngine_controlCharactersFromTheEngine_areEscaped();

private:
    Result<VersionInfo> version(qint64 cap, qint64 *elapsedMs = nullptr);
    // Runs `berth engine ARGS` with extra environment while this thread keeps serving the hostile socket.
    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        QByteArray out;
        QByteArray err;
    };
    Run berthEngine(const QStringList &args, const QMap<QString, QString> &env);

    QTemporaryDir *m_dir = nullptr;
    HostileServer *m_server = nullptr;
};

void TestHostileEngine::init()
{
    m_dir = new QTemporaryDir;
    m_server = new HostileServer(this);
    QVERIFY(m_server->listenLocal(m_dir->filePath(QStringLiteral("hostile.sock"))));
}

void TestHostileEngine::cleanup()
{
    delete m_server;
    delete m_dir;
}

Result<VersionInfo> TestHostileEngine::version(qint64 cap, qint64 *elapsedMs)
{
    EngineClient client(
        Endpoint::fromHost(QStringLiteral("unix://") + m_dir->filePath(QStringLiteral("hostile.sock"))));
    client.setMaxReplyBytes(cap);
    client.setRequestTimeout(20000);
    std::optional<Result<VersionInfo>> result;
    QElapsedTimer clock;
    clock.start();
    client.version(this, [&](const Result<VersionInfo> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return EngineError(EngineError::Kind::Timeout, QStringLiteral("the test waited too long"));
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return *result;
}

void TestHostileEngine::endlessChunkedVersion_isTooLarge()
{
    m_server->setMode(HostileServer::Mode::EndlessBody);
    const Result<VersionInfo> r = version(2 * 1024 * 1024);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), EngineError::Kind::TooLarge);
    QVERIFY(r.error().message().contains(QLatin1String("2 MiB")));
}

void TestHostileEngine::hugeContentLength_isTooLargeAtOnce()
{
    m_server->setMode(HostileServer::Mode::HugeLength);
    qint64 elapsed = 0;
    const Result<VersionInfo> r = version(2 * 1024 * 1024, &elapsed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), EngineError::Kind::TooLarge);
    QVERIFY(elapsed < 3000);
    QVERIFY(m_server->bytesSent() < 8 * 1024 * 1024);
}

void TestHostileEngine::bodyWithinTheCap_isRead()
{
    m_server->setMode(HostileServer::Mode::Normal);
    const Result<VersionInfo> r = version(1024 * 1024);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->version, QStringLiteral("20.10.24"));
}

void TestHostileEngine::pinnedApiVersion_belowFloorOrMalformed_isRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::newRow("1.12") << QByteArray("1.12");
    QTest::newRow("1.39") << QByteArray("1.39");
    QTest::newRow("malformed") << QByteArray("banana");
    QTest::newRow("negative") << QByteArray("-1.41");
}

void TestHostileEngine::pinnedApiVersion_belowFloorOrMalformed_isRefusedBeforeAnyRequest()
{
    QFETCH(QByteArray, pin);
    qputenv("DOCKER_API_VERSION", pin);
    const Result<VersionInfo> r = version(1024 * 1024);
    qunsetenv("DOCKER_API_VERSION");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), EngineError::Kind::ApiVersionUnsupported);
    QVERIFY(r.error().message().contains(QString::fromLatin1(pin)));
    QCOMPARE(m_server->requestCount(), 0);
}

TestHostileEngine::Run TestHostileEngine::berthEngine(const QStringList &args, const QMap<QString, QString> &env)
{
    Run run;
    const QString berth = berth::test::binDir() + QStringLiteral("/berth");
    if (!QFile::exists(berth)) {
        qWarning("build/bin/berth is needed for this test");
        return run;
    }
    QTemporaryDir config;
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("BERTH_CONFIG_DIR"), config.path());
    e.remove(QStringLiteral("DOCKER_HOST"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(berth, QStringList{QStringLiteral("engine")} + args);
    run.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 15000);
    if (!run.finished) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestHostileEngine::berthEngine_malformedApiVersion_exitsWithTheError()
{
    // It printed the error, then waited for ever.
    const Run run = berthEngine(
        {QStringLiteral("--host"), QStringLiteral("unix://") + m_dir->filePath(QStringLiteral("hostile.sock"))},
        {{QStringLiteral("DOCKER_API_VERSION"), QStringLiteral("1.x")}});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("DOCKER_API_VERSION=1.x"), run.err.constData());
}

void TestHostileEngine::berthEngine_hostWithoutSocketPath_saysSo()
{
    // It said "no engine socket at .".
    const Run run = berthEngine({QStringLiteral("--host"), QStringLiteral("unix://")}, {});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("unix:///var/run/docker.sock"), run.err.constData());
    QVERIFY2(!run.err.contains("socket at ."), run.err.constData());
}

void TestHostileEngine::berthEngine_controlCharactersFromTheEngine_areEscaped()
{
    m_server->setEngineVersion(R"(]0;owned[2J20.10
fake line)");
    const Run run = berthEngine(
        {QStringLiteral("--host"), QStringLiteral("unix://") + m_dir->filePath(QStringLiteral("hostile.sock"))}, {});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\r') && !run.out.contains('\x07'), run.out.constData());
    QVERIFY2(run.out.contains("\\x1b]0;owned\\x07"), run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestHostileEngine)

#include "test_hostileengine.moc"
