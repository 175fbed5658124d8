#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace berth::core {

// A small JSON document on disk that must never be lost: written through QSaveFile (a crash leaves the old file or
// the new one, never half of either), and a file that cannot be parsed is renamed aside, not overwritten.
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

    static Loaded read(const QString &path);
    static bool write(const QString &path, const QByteArray &data, QString *error = nullptr);
};

} // namespace berth::core
