// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineclient.h"
#include "engine/engineerror.h"
#include "engine/models.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace berth::core {

class EngineClient;
class EventStream;
class LineAssembler;
class LogMessageSplitter;
class LogStore;
class LogStream;
class Settings;

// How a container's run ended, for the console's banner.
struct ContainerExit
{
    int exitCode = 0;
    bool oomKilled = false;
    int signal = 0; // exit codes 129..159 mean "killed by signal code-128" (137 = SIGKILL, 143 = SIGTERM)
    QString error;  // State.Error from the engine, usually empty
    QDateTime finishedAt;
};

// Follows one container's output into a LogStore. Opens at the tail (Settings::LogTailLines), follows, loads older
// lines on demand (loadOlder(), paging backwards with until=), keeps following across container restarts, and when
// the engine connection drops it says so, reconnects and resumes from the last timestamp with nothing lost or
// repeated. It always asks the engine for timestamps (the view may hide them): they are what makes resuming exact.
class LogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSession)
public:
    enum class State {
        Idle,
        Connecting,   // first inspect and logs request
        Following,    // the container is running and its output streams in
        Reconnecting, // the engine connection broke; retrying
        Exited,       // the container is not running; waiting for it to start again
        Failed,       // the container is gone or cannot be read (error())
    };
    Q_ENUM(State)

    LogSession(EngineClient *client, const QString &containerId, Settings &settings, QObject *parent = nullptr);
    ~LogSession() override;

    LogStore *store() const { return m_store; }
    const QString &containerId() const { return m_containerId; }
    QString containerName() const { return m_details.name; }
    State state() const { return m_state; }
    bool tty() const { return m_details.tty; }
    const ContainerExit &exitInfo() const { return m_exit; }
    const EngineError &error() const { return m_error; }

    void start();
    void stop();

    // Paging backwards: loads up to tailLines older messages in front of the store's first line, also lines the
    // store dropped to stay within its limit (they come back in place; see LogStore::prepend()).
    bool canLoadOlder() const;
    bool isLoadingOlder() const { return m_older != nullptr; }
    bool reachedBeginning() const;
    void loadOlder();

    // For tests and diagnostics.
    quint64 replayedMessagesDropped() const;
    int reconnectCount() const { return m_reconnects; }
    int sinceFallbacks() const { return m_sinceFallbacks; }

Q_SIGNALS:
    void stateChanged(berth::core::LogSession::State state);
    void exited(const berth::core::ContainerExit &exit);
    void restarted();
    void connectionLost(const berth::core::EngineError &error);
    void reconnected();
    void failed(const berth::core::EngineError &error);
    void olderLoaded(qsizetype count);
    void olderLoadFailed(const berth::core::EngineError &error);
    // A frozen engine (SIGSTOP, or swapped to death) keeps the log connection open and sends nothing, which looks
    // like a quiet container. While following, a ping tells the two apart: engineNotAnswering() when one has waited
    // staleMs, engineAnswering() when the engine answers again.
    void engineNotAnswering(int waitedMs);
    void engineAnswering();

public:
    // Heartbeat while following (tests shorten it): a ping every intervalMs, a notice after staleMs without answer.
    void setHeartbeat(int intervalMs, int staleMs);
    bool engineSeemsFrozen() const { return m_frozen; }

private:
    void heartbeat();
    void setState(State state);
    void inspectThenOpen();
    void inspectThenOpenIfRunning();
    void openStream();
    void applyResume(EngineClient::LogOptions &options);
    LogStream *startStream(const EngineClient::LogOptions &options);
    void retryWithSince(LogStream *stream);
    void catchUpThenExit(const ContainerDetails &details);
    void onStreamFinished(LogStream *stream, const EngineError &error);
    void onInspectedAfterEnd(const ContainerDetails &details);
    void reportExit(const ContainerDetails &details);
    void lostConnection(const EngineError &error);
    void scheduleRetry();
    void subscribeEvents();
    void onEvent(const EngineEvent &event);
    void startOlderPage();
    void olderPageFinished(const EngineError &error);
    qint64 frontTimestamp() const;

    EngineClient *m_client;
    QString m_containerId;
    Settings &m_settings;
    LogStore *m_store;
    std::unique_ptr<LineAssembler> m_assembler;
    std::unique_ptr<LogMessageSplitter> m_splitter;
    QPointer<LogStream> m_stream;
    QPointer<EventStream> m_events;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    QTimer m_heartbeat;
    QElapsedTimer m_pingSent; // valid while a heartbeat ping is outstanding
    int m_staleMs = 10000;
    bool m_frozen = false;
    State m_state = State::Idle;
    ContainerDetails m_details;
    bool m_haveDetails = false;
    ContainerExit m_exit;
    EngineError m_error;
    bool m_opened = false; // the first (tail) request has been made
    bool m_connectionDown = false;
    bool m_stopped = false;
    bool m_catchingUp = false;
    bool m_forceSince = false;
    bool m_retryWithSince = false;
    bool m_startedDuringCatchUp = false;
    int m_reconnects = 0;
    int m_sinceFallbacks = 0;

    // Paging backwards.
    struct OlderPage;
    std::unique_ptr<OlderPage> m_older;
    bool m_reachedBeginning = false;
    int m_initialTail = 0;
    quint64 m_olderMessages = 0; // messages in the pages loaded so far
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::ContainerExit)
