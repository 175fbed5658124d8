// SPDX-License-Identifier: Apache-2.0
#include "enginestreams.h"

#include "http/httpreply.h"
#include "streamdemuxer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth::core {

namespace {
constexpr qsizetype MaxJsonLine = 4 * 1024 * 1024;

// Calls handle(object) for each complete JSON line in buffer, keeping a partial tail. False on malformed input.
template<typename Handler> bool takeJsonLines(QByteArray &buffer, QByteArrayView incoming, Handler handle)
{
    buffer.append(incoming);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (!doc.isObject())
            return false;
        handle(doc.object());
    }
    buffer.remove(0, start);
    return buffer.size() <= MaxJsonLine;
}
} // namespace

EngineStream::EngineStream(QObject *parent) : QObject(parent) {}

EngineStream::~EngineStream()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EngineStream::cancel()
{
    if (m_finished)
        return;
    if (m_reply)
        m_reply->abort(); // finishes through the reply's finished() with Cancelled
    else
        finish({EngineError::Kind::Cancelled, tr("Cancelled.")});
}

void EngineStream::attach(HttpReply *reply)
{
    m_reply = reply;
    reply->setBodyHandler([this](QByteArrayView data) {
        if (m_reply && m_reply->status() >= 200 && m_reply->status() < 300 && !m_finished)
            consume(data);
        else
            m_errorBody.append(data.first(qMin(data.size(), qMax<qsizetype>(0, 64 * 1024 - m_errorBody.size()))));
    });
    connect(reply, &HttpReply::headReceived, this, [this] {
        if (m_reply->status() >= 200 && m_reply->status() < 300) {
            contentType(m_reply->head().header("Content-Type"));
            Q_EMIT started();
        }
    });
    connect(reply, &HttpReply::finished, this, [this] {
        HttpReply *r = m_reply;
        m_reply = nullptr;
        r->deleteLater();
        if (m_finished)
            return;
        const HttpError &he = r->error();
        if (he.isError()) {
            finish(engineErrorFromHttp(he));
        } else if (r->status() < 200 || r->status() >= 300) {
            finish(EngineError::fromHttp(r->status(), m_errorBody));
        } else {
            endOfBody();
            if (!m_finished)
                finish({});
        }
    });
}

void EngineStream::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply) {
        HttpReply *r = m_reply;
        m_reply = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    Q_EMIT finished(error);
}

EngineError EngineStream::engineErrorFromHttp(const HttpError &error)
{
    switch (error.kind) {
    case HttpError::Kind::None:
        return {};
    case HttpError::Kind::NotFound:
    case HttpError::Kind::Refused:
    case HttpError::Kind::Closed:
        return {EngineError::Kind::Unreachable, error.message};
    case HttpError::Kind::AccessDenied:
        return {EngineError::Kind::PermissionDenied, error.message};
    case HttpError::Kind::Unsupported:
        return {EngineError::Kind::NotSupported, error.message};
    case HttpError::Kind::InvalidRequest:
        return {EngineError::Kind::BadRequest, error.message};
    case HttpError::Kind::Protocol:
        return {EngineError::Kind::Protocol, error.message};
    case HttpError::Kind::Timeout:
        return {EngineError::Kind::Timeout, error.message};
    case HttpError::Kind::Cancelled:
        return {EngineError::Kind::Cancelled, error.message};
    case HttpError::Kind::TooLarge:
        return {EngineError::Kind::TooLarge, error.message};
    case HttpError::Kind::TlsFailed:
        return {EngineError::Kind::TlsFailed, error.message};
    case HttpError::Kind::TlsClientCertRejected:
        return {EngineError::Kind::TlsClientCertificate, error.message};
    case HttpError::Kind::SshAuthFailed:
        return {EngineError::Kind::SshAuthenticationFailed, error.message};
    case HttpError::Kind::SshHostKeyUnknown:
        return {EngineError::Kind::SshHostKeyUnknown, error.message};
    case HttpError::Kind::SshHostKeyChanged:
        return {EngineError::Kind::SshHostKeyChanged, error.message};
    case HttpError::Kind::SshFailed:
        return {EngineError::Kind::SshFailed, error.message};
    case HttpError::Kind::RemoteDockerMissing:
        return {EngineError::Kind::RemoteDockerMissing, error.message};
    }
    return {EngineError::Kind::Protocol, error.message};
}

EngineEvent EngineStream::parseEvent(const QJsonObject &o)
{
    EngineEvent e;
    e.type = o.value(QLatin1String("Type")).toString();
    e.action = o.value(QLatin1String("Action")).toString();
    const QJsonObject actor = o.value(QLatin1String("Actor")).toObject();
    e.actorId = actor.value(QLatin1String("ID")).toString();
    const QJsonObject attrs = actor.value(QLatin1String("Attributes")).toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        e.attributes.insert(it.key(), it.value().toString());
    e.timeNano = qint64(o.value(QLatin1String("timeNano")).toDouble());
    return e;
}

EventStream::EventStream(QObject *parent) : EngineStream(parent) {}

void EventStream::consume(QByteArrayView body)
{
    const bool ok =
        takeJsonLines(m_pending, body, [this](const QJsonObject &o) { Q_EMIT eventReceived(parseEvent(o)); });
    if (!ok)
        finish({EngineError::Kind::Protocol, tr("The engine sent a malformed event.")});
}

StatsStream::StatsStream(QObject *parent) : EngineStream(parent) {}

void StatsStream::consume(QByteArrayView body)
{
    if (!takeJsonLines(m_pending, body, [this](const QJsonObject &o) { Q_EMIT sample(o); }))
        finish({EngineError::Kind::Protocol, tr("The engine sent malformed statistics.")});
}

LogStream::LogStream(bool tty, QObject *parent) : EngineStream(parent), m_tty(tty)
{
    if (!tty) {
        m_demux = std::make_unique<StreamDemuxer>([this](int type, QByteArrayView payload) {
            deliver(type == 2 || type == 3 ? StreamChannel::Stderr
                                           : (type == 0 ? StreamChannel::Stdin : StreamChannel::Stdout),
                    payload);
        });
    }
}

LogStream::~LogStream() = default;

void LogStream::setTty(bool tty)
{
    m_tty = tty;
}

void LogStream::contentType(const QByteArray &type)
{
    // API >= 1.42 says which framing it uses; older engines leave it to Config.Tty.
    if (type.startsWith("application/vnd.docker.raw-stream"))
        m_tty = true;
    else if (type.startsWith("application/vnd.docker.multiplexed-stream"))
        m_tty = false;
    if (!m_tty && !m_demux)
        m_demux = std::make_unique<StreamDemuxer>([this](int t, QByteArrayView payload) {
            deliver(t == 2 || t == 3 ? StreamChannel::Stderr : (t == 0 ? StreamChannel::Stdin : StreamChannel::Stdout),
                    payload);
        });
}

void LogStream::deliver(StreamChannel channel, QByteArrayView data)
{
    m_bytes += quint64(data.size());
    if (m_sink)
        m_sink(channel, data);
    else
        Q_EMIT output(channel, data.toByteArray());
}

void LogStream::consume(QByteArrayView body)
{
    if (m_tty || !m_demux) {
        deliver(StreamChannel::Stdout, body);
        return;
    }
    if (!m_demux->feed(body))
        finish({EngineError::Kind::Protocol, tr("The engine sent a malformed log frame.")});
}

void LogStream::endOfBody()
{
    if (m_demux && m_demux->midFrame())
        finish({EngineError::Kind::Protocol, tr("The log stream ended in the middle of a frame.")});
}

PullStream::PullStream(QObject *parent) : EngineStream(parent) {}

void PullStream::consume(QByteArrayView body)
{
    const bool ok = takeJsonLines(m_pending, body, [this](const QJsonObject &o) {
        PullProgress p;
        p.id = o.value(QLatin1String("id")).toString();
        p.status = o.value(QLatin1String("status")).toString();
        const QJsonObject detail = o.value(QLatin1String("progressDetail")).toObject();
        p.current = qint64(detail.value(QLatin1String("current")).toDouble());
        p.total = qint64(detail.value(QLatin1String("total")).toDouble());
        const QJsonObject err = o.value(QLatin1String("errorDetail")).toObject();
        p.error = err.value(QLatin1String("message")).toString();
        if (p.error.isEmpty())
            p.error = o.value(QLatin1String("error")).toString();
        if (!p.error.isEmpty() && m_error.isEmpty())
            m_error = p.error;
        Q_EMIT progress(p);
    });
    if (!ok)
        finish({EngineError::Kind::Protocol, tr("The engine sent malformed pull progress.")});
}

void PullStream::endOfBody()
{
    if (m_error.isEmpty())
        return;
    // Failures mid-pull still come with HTTP 200; classify by the message.
    finish(EngineError::fromPullMessage(m_error));
}

} // namespace berth::core
