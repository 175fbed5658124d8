// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mounts/serverpaths.h"

#include <QElapsedTimer>
#include <QStringList>

#include <optional>

namespace berth::core {

// The server's last answer about the launch's host paths, kept a few seconds: the form checks itself after every
// pause in typing, and an edit that does not change a path (the name, the command) need not ask the server again.
// Only answers the server actually gave are kept; Run always asks afresh.
class ServerPathCache
{
public:
    static constexpr int DefaultMaxAgeMs = 5000;
    explicit ServerPathCache(int maxAgeMs = DefaultMaxAgeMs) : m_maxAgeMs(maxAgeMs) {}

    // The kept answer when it is from this server, young enough, and knows every one of paths.
    std::optional<ServerPaths> find(const QString &server, const QStringList &paths) const;
    void store(const QString &server, const ServerPaths &answer);
    void clear();

private:
    int m_maxAgeMs;
    QString m_server;
    std::optional<ServerPaths> m_answer;
    QElapsedTimer m_age;
};

} // namespace berth::core
