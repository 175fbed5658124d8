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

RegistryError RegistryError::tooLarge(const QString &host, qint64 bytes, bool afterDecompression)
{
    RegistryError e(Kind::TooLarge, QStringLiteral("%1 sent more than %2 bytes%3")
                                        .arg(host)
                                        .arg(bytes)
                                        .arg(afterDecompression ? QStringLiteral(" after decompression") : QString()));
    e.m_limit.host = host;
    e.m_limit.bytes = bytes;
    e.m_limit.afterDecompression = afterDecompression;
    return e;
}

RegistryError RegistryError::tooManyPages(int pages, int tags)
{
    RegistryError e(Kind::TooManyPages, QStringLiteral("%1 pages, %2 tags").arg(pages).arg(tags));
    e.m_limit.count = pages;
    e.m_limit.tags = tags;
    return e;
}

RegistryError RegistryError::tooSlow(const QString &host, int seconds)
{
    RegistryError e(Kind::TooSlow, QStringLiteral("%1 had not finished one reply after %2 s").arg(host).arg(seconds));
    e.m_limit.host = host;
    e.m_limit.count = seconds;
    return e;
}

RegistryError RegistryError::redirectLoop(int redirects, const QString &target, int httpStatus)
{
    RegistryError e(Kind::RedirectLoop, QStringLiteral("%1 redirects, the last to %2").arg(redirects).arg(target),
                    httpStatus);
    e.m_limit.count = redirects;
    e.m_limit.target = target;
    return e;
}

RegistryError RegistryError::crossOrigin(const QString &from, const QString &to, bool nextPage, int httpStatus)
{
    RegistryError e(Kind::CrossOrigin,
                    QStringLiteral("%1 from %2 to %3")
                        .arg(nextPage ? QStringLiteral("next page") : QStringLiteral("redirect"), from, to),
                    httpStatus);
    e.m_limit.host = from;
    e.m_limit.target = to;
    e.m_limit.nextPage = nextPage;
    return e;
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
