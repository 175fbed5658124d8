// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace berth::core {

// The contents of an --env-file as the docker CLI reads them (pkg/kvfile): a UTF-8 BOM dropped, blank lines and
// # comments skipped, leading blanks trimmed, KEY=VALUE kept verbatim, a bare KEY taken from the environment or
// dropped. Pure (no file access), so it can be fuzzed; reading the file is the caller's business.
class EnvFile final
{
public:
    EnvFile() = delete;

    // The KEY=VALUE entries; empty with *error set on a line without a valid variable name.
    static QStringList parse(QByteArray data, QString *error);
};

} // namespace berth::core
