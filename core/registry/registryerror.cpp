// SPDX-License-Identifier: Apache-2.0
#include "registryerror.h"

namespace berth::core {

const char *RegistryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none";
    case Kind::Network:
        return "network";
    case Kind::Timeout:
        return "timeout";
    case Kind::RateLimited:
        return "rate-limited";
    case Kind::Unauthorized:
        return "unauthorized";
    case Kind::NotFound:
        return "not-found";
    case Kind::ServerError:
        return "server-error";
    case Kind::Malformed:
        return "malformed";
    case Kind::InvalidReference:
        return "invalid-reference";
    case Kind::Cancelled:
        return "cancelled";
    case Kind::TooLarge:
        return "too-large";
    case Kind::TooManyPages:
        return "too-many-pages";
    case Kind::RedirectLoop:
        return "redirect-loop";
    case Kind::CrossOrigin:
        return "cross-origin";
    case Kind::InsecureRealm:
        return "insecure-realm";
    case Kind::TooSlow:
        return "too-slow";
    }
    return "unknown";
}

QString RegistryError::toString() const
{
    QString s = QString::fromLatin1(kindName(m_kind));
    if (m_httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_message.isEmpty())
        s += QStringLiteral(": ") + m_message;
    return s;
}

} // namespace berth::core
