// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace berth::core {

// Byte sizes as the docker CLI writes them. Shared by the mount validator and the launch model (--shm-size,
// --mount tmpfs-size, --memory).
class SizeParser final
{
public:
    SizeParser() = delete;

    // go-units RAMInBytes: a non-negative decimal number, an optional space, an optional binary unit k/m/g/t/p
    // (case-insensitive) optionally followed by "b" or "ib"; a bare "b" means bytes. "1g" = 1073741824,
    // "1.5m" = 1572864, "64MiB", "512". Returns nothing for anything else.
    static std::optional<qint64> parse(const QString &text);

    // The shortest exact form in the same grammar: 1073741824 -> "1g", 1610612736 -> "1536m", 1000 -> "1000".
    static QString toDockerString(qint64 bytes);

    // The size= value of `--tmpfs /path:size=…`, which the engine hands to the kernel: digits with an optional
    // k/m/g/t/p/e suffix (no "b"), or a percentage of RAM such as "50%".
    static bool isValidTmpfsOptionSize(const QString &text);

    // The size= value inside a --tmpfs option string ("rw,noexec,size=64m"); empty when there is none.
    static QString tmpfsOptionSize(const QString &options);
    // The option string with size= replaced, added or (for an empty size) removed, other options kept in order.
    static QString withTmpfsOptionSize(const QString &options, const QString &size);
};

} // namespace berth::core
