// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace berth::core {

class ContainerMonitor;
class EngineClient;
class Endpoint;
class ServerDirectory;

// Every server's containers at once, live: one ContainerMonitor (a list, then the events stream) per server of a
// ServerDirectory, each on that server's own client, so a dead or slow server only leaves its own list empty and
// says why, while the others carry on. The server a window already follows keeps the window's own monitor and client
// (setCurrent): never a second events stream to it. The other servers are followed only while active, so a user who
// looks at one server opens no connection to the rest.
class LabContainers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabContainers)
public:
    static constexpr int DefaultRequestTimeoutMs = 10000;
    static constexpr int DefaultRescanMs = 5000;

    struct Source
    {
        QString name;
        ContainerMonitor *monitor = nullptr;
        EngineClient *client = nullptr;
    };

    // current/currentMonitor: the window's client and its monitor (not owned), always a source.
    LabContainers(EngineClient *current, ContainerMonitor *currentMonitor, QObject *parent = nullptr);
    ~LabContainers() override;

    // The servers to follow besides the current one (not owned); null: only the current one.
    void setDirectory(ServerDirectory *directory);
    ServerDirectory *directory() const;
    // How long a server may take to answer before it counts as unreachable (its requests and events stream).
    void setRequestTimeout(int msecs);
    // How often the contexts are read again while active (contexts added or changed by the CLI show up).
    void setRescanInterval(int msecs) { m_rescan.setInterval(msecs); }

    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The name a window's server goes by: its context, "default" for DOCKER_HOST, the setting or the local socket.
    static QString nameOf(const Endpoint &endpoint);
    QString currentName() const;
    // Every server, in the directory's order ("default" first); the current one is always there.
    QStringList names() const;
    // Followed now: the current server, and while active every other one.
    QList<Source> sources() const;
    ContainerMonitor *monitor(const QString &name) const;
    EngineClient *client(const QString &name) const;
    EngineClient *currentClient() const;

    // Reads the directory again; true when the servers (or the current one's name) changed.
    bool sync();

Q_SIGNALS:
    // The list of sources changed: views take sources() again.
    void sourcesChanged();

private:
    QPointer<EngineClient> m_currentClient;
    ContainerMonitor *m_currentMonitor;
    QPointer<ServerDirectory> m_directory;
    QStringList m_names;
    QString m_current;
    // The other servers' monitors, by name, and the address each was made for.
    QHash<QString, ContainerMonitor *> m_monitors;
    QHash<QString, QString> m_hosts;
    QTimer m_rescan;
    int m_timeoutMs = DefaultRequestTimeoutMs;
    bool m_active = false;
};

} // namespace berth::core
