// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <ctime>

// The event loop's longest stall while it runs: a 1 ms precise timer notes the biggest gap between its ticks, and
// how much of that gap the UI thread itself spent on the CPU. On a busy machine a gap can be mostly waiting for a
// CPU; the CPU part is what the application's own work cost.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const double cpu = threadCpuMs();
            const double spent = cpu - m_lastCpu;
            m_lastCpu = cpu;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstGapCpu = spent;
            }
            m_worstCpu = std::max(m_worstCpu, spent);
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstGapCpu = m_worstCpu = 0;
        m_lastCpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    // The worst gap so far, going on measuring.
    qint64 worst() const { return std::max(m_worst, m_clock.elapsed()); }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }
    double worstGapCpuMs() const { return m_worstGapCpu; } // UI-thread CPU time within the longest gap
    double worstCpuMs() const { return m_worstCpu; }       // the most UI-thread CPU time between two ticks

    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    double m_worstGapCpu = 0;
    double m_worstCpu = 0;
    double m_lastCpu = 0;
};
