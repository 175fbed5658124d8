// SPDX-License-Identifier: Apache-2.0
// An --env-file is whatever file a pasted docker run line names: arbitrary bytes into the reader.
#include "launch/envfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QStringList vars =
        berth::core::EnvFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    // Either an error and nothing, or entries that all name a variable.
    if (!error.isEmpty() && !vars.isEmpty())
        __builtin_trap();
    for (const QString &v : vars) {
        if (v.isEmpty() || v.startsWith(QLatin1Char('=')))
            __builtin_trap();
    }
    return 0;
}
