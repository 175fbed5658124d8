// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace berth::core {

// Number formats of docker run options, parsed exactly as the docker CLI does (go-units, opts.NanoCPUs) and written
// back in the shortest form the CLI reads to the same value.
class LaunchUnits final
{
public:
    LaunchUnits() = delete;

    // RAMInBytes: "1g" = 1073741824, "512m", "1.5g", "64MiB", "100kb", "1024" (bytes). Case-insensitive.
    static std::optional<qint64> parseBytes(const QString &text);
    // 8589934592 -> "8g", 1572864 -> "1536k", 1000 -> "1000".
    static QString formatBytes(qint64 bytes);

    // --cpus: a decimal with at most 9 fractional digits -> NanoCpus ("1.5" = 1500000000).
    static std::optional<qint64> parseNanoCpus(const QString &text);
    static QString formatNanoCpus(qint64 nanoCpus);
};

} // namespace berth::core
