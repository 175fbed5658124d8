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
    // What the engine's message says beyond the kind, so ui can word the case without reading the message itself.
    // This file is the one place that knows the engine's phrases.
    enum class Cause {
        Unspecified,
        NoSuchImage,         // "No such image": not on this engine (offer to pull)
        NameInUse,           // a 409 "… is already in use by container …"
        ContainerNotRunning, // a 409 "… is not running"
        VolumeInUse,         // a 409 "volume is in use"
        OperationRunning,    // "… is already running" (one disk usage computation at a time): ask again shortly
        // Set by forPull() only: the phrases are too loose for other calls.
        PullAccessDenied, // "pull access denied": a private repository, or none by that name
        NotInRegistry,    // "not found", "manifest unknown", "does not exist": no such repository or tag
    };

    // The transport kinds: the engine was not reached at all (as opposed to an engine that answered with an error).
    bool isConnectionError() const;

    EngineError() = default;
    EngineError(Kind kind, QString message, int httpStatus = 0);

    // Maps an engine error response ({"message": …}) to a kind; the GPU case is recognised from the message.
    static EngineError fromHttp(int status, const QByteArray &body);
    // A pull that failed after HTTP 200: the progress stream's last "error" text, classified by its words.
    static EngineError fromPullMessage(const QString &message);
    // The same failure seen as a pull's: the engine answers a registry's 401 with a 500 ("no basic auth
    // credentials"), and the registry's words say whether the image is private or missing.
    EngineError forPull() const;

    Kind kind() const { return m_kind; }
    Cause cause() const { return m_cause; }
    int httpStatus() const { return m_httpStatus; }
    const QString &message() const { return m_message; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static const char *kindName(Kind kind); // stable identifiers for logs, JSON output and tests
    QString toString() const;               // "kind (HTTP n): message", for logs; ui words errors itself

private:
    Kind m_kind = Kind::None;
    Cause m_cause = Cause::Unspecified;
    int m_httpStatus = 0;
    QString m_message;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::EngineError)
