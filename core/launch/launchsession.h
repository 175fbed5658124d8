// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "createbodybuilder.h"
#include "dockerrunparser.h"
#include "engine/engineerror.h"
#include "gpu/freegpuchooser.h"
#include "launchproblem.h"
#include "launchspec.h"
#include "launchvalidator.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace berth::core {

class DockerCredentials;
class EngineClient;
class Endpoint;
class EventStream;
class ImagePull;
class ProjectSync;

// The one launch pipeline: a docker run line or a spec → parse → validate → send the project (ssh engines) →
// create body → pull if missing → create → [attach by the host] → start → exit watch, in the order the docker CLI does
// it, so nothing starts half-way. A start that fails removes the container it created (unless asked to keep it).
// Progress is the typed Stage, a failure the typed Failure (step, engine error, problems); the words are the drivers'
// business. Drivers: the launch panel (a view of it), `berth convert` (prepare() only, no engine) and `berth run`.
class LaunchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchSession)
public:
    enum class Stage {
        Idle,
        Parsing,
        Validating,
        SendingProject, // rsync of spec.sendFrom to spec.projectFolder on an ssh engine's server
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

    enum class Step { None, Parse, Validate, Send, Volume, Image, Pull, Build, Create, Attach, Start };
    Q_ENUM(Step)

    // What a launch starts from: the typed spec, or a docker run line (parsed with `parse`, then validated).
    struct Request
    {
        LaunchSpec spec;                // used when text is unset
        std::optional<QString> text;    // a docker run line; replaces spec once parsed
        DockerRunParser::Options parse; // for text: $(pwd), ~, $VAR, ids
        bool validate = false;          // run LaunchValidator before anything touches the engine (always for text)
        LaunchValidator::Options validation;
        CreateBodyBuilder::Options build;
        bool attach = false;          // emit attachRequested() after create and start on continueAfterAttach()
        bool watchExit = true;        // report the exit code through exited()
        bool keepFailedStart = false; // leave a container that failed to start, for inspection
        bool pullIfMissing = true;
        // When spec.sendFrom is set and the engine is reached over ssh: copy that folder to spec.projectFolder on
        // the server first (rsync over the engine's own ssh session; only changes travel, .git/ stays here).
        bool sendProject = true;
        // Names the GPUs of `--gpus free=N` on the engine's server just before the create body is built, so the
        // container (and request().spec) get the concrete device=… it became. Without it, free=N fails at Build.
        FreeGpuResolver resolveFreeGpus;
    };

    struct Failure
    {
        Step step = Step::None;
        EngineError error;
        QList<LaunchProblem> problems; // Parse, Validate, Build: what stopped the launch (and the warnings)
        QString imageReference;
        QString containerId; // a container was created before the failure
        QString containerName;
        bool removed = false; // … and removed again
        QString removeError;  // … but removing it failed
        QString sendError;    // Send: what rsync or ssh said
    };

    // The engine-free front of the pipeline, as `berth convert` and previews drive it.
    struct Prepared
    {
        LaunchSpec spec;
        QList<LaunchProblem> problems; // in pipeline order: parse, validate, build
        Step failedAt = Step::None;    // the step whose errors stopped it
        QString name;                  // the create body's ?name=
        QJsonObject body;              // empty unless built
        bool ok() const { return failedAt == Step::None; }
    };
    // Parses (when given text), validates and — withBody — builds the create body. Reads env files when
    // building and stats host paths when validation.checkHostPaths: off the UI thread for slow storage.
    static Prepared prepare(const LaunchSpec &spec, const LaunchValidator::Options &validation,
                            const CreateBodyBuilder::Options &build, bool withBody = true);
    static Prepared prepare(const QString &text, const DockerRunParser::Options &parse,
                            const LaunchValidator::Options &validation, const CreateBodyBuilder::Options &build,
                            bool withBody = true);
    // Parse + validate only: a spec ready for the engine steps, with the problems of both.
    static Prepared parseAndValidate(const DockerRunParser::Result &parsed, const LaunchValidator::Options &validation);

    // Whether a launch of spec on that engine copies the project first (Stage::SendingProject).
    static bool sendsProject(const LaunchSpec &spec, const Endpoint &endpoint);

    LaunchSession(EngineClient *engine, DockerCredentials *credentials, QObject *parent = nullptr);
    ~LaunchSession() override;

    // Busy from start() until launched() or failed(); a running launch's exit watch does not count.
    bool isBusy() const;
    Stage stage() const { return m_stage; }
    // After the parse: spec is what the line said.
    const Request &request() const { return m_request; }
    // What parse and validation noted without stopping the launch.
    const QList<LaunchProblem> &warnings() const { return m_warnings; }
    QString containerId() const { return m_id; }
    QString containerName() const { return m_name; }
    ImagePull *imagePull() const { return m_pull; }
    // The create body of the current launch (empty before Building has finished).
    const QJsonObject &body() const { return m_body; }

    // Starts the pipeline; a launch still getting ready is dropped first.
    void start(const Request &request);
    // Called with the created container's id right before it is started; the start waits for proceed(). The run
    // history attaches to the output here, so even a container that exits at once leaves its lines behind.
    using BeforeStart = std::function<void(const QString &containerId, std::function<void()> proceed)>;
    void setBeforeStart(BeforeStart hook) { m_beforeStart = std::move(hook); }
    // Stops a launch that is still getting ready (pull, attach wait …); a created container is removed.
    void cancel();
    // The host attached to the container named in attachRequested(): start it now.
    void continueAfterAttach(const QString &containerId);
    // The host could not attach: remove the container and fail with Step::Attach.
    void abortAttach(const QString &containerId, const QString &reason);

Q_SIGNALS:
    void stageChanged(berth::core::LaunchSession::Stage stage);
    void volumeCreated(const QString &name);
    void sendProgress(int percent);
    // The project arrived on the server; files: what this send copied (relative, in rsync's order).
    void projectSent(const QStringList &files);
    void pullStarted();
    // Created, not started: attach now, then call continueAfterAttach() (or abortAttach()).
    void attachRequested(const QString &containerId, const QString &name);
    void launched(const QString &containerId, const QString &name);
    void failed(const berth::core::LaunchSession::Failure &failure);
    void cancelled(const QString &removedContainerId);
    void exited(const QString &containerId, const QString &name, int exitCode);

private:
    void setStage(Stage stage);
    bool parseAndValidateStep();
    void sendProject();
    void prepareEngine();
    void prepareVolume();
    void checkImage();
    void startPull();
    void build();
    void resolveFreeGpus();
    void create();
    void afterCreate();
    void watchAndStart();
    void startContainer();
    void doStart();
    void fail(Failure failure);
    void removeThenFail(Failure failure);
    bool current(quint64 generation) const { return generation == m_generation; }

    QPointer<EngineClient> m_engine;
    DockerCredentials *m_credentials;
    ImagePull *m_pull = nullptr;
    QPointer<EventStream> m_events;
    QPointer<ProjectSync> m_sync;
    Request m_request;
    QList<LaunchProblem> m_warnings;
    QJsonObject m_body;
    QString m_name; // for ?name=; then the engine's name
    QString m_id;
    std::optional<int> m_earlyExit;
    BeforeStart m_beforeStart;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::LaunchSession::Failure)
