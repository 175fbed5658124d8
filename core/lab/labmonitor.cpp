// SPDX-License-Identifier: Apache-2.0
#include "labmonitor.h"

#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "http/sshsession.h"
#include "serverprobe.h"
#include "sshcommand.h"

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

void LabMonitor::setDirectory(ServerDirectory *directory)
{
    m_directory = directory;
    m_directoryKey.clear();
    syncWithDirectory();
}

CommandRunner LabMonitor::runnerFor(const Endpoint &endpoint, int timeoutMs)
{
    switch (endpoint.scheme()) {
    case Endpoint::Scheme::Unix:
        // A unix socket is always on this computer, and so are its GPUs.
        return LocalCommand::runner(timeoutMs);
    case Endpoint::Scheme::Ssh:
        // The session the engine requests use: one more channel, no new handshake or prompt.
        return SshCommand::runner(SshSession::forDestination(endpoint.ssh()), timeoutMs);
    default:
        // tcp:// gives Berth no way to run a program there: the GPUs stay unknown.
        return {};
    }
}

bool LabMonitor::syncWithDirectory()
{
    if (!m_directory)
        return false;
    const QList<Server> servers = m_directory->servers();
    QStringList key;
    for (const Server &s : servers)
        key << s.name + QLatin1Char('\n') + s.endpoint.host();
    if (key == m_directoryKey)
        return false;
    m_directoryKey = key;
    clear();
    for (const Server &s : servers) {
        EngineClient *client = m_directory->client(s.name);
        // A server that does not answer must not keep a request open past the round.
        if (client)
            client->setRequestTimeout(m_timeoutMs);
        addServer(s.name, client, runnerFor(s.endpoint, m_timeoutMs));
    }
    Q_EMIT serversChanged();
    return true;
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
    // The runners carry their own limit: made again with the new one.
    m_directoryKey.clear();
    syncWithDirectory();
}

void LabMonitor::setIdleThreshold(qint64 secs)
{
    m_idleSecs = secs;
    for (ServerProbe *p : std::as_const(m_probes))
        p->setIdleThreshold(secs);
}

ServerDirectory *LabMonitor::directory() const
{
    return m_directory;
}

void LabMonitor::refresh()
{
    // Contexts are cheap to read and may have changed since the last round (the Servers dialog, the docker CLI).
    syncWithDirectory();
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
