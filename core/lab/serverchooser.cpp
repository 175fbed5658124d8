// SPDX-License-Identifier: Apache-2.0
#include "serverchooser.h"

#include "engine/engineclient.h"
#include "labmonitor.h"
#include "serverprobe.h"

namespace berth::core {

ServerChooser::ServerChooser(LabMonitor *monitor, QObject *parent) : QObject(parent), m_monitor(monitor)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(ServerProbe::DefaultConnectTimeoutMs + 2000);
    connect(&m_deadline, &QTimer::timeout, this, &ServerChooser::finish);
    if (m_monitor) {
        connect(m_monitor, &LabMonitor::everySettled, this, [this] {
            if (m_busy && !m_asking)
                askForImage();
        });
    }
}

void ServerChooser::choose(const QString &image, int gpusWanted)
{
    if (m_busy || !m_monitor)
        return;
    m_busy = true;
    m_asking = false;
    m_image = image;
    m_gpusWanted = gpusWanted;
    m_withImage.clear();
    ++m_round;
    m_deadline.start();
    m_monitor->refresh();
    if (m_monitor->allSettled())
        askForImage();
}

void ServerChooser::askForImage()
{
    m_asking = true;
    m_outstanding = 0;
    const int round = m_round;
    for (ServerProbe *probe : m_monitor->probes()) {
        if (!probe->status().reachable || !probe->client() || m_image.isEmpty())
            continue;
        ++m_outstanding;
        const QString name = probe->status().name;
        probe->client()->inspectImage(m_image, this, [this, round, name](const Result<ImageDetails> &r) {
            if (round != m_round || !m_busy)
                return;
            if (r.ok())
                m_withImage.insert(name);
            if (--m_outstanding == 0)
                finish();
        });
    }
    if (m_outstanding == 0)
        finish();
}

void ServerChooser::finish()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_deadline.stop();
    Outcome result;
    QList<ServerStatus> statuses = m_monitor ? m_monitor->statuses() : QList<ServerStatus>{};
    for (ServerStatus &s : statuses) {
        if (!s.checked) {
            result.unanswered << s.name;
            s.reachable = false; // not waited for
        }
    }
    result.choice = BestServer::choose(statuses, m_gpusWanted, m_withImage);
    for (const ServerStatus &s : std::as_const(statuses)) {
        if (m_withImage.contains(s.name))
            result.withImage << s.name;
    }
    Q_EMIT chosen(result);
}

} // namespace berth::core
