// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "servercommand.h"

namespace berth::core {

class SshSession;

// Runs commands on an ssh:// server over the session its engine requests already use (one more channel, no new
// handshake or password prompt), so the Servers page asks the same server for nvidia-smi that it asks for containers.
class SshCommand final
{
public:
    // A runner for session's server, with a time limit per run and a cap on what is kept of the output. A run that
    // outlives the limit is reported as failed at once; its late answer is dropped.
    static CommandRunner runner(SshSession *session, int timeoutMs = 10000, qint64 maxOutputBytes = 1 << 20);
};

} // namespace berth::core
