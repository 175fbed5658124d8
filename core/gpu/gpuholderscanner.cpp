// SPDX-License-Identifier: Apache-2.0
#include "gpuholderscanner.h"

#include "demandtimer.h"
#include "engine/engineclient.h"

#include <QSet>

namespace berth::core {

GpuHolderScanner::GpuHolderScanner(EngineClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(new DemandTimer(DefaultIntervalMs, this))
{
    connect(m_timer, &DemandTimer::tick, this, &GpuHolderScanner::refresh);
}

GpuHolderScanner::~GpuHolderScanner() = default;

void GpuHolderScanner::setInterval(int msecs)
{
    m_timer->setInterval(msecs);
}
void GpuHolderScanner::watch(QObject *consumer)
{
    m_timer->addConsumer(consumer);
}
void GpuHolderScanner::unwatch(QObject *consumer)
{
    m_timer->removeConsumer(consumer);
}
bool GpuHolderScanner::isWatched() const
{
    return m_timer->isActive();
}

void GpuHolderScanner::setFilter(const QMap<QString, QStringList> &filter)
{
    m_filter = filter;
    m_cache.clear();
    ++m_generation; // a scan in flight answers for the old filter
    m_scanning = false;
}

void GpuHolderScanner::refresh()
{
    if (m_scanning) {
        m_again = true;
        return;
    }
    if (!m_client) {
        m_error = EngineError(EngineError::Kind::Cancelled, QStringLiteral("no engine client"));
        Q_EMIT updated();
        return;
    }
    m_scanning = true;
    m_again = false;
    const quint64 generation = ++m_generation;
    ContainerFilter filter;
    filter.all = true;
    filter.filters = m_filter;
    // Exited containers hold nothing; listing only the others keeps a server with thousands of old runs cheap.
    filter.filters.insert(QStringLiteral("status"), {QStringLiteral("created"), QStringLiteral("running"),
                                                     QStringLiteral("paused"), QStringLiteral("restarting")});
    m_client->listContainers(filter, this, [this, generation](const Result<QList<ContainerSummary>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_error = result.error();
            m_holds.clear();
            m_hasResult = true;
            m_scanning = false;
            Q_EMIT updated();
            if (m_again)
                refresh();
            return;
        }
        m_error = {};
        m_listed.clear();
        m_listedNames.clear();
        QSet<QString> present;
        for (const ContainerSummary &summary : result.value()) {
            m_listed << qMakePair(summary.id, summary.state);
            m_listedNames.insert(summary.id, summary.name);
            present.insert(summary.id);
        }
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (present.contains(it.key()))
                ++it;
            else
                it = m_cache.erase(it);
        }
        m_pendingInspects = 0;
        m_toInspect.clear();
        for (const auto &listed : std::as_const(m_listed)) {
            if (!m_cache.contains(listed.first))
                m_toInspect << listed.first;
        }
        m_pendingInspects = int(m_toInspect.size());
        for (int i = 0; i < MaxInspectsInFlight; ++i)
            inspectNext(generation);
        if (m_pendingInspects == 0)
            scanFinished(generation);
    });
}

void GpuHolderScanner::inspectNext(quint64 generation)
{
    // A few at a time: on a server with hundreds of containers the first scan must not queue hundreds of
    // inspects ahead of what the user is waiting for (the container list, a launch).
    if (m_toInspect.isEmpty())
        return;
    const QString id = m_toInspect.takeFirst();
    ++m_inspects;
    m_client->inspectContainer(id, this, [this, generation, id](const Result<ContainerDetails> &details) {
        if (generation != m_generation)
            return;
        // A container removed between list and inspect holds nothing; other errors retry next scan.
        if (details.ok())
            m_cache.insert(id, GpuHold::fromDetails(details.value()));
        else if (details.error().kind() == EngineError::Kind::NotFound)
            m_cache.insert(id, std::nullopt);
        if (--m_pendingInspects == 0)
            scanFinished(generation);
        else
            inspectNext(generation);
    });
}

void GpuHolderScanner::scanFinished(quint64 generation)
{
    if (generation != m_generation)
        return;
    QList<GpuHold> holds;
    for (const auto &[id, state] : std::as_const(m_listed)) {
        const auto cached = m_cache.constFind(id);
        if (cached == m_cache.constEnd() || !cached->has_value())
            continue;
        GpuHold hold = **cached;
        hold.state = state;
        const QString name = m_listedNames.value(id);
        if (!name.isEmpty())
            hold.containerName = name; // renames show up without a new inspect
        holds << hold;
    }
    m_holds = holds;
    m_hasResult = true;
    m_scanning = false;
    Q_EMIT updated();
    if (m_again)
        refresh();
}

} // namespace berth::core
