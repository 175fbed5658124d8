// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace berth::core {

// One mount of a launch: what -v/--mount/--tmpfs say, and what the mount editor edits.
struct MountSpec
{
    enum class Type { Bind, Volume, Tmpfs };
    // How the user wrote it, so the docker run line round-trips and the create body matches the CLI:
    // -v goes to HostConfig.Binds, --mount and --tmpfs go to HostConfig.Mounts / HostConfig.Tmpfs.
    enum class Syntax { Volume, Mount, Tmpfs };

    Type type = Type::Bind;
    Syntax syntax = Syntax::Volume;
    QString source; // host path (bind), volume name (volume; empty = anonymous), empty for tmpfs
    QString target; // absolute path in the container
    bool readOnly = false;
    bool explicitReadWrite = false; // -v …:rw: the CLI sends the mode as written, so Berth does too
    QString propagation;            // bind propagation (rprivate, shared, …), empty = default
    QString selinuxLabel;           // "z" or "Z" (-v only)
    bool noCopy = false;            // volume-nocopy
    QStringList volumeOptions;      // --mount volume-opt=K=V, kept as "K=V"
    qint64 tmpfsSizeBytes = 0;      // 0 = engine default
    int tmpfsMode = 0;              // octal mode as a number, 0 = default
    QString tmpfsOptions;           // --tmpfs /path:OPTIONS, verbatim

    bool operator==(const MountSpec &other) const = default;

    static const char *typeName(Type type); // "bind", "volume", "tmpfs"
    static Type typeFromName(const QString &name, bool *ok = nullptr);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::MountSpec)
