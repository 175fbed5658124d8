// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpuidletracker.h"
#include "gpuinfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

namespace berth::core {

class DemandTimer;
class Endpoint;

// The GPUs of the computer Berth runs on, from nvidia-smi, run asynchronously. For a remote engine
// (tcp://, ssh://) that is not the engine's host: the UI says so (see isEngineHost()).
// Queries repeat every interval() only while a consumer watches; refresh() runs one at once.
class GpuInventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuInventory)
public:
    enum class State {
        NotQueried,   // nothing ran yet
        NotInstalled, // no nvidia-smi on PATH: no NVIDIA driver here, or no GPU
        Failed,       // nvidia-smi ran and failed (driver not loaded, GPU lost, timed out …): see error()
        Ready,        // parsed; gpus() may still be empty
    };
    Q_ENUM(State)

    struct Snapshot
    {
        State state = State::NotQueried;
        QList<GpuInfo> gpus;
        QString driverVersion;    // empty unless Ready with at least one GPU that reported it
        QString error;            // Failed: what nvidia-smi printed (stderr, else stdout), or why it did not run
        int exitCode = 0;         // Failed: nvidia-smi's exit code, -1 when it crashed or was stopped
        QStringList skippedLines; // Ready: output lines that were not GPU rows
        QDateTime updatedAt;
    };

    static constexpr int DefaultIntervalMs = 2000;
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr qint64 MaxOutputBytes = 1 << 20;

    explicit GpuInventory(QObject *parent = nullptr);
    ~GpuInventory() override;

    // "nvidia-smi" (looked up on PATH when the query starts) or an absolute path.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // Runs the program on an ssh engine's server instead of this computer: sshCommand is `ssh` with its options and
    // the host last (SshSession::commandPrefix() plus the host), so the query rides the server's shared session.
    // Empty: this computer.
    void setRemoteCommand(const QStringList &sshCommand);
    const QStringList &remoteCommand() const { return m_remote; }
    // The ssh command for the engine's server (empty for a local engine, and for tcp engines, whose server Berth
    // cannot run anything on).
    static QStringList remoteCommandFor(const Endpoint &endpoint);
    void setInterval(int msecs);
    int interval() const;
    void setTimeout(int msecs) { m_timeoutMs = msecs; }

    // Periodic refresh while at least one consumer watches; a destroyed consumer stops watching by itself.
    void watch(QObject *consumer);
    void unwatch(QObject *consumer);
    bool isWatched() const;

    // Starts one query now; when one is already running, nothing more happens (its result is fresh enough).
    void refresh();
    bool isQuerying() const { return m_process != nullptr || m_reportPending; }
    int queriesStarted() const { return m_queriesStarted; }

    const Snapshot &snapshot() const { return m_snapshot; }
    State state() const { return m_snapshot.state; }
    const QList<GpuInfo> &gpus() const { return m_snapshot.gpus; }
    QString driverVersion() const { return m_snapshot.driverVersion; }
    QString error() const { return m_snapshot.error; }
    // Idle time per GPU over the readings so far (see GpuIdleTracker).
    const GpuIdleTracker &idleTracker() const { return m_idle; }

    // Plain words for a state (translated), for UIs and the command line.
    static QString describe(const Snapshot &snapshot);

Q_SIGNALS:
    // After every query, whatever its outcome.
    void updated();

private:
    void finish(Snapshot snapshot);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QStringList m_remote;
    QString m_program = QStringLiteral("nvidia-smi");
    DemandTimer *m_timer;
    QProcess *m_process = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_outputTooLarge = false;
    bool m_timedOut = false;
    bool m_reportPending = false; // a "not installed" result is on its way
    int m_timeoutMs = DefaultTimeoutMs;
    int m_queriesStarted = 0;
    Snapshot m_snapshot;
    GpuIdleTracker m_idle;
};

} // namespace berth::core
