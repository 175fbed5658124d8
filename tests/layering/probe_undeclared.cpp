// SPDX-License-Identifier: Apache-2.0
// gpu does not declare launch: this include must not resolve.
#include "launch/launchspec.h"
