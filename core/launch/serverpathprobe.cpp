// SPDX-License-Identifier: Apache-2.0
#include "serverpathprobe.h"

#include "engine/endpoint.h"
#include "http/sshsession.h"

#include <QDir>
#include <QTimer>

#include <memory>
#include <utility>

namespace berth::core {

namespace {
// POSIX sh on the server; each path is one argument, so no name can break out of it.
const char *const probeScript = "for p do if [ -d \"$p\" ]; then echo d; elif [ -f \"$p\" ]; then echo f; "
                                "elif [ -e \"$p\" ] || [ -L \"$p\" ]; then echo o; else echo m; fi; done";
} // namespace

ServerPaths ServerPathProbe::parseAnswer(const QString &server, const QStringList &paths, const QByteArray &output)
{
    ServerPaths answer;
    answer.server = server;
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i < paths.size() && i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        ServerPaths::Kind kind = ServerPaths::Kind::Unknown;
        if (line == "d")
            kind = ServerPaths::Kind::Directory;
        else if (line == "f")
            kind = ServerPaths::Kind::File;
        else if (line == "o")
            kind = ServerPaths::Kind::Other;
        else if (line == "m")
            kind = ServerPaths::Kind::Missing;
        answer.kinds.insert(QDir::cleanPath(paths.at(i)), kind);
    }
    return answer;
}

void ServerPathProbe::probe(const Endpoint &endpoint, const QStringList &paths, QObject *context,
                            std::function<void(const std::optional<ServerPaths> &)> done)
{
    if (!endpoint.isRemote()) {
        done(std::nullopt);
        return;
    }
    ServerPaths unknown;
    unknown.server = endpoint.serverName();
    if (endpoint.scheme() != Endpoint::Scheme::Ssh) {
        unknown.canCheck = false;
        done(unknown);
        return;
    }
    if (paths.isEmpty()) {
        done(unknown);
        return;
    }
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(probeScript),
                     QStringLiteral("sh")};
    argv += paths;
    const QString server = unknown.server;
    // A server that connects but never answers must not hold the form's checks: after the limit every path is
    // unknown, and a late answer is dropped.
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done = std::move(done)](const std::optional<ServerPaths> &result) {
        if (std::exchange(*answered, true))
            return;
        done(result);
    };
    QTimer::singleShot(TimeoutMs, context, [finish, unknown] { finish(unknown); });
    SshSession::forDestination(endpoint.ssh())
        ->run(argv, context, [server, paths, unknown, finish](const SshCommandResult &r) {
            finish(r.ok() ? parseAnswer(server, paths, r.standardOutput) : unknown);
        });
}

} // namespace berth::core
