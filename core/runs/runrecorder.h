// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "engine/models.h"
#include "runrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace berth::core {

class Endpoint;
class EngineClient;
class EventStream;
class RunStore;

// Turns launches into run history. A launch hands over its container between create and start
// (recordCreated); the recorder attaches to the output first, so the saved tail holds everything even when --rm
// removes the container the moment it exits, then lets the launch start it. How it ended comes from the events
// stream (oom, kill, die, destroy). Runs that ended while nobody watched (Berth closed, engine away) are settled
// from the engine's state by reconcile(): exit code and tail when the container is still there, "unknown" when not.
class RunRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRecorder)
public:
    RunRecorder(EngineClient *client, RunStore *store, const QString &server, QObject *parent = nullptr);
    ~RunRecorder() override;

    // What runs on this endpoint are filed under: the context name where one is known, else the engine address.
    static QString serverName(const Endpoint &endpoint);
    QString server() const { return m_server; }
    // The engine moved (the window's server switch): runs recorded from now on, and reconcile(), use this name.
    void setServer(const QString &server) { m_server = server; }

    // Subscribes to the events stream and reconciles this server's unfinished runs.
    void start();
    // Settles unfinished runs of this server that are not being watched (also done by start()).
    void reconcile();

    // run: container id and name, spec, docker run line, owner, image … (createdAt defaults to now). ready is called
    // once the output is attached and the events stream is listening (or failed to: a launch is never held up).
    void recordCreated(RunRecord run, bool tty, std::function<void()> ready);
    // The container was created but would not start.
    void recordStartFailed(const QString &containerId, const QString &message);
    // A resource sample for a watched run, folded into the summary saved when it ends.
    void addSample(const QString &containerId, qint64 memoryBytes, double cpuPercent, double gpuUtilPercent = -1,
                   qint64 gpuMemoryBytes = -1);
    bool isWatching(const QString &containerId) const { return m_tracked.contains(containerId); }
    QStringList watching() const { return m_tracked.keys(); }

Q_SIGNALS:
    void runRecorded(const berth::core::RunRecord &run);
    // Stored, exactly once per run (another recorder that saw the same end does not repeat it).
    void runFinished(const berth::core::RunRecord &run);

private:
    struct Tracked;
    void subscribe();
    void onEvent(const EngineEvent &event);
    void onEventsFinished(const EngineError &error);
    void whenListening(std::function<void()> then);
    void attachOutput(Tracked *t, bool tty, std::function<void()> ready);
    void followLogs(Tracked *t, bool tty);
    void scheduleFinalize(Tracked *t, int delayMs);
    void finalize(const QString &containerId);
    void settle(const RunRecord &run, bool engineWasLost);
    void finishRun(RunRecord ended);
    void resolveImage(const QString &containerId, const QString &reference);

    EngineClient *m_client;
    RunStore *m_store;
    QString m_server;
    QPointer<EventStream> m_events;
    bool m_listening = false;
    bool m_engineLost = false;
    qint64 m_lastEventSecs = 0;
    QTimer m_retry;
    int m_retryDelayMs = 500;
    std::vector<std::function<void()>> m_waitingForEvents;
    QHash<QString, std::shared_ptr<Tracked>> m_tracked;
    QSet<QString> m_settling;
};

} // namespace berth::core
