// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace berth::core {

// Docker Hub's tags API and registry v2 traffic. Neither ever logs a credential, token or auth header.
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)

} // namespace berth::core
