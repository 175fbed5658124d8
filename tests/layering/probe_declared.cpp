// SPDX-License-Identifier: Apache-2.0
// gpu declares engine, http and settings: their headers resolve.
#include "engine/engineclient.h"
#include "gpu/gpuinventory.h"
#include "http/httpreply.h"
#include "settings/settings.h"
