// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// One docker CLI context: a named engine address with optional TLS material, exactly as `docker context` stores it.
struct DockerContext
{
    QString name;
    QString description;
    QString host; // Endpoints.docker.Host: unix://, tcp:// or ssh://
    bool skipTlsVerify = false;
    // Files under contexts/tls/<sha256(name)>/docker/ (empty when the context has none)
    QString caFile;
    QString certFile;
    QString keyFile;
    bool isDefault = false; // the built-in "default" context (DOCKER_HOST or the local socket); not stored

    bool hasTls() const { return !caFile.isEmpty() || !certFile.isEmpty() || !keyFile.isEmpty(); }
};

} // namespace berth::core
