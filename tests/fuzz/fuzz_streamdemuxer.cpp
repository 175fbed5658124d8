// SPDX-License-Identifier: Apache-2.0
// Arbitrary bytes into the stdout/stderr demultiplexer, in pieces sized by the input itself.
#include "engine/streamdemuxer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qsizetype payload = 0;
    berth::core::StreamDemuxer demuxer([&](int type, QByteArrayView p) {
        if (type < 0 || type > 3)
            __builtin_trap();
        payload += p.size();
    });
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = 0;
    size_t step = 1;
    while (pos < input.size()) {
        const qsizetype len = qMin<qsizetype>(qsizetype(step), input.size() - pos);
        if (!demuxer.feed(input.sliced(pos, len)))
            break;
        pos += len;
        step = step * 3 % 97 + 1;
    }
    if (payload > input.size())
        __builtin_trap();
    return 0;
}
