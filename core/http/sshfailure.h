// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"

#include <QByteArray>

namespace berth::core {

// Turns what `ssh … docker system dial-stdio` printed on stderr, and how it exited, into a typed error. The message
// keeps ssh's own last lines so the user sees the exact cause.
class SshFailure
{
public:
    // exitCode: the ssh process's exit status (255: ssh itself failed; 127: command not found on the server)
    static HttpError classify(int exitCode, bool crashed, const QByteArray &standardError);
    // ssh's stderr without the noise (warnings about added hosts, blank lines), at most the last few lines
    static QString essentialLines(const QByteArray &standardError);
};

} // namespace berth::core
