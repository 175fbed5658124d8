// SPDX-License-Identifier: Apache-2.0
#include "labmonitor.h"

#include "serverprobe.h"

namespace berth::core {

LabMonitor::LabMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LabMonitor::refresh);
}

LabMonitor::~LabMonitor() = default;

ServerProbe *LabMonitor::addServer(const QString &name, EngineClient *client, CommandRunner runner)
{
    auto *probe = new ServerProbe(name, client, std::move(runner), this);
    probe->setConnectTimeout(m_timeoutMs);
    probe->setIdleThreshold(m_idleSecs);
    connect(probe, &ServerProbe::updated, this, [this, name] { Q_EMIT serverUpdated(name); });
    connect(probe, &ServerProbe::settled, this, [this, name] {
        Q_EMIT serverSettled(name);
        if (m_outstanding > 0 && --m_outstanding == 0)
            Q_EMIT everySettled();
    });
    m_probes << probe;
    return probe;
}

void LabMonitor::clear()
{
    qDeleteAll(m_probes);
    m_probes.clear();
    m_outstanding = 0;
}

ServerProbe *LabMonitor::probe(const QString &name) const
{
    for (ServerProbe *p : m_probes) {
        if (p->status().name == name)
            return p;
    }
    return nullptr;
}

QList<ServerStatus> LabMonitor::statuses() const
{
    QList<ServerStatus> list;
    for (ServerProbe *p : m_probes)
        list << p->status();
    return list;
}

void LabMonitor::setConnectTimeout(int msecs)
{
    m_timeoutMs = msecs;
    for (ServerProbe *p : std::as_const(m_probes))
        p->setConnectTimeout(msecs);
}

void LabMonitor::setIdleThreshold(qint64 secs)
{
    m_idleSecs = secs;
    for (ServerProbe *p : std::as_const(m_probes))
        p->setIdleThreshold(secs);
}

void LabMonitor::refresh()
{
    // A server still busy with its last round is left alone: its next round follows when it settles.
    for (ServerProbe *p : std::as_const(m_probes)) {
        if (p->isRefreshing())
            continue;
        ++m_outstanding;
        p->refresh();
    }
    if (m_probes.isEmpty())
        Q_EMIT everySettled();
}

bool LabMonitor::allSettled() const
{
    return m_outstanding == 0;
}

void LabMonitor::watch(QObject *consumer)
{
    m_watchers.removeAll(nullptr);
    if (!m_watchers.contains(consumer))
        m_watchers << consumer;
    if (!m_timer.isActive()) {
        m_timer.start();
        refresh();
    }
}

void LabMonitor::unwatch(QObject *consumer)
{
    m_watchers.removeAll(consumer);
    m_watchers.removeAll(nullptr);
    if (m_watchers.isEmpty())
        m_timer.stop();
}

} // namespace berth::core
