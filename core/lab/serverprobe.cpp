// SPDX-License-Identifier: Apache-2.0
#include "serverprobe.h"

#include "engine/engineclient.h"
#include "gpu/gpuallocation.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/nvidiasmiparser.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::ServerProbe)
};
} // namespace

ServerProbe::ServerProbe(QString name, EngineClient *client, CommandRunner runner, QObject *parent)
    : QObject(parent), m_client(client), m_runner(std::move(runner)), m_holders(new GpuHolderScanner(client, this))
{
    m_status.name = std::move(name);
    m_status.host = client ? client->endpoint().host() : QString();
    m_status.gpuState = m_runner ? ServerStatus::GpuState::Pending : ServerStatus::GpuState::Unknown;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // The engine part is given up; its late answer (if any) is dropped with the generation.
        if (!m_engineAnswered) {
            m_status.reachable = false;
            m_status.error = {EngineError::Kind::Timeout,
                              Tr::tr("No answer from %1 within %2 s.").arg(m_status.host).arg(m_timeoutMs / 1000.0)};
            m_status.running = m_status.total = -1;
            m_status.engineVersion.clear();
            m_status.apiVersion.clear();
        }
        m_pending = 0;
        ++m_generation;
        partDone();
    });
}

ServerProbe::~ServerProbe() = default;

void ServerProbe::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_engineAnswered = false;
    const quint64 generation = ++m_generation;
    m_clock.start();
    m_timeout.start(m_timeoutMs);
    if (!m_client) {
        m_status.error = {EngineError::Kind::Unreachable, Tr::tr("No engine address.")};
        m_pending = 1;
        partDone();
        return;
    }
    m_pending = 3 + (m_runner ? 1 : 0);

    m_client->version(this, [this, generation](const Result<VersionInfo> &r) {
        if (generation != m_generation)
            return;
        m_engineAnswered = true;
        m_status.elapsedMs = m_clock.elapsed();
        m_status.reachable = r.ok();
        m_status.error = r.ok() ? EngineError() : r.error();
        if (r.ok()) {
            m_status.engineVersion = r->version;
            m_status.apiVersion = r->apiVersion;
        }
        partDone();
    });
    m_client->info(this, [this, generation](const Result<EngineInfo> &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            m_status.running = r->containersRunning;
            m_status.total = r->containers;
        }
        partDone();
    });
    auto holdersDone = std::make_shared<QMetaObject::Connection>();
    *holdersDone = connect(m_holders, &GpuHolderScanner::updated, this, [this, generation, holdersDone] {
        disconnect(*holdersDone);
        if (generation != m_generation)
            return;
        partDone();
    });
    m_holders->refresh();

    if (m_runner) {
        m_runner(QStringList{QStringLiteral("nvidia-smi")} + NvidiaSmiParser::queryArguments(), this,
                 [this, generation](const CommandResult &r) {
                     if (generation != m_generation)
                         return;
                     m_status.gpuError.clear();
                     if (r.notFound || (r.started && r.exitCode == 127)) {
                         m_status.gpuState = ServerStatus::GpuState::NotInstalled;
                         m_gpus.clear();
                     } else if (!r.ok()) {
                         m_status.gpuState = ServerStatus::GpuState::Failed;
                         const QByteArray text = r.standardError.trimmed().isEmpty() ? r.standardOutput.trimmed()
                                                                                     : r.standardError.trimmed();
                         m_status.gpuError = !r.failure.isEmpty() ? r.failure : QString::fromUtf8(text.left(500));
                         m_gpus.clear();
                     } else {
                         const NvidiaSmiParser::Report report = NvidiaSmiParser::parse(r.standardOutput);
                         m_status.gpuState = ServerStatus::GpuState::Ready;
                         m_status.driverVersion = report.driverVersion;
                         m_gpus = report.gpus;
                         m_idle.observe(m_gpus, QDateTime::currentDateTime());
                     }
                     partDone();
                 });
    }
}

void ServerProbe::partDone()
{
    if (m_pending > 0)
        --m_pending;
    assemble();
    Q_EMIT updated();
    if (m_pending > 0)
        return;
    m_timeout.stop();
    m_running = false;
    m_status.checked = true;
    m_status.updatedAt = QDateTime::currentDateTime();
    ++m_rounds;
    if (m_runner && m_status.gpuState == ServerStatus::GpuState::Pending) {
        m_status.gpuState = ServerStatus::GpuState::Failed;
        m_status.gpuError = Tr::tr("nvidia-smi gave no answer in time.");
    }
    Q_EMIT settled();
    if (std::exchange(m_again, false))
        refresh();
}

void ServerProbe::assemble()
{
    const QList<GpuHold> holds = m_status.reachable ? m_holders->holds() : QList<GpuHold>{};
    const GpuAllocation allocation = GpuAllocation::compute(holds, m_gpus);
    const QDateTime now = QDateTime::currentDateTime();
    m_status.gpus.clear();
    for (const GpuInfo &gpu : std::as_const(m_gpus)) {
        ServerStatus::Gpu g;
        g.info = gpu;
        g.holders = allocation.holdersOf(gpu.index);
        const qint64 idle = m_idle.idleSeconds(gpu, now);
        g.idleSecs = !g.holders.isEmpty() && GpuIdleTracker::isIdle(idle, m_idleThresholdSecs) ? idle : -1;
        m_status.gpus << g;
    }
    m_status.unplacedHolders = allocation.unplacedHolds();
}

} // namespace berth::core
