// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"
#include "httprequest.h"
#include "httpresponseparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;

namespace berth::core {

class HttpConnection;

// The pending answer to one request. Emits headReceived() once, then finished() exactly once (also on error,
// timeout and abort), or upgraded() instead of finished() after a 101 when the request asked for it.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)
public:
    explicit HttpReply(HttpRequest request, QObject *parent = nullptr);
    ~HttpReply() override;

    const HttpRequest &request() const { return m_request; }
    const HttpResponseHead &head() const { return m_head; }
    int status() const { return m_head.status; }
    // The whole body, unless a body handler consumes it as it streams.
    const QByteArray &body() const { return m_body; }
    const HttpError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    // Streams the body to handler as views into the receive buffer (valid during the call only).
    void setBodyHandler(std::function<void(QByteArrayView)> handler) { m_bodyHandler = std::move(handler); }
    bool buffersBody() const { return !m_bodyHandler; }
    void abort();

    // After upgraded(): the raw connection and the bytes that came with the 101. The caller owns the device.
    QIODevice *takeUpgradedDevice(QByteArray *alreadyReceived);

Q_SIGNALS:
    void headReceived();
    void finished();
    void upgraded();

private:
    friend class HttpConnection;
    friend class HttpClient;
    void deliverHead(const HttpResponseHead &head);
    // False once a buffered body would pass the request's cap; nothing more is kept then.
    bool deliverBody(QByteArrayView data);
    void finish(HttpError error = {});
    void deliverUpgrade(QIODevice *device, QByteArray leftover);

    HttpRequest m_request;
    HttpResponseHead m_head;
    QByteArray m_body;
    HttpError m_error;
    std::function<void(QByteArrayView)> m_bodyHandler;
    QPointer<HttpConnection> m_connection;
    QIODevice *m_upgradedDevice = nullptr;
    QByteArray m_upgradeLeftover;
    bool m_finished = false;
    int m_attempts = 0;
    bool m_counted = false; // holds one of the client's places for short requests
};

} // namespace berth::core
