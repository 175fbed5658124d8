// SPDX-License-Identifier: Apache-2.0
#include "httpclient.h"

#include "httpconnection.h"
#include "httpreply.h"

#include <QLocalSocket>

namespace berth::core {

HttpClient::HttpClient(const QString &host, QObject *parent) : QObject(parent), m_host(host)
{
    if (host.startsWith(QLatin1String("unix://"))) {
        m_socketPath = host.mid(7);
        if (m_socketPath.isEmpty())
            m_unsupported = {HttpError::Kind::Unsupported,
                             tr("The engine address %1 names no socket; write it with a path, for example "
                                "unix:///var/run/docker.sock.")
                                 .arg(host)};
    } else {
        const QString scheme = host.section(QLatin1String("://"), 0, 0);
        m_unsupported = {HttpError::Kind::Unsupported,
                         tr("Engine addresses of the form %1:// are not supported yet; use unix:// (for example "
                            "unix:///var/run/docker.sock).")
                             .arg(scheme.isEmpty() ? host : scheme)};
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
    auto *socket = new QLocalSocket;
    // Unlimited: the connection drains the socket as fast as it reads; a limit would only add wake-ups.
    socket->setReadBufferSize(0);
    auto *connection = new HttpConnection(socket, this);
    connect(connection, &HttpConnection::becameIdle, this, &HttpClient::onIdle);
    connect(connection, &HttpConnection::closed, this, &HttpClient::onClosed);
    connect(connection, &HttpConnection::staleBeforeResponse, this, &HttpClient::onStale);
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
