// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineclient.h"
#include "gpu/gpuidletracker.h"
#include "servercommand.h"
#include "serverstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace berth::core {

class GpuHolderScanner;

// Asks one server for its status: the engine's version and container counts, nvidia-smi's GPUs (through the
// server's CommandRunner, when it has one) and the containers holding GPUs. Every part runs at once; the engine part
// is given up after the connect timeout, so a dead or slow server reports within that time and never holds up the
// others (each probe is independent and nothing here blocks).
class ServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProbe)
public:
    static constexpr int DefaultConnectTimeoutMs = 10000;

    // runner may be empty: the server's GPUs are then "unknown" (tcp:// engines).
    ServerProbe(QString name, EngineClient *client, CommandRunner runner, QObject *parent = nullptr);
    ~ServerProbe() override;

    void setConnectTimeout(int msecs) { m_timeoutMs = msecs; }
    void setIdleThreshold(qint64 secs) { m_idleThresholdSecs = secs; }
    // For the holder scan's filter (tests).
    GpuHolderScanner *holderScanner() const { return m_holders; }
    EngineClient *client() const { return m_client; }

    // Starts a round; while one runs, another follows it once it settles.
    void refresh();
    bool isRefreshing() const { return m_running; }
    const ServerStatus &status() const { return m_status; }
    int roundsDone() const { return m_rounds; }

Q_SIGNALS:
    // Something in the status changed (a part answered); settled() follows once every part is in or timed out.
    void updated();
    void settled();

private:
    void partDone();
    void assemble();

    QPointer<EngineClient> m_client;
    CommandRunner m_runner;
    GpuHolderScanner *m_holders;
    GpuIdleTracker m_idle;
    ServerStatus m_status;
    QList<GpuInfo> m_gpus;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    int m_timeoutMs = DefaultConnectTimeoutMs;
    qint64 m_idleThresholdSecs = 3600;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_rounds = 0;
    bool m_running = false;
    bool m_again = false;
    bool m_engineAnswered = false;
};

} // namespace berth::core
