// SPDX-License-Identifier: Apache-2.0
// A registry's /v2/NAME/tags/list page comes from any server a user names: arbitrary bytes into the page parser.
#include "engine/imagereference.h"
#include "registry/tagpageparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const berth::core::TagPage page =
        berth::core::TagPageParser::parseRegistry(body, berth::core::TagFacts::Grammar::PyTorch);
    // Whatever came in, every tag handed on must be a tag by the reference grammar.
    for (const berth::core::TagInfo &t : page.tags) {
        if (!berth::core::ImageReference::isValidTag(t.name))
            __builtin_trap();
    }
    return 0;
}
