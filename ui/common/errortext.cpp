// SPDX-License-Identifier: Apache-2.0
#include "errortext.h"

#include "engine/bytesize.h"

#include <QLocale>

namespace berth::ui {

using Kind = core::EngineError::Kind;
using Cause = core::EngineError::Cause;

QString ErrorText::Text::full() const
{
    QString s = title;
    if (!advice.isEmpty())
        s += QLatin1Char('\n') + advice;
    if (!detail.isEmpty())
        s += QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
    return s;
}

ErrorText::Text ErrorText::describe(const core::EngineError &error, const QString &host)
{
    Text t;
    t.detail = error.message();
    const QString where = host.isEmpty() ? tr("the Docker engine") : host;
    switch (error.kind()) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        t.title = tr("Cannot reach the Docker engine at %1.").arg(where);
        t.advice = tr("Check that Docker is running (for example: sudo systemctl start docker) and that DOCKER_HOST "
                      "or the engine address in Settings is right.");
        break;
    case Kind::PermissionDenied:
        t.title = tr("Permission denied on the Docker socket %1.").arg(where);
        t.advice = tr("Your user may not use Docker yet. Ask an administrator to add you to the docker group "
                      "(sudo usermod -aG docker $USER), then log out and in again.");
        break;
    case Kind::ApiVersionUnsupported:
        t.title = tr("This Docker engine's API version is not supported.");
        t.advice = tr("Berth needs Docker Engine 19.03 (API 1.40) or newer. Upgrade Docker, or unset "
                      "DOCKER_API_VERSION if it pins an old version.");
        break;
    case Kind::NotFound:
        t.title = tr("Not found.");
        if (error.cause() == Cause::NoSuchImage)
            t.advice = tr("The image is not on this engine. Pull it first.");
        else
            t.advice = tr("It may have been removed in the meantime. Refresh and try again.");
        break;
    case Kind::Conflict:
        t.title = tr("The engine refused because of a conflict.");
        if (error.cause() == Cause::NameInUse)
            t.advice = tr("That container name is already taken. Choose another name, or remove the old container.");
        else if (error.cause() == Cause::ContainerNotRunning)
            t.advice = tr("The container is not running.");
        else if (error.cause() == Cause::VolumeInUse)
            t.advice = tr("The volume is used by a container. Remove that container first.");
        else
            t.advice = tr("Stop the container first, or refresh and try again.");
        break;
    case Kind::BadRequest:
        t.title = tr("The engine rejected the request as invalid.");
        t.advice = tr("Check the launch settings named in the details.");
        break;
    case Kind::Unauthorized:
        t.title = tr("Access was denied.");
        t.advice = tr("Log in to the registry (docker login) or check that the image name is right.");
        break;
    case Kind::GpuDriverMissing:
        t.title = tr("This engine cannot give containers GPUs.");
        t.advice = tr("No NVIDIA container runtime is installed for this Docker engine. Install the NVIDIA "
                      "Container Toolkit and restart Docker, or launch without GPUs.");
        break;
    case Kind::ServerError:
        t.title = tr("The Docker engine reported an error.");
        break;
    case Kind::Protocol:
        t.title = tr("The Docker engine sent an answer Berth cannot read.");
        t.advice = tr("Check that the engine address points to a Docker engine.");
        break;
    case Kind::Timeout:
        t.title = tr("The Docker engine did not answer in time.");
        t.advice = tr("The engine may be busy or stuck. Try again in a moment.");
        break;
    case Kind::Cancelled:
        t.title = tr("Cancelled.");
        break;
    case Kind::NotSupported:
        t.title = tr("This engine address is not supported.");
        t.advice = tr("Use unix:///path/to/docker.sock, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT].");
        break;
    case Kind::TlsFailed:
        t.title = tr("The secure connection to %1 failed.").arg(where);
        t.advice = tr("The server's certificate is not signed by the CA Berth was given, or has expired, or is for "
                      "another name. Check the CA file (ca.pem) of this server in Servers, or DOCKER_CERT_PATH.");
        break;
    case Kind::TlsClientCertificate:
        t.title = tr("The engine at %1 did not accept Berth's client certificate.").arg(where);
        t.advice = tr("This engine only lets in clients with a certificate signed by its CA. Add the client "
                      "certificate and key (cert.pem, key.pem) for this server in Servers, or in DOCKER_CERT_PATH.");
        break;
    case Kind::SshAuthenticationFailed:
        t.title = tr("The server %1 refused the ssh login.").arg(where);
        t.advice =
            tr("None of your keys (or the password) was accepted. Check the user name, that your key is in "
               "the server's ~/.ssh/authorized_keys, and that `ssh %1` works in a terminal.")
                .arg(host.startsWith(QLatin1String("ssh://")) ? host.mid(6).section(QLatin1Char('/'), 0, 0) : host);
        break;
    case Kind::SshHostKeyUnknown:
        t.title = tr("The server %1 is not known yet, and its host key was not accepted.").arg(where);
        t.advice = tr("Compare the fingerprint with the one your administrator gave you, then connect again and "
                      "accept it (or run ssh once in a terminal to add it to known_hosts).");
        break;
    case Kind::SshHostKeyChanged:
        t.title = tr("The host key of %1 has CHANGED. Berth refused to connect.").arg(where);
        t.advice = tr("Someone may be intercepting the connection, or the server was reinstalled. Ask the server's "
                      "administrator. Only if they confirm a new key, remove the old one with ssh-keygen -R HOST.");
        break;
    case Kind::SshFailed:
        t.title = tr("The ssh connection to %1 failed.").arg(where);
        t.advice = tr("Check that `ssh` works for this server in a terminal; ssh's own words are below.");
        break;
    case Kind::RemoteDockerMissing:
        t.title = tr("The server %1 has no docker command.").arg(where);
        t.advice = tr("Berth reached the server over ssh, but `docker` is not installed there or not on the PATH of "
                      "non-interactive ssh sessions. Install Docker (18.09 or newer) on the server.");
        break;
    case Kind::TooLarge:
        t.title = tr("The Docker engine sent a reply larger than Berth accepts.");
        t.advice = tr("Check that the engine address points to a Docker engine, or raise the reply size limit "
                      "(network/maxReplyMiB in berth.ini).");
        break;
    }
    return t;
}

QString ErrorText::registryMessage(const core::RegistryError &error)
{
    using RKind = core::RegistryError::Kind;
    const QString &message = error.message();
    // Tags already shown stay shown: say so where a failure came after some pages.
    const QString soFar = error.receivedTags() > 0 ? QLatin1Char(' ') + tr("The %n tag(s) received so far are shown.",
                                                                           nullptr, error.receivedTags())
                                                   : QString();
    // Limits Berth enforced come as facts; their details are worded here.
    const core::RegistryError::Limit &limit = error.limit();
    switch (error.kind()) {
    case RKind::None:
        return {};
    case RKind::Network:
        return tr("Could not reach the registry (%1). Check the network connection; cached tags are shown if there "
                  "are any.")
            .arg(message);
    case RKind::Timeout:
        return tr("The registry did not answer in time, even after several tries. Try again later.");
    case RKind::RateLimited: {
        if (error.retryAt().isValid()) {
            const QDateTime local = error.retryAt().toLocalTime();
            const QString when = local.date() == QDate::currentDate()
                                     ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                     : QLocale().toString(local, QLocale::ShortFormat);
            return tr("Docker Hub's rate limit was reached. It allows more requests at %1; try again then.").arg(when);
        }
        return tr("Docker Hub's rate limit was reached. Wait a while and try again, or sign in with `docker login` "
                  "for a higher limit.");
    }
    case RKind::Unauthorized:
        return tr("The registry refused access to this repository. Sign in with `docker login` (Berth uses the same "
                  "credentials), or check the repository name.");
    case RKind::NotFound:
        return tr("No such repository. Check the name (for example tensorflow/tensorflow or "
                  "registry.example.com/team/image).");
    case RKind::ServerError:
        return tr("The registry had an internal error (HTTP %1), even after several tries. Try again later.")
            .arg(error.httpStatus());
    case RKind::Malformed:
        if (error.receivedTags() > 0)
            return tr("The registry sent a reply Berth could not read (%1). The tags received so far are shown.")
                .arg(message);
        return tr("The registry sent a reply Berth could not read (%1).").arg(message);
    case RKind::InvalidReference:
        return tr("\"%1\" is not a repository name. Use the form namespace/repository or "
                  "registry.example.com/namespace/repository.")
            .arg(message);
    case RKind::Cancelled:
        return tr("Cancelled.");
    case RKind::TooLarge: {
        const QString cap = core::ByteSize::format(limit.bytes, core::ByteSize::Units::Binary, 0);
        const QString detail = limit.afterDecompression
                                   ? tr("%1 sent more than %2 after decompression").arg(limit.host, cap)
                                   : tr("%1 sent more than %2").arg(limit.host, cap);
        return tr("The registry sent a reply larger than Berth accepts (%1). If the repository really is that "
                  "large, raise network/maxReplyMiB in berth.ini.")
                   .arg(detail) +
               soFar;
    }
    case RKind::TooManyPages:
        return tr("The registry kept sending more pages (%1); Berth stopped there.")
                   .arg(tr("%n page(s)", nullptr, limit.count) + QStringLiteral(", ") +
                        tr("%n tag(s)", nullptr, limit.tags)) +
               soFar;
    case RKind::RedirectLoop:
        return tr("The registry redirected Berth too often (%1), probably in a loop. Check the registry address.")
            .arg(tr("%n redirect(s), the last to %1", nullptr, limit.count).arg(limit.target));
    case RKind::CrossOrigin:
        return tr("The registry pointed Berth to another server (%1). Berth does not follow it, so your credentials "
                  "stay with the registry that asked for them.")
                   .arg(limit.nextPage ? tr("a next page at %1 for a listing from %2").arg(limit.target, limit.host)
                                       : tr("a redirect from %1 to %2").arg(limit.host, limit.target)) +
               soFar;
    case RKind::InsecureRealm:
        return tr("The registry asked for credentials to be sent over plain HTTP to %1. Berth refused. If this "
                  "registry really has no TLS, add it to registry/insecure in berth.ini.")
            .arg(message);
    case RKind::TooSlow:
        return tr("The registry sent its reply too slowly (%1); Berth gave up. Try again later.")
                   .arg(tr("%1 had not finished one reply after %n second(s)", nullptr, limit.count).arg(limit.host)) +
               soFar;
    }
    return message;
}

} // namespace berth::ui
