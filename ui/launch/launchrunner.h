// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "launch/createbodybuilder.h"
#include "launch/launchproblem.h"
#include "launch/launchspec.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace berth::core {
class DockerCredentials;
class EngineClient;
class EventStream;
class ImagePull;
} // namespace berth::core

namespace berth::ui {

// Carries one launch through the engine in the order the docker CLI does it, so nothing starts half-way:
// cache volume, image (pulled when missing), create body (off the UI thread: env files are read), create,
// [attach by the host], exit watch, start. A start that fails removes the container it created (unless asked to
// keep it). No widgets: the launch panel shows the stages and words the failures.
class LaunchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchRunner)
public:
    enum class Stage {
        Idle,
        PreparingVolume,
        CheckingImage,
        Pulling,
        Building,
        Creating,
        WaitingForAttach,
        Starting,
        Running, // started; the exit is being watched
        Exited,
        Failed,
    };
    Q_ENUM(Stage)

    enum class Step { None, Volume, Image, Pull, Build, Create, Attach, Start };
    Q_ENUM(Step)

    struct Request
    {
        core::LaunchSpec spec;
        core::CreateBodyBuilder::Options build;
        bool attach = false;          // emit attachRequested() after create and start on continueAfterAttach()
        bool watchExit = true;        // report the exit code through exited()
        bool keepFailedStart = false; // leave a container that failed to start, for inspection
        bool pullIfMissing = true;
    };

    struct Failure
    {
        Step step = Step::None;
        core::EngineError error;
        QList<core::LaunchProblem> problems; // Step::Build: env files that could not be read
        QString imageReference;
        QString containerId; // a container was created before the failure
        QString containerName;
        bool removed = false; // … and removed again
        QString removeError;  // … but removing it failed
    };

    LaunchRunner(core::EngineClient *engine, core::DockerCredentials *credentials, QObject *parent = nullptr);
    ~LaunchRunner() override;

    // Busy from start() until launched() or failed(); a running launch's exit watch does not count.
    bool isBusy() const;
    Stage stage() const { return m_stage; }
    const Request &request() const { return m_request; }
    QString containerId() const { return m_id; }
    QString containerName() const { return m_name; }
    core::ImagePull *imagePull() const { return m_pull; }
    // The create body of the current launch (empty before Building has finished).
    const QJsonObject &body() const { return m_body; }

    void start(const Request &request);
    // Stops a launch that is still getting ready (pull, attach wait …); a created container is removed.
    void cancel();
    // The host attached to the container named in attachRequested(): start it now.
    void continueAfterAttach(const QString &containerId);
    // The host could not attach: remove the container and fail with Step::Attach.
    void abortAttach(const QString &containerId, const QString &reason);

Q_SIGNALS:
    void stageChanged(berth::ui::LaunchRunner::Stage stage);
    void volumeCreated(const QString &name);
    void pullStarted();
    // Created, not started: attach now, then call continueAfterAttach() (or abortAttach()).
    void attachRequested(const QString &containerId, const QString &name);
    void launched(const QString &containerId, const QString &name);
    void failed(const berth::ui::LaunchRunner::Failure &failure);
    void cancelled(const QString &removedContainerId);
    void exited(const QString &containerId, const QString &name, int exitCode);

private:
    void setStage(Stage stage);
    void prepareVolume();
    void checkImage();
    void startPull();
    void build();
    void create();
    void afterCreate();
    void watchAndStart();
    void startContainer();
    void fail(Failure failure);
    void removeThenFail(Failure failure);
    bool current(quint64 generation) const { return generation == m_generation; }

    QPointer<core::EngineClient> m_engine;
    core::DockerCredentials *m_credentials;
    core::ImagePull *m_pull = nullptr;
    QPointer<core::EventStream> m_events;
    Request m_request;
    QJsonObject m_body;
    QString m_name; // for ?name=; then the engine's name
    QString m_id;
    std::optional<int> m_earlyExit;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0;
};

} // namespace berth::ui

Q_DECLARE_METATYPE(berth::ui::LaunchRunner::Failure)
