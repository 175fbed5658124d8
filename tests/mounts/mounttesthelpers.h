// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mounts/mountproblem.h"
#include "mounts/mountvalidator.h"

#include <QList>

#include <algorithm>

// Shared by the mount validator tests: the user they validate for, and problems as sortable codes.
namespace berth::test {

// alice, home /home/alice, the standard engine sockets; her folders are not looked at on the test machine.
inline core::MountValidator::HostContext aliceHost()
{
    core::MountValidator::HostContext host;
    host.userName = QStringLiteral("alice");
    host.homeDir = QStringLiteral("/home/alice");
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    host.checkHostPaths = false;
    return host;
}

inline QList<int> codesOf(const QList<core::MountProblem> &problems)
{
    QList<int> codes;
    for (const core::MountProblem &p : problems)
        codes.append(int(p.code));
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace berth::test
