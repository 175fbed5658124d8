// SPDX-License-Identifier: Apache-2.0
#include "labcontainers.h"

#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"

namespace berth::core {

LabContainers::LabContainers(EngineClient *current, ContainerMonitor *currentMonitor, QObject *parent)
    : QObject(parent), m_currentClient(current), m_currentMonitor(currentMonitor)
{
    m_current = nameOf(current->endpoint());
    m_names = {m_current};
    m_rescan.setInterval(DefaultRescanMs);
    connect(&m_rescan, &QTimer::timeout, this, &LabContainers::sync);
    // The window moved to another server: that one is now followed through the window's monitor, and the one it left
    // (while active) through a monitor of its own.
    connect(current, &EngineClient::endpointChanged, this, [this] {
        if (!sync())
            Q_EMIT sourcesChanged();
    });
}

LabContainers::~LabContainers()
{
    qDeleteAll(m_monitors);
}

QString LabContainers::nameOf(const Endpoint &endpoint)
{
    return endpoint.contextName().isEmpty() ? QStringLiteral("default") : endpoint.contextName();
}

QString LabContainers::currentName() const
{
    return m_current;
}

void LabContainers::setDirectory(ServerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    // Contexts edited in Berth's Servers dialog: followed at once, not at the next rescan.
    if (directory)
        connect(directory, &ServerDirectory::changed, this, &LabContainers::sync);
    sync();
}

EngineClient *LabContainers::currentClient() const
{
    return m_currentClient;
}

ServerDirectory *LabContainers::directory() const
{
    return m_directory;
}

void LabContainers::setRequestTimeout(int msecs)
{
    m_timeoutMs = msecs;
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it) {
        if (EngineClient *c = client(it.key()))
            c->setRequestTimeout(msecs);
    }
}

void LabContainers::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_rescan.start();
    else
        m_rescan.stop();
    if (!sync())
        Q_EMIT sourcesChanged();
}

QStringList LabContainers::names() const
{
    return m_names;
}

QList<LabContainers::Source> LabContainers::sources() const
{
    QList<Source> list;
    for (const QString &name : m_names) {
        if (name == m_current)
            list.append({name, m_currentMonitor, m_currentClient});
        else if (ContainerMonitor *m = m_monitors.value(name))
            list.append({name, m, client(name)});
    }
    return list;
}

ContainerMonitor *LabContainers::monitor(const QString &name) const
{
    return name == m_current ? m_currentMonitor : m_monitors.value(name);
}

EngineClient *LabContainers::client(const QString &name) const
{
    if (name == m_current)
        return m_currentClient;
    // The directory keeps one client per server; asking again costs nothing once it exists.
    return m_directory && m_monitors.contains(name) ? m_directory->client(name) : nullptr;
}

bool LabContainers::sync()
{
    const QString current = m_currentClient ? nameOf(m_currentClient->endpoint()) : m_current;
    QStringList names;
    QHash<QString, QString> hosts;
    if (m_directory) {
        for (const Server &s : m_directory->servers()) {
            names << s.name;
            hosts.insert(s.name, s.endpoint.host());
        }
    }
    if (!names.contains(current))
        names.prepend(current);

    bool changed = current != m_current || names != m_names;
    m_current = current;
    m_names = names;
    // Monitors that no longer fit: the server went, became the current one, changed address, or nobody watches.
    for (auto it = m_monitors.begin(); it != m_monitors.end();) {
        const QString &name = it.key();
        if (!m_active || name == m_current || !hosts.contains(name) || hosts.value(name) != m_hosts.value(name)) {
            delete it.value();
            m_hosts.remove(name);
            it = m_monitors.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (m_active && m_directory) {
        for (const QString &name : std::as_const(m_names)) {
            if (name == m_current || m_monitors.contains(name))
                continue;
            EngineClient *c = m_directory->client(name);
            if (!c)
                continue;
            // A server that does not answer must not keep the list waiting past this.
            c->setRequestTimeout(m_timeoutMs);
            auto *m = new ContainerMonitor(c, this);
            // The directory replaces a server's client when its context changes (for anyone who asks): the monitor
            // goes with it at once, and the next sync makes one for the new client.
            connect(c, &QObject::destroyed, m, [this, name, m] {
                if (m_monitors.value(name) != m)
                    return;
                m_monitors.remove(name);
                m_hosts.remove(name);
                delete m; // now: its retry timer must never reach the client being destroyed
                QTimer::singleShot(0, this, [this] {
                    if (!sync())
                        Q_EMIT sourcesChanged();
                });
            });
            m_monitors.insert(name, m);
            m_hosts.insert(name, hosts.value(name));
            changed = true;
        }
    }
    if (changed) {
        Q_EMIT sourcesChanged();
        // Started after the views took the new sources, so that no first list arrives before someone listens.
        for (ContainerMonitor *m : std::as_const(m_monitors))
            m->start();
    }
    return changed;
}

} // namespace berth::core
