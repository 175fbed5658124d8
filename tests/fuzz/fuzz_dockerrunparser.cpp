// SPDX-License-Identifier: Apache-2.0
// A pasted docker run line is untrusted text: arbitrary bytes into the parser; whatever parses must write back.
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    berth::core::DockerRunParser::Options options;
    options.projectFolder = QStringLiteral("/home/user/project");
    options.homeDir = QStringLiteral("/home/user");
    const auto result = berth::core::DockerRunParser::parse(text, options);
    if (result.ok())
        (void)berth::core::DockerRunWriter::write(result.spec, {});
    return 0;
}
