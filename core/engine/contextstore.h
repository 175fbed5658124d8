// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dockercontext.h"

#include <QList>
#include <QString>

#include <optional>

namespace berth::core {

// The docker CLI's context store, read and written in its own format, so `docker context ls` and Berth always agree:
//   $DOCKER_CONFIG/config.json               {"currentContext": NAME, …other keys kept as they are…}
//   $DOCKER_CONFIG/contexts/meta/<sha256(NAME)>/meta.json
//       {"Name": NAME, "Metadata": {"Description": …}, "Endpoints": {"docker": {"Host": …, "SkipTLSVerify": …}}}
//   $DOCKER_CONFIG/contexts/tls/<sha256(NAME)>/docker/{ca,cert,key}.pem
// DOCKER_CONFIG defaults to ~/.docker. Every file is written to the side and swapped in.
class ContextStore
{
public:
    explicit ContextStore(const QString &configDir = {});

    static QString defaultConfigDir();
    static QString nameHash(const QString &name); // sha256 hex, the folder name the CLI uses
    static bool isValidName(const QString &name); // the CLI's rule: [a-zA-Z0-9][a-zA-Z0-9_.+-]+, not "default"

    const QString &configDir() const { return m_dir; }
    // Every stored context, sorted by name, after the built-in "default" (whose host is defaultHost).
    QList<DockerContext> list(const QString &defaultHost = {}, QString *error = nullptr) const;
    std::optional<DockerContext> find(const QString &name, QString *error = nullptr) const;
    // currentContext from config.json; empty when unset or "default".
    QString currentContext() const;
    // `docker context use NAME` ("default" or empty unsets it). Other keys of config.json are kept.
    bool setCurrentContext(const QString &name, QString *error = nullptr);

    // Creates or replaces a context. TLS files named in context (ca/cert/key) are copied into the store; empty ones
    // are removed there. previousName: the context being renamed (its folders go).
    bool save(const DockerContext &context, QString *error = nullptr, const QString &previousName = {});
    bool remove(const QString &name, QString *error = nullptr);

private:
    QString metaDir(const QString &name) const;
    QString tlsDir(const QString &name) const;
    std::optional<DockerContext> readMeta(const QString &metaFile, QString *error) const;

    QString m_dir;
};

} // namespace berth::core
