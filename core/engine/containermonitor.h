// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engineerror.h"
#include "models.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace berth::core {

class EngineClient;
class EventStream;

// Keeps a live picture of the engine's containers: one full list at start, then updates driven by the events
// stream (no polling). When the engine goes away it says so, retries with backoff, and resynchronises on return.
class ContainerMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerMonitor)
public:
    explicit ContainerMonitor(EngineClient *client, QObject *parent = nullptr);
    ~ContainerMonitor() override;

    void start();
    void refresh(); // full re-list now
    bool isConnected() const { return m_connected; }
    const EngineError &lastError() const { return m_lastError; }
    QList<ContainerSummary> containers() const { return m_containers.values(); }
    ContainerSummary container(const QString &id) const { return m_containers.value(id); }

Q_SIGNALS:
    void reset(const QList<berth::core::ContainerSummary> &containers);
    void containerChanged(const berth::core::ContainerSummary &container);
    void containerRemoved(const QString &id);
    // Every container event as it arrives (die carries exitCode), for views that react to exits.
    void containerEvent(const berth::core::EngineEvent &event);
    void connectionChanged(bool connected, const berth::core::EngineError &error);

private:
    void subscribe();
    void onEvent(const EngineEvent &event);
    void flushPending();
    void lost(const EngineError &error);
    void setConnected(bool connected, const EngineError &error);
    void applyEventTime(ContainerSummary &c) const;

    EngineClient *m_client;
    QPointer<EventStream> m_events;
    QHash<QString, ContainerSummary> m_containers;
    QSet<QString> m_pending;
    // The time of each container's last start and die event: exact where the listed sentence is rounded.
    QHash<QString, QDateTime> m_startedAt;
    QHash<QString, QDateTime> m_finishedAt;
    QTimer m_coalesce;
    QTimer m_retry;
    int m_retryDelayMs = 500;
    bool m_connected = false;
    bool m_started = false;
    EngineError m_lastError;
};

} // namespace berth::core
