// SPDX-License-Identifier: Apache-2.0
#include "demandtimer.h"

namespace berth::core {

DemandTimer::DemandTimer(int intervalMs, QObject *parent) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemandTimer::tick);
}

void DemandTimer::addConsumer(QObject *consumer)
{
    if (!consumer || m_consumers.contains(consumer))
        return;
    m_consumers.insert(consumer);
    connect(consumer, &QObject::destroyed, this, [this, consumer] { removeConsumer(consumer); });
    if (m_consumers.size() == 1) {
        m_timer.start();
        Q_EMIT tick();
    }
}

void DemandTimer::removeConsumer(QObject *consumer)
{
    if (!m_consumers.remove(consumer))
        return;
    disconnect(consumer, &QObject::destroyed, this, nullptr);
    if (m_consumers.isEmpty())
        m_timer.stop();
}

} // namespace berth::core
