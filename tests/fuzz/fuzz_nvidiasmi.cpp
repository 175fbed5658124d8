// SPDX-License-Identifier: Apache-2.0
// nvidia-smi CSV output is read from another program: arbitrary bytes into the parser.
#include "gpu/nvidiasmiparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return berth::core::NvidiaSmiParser::fuzzOne(data, size);
}
