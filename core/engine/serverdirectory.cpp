// SPDX-License-Identifier: Apache-2.0
#include "serverdirectory.h"

#include "contextstore.h"
#include "engineclient.h"
#include "http/sshsession.h"

namespace berth::core {

namespace {
Endpoint defaultEndpoint(const QString &configuredHost)
{
    // The "default" context is DOCKER_HOST when set, as in the CLI; else Berth's setting, else the local socket.
    const QString env = qEnvironmentVariable("DOCKER_HOST");
    Endpoint e = Endpoint::fromHost(!env.isEmpty()              ? env
                                    : !configuredHost.isEmpty() ? configuredHost
                                                                : QLatin1String(Endpoint::DefaultHost));
    return e;
}
} // namespace

ServerDirectory::ServerDirectory(const QString &configuredHost, QObject *parent)
    : QObject(parent), m_configuredHost(configuredHost)
{
}

ServerDirectory::~ServerDirectory() = default;

QList<Server> ServerDirectory::servers(QString *error) const
{
    const ContextStore store;
    const Endpoint chosen = Endpoint::resolve({}, m_configuredHost);
    QList<Server> list;
    for (const DockerContext &context : store.list({}, error)) {
        Server s;
        s.name = context.name;
        s.description = context.description;
        s.endpoint = context.isDefault ? defaultEndpoint(m_configuredHost) : Endpoint::fromContext(context);
        s.current = chosen.contextName() == context.name;
        list.append(s);
    }
    return list;
}

Server ServerDirectory::current(const QString &explicitContext) const
{
    Server s;
    s.endpoint = Endpoint::resolve({}, m_configuredHost, explicitContext);
    s.name = s.endpoint.contextName();
    s.current = true;
    return s;
}

EngineClient *ServerDirectory::client(const QString &name)
{
    Endpoint endpoint;
    if (name == QLatin1String("default")) {
        endpoint = defaultEndpoint(m_configuredHost);
    } else {
        const auto context = ContextStore().find(name);
        if (!context)
            return nullptr;
        endpoint = Endpoint::fromContext(*context);
    }
    EngineClient *&client = m_clients[name];
    if (client && m_clientHosts.value(name) != endpoint.host()) {
        // Kept, not deleted: a log tab or shell opened through it may still hold it (it fails there, it does not
        // crash); it goes with the directory.
        m_retired << client;
        client = nullptr;
    }
    if (!client) {
        client = new EngineClient(endpoint, this);
        m_clientHosts.insert(name, endpoint.host());
    }
    return client;
}

SshSession *ServerDirectory::sshSession(const QString &name) const
{
    for (const Server &s : servers()) {
        if (s.name == name && s.endpoint.scheme() == Endpoint::Scheme::Ssh)
            return SshSession::forDestination(s.endpoint.ssh());
    }
    return nullptr;
}

void ServerDirectory::reload()
{
    for (EngineClient *c : std::as_const(m_clients))
        c->deleteLater();
    m_clients.clear();
    m_clientHosts.clear();
    Q_EMIT changed();
}

} // namespace berth::core
