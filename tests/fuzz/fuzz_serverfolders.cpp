// SPDX-License-Identifier: Apache-2.0
// A folder listing comes from a shared server over ssh: arbitrary bytes into the parser.
#include "launch/serverfolders.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return berth::core::ServerFolders::fuzzOne(data, size);
}
