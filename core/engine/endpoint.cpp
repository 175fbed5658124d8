// SPDX-License-Identifier: Apache-2.0
#include "endpoint.h"

#include "contextstore.h"
#include "dockercontext.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

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
        const QUrl url(host);
        e.m_transport.tcpHost = url.host();
        const bool verify = !qEnvironmentVariable("DOCKER_TLS_VERIFY").isEmpty();
        e.m_transport.tls =
            verify || !qEnvironmentVariable("DOCKER_TLS").isEmpty() || host.startsWith(QLatin1String("https://"));
        e.m_transport.tcpPort = url.port(e.m_transport.tls ? 2376 : 2375);
        if (e.m_transport.tls) {
            QString certPath = qEnvironmentVariable("DOCKER_CERT_PATH");
            if (certPath.isEmpty())
                certPath = ContextStore::defaultConfigDir();
            const auto present = [&certPath](const char *file) {
                const QString path = certPath + QLatin1Char('/') + QLatin1String(file);
                return QFileInfo::exists(path) ? path : QString();
            };
            e.m_transport.tlsFiles.verifyServer = verify;
            e.m_transport.tlsFiles.caFile = verify ? present("ca.pem") : QString();
            e.m_transport.tlsFiles.certFile = present("cert.pem");
            e.m_transport.tlsFiles.keyFile = e.m_transport.tlsFiles.certFile.isEmpty() ? QString() : present("key.pem");
        }
        e.m_scheme = e.m_transport.tcpHost.isEmpty() ? Scheme::Unknown : Scheme::Tcp;
    } else if (host.startsWith(QLatin1String("ssh://"))) {
        const QUrl url(host);
        SshDestination &d = e.m_transport.ssh;
        d.user = url.userName();
        d.host = url.host();
        d.port = url.port(0);
        d.socketPath = url.path();
        if (d.socketPath == QLatin1String("/"))
            d.socketPath.clear();
        e.m_scheme = d.host.isEmpty() || !url.password().isEmpty() ? Scheme::Unknown : Scheme::Ssh;
    } else if (host.startsWith(QLatin1Char('/'))) {
        // A bare socket path, as some users write it.
        e.m_path = host;
        e.m_host = QStringLiteral("unix://") + host;
        e.m_scheme = Scheme::Unix;
    }
    switch (e.m_scheme) {
    case Scheme::Unix:
        e.m_transport.kind = TransportConfig::Kind::Unix;
        e.m_transport.socketPath = e.m_path;
        break;
    case Scheme::Tcp:
        e.m_transport.kind = TransportConfig::Kind::Tcp;
        break;
    case Scheme::Ssh:
        e.m_transport.kind = TransportConfig::Kind::Ssh;
        break;
    case Scheme::Unknown:
        e.m_transport.kind = TransportConfig::Kind::Invalid;
        if (host.isEmpty())
            e.m_invalidReason = QStringLiteral("no engine address");
        else if (host == QLatin1String("unix://"))
            e.m_invalidReason =
                QStringLiteral("unix:// names no socket; give its path, e.g. unix:///var/run/docker.sock");
        else
            e.m_invalidReason = QStringLiteral("not an engine address Berth understands: %1").arg(host);
        e.m_transport.invalidReason = e.m_invalidReason;
        break;
    }
    return e;
}

Endpoint Endpoint::fromContext(const DockerContext &context)
{
    Endpoint e = fromHost(context.host);
    e.m_context = context.name;
    e.m_source = Source::Context;
    if (e.m_scheme == Scheme::Tcp) {
        // A context's TLS comes from the context alone, never from the environment.
        TlsFiles files;
        files.caFile = context.caFile;
        files.certFile = context.certFile;
        files.keyFile = context.keyFile;
        files.verifyServer = !context.skipTlsVerify;
        e.m_transport.tls = context.hasTls() || context.skipTlsVerify;
        e.m_transport.tlsFiles = files;
        const QUrl url(context.host);
        e.m_transport.tcpPort = url.port(e.m_transport.tls ? 2376 : 2375);
    }
    return e;
}

QString Endpoint::serverName() const
{
    switch (m_scheme) {
    case Scheme::Ssh:
        return m_transport.ssh.host;
    case Scheme::Tcp:
        return m_transport.tcpHost;
    default:
        return {};
    }
}

Endpoint Endpoint::resolve(const QString &explicitHost, const QString &configuredHost, const QString &explicitContext)
{
    if (!explicitHost.isEmpty()) {
        Endpoint e = fromHost(explicitHost);
        e.m_source = Source::Explicit;
        return e;
    }
    const QString env = qEnvironmentVariable("DOCKER_HOST");
    if (!env.isEmpty()) {
        Endpoint e = fromHost(env);
        e.m_source = Source::Environment;
        return e;
    }
    const ContextStore store;
    QString name = explicitContext;
    if (name.isEmpty())
        name = qEnvironmentVariable("DOCKER_CONTEXT");
    if (name.isEmpty())
        name = store.currentContext();
    if (!name.isEmpty() && name != QLatin1String("default")) {
        QString error;
        if (const auto context = store.find(name, &error))
            return fromContext(*context);
        Endpoint e;
        e.m_context = name;
        e.m_source = Source::Context;
        e.m_invalidReason =
            error.isEmpty()
                ? QStringLiteral("no context named %1 in %2").arg(name, QDir::toNativeSeparators(store.configDir()))
                : error;
        e.m_transport.invalidReason = e.m_invalidReason;
        return e;
    }
    if (!configuredHost.isEmpty()) {
        Endpoint e = fromHost(configuredHost);
        e.m_source = Source::Settings;
        return e;
    }
    Endpoint e = fromHost(QLatin1String(DefaultHost));
    e.m_source = Source::Default;
    return e;
}

} // namespace berth::core
