// SPDX-License-Identifier: Apache-2.0
#include "failurefield.h"

#include <QRegularExpression>

namespace berth::core {

namespace {
bool has(const QString &text, const char *part)
{
    return text.contains(QLatin1String(part), Qt::CaseInsensitive);
}
// A whole word, so "port" is not found in "support" nor "gpu" in a host name.
bool hasWord(const QString &text, const char *word)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QLatin1String(word)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}
} // namespace

LaunchProblem::Field FailureField::forMessage(const QString &engineMessage, const LaunchSpec &spec)
{
    // The engine repeats the image and container names: nvidia/cuda or a container called port-test say nothing
    // about which field failed.
    QString m = engineMessage;
    for (const QString &name : {spec.imageReference(), spec.image, spec.name}) {
        if (name.size() > 1)
            m.replace(name, QStringLiteral("…"), Qt::CaseInsensitive);
    }
    if (has(m, "could not select device driver") || has(m, "nvidia-container") || hasWord(m, "nvidia") ||
        hasWord(m, "gpus?"))
        return LaunchProblem::Field::Gpus;
    if (has(m, "pip_cache") && spec.requirements.enabled)
        return LaunchProblem::Field::Requirements;
    if (has(m, "bind source path") || has(m, "invalid mount") || has(m, "mount") || has(m, "volume"))
        return LaunchProblem::Field::Mounts;
    if (has(m, "port is already allocated") || has(m, "address already in use") || hasWord(m, "ports?"))
        return LaunchProblem::Field::Ports;
    if (has(m, "/bin/bash") && spec.requirements.enabled)
        return LaunchProblem::Field::Requirements;
    if (has(m, "executable file not found") || has(m, "exec:") || has(m, "exec format"))
        return spec.entrypoint && !spec.entrypoint->isEmpty() ? LaunchProblem::Field::Entrypoint
                                                              : LaunchProblem::Field::Command;
    if (has(m, "chdir") || has(m, "working directory") || has(m, "workdir"))
        return LaunchProblem::Field::WorkingDir;
    if (has(m, "unable to find user") || has(m, "no matching entries in passwd") || has(m, "group"))
        return LaunchProblem::Field::User;
    if (has(m, "network"))
        return LaunchProblem::Field::NetworkMode;
    if (has(m, "invalid reference format") || has(m, "no such image"))
        return LaunchProblem::Field::Image;
    if (has(m, "restart"))
        return LaunchProblem::Field::RestartPolicy;
    if (has(m, "swap"))
        return LaunchProblem::Field::MemorySwap;
    if (has(m, "memory"))
        return LaunchProblem::Field::Memory;
    if (hasWord(m, "cpus?") || has(m, "cpuset") || has(m, "cpu-"))
        return LaunchProblem::Field::Cpus;
    if (hasWord(m, "shm") || has(m, "shm-size") || has(m, "shmsize"))
        return LaunchProblem::Field::ShmSize;
    if (has(m, "ulimit"))
        return LaunchProblem::Field::Ulimits;
    if (hasWord(m, "ipc"))
        return LaunchProblem::Field::IpcMode;
    if (has(m, "hostname"))
        return LaunchProblem::Field::Hostname;
    if (hasWord(m, "devices?"))
        return LaunchProblem::Field::Devices;
    if (hasWord(m, "env") || has(m, "environment variable"))
        return LaunchProblem::Field::Env;
    if (has(m, "runtime") || has(m, "capabilit") || has(m, "seccomp") || has(m, "apparmor"))
        return LaunchProblem::Field::Advanced;
    return LaunchProblem::Field::None;
}

bool FailureField::saysNoBash(const QString &engineMessage)
{
    return has(engineMessage, "/bin/bash");
}

} // namespace berth::core
