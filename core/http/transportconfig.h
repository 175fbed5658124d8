// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// Where an ssh:// engine is: the parts of ssh://[user@]host[:port][/path/to/docker.sock].
struct SshDestination
{
    QString user;
    QString host;
    int port = 0;       // 0: ssh's own default (or what ~/.ssh/config says for the host)
    QString socketPath; // the engine socket on the server; empty: whatever `docker` there uses

    bool isValid() const { return !host.isEmpty(); }
    // user@host:port, for the status bar and messages
    QString display() const;
    bool operator==(const SshDestination &) const = default;
};

// TLS material for tcp:// engines, as the docker CLI finds it (DOCKER_CERT_PATH or a context's tls folder).
struct TlsFiles
{
    QString caFile;   // ca.pem: the CA that signed the server; empty = the system's CAs
    QString certFile; // cert.pem: the client certificate
    QString keyFile;  // key.pem
    bool verifyServer = true;
};

// Everything HttpClient needs to open connections to one engine.
struct TransportConfig
{
    enum class Kind { Unix, Tcp, Ssh, Invalid };
    Kind kind = Kind::Invalid;
    QString socketPath; // Unix
    QString tcpHost;    // Tcp
    int tcpPort = 0;
    bool tls = false;
    TlsFiles tlsFiles;
    SshDestination ssh;
    QString invalidReason;
};

} // namespace berth::core
