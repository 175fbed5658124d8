// SPDX-License-Identifier: Apache-2.0
#include "registrylogging.h"

namespace berth::core {

Q_LOGGING_CATEGORY(lcHub, "berth.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "berth.registry", QtInfoMsg)

} // namespace berth::core
