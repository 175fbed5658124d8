// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "launchspec.h"

#include <QString>

namespace berth::core {

// Which launch form field an engine's create or start error is about, read from the engine's words (e.g. "port
// is already allocated" → Ports), so ui can put the message next to that field. The launch counterpart of
// EngineError's kinds and causes: core reads the engine's phrases, ui words the result.
class FailureField final
{
public:
    static LaunchProblem::Field forMessage(const QString &engineMessage, const LaunchSpec &spec);
    // The image has no /bin/bash (the requirements step runs with it).
    static bool saysNoBash(const QString &engineMessage);
};

} // namespace berth::core
