// SPDX-License-Identifier: Apache-2.0
// Container output (ANSI escapes, carriage returns, invalid UTF-8) into the line assembler and a bounded store,
// in pieces sized by the input itself.
#include "logs/lineassembler.h"
#include "logs/logstore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    berth::core::LogStore store(64);
    berth::core::LineAssembler assembler(store);
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = 0;
    size_t step = 1;
    int channel = 0;
    while (pos < input.size()) {
        const qsizetype len = qMin<qsizetype>(qsizetype(step), input.size() - pos);
        assembler.feed(channel ? berth::core::LogChannel::Stderr : berth::core::LogChannel::Stdout, pos,
                       input.sliced(pos, len));
        pos += len;
        step = step * 5 % 61 + 1;
        channel ^= (step & 1);
    }
    assembler.finish();
    return 0;
}
