// SPDX-License-Identifier: Apache-2.0
#include "serverpathcache.h"

#include <algorithm>

namespace berth::core {

std::optional<ServerPaths> ServerPathCache::find(const QString &server, const QStringList &paths) const
{
    if (!m_answer || server != m_server || !m_age.isValid() || m_age.hasExpired(m_maxAgeMs))
        return std::nullopt;
    const bool known = std::all_of(paths.begin(), paths.end(), [this](const QString &path) {
        return m_answer->kinds.contains(QDir::cleanPath(path));
    });
    if (!known)
        return std::nullopt;
    return m_answer;
}

void ServerPathCache::store(const QString &server, const ServerPaths &answer)
{
    // A server that could not be asked, or did not answer, said nothing worth keeping.
    const bool answered = answer.canCheck && std::any_of(answer.kinds.cbegin(), answer.kinds.cend(),
                                                         [](auto kind) { return kind != ServerPaths::Kind::Unknown; });
    if (!answered) {
        clear();
        return;
    }
    m_server = server;
    m_answer = answer;
    m_age.start();
}

void ServerPathCache::clear()
{
    m_answer.reset();
    m_server.clear();
}

} // namespace berth::core
