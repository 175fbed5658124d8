// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace berth::core {

// Ticks only while at least one consumer wants it: the first consumer gets a tick at once, the last one leaving
// (or being destroyed) stops the timer. Keeps periodic work like nvidia-smi off while nothing shows its result.
class DemandTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandTimer)
public:
    explicit DemandTimer(int intervalMs, QObject *parent = nullptr);

    void addConsumer(QObject *consumer);
    void removeConsumer(QObject *consumer);
    bool isActive() const { return !m_consumers.isEmpty(); }
    int consumerCount() const { return int(m_consumers.size()); }
    void setInterval(int msecs) { m_timer.setInterval(msecs); }
    int interval() const { return m_timer.interval(); }

Q_SIGNALS:
    void tick();

private:
    QTimer m_timer;
    QSet<QObject *> m_consumers;
};

} // namespace berth::core
