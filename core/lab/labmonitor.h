// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"
#include "servercommand.h"
#include "serverstatus.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace berth::core {

class EngineClient;
class ServerDirectory;
class ServerProbe;
struct Server;

// Every server at once: one ServerProbe each, all refreshed in parallel; refreshed periodically only while someone
// watches (the Servers page while visible). A slow server delays only its own card.
class LabMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabMonitor)
public:
    static constexpr int DefaultIntervalMs = 5000;

    explicit LabMonitor(QObject *parent = nullptr);
    ~LabMonitor() override;

    // A server by name with its engine client (not owned) and how to run commands there (empty: GPUs unknown).
    ServerProbe *addServer(const QString &name, EngineClient *client, CommandRunner runner);
    void clear();
    // Every server of directory (not owned): each docker context, the default engine included, with nvidia-smi run
    // here for unix:// engines, over the server's ssh session for ssh:// ones and nowhere for tcp:// ones. The list
    // is read again before each round, so contexts added or changed meanwhile (here or by the CLI) show up.
    void setDirectory(ServerDirectory *directory);
    ServerDirectory *directory() const;
    // Brings the probes in line with the directory; true when the list of servers changed.
    bool syncWithDirectory();
    // How Berth runs a command on the server of an engine (empty when it cannot: tcp:// engines).
    static CommandRunner runnerFor(const Endpoint &endpoint, int timeoutMs = 10000);
    QList<ServerProbe *> probes() const { return m_probes; }
    ServerProbe *probe(const QString &name) const;
    QList<ServerStatus> statuses() const;

    void setConnectTimeout(int msecs);
    void setIdleThreshold(qint64 secs);
    void setInterval(int msecs) { m_timer.setInterval(msecs); }

    void refresh();
    // True once every server has settled at least once since the last refresh() call.
    bool allSettled() const;
    void watch(QObject *consumer);
    void unwatch(QObject *consumer);

Q_SIGNALS:
    // Servers were added, removed or changed address (from the directory): views rebuild.
    void serversChanged();
    void serverUpdated(const QString &name);
    void serverSettled(const QString &name);
    void everySettled();

private:
    QList<ServerProbe *> m_probes;
    QPointer<ServerDirectory> m_directory;
    QStringList m_directoryKey; // name and address of each server the probes were made for
    QList<QPointer<QObject>> m_watchers;
    QTimer m_timer;
    int m_timeoutMs = 10000;
    qint64 m_idleSecs = 3600;
    int m_outstanding = 0;
};

} // namespace berth::core
