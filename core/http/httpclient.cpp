// SPDX-License-Identifier: Apache-2.0
#include "httpclient.h"

#include "httpconnection.h"
#include "httpreply.h"
#include "processdevice.h"
#include "sshsession.h"

#include <QFile>
#include <QLocalSocket>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace berth::core {

HttpClient::HttpClient(const QString &host, QObject *parent) : QObject(parent), m_host(host)
{
    // Only unix:// is read here; Endpoint builds the full TransportConfig for the other schemes.
    if (host.startsWith(QLatin1String("unix://"))) {
        m_socketPath = host.mid(7);
        if (m_socketPath.isEmpty())
            m_unsupported = {HttpError::Kind::Unsupported,
                             tr("The engine address %1 names no socket; write it with a path, for example "
                                "unix:///var/run/docker.sock.")
                                 .arg(host)};
        m_transport.kind = TransportConfig::Kind::Unix;
        m_transport.socketPath = m_socketPath;
    } else {
        const QString scheme = host.section(QLatin1String("://"), 0, 0);
        m_unsupported = {HttpError::Kind::Unsupported,
                         tr("Engine addresses of the form %1:// are not supported here; use unix:// (for example "
                            "unix:///var/run/docker.sock).")
                             .arg(scheme.isEmpty() ? host : scheme)};
    }
}

HttpClient::HttpClient(const TransportConfig &transport, QObject *parent) : QObject(parent), m_transport(transport)
{
    switch (transport.kind) {
    case TransportConfig::Kind::Unix:
        m_socketPath = transport.socketPath;
        m_host = QStringLiteral("unix://") + m_socketPath;
        break;
    case TransportConfig::Kind::Tcp:
        m_host = QStringLiteral("tcp://%1:%2").arg(transport.tcpHost).arg(transport.tcpPort);
        if (transport.tls)
            prepareTls();
        break;
    case TransportConfig::Kind::Ssh:
        m_host = QStringLiteral("ssh://") + transport.ssh.display();
        break;
    case TransportConfig::Kind::Invalid:
        m_unsupported = {HttpError::Kind::Unsupported, transport.invalidReason};
        break;
    }
}

void HttpClient::prepareTls()
{
    if (!QSslSocket::supportsSsl()) {
        m_unsupported = {HttpError::Kind::TlsFailed,
                         tr("This build of Qt has no TLS support, so tcp:// engines with TLS cannot be reached.")};
        return;
    }
    const TlsFiles &files = m_transport.tlsFiles;
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(files.verifyServer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    const auto fail = [this](const QString &message) { m_unsupported = {HttpError::Kind::TlsFailed, message}; };
    if (!files.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(files.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return fail(tr("Cannot read the CA certificate %1.").arg(files.caFile));
        // Like the docker CLI: the given CA is what the server must be signed by.
        m_ssl.setCaCertificates(cas);
    }
    if (!files.certFile.isEmpty() || !files.keyFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(files.certFile, QSsl::Pem);
        if (certs.isEmpty())
            return fail(tr("Cannot read the client certificate %1.").arg(files.certFile));
        QFile keyFile(files.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the client key %1: %2").arg(files.keyFile, keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const auto algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return fail(tr("The client key %1 is not a PEM private key without a passphrase.").arg(files.keyFile));
        m_ssl.setLocalCertificate(certs.first());
        m_ssl.setPrivateKey(key);
    }
}

HttpClient::~HttpClient() = default;

HttpReply *HttpClient::send(HttpRequest request)
{
    if (request.maxBodyBytes < 0)
        request.maxBodyBytes = m_maxBody;
    auto *reply = new HttpReply(std::move(request), this);
    if (reply->request().streaming || reply->request().upgrade) {
        dispatch(reply);
        return reply;
    }
    // Counted until finished or destroyed, whichever comes first.
    connect(reply, &HttpReply::finished, this, [this, reply] {
        if (reply->m_counted) {
            reply->m_counted = false;
            --m_active;
            startNext();
        }
    });
    connect(reply, &QObject::destroyed, this, [this] {
        // A reply deleted before it finished (its owner went away) frees its place too.
        QMetaObject::invokeMethod(this, &HttpClient::recount, Qt::QueuedConnection);
    });
    m_queue.append(reply);
    startNext();
    return reply;
}

void HttpClient::startNext()
{
    while (m_active < m_maxActive && !m_queue.isEmpty()) {
        QPointer<HttpReply> next = m_queue.takeFirst();
        if (!next || next->isFinished())
            continue;
        ++m_active;
        next->m_counted = true;
        dispatch(next);
    }
}

void HttpClient::recount()
{
    int active = 0;
    for (HttpReply *reply : findChildren<HttpReply *>(Qt::FindDirectChildrenOnly)) {
        if (reply->m_counted)
            ++active;
    }
    m_active = active;
    startNext();
}

void HttpClient::dispatch(HttpReply *reply)
{
    ++reply->m_attempts;
    if (m_unsupported.isError()) {
        HttpError error = m_unsupported;
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->finish(error); }, Qt::QueuedConnection);
        return;
    }
    while (!m_idle.isEmpty()) {
        HttpConnection *connection = m_idle.takeLast();
        if (connection->state() == HttpConnection::State::Idle) {
            connection->start(reply);
            return;
        }
    }
    openConnection(reply);
}

HttpConnection *HttpClient::openConnection(HttpReply *reply)
{
    switch (m_transport.kind) {
    case TransportConfig::Kind::Tcp:
        return openTcp(reply);
    case TransportConfig::Kind::Ssh:
        return openSsh(reply);
    default:
        return openLocal(reply);
    }
}

void HttpClient::watch(HttpConnection *connection)
{
    connect(connection, &HttpConnection::becameIdle, this, &HttpClient::onIdle);
    connect(connection, &HttpConnection::closed, this, &HttpClient::onClosed);
    connect(connection, &HttpConnection::staleBeforeResponse, this, &HttpClient::onStale);
}

HttpConnection *HttpClient::openLocal(HttpReply *reply)
{
    auto *socket = new QLocalSocket;
    // Unlimited: the connection drains the socket as fast as it reads; a limit would only add wake-ups.
    socket->setReadBufferSize(0);
    auto *connection = new HttpConnection(socket, this);
    watch(connection);
    connect(socket, &QLocalSocket::connected, connection, &HttpConnection::connectionEstablished);
    connect(socket, &QLocalSocket::disconnected, connection, &HttpConnection::transportClosed);
    connect(socket, &QLocalSocket::errorOccurred, connection,
            [connection, socket, this](QLocalSocket::LocalSocketError e) {
                if (connection->state() != HttpConnection::State::Connecting)
                    return; // errors after connecting surface as disconnects
                HttpError error;
                switch (e) {
                case QLocalSocket::ServerNotFoundError:
                    error = {HttpError::Kind::NotFound, tr("There is no engine socket at %1.").arg(m_socketPath)};
                    break;
                case QLocalSocket::ConnectionRefusedError:
                    error = {HttpError::Kind::Refused, tr("Nothing is listening on %1.").arg(m_socketPath)};
                    break;
                case QLocalSocket::SocketAccessError:
                    error = {HttpError::Kind::AccessDenied, tr("Permission denied opening %1.").arg(m_socketPath)};
                    break;
                default:
                    error = {HttpError::Kind::Refused, socket->errorString()};
                    break;
                }
                connection->connectionFailed(error);
            });
    connection->start(reply);
    // Queued: a missing socket fails inside connectToServer(), before the caller could connect to the reply.
    QMetaObject::invokeMethod(
        socket, [socket, path = m_socketPath] { socket->connectToServer(path); }, Qt::QueuedConnection);
    return connection;
}

namespace {
// A TLS failure after the handshake looked complete: with TLS 1.3 a server that wants a client certificate says
// so only in an alert after the client finished.
bool isClientCertificateAlert(const QString &text)
{
    return text.contains(QLatin1String("certificate required"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("bad certificate"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("certificate unknown"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("unknown ca"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("handshake failure"), Qt::CaseInsensitive);
}
} // namespace

HttpConnection *HttpClient::openTcp(HttpReply *reply)
{
    QTcpSocket *socket = nullptr;
    QSslSocket *ssl = nullptr;
    if (m_transport.tls) {
        ssl = new QSslSocket;
        ssl->setSslConfiguration(m_ssl);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    socket->setReadBufferSize(0);
    auto *connection = new HttpConnection(socket, this);
    watch(connection);
    auto sslErrors = std::make_shared<QStringList>();
    if (ssl) {
        connect(ssl, &QSslSocket::encrypted, connection, &HttpConnection::connectionEstablished);
        connect(ssl, &QSslSocket::sslErrors, connection, [sslErrors](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                sslErrors->append(e.errorString());
        });
    } else {
        connect(socket, &QTcpSocket::connected, connection, &HttpConnection::connectionEstablished);
    }
    connect(socket, &QAbstractSocket::disconnected, connection, &HttpConnection::transportClosed);
    connect(socket, &QAbstractSocket::errorOccurred, connection,
            [connection, socket, ssl, sslErrors, this](QAbstractSocket::SocketError e) {
                const QString where = QStringLiteral("%1:%2").arg(m_transport.tcpHost).arg(m_transport.tcpPort);
                HttpError error;
                const QString text = socket->errorString();
                if (!sslErrors->isEmpty()) {
                    error = {HttpError::Kind::TlsFailed, sslErrors->join(QLatin1Char('\n'))};
                } else if (ssl && isClientCertificateAlert(text)) {
                    error = {HttpError::Kind::TlsClientCertRejected, text};
                } else {
                    switch (e) {
                    case QAbstractSocket::ConnectionRefusedError:
                        error = {HttpError::Kind::Refused, tr("Nothing is listening on %1.").arg(where)};
                        break;
                    case QAbstractSocket::HostNotFoundError:
                        error = {HttpError::Kind::Refused, tr("The host name %1 is unknown.").arg(m_transport.tcpHost)};
                        break;
                    case QAbstractSocket::SocketTimeoutError:
                        error = {HttpError::Kind::Timeout, text};
                        break;
                    case QAbstractSocket::SslHandshakeFailedError:
                    case QAbstractSocket::SslInternalError:
                    case QAbstractSocket::SslInvalidUserDataError:
                        error = {HttpError::Kind::TlsFailed, text};
                        break;
                    case QAbstractSocket::RemoteHostClosedError:
                        if (ssl && connection->state() != HttpConnection::State::Idle && !connection->wasUsed() &&
                            connection->bytesThisResponse() == 0) {
                            // A TLS engine drops a client that sent no certificate, sometimes without an alert.
                            error = {HttpError::Kind::TlsClientCertRejected, text};
                            break;
                        }
                        return; // the disconnect path decides (stale keep-alive, or end of a response)
                    default:
                        error = {HttpError::Kind::Refused, text};
                        break;
                    }
                }
                switch (connection->state()) {
                case HttpConnection::State::Connecting:
                    connection->connectionFailed(error);
                    break;
                case HttpConnection::State::Busy:
                    if (connection->bytesThisResponse() == 0)
                        connection->abortCurrent(error);
                    break;
                default:
                    break;
                }
            });
    connection->start(reply);
    QMetaObject::invokeMethod(
        socket,
        [socket, ssl, host = m_transport.tcpHost, port = quint16(m_transport.tcpPort)] {
            if (ssl)
                ssl->connectToHostEncrypted(host, port);
            else
                socket->connectToHost(host, port);
        },
        Qt::QueuedConnection);
    return connection;
}

HttpConnection *HttpClient::openSsh(HttpReply *reply)
{
    auto *device = new ProcessDevice;
    auto *connection = new HttpConnection(device, this);
    watch(connection);
    SshSession *session = SshSession::forDestination(m_transport.ssh);
    connect(device, &ProcessDevice::started, connection, &HttpConnection::connectionEstablished);
    connect(device, &ProcessDevice::failed, connection, [connection, session](const HttpError &error) {
        if (error.kind == HttpError::Kind::Closed || error.kind == HttpError::Kind::Refused)
            session->invalidate(); // the shared connection died with it; the next request reconnects
        switch (connection->state()) {
        case HttpConnection::State::Connecting:
            connection->connectionFailed(error);
            break;
        case HttpConnection::State::Busy:
            // A reused channel that died before answering is retried on a fresh one by the disconnect path.
            if (!(connection->wasUsed() && connection->bytesThisResponse() == 0))
                connection->abortCurrent(error);
            break;
        default:
            break;
        }
    });
    connection->start(reply);
    session->ensureConnected(connection, [connection, device, session](const HttpError &error) {
        if (error.isError())
            connection->connectionFailed(error);
        else
            session->startDockerChannel(device);
    });
    return connection;
}

void HttpClient::onIdle(HttpConnection *connection)
{
    if (m_idle.size() >= m_maxIdle) {
        connection->deleteLater();
        return;
    }
    m_idle.append(connection);
}

void HttpClient::onClosed(HttpConnection *connection)
{
    m_idle.removeAll(connection);
    connection->deleteLater();
}

void HttpClient::onStale(HttpConnection *connection, HttpReply *reply)
{
    m_idle.removeAll(connection);
    connection->deleteLater();
    if (reply->m_attempts < 2)
        dispatch(reply);
    else
        reply->finish({HttpError::Kind::Closed, tr("The engine closed the connection without answering.")});
}

} // namespace berth::core
