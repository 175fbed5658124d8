// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QHash>
#include <QString>

namespace berth::core {

// What is known of paths on a remote engine's server. Validators run off the UI thread and must not wait on the
// network, so the paths are asked about first (over the server's ssh session, see ServerPathProbe) and the answers
// handed in. A path nobody asked about, or that could not be asked (a tcp engine), is Unknown and raises nothing.
struct ServerPaths
{
    enum class Kind { Unknown, Missing, Directory, File, Other };

    QString server; // for "on SERVER" wording
    QHash<QString, Kind> kinds;
    bool canCheck = true; // false: the server cannot be asked (tcp engines); the UI says so

    Kind kind(const QString &path) const { return kinds.value(QDir::cleanPath(path), Kind::Unknown); }
    bool isMissing(const QString &path) const { return kind(path) == Kind::Missing; }
};

} // namespace berth::core
