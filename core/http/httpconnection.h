// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"
#include "httpresponseparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace berth::core {

class HttpReply;

// One transport connection carrying one request at a time (no pipelining), reusable while the engine keeps it alive.
// The device is any QIODevice; the client tells the connection when it has connected or failed to.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    explicit HttpConnection(QIODevice *device, QObject *parent = nullptr);
    ~HttpConnection() override;

    enum class State { Connecting, Idle, Busy, Closed };
    State state() const { return m_state; }
    bool wasUsed() const { return m_requestsServed > 0; }
    quint64 bytesThisResponse() const { return m_bytesThisResponse; }
    QIODevice *device() const { return m_device; }

    void start(HttpReply *reply);
    void connectionEstablished();
    void connectionFailed(const HttpError &error);
    void abortCurrent(const HttpError &error);
    // The transport lost its peer (remote close). Unread bytes are parsed first.
    void transportClosed();

Q_SIGNALS:
    void becameIdle(berth::core::HttpConnection *connection);
    void closed(berth::core::HttpConnection *connection);
    // A reused connection closed before the engine answered a byte: the request may be retried elsewhere.
    void staleBeforeResponse(berth::core::HttpConnection *connection, berth::core::HttpReply *reply);

private:
    void writeRequest();
    void onReadyRead();
    void onTimeout();
    void finishCurrent(const HttpError &error);
    void closeConnection();

    QIODevice *m_device;
    State m_state = State::Connecting;
    HttpResponseParser m_parser;
    QPointer<HttpReply> m_reply;
    QTimer m_timer;
    QByteArray m_readBuffer;
    quint64 m_bytesThisResponse = 0;
    bool m_tooLarge = false; // the reply's buffered body passed its cap: the rest is dropped, then the reply fails
    int m_requestsServed = 0;
};

} // namespace berth::core
