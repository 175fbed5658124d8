// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// What went wrong below HTTP semantics: connecting, framing, time, cancellation.
struct HttpError
{
    enum class Kind {
        None,
        NotFound,       // no socket at that path
        Refused,        // socket exists, nobody listens (engine stopped)
        AccessDenied,   // no permission to open the socket
        Unsupported,    // transport scheme not available
        InvalidRequest, // the request itself cannot be sent (CR/LF in a header, …)
        Protocol,       // malformed response
        Closed,         // connection lost mid-response
        Timeout,
        Cancelled,
        TooLarge, // a buffered body past the request's cap (maxBodyBytes)
        // Remote transports (tcp:// with TLS, ssh://)
        TlsFailed,             // the server's certificate is not trusted, or the handshake failed
        TlsClientCertRejected, // the server wants a client certificate it accepts
        SshAuthFailed,         // the server refused every key and password
        SshHostKeyUnknown,     // the server's host key is not in known_hosts and was not accepted
        SshHostKeyChanged,     // the server's host key differs from the one in known_hosts
        SshFailed,             // ssh itself failed in a way not listed above
        RemoteDockerMissing,   // ssh worked, but the server has no `docker` command
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

} // namespace berth::core
