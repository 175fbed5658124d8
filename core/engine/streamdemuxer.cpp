// SPDX-License-Identifier: Apache-2.0
#include "streamdemuxer.h"

#include <cstring>

namespace berth::core {

bool StreamDemuxer::feed(QByteArrayView data)
{
    if (m_failed)
        return false;
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        if (m_remaining > 0) {
            const qsizetype take = qMin<qsizetype>(left, m_remaining);
            m_sink(m_type, QByteArrayView(p, take));
            p += take;
            left -= take;
            m_remaining -= quint32(take);
            continue;
        }
        const int need = 8 - m_headerFill;
        const int take = int(qMin<qsizetype>(left, need));
        std::memcpy(m_header + m_headerFill, p, size_t(take));
        m_headerFill += take;
        p += take;
        left -= take;
        if (m_headerFill < 8)
            break;
        m_headerFill = 0;
        if (m_header[0] > 3 || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0) {
            m_failed = true;
            return false;
        }
        m_type = m_header[0];
        m_remaining = (quint32(m_header[4]) << 24) | (quint32(m_header[5]) << 16) | (quint32(m_header[6]) << 8) |
                      quint32(m_header[7]);
    }
    return true;
}

} // namespace berth::core
