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
        return tr("The registry sent a reply Berth could not read (%1). The tags received so far are shown.")
            .arg(m_message);
    case Kind::InvalidReference:
        return tr("\"%1\" is not a repository name. Use the form namespace/repository or "
                  "registry.example.com/namespace/repository.")
            .arg(m_message);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return m_message;
}

} // namespace berth::core
