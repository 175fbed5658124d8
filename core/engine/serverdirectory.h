// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace berth::core {

class EngineClient;
class SshSession;

// One engine Berth can reach: a docker context (or the built-in "default") and how to get there.
struct Server
{
    QString name; // the context name; "default" for DOCKER_HOST / the configured host / the local socket
    QString description;
    Endpoint endpoint;
    bool current = false; // the one the CLI's precedence picks now
};

// Every server the user has (the CLI's contexts), and one shared EngineClient per server, so pages that show several
// servers at once (the servers page, `berth ps --all-servers`) never open two connections to the same engine. For
// ssh servers, sshSession() runs commands on the server (nvidia-smi, path checks, rsync -e, port forwards) over the
// same ssh connection the engine requests use.
class ServerDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDirectory)
public:
    // configuredHost: Berth's own engine setting, used by the "default" server when DOCKER_HOST is not set.
    explicit ServerDirectory(const QString &configuredHost = {}, QObject *parent = nullptr);
    ~ServerDirectory() override;

    // "default" first, then the stored contexts by name. Reads the store each time (the CLI may have changed it).
    QList<Server> servers(QString *error = nullptr) const;
    // The server the precedence picks (--host/DOCKER_HOST/…); explicitContext as --context.
    Server current(const QString &explicitContext = {}) const;
    // A client for a server by context name, created on first use and kept; null for an unknown name.
    EngineClient *client(const QString &name);
    // The ssh session of an ssh:// server, else null.
    SshSession *sshSession(const QString &name) const;
    // Forgets cached clients (after a context was edited).
    void reload();

Q_SIGNALS:
    void changed();

private:
    QString m_configuredHost;
    QHash<QString, EngineClient *> m_clients;
    QHash<QString, QString> m_clientHosts; // the endpoint each cached client was made for
    QList<EngineClient *> m_retired;       // clients of a context since edited (children: deleted with this)
};

} // namespace berth::core
