// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"
#include "launch/mountvalidator.h"

#include <QList>
#include <QStringList>

// Shared by the mount validator tests: the user they validate for, and problems as sortable "Code:Part" keys.
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

// "HostPathMissing:Source": the problem and the part of the row it marks.
inline QString key(core::LaunchProblem::Code code, core::LaunchProblem::Part part = core::LaunchProblem::Part::Source)
{
    return QLatin1String(core::LaunchProblem::codeName(code)) + QLatin1Char(':') +
           QLatin1String(core::LaunchProblem::partName(part));
}

inline QStringList codesOf(const QList<core::LaunchProblem> &problems)
{
    QStringList codes;
    for (const core::LaunchProblem &p : problems)
        codes.append(key(p.code, p.part));
    codes.sort();
    return codes;
}

} // namespace berth::test
