// SPDX-License-Identifier: Apache-2.0
#include "fulldisk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace berth::test {

namespace {
constexpr const char *Filler = ".berth-test-filler";
}

bool FullDisk::canMount()
{
    return geteuid() == 0;
}

FullDisk::FullDisk(int kibibytes)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/berth-fulldisk-XXXXXX"));
    dir.setAutoRemove(false);
    m_path = dir.path();
    if (!canMount())
        return;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k,mode=0777").arg(kibibytes), QStringLiteral("tmpfs"), m_path});
    m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        qWarning("FullDisk: mount failed: %s", mount.readAllStandardError().constData());
}

FullDisk::~FullDisk()
{
    if (m_mounted) {
        QProcess umount;
        umount.start(QStringLiteral("umount"), {m_path});
        umount.waitForFinished(10000);
    }
    QDir(m_path).removeRecursively();
}

QStringList FullDisk::files() const
{
    QStringList out;
    QDirIterator it(m_path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(m_path).relativeFilePath(it.next());
    out.removeAll(QLatin1String(Filler));
    out.sort();
    return out;
}

bool FullDisk::fill()
{
    m_beforeFill = files();
    QFile filler(m_path + QLatin1Char('/') + QLatin1String(Filler));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) > 0) {
    }
    // Smaller pieces for the last partial block.
    while (filler.write(block.left(1)) > 0) {
    }
    return true;
}

QStringList FullDisk::strayFiles() const
{
    QStringList stray = files();
    for (const QString &f : m_beforeFill)
        stray.removeAll(f);
    return stray;
}

} // namespace berth::test
