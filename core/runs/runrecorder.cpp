// SPDX-License-Identifier: Apache-2.0
#include "runrecorder.h"

#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginestreams.h"
#include "engine/hijackedconnection.h"
#include "engine/imagereference.h"
#include "engine/streamdemuxer.h"
#include "logtail.h"
#include "runstore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

namespace berth::core {

Q_DECLARE_LOGGING_CATEGORY(lcRuns)

struct RunRecorder::Tracked
{
    RunRecord run;
    LogTail tail{RunRecord::LogTailLines};
    std::unique_ptr<StreamDemuxer> demux;
    std::shared_ptr<HijackedConnection> output;
    QPointer<LogStream> logs;
    bool outputOpen = false;
    bool dieSeen = false;
    bool killSeen = false;
    bool oomSeen = false;
    bool destroySeen = false;
    bool finalizing = false;
    std::optional<int> exitCode;
    QDateTime finishedAt;
    QTimer *finalizeTimer = nullptr;
    // Summary accumulators
    qint64 peakMemory = -1;
    double cpuSum = 0;
    int cpuSamples = 0;
    double gpuSum = 0;
    int gpuSamples = 0;
    qint64 peakGpuMemory = -1;
};

RunRecorder::RunRecorder(EngineClient *client, RunStore *store, const QString &server, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_server(server)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RunRecorder::subscribe);
}

RunRecorder::~RunRecorder()
{
    if (m_events)
        m_events->cancel();
    for (const auto &t : std::as_const(m_tracked)) {
        if (t->output)
            t->output->disconnect(this);
        if (t->logs)
            t->logs->cancel();
    }
}

QString RunRecorder::serverName(const Endpoint &endpoint)
{
    return endpoint.source() == Endpoint::Source::Context ? endpoint.contextName() : endpoint.host();
}

void RunRecorder::start()
{
    subscribe();
    reconcile();
}

void RunRecorder::subscribe()
{
    if (m_events)
        return;
    m_listening = false;
    const QMap<QString, QStringList> filters{
        {QStringLiteral("type"), {QStringLiteral("container")}},
        {QStringLiteral("event"),
         {QStringLiteral("start"), QStringLiteral("kill"), QStringLiteral("oom"), QStringLiteral("die"),
          QStringLiteral("destroy")}},
    };
    // After a lost connection, `since` replays what happened meanwhile, so no exit goes unseen.
    auto *events = m_client->events(filters, m_lastEventSecs, this);
    m_events = events;
    connect(events, &EngineStream::started, this, [this] {
        m_listening = true;
        m_retryDelayMs = 500;
        const bool wasLost = m_engineLost;
        m_engineLost = false;
        auto waiting = std::move(m_waitingForEvents);
        m_waitingForEvents.clear();
        for (auto &f : waiting)
            f();
        if (wasLost)
            reconcile();
    });
    connect(events, &EventStream::eventReceived, this, &RunRecorder::onEvent);
    connect(events, &EngineStream::finished, this, &RunRecorder::onEventsFinished);
}

void RunRecorder::onEventsFinished(const EngineError &error)
{
    if (m_events)
        m_events->deleteLater();
    m_events = nullptr;
    m_listening = false;
    if (error.kind() == EngineError::Kind::Cancelled)
        return;
    m_engineLost = true;
    // Launches waiting for the stream go ahead; their ends are settled by reconcile() once the engine is back.
    auto waiting = std::move(m_waitingForEvents);
    m_waitingForEvents.clear();
    for (auto &f : waiting)
        f();
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, 10000);
}

void RunRecorder::whenListening(std::function<void()> then)
{
    if (m_listening) {
        then();
        return;
    }
    subscribe();
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    m_waitingForEvents.push_back([once] {
        if (*once) {
            auto f = std::move(*once);
            *once = nullptr;
            f();
        }
    });
    // A slow or absent events stream never holds a launch up for long.
    QTimer::singleShot(3000, this, [once] {
        if (*once) {
            auto f = std::move(*once);
            *once = nullptr;
            f();
        }
    });
}

void RunRecorder::recordCreated(RunRecord run, bool tty, std::function<void()> ready)
{
    if (run.server.isEmpty())
        run.server = m_server;
    if (!run.createdAt.isValid())
        run.createdAt = QDateTime::currentDateTimeUtc();
    run.outcome = RunOutcome::Running;
    auto tracked = std::make_shared<Tracked>();
    tracked->run = run;
    m_tracked.insert(run.containerId, tracked);
    m_store->add(run, this, [this](const RunRecord &stored) { Q_EMIT runRecorded(stored); });
    resolveImage(run.containerId, run.image);

    // Both must be in place before the start: the attach to catch the first output, the events for the exit.
    auto pending = std::make_shared<int>(2);
    auto step = [pending, ready = std::move(ready)] {
        if (--*pending == 0 && ready)
            ready();
    };
    whenListening(step);
    attachOutput(tracked.get(), tty, step);
}

void RunRecorder::attachOutput(Tracked *t, bool tty, std::function<void()> ready)
{
    const QString id = t->run.containerId;
    if (!tty) {
        t->demux = std::make_unique<StreamDemuxer>([t](int, QByteArrayView payload) { t->tail.feed(payload); });
    }
    m_client->attachOutput(id, this, [this, id, ready](const Result<std::shared_ptr<HijackedConnection>> &r) {
        auto it = m_tracked.find(id);
        if (it == m_tracked.end()) {
            ready();
            return;
        }
        Tracked *t = it->get();
        if (!r.ok()) {
            qCWarning(lcRuns) << "run" << id << "output not attached:" << r.error().message();
            ready();
            return;
        }
        t->output = r.value();
        t->outputOpen = true;
        connect(t->output.get(), &HijackedConnection::received, this, [t](const QByteArray &data) {
            if (t->demux)
                t->demux->feed(data);
            else
                t->tail.feed(data);
        });
        connect(t->output.get(), &HijackedConnection::closed, this, [this, id](const EngineError &) {
            auto it = m_tracked.find(id);
            if (it == m_tracked.end())
                return;
            Tracked *t = it->get();
            t->outputOpen = false;
            if (t->dieSeen)
                scheduleFinalize(t, 100);
        });
        t->output->start();
        ready();
    });
}

void RunRecorder::followLogs(Tracked *t, bool tty)
{
    EngineClient::LogOptions options;
    options.follow = true;
    options.tail = QString::number(RunRecord::LogTailLines);
    auto *stream = m_client->logs(t->run.containerId, options, tty, this);
    t->logs = stream;
    t->outputOpen = true;
    stream->setSink([t](StreamChannel, QByteArrayView data) { t->tail.feed(data); });
    const QString id = t->run.containerId;
    connect(stream, &EngineStream::finished, this, [this, id, stream](const EngineError &) {
        stream->deleteLater();
        auto it = m_tracked.find(id);
        if (it == m_tracked.end())
            return;
        (*it)->outputOpen = false;
        if ((*it)->dieSeen)
            scheduleFinalize(it->get(), 100);
    });
}

void RunRecorder::resolveImage(const QString &containerId, const QString &reference)
{
    // The digest the tag pointed at when the container was created: the image id from the container, the
    // registry digest from the image (a locally built image has none; its id stands in).
    m_client->inspectContainer(containerId, this, [this, containerId, reference](const Result<ContainerDetails> &c) {
        if (!c.ok())
            return;
        const QString imageId = c->imageId;
        m_client->inspectImage(imageId, this, [this, containerId, reference, imageId](const Result<ImageDetails> &i) {
            QString digest = imageId;
            if (i.ok()) {
                const QStringList &digests = i->repoDigests;
                const QString repo = ImageReference::split(reference).name;
                for (const QString &s : digests) {
                    if (s.startsWith(repo + QLatin1Char('@')) || digest == imageId)
                        digest = s;
                    if (s.startsWith(repo + QLatin1Char('@')))
                        break;
                }
            }
            m_store->setImage(m_server, containerId, digest, imageId);
            if (auto it = m_tracked.find(containerId); it != m_tracked.end()) {
                (*it)->run.imageDigest = digest;
                (*it)->run.imageId = imageId;
            }
        });
    });
}

void RunRecorder::onEvent(const EngineEvent &event)
{
    if (event.timeNano > 0)
        m_lastEventSecs = event.timeNano / 1000000000;
    auto it = m_tracked.find(event.actorId);
    if (it == m_tracked.end())
        return;
    Tracked *t = it->get();
    const QDateTime when = event.timeNano > 0 ? QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC)
                                              : QDateTime::currentDateTimeUtc();
    if (event.action == QLatin1String("start")) {
        if (!t->run.startedAt.isValid()) {
            t->run.startedAt = when;
            m_store->markStarted(m_server, t->run.containerId, when);
        }
    } else if (event.action == QLatin1String("kill")) {
        t->killSeen = true;
    } else if (event.action == QLatin1String("oom")) {
        t->oomSeen = true;
    } else if (event.action == QLatin1String("die")) {
        t->dieSeen = true;
        bool ok = false;
        const int code = event.attributes.value(QStringLiteral("exitCode")).toInt(&ok);
        if (ok)
            t->exitCode = code;
        t->finishedAt = when;
        // The output closes right after the exit; a destroy (rm -f) or late oom may follow within moments.
        scheduleFinalize(t, t->outputOpen ? 3000 : 300);
    } else if (event.action == QLatin1String("destroy")) {
        t->destroySeen = true;
        if (!t->finishedAt.isValid())
            t->finishedAt = when;
        scheduleFinalize(t, t->dieSeen ? 100 : 300);
    }
}

void RunRecorder::scheduleFinalize(Tracked *t, int delayMs)
{
    if (!t->finalizeTimer) {
        t->finalizeTimer = new QTimer(this);
        t->finalizeTimer->setSingleShot(true);
        const QString id = t->run.containerId;
        connect(t->finalizeTimer, &QTimer::timeout, this, [this, id] { finalize(id); });
    }
    // Never later than already planned: an output that closes brings the end forward.
    if (t->finalizeTimer->isActive() && t->finalizeTimer->remainingTime() <= delayMs)
        return;
    t->finalizeTimer->start(delayMs);
}

void RunRecorder::finalize(const QString &containerId)
{
    auto it = m_tracked.find(containerId);
    if (it == m_tracked.end())
        return;
    std::shared_ptr<Tracked> t = *it;
    if (t->finalizing)
        return;
    t->finalizing = true;
    auto conclude = [this, t](bool oomFromInspect) {
        m_tracked.remove(t->run.containerId);
        if (t->finalizeTimer)
            t->finalizeTimer->deleteLater();
        if (t->output) {
            t->output->disconnect(this);
            t->output->close();
        }
        if (t->logs)
            t->logs->cancel();
        t->tail.finish();
        RunRecord ended = t->run;
        ended.exitCode = t->exitCode;
        ended.finishedAt = t->finishedAt.isValid() ? t->finishedAt : QDateTime::currentDateTimeUtc();
        ended.logTail = t->tail.lines();
        if (t->oomSeen || oomFromInspect)
            ended.outcome = RunOutcome::OomKilled;
        else if (t->destroySeen && (!t->dieSeen || (t->killSeen && !t->run.autoRemove)))
            ended.outcome = RunOutcome::Removed;
        else if (t->killSeen && t->exitCode.value_or(0) != 0)
            ended.outcome = RunOutcome::Killed;
        else
            ended.outcome = RunOutcome::Exited;
        if (t->peakMemory >= 0)
            ended.summary.peakMemoryBytes = t->peakMemory;
        if (t->cpuSamples > 0)
            ended.summary.meanCpuPercent = t->cpuSum / t->cpuSamples;
        if (t->gpuSamples > 0)
            ended.summary.meanGpuUtilPercent = t->gpuSum / t->gpuSamples;
        if (t->peakGpuMemory >= 0)
            ended.summary.peakGpuMemoryBytes = t->peakGpuMemory;
        finishRun(ended);
    };
    if (t->oomSeen || t->destroySeen) {
        conclude(false);
        return;
    }
    // Some kernels report no oom event; the container's own state still says it, while it exists.
    m_client->inspectContainer(containerId, this,
                               [conclude](const Result<ContainerDetails> &d) { conclude(d.ok() && d->oomKilled); });
}

void RunRecorder::recordStartFailed(const QString &containerId, const QString &message)
{
    auto it = m_tracked.find(containerId);
    RunRecord ended;
    if (it != m_tracked.end()) {
        ended = (*it)->run;
        if ((*it)->output) {
            (*it)->output->disconnect(this);
            (*it)->output->close();
        }
        if ((*it)->finalizeTimer)
            (*it)->finalizeTimer->deleteLater();
        m_tracked.erase(it);
    } else {
        ended.server = m_server;
        ended.containerId = containerId;
    }
    ended.outcome = RunOutcome::FailedToStart;
    ended.message = message;
    ended.finishedAt = QDateTime::currentDateTimeUtc();
    finishRun(ended);
}

void RunRecorder::addSample(const QString &containerId, qint64 memoryBytes, double cpuPercent, double gpuUtilPercent,
                            qint64 gpuMemoryBytes)
{
    auto it = m_tracked.find(containerId);
    if (it == m_tracked.end())
        return;
    Tracked *t = it->get();
    t->peakMemory = qMax(t->peakMemory, memoryBytes);
    if (cpuPercent >= 0) {
        t->cpuSum += cpuPercent;
        ++t->cpuSamples;
    }
    if (gpuUtilPercent >= 0) {
        t->gpuSum += gpuUtilPercent;
        ++t->gpuSamples;
    }
    t->peakGpuMemory = qMax(t->peakGpuMemory, gpuMemoryBytes);
}

void RunRecorder::finishRun(RunRecord ended)
{
    m_store->finish(ended, this, [this](const std::optional<RunRecord> &stored) {
        if (stored)
            Q_EMIT runFinished(*stored);
    });
}

void RunRecorder::reconcile()
{
    const bool engineWasLost = m_engineLost;
    m_store->unfinished(m_server, this, [this, engineWasLost](const QList<RunRecord> &runs) {
        for (const RunRecord &run : runs) {
            if (m_tracked.contains(run.containerId) && !engineWasLost)
                continue;
            if (m_settling.contains(run.containerId))
                continue;
            settle(run, engineWasLost);
        }
    });
}

void RunRecorder::settle(const RunRecord &run, bool engineWasLost)
{
    m_settling.insert(run.containerId);
    const QString id = run.containerId;
    m_client->inspectContainer(id, this, [this, run, id, engineWasLost](const Result<ContainerDetails> &d) {
        m_settling.remove(id);
        if (!d.ok() && d.error().kind() != EngineError::Kind::NotFound)
            return; // the engine is away: try again when it is back
        if (!d.ok()) {
            // Gone, and nobody saw how it ended.
            std::shared_ptr<Tracked> known = m_tracked.take(id);
            RunRecord ended = run;
            ended.outcome = engineWasLost ? RunOutcome::EngineLost : RunOutcome::Unknown;
            ended.finishedAt = QDateTime::currentDateTimeUtc();
            if (known) {
                known->tail.finish();
                ended.logTail = known->tail.lines();
                if (known->finalizeTimer)
                    known->finalizeTimer->deleteLater();
            }
            finishRun(ended);
            return;
        }
        const ContainerDetails &c = d.value();
        if (c.running || c.state == QLatin1String("restarting") || c.state == QLatin1String("paused")) {
            if (m_tracked.contains(id))
                return;
            auto t = std::make_shared<Tracked>();
            t->run = run;
            if (!t->run.startedAt.isValid() && c.startedAt.isValid()) {
                t->run.startedAt = c.startedAt;
                m_store->markStarted(m_server, id, c.startedAt);
            }
            m_tracked.insert(id, t);
            followLogs(t.get(), c.tty);
            return;
        }
        if (c.state == QLatin1String("created")) {
            return; // never started yet: nothing to settle
        }
        // Ended while nobody watched: the engine still has its state and output.
        EngineClient::LogOptions options;
        options.follow = false;
        options.tail = QString::number(RunRecord::LogTailLines);
        auto *stream = m_client->logs(id, options, c.tty, this);
        auto tail = std::make_shared<LogTail>(RunRecord::LogTailLines);
        stream->setSink([tail](StreamChannel, QByteArrayView data) { tail->feed(data); });
        RunRecord ended = run;
        ended.exitCode = c.exitCode;
        ended.outcome = c.oomKilled ? RunOutcome::OomKilled : RunOutcome::Exited;
        ended.startedAt = run.startedAt.isValid() ? run.startedAt : c.startedAt;
        ended.finishedAt = c.finishedAt.isValid() ? c.finishedAt : QDateTime::currentDateTimeUtc();
        ended.message = c.error;
        connect(stream, &EngineStream::finished, this, [this, stream, tail, ended, id](const EngineError &) mutable {
            stream->deleteLater();
            tail->finish();
            ended.logTail = tail->lines();
            if (auto known = m_tracked.take(id); known && known->finalizeTimer)
                known->finalizeTimer->deleteLater();
            finishRun(ended);
        });
    });
}

} // namespace berth::core
