// SPDX-License-Identifier: Apache-2.0
#include "transportconfig.h"

namespace berth::core {

QString SshDestination::display() const
{
    QString s = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    return s;
}

} // namespace berth::core
