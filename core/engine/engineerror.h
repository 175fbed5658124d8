// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace berth::core {

// A failure from the engine or on the way to it: what kind (so ui can word it), the HTTP status when there was one,
// and the engine's or the system's own message, kept verbatim.
class EngineError
{
public:
    enum class Kind {
        None,
        Unreachable,           // no socket, connection refused, engine not running
        PermissionDenied,      // socket exists but we may not open it (not in the docker group)
        ApiVersionUnsupported, // engine older than the client's floor, or a pinned version it refuses
        NotFound,              // 404: no such container, image, volume
        Conflict,              // 409: name in use, container running, volume in use
        BadRequest,            // 400: invalid parameter
        Unauthorized,          // 401/403 from the engine or a registry behind it
        GpuDriverMissing,      // "could not select device driver" at start: no NVIDIA runtime
        ServerError,           // 500 and anything else
        Protocol,              // malformed HTTP or stream data
        Timeout,
        Cancelled,
        NotSupported, // e.g. a DOCKER_HOST scheme not wired yet
        TooLarge,     // a reply past the size cap (Settings::MaxReplyMiB)
        // Remote engines
        TlsFailed,               // tcp:// TLS: the server's certificate is not trusted, or the handshake failed
        TlsClientCertificate,    // tcp:// TLS: the engine wants a client certificate it accepts
        SshAuthenticationFailed, // ssh:// refused every key and password
        SshHostKeyUnknown,       // ssh:// server not in known_hosts and not accepted
        SshHostKeyChanged,       // ssh:// server's host key differs from known_hosts: refused
        SshFailed,               // ssh:// failed otherwise (see the message)
        RemoteDockerMissing,     // ssh:// works but the server has no `docker` command
    };
    // The transport kinds: the engine was not reached at all (as opposed to an engine that answered with an error).
    bool isConnectionError() const;

    EngineError() = default;
    EngineError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind), m_httpStatus(httpStatus), m_message(std::move(message))
    {
    }

    // Maps an engine error response ({"message": …}) to a kind; the GPU case is recognised from the message.
    static EngineError fromHttp(int status, const QByteArray &body);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &message() const { return m_message; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static const char *kindName(Kind kind); // stable identifiers for logs, JSON output and tests
    QString toString() const;               // "kind (HTTP n): message", for logs; ui words errors itself

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::EngineError)
