// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/transportconfig.h"

#include <QString>

namespace berth::core {

struct DockerContext;

// Where the engine is and how to reach it. The order is the docker CLI's: --host, DOCKER_HOST, --context,
// DOCKER_CONTEXT, currentContext in $DOCKER_CONFIG/config.json, then Berth's configured host, then the default socket.
class Endpoint
{
public:
    enum class Scheme { Unix, Tcp, Ssh, Unknown };
    // Which rule of the order above chose this endpoint.
    enum class Source { Explicit, Environment, Context, Settings, Default };

    static constexpr const char *DefaultHost = "unix:///var/run/docker.sock";

    static Endpoint resolve(const QString &explicitHost = {}, const QString &configuredHost = {},
                            const QString &explicitContext = {});
    // A host as DOCKER_HOST spells it; for tcp:// the TLS settings come from DOCKER_TLS_VERIFY, DOCKER_TLS and
    // DOCKER_CERT_PATH as in the CLI.
    static Endpoint fromHost(const QString &host);
    static Endpoint fromContext(const DockerContext &context);

    Scheme scheme() const { return m_scheme; }
    Source source() const { return m_source; }
    const QString &host() const { return m_host; }       // as given, e.g. unix:///var/run/docker.sock
    const QString &socketPath() const { return m_path; } // for Unix
    bool isValid() const { return m_scheme != Scheme::Unknown; }
    const QString &invalidReason() const { return m_invalidReason; }
    // The context this endpoint came from ("default" when none was involved).
    const QString &contextName() const { return m_context; }
    bool isRemote() const { return m_scheme == Scheme::Tcp || m_scheme == Scheme::Ssh; }
    // tcp:// without TLS: anyone on the network can drive the engine (root on that machine).
    bool isUnencrypted() const { return m_scheme == Scheme::Tcp && !m_transport.tls; }
    bool usesTls() const { return m_scheme == Scheme::Tcp && m_transport.tls; }
    const SshDestination &ssh() const { return m_transport.ssh; }
    const TlsFiles &tlsFiles() const { return m_transport.tlsFiles; }
    // The machine the engine runs on, for "on SERVER" wording: the ssh or tcp host, or empty for a local socket.
    QString serverName() const;
    const TransportConfig &transport() const { return m_transport; }

private:
    Scheme m_scheme = Scheme::Unknown;
    Source m_source = Source::Explicit;
    QString m_host;
    QString m_path;
    QString m_context = QStringLiteral("default");
    QString m_invalidReason;
    TransportConfig m_transport;
};

} // namespace berth::core
