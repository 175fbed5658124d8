// SPDX-License-Identifier: Apache-2.0
// What OpenSSH and the server print on failure, classified into typed errors (texts as OpenSSH 9 and bash say them).
#include "http/sshfailure.h"

#include <QTest>

using namespace berth::core;
using Kind = HttpError::Kind;
Q_DECLARE_METATYPE(berth::core::HttpError::Kind)

class TestSshFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void essentialLines_dropsBannerAndNoise();
};

void TestSshFailure::classify_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("crashed");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("refused key") << 255 << false << QByteArray("root@127.0.0.1: Permission denied (publickey).\r\n")
                                 << Kind::SshAuthFailed;
    QTest::newRow("unknown host, batch")
        << 255 << false
        << QByteArray("No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\r\n"
                      "Host key verification failed.\r\n")
        << Kind::SshHostKeyUnknown;
    QTest::newRow("unknown host, askpass said no")
        << 255 << false << QByteArray("Host key verification failed.\r\n") << Kind::SshHostKeyUnknown;
    QTest::newRow("changed host key")
        << 255 << false
        << QByteArray("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                      "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
                      "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                      "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
                      "Host key for [127.0.0.1]:2222 has changed and you have requested strict checking.\r\n"
                      "Host key verification failed.\r\n")
        << Kind::SshHostKeyChanged;
    QTest::newRow("connection refused") << 255 << false
                                        << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused\r\n")
                                        << Kind::Refused;
    QTest::newRow("unknown name") << 255 << false
                                  << QByteArray("ssh: Could not resolve hostname gpu-9: Name or service not known\r\n")
                                  << Kind::Refused;
    QTest::newRow("docker missing, bash")
        << 127 << false << QByteArray("bash: line 1: docker: command not found\n") << Kind::RemoteDockerMissing;
    QTest::newRow("docker missing, dash")
        << 127 << false << QByteArray("sh: 1: docker: not found\n") << Kind::RemoteDockerMissing;
    QTest::newRow("remote socket permission")
        << 1 << false
        << QByteArray("permission denied while trying to connect to the Docker daemon socket at "
                      "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/_ping\": dial unix "
                      "/var/run/docker.sock: connect: permission denied\n")
        << Kind::AccessDenied;
    QTest::newRow("remote engine down")
        << 1 << false
        << QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon "
                      "running?\n")
        << Kind::Refused;
    QTest::newRow("killed") << 9 << true << QByteArray() << Kind::Closed;
    QTest::newRow("master went away") << 255 << false
                                      << QByteArray("mux_client_read_packet: read header failed: Broken pipe\r\n")
                                      << Kind::Closed;
    QTest::newRow("clean end") << 0 << false << QByteArray() << Kind::None;
}

void TestSshFailure::classify()
{
    QFETCH(int, exitCode);
    QFETCH(bool, crashed);
    QFETCH(QByteArray, stderrText);
    QFETCH(Kind, kind);
    const HttpError error = SshFailure::classify(exitCode, crashed, stderrText);
    QCOMPARE(error.kind, kind);
    if (kind != Kind::None && !stderrText.isEmpty())
        QVERIFY(!error.message.isEmpty());
}

void TestSshFailure::essentialLines_dropsBannerAndNoise()
{
    const QString lines = SshFailure::essentialLines(
        "Warning: Permanently added '[127.0.0.1]:2222' (ED25519) to the list of known hosts.\r\n"
        "@@@@@@@@@@@@@\r\n\r\nroot@127.0.0.1: Permission denied (publickey).\r\n");
    QCOMPARE(lines, QStringLiteral("root@127.0.0.1: Permission denied (publickey)."));
}

QTEST_MAIN(TestSshFailure)
#include "test_sshfailure.moc"
