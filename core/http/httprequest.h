// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace berth::core {

// One HTTP/1.1 request as Berth sends it to the engine.
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target = "/"; // origin-form: path and query, already percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;  // 0: none. Until the whole response, or until its head when streaming
    bool streaming = false; // a long-lived body (logs, events, pull): no deadline after the head
    bool upgrade = false;   // ask the engine to hijack the connection (attach, exec start)
    // The most body bytes buffered for reply->body(); -1: the client's cap. Bodies streamed to a handler are not held.
    qint64 maxBodyBytes = -1;

    void setHeader(const QByteArray &name, const QByteArray &value);
    // The bytes on the wire. Returns empty when a method, target or header contains CR, LF or NUL.
    QByteArray serialize(const QByteArray &host = "api.moby.localhost") const;
};

} // namespace berth::core
