// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace berth::core {

// Credentials for one registry as the docker CLI finds them. Never logged.
struct RegistryCredential
{
    QString serverAddress;
    QString username;
    QString password;
    QString identityToken; // from a helper answering Username "<token>", or "identitytoken" in config.json

    bool isEmpty() const { return username.isEmpty() && password.isEmpty() && identityToken.isEmpty(); }
    // The engine's X-Registry-Auth: base64url (padded) of {"username","password","serveraddress"} or {"identitytoken"}.
    QByteArray toRegistryAuth() const;
    // "Basic base64(user:password)" for a registry or token endpoint; empty without username/password.
    QByteArray basicAuthorization() const;
};

// Reads ~/.docker/config.json (or $DOCKER_CONFIG/config.json) like the docker CLI: credHelpers[registry], else
// credsStore, each through `docker-credential-NAME get`, else auths[registry].auth (base64 user:password).
// Asynchronous: the file is read on a worker thread and helpers run as child processes.
class DockerCredentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerCredentials)
public:
    using Callback = std::function<void(const RegistryCredential &)>;

    explicit DockerCredentials(QObject *parent = nullptr); // DOCKER_CONFIG, else ~/.docker
    DockerCredentials(const QString &configDir, QObject *parent);

    QString configDir() const { return m_configDir; }
    void setHelperTimeout(int msecs) { m_helperTimeoutMs = msecs; }

    // key: "https://index.docker.io/v1/" for Docker Hub, else "host[:port]" (ImageReference::credentialKey()).
    // done gets an empty credential when there is none or a helper fails; it never runs after context is gone.
    void lookup(const QString &key, QObject *context, Callback done);

    // "https://host:port/v1/" -> "host:port"; Docker Hub's aliases all become index.docker.io.
    static QString normaliseKey(const QString &key);

private:
    void runHelper(const QString &helper, const QString &key, const RegistryCredential &fallback, QObject *context,
                   Callback done);

    QString m_configDir;
    int m_helperTimeoutMs = 15000;
};

} // namespace berth::core
