// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuinfo.h"

#include <QByteArrayView>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace berth::core {

// Reads the output of
//   nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,driver_version
//              --format=csv,noheader,nounits
// The bytes come from another program and are treated as untrusted: any input yields a result, never a crash,
// and every number in it is within range.
class NvidiaSmiParser final
{
public:
    struct Report
    {
        QList<GpuInfo> gpus;      // sorted by index, indexes unique
        QStringList skippedLines; // lines that were not a GPU row (nvidia-smi prints some errors on stdout)
        QString driverVersion;    // the first driver version seen; all GPUs of a host share one driver
    };

    // The arguments that make nvidia-smi print what parse() reads.
    static QStringList queryArguments();
    static Report parse(QByteArrayView output);

    // For libFuzzer (LLVMFuzzerTestOneInput): parses and aborts when an invariant of Report does not hold.
    static int fuzzOne(const std::uint8_t *data, std::size_t size);

    static constexpr int MaxGpus = 1024;       // more rows than any host has: the rest is ignored
    static constexpr int MaxFieldLength = 256; // longer names or UUIDs are cut
    static constexpr int MaxSkippedLines = 20;
};

} // namespace berth::core
