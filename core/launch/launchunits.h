// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace berth::core {

// Number formats of docker run options, parsed exactly as the docker CLI does (opts.NanoCPUs) and written back in
// the shortest form the CLI reads to the same value. Byte sizes (go-units RAMInBytes) are SizeParser's.
class LaunchUnits final
{
public:
    LaunchUnits() = delete;

    // --cpus: a decimal with at most 9 fractional digits -> NanoCpus ("1.5" = 1500000000).
    static std::optional<qint64> parseNanoCpus(const QString &text);
    static QString formatNanoCpus(qint64 nanoCpus);
};

} // namespace berth::core
