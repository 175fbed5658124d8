// SPDX-License-Identifier: Apache-2.0
#include "engineerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace berth::core {

EngineError EngineError::fromHttp(int status, const QByteArray &body)
{
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        message = doc.object().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body).trimmed().left(2000);

    Kind kind = Kind::ServerError;
    if (message.contains(QLatin1String("could not select device driver")))
        kind = Kind::GpuDriverMissing;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 409)
        kind = Kind::Conflict;
    else if (status == 401 || status == 403 || message.contains(QLatin1String("no basic auth credentials")) ||
             message.contains(QLatin1String("authentication required")))
        kind = Kind::Unauthorized; // registry logins fail with 500 from the engine
    else if (status == 400 &&
             (message.contains(QLatin1String("client version")) &&
              (message.contains(QLatin1String("too old")) || message.contains(QLatin1String("too new")))))
        kind = Kind::ApiVersionUnsupported;
    else if (status == 400)
        kind = Kind::BadRequest;
    return {kind, message, status};
}

const char *EngineError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none";
    case Kind::Unreachable:
        return "unreachable";
    case Kind::PermissionDenied:
        return "permission-denied";
    case Kind::ApiVersionUnsupported:
        return "api-version-unsupported";
    case Kind::NotFound:
        return "not-found";
    case Kind::Conflict:
        return "conflict";
    case Kind::BadRequest:
        return "bad-request";
    case Kind::Unauthorized:
        return "unauthorized";
    case Kind::GpuDriverMissing:
        return "gpu-driver-missing";
    case Kind::ServerError:
        return "server-error";
    case Kind::Protocol:
        return "protocol";
    case Kind::Timeout:
        return "timeout";
    case Kind::Cancelled:
        return "cancelled";
    case Kind::NotSupported:
        return "not-supported";
    case Kind::TooLarge:
        return "too-large";
    case Kind::TlsFailed:
        return "tls-failed";
    case Kind::TlsClientCertificate:
        return "tls-client-certificate";
    case Kind::SshAuthenticationFailed:
        return "ssh-authentication-failed";
    case Kind::SshHostKeyUnknown:
        return "ssh-host-key-unknown";
    case Kind::SshHostKeyChanged:
        return "ssh-host-key-changed";
    case Kind::SshFailed:
        return "ssh-failed";
    case Kind::RemoteDockerMissing:
        return "remote-docker-missing";
    }
    return "unknown";
}

bool EngineError::isConnectionError() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::PermissionDenied:
    case Kind::TlsFailed:
    case Kind::TlsClientCertificate:
    case Kind::SshAuthenticationFailed:
    case Kind::SshHostKeyUnknown:
    case Kind::SshHostKeyChanged:
    case Kind::SshFailed:
    case Kind::RemoteDockerMissing:
        return true;
    default:
        return false;
    }
}

QString EngineError::toString() const
{
    QString s = QLatin1String(kindName(m_kind));
    if (m_httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_message.isEmpty())
        s += QStringLiteral(": ") + m_message;
    return s;
}

} // namespace berth::core
