// SPDX-License-Identifier: Apache-2.0
#include "portopener.h"

#include "engine/engineclient.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::PortOpener)
};
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
