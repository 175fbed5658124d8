// SPDX-License-Identifier: Apache-2.0
#include "errortext.h"

namespace berth::ui {

using Kind = core::EngineError::Kind;

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
        if (error.message().contains(QLatin1String("No such image")))
            t.advice = tr("The image is not on this engine. Pull it first.");
        else
            t.advice = tr("It may have been removed in the meantime. Refresh and try again.");
        break;
    case Kind::Conflict:
        t.title = tr("The engine refused because of a conflict.");
        if (error.message().contains(QLatin1String("already in use")))
            t.advice = tr("That container name is already taken. Choose another name, or remove the old container.");
        else if (error.message().contains(QLatin1String("is not running")))
            t.advice = tr("The container is not running.");
        else if (error.message().contains(QLatin1String("volume is in use")))
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

} // namespace berth::ui
