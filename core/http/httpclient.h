#pragma once

#include "httperror.h"
#include "httprequest.h"

#include <QList>
#include <QObject>
#include <QString>

namespace berth::core {

class HttpConnection;
class HttpReply;

// Sends requests to one endpoint over a small pool of keep-alive connections. The transport is chosen from the
// endpoint: unix:// uses QLocalSocket; other schemes answer with an Unsupported error for now.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    // host: e.g. "unix:///var/run/docker.sock"
    explicit HttpClient(const QString &host, QObject *parent = nullptr);
    ~HttpClient() override;

    // The reply is parented to the client; connect to finished() and deleteLater() it when done.
    HttpReply *send(HttpRequest request);
    int idleConnectionCount() const { return int(m_idle.size()); }
    void setMaxIdleConnections(int count) { m_maxIdle = count; }

private:
    void dispatch(HttpReply *reply);
    HttpConnection *openConnection(HttpReply *reply);
    void onIdle(HttpConnection *connection);
    void onClosed(HttpConnection *connection);
    void onStale(HttpConnection *connection, HttpReply *reply);

    QString m_host;
    QString m_socketPath;
    HttpError m_unsupported;
    QList<HttpConnection *> m_idle;
    int m_maxIdle = 4;
};

} // namespace berth::core
