// SPDX-License-Identifier: Apache-2.0
#include "logmessagesplitter.h"

#include "lineassembler.h"
#include "logtimestamp.h"

#include <cstring>

namespace berth::core {

namespace {
constexpr int MaxHeader = 40; // "2024-05-01T12:00:00.123456789+01:00" and some slack
inline LogChannel channelOf(int index)
{
    return index ? LogChannel::Stderr : LogChannel::Stdout;
}
} // namespace

LogMessageSplitter::LogMessageSplitter(LineAssembler &assembler, bool timestamps)
    : m_assembler(assembler), m_timestamps(timestamps)
{
    if (m_timestamps)
        m_ring.resize(RememberedMessages);
}

bool LogMessageSplitter::startsWithHeader(QByteArrayView data)
{
    const qsizetype limit = qMin<qsizetype>(data.size(), MaxHeader);
    const void *space = std::memchr(data.data(), ' ', size_t(limit));
    if (!space)
        return false;
    qint64 ignored;
    return LogTimestamp::parse(QByteArrayView(data.data(), static_cast<const char *>(space) - data.data()), &ignored);
}

void LogMessageSplitter::feed(LogChannel channel, QByteArrayView data)
{
    if (data.isEmpty() || channel == LogChannel::Notice || m_overlapMissing)
        return;
    const int ci = channel == LogChannel::Stderr ? 1 : 0;
    if (!m_timestamps) {
        m_assembler.feed(channel, 0, data);
        return;
    }
    Channel &c = m_channels[ci];
    // Frames never interleave: output on the other channel means that channel's message (a last line without a
    // newline) is over. On the same channel only a fresh timestamp at the start of a delivery can tell.
    Channel &other = m_channels[1 - ci];
    if (other.inContent && other.size > 0)
        completeMessage(1 - ci);
    if (c.inContent && c.size > 0 && startsWithHeader(data))
        completeMessage(ci);

    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        if (!c.inContent) {
            const qsizetype want = MaxHeader - c.headerLength;
            const qsizetype avail = qMin<qsizetype>(end - p, want);
            const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(avail)));
            if (!space && avail < want) {
                std::memcpy(c.header + c.headerLength, p, size_t(avail)); // the rest comes in the next delivery
                c.headerLength += int(avail);
                p = end;
                break;
            }
            qint64 timestamp = 0;
            bool ok = false;
            if (space) {
                if (c.headerLength == 0) {
                    ok = LogTimestamp::parse(QByteArrayView(p, space - p), &timestamp);
                } else {
                    std::memcpy(c.header + c.headerLength, p, size_t(space - p));
                    ok = LogTimestamp::parse(QByteArrayView(c.header, c.headerLength + (space - p)), &timestamp);
                }
            }
            if (ok) {
                c.headerLength = 0;
                p = space + 1;
                startMessage(ci, timestamp);
                if (m_overlapMissing)
                    return;
                continue;
            }
            // Not a timestamp after all: keep the bytes as text rather than lose them.
            startMessage(ci, 0);
            if (m_overlapMissing)
                return;
            if (c.headerLength) {
                const QByteArray held(c.header, c.headerLength);
                c.headerLength = 0;
                c.size += held.size();
                deliver(ci, held.constData(), held.size());
            }
            continue;
        }
        const qsizetype limit = PartialSize - c.size;
        const qsizetype window = qMin<qsizetype>(end - p, limit);
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(window)));
        const qsizetype take = newline ? newline - p + 1 : window;
        c.size += take;
        deliver(ci, p, take);
        p += take;
        if (newline || c.size >= PartialSize)
            completeMessage(ci);
    }
}

void LogMessageSplitter::deliver(int ci, const char *begin, qsizetype length)
{
    Channel &c = m_channels[ci];
    if (c.discard)
        return;
    if (c.skip > 0) {
        const qsizetype skipped = qMin(c.skip, length);
        c.skip -= skipped;
        begin += skipped;
        length -= skipped;
    }
    if (length > 0)
        m_assembler.feed(channelOf(ci), c.timestamp, QByteArrayView(begin, length));
}

void LogMessageSplitter::startMessage(int ci, qint64 timestamp)
{
    Channel &c = m_channels[ci];
    c.inContent = true;
    c.timestamp = timestamp;
    c.size = 0;
    c.discard = false;
    c.skip = 0;
    const int previousStarted = m_lastStarted;
    m_lastStarted = ci;
    if (!m_resuming)
        return;
    const Key key{timestamp, ci};
    if (m_requireOverlap && !m_overlapChecked) {
        m_overlapChecked = true;
        const bool overlaps =
            (m_resumeSince >= 0 && timestamp < m_resumeSince) || m_seen.contains(key) || (m_cutValid && key == m_cut);
        if (!overlaps) {
            // Whatever came after the last message seen may be missing: take none of this replay.
            m_overlapMissing = true;
            m_lastStarted = previousStarted;
            c = Channel();
            return;
        }
    }
    if (m_resumeSince >= 0 && timestamp < m_resumeSince) {
        c.discard = true;
    } else if (auto it = m_seen.find(key); it != m_seen.end()) {
        c.discard = true;
        if (--it.value() == 0)
            m_seen.erase(it);
    } else if (m_cutValid && key == m_cut) {
        c.skip = m_cutBytes;
        m_cutValid = false;
    }
    if (c.discard)
        ++m_droppedAsSeen;
    if ((m_seen.isEmpty() && !m_cutValid) || --m_resumeBudget <= 0) {
        m_resuming = false;
        m_seen.clear();
        m_cutValid = false;
    }
}

void LogMessageSplitter::completeMessage(int ci)
{
    Channel &c = m_channels[ci];
    if (!c.discard) {
        ++m_messages;
        if (c.timestamp <= m_countUntil)
            ++m_countedUntil;
        m_lastTimestamp = qMax(m_lastTimestamp, c.timestamp);
        Key &slot = m_ring[size_t(m_ringHead)];
        if (m_ringCount == RememberedMessages)
            m_floor = qMax(m_floor, slot.timestamp);
        else
            ++m_ringCount;
        slot = Key{c.timestamp, ci};
        m_ringHead = (m_ringHead + 1) % RememberedMessages;
    }
    c.inContent = false;
    c.discard = false;
    c.skip = 0;
    c.size = 0;
}

void LogMessageSplitter::endOfStream()
{
    if (!m_timestamps)
        return;
    for (int ci = 0; ci < 2; ++ci) {
        if (m_channels[ci].inContent)
            completeMessage(ci);
        m_channels[ci].headerLength = 0;
    }
}

void LogMessageSplitter::connectionLost()
{
    if (!m_timestamps)
        return;
    // Only the message that started last can have been cut: frames never interleave. When no message started since
    // the last break (a retry that failed at once), what was cut then is still what the engine owes us.
    if (m_lastStarted >= 0) {
        m_cutValid = false;
        const Channel &c = m_channels[m_lastStarted];
        if (c.inContent && !c.discard && c.size > 0) {
            m_cutValid = true;
            m_cut = Key{c.timestamp, m_lastStarted};
            m_cutBytes = c.size + c.skip; // a resumed piece counts the bytes skipped before it too
        }
    }
    for (Channel &c : m_channels)
        c = Channel();
    m_lastStarted = -1;

    m_resumeSince = resumeSince();
    m_seen.clear();
    for (int i = 0; i < m_ringCount; ++i) {
        const Key &key = m_ring[size_t(i)];
        if (key.timestamp >= m_resumeSince)
            ++m_seen[key];
    }
    m_resuming = !m_seen.isEmpty() || m_cutValid;
    m_overlapChecked = false;
    m_overlapMissing = false;
    m_resumeBudget = 4 * RememberedMessages;
}

qint64 LogMessageSplitter::resumeSince() const
{
    if (m_ringCount == 0)
        return m_cutValid ? m_cut.timestamp : -1;
    if (m_floor >= 0)
        return m_floor + 1;
    qint64 oldest = m_ring[0].timestamp;
    for (int i = 1; i < m_ringCount; ++i)
        oldest = qMin(oldest, m_ring[size_t(i)].timestamp);
    if (m_cutValid)
        oldest = qMin(oldest, m_cut.timestamp);
    return oldest;
}

} // namespace berth::core
