// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engineerror.h"
#include "models.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <functional>
#include <memory>

class QJsonObject;

namespace berth::core {

class HttpReply;
struct HttpError;
class StreamDemuxer;

// A long-running engine response (events, logs, pull, stats). Parsed incrementally as bytes arrive.
// finished() is emitted exactly once: with an error of kind None when the engine ended the stream normally.
class EngineStream : public QObject
{
    Q_OBJECT
public:
    ~EngineStream() override;
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void started(); // response head received, status OK
    void finished(const berth::core::EngineError &error);

protected:
    explicit EngineStream(QObject *parent);
    void attach(HttpReply *reply);
    virtual void consume(QByteArrayView body) = 0;
    virtual void endOfBody() {}
    virtual void contentType(const QByteArray &type) { Q_UNUSED(type) }
    void finish(const EngineError &error);

    friend class EngineClient;

public:
    static EngineError engineErrorFromHttp(const HttpError &error);
    static EngineEvent parseEvent(const QJsonObject &object);

private:
    HttpReply *m_reply = nullptr;
    QByteArray m_errorBody;
    bool m_finished = false;
};

// /events: JSON objects, one per line.
class EventStream final : public EngineStream
{
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);

Q_SIGNALS:
    void eventReceived(const berth::core::EngineEvent &event);

protected:
    void consume(QByteArrayView body) override;

private:
    QByteArray m_pending;
};

// /containers/ID/stats: one JSON object per sample.
class StatsStream final : public EngineStream
{
    Q_OBJECT
public:
    explicit StatsStream(QObject *parent = nullptr);

Q_SIGNALS:
    void sample(const QJsonObject &stats);

protected:
    void consume(QByteArrayView body) override;

private:
    QByteArray m_pending;
};

enum class StreamChannel { Stdin = 0, Stdout = 1, Stderr = 2 };

// /containers/ID/logs and attach output: multiplexed frames (Tty=false) or raw bytes (Tty=true).
// For speed, consumers install a sink that receives views into the receive buffer (valid only during the call);
// without a sink, output() carries copies.
class LogStream final : public EngineStream
{
    Q_OBJECT
public:
    using Sink = std::function<void(StreamChannel, QByteArrayView)>;
    explicit LogStream(bool tty, QObject *parent = nullptr);
    ~LogStream() override;
    void setTty(bool tty);
    bool isTty() const { return m_tty; }
    void setSink(Sink sink) { m_sink = std::move(sink); }
    quint64 bytesReceived() const { return m_bytes; }

Q_SIGNALS:
    void output(berth::core::StreamChannel channel, const QByteArray &data);

protected:
    void consume(QByteArrayView body) override;
    void endOfBody() override;
    void contentType(const QByteArray &type) override;

private:
    void deliver(StreamChannel channel, QByteArrayView data);
    bool m_tty;
    Sink m_sink;
    quint64 m_bytes = 0;
    std::unique_ptr<StreamDemuxer> m_demux;
};

// /images/create: progress lines; errorDetail mid-stream ends the pull with an error even though HTTP said 200.
class PullStream final : public EngineStream
{
    Q_OBJECT
public:
    explicit PullStream(QObject *parent = nullptr);

Q_SIGNALS:
    void progress(const berth::core::PullProgress &progress);

protected:
    void consume(QByteArrayView body) override;
    void endOfBody() override;

private:
    QByteArray m_pending;
    QString m_error;
};

} // namespace berth::core
