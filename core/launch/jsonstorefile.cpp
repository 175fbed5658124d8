// SPDX-License-Identifier: Apache-2.0
#include "jsonstorefile.h"

#include "settings/storefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::JsonStoreFile)
};
} // namespace

namespace {
// Empty when the object has the shape; otherwise why not.
QString shapeProblem(const QJsonObject &object, const JsonStoreFile::Shape &shape)
{
    if (shape.isEmpty() || object.isEmpty())
        return {};
    bool any = false;
    for (const auto &[key, type] : shape) {
        if (!object.contains(key))
            continue;
        any = true;
        if (object.value(key).type() != type)
            return Tr::tr("\"%1\" has an unexpected type").arg(key);
    }
    return any ? QString() : Tr::tr("none of the expected entries");
}
} // namespace

JsonStoreFile::Loaded JsonStoreFile::read(const QString &path, const Shape &shape)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    loaded.existed = true;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return loaded;
    }
    const QByteArray data = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    QString wrongShape;
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        wrongShape = shapeProblem(doc.object(), shape);
        if (wrongShape.isEmpty()) {
            loaded.object = doc.object();
            return loaded;
        }
    }
    // Keep the damaged file for the user (or a bug report) and start afresh beside it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                        : !doc.isObject()                            ? Tr::tr("not a JSON object")
                                                                     : wrongShape;
    if (QFile::rename(path, aside)) {
        loaded.keptAsidePath = aside;
        loaded.error = Tr::tr("%1 was damaged (%2) and was kept as %3").arg(path, why, aside);
    } else {
        loaded.error = Tr::tr("%1 is damaged (%2) and could not be moved aside").arg(path, why);
    }
    return loaded;
}

bool JsonStoreFile::write(const QString &path, const QByteArray &data, QString *error)
{
    return StoreFile::write(path, data, error);
}

} // namespace berth::core
