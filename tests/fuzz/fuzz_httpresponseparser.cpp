// SPDX-License-Identifier: Apache-2.0
// Feeds arbitrary bytes to the response parser, split at a point chosen by the first byte, then at EOF.
// Invariants: no crash, no out-of-range consumption, body never longer than the input.
#include "http/httpresponseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t split = data[0] % (size);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    berth::core::HttpResponseParser parser;
    parser.reset((data[0] & 0x80) != 0);
    qsizetype bodyBytes = 0;
    parser.onBody = [&](QByteArrayView body) { bodyBytes += body.size(); };
    qsizetype consumed = 0;
    auto result = parser.feed(input.first(qMin<qsizetype>(split, input.size())), &consumed);
    if (result == berth::core::HttpResponseParser::Result::NeedMore && qsizetype(split) < input.size())
        result = parser.feed(input.sliced(split), &consumed);
    if (result == berth::core::HttpResponseParser::Result::NeedMore)
        parser.finishEof();
    if (consumed < 0 || consumed > input.size() || bodyBytes > input.size())
        __builtin_trap();
    return 0;
}
