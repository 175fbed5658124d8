// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logstyle.h"

#include <QByteArrayView>
#include <QHash>

#include <vector>

namespace berth::core {

class LineAssembler;

// Cuts a timestamps=1 log stream into the engine's messages, strips each message's timestamp and hands the rest to a
// LineAssembler, stamped. A message is one line with its newline, or a 16 KiB piece of a longer line (the json-file
// and local drivers split there, and every piece carries the same timestamp again), or a container's last output
// without a newline.
//
// It also makes reconnecting exact. It remembers the last RememberedMessages messages by (timestamp, channel); after
// connectionLost(), resumeSince() is where to ask the engine to start again, and feed() then drops every message it
// has already passed on, and the part of the one the connection cut, so nothing is lost or repeated.
class LogMessageSplitter final
{
    Q_DISABLE_COPY_MOVE(LogMessageSplitter)
public:
    static constexpr qsizetype PartialSize = 16384;
    static constexpr int RememberedMessages = 4096;

    // Without timestamps, bytes go straight to the assembler (no message boundaries to find, nothing to resume).
    LogMessageSplitter(LineAssembler &assembler, bool timestamps);

    void feed(LogChannel channel, QByteArrayView data);
    void endOfStream();    // the engine ended the stream: a message without a newline is complete
    void connectionLost(); // the stream broke: prepare to resume
    // since= for the request that resumes (nanoseconds), or -1 when nothing has arrived yet.
    qint64 resumeSince() const;
    // Resuming with tail= instead of since= spares the engine a scan of the whole log, but only works when the replay
    // reaches back to a message already seen. With this set, a replay that starts with an unknown message is ignored
    // and overlapMissing() says to ask again with since=.
    void setRequireOverlap(bool require) { m_requireOverlap = require; }
    bool overlapMissing() const { return m_overlapMissing; }
    int rememberedCount() const { return m_ringCount; }
    qint64 lastTimestamp() const { return m_lastTimestamp; }
    quint64 messageCount() const { return m_messages; }
    quint64 droppedAsSeen() const { return m_droppedAsSeen; } // replayed messages recognised (tests, diagnostics)
    // Counts the messages stamped at or before `timestamp` from now on (how much of a tail= request came back).
    void countMessagesUntil(qint64 timestamp)
    {
        m_countUntil = timestamp;
        m_countedUntil = 0;
    }
    quint64 countedUntil() const { return m_countedUntil; }

private:
    struct Key
    {
        qint64 timestamp;
        int channel;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.timestamp == b.timestamp && a.channel == b.channel;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.timestamp, key.channel);
        }
    };
    struct Channel
    {
        bool inContent = false;
        bool discard = false;
        qsizetype skip = 0;
        qsizetype size = 0;
        qint64 timestamp = 0;
        int headerLength = 0;
        char header[48] = {};
    };

    void startMessage(int channel, qint64 timestamp);
    void completeMessage(int channel);
    void deliver(int channel, const char *begin, qsizetype length);
    static bool startsWithHeader(QByteArrayView data);

    LineAssembler &m_assembler;
    bool m_timestamps;
    Channel m_channels[2];
    int m_lastStarted = -1;
    qint64 m_lastTimestamp = 0;
    quint64 m_messages = 0;
    quint64 m_droppedAsSeen = 0;
    qint64 m_countUntil = -1;
    quint64 m_countedUntil = 0;

    std::vector<Key> m_ring;
    int m_ringHead = 0;
    int m_ringCount = 0;
    qint64 m_floor = -1; // newest timestamp forgotten from the ring

    bool m_resuming = false;
    int m_resumeBudget = 0;
    qint64 m_resumeSince = -1;
    QHash<Key, int> m_seen;
    bool m_requireOverlap = false;
    bool m_overlapChecked = false;
    bool m_overlapMissing = false;
    bool m_cutValid = false;
    Key m_cut{};
    qsizetype m_cutBytes = 0;
};

} // namespace berth::core
