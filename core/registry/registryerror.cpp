// SPDX-License-Identifier: Apache-2.0
#include "registryerror.h"

#include <QLocale>

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

QString RegistryError::soFar() const
{
    return m_receivedTags > 0
               ? QLatin1Char(' ') + tr("The %n tag(s) received so far are shown.", nullptr, m_receivedTags)
               : QString();
}

QString RegistryError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the registry (%1). Check the network connection; cached tags are shown if there "
                  "are any.")
            .arg(m_message);
    case Kind::Timeout:
        return tr("The registry did not answer in time, even after several tries. Try again later.");
    case Kind::RateLimited: {
        if (m_retryAt.isValid()) {
            const QDateTime local = m_retryAt.toLocalTime();
            const QString when = local.date() == QDate::currentDate()
                                     ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                     : QLocale().toString(local, QLocale::ShortFormat);
            return tr("Docker Hub's rate limit was reached. It allows more requests at %1; try again then.").arg(when);
        }
        return tr("Docker Hub's rate limit was reached. Wait a while and try again, or sign in with `docker login` "
                  "for a higher limit.");
    }
    case Kind::Unauthorized:
        return tr("The registry refused access to this repository. Sign in with `docker login` (Berth uses the same "
                  "credentials), or check the repository name.");
    case Kind::NotFound:
        return tr("No such repository. Check the name (for example tensorflow/tensorflow or "
                  "registry.example.com/team/image).");
    case Kind::ServerError:
        return tr("The registry had an internal error (HTTP %1), even after several tries. Try again later.")
            .arg(m_httpStatus);
    case Kind::Malformed:
        if (m_receivedTags > 0)
            return tr("The registry sent a reply Berth could not read (%1). The tags received so far are shown.")
                .arg(m_message);
        return tr("The registry sent a reply Berth could not read (%1).").arg(m_message);
    case Kind::InvalidReference:
        return tr("\"%1\" is not a repository name. Use the form namespace/repository or "
                  "registry.example.com/namespace/repository.")
            .arg(m_message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::TooLarge:
        return tr("The registry sent a reply larger than Berth accepts (%1). If the repository really is that "
                  "large, raise network/maxReplyMiB in berth.ini.")
                   .arg(m_message) +
               soFar();
    case Kind::TooManyPages:
        return tr("The registry kept sending more pages (%1); Berth stopped there.").arg(m_message) + soFar();
    case Kind::RedirectLoop:
        return tr("The registry redirected Berth too often (%1), probably in a loop. Check the registry address.")
            .arg(m_message);
    case Kind::CrossOrigin:
        return tr("The registry pointed Berth to another server (%1). Berth does not follow it, so your credentials "
                  "stay with the registry that asked for them.")
                   .arg(m_message) +
               soFar();
    case Kind::InsecureRealm:
        return tr("The registry asked for credentials to be sent over plain HTTP to %1. Berth refused. If this "
                  "registry really has no TLS, add it to registry/insecure in berth.ini.")
            .arg(m_message);
    case Kind::TooSlow:
        return tr("The registry sent its reply too slowly (%1); Berth gave up. Try again later.").arg(m_message) +
               soFar();
    }
    return m_message;
}

} // namespace berth::core
