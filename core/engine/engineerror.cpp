// SPDX-License-Identifier: Apache-2.0
#include "engineerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace berth::core {

namespace {
bool says(const QString &message, const char *phrase)
{
    return message.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

EngineError::Cause causeOf(EngineError::Kind kind, const QString &message)
{
    using Cause = EngineError::Cause;
    using Kind = EngineError::Kind;
    if (says(message, "No such image"))
        return Cause::NoSuchImage;
    if (kind == Kind::Conflict) {
        if (says(message, "already in use"))
            return Cause::NameInUse;
        if (says(message, "is not running"))
            return Cause::ContainerNotRunning;
        if (says(message, "volume is in use"))
            return Cause::VolumeInUse;
    }
    if (says(message, "already running"))
        return Cause::OperationRunning;
    return Cause::Unspecified;
}
} // namespace

EngineError::EngineError(Kind kind, QString message, int httpStatus)
    : m_kind(kind), m_cause(causeOf(kind, message)), m_httpStatus(httpStatus), m_message(std::move(message))
{
}

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

EngineError EngineError::fromPullMessage(const QString &message)
{
    Kind kind = Kind::ServerError;
    if (says(message, "not found") || says(message, "manifest unknown"))
        kind = Kind::NotFound;
    else if (says(message, "unauthorized") || says(message, "authentication required") || says(message, "denied"))
        kind = Kind::Unauthorized;
    return EngineError(kind, message, 200).forPull();
}

EngineError EngineError::forPull() const
{
    EngineError error = *this;
    if (m_kind == Kind::ServerError &&
        (m_message.contains(QLatin1String("no basic auth credentials")) || says(m_message, "unauthorized") ||
         m_message.contains(QLatin1String("authentication required"))))
        error.m_kind = Kind::Unauthorized;
    if (says(m_message, "pull access denied"))
        error.m_cause = Cause::PullAccessDenied;
    else if (says(m_message, "not found") || says(m_message, "manifest unknown") || says(m_message, "does not exist"))
        error.m_cause = Cause::NotInRegistry;
    return error;
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
