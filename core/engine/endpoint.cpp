// SPDX-License-Identifier: Apache-2.0
#include "endpoint.h"

namespace berth::core {

Endpoint Endpoint::fromHost(const QString &hostIn)
{
    Endpoint e;
    const QString host = hostIn.trimmed();
    e.m_host = host;
    if (host.startsWith(QLatin1String("unix://"))) {
        e.m_path = host.mid(7);
        e.m_scheme = e.m_path.isEmpty() ? Scheme::Unknown : Scheme::Unix;
    } else if (host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("http://")) ||
               host.startsWith(QLatin1String("https://"))) {
        e.m_scheme = Scheme::Tcp;
    } else if (host.startsWith(QLatin1String("ssh://"))) {
        e.m_scheme = Scheme::Ssh;
    } else if (host.startsWith(QLatin1Char('/'))) {
        // A bare socket path, as some users write it.
        e.m_path = host;
        e.m_host = QStringLiteral("unix://") + host;
        e.m_scheme = Scheme::Unix;
    }
    return e;
}

Endpoint Endpoint::resolve(const QString &explicitHost, const QString &configuredHost)
{
    if (!explicitHost.isEmpty())
        return fromHost(explicitHost);
    const QString env = qEnvironmentVariable("DOCKER_HOST");
    if (!env.isEmpty())
        return fromHost(env);
    if (!configuredHost.isEmpty())
        return fromHost(configuredHost);
    return fromHost(QLatin1String(DefaultHost));
}

} // namespace berth::core
