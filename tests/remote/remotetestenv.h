// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

// What scripts/testenv.sh prepared for remote engines: a second private engine behind a private sshd and on TLS.
namespace berth::test::remote {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}
inline QString sshHost()
{
    return env("BERTH_TEST_SSH_HOST"); // ssh://root@127.0.0.1:PORT/…/remote/docker.sock
}
inline QString sshHostNoPath()
{
    return env("BERTH_TEST_SSH_HOST_NOPATH");
}
inline QString sshNoDockerHost()
{
    return env("BERTH_TEST_SSH_NODOCKER_HOST");
}
inline QString sshDir()
{
    return env("BERTH_TEST_SSH_DIR");
}
inline QString sshConfig()
{
    return env("BERTH_TEST_SSH_CONFIG");
}
inline QString tlsHost()
{
    return env("BERTH_TEST_TLS_HOST");
}
inline QString tlsCertPath()
{
    return env("BERTH_TEST_TLS_CERT_PATH");
}
inline QString tlsOtherCertPath()
{
    return env("BERTH_TEST_TLS_OTHER_CERT_PATH");
}
inline QString remoteUnixHost()
{
    return env("BERTH_TEST_REMOTE_DOCKER_HOST");
}
inline bool haveRemote()
{
    return !sshHost().isEmpty() && !tlsHost().isEmpty();
}
inline QString dockerCliPath()
{
    return QFile::exists(QStringLiteral("/usr/bin/docker")) ? QStringLiteral("/usr/bin/docker")
                                                            : QStringLiteral("docker");
}
// The docker CLI against the remote engine's own unix socket (for setting up and checking, never through Berth).
inline QByteArray remoteDocker(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(dockerCliPath(), QStringList{QStringLiteral("-H"), remoteUnixHost()} + args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace berth::test::remote

#define BERTH_REQUIRE_REMOTE()                                                                                         \
    do {                                                                                                               \
        if (!berth::test::remote::haveRemote())                                                                        \
            QFAIL("BERTH_TEST_SSH_HOST / BERTH_TEST_TLS_HOST are not set: run these tests through ./scripts/test");    \
    } while (false)
