// SPDX-License-Identifier: Apache-2.0
#include "fakenvidiasmi.h"

#include <QDir>
#include <QFile>

namespace berth::test {

namespace {
QByteArray shellQuote(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\'', "'\\''");
    return '\'' + bytes + '\'';
}
} // namespace

FakeNvidiaSmi::FakeNvidiaSmi() : m_oldPath(qgetenv("PATH"))
{
    QDir(m_dir.path()).mkpath(QStringLiteral("bin"));
    QDir(m_dir.path()).mkpath(QStringLiteral("empty"));
    qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("bin"))) + ':' + m_oldPath);
}

FakeNvidiaSmi::FakeNvidiaSmi(const QString &serverBinDir) : m_serverBinDir(serverBinDir) {}

FakeNvidiaSmi::~FakeNvidiaSmi()
{
    if (m_serverBinDir.isEmpty())
        qputenv("PATH", m_oldPath);
    else
        QFile::remove(scriptPath());
}

QString FakeNvidiaSmi::scriptPath() const
{
    return m_serverBinDir.isEmpty() ? m_dir.filePath(QStringLiteral("bin/nvidia-smi"))
                                    : m_serverBinDir + QStringLiteral("/nvidia-smi");
}

QString FakeNvidiaSmi::fixturePath(const QString &name)
{
    return QStringLiteral(BERTH_GPU_FIXTURES "/") + name;
}

QByteArray FakeNvidiaSmi::fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

bool FakeNvidiaSmi::writeScript(const QByteArray &body)
{
    QFile file(scriptPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Builtins and absolute paths only: the absence test runs with a PATH that has nothing on it.
    file.write("#!/bin/sh\n");
    file.write("echo x >> " + shellQuote(m_dir.filePath(QStringLiteral("calls"))) + "\n");
    file.write("echo \"$*\" > " + shellQuote(m_dir.filePath(QStringLiteral("args"))) + "\n");
    file.write(body);
    file.close();
    if (m_serverBinDir.isEmpty())
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("bin"))) + ':' + m_oldPath);
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool FakeNvidiaSmi::printFixture(const QString &csvName)
{
    return writeScript("exec /bin/cat " + shellQuote(fixturePath(csvName)) + "\n");
}

bool FakeNvidiaSmi::printBytes(const QByteArray &stdoutBytes)
{
    const QString path = m_dir.filePath(QStringLiteral("output.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(stdoutBytes);
    file.close();
    return writeScript("exec /bin/cat " + shellQuote(path) + "\n");
}

bool FakeNvidiaSmi::fail(int exitCode, const QString &stderrFixture)
{
    return writeScript("/bin/cat " + shellQuote(fixturePath(stderrFixture)) + " >&2\nexit " +
                       QByteArray::number(exitCode) + "\n");
}

bool FakeNvidiaSmi::hang()
{
    return writeScript("exec /bin/sleep 60\n");
}

void FakeNvidiaSmi::makeAbsent()
{
    // On the server nothing else provides nvidia-smi, so removing the script is enough.
    if (m_serverBinDir.isEmpty())
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("empty"))));
    else
        QFile::remove(scriptPath());
}

int FakeNvidiaSmi::calls() const
{
    QFile file(m_dir.filePath(QStringLiteral("calls")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

QString FakeNvidiaSmi::lastArguments() const
{
    QFile file(m_dir.filePath(QStringLiteral("args")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace berth::test
