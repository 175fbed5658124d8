// SPDX-License-Identifier: Apache-2.0
#include "imagepull.h"

#include "engine/engineclient.h"
#include "engine/enginestreams.h"
#include "registrylogging.h"

namespace berth::core {

ImagePull::ImagePull(EngineClient *engine, DockerCredentials *credentials, QObject *parent)
    : QObject(parent), m_engine(engine), m_credentials(credentials)
{
}

ImagePull::~ImagePull()
{
    ++m_generation;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream->deleteLater();
    }
}

void ImagePull::start(const ImageReference &reference)
{
    cancel();
    ++m_generation;
    m_reference = reference;
    m_progress.reset();
    m_running = true;
    m_clock.start();
    Q_EMIT progressChanged();
    if (!m_engine) {
        finish(EngineError(EngineError::Kind::Unreachable, QStringLiteral("no engine connection")));
        return;
    }
    if (!reference.isValid() || reference.tag().isEmpty()) {
        finish(EngineError(EngineError::Kind::BadRequest,
                           QStringLiteral("\"%1\" names no tag to pull").arg(reference.toString())));
        return;
    }
    if (!m_credentials) {
        startStream({});
        return;
    }
    const quint64 generation = m_generation;
    m_credentials->lookup(reference.credentialKey(), this, [this, generation](const RegistryCredential &c) {
        if (generation != m_generation)
            return;
        startStream(c.isEmpty() ? QByteArray() : c.toRegistryAuth());
    });
}

void ImagePull::startStream(const QByteArray &registryAuth)
{
    qCInfo(lcRegistry) << "pulling" << m_reference.toString() << (registryAuth.isEmpty() ? "anonymously" : "signed in");
    // fromImage wants the name as the engine spells it; "library/" is implied for Docker Hub's official images.
    PullStream *stream = m_engine->pull(m_reference.familiarName(), m_reference.tag(), registryAuth, this);
    m_stream = stream;
    const quint64 generation = m_generation;
    connect(stream, &PullStream::progress, this, [this, generation](const PullProgress &p) {
        if (generation != m_generation)
            return;
        m_progress.feed(p, m_clock.elapsed());
        Q_EMIT progressChanged();
    });
    connect(stream, &PullStream::finished, this, [this, stream, generation](const EngineError &error) {
        stream->deleteLater();
        if (generation != m_generation)
            return;
        if (!error && !m_progress.error().isEmpty())
            finish(EngineError(EngineError::Kind::ServerError, m_progress.error()));
        else
            finish(error);
    });
}

void ImagePull::cancel()
{
    if (!m_running)
        return;
    if (m_stream) {
        PullStream *stream = m_stream;
        m_stream = nullptr;
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
    }
    finish(EngineError(EngineError::Kind::Cancelled, QStringLiteral("pull cancelled")));
}

void ImagePull::finish(const EngineError &engineError)
{
    if (!m_running)
        return;
    // The engine answers a registry's 401 with HTTP 500 ("no basic auth credentials"); ui should say "sign in".
    const EngineError error = engineError.forPull();
    m_running = false;
    ++m_generation;
    m_stream = nullptr;
    if (error)
        qCInfo(lcRegistry) << "pull of" << m_reference.toString() << "ended:" << error.toString();
    Q_EMIT finished(error);
}

} // namespace berth::core
