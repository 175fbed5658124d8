// SPDX-License-Identifier: Apache-2.0
// Berth against a real "remote" engine: through a private sshd (ssh://user@host:port/path and ssh://user@host:port)
// and over tcp:// with TLS and client certificates. The same checks for every transport.
#include "async.h"
#include "engine/dockercontext.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/hijackedconnection.h"
#include "http/sshsession.h"
#include "remotetestenv.h"
#include "testenv.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace berth::core;
using berth::test::Awaiter;
namespace remote = berth::test::remote;

namespace {
Endpoint endpointFor(const QString &transport)
{
    if (transport == QLatin1String("ssh"))
        return Endpoint::fromHost(remote::sshHost());
    if (transport == QLatin1String("ssh-nopath"))
        return Endpoint::fromHost(remote::sshHostNoPath());
    DockerContext context;
    context.name = QStringLiteral("tls-test");
    context.host = remote::tlsHost();
    context.caFile = remote::tlsCertPath() + QStringLiteral("/ca.pem");
    context.certFile = remote::tlsCertPath() + QStringLiteral("/cert.pem");
    context.keyFile = remote::tlsCertPath() + QStringLiteral("/key.pem");
    return Endpoint::fromContext(context);
}

QJsonObject busybox(const QStringList &cmd, const QString &label, bool tty = false)
{
    return QJsonObject{{QStringLiteral("Image"), berth::test::busyboxImage()},
                       {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                       {QStringLiteral("Tty"), tty},
                       {QStringLiteral("OpenStdin"), tty},
                       {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.remote-test"), label}}}};
}

// The established TCP connections to a loopback port, as the kernel counts them.
int establishedTo(int port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-Htn"), QStringLiteral("state"), QStringLiteral("established"),
                                    QStringLiteral("dst"), QStringLiteral("127.0.0.1:%1").arg(port)});
    ss.waitForFinished(10000);
    const QByteArray out = ss.readAllStandardOutput().trimmed();
    return out.isEmpty() ? 0 : int(out.count('\n') + 1);
}
} // namespace

class TestRemoteEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void version_reachesTheRemoteEngine_data();
    void version_reachesTheRemoteEngine();
    void list_showsOnlyTheRemoteEnginesContainers_data();
    void list_showsOnlyTheRemoteEnginesContainers();
    void logsFollow_streamsEveryLine_data();
    void logsFollow_streamsEveryLine();
    void execShell_tty_roundTrip_data();
    void execShell_tty_roundTrip();
    void exec_closeWrite_sendsEof_data();
    void exec_closeWrite_sendsEof();
    void pull_fromLoopbackRegistry_data();
    void pull_fromLoopbackRegistry();
    void launch_createStartWait_data();
    void launch_createStartWait();
    void ssh_manyRequestsAndStreams_shareOneSshConnection();
    void ssh_runCommand_onTheServer_overTheSameSession();

private:
    void transports();
    QString run(EngineClient &client, const QJsonObject &body);
    // An exec of command in container id, started and attached (stdin open); null when either step failed.
    std::shared_ptr<HijackedConnection> attachExec(EngineClient &client, const QString &id, const QStringList &command,
                                                   bool tty);
    QString m_label = QUuid::createUuid().toString(QUuid::Id128).left(12);
    QStringList m_created;
};

void TestRemoteEngine::initTestCase()
{
    BERTH_REQUIRE_REMOTE();
    // The private sshd's keys and known_hosts, never ~/.ssh.
    SshOptions options = SshOptions::fromEnvironment();
    options.configFile = remote::sshConfig();
    SshSession::setDefaultOptions(options);
}

void TestRemoteEngine::cleanupTestCase()
{
    if (!remote::haveRemote())
        return;
    const QString ids = QString::fromLatin1(
        remote::remoteDocker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                              QStringLiteral("label=berth.remote-test=") + m_label}));
    const QStringList list = ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!list.isEmpty())
        remote::remoteDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + list);
    SshSession::closeAll();
}

void TestRemoteEngine::transports()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("ssh with socket path") << QStringLiteral("ssh");
    QTest::newRow("ssh without path") << QStringLiteral("ssh-nopath");
    QTest::newRow("tcp with TLS") << QStringLiteral("tls");
}

QString TestRemoteEngine::run(EngineClient &client, const QJsonObject &body)
{
    Awaiter<Result<CreatedContainer>> created;
    client.createContainer({}, body, this, created.callback());
    if (!created.wait() || !created.result().ok()) {
        qWarning() << "create failed:" << (created.result().ok() ? QString() : created.result().error().toString());
        return {};
    }
    const QString id = created.result()->id;
    m_created << id;
    Awaiter<Result<Done>> started;
    client.startContainer(id, this, started.callback());
    if (!started.wait() || !started.result().ok())
        return {};
    return id;
}

void TestRemoteEngine::version_reachesTheRemoteEngine_data()
{
    transports();
}

void TestRemoteEngine::version_reachesTheRemoteEngine()
{
    QFETCH(QString, transport);
    const Endpoint endpoint = endpointFor(transport);
    QVERIFY(endpoint.isRemote());
    QVERIFY(!endpoint.isUnencrypted());
    EngineClient client(endpoint);
    Awaiter<Result<VersionInfo>> version;
    client.version(this, version.callback());
    BERTH_AWAIT(version);
    QVERIFY2(version.result().ok(), qPrintable(version.result().error().toString()));
    QVERIFY(!version.result()->version.isEmpty());
    QVERIFY(!client.apiVersion().isEmpty());
}

void TestRemoteEngine::list_showsOnlyTheRemoteEnginesContainers_data()
{
    transports();
}

void TestRemoteEngine::list_showsOnlyTheRemoteEnginesContainers()
{
    QFETCH(QString, transport);
    const QString name = QStringLiteral("berth-remote-list-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    int code = -1;
    remote::remoteDocker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                          QStringLiteral("berth.remote-test=") + m_label, berth::test::busyboxImage()},
                         &code);
    QCOMPARE(code, 0);
    EngineClient client(endpointFor(transport));
    Awaiter<Result<QList<ContainerSummary>>> list;
    client.listContainers({}, this, list.callback());
    BERTH_AWAIT(list);
    QVERIFY2(list.result().ok(), qPrintable(list.result().error().toString()));
    bool found = false;
    for (const ContainerSummary &c : list.result().value())
        found = found || c.name == name;
    QVERIFY(found);

    // The local test engine is another machine as far as Berth knows: the container is not there.
    EngineClient local(Endpoint::fromHost(berth::test::dockerHost()));
    Awaiter<Result<QList<ContainerSummary>>> localList;
    local.listContainers({}, this, localList.callback());
    BERTH_AWAIT(localList);
    QVERIFY(localList.result().ok());
    for (const ContainerSummary &c : localList.result().value())
        QVERIFY(c.name != name);
}

void TestRemoteEngine::logsFollow_streamsEveryLine_data()
{
    transports();
}

void TestRemoteEngine::logsFollow_streamsEveryLine()
{
    QFETCH(QString, transport);
    EngineClient client(endpointFor(transport));
    const QString id = run(client, busybox({QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("for i in $(seq 1 2000); do echo line $i; done; "
                                                           "sleep 0.5; echo last >&2")},
                                           m_label));
    QVERIFY(!id.isEmpty());
    EngineClient::LogOptions options;
    options.follow = true;
    LogStream *stream = client.logs(id, options, false, this);
    QByteArray out, err;
    connect(stream, &LogStream::output, this, [&](StreamChannel channel, const QByteArray &data) {
        (channel == StreamChannel::Stderr ? err : out) += data;
    });
    QSignalSpy finished(stream, &LogStream::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(!finished.at(0).at(0).value<EngineError>().isError(),
             qPrintable(finished.at(0).at(0).value<EngineError>().toString()));
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 2001);
    QCOMPARE(lines.at(0), QByteArray("line 1"));
    QCOMPARE(lines.at(1999), QByteArray("line 2000"));
    QCOMPARE(err, QByteArray("last\n"));
    stream->deleteLater();
}

void TestRemoteEngine::execShell_tty_roundTrip_data()
{
    transports();
}

void TestRemoteEngine::execShell_tty_roundTrip()
{
    QFETCH(QString, transport);
    EngineClient client(endpointFor(transport));
    const QString id = run(client, busybox({QStringLiteral("sleep"), QStringLiteral("60")}, m_label));
    QVERIFY(!id.isEmpty());
    const std::shared_ptr<HijackedConnection> connection = attachExec(client, id, {QStringLiteral("sh")}, true);
    QVERIFY(connection);
    QByteArray received;
    connect(connection.get(), &HijackedConnection::received, this,
            [&received](const QByteArray &data) { received += data; });
    QSignalSpy closed(connection.get(), &HijackedConnection::closed);
    connection->start();
    connection->write("echo remote-$((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("remote-42"), 20000);
    connection->write("exit\n");
    QTRY_VERIFY2_WITH_TIMEOUT(closed.size() == 1, received.right(200).constData(), 20000);
}

std::shared_ptr<HijackedConnection> TestRemoteEngine::attachExec(EngineClient &client, const QString &id,
                                                                 const QStringList &command, bool tty)
{
    const QJsonObject body{{QStringLiteral("Cmd"), QJsonArray::fromStringList(command)},
                           {QStringLiteral("Tty"), tty},
                           {QStringLiteral("AttachStdin"), true},
                           {QStringLiteral("AttachStdout"), true},
                           {QStringLiteral("AttachStderr"), true}};
    Awaiter<Result<QString>> exec;
    client.createExec(id, body, this, exec.callback());
    if (!exec.wait() || !exec.result().ok())
        return {};
    Awaiter<Result<std::shared_ptr<HijackedConnection>>> attached;
    client.startExec(exec.result().value(), tty, this, attached.callback());
    if (!attached.wait() || !attached.result().ok()) {
        if (attached.wait(0))
            qWarning("attach: %s", qPrintable(attached.result().error().toString()));
        return {};
    }
    return attached.result().value();
}

void TestRemoteEngine::exec_closeWrite_sendsEof_data()
{
    transports();
}

void TestRemoteEngine::exec_closeWrite_sendsEof()
{
    QFETCH(QString, transport);
    EngineClient client(endpointFor(transport));
    const QString id = run(client, busybox({QStringLiteral("sleep"), QStringLiteral("60")}, m_label));
    QVERIFY(!id.isEmpty());
    // `wc -c` prints only after stdin ends: the output proves the half-close reached the process.
    const std::shared_ptr<HijackedConnection> connection =
        attachExec(client, id, {QStringLiteral("wc"), QStringLiteral("-c")}, false);
    QVERIFY(connection);
    QByteArray received;
    connect(connection.get(), &HijackedConnection::received, this,
            [&received](const QByteArray &data) { received += data; });
    QSignalSpy closed(connection.get(), &HijackedConnection::closed);
    connection->start();
    connection->write(QByteArray(12345, 'x'));
    connection->closeWrite();
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() == 1, 20000);
    // Multiplexed frames: 8-byte header, then "12345\n".
    QVERIFY2(received.contains("12345"), received.toHex().constData());
}

void TestRemoteEngine::pull_fromLoopbackRegistry_data()
{
    transports();
}

void TestRemoteEngine::pull_fromLoopbackRegistry()
{
    QFETCH(QString, transport);
    const QString image = berth::test::pullImage();
    QVERIFY(!image.isEmpty());
    remote::remoteDocker({QStringLiteral("rmi"), QStringLiteral("-f"), image});
    EngineClient client(endpointFor(transport));
    const QString repo = image.section(QLatin1Char(':'), 0, -2);
    const QString tag = image.section(QLatin1Char(':'), -1);
    PullStream *pull = client.pull(repo, tag, {}, this);
    int progress = 0;
    connect(pull, &PullStream::progress, this, [&progress] { ++progress; });
    QSignalSpy finished(pull, &PullStream::finished);
    QVERIFY(finished.wait(120000));
    QVERIFY2(!finished.at(0).at(0).value<EngineError>().isError(),
             qPrintable(finished.at(0).at(0).value<EngineError>().toString()));
    QVERIFY(progress > 0);
    int code = -1;
    remote::remoteDocker({QStringLiteral("image"), QStringLiteral("inspect"), image}, &code);
    QCOMPARE(code, 0);
    pull->deleteLater();
}

void TestRemoteEngine::launch_createStartWait_data()
{
    transports();
}

void TestRemoteEngine::launch_createStartWait()
{
    QFETCH(QString, transport);
    EngineClient client(endpointFor(transport));
    const QString id =
        run(client, busybox({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")}, m_label));
    QVERIFY(!id.isEmpty());
    Awaiter<Result<WaitResult>> waited;
    client.waitContainer(id, QStringLiteral("not-running"), this, waited.callback());
    BERTH_AWAIT(waited);
    QVERIFY(waited.result().ok());
    QCOMPARE(waited.result()->statusCode, 7);
}

void TestRemoteEngine::ssh_manyRequestsAndStreams_shareOneSshConnection()
{
    const Endpoint endpoint = endpointFor(QStringLiteral("ssh"));
    const int port = endpoint.ssh().port;
    EngineClient client(endpoint);
    const QString id = run(client, busybox({QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("while true; do echo tick; sleep 0.2; done")},
                                           m_label));
    QVERIFY(!id.isEmpty());
    // Other test processes may hold their own sessions to the same sshd: count what this burst adds.
    const int before = establishedTo(port);
    QVERIFY(before >= 1);
    // Three following streams and a burst of short requests at once.
    QList<LogStream *> streams;
    for (int i = 0; i < 3; ++i)
        streams << client.logs(id, {}, false, this);
    Awaiter<Result<QList<ContainerSummary>>> lists[20];
    for (auto &l : lists)
        client.listContainers({}, this, l.callback());
    for (auto &l : lists) {
        BERTH_AWAIT(l);
        QVERIFY(l.result().ok());
    }
    QCOMPARE(establishedTo(port), before);
    for (LogStream *s : streams)
        s->cancel();
}

void TestRemoteEngine::ssh_runCommand_onTheServer_overTheSameSession()
{
    const Endpoint endpoint = endpointFor(QStringLiteral("ssh"));
    SshSession *session = SshSession::forDestination(endpoint.ssh());
    Awaiter<bool> up;
    session->ensureConnected(this, [&up](const HttpError &error) { up.callback()(!error.isError()); });
    BERTH_AWAIT(up);
    const int before = establishedTo(endpoint.ssh().port);
    Awaiter<SshCommandResult> result;
    session->run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"$1\" && test -S \"$2\""),
                  QStringLiteral("sh"), QStringLiteral("it's here"), endpoint.ssh().socketPath},
                 this, result.callback());
    BERTH_AWAIT(result);
    QVERIFY2(result.result().ok(), result.result().standardError.constData());
    QCOMPARE(result.result().standardOutput, QByteArray("it's here\n"));
    Awaiter<SshCommandResult> missing;
    session->run({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/no/such/path on server")}, this,
                 missing.callback());
    BERTH_AWAIT(missing);
    QVERIFY(!missing.result().error.isError());
    QCOMPARE(missing.result().exitCode, 1);
    QCOMPARE(establishedTo(endpoint.ssh().port), before);
}

QTEST_MAIN(TestRemoteEngine)
#include "test_remoteengine.moc"
