// SPDX-License-Identifier: Apache-2.0
#include "launchsession.h"

#include "async/handback.h"
#include "engine/berthlabels.h"
#include "engine/engineclient.h"
#include "engine/enginestreams.h"
#include "engine/imagereference.h"
#include "http/sshsession.h"
#include "lab/projectsync.h"
#include "registry/imagepull.h"

#include <QtConcurrent>

namespace berth::core {

LaunchSession::Prepared LaunchSession::parseAndValidate(const DockerRunParser::Result &parsed,
                                                        const LaunchValidator::Options &validation)
{
    Prepared prepared;
    prepared.spec = parsed.spec;
    prepared.problems = parsed.problems;
    if (!parsed.ok()) {
        prepared.failedAt = Step::Parse;
        return prepared;
    }
    const QList<LaunchProblem> invalid = LaunchValidator::validate(parsed.spec, validation);
    prepared.problems += invalid;
    if (LaunchProblem::hasErrors(invalid))
        prepared.failedAt = Step::Validate;
    return prepared;
}

namespace {

LaunchSession::Prepared buildBody(LaunchSession::Prepared prepared, const CreateBodyBuilder::Options &build)
{
    const CreateBodyBuilder::Result built = CreateBodyBuilder::build(prepared.spec, build);
    prepared.problems += built.problems;
    if (!built.ok()) {
        prepared.failedAt = LaunchSession::Step::Build;
        return prepared;
    }
    prepared.name = built.name;
    prepared.body = built.body;
    return prepared;
}

} // namespace

LaunchSession::Prepared LaunchSession::prepare(const LaunchSpec &spec, const LaunchValidator::Options &validation,
                                               const CreateBodyBuilder::Options &build, bool withBody)
{
    DockerRunParser::Result given;
    given.spec = spec;
    const Prepared prepared = parseAndValidate(given, validation);
    return prepared.ok() && withBody ? buildBody(prepared, build) : prepared;
}

LaunchSession::Prepared LaunchSession::prepare(const QString &text, const DockerRunParser::Options &parse,
                                               const LaunchValidator::Options &validation,
                                               const CreateBodyBuilder::Options &build, bool withBody)
{
    const Prepared prepared = parseAndValidate(DockerRunParser::parse(text, parse), validation);
    return prepared.ok() && withBody ? buildBody(prepared, build) : prepared;
}

LaunchSession::LaunchSession(core::EngineClient *engine, core::DockerCredentials *credentials, QObject *parent)
    : QObject(parent), m_engine(engine), m_credentials(credentials)
{
    qRegisterMetaType<Failure>();
}

LaunchSession::~LaunchSession()
{
    if (m_events)
        m_events->cancel();
    if (m_sync)
        m_sync->cancel();
}

bool LaunchSession::isBusy() const
{
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Running:
    case Stage::Exited:
    case Stage::Failed:
        return false;
    default:
        return true;
    }
}

void LaunchSession::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void LaunchSession::start(const Request &request)
{
    ++m_generation;
    if (m_events) {
        // The previous launch's exit is no longer this runner's business: the container list and log tab have it.
        m_events->disconnect(this);
        m_events->cancel();
        m_events->deleteLater();
        m_events = nullptr;
    }
    if (m_pull && m_pull->isRunning())
        m_pull->cancel();
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    m_request = request;
    m_body = {};
    m_id.clear();
    m_earlyExit.reset();
    m_name = request.spec.name;
    m_warnings.clear();
    if ((m_request.text || m_request.validate) && !parseAndValidateStep())
        return;
    if (!m_engine) {
        Failure f;
        f.step = Step::Image;
        f.error = EngineError(EngineError::Kind::Unreachable, QStringLiteral("no engine connection"));
        fail(f);
        return;
    }
    if (m_request.sendProject && sendsProject(m_request.spec, m_engine->endpoint()))
        sendProject();
    else
        prepareEngine();
}

bool LaunchSession::sendsProject(const LaunchSpec &spec, const Endpoint &endpoint)
{
    return !spec.sendFrom.isEmpty() && !spec.projectFolder.isEmpty() && endpoint.scheme() == Endpoint::Scheme::Ssh;
}

void LaunchSession::sendProject()
{
    setStage(Stage::SendingProject);
    const quint64 generation = m_generation;
    auto *sync = new ProjectSync(SshSession::forDestination(m_engine->endpoint().ssh()), this);
    m_sync = sync;
    connect(sync, &ProjectSync::progress, this, &LaunchSession::sendProgress);
    connect(sync, &ProjectSync::finished, this, [this, sync, generation](const ProjectSync::Result &r) {
        sync->deleteLater();
        if (m_sync == sync)
            m_sync = nullptr;
        if (!current(generation))
            return;
        if (!r.ok) {
            Failure f;
            f.step = Step::Send;
            f.sendError = r.error;
            fail(f);
            return;
        }
        Q_EMIT projectSent(r.transferred);
        prepareEngine();
    });
    sync->setExcludes({QStringLiteral(".git/")});
    sync->send(m_request.spec.sendFrom, m_request.spec.projectFolder);
}

void LaunchSession::prepareEngine()
{
    const LaunchSpec &spec = m_request.spec;
    if (spec.requirements.enabled && !spec.requirements.cacheVolume.isEmpty())
        prepareVolume();
    else
        checkImage();
}

bool LaunchSession::parseAndValidateStep()
{
    // Pure steps (the validator stats host paths), done before the engine is touched.
    Prepared prepared;
    if (m_request.text) {
        setStage(Stage::Parsing);
        prepared = parseAndValidate(DockerRunParser::parse(*m_request.text, m_request.parse), m_request.validation);
    } else {
        setStage(Stage::Validating);
        DockerRunParser::Result given;
        given.spec = m_request.spec;
        prepared = parseAndValidate(given, m_request.validation);
    }
    m_request.spec = prepared.spec;
    m_request.text.reset();
    m_request.validate = false;
    m_name = m_request.spec.name;
    m_warnings = prepared.problems;
    if (!prepared.ok()) {
        Failure f;
        f.step = prepared.failedAt;
        f.problems = prepared.problems;
        fail(f);
        return false;
    }
    return true;
}

void LaunchSession::prepareVolume()
{
    setStage(Stage::PreparingVolume);
    const quint64 generation = m_generation;
    const QString volume = m_request.spec.requirements.cacheVolume;
    m_engine->listVolumes(this, [this, generation, volume](const core::Result<QList<core::VolumeInfo>> &r) {
        if (!current(generation))
            return;
        if (r.ok()) {
            for (const core::VolumeInfo &v : r.value()) {
                if (v.name == volume) {
                    checkImage();
                    return;
                }
            }
        }
        // Listing failed or the volume is missing: creating an existing volume is harmless, so just create it.
        QMap<QString, QString> labels;
        if (!m_request.build.owner.isEmpty())
            labels.insert(QLatin1String(core::BerthLabels::Owner), m_request.build.owner);
        m_engine->createVolume(volume, labels, this,
                               [this, generation, volume](const core::Result<core::VolumeInfo> &created) {
                                   if (!current(generation))
                                       return;
                                   if (!created.ok()) {
                                       Failure f;
                                       f.step = Step::Volume;
                                       f.error = created.error();
                                       fail(f);
                                       return;
                                   }
                                   Q_EMIT volumeCreated(volume);
                                   checkImage();
                               });
    });
}

void LaunchSession::checkImage()
{
    setStage(Stage::CheckingImage);
    const quint64 generation = m_generation;
    m_engine->inspectImage(m_request.spec.imageReference(), this,
                           [this, generation](const core::Result<core::ImageDetails> &r) {
                               if (!current(generation))
                                   return;
                               if (r.ok()) {
                                   build();
                                   return;
                               }
                               if (r.error().kind() == EngineError::Kind::NotFound && m_request.pullIfMissing) {
                                   startPull();
                                   return;
                               }
                               Failure f;
                               f.step = Step::Image;
                               f.error = r.error();
                               f.imageReference = m_request.spec.imageReference();
                               fail(f);
                           });
}

void LaunchSession::startPull()
{
    if (!m_pull) {
        m_pull = new core::ImagePull(m_engine, m_credentials, this);
        connect(m_pull, &core::ImagePull::finished, this, [this](const EngineError &error) {
            if (m_stage != Stage::Pulling)
                return;
            if (error.kind() == EngineError::Kind::Cancelled) {
                ++m_generation;
                setStage(Stage::Idle);
                Q_EMIT cancelled({});
                return;
            }
            if (error) {
                Failure f;
                f.step = Step::Pull;
                f.error = error;
                f.imageReference = m_request.spec.imageReference();
                fail(f);
                return;
            }
            build();
        });
    }
    setStage(Stage::Pulling);
    Q_EMIT pullStarted();
    m_pull->start(m_request.spec.pullReference());
}

void LaunchSession::resolveFreeGpus()
{
    const quint64 generation = m_generation;
    const auto gpuFailure = [this](const QString &message) {
        LaunchProblem problem;
        problem.field = LaunchProblem::Field::Gpus;
        problem.code = LaunchProblem::Code::InvalidValue;
        problem.subject = m_request.spec.gpus.toCliValue();
        problem.message = message;
        Failure f;
        f.step = Step::Build;
        f.problems = {problem};
        f.imageReference = m_request.spec.imageReference();
        fail(f);
    };
    if (!m_request.resolveFreeGpus) {
        gpuFailure(tr("Berth cannot tell which GPUs are free here: name the GPUs instead of free=%1.")
                       .arg(m_request.spec.gpus.count));
        return;
    }
    m_request.resolveFreeGpus(m_request.spec.gpus, this,
                              [this, generation, gpuFailure](const GpuRequest &resolved, const QString &error) {
                                  if (!current(generation))
                                      return;
                                  if (!error.isEmpty() || resolved.freeOnly) {
                                      gpuFailure(error);
                                      return;
                                  }
                                  m_request.spec.gpus = resolved;
                                  build();
                              });
}

void LaunchSession::build()
{
    setStage(Stage::Building);
    // free=N is a wish, never sent to the engine: named first, from what the server says right now.
    if (m_request.spec.gpus.freeOnly) {
        resolveFreeGpus();
        return;
    }
    core::handBack(QtConcurrent::run([spec = m_request.spec, options = m_request.build] {
                       return core::CreateBodyBuilder::build(spec, options);
                   }),
                   this, [this, generation = m_generation](const core::CreateBodyBuilder::Result &result) {
                       if (!current(generation))
                           return;
                       if (!result.ok()) {
                           Failure f;
                           f.step = Step::Build;
                           f.problems = result.problems;
                           fail(f);
                           return;
                       }
                       m_body = result.body;
                       m_name = result.name;
                       create();
                   });
}

void LaunchSession::create()
{
    setStage(Stage::Creating);
    const quint64 generation = m_generation;
    m_engine->createContainer(m_name, m_body, this, [this, generation](const core::Result<core::CreatedContainer> &r) {
        if (!current(generation)) {
            // Cancelled while the engine was creating it: do not leave it behind.
            if (r.ok() && m_engine)
                m_engine->removeContainer(r->id, true, false, this, [](const core::Result<core::Done> &) {});
            return;
        }
        if (!r.ok()) {
            Failure f;
            f.step = Step::Create;
            f.error = r.error();
            f.imageReference = m_request.spec.imageReference();
            fail(f);
            return;
        }
        m_id = r->id;
        if (!m_name.isEmpty()) {
            afterCreate();
            return;
        }
        // The engine chose the name: the host wants it for titles.
        m_engine->inspectContainer(m_id, this, [this, generation](const core::Result<core::ContainerDetails> &d) {
            if (!current(generation))
                return;
            m_name = d.ok() ? d->name : m_id.left(12);
            afterCreate();
        });
    });
}

void LaunchSession::afterCreate()
{
    if (m_request.attach) {
        setStage(Stage::WaitingForAttach);
        Q_EMIT attachRequested(m_id, m_name);
        return;
    }
    watchAndStart();
}

void LaunchSession::continueAfterAttach(const QString &containerId)
{
    if (m_stage != Stage::WaitingForAttach || containerId != m_id)
        return;
    watchAndStart();
}

void LaunchSession::abortAttach(const QString &containerId, const QString &reason)
{
    if (m_stage != Stage::WaitingForAttach || containerId != m_id)
        return;
    Failure f;
    f.step = Step::Attach;
    f.error = EngineError(EngineError::Kind::ServerError, reason);
    removeThenFail(f);
}

void LaunchSession::watchAndStart()
{
    setStage(Stage::Starting);
    if (!m_request.watchExit) {
        startContainer();
        return;
    }
    // The die event carries the exit code even for --rm containers, which are gone before a wait could ask; the
    // stream is open (its head received) before the start, so even an instant exit is seen.
    const quint64 generation = m_generation;
    auto *events = m_engine->events({{QStringLiteral("type"), {QStringLiteral("container")}},
                                     {QStringLiteral("container"), {m_id}},
                                     {QStringLiteral("event"), {QStringLiteral("die")}}},
                                    0, this);
    m_events = events;
    auto started = std::make_shared<bool>(false);
    connect(events, &core::EngineStream::started, this, [this, generation, started] {
        if (!current(generation) || *started)
            return;
        *started = true;
        startContainer();
    });
    connect(events, &core::EventStream::eventReceived, this,
            [this, generation, events](const core::EngineEvent &event) {
                if (!current(generation) || event.action != QLatin1String("die"))
                    return;
                const int code = event.attributes.value(QStringLiteral("exitCode")).toInt();
                events->disconnect(this);
                events->cancel();
                events->deleteLater();
                m_events = nullptr;
                if (m_stage == Stage::Starting) {
                    // Exited before the start call answered: reported right after launched().
                    m_earlyExit = code;
                    return;
                }
                if (m_stage == Stage::Running) {
                    setStage(Stage::Exited);
                    Q_EMIT exited(m_id, m_name, code);
                }
            });
    connect(events, &core::EngineStream::finished, this, [this, generation, started, events](const EngineError &) {
        events->deleteLater();
        if (m_events == events)
            m_events = nullptr;
        // Without the stream there is no exit report, but the launch itself goes on.
        if (current(generation) && !*started) {
            *started = true;
            startContainer();
        }
    });
}

void LaunchSession::startContainer()
{
    if (!m_beforeStart) {
        doStart();
        return;
    }
    const quint64 generation = m_generation;
    m_beforeStart(m_id, [this, guard = QPointer<LaunchSession>(this), generation] {
        if (guard && current(generation))
            doStart();
    });
}

void LaunchSession::doStart()
{
    const quint64 generation = m_generation;
    m_engine->startContainer(m_id, this, [this, generation](const core::Result<core::Done> &r) {
        if (!current(generation))
            return;
        if (!r.ok()) {
            if (m_events) {
                m_events->disconnect(this);
                m_events->cancel();
                m_events->deleteLater();
                m_events = nullptr;
            }
            Failure f;
            f.step = Step::Start;
            f.error = r.error();
            removeThenFail(f);
            return;
        }
        setStage(Stage::Running);
        Q_EMIT launched(m_id, m_name);
        if (current(generation) && m_earlyExit && m_stage == Stage::Running) {
            setStage(Stage::Exited);
            Q_EMIT exited(m_id, m_name, *m_earlyExit);
        }
    });
}

void LaunchSession::removeThenFail(Failure failure)
{
    failure.containerId = m_id;
    failure.containerName = m_name;
    if (m_request.keepFailedStart || m_id.isEmpty() || !m_engine) {
        fail(failure);
        return;
    }
    const quint64 generation = m_generation;
    m_engine->removeContainer(m_id, true, false, this,
                              [this, generation, failure](const core::Result<core::Done> &r) mutable {
                                  if (!current(generation))
                                      return;
                                  // --rm containers may be gone already.
                                  failure.removed = r.ok() || r.error().kind() == EngineError::Kind::NotFound;
                                  if (!failure.removed)
                                      failure.removeError = r.error().message();
                                  fail(failure);
                              });
}

void LaunchSession::fail(Failure failure)
{
    if (failure.containerName.isEmpty())
        failure.containerName = m_name;
    setStage(Stage::Failed);
    Q_EMIT failed(failure);
}

void LaunchSession::cancel()
{
    switch (m_stage) {
    case Stage::Pulling:
        m_pull->cancel(); // finished(Cancelled) reports it
        return;
    case Stage::SendingProject:
        if (m_sync)
            m_sync->cancel(); // what already arrived stays; the next send copies only the rest
        [[fallthrough]];
    case Stage::PreparingVolume:
    case Stage::CheckingImage:
    case Stage::Building:
    case Stage::Creating:
        // A create in flight removes its container when it answers (see create()).
        ++m_generation;
        setStage(Stage::Idle);
        Q_EMIT cancelled({});
        return;
    case Stage::WaitingForAttach: {
        ++m_generation;
        const QString id = m_id;
        setStage(Stage::Idle);
        if (m_engine)
            m_engine->removeContainer(id, true, false, this, [](const core::Result<core::Done> &) {});
        Q_EMIT cancelled(id);
        return;
    }
    default:
        return;
    }
}

} // namespace berth::core
