// SPDX-License-Identifier: Apache-2.0
// Every way a remote engine can fail to connect becomes a typed error, and a stream over ssh survives ssh dying.
#include "async.h"
#include "engine/dockercontext.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "logs/logline.h"
#include "logs/logsession.h"
#include "logs/logstore.h"
#include "remotetestenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace berth::core;
using berth::test::Awaiter;
namespace remote = berth::test::remote;

namespace {
EngineError versionError(const Endpoint &endpoint)
{
    EngineClient client(endpoint);
    Awaiter<Result<VersionInfo>> version;
    QObject context;
    client.version(&context, version.callback());
    if (!version.wait(60000))
        return {EngineError::Kind::Timeout, QStringLiteral("test: no answer")};
    return version.result().ok() ? EngineError() : version.result().error();
}

DockerContext tlsContext(const QString &ca, const QString &cert, const QString &key)
{
    DockerContext c;
    c.name = QStringLiteral("tls-failure");
    c.host = remote::tlsHost();
    c.caFile = ca;
    c.certFile = cert;
    c.keyFile = key;
    return c;
}

QByteArray runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}
} // namespace

class TestRemoteFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tls_wrongCa_isTlsFailed();
    void tls_missingClientCertificate_isTlsClientCertificate();
    void tls_fromDockerCertPathEnvironment_connects();
    void tcp_withoutTls_isMarkedUnencrypted();
    void ssh_unknownHostKey_isRefusedAsUnknown();
    void ssh_unknownHostKey_askpassSeesFingerprint_andAcceptingConnects();
    void ssh_changedHostKey_isRefusedAsChanged();
    void ssh_refusedKey_isAuthenticationFailed();
    void ssh_serverWithoutDocker_isRemoteDockerMissing();
    void ssh_unreachablePort_isUnreachable();
    void ssh_killedMidLogStream_resumesWithoutLossOrDuplicates();

private:
    // A client config like the test one, with other known_hosts / identity / batch settings.
    QString writeSshConfig(const QString &name, const QString &knownHosts, const QString &identity, bool batch);
    void useSshConfig(const QString &config, const QString &askpass = {});
    QTemporaryDir m_dir;
    QString m_label = QUuid::createUuid().toString(QUuid::Id128).left(12);
};

void TestRemoteFailures::initTestCase()
{
    BERTH_REQUIRE_REMOTE();
    BERTH_REQUIRE_ENGINE();
    QVERIFY(m_dir.isValid());
}

void TestRemoteFailures::cleanupTestCase()
{
    if (!remote::haveRemote())
        return;
    const QStringList ids =
        QString::fromLatin1(
            remote::remoteDocker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                  QStringLiteral("label=berth.remote-test=") + m_label}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!ids.isEmpty())
        remote::remoteDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
    SshSession::closeAll();
}

QString TestRemoteFailures::writeSshConfig(const QString &name, const QString &knownHosts, const QString &identity,
                                           bool batch)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".config"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("Host *\n    IdentityFile %1\n    IdentitiesOnly yes\n    UserKnownHostsFile %2\n"
                           "    GlobalKnownHostsFile /dev/null\n    StrictHostKeyChecking %3\n    BatchMode %4\n"
                           "    PasswordAuthentication no\n    KbdInteractiveAuthentication no\n")
                .arg(identity, knownHosts, batch ? QStringLiteral("yes") : QStringLiteral("ask"),
                     batch ? QStringLiteral("yes") : QStringLiteral("no"))
                .toUtf8());
    return path;
}

void TestRemoteFailures::useSshConfig(const QString &config, const QString &askpass)
{
    SshOptions options;
    options.configFile = config;
    options.askpassProgram = askpass;
    SshSession::setDefaultOptions(options);
}

void TestRemoteFailures::tls_wrongCa_isTlsFailed()
{
    const QString other = remote::tlsOtherCertPath();
    const EngineError error = versionError(Endpoint::fromContext(tlsContext(
        other + QStringLiteral("/ca.pem"), other + QStringLiteral("/cert.pem"), other + QStringLiteral("/key.pem"))));
    QCOMPARE(error.kind(), EngineError::Kind::TlsFailed);
    QVERIFY2(!error.message().isEmpty(), qPrintable(error.toString()));
}

void TestRemoteFailures::tls_missingClientCertificate_isTlsClientCertificate()
{
    const EngineError error =
        versionError(Endpoint::fromContext(tlsContext(remote::tlsCertPath() + QStringLiteral("/ca.pem"), {}, {})));
    QCOMPARE(error.kind(), EngineError::Kind::TlsClientCertificate);
}

void TestRemoteFailures::tls_fromDockerCertPathEnvironment_connects()
{
    qputenv("DOCKER_TLS_VERIFY", "1");
    qputenv("DOCKER_CERT_PATH", remote::tlsCertPath().toUtf8());
    const Endpoint endpoint = Endpoint::fromHost(remote::tlsHost());
    qunsetenv("DOCKER_TLS_VERIFY");
    qunsetenv("DOCKER_CERT_PATH");
    QVERIFY(endpoint.usesTls());
    QVERIFY(endpoint.tlsFiles().verifyServer);
    QCOMPARE(endpoint.tlsFiles().caFile, remote::tlsCertPath() + QStringLiteral("/ca.pem"));
    const EngineError error = versionError(endpoint);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
}

void TestRemoteFailures::tcp_withoutTls_isMarkedUnencrypted()
{
    const Endpoint endpoint = Endpoint::fromHost(remote::tlsHost());
    QVERIFY(endpoint.isUnencrypted());
    // Plain HTTP to a TLS port: the engine answers with a TLS error page or closes; never a hang, never success.
    const EngineError error = versionError(endpoint);
    QVERIFY(error.isError());
    QVERIFY(error.kind() != EngineError::Kind::Timeout);
}

void TestRemoteFailures::ssh_unknownHostKey_isRefusedAsUnknown()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
    QFile(empty).open(QIODevice::WriteOnly);
    useSshConfig(
        writeSshConfig(QStringLiteral("unknown"), empty, remote::sshDir() + QStringLiteral("/id_ed25519"), true));
    const EngineError error = versionError(Endpoint::fromHost(remote::sshHost()));
    QCOMPARE(error.kind(), EngineError::Kind::SshHostKeyUnknown);
}

void TestRemoteFailures::ssh_unknownHostKey_askpassSeesFingerprint_andAcceptingConnects()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("accept_known_hosts"));
    QFile(knownHosts).open(QIODevice::WriteOnly);
    // An askpass that answers "yes" and records the question ssh asked.
    const QString prompts = m_dir.filePath(QStringLiteral("prompts.txt"));
    const QString askpass = m_dir.filePath(QStringLiteral("askpass.sh"));
    QFile script(askpass);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n--\\n' \"$1\" >> %1\necho yes\n").arg(prompts).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    useSshConfig(
        writeSshConfig(QStringLiteral("accept"), knownHosts, remote::sshDir() + QStringLiteral("/id_ed25519"), false),
        askpass);
    const EngineError error = versionError(Endpoint::fromHost(remote::sshHost()));
    QVERIFY2(!error.isError(), qPrintable(error.toString()));

    const QByteArray fingerprint =
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-lf"), remote::sshDir() + QStringLiteral("/host_ed25519.pub")})
            .split(' ')
            .value(1);
    QVERIFY(fingerprint.startsWith("SHA256:"));
    QFile asked(prompts);
    QVERIFY(asked.open(QIODevice::ReadOnly));
    const QByteArray question = asked.readAll();
    QVERIFY2(question.contains(fingerprint), question.constData());
    QFile known(knownHosts);
    QVERIFY(known.open(QIODevice::ReadOnly));
    QVERIFY(known.readAll().contains("ssh-ed25519"));
}

void TestRemoteFailures::ssh_changedHostKey_isRefusedAsChanged()
{
    // known_hosts names the server with another key (the refused client key, also ed25519).
    const QString knownHosts = m_dir.filePath(QStringLiteral("changed_known_hosts"));
    QFile pub(remote::sshDir() + QStringLiteral("/id_refused.pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> words = pub.readAll().split(' ');
    const int port = Endpoint::fromHost(remote::sshHost()).ssh().port;
    QFile f(knownHosts);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + words.at(0) + ' ' + words.at(1) + '\n');
    f.close();
    // Even with an askpass that would say yes to anything, a changed key is refused.
    const QString askpass = m_dir.filePath(QStringLiteral("yes.sh"));
    QFile script(askpass);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho yes\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    useSshConfig(
        writeSshConfig(QStringLiteral("changed"), knownHosts, remote::sshDir() + QStringLiteral("/id_ed25519"), false),
        askpass);
    const EngineError error = versionError(Endpoint::fromHost(remote::sshHost()));
    QCOMPARE(error.kind(), EngineError::Kind::SshHostKeyChanged);
}

void TestRemoteFailures::ssh_refusedKey_isAuthenticationFailed()
{
    useSshConfig(writeSshConfig(QStringLiteral("refused"), remote::sshDir() + QStringLiteral("/known_hosts"),
                                remote::sshDir() + QStringLiteral("/id_refused"), true));
    const EngineError error = versionError(Endpoint::fromHost(remote::sshHost()));
    QCOMPARE(error.kind(), EngineError::Kind::SshAuthenticationFailed);
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")), qPrintable(error.message()));
}

void TestRemoteFailures::ssh_serverWithoutDocker_isRemoteDockerMissing()
{
    useSshConfig(remote::sshConfig());
    const EngineError error = versionError(Endpoint::fromHost(remote::sshNoDockerHost()));
    QCOMPARE(error.kind(), EngineError::Kind::RemoteDockerMissing);
}

void TestRemoteFailures::ssh_unreachablePort_isUnreachable()
{
    useSshConfig(remote::sshConfig());
    // A port nothing listens on: bind one, note it, close it.
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import socket;s=socket.socket();"
                                                                             "s.bind(('127.0.0.1',0));"
                                                                             "print(s.getsockname()[1])")});
    p.waitForFinished();
    const QString port = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    const EngineError error = versionError(Endpoint::fromHost(QStringLiteral("ssh://root@127.0.0.1:") + port));
    QCOMPARE(error.kind(), EngineError::Kind::Unreachable);
}

void TestRemoteFailures::ssh_killedMidLogStream_resumesWithoutLossOrDuplicates()
{
    useSshConfig(remote::sshConfig());
    const Endpoint endpoint = Endpoint::fromHost(remote::sshHost());
    const int count = 120;
    const QString name = QStringLiteral("berth-remote-kill-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    int code = -1;
    remote::remoteDocker(
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--label"),
         QStringLiteral("berth.remote-test=") + m_label, berth::test::busyboxImage(), QStringLiteral("sh"),
         QStringLiteral("-c"),
         QStringLiteral("i=1; while [ $i -le %1 ]; do echo \"seq $i\"; i=$((i+1)); sleep 0.05; done").arg(count)},
        &code);
    QCOMPARE(code, 0);
    Settings settings(m_dir.filePath(QStringLiteral("berth.ini")));
    EngineClient client(endpoint);
    LogSession session(&client, name, settings);
    QSignalSpy reconnected(&session, &LogSession::reconnected);
    session.start();
    const auto outputLines = [&session] {
        QStringList lines;
        for (qsizetype i = 0; i < session.store()->size(); ++i) {
            const LogLine line = session.store()->line(i);
            if (line.channel != LogChannel::Notice)
                lines << QString::fromUtf8(line.text);
        }
        return lines;
    };
    QTRY_VERIFY_WITH_TIMEOUT(outputLines().size() >= 20, 30000);
    // Kill the shared ssh connection itself (the master): every channel on it dies at once.
    SshSession *ssh = SshSession::forDestination(endpoint.ssh());
    QProcess check;
    check.start(QStringLiteral("ssh"), {QStringLiteral("-F"), remote::sshConfig(), QStringLiteral("-o"),
                                        QStringLiteral("ControlPath=") + ssh->controlPath(), QStringLiteral("-O"),
                                        QStringLiteral("check"), QStringLiteral("127.0.0.1")});
    QVERIFY(check.waitForFinished(10000));
    const QByteArray said = check.readAllStandardError() + check.readAllStandardOutput();
    const int at = said.indexOf("pid=");
    QVERIFY2(at >= 0, said.constData());
    const pid_t pid = pid_t(said.mid(at + 4).split(')').value(0).toInt());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == LogSession::State::Exited, 90000);
    QStringList expected;
    for (int i = 1; i <= count; ++i)
        expected << QStringLiteral("seq %1").arg(i);
    QCOMPARE(outputLines(), expected);
    QVERIFY(reconnected.size() >= 1);
}

QTEST_MAIN(TestRemoteFailures)
#include "test_remotefailures.moc"
