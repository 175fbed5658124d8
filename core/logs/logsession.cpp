// SPDX-License-Identifier: Apache-2.0
#include "logsession.h"

#include "engine/engineclient.h"
#include "lineassembler.h"
#include "logmessagesplitter.h"
#include "logstore.h"
#include "logtimestamp.h"
#include "settings/settings.h"

#include <QLoggingCategory>

namespace berth::core {

Q_LOGGING_CATEGORY(lcLogs, "berth.logs", QtWarningMsg)

namespace {
constexpr int FirstRetryMs = 250;
constexpr int MaxRetryMs = 3000;
constexpr int ResumeSlack = 2048; // messages written while we were away, beyond those we remember

LogChannel channelOf(StreamChannel channel)
{
    return channel == StreamChannel::Stderr ? LogChannel::Stderr : LogChannel::Stdout;
}

QString startedAtOf(const ContainerDetails &details)
{
    return details.startedAtText;
}
} // namespace

struct LogSession::OlderPage
{
    explicit OlderPage(qsizetype room)
        : store(std::make_unique<LogStore>(room)), assembler(std::make_unique<LineAssembler>(*store)),
          splitter(std::make_unique<LogMessageSplitter>(*assembler, true))
    {
    }
    std::unique_ptr<LogStore> store;
    std::unique_ptr<LineAssembler> assembler;
    std::unique_ptr<LogMessageSplitter> splitter;
    QPointer<LogStream> stream;
    qint64 front = 0;
    int pageLines = 0;
};

LogSession::LogSession(EngineClient *client, const QString &containerId, Settings &settings, QObject *parent)
    : QObject(parent), m_client(client), m_containerId(containerId), m_settings(settings),
      m_store(new LogStore(settings.value(Settings::LogMaxLines).toInt(), this)),
      m_assembler(std::make_unique<LineAssembler>(*m_store)),
      m_splitter(std::make_unique<LogMessageSplitter>(*m_assembler, true))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LogSession::inspectThenOpen);
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &LogSession::heartbeat);
    connect(&m_settings, &Settings::changed, this, [this](const QString &key, const QVariant &value) {
        if (key == QLatin1String(Settings::LogMaxLines))
            m_store->setMaxLines(value.toInt());
    });
}

LogSession::~LogSession()
{
    m_stopped = true;
    // Streams are children; their finished() must not reach a half-destroyed session.
    if (m_stream)
        disconnect(m_stream, nullptr, this, nullptr);
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    if (m_older && m_older->stream)
        disconnect(m_older->stream, nullptr, this, nullptr);
}

quint64 LogSession::replayedMessagesDropped() const
{
    return m_splitter->droppedAsSeen();
}

void LogSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Following) {
        m_heartbeat.start();
    } else {
        m_heartbeat.stop();
        m_pingSent.invalidate();
    }
    Q_EMIT stateChanged(state);
}

void LogSession::setHeartbeat(int intervalMs, int staleMs)
{
    m_heartbeat.setInterval(intervalMs);
    m_staleMs = staleMs;
}

void LogSession::heartbeat()
{
    if (m_pingSent.isValid()) {
        // The last ping is still out: the engine takes connections but does not answer.
        if (!m_frozen && m_pingSent.elapsed() >= m_staleMs) {
            m_frozen = true;
            Q_EMIT engineNotAnswering(int(m_pingSent.elapsed()));
        }
        return;
    }
    m_pingSent.start();
    m_client->ping(this, [this](const Result<PingInfo> &result) {
        m_pingSent.invalidate();
        // A refused or broken connection is the stream's business (connectionLost); only an answer clears this.
        if (result.ok() && m_frozen) {
            m_frozen = false;
            Q_EMIT engineAnswering();
        }
    });
}

void LogSession::start()
{
    if (m_state != State::Idle)
        return;
    m_stopped = false;
    setState(State::Connecting);
    inspectThenOpen();
}

void LogSession::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_stream)
        m_stream->cancel();
    if (m_events)
        m_events->cancel();
    if (m_older && m_older->stream)
        m_older->stream->cancel();
    m_older.reset();
}

void LogSession::inspectThenOpen()
{
    if (m_stopped)
        return;
    m_client->inspectContainer(m_containerId, this, [this](const Result<ContainerDetails> &result) {
        if (m_stopped || m_stream)
            return;
        if (!result.ok()) {
            const EngineError &error = result.error();
            switch (error.kind()) {
            case EngineError::Kind::Unreachable:
            case EngineError::Kind::Timeout:
            case EngineError::Kind::Protocol:
            case EngineError::Kind::ServerError:
                lostConnection(error);
                break;
            default:
                m_error = error;
                setState(State::Failed);
                Q_EMIT failed(error);
                break;
            }
            return;
        }
        const ContainerDetails &details = result.value();
        const bool restartedMeanwhile = m_haveDetails && startedAtOf(details) != startedAtOf(m_details);
        m_details = details;
        m_haveDetails = true;
        m_retryDelayMs = 0;
        if (restartedMeanwhile) {
            m_store->appendNotice(tr("The container was started again."));
            Q_EMIT restarted();
        }
        if (!m_events)
            subscribeEvents();
        openStream();
    });
}

void LogSession::applyResume(EngineClient::LogOptions &options)
{
    options.tail = QStringLiteral("all");
    const qint64 since = m_splitter->resumeSince();
    if (since < 0) {
        m_splitter->setRequireOverlap(false);
    } else if (m_forceSince) {
        // The cheap way did not reach back far enough: let the engine find the place by time.
        options.since = LogTimestamp::toParameter(since);
        m_splitter->setRequireOverlap(false);
        m_forceSince = false;
    } else {
        // The last messages again, reaching back over what we have: the engine reads the end of its log file
        // instead of all of it, which for a long log is the difference between milliseconds and seconds.
        options.tail = QString::number(m_splitter->rememberedCount() + ResumeSlack);
        m_splitter->setRequireOverlap(true);
    }
}

LogStream *LogSession::startStream(const EngineClient::LogOptions &options)
{
    LogStream *stream = m_client->logs(m_containerId, options, m_details.tty, this);
    m_stream = stream;
    stream->setSink([this, stream](StreamChannel channel, QByteArrayView data) {
        if (channel == StreamChannel::Stdin)
            return;
        m_splitter->feed(channelOf(channel), data);
        if (m_splitter->overlapMissing() && !m_retryWithSince) {
            m_retryWithSince = true;
            QMetaObject::invokeMethod(
                this, [this, stream] { retryWithSince(stream); }, Qt::QueuedConnection);
        }
    });
    return stream;
}

void LogSession::retryWithSince(LogStream *stream)
{
    m_retryWithSince = false;
    if (stream != m_stream || m_stopped)
        return;
    disconnect(stream, nullptr, this, nullptr);
    stream->cancel();
    stream->deleteLater();
    m_stream = nullptr;
    m_splitter->connectionLost();
    m_forceSince = true;
    ++m_sinceFallbacks;
    if (m_catchingUp) {
        m_catchingUp = false;
        catchUpThenExit(m_details);
    } else {
        openStream();
    }
}

void LogSession::openStream()
{
    EngineClient::LogOptions options;
    options.follow = true;
    options.timestamps = true;
    if (!m_opened) {
        m_initialTail = qMax(0, m_settings.value(Settings::LogTailLines).toInt());
        options.tail = QString::number(m_initialTail);
        // Fewer messages than asked for, stamped before now, means the tail was the whole log.
        m_splitter->countMessagesUntil(QDateTime::currentMSecsSinceEpoch() * 1000000);
    } else {
        applyResume(options);
    }
    m_opened = true;
    LogStream *stream = startStream(options);
    connect(stream, &EngineStream::started, this, [this, stream] {
        if (stream != m_stream)
            return;
        if (m_connectionDown) {
            m_connectionDown = false;
            ++m_reconnects;
            m_store->appendNotice(tr("Reconnected to the engine."));
            Q_EMIT reconnected();
        }
        setState(State::Following);
    });
    connect(stream, &EngineStream::finished, this,
            [this, stream](const EngineError &error) { onStreamFinished(stream, error); });
}

void LogSession::onStreamFinished(LogStream *stream, const EngineError &error)
{
    stream->deleteLater();
    if (stream != m_stream)
        return;
    m_stream = nullptr;
    if (m_stopped || error.kind() == EngineError::Kind::Cancelled)
        return;
    if (error.isError()) {
        qCInfo(lcLogs) << "log stream broke:" << error.toString();
        m_splitter->connectionLost();
        lostConnection(error);
        return;
    }
    // A clean end: either the container stopped, or the engine went away politely. Ask.
    m_client->inspectContainer(m_containerId, this, [this](const Result<ContainerDetails> &result) {
        if (m_stopped)
            return;
        if (!result.ok()) {
            m_splitter->connectionLost();
            if (result.error().kind() == EngineError::Kind::NotFound) {
                m_error = result.error();
                setState(State::Failed);
                Q_EMIT failed(m_error);
            } else {
                lostConnection(result.error());
            }
            return;
        }
        onInspectedAfterEnd(result.value());
    });
}

void LogSession::onInspectedAfterEnd(const ContainerDetails &details)
{
    const bool restartedMeanwhile = startedAtOf(details) != startedAtOf(m_details);
    m_details = details;
    if (details.running) {
        // Still (or again) running: the stream ended for another reason. Resume where it stopped.
        m_splitter->connectionLost();
        if (restartedMeanwhile) {
            m_store->appendNotice(tr("The container was started again."));
            Q_EMIT restarted();
        }
        openStream();
        return;
    }
    m_splitter->connectionLost();
    catchUpThenExit(details);
}

void LogSession::catchUpThenExit(const ContainerDetails &details)
{
    // Engine 20.10's follow stream ends without the container's last output when that has no newline: read the end
    // of the log once more (the splitter drops what already arrived), then report the exit.
    EngineClient::LogOptions options;
    options.follow = false;
    options.timestamps = true;
    applyResume(options);
    LogStream *stream = startStream(options);
    m_catchingUp = true;
    m_startedDuringCatchUp = false;
    connect(stream, &EngineStream::finished, this, [this, stream, details](const EngineError &) {
        stream->deleteLater();
        if (stream != m_stream)
            return;
        m_stream = nullptr;
        m_catchingUp = false;
        if (m_stopped)
            return;
        reportExit(details);
        if (m_startedDuringCatchUp)
            inspectThenOpen();
    });
}

void LogSession::reportExit(const ContainerDetails &details)
{
    m_splitter->endOfStream();
    m_assembler->finish();
    m_splitter->connectionLost(); // sets up resuming for when the container starts again
    m_exit = ContainerExit();
    m_exit.exitCode = details.exitCode;
    m_exit.oomKilled = details.oomKilled;
    m_exit.signal = (details.exitCode > 128 && details.exitCode < 160) ? details.exitCode - 128 : 0;
    m_exit.error = details.error;
    m_exit.finishedAt = details.finishedAt;
    setState(State::Exited);
    Q_EMIT exited(m_exit);
}

void LogSession::lostConnection(const EngineError &error)
{
    if (!m_connectionDown) {
        m_connectionDown = true;
        m_store->appendNotice(tr("Lost the connection to the engine (%1). Reconnecting…").arg(error.message()));
        Q_EMIT connectionLost(error);
    }
    setState(State::Reconnecting);
    scheduleRetry();
}

void LogSession::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs ? qMin(m_retryDelayMs * 2, MaxRetryMs) : FirstRetryMs;
    m_retryTimer.start(m_retryDelayMs);
}

void LogSession::subscribeEvents()
{
    QMap<QString, QStringList> filters;
    filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    filters.insert(QStringLiteral("container"), {m_containerId});
    EventStream *events = m_client->events(filters, 0, this);
    m_events = events;
    connect(events, &EventStream::eventReceived, this, &LogSession::onEvent);
    connect(events, &EngineStream::finished, this, [this, events](const EngineError &) {
        events->deleteLater();
        if (events != m_events)
            return;
        m_events = nullptr;
        if (m_stopped || m_state == State::Failed)
            return;
        // The engine went away; once it is back, listen again and catch a start we may have missed.
        QTimer::singleShot(1000, this, [this] {
            if (m_stopped || m_events || m_state == State::Failed)
                return;
            if (m_state == State::Exited) {
                inspectThenOpenIfRunning();
            } else if (m_state == State::Following) {
                subscribeEvents();
            }
        });
    });
}

void LogSession::inspectThenOpenIfRunning()
{
    m_client->inspectContainer(m_containerId, this, [this](const Result<ContainerDetails> &result) {
        if (m_stopped || m_stream || m_state != State::Exited)
            return;
        if (!result.ok()) {
            if (result.error().kind() != EngineError::Kind::NotFound)
                QTimer::singleShot(MaxRetryMs, this, [this] {
                    if (!m_events && m_state == State::Exited)
                        inspectThenOpenIfRunning();
                });
            return;
        }
        if (!m_events)
            subscribeEvents();
        if (result.value().running)
            inspectThenOpen();
    });
}

void LogSession::onEvent(const EngineEvent &event)
{
    if (event.actorId != m_containerId && !m_containerId.startsWith(event.actorId) &&
        !event.actorId.startsWith(m_containerId))
        return;
    if (event.action == QLatin1String("start") && m_catchingUp) {
        m_startedDuringCatchUp = true;
    } else if (event.action == QLatin1String("start") && m_state == State::Exited && !m_stream) {
        inspectThenOpen();
    } else if (event.action == QLatin1String("destroy")) {
        m_error = EngineError(EngineError::Kind::NotFound, tr("The container was removed."));
        m_store->appendNotice(tr("The container was removed."));
        setState(State::Failed);
        Q_EMIT failed(m_error);
        stop();
    }
}

qint64 LogSession::frontTimestamp() const
{
    const qsizetype n = qMin<qsizetype>(m_store->committedCount(), 1000);
    for (qsizetype i = 0; i < n; ++i) {
        const LogLine line = m_store->line(i);
        if (line.channel != LogChannel::Notice && line.timestamp > 0)
            return line.timestamp;
    }
    return 0;
}

bool LogSession::reachedBeginning() const
{
    // Lines dropped from the front are still in the engine's log, whatever the first pages said.
    if (m_store->droppedCount() > 0)
        return false;
    return m_reachedBeginning || (m_opened && m_splitter->countedUntil() < quint64(m_initialTail));
}

bool LogSession::canLoadOlder() const
{
    return m_opened && !m_older && !reachedBeginning() && !m_connectionDown && m_state != State::Failed &&
           m_store->committedCount() > 0 && m_store->roomInFront() > 0;
}

void LogSession::loadOlder()
{
    if (!canLoadOlder())
        return;
    const qint64 front = frontTimestamp();
    if (front <= 0) {
        m_reachedBeginning = true;
        Q_EMIT olderLoaded(0);
        return;
    }
    m_older = std::make_unique<OlderPage>(m_store->roomInFront());
    m_older->front = front;
    startOlderPage();
}

void LogSession::startOlderPage()
{
    OlderPage &page = *m_older;
    page.pageLines = qMax(100, m_settings.value(Settings::LogTailLines).toInt());
    // The engine takes tail= from the end of the whole log before it applies until=, so ask for every message from
    // our first line to the end plus one page, and until= cuts off the ones we have. The engine reads only that much
    // of its log file (since= would make it read all of it).
    const quint64 fromFront = m_splitter->messageCount() + m_olderMessages;
    EngineClient::LogOptions options;
    options.follow = false;
    options.timestamps = true;
    options.tail = QString::number(fromFront + quint64(page.pageLines));
    options.until = LogTimestamp::toParameter(page.front - 1);
    LogStream *stream = m_client->logs(m_containerId, options, m_details.tty, this);
    page.stream = stream;
    LogMessageSplitter *splitter = page.splitter.get();
    stream->setSink([splitter](StreamChannel channel, QByteArrayView data) {
        if (channel != StreamChannel::Stdin)
            splitter->feed(channelOf(channel), data);
    });
    connect(stream, &EngineStream::finished, this, [this, stream](const EngineError &error) {
        stream->deleteLater();
        if (m_older && m_older->stream == stream)
            olderPageFinished(error);
    });
}

void LogSession::olderPageFinished(const EngineError &error)
{
    std::unique_ptr<OlderPage> page = std::move(m_older);
    if (error.isError()) {
        Q_EMIT olderLoadFailed(error);
        return;
    }
    page->splitter->endOfStream();
    page->assembler->finish();
    const quint64 messages = page->splitter->messageCount();
    const qsizetype taken = m_store->prepend(*page->store);
    m_olderMessages += messages;
    // A short page means the engine had no more before it. Dropped lines that did not come back were Berth's own
    // notices, which the engine never had.
    if (messages < quint64(page->pageLines)) {
        m_reachedBeginning = true;
        m_store->forgetDropped();
    }
    Q_EMIT olderLoaded(taken);
}

} // namespace berth::core
