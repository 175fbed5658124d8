// SPDX-License-Identifier: Apache-2.0
#include "resourcemonitor.h"

#include "engine/engineclient.h"
#include "engine/enginestreams.h"

#include <QProcess>
#include <QStandardPaths>

namespace berth::core {

ResourceMonitor::ResourceMonitor(EngineClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    qRegisterMetaType<StatsSample>();
    m_gpuTimer.setInterval(5000);
    connect(&m_gpuTimer, &QTimer::timeout, this, &ResourceMonitor::pollGpus);
}

ResourceMonitor::~ResourceMonitor()
{
    for (const Watched &w : std::as_const(m_watched)) {
        if (w.stream)
            w.stream->cancel();
    }
}

void ResourceMonitor::setGpuInterval(int msecs)
{
    if (msecs <= 0) {
        m_gpuTimer.stop();
        m_gpuTimer.setInterval(0);
        return;
    }
    m_gpuTimer.setInterval(msecs);
    if (!m_watched.isEmpty())
        m_gpuTimer.start();
}

const ResourceHistory *ResourceMonitor::history(const QString &containerId) const
{
    auto it = m_histories.constFind(containerId);
    return it == m_histories.constEnd() ? nullptr : it->get();
}

void ResourceMonitor::forget(const QString &containerId)
{
    if (!m_watched.contains(containerId))
        m_histories.remove(containerId);
}

void ResourceMonitor::watch(const QString &containerId)
{
    Watched &w = m_watched[containerId];
    if (w.viewers++ > 0)
        return;
    if (!m_histories.contains(containerId))
        m_histories.insert(containerId, std::make_shared<ResourceHistory>(m_capacity));
    openStream(containerId);
    if (m_gpuTimer.interval() > 0 && !m_gpuTimer.isActive()) {
        m_gpuTimer.start();
        pollGpus();
    }
}

void ResourceMonitor::unwatch(const QString &containerId)
{
    auto it = m_watched.find(containerId);
    if (it == m_watched.end() || --it->viewers > 0)
        return;
    if (it->stream) {
        it->stream->disconnect(this);
        it->stream->cancel();
        it->stream->deleteLater();
    }
    m_watched.erase(it);
    m_gpu.remove(containerId);
    if (m_watched.isEmpty())
        m_gpuTimer.stop();
}

void ResourceMonitor::record(const QString &containerId, StatsSample s)
{
    const auto gpu = m_gpu.constFind(containerId);
    if (gpu != m_gpu.constEnd()) {
        s.gpuUtilPercent = gpu->utilPercent;
        s.gpuMemoryBytes = gpu->memoryBytes;
    }
    if (auto h = m_histories.value(containerId))
        h->add(s);
    auto w = m_watched.find(containerId);
    if (w != m_watched.end())
        w->failures = 0;
    Q_EMIT sampled(containerId, s);
}

void ResourceMonitor::openStream(const QString &containerId)
{
    StatsStream *stream = m_client->stats(containerId, this);
    m_watched[containerId].stream = stream;
    connect(stream, &StatsStream::sample, this,
            [this, containerId](const QJsonObject &json) { record(containerId, StatsSample::fromJson(json)); });
    connect(stream, &EngineStream::finished, this, [this, containerId, stream](const EngineError &error) {
        stream->deleteLater();
        auto it = m_watched.find(containerId);
        if (it == m_watched.end() || it->stream != stream)
            return;
        it->stream = nullptr;
        // A stopped container ends its stream; a restarted one (or a dropped connection) gets a new one, a few times.
        if (error.kind() == EngineError::Kind::NotFound || ++it->failures > 5)
            return;
        QTimer::singleShot(2000 * it->failures, this, [this, containerId] {
            auto again = m_watched.find(containerId);
            if (again != m_watched.end() && !again->stream)
                openStream(containerId);
        });
    });
}

void ResourceMonitor::runNvidiaSmi(const QStringList &args, std::function<void(bool, const QByteArray &)> done)
{
    auto *process = new QProcess(this);
    process->setStandardInputFile(QProcess::nullDevice());
    auto finished = std::make_shared<bool>(false);
    connect(process, &QProcess::finished, this, [process, done, finished](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (*finished)
            return;
        *finished = true;
        done(status == QProcess::NormalExit && code == 0, process->readAllStandardOutput().left(1 << 20));
    });
    connect(process, &QProcess::errorOccurred, this, [process, done, finished](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || *finished)
            return;
        *finished = true;
        process->deleteLater();
        done(false, {});
    });
    // A wedged driver makes nvidia-smi hang; the next poll must not pile up behind it.
    QTimer::singleShot(4000, process, [process] { process->kill(); });
    process->start(QStringLiteral("nvidia-smi"), args);
}

void ResourceMonitor::pollGpus()
{
    if (m_gpuBusy || m_watched.isEmpty())
        return;
    if (QStandardPaths::findExecutable(QStringLiteral("nvidia-smi")).isEmpty()) {
        m_gpuTimer.stop();
        return;
    }
    m_gpuBusy = true;
    runNvidiaSmi(GpuAttribution::computeAppsArguments(), [this](bool ok, const QByteArray &apps) {
        if (!ok) {
            m_gpuBusy = false;
            return;
        }
        runNvidiaSmi(GpuAttribution::utilizationArguments(), [this, apps](bool, const QByteArray &util) {
            // The PIDs of every watched container, then one attribution for all of them.
            const QStringList ids = m_watched.keys();
            auto pids = std::make_shared<QHash<QString, QList<qint64>>>();
            auto pending = std::make_shared<int>(int(ids.size()));
            for (const QString &id : ids) {
                m_client->top(id, this, [this, id, pids, pending, apps, util](const Result<QList<qint64>> &r) {
                    if (r.ok())
                        pids->insert(id, r.value());
                    if (--*pending > 0)
                        return;
                    m_gpu = GpuAttribution::attribute(apps, util, *pids);
                    m_gpuBusy = false;
                    Q_EMIT gpuUpdated();
                });
            }
            if (ids.isEmpty())
                m_gpuBusy = false;
        });
    });
}

} // namespace berth::core
