// SPDX-License-Identifier: Apache-2.0
#include "mountspec.h"

namespace berth::core {

const char *MountSpec::typeName(Type type)
{
    switch (type) {
    case Type::Bind:
        return "bind";
    case Type::Volume:
        return "volume";
    case Type::Tmpfs:
        return "tmpfs";
    }
    return "bind";
}

MountSpec::Type MountSpec::typeFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("bind"))
        return Type::Bind;
    if (name == QLatin1String("volume"))
        return Type::Volume;
    if (name == QLatin1String("tmpfs"))
        return Type::Tmpfs;
    if (ok)
        *ok = false;
    return Type::Bind;
}

} // namespace berth::core
