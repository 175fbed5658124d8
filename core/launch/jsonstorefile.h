// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace berth::core {

// A small JSON document on disk that must never be lost: written through StoreFile (a crash or a full disk leaves
// the old file or the new one, never half of either), and a file that cannot be parsed, or parses to something of
// another shape, is renamed aside, not overwritten.
class JsonStoreFile final
{
public:
    JsonStoreFile() = delete;

    struct Loaded
    {
        QJsonObject object;
        bool existed = false;
        QString error;         // empty on success (a missing file is a success with an empty object)
        QString keptAsidePath; // where a corrupt file was moved: PATH.corrupt-<yyyyMMdd-HHmmss>
    };

    // The keys a store's file is made of and the type each must have. A file whose object has one of them with
    // another type, or none of them at all, is of the wrong shape: it is kept aside like a damaged one.
    using Shape = QList<QPair<QLatin1StringView, QJsonValue::Type>>;

    static Loaded read(const QString &path, const Shape &shape = {});
    static bool write(const QString &path, const QByteArray &data, QString *error = nullptr);
};

} // namespace berth::core
