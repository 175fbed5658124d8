// SPDX-License-Identifier: Apache-2.0
#include "resourcehistory.h"

namespace berth::core {

ResourceHistory::ResourceHistory(int capacity) : m_points(std::size_t(qMax(2, capacity))) {}

void ResourceHistory::add(const StatsSample &s)
{
    Point p;
    p.timeMs = s.timeMs;
    p.cpuPercent = float(s.cpuPercent);
    p.memoryBytes = float(s.memoryBytes);
    p.memoryLimitBytes = float(s.memoryLimitBytes);
    p.gpuUtilPercent = float(s.gpuUtilPercent);
    p.gpuMemoryBytes = float(s.gpuMemoryBytes);
    if (m_hasPrevious && s.timeMs > m_previous.timeMs) {
        const double secs = double(s.timeMs - m_previous.timeMs) / 1000.0;
        const qint64 net = (s.netRxBytes + s.netTxBytes) - (m_previous.netRxBytes + m_previous.netTxBytes);
        const qint64 block =
            (s.blockReadBytes + s.blockWriteBytes) - (m_previous.blockReadBytes + m_previous.blockWriteBytes);
        // Counters restart with the container: a negative step is a restart, not traffic.
        p.netBytesPerSec = net > 0 ? float(double(net) / secs) : 0.f;
        p.blockBytesPerSec = block > 0 ? float(double(block) / secs) : 0.f;
    }
    m_previous = s;
    m_hasPrevious = true;
    const int cap = int(m_points.size());
    if (m_size < cap) {
        m_points[(m_start + m_size) % cap] = p;
        ++m_size;
    } else {
        m_points[m_start] = p;
        m_start = (m_start + 1) % cap;
    }
}

float ResourceHistory::peakMemoryBytes() const
{
    float peak = 0;
    for (int i = 0; i < m_size; ++i)
        peak = qMax(peak, at(i).memoryBytes);
    return peak;
}

} // namespace berth::core
