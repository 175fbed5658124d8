// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>

namespace berth::core {

// The one way Berth shows a byte count to a person. The styles differ on purpose: sizes of files, volumes and images
// read as the engine and `du` count them (binary, KiB/MiB), while registry and transfer sizes read as Docker Hub and
// the docker CLI's pull show them (decimal, kB/MB); the resource plots keep the short KB/MB of `docker stats`.
// The --memory/--shm-size values of a docker run line are a grammar, not a display: SizeParser reads and writes those.
class ByteSize
{
public:
    enum class Units {
        Binary,      // 1.50 MiB
        Decimal,     // 1.5 MB
        Traditional, // 1.5 MB, counted in 1024s
    };

    // Negative counts (unknown) show as 0 B: a caller that can have "unknown" says so in its own words first.
    static QString format(qint64 bytes, Units units = Units::Binary, int precision = 2,
                          const QLocale &locale = QLocale());
};

} // namespace berth::core
