// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace berth::core {

// How every Berth store (profiles, presets, tag cache, settings, run history) puts a file on disk: written to a
// temporary file beside it, every write and the flush checked, then renamed over the old one. QSaveFile alone is
// not enough: when the flush at commit() fails (ENOSPC on a full disk) it still renames the short file into place.
// Any failure leaves the old file as it was and returns false with a sentence for the user.
class StoreFile final
{
public:
    StoreFile() = delete;

    // PERMISSIONS, when given, are set on the temporary file before any byte is written (key files never exist
    // readable by others, not even for a moment).
    static bool write(const QString &path, const QByteArray &data, QString *error = nullptr,
                      QFileDevice::Permissions permissions = {});
    // Moves a file Berth cannot fully understand to PATH.<reason>-<yyyyMMdd-HHmmss>[-n] so nothing overwrites it.
    // Returns the new path, or empty when it could not be moved (then *error says why).
    static QString keepAside(const QString &path, const QString &reason, QString *error = nullptr);
    // Copies instead of moving (the original stays in use).
    static QString copyAside(const QString &path, const QString &reason, QString *error = nullptr);
};

} // namespace berth::core
