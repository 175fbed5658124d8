// SPDX-License-Identifier: Apache-2.0
#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace berth::test {

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

QString dockerHost()
{
    return env("BERTH_TEST_DOCKER_HOST");
}
QString dockerSocketPath()
{
    QString host = dockerHost();
    return host.startsWith(QLatin1String("unix://")) ? host.mid(7) : host;
}
QString registry()
{
    return env("BERTH_TEST_REGISTRY");
}
QString authRegistry()
{
    return env("BERTH_TEST_AUTH_REGISTRY");
}
QString registryUser()
{
    return env("BERTH_TEST_REGISTRY_USER");
}
QString registryPassword()
{
    return env("BERTH_TEST_REGISTRY_PASSWORD");
}
QString pullImage()
{
    return env("BERTH_TEST_PULL_IMAGE");
}
QString busyboxImage()
{
    return QStringLiteral("berth-test/busybox:latest");
}
QString sourceDir()
{
    return env("BERTH_SOURCE_DIR");
}
QString binDir()
{
    return env("BERTH_BIN_DIR");
}
bool haveEngine()
{
    return !dockerHost().isEmpty();
}

QString dockerCli()
{
    // Debian's CLI matches the test engine; another one on PATH negotiates down and also works.
    return QFile::exists(QStringLiteral("/usr/bin/docker")) ? QStringLiteral("/usr/bin/docker")
                                                            : QStringLiteral("docker");
}

QByteArray docker(const QStringList &args, int *exitCode, QByteArray *stdErr)
{
    QProcess p;
    p.start(dockerCli(), QStringList{QStringLiteral("-H"), dockerHost()} + args);
    p.waitForFinished(120000);
    QByteArray err = p.readAllStandardError();
    if (stdErr)
        *stdErr = err;
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("docker %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), err.constData());
    return p.readAllStandardOutput();
}

static bool engineCtl(const char *action)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(env("BERTH_TEST_ENGINE_CTL"), {QString::fromLatin1(action), env("BERTH_TEST_ENGINE_DIR")});
    return p.waitForFinished(90000) && p.exitCode() == 0;
}

bool restartEngine()
{
    return engineCtl("restart");
}
bool stopEngine()
{
    return engineCtl("stop");
}
bool startEngine()
{
    return engineCtl("start");
}

} // namespace berth::test
