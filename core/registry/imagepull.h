// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dockercredentials.h"
#include "engine/engineerror.h"
#include "engine/imagereference.h"
#include "pullprogressmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace berth::core {

class EngineClient;
class PullStream;

// Pulls one image through the engine with the user's registry credentials (X-Registry-Auth) and keeps a
// PullProgressModel up to date. finished() comes exactly once per start().
class ImagePull final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePull)
public:
    // credentials may be null: the pull is anonymous then.
    ImagePull(EngineClient *engine, DockerCredentials *credentials, QObject *parent = nullptr);
    ~ImagePull() override;

    void start(const ImageReference &reference); // the tag must be set
    void cancel();                               // finishes with EngineError::Kind::Cancelled
    bool isRunning() const { return m_running; }
    const ImageReference &reference() const { return m_reference; }
    const PullProgressModel &progress() const { return m_progress; }

Q_SIGNALS:
    void progressChanged();
    void finished(const berth::core::EngineError &error);

private:
    void startStream(const QByteArray &registryAuth);
    void finish(const EngineError &error);

    EngineClient *m_engine;
    DockerCredentials *m_credentials;
    ImageReference m_reference;
    PullProgressModel m_progress;
    QPointer<PullStream> m_stream;
    QElapsedTimer m_clock;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace berth::core
