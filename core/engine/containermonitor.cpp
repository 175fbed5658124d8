// SPDX-License-Identifier: Apache-2.0
#include "containermonitor.h"

#include "engineclient.h"

namespace berth::core {

namespace {
constexpr int MaxRetryDelayMs = 10000;
}

ContainerMonitor::ContainerMonitor(EngineClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    // Bursts of events (docker compose up, a prune) are coalesced into one re-list per affected container.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(30);
    connect(&m_coalesce, &QTimer::timeout, this, &ContainerMonitor::flushPending);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ContainerMonitor::refresh);
    // Another server: forget this one's containers and follow the new one's at once.
    connect(m_client, &EngineClient::endpointChanged, this, [this] {
        if (m_events) {
            disconnect(m_events, nullptr, this, nullptr);
            m_events->cancel();
            m_events->deleteLater();
            m_events = nullptr;
        }
        m_pending.clear();
        m_containers.clear();
        m_retry.stop();
        m_retryDelayMs = 500;
        Q_EMIT reset({});
        if (m_started)
            refresh();
    });
}

ContainerMonitor::~ContainerMonitor()
{
    delete m_events;
}

void ContainerMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void ContainerMonitor::refresh()
{
    // Subscribe first, then list: an event between the two is seen twice at worst, never missed.
    subscribe();
    m_client->listContainers({}, this, [this](const Result<QList<ContainerSummary>> &r) {
        if (!r.ok()) {
            lost(r.error());
            return;
        }
        m_containers.clear();
        for (const ContainerSummary &c : r.value())
            m_containers.insert(c.id, c);
        m_retryDelayMs = 500;
        setConnected(true, {});
        Q_EMIT reset(r.value());
    });
}

void ContainerMonitor::subscribe()
{
    if (m_events && !m_events->isFinished())
        return;
    delete m_events;
    m_events = m_client->events({{QStringLiteral("type"), {QStringLiteral("container")}}}, 0, this);
    connect(m_events, &EventStream::eventReceived, this, &ContainerMonitor::onEvent);
    connect(m_events, &EventStream::finished, this, [this](const EngineError &error) {
        if (error.kind() == EngineError::Kind::Cancelled)
            return;
        lost(error.isError() ? error
                             : EngineError(EngineError::Kind::Unreachable, tr("The engine closed the events stream.")));
    });
}

void ContainerMonitor::onEvent(const EngineEvent &event)
{
    if (event.type != QLatin1String("container") || event.actorId.isEmpty())
        return;
    Q_EMIT containerEvent(event);
    // exec_* and attach events do not change what the list shows.
    if (event.action.startsWith(QLatin1String("exec_")) || event.action == QLatin1String("attach") ||
        event.action == QLatin1String("resize") || event.action == QLatin1String("top"))
        return;
    if (event.timeNano > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
        if (event.action == QLatin1String("start"))
            m_startedAt.insert(event.actorId, at);
        else if (event.action == QLatin1String("die"))
            m_finishedAt.insert(event.actorId, at);
    }
    if (event.action == QLatin1String("destroy")) {
        m_pending.remove(event.actorId);
        m_startedAt.remove(event.actorId);
        m_finishedAt.remove(event.actorId);
        if (m_containers.remove(event.actorId))
            Q_EMIT containerRemoved(event.actorId);
        return;
    }
    m_pending.insert(event.actorId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ContainerMonitor::flushPending()
{
    if (m_pending.isEmpty())
        return;
    ContainerFilter filter;
    QStringList ids(m_pending.begin(), m_pending.end());
    m_pending.clear();
    filter.filters.insert(QStringLiteral("id"), ids);
    m_client->listContainers(filter, this, [this, ids](const Result<QList<ContainerSummary>> &r) {
        if (!r.ok())
            return; // the events stream reports connection loss itself
        QSet<QString> seen;
        for (ContainerSummary c : r.value()) {
            seen.insert(c.id);
            applyEventTime(c);
            m_containers.insert(c.id, c);
            Q_EMIT containerChanged(c);
        }
        // Gone between the event and the list (auto-removed): drop it.
        for (const QString &id : ids) {
            if (!seen.contains(id) && m_containers.remove(id))
                Q_EMIT containerRemoved(id);
        }
    });
}

void ContainerMonitor::applyEventTime(ContainerSummary &c) const
{
    // Every event since the subscription was seen, so the last start (die) is the current run's start (exit).
    using Kind = ContainerStatus::Kind;
    QDateTime at;
    if (c.statusInfo.kind == Kind::Up)
        at = m_startedAt.value(c.id);
    else if (c.statusInfo.kind == Kind::Exited || c.statusInfo.kind == Kind::Restarting)
        at = m_finishedAt.value(c.id);
    if (at.isValid()) {
        c.statusInfo.since = at;
        c.statusInfo.exact = true;
    }
}

void ContainerMonitor::lost(const EngineError &error)
{
    setConnected(false, error);
    if (!m_retry.isActive()) {
        m_retry.start(m_retryDelayMs);
        m_retryDelayMs = qMin(m_retryDelayMs * 2, MaxRetryDelayMs);
    }
}

void ContainerMonitor::setConnected(bool connected, const EngineError &error)
{
    const bool changed = connected != m_connected || error.kind() != m_lastError.kind();
    m_connected = connected;
    m_lastError = error;
    if (changed)
        Q_EMIT connectionChanged(connected, error);
}

} // namespace berth::core
