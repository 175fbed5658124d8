// SPDX-License-Identifier: Apache-2.0
#include "httpconnection.h"

#include "httpreply.h"

#include <QIODevice>
#include <QLoggingCategory>

namespace berth::core {

Q_LOGGING_CATEGORY(lcHttp, "berth.http", QtWarningMsg)

namespace {
constexpr qsizetype ReadChunk = 256 * 1024;
}

HttpConnection::HttpConnection(QIODevice *device, QObject *parent) : QObject(parent), m_device(device)
{
    m_device->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_device, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_device, &QIODevice::readChannelFinished, this, &HttpConnection::transportClosed);
    m_readBuffer.resize(ReadChunk);
}

HttpConnection::~HttpConnection()
{
    if (m_reply)
        m_reply->finish({HttpError::Kind::Closed, tr("The connection to the engine was closed.")});
}

void HttpConnection::start(HttpReply *reply)
{
    Q_ASSERT(m_state == State::Connecting || m_state == State::Idle);
    m_reply = reply;
    reply->m_connection = this;
    m_bytesThisResponse = 0;
    m_tooLarge = false;
    m_parser.reset(reply->request().method == "HEAD");
    m_parser.onHead = [this](const HttpResponseHead &head) {
        if (m_reply) {
            if (m_reply->request().streaming && head.status < 300)
                m_timer.stop();
            // A length past the cap is refused before a byte of it is read.
            bool ok = false;
            const qint64 length = head.header("Content-Length").trimmed().toLongLong(&ok);
            const qint64 cap = m_reply->request().maxBodyBytes;
            if (ok && cap >= 0 && length > cap && m_reply->buffersBody())
                m_tooLarge = true;
            m_reply->deliverHead(head);
        }
    };
    m_parser.onBody = [this](QByteArrayView data) {
        if (m_reply && !m_tooLarge && !m_reply->deliverBody(data))
            m_tooLarge = true;
    };
    if (reply->request().timeoutMs > 0)
        m_timer.start(reply->request().timeoutMs);
    if (m_state == State::Idle)
        writeRequest();
}

void HttpConnection::connectionEstablished()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Idle;
    if (m_reply)
        writeRequest();
    else
        Q_EMIT becameIdle(this);
}

void HttpConnection::connectionFailed(const HttpError &error)
{
    finishCurrent(error);
    closeConnection();
}

void HttpConnection::writeRequest()
{
    m_state = State::Busy;
    const QByteArray bytes = m_reply->request().serialize();
    if (bytes.isEmpty()) {
        finishCurrent({HttpError::Kind::InvalidRequest, tr("The request contains characters HTTP does not allow.")});
        m_state = State::Idle;
        Q_EMIT becameIdle(this);
        return;
    }
    m_device->write(bytes);
    // Bytes may already be waiting (the engine answered very fast, or closed the idle connection).
    if (m_device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    while (m_state == State::Busy && m_device->bytesAvailable() > 0) {
        const qint64 n = m_device->read(m_readBuffer.data(), ReadChunk);
        if (n <= 0)
            break;
        m_bytesThisResponse += quint64(n);
        qsizetype consumed = 0;
        QPointer<HttpConnection> self(this);
        const auto result = m_parser.feed(QByteArrayView(m_readBuffer.constData(), n), &consumed);
        if (!self)
            return; // a handler deleted us
        if (m_tooLarge && m_reply) {
            const qint64 cap = m_reply->request().maxBodyBytes;
            finishCurrent({HttpError::Kind::TooLarge,
                           tr("The reply was larger than %1 MiB, the most Berth accepts.").arg(cap / (1024 * 1024))});
            if (self)
                closeConnection();
            return;
        }
        switch (result) {
        case HttpResponseParser::Result::NeedMore:
            break;
        case HttpResponseParser::Result::Complete: {
            const bool reusable = m_parser.keepAlive() && consumed == n;
            if (consumed != n)
                qCWarning(lcHttp) << "engine sent" << (n - consumed) << "bytes after a complete response";
            ++m_requestsServed;
            finishCurrent({});
            if (!self)
                return;
            if (reusable && m_device->bytesAvailable() == 0) {
                m_state = State::Idle;
                Q_EMIT becameIdle(this);
            } else {
                closeConnection();
            }
            return;
        }
        case HttpResponseParser::Result::Upgraded: {
            m_timer.stop();
            HttpReply *reply = m_reply;
            m_reply = nullptr;
            QByteArray leftover(m_readBuffer.constData() + consumed, n - consumed);
            disconnect(m_device, nullptr, this, nullptr);
            QIODevice *device = m_device;
            m_device = nullptr;
            m_state = State::Closed;
            Q_EMIT closed(this);
            reply->deliverUpgrade(device, std::move(leftover));
            deleteLater();
            return;
        }
        case HttpResponseParser::Result::Error:
            finishCurrent({HttpError::Kind::Protocol, m_parser.errorString()});
            if (self)
                closeConnection();
            return;
        }
    }
}

void HttpConnection::transportClosed()
{
    if (m_state == State::Closed)
        return;
    QPointer<HttpConnection> self(this);
    if (m_device && m_device->bytesAvailable() > 0)
        onReadyRead();
    if (!self || m_state == State::Closed)
        return;
    if (m_reply && m_state == State::Busy) {
        if (m_bytesThisResponse == 0 && wasUsed()) {
            // The engine had already dropped this idle connection: let the client retry on a fresh one.
            HttpReply *reply = m_reply;
            m_reply = nullptr;
            m_timer.stop();
            m_state = State::Closed;
            Q_EMIT staleBeforeResponse(this, reply);
            return;
        }
        const auto result = m_parser.finishEof();
        if (m_tooLarge)
            finishCurrent(
                {HttpError::Kind::TooLarge, tr("The reply was larger than %1 MiB, the most Berth accepts.")
                                                .arg(m_reply ? m_reply->request().maxBodyBytes / (1024 * 1024) : 0)});
        else if (result == HttpResponseParser::Result::Complete)
            finishCurrent({});
        else
            finishCurrent({HttpError::Kind::Closed, m_parser.errorString()});
    }
    m_state = State::Closed;
    Q_EMIT closed(this);
}

void HttpConnection::onTimeout()
{
    finishCurrent(
        {HttpError::Kind::Timeout,
         tr("The engine did not answer within %1 seconds.").arg(m_reply ? m_reply->request().timeoutMs / 1000.0 : 0)});
    closeConnection();
}

void HttpConnection::abortCurrent(const HttpError &error)
{
    finishCurrent(error);
    closeConnection();
}

void HttpConnection::finishCurrent(const HttpError &error)
{
    m_timer.stop();
    if (HttpReply *reply = m_reply) {
        m_reply = nullptr;
        reply->finish(error);
    }
}

void HttpConnection::closeConnection()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_device) {
        disconnect(m_device, nullptr, this, nullptr);
        m_device->close();
    }
    Q_EMIT closed(this);
}

} // namespace berth::core
