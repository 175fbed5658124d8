// SPDX-License-Identifier: Apache-2.0
#include "portopener.h"

#include "engine/engineclient.h"
#include "http/sshsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::PortOpener)
};
// Forwards opened in this process, by server and target: opening the same port again reuses its local port (the
// forward lives on the shared ssh connection until it ends).
QHash<QString, int> &forwards()
{
    static QHash<QString, int> map;
    return map;
}

int freeLocalPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

PortOpener::PortOpener(EngineClient *client, QString containerId, PublishedPort port, QObject *parent)
    : QObject(parent), m_client(client), m_containerId(std::move(containerId)), m_port(std::move(port))
{
}

QString PortOpener::directHost(const EngineClient &client, const PublishedPort &port)
{
    const Endpoint &endpoint = client.endpoint();
    switch (endpoint.scheme()) {
    case Endpoint::Scheme::Unix:
        return port.connectHost();
    case Endpoint::Scheme::Tcp: {
        const bool wildcard =
            port.hostIp.isEmpty() || port.hostIp == QLatin1String("0.0.0.0") || port.hostIp == QLatin1String("::");
        if (wildcard)
            return QUrl(endpoint.host()).host();
        // Bound to the engine host's loopback: not reachable from here without a tunnel.
        if (port.hostIp.startsWith(QLatin1String("127.")) || port.hostIp == QLatin1String("::1"))
            return {};
        return port.hostIp;
    }
    case Endpoint::Scheme::Ssh:
    case Endpoint::Scheme::Unknown:
        break;
    }
    return {};
}

void PortOpener::setLocalAddress(const QString &host, int port)
{
    m_localHost = host;
    m_localPort = port;
}

void PortOpener::start()
{
    if (!m_client) {
        Q_EMIT failed({EngineError::Kind::Cancelled, Tr::tr("The engine is gone.")});
        return;
    }
    if (m_localHost.isEmpty()) {
        m_localHost = directHost(*m_client, m_port);
        m_localPort = m_port.hostPort;
    }
    if (m_localHost.isEmpty() && m_client->endpoint().scheme() == Endpoint::Scheme::Ssh) {
        forwardOverSsh();
        return;
    }
    if (m_localHost.isEmpty()) {
        Q_EMIT failed({EngineError::Kind::NotSupported,
                       Tr::tr("Port %1 is published on the engine's host only and cannot be reached from here.")
                           .arg(m_port.hostPort)});
        return;
    }
    m_client->inspectContainer(m_containerId, this, [this](const Result<ContainerDetails> &r) {
        // Without the logs the plain address still opens the port; the token is a convenience.
        if (!r.ok()) {
            finish();
            return;
        }
        readLogs(r->tty);
    });
}

void PortOpener::forwardOverSsh()
{
    // The port as the server sees it (a wildcard binding through its loopback), reached from a local port through
    // the session the engine requests already use.
    SshSession *session = SshSession::forDestination(m_client->endpoint().ssh());
    const QString target = m_port.connectHost();
    const QString key = session->destination().display() + QLatin1Char('|') + target + QLatin1Char(':') +
                        QString::number(m_port.hostPort);
    if (const int known = forwards().value(key); known > 0) {
        setLocalAddress(QStringLiteral("127.0.0.1"), known);
        start();
        return;
    }
    const int local = freeLocalPort();
    if (local <= 0) {
        Q_EMIT failed({EngineError::Kind::Unreachable, Tr::tr("No free local port for a forward.")});
        return;
    }
    session->forwardPort(local, target, m_port.hostPort, this, [this, key, local](const SshCommandResult &r) {
        if (!r.ok()) {
            Q_EMIT failed(
                {EngineError::Kind::SshFailed,
                 Tr::tr("The ssh forward to port %1 on the server failed: %2")
                     .arg(m_port.hostPort)
                     .arg(r.error.message.isEmpty() ? QString::fromUtf8(r.standardError.trimmed()) : r.error.message)});
            return;
        }
        forwards().insert(key, local);
        setLocalAddress(QStringLiteral("127.0.0.1"), local);
        start();
    });
}

void PortOpener::readLogs(bool tty)
{
    EngineClient::LogOptions options;
    options.follow = false;
    options.tail = QString::number(LogTailLines);
    LogStream *stream = m_client->logs(m_containerId, options, tty, this);
    connect(stream, &LogStream::output, this,
            [this](StreamChannel, const QByteArray &data) { m_text += QString::fromUtf8(data); });
    connect(stream, &LogStream::finished, this, [this, stream] {
        stream->deleteLater();
        finish();
    });
}

void PortOpener::finish()
{
    m_jupyter = JupyterUrl::findLast(m_text, m_port.containerPort);
    m_text.clear();
    if (m_jupyter.isValid()) {
        m_url = m_jupyter.rewritten(m_localHost, m_localPort);
    } else {
        const bool v6 = m_localHost.contains(QLatin1Char(':'));
        m_url =
            QUrl(QStringLiteral("http://") + (v6 ? QLatin1Char('[') + m_localHost + QLatin1Char(']') : m_localHost) +
                 QLatin1Char(':') + QString::number(m_localPort) + QLatin1Char('/'));
    }
    Q_EMIT ready(m_url);
}

} // namespace berth::core
