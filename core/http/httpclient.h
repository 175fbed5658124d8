// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"
#include "httprequest.h"
#include "transportconfig.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>

namespace berth::core {

class HttpConnection;
class HttpReply;

// Sends requests to one endpoint over a small pool of keep-alive connections. The transport is chosen from the
// endpoint: unix:// uses QLocalSocket, tcp:// QTcpSocket or (with TLS) QSslSocket, ssh:// a channel on the shared
// ssh session running `docker system dial-stdio`. Everything above the device is the same for all of them.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    // host: e.g. "unix:///var/run/docker.sock"
    explicit HttpClient(const QString &host, QObject *parent = nullptr);
    explicit HttpClient(const TransportConfig &transport, QObject *parent = nullptr);
    ~HttpClient() override;

    // The reply is parented to the client; connect to finished() and deleteLater() it when done.
    HttpReply *send(HttpRequest request);
    int idleConnectionCount() const { return int(m_idle.size()); }
    void setMaxIdleConnections(int count) { m_maxIdle = count; }
    // Short requests in flight at once; more wait their turn. Streams (logs, events, attach) are not counted: they
    // hold a connection for as long as they run and must never wait behind each other.
    void setMaxActiveRequests(int count) { m_maxActive = count; }
    int queuedRequestCount() const { return int(m_queue.size()); }
    // The cap on a buffered reply body for requests that do not set their own (Settings::MaxReplyMiB).
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024 * 1024;
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }

private:
    void dispatch(HttpReply *reply);
    HttpConnection *openConnection(HttpReply *reply);
    HttpConnection *openLocal(HttpReply *reply);
    HttpConnection *openTcp(HttpReply *reply);
    HttpConnection *openSsh(HttpReply *reply);
    void watch(HttpConnection *connection);
    void prepareTls();
    void onIdle(HttpConnection *connection);
    void onClosed(HttpConnection *connection);
    void onStale(HttpConnection *connection, HttpReply *reply);

    QString m_host;
    QString m_socketPath;
    TransportConfig m_transport;
    QSslConfiguration m_ssl;
    HttpError m_unsupported;
    void startNext();
    void recount();

    QList<HttpConnection *> m_idle;
    QList<QPointer<HttpReply>> m_queue;
    int m_maxIdle = 4;
    int m_maxActive = 6;
    int m_active = 0;
    qint64 m_maxBody = DefaultMaxBodyBytes;
};

} // namespace berth::core
