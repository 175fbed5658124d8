// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statssample.h"

#include <QList>

namespace berth::core {

// The recent resource readings of one container at a fixed memory cost: a ring of compact points (40 bytes each;
// an hour at one reading a second is 144 KB). Rates (network, disk) are per second between neighbouring readings.
class ResourceHistory final
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        float cpuPercent = 0;
        float memoryBytes = 0;
        float memoryLimitBytes = 0;
        float netBytesPerSec = 0;   // received + sent
        float blockBytesPerSec = 0; // read + written
        float gpuUtilPercent = -1;
        float gpuMemoryBytes = -1;
    };

    explicit ResourceHistory(int capacity = 3600);

    void add(const StatsSample &sample);
    int size() const { return m_size; }
    int capacity() const { return int(m_points.size()); }
    // i = 0 is the oldest kept point.
    const Point &at(int i) const { return m_points[(m_start + i) % m_points.size()]; }
    const Point &last() const { return at(m_size - 1); }
    bool isEmpty() const { return m_size == 0; }
    // Peak memory and mean CPU/GPU over what is kept.
    float peakMemoryBytes() const;
    static constexpr std::size_t pointBytes() { return sizeof(Point); }

private:
    std::vector<Point> m_points;
    int m_start = 0;
    int m_size = 0;
    StatsSample m_previous;
    bool m_hasPrevious = false;
};

} // namespace berth::core
