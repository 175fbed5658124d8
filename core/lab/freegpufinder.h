// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/freegpuchooser.h"
#include "servercommand.h"

#include <QString>

namespace berth::core {

class EngineClient;

// The launch pipeline's free=N resolver for one server: at Run time it asks the engine which containers hold GPUs
// and the server's nvidia-smi (through runner: here, or over the server's ssh session) at once, then lets
// FreeGpuChooser name N free, idle GPUs. Nothing is cached: a GPU taken a second ago counts.
class FreeGpuFinder final
{
public:
    // runner may be empty (tcp:// engines): free=N then fails, saying the GPUs cannot be seen.
    static FreeGpuResolver resolver(EngineClient *client, CommandRunner runner, const QString &serverName = {});
};

} // namespace berth::core
