// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// Where the engine is: DOCKER_HOST, else a configured host, else the default socket.
class Endpoint
{
public:
    enum class Scheme { Unix, Tcp, Ssh, Unknown };

    static constexpr const char *DefaultHost = "unix:///var/run/docker.sock";

    // Order: an explicit host (command line), DOCKER_HOST, the configured host (settings), the default socket.
    static Endpoint resolve(const QString &explicitHost = {}, const QString &configuredHost = {});
    static Endpoint fromHost(const QString &host);

    Scheme scheme() const { return m_scheme; }
    const QString &host() const { return m_host; }       // as given, e.g. unix:///var/run/docker.sock
    const QString &socketPath() const { return m_path; } // for Unix
    bool isValid() const { return m_scheme != Scheme::Unknown; }

private:
    Scheme m_scheme = Scheme::Unknown;
    QString m_host;
    QString m_path;
};

} // namespace berth::core
