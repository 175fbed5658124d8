// SPDX-License-Identifier: Apache-2.0
#include "storefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::StoreFile)
};

QString asidePath(const QString &path, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = path + QLatin1Char('.') + reason + QLatin1Char('-') + stamp;
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = base + QLatin1Char('-') + QString::number(n);
    return aside;
}
} // namespace

bool StoreFile::write(const QString &path, const QByteArray &data, QString *error, QFileDevice::Permissions permissions)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = Tr::tr("Cannot write %1: the folder %2 cannot be created.").arg(path, dir);
        return false;
    }
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    ok = ok && (permissions == QFileDevice::Permissions() || file.setPermissions(permissions));
    ok = ok && file.write(data) == data.size();
    // flush() reports what the buffered write could not put on disk; commit() would not.
    ok = ok && file.flush();
    if (!ok) {
        const QString why = file.errorString();
        file.cancelWriting();
        if (error)
            *error = Tr::tr("Cannot write %1: %2. The previous version was kept.").arg(path, why);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2. The previous version was kept.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString StoreFile::keepAside(const QString &path, const QString &reason, QString *error)
{
    const QString aside = asidePath(path, reason);
    QFile file(path);
    if (file.rename(aside))
        return aside;
    if (error)
        *error = file.errorString();
    return {};
}

QString StoreFile::copyAside(const QString &path, const QString &reason, QString *error)
{
    const QString aside = asidePath(path, reason);
    QFile file(path);
    if (file.copy(aside))
        return aside;
    if (error)
        *error = file.errorString();
    return {};
}

} // namespace berth::core
