// SPDX-License-Identifier: Apache-2.0
#include "sshfailure.h"

#include <QStringList>

namespace berth::core {

QString SshFailure::essentialLines(const QByteArray &standardError)
{
    QStringList kept;
    const QString text = QString::fromUtf8(standardError);
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("Warning: Permanently added")) ||
            line.startsWith(QLatin1String("@@@@")))
            continue;
        kept.append(line);
    }
    // The last lines carry the verdict; the host-key banner above them can be long.
    while (kept.size() > 6)
        kept.removeFirst();
    return kept.join(QLatin1Char('\n'));
}

HttpError SshFailure::classify(int exitCode, bool crashed, const QByteArray &standardError)
{
    const QString err = QString::fromUtf8(standardError);
    const QString lines = essentialLines(standardError);
    const auto has = [&err](const char *s) { return err.contains(QLatin1String(s), Qt::CaseInsensitive); };
    using K = HttpError::Kind;
    if (has("REMOTE HOST IDENTIFICATION HAS CHANGED") || (has("Host key for") && has("has changed")))
        return {K::SshHostKeyChanged, lines};
    if (has("Host key verification failed") || has("No ED25519 host key is known") || has("host key is known for"))
        return {K::SshHostKeyUnknown, lines};
    if (has("Permission denied (") || has("Too many authentication failures") || has("no matching host key type"))
        return {K::SshAuthFailed, lines};
    if (has("Could not resolve hostname") || has("Connection refused") || has("No route to host") ||
        has("Network is unreachable") || has("Connection timed out") || has("Operation timed out") ||
        has("Connection closed by") || has("kex_exchange_identification"))
        return {K::Refused, lines};
    // Past ssh: the command on the server.
    if (exitCode == 127 || (has("docker") && (has("command not found") || has("not found"))))
        return {K::RemoteDockerMissing, lines};
    if (has("permission denied while trying to connect to the Docker daemon") ||
        (has("permission denied") && has("docker.sock")))
        return {K::AccessDenied, lines};
    if (has("Cannot connect to the Docker daemon") || has("Is the docker daemon running") ||
        (has("no such file or directory") && has(".sock")))
        return {K::Refused, lines};
    if (has("unknown command") && has("dial-stdio"))
        return {K::RemoteDockerMissing, lines};
    if (crashed || exitCode == 255)
        return {K::Closed, lines.isEmpty() ? QStringLiteral("ssh ended (exit %1)").arg(exitCode) : lines};
    if (exitCode != 0)
        return {K::SshFailed, lines.isEmpty() ? QStringLiteral("ssh ended (exit %1)").arg(exitCode) : lines};
    return {};
}

} // namespace berth::core
