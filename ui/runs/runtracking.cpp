// SPDX-License-Identifier: Apache-2.0
#include "runtracking.h"

#include "engine/engineclient.h"
#include "launch/dockerrunwriter.h"
#include "launch/launchsession.h"
#include "runnotifier.h"
#include "runs/resourcemonitor.h"
#include "runs/runrecorder.h"
#include "runs/runstore.h"
#include "settings/settings.h"

namespace berth::ui {

RunTracking::RunTracking(core::EngineClient *client, core::Settings &settings, const QString &databasePath,
                         QObject *parent)
    : QObject(parent), m_store(new core::RunStore(this)),
      m_recorder(new core::RunRecorder(client, m_store, core::RunRecorder::serverName(client->endpoint()), this)),
      m_monitor(new core::ResourceMonitor(client, this)), m_notifier(new RunNotifier(settings, this))
{
    connect(m_store, &core::RunStore::damagedKeptAside, this, &RunTracking::damagedHistoryKeptAside);
    connect(m_store, &core::RunStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            Q_EMIT historyUnavailable(error);
            return;
        }
        m_historyOpen = true;
        m_recorder->start();
    });
    connect(m_recorder, &core::RunRecorder::runFinished, m_notifier, &RunNotifier::notifyFinished);
    // A run's own readings, for the summary saved with it (peak memory, mean CPU and GPU).
    connect(m_recorder, &core::RunRecorder::runRecorded, this,
            [this](const core::RunRecord &run) { m_monitor->watch(run.containerId); });
    connect(m_recorder, &core::RunRecorder::runFinished, this, [this](const core::RunRecord &run) {
        if (m_monitor->isWatching(run.containerId))
            m_monitor->unwatch(run.containerId);
    });
    connect(m_monitor, &core::ResourceMonitor::sampled, this, [this](const QString &id, const core::StatsSample &s) {
        m_recorder->addSample(id, s.memoryBytes, s.cpuPercent, s.gpuUtilPercent, s.gpuMemoryBytes);
    });
    // The server button switches the engine under the window: runs launched from now on are filed under the new
    // server, whose unfinished runs are settled as at start.
    connect(client, &core::EngineClient::endpointChanged, this, [this](const core::Endpoint &endpoint) {
        m_recorder->setServer(core::RunRecorder::serverName(endpoint));
        if (m_historyOpen)
            m_recorder->reconcile();
    });
    m_store->open(databasePath);
}

RunTracking::~RunTracking() = default;

void RunTracking::track(core::LaunchSession *session, std::function<LaunchContext()> context)
{
    session->setBeforeStart([this, session, context](const QString &id, std::function<void()> proceed) {
        const LaunchContext c = context ? context() : LaunchContext();
        const core::LaunchSpec &spec = session->request().spec;
        core::RunRecord run;
        run.containerId = id;
        run.name = session->containerName();
        run.owner = c.owner;
        run.image = spec.imageReference();
        core::DockerRunWriter::Options options;
        options.imageHasBash = c.imageHasBash;
        run.dockerRun = core::DockerRunWriter::write(spec, options);
        run.spec = spec.toJson();
        run.projectFolder = spec.projectFolder;
        run.gpus = spec.gpus.toArgument();
        run.source = c.source;
        run.autoRemove = spec.autoRemove;
        m_recorder->recordCreated(run, spec.tty, std::move(proceed));
    });
    connect(session, &core::LaunchSession::failed, this, [this](const core::LaunchSession::Failure &failure) {
        if (failure.step == core::LaunchSession::Step::Start && !failure.containerId.isEmpty())
            m_recorder->recordStartFailed(failure.containerId, failure.error.message());
    });
}

} // namespace berth::ui
