// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>

#include <functional>

namespace berth::core {

// Splits the engine's multiplexed stdout/stderr stream (8-byte header: type, 0, 0, 0, big-endian size) into
// payload pieces. Payloads are handed out as views into the fed data, possibly in several pieces when a frame
// arrives split; nothing is copied except up to 7 header bytes.
class StreamDemuxer
{
public:
    using Sink = std::function<void(int streamType, QByteArrayView payload)>;

    explicit StreamDemuxer(Sink sink) : m_sink(std::move(sink)) {}

    // Returns false on a malformed header (unknown stream type or non-zero padding); the stream is then unusable.
    bool feed(QByteArrayView data);
    bool midFrame() const { return m_headerFill != 0 || m_remaining != 0; }
    bool failed() const { return m_failed; }

private:
    Sink m_sink;
    unsigned char m_header[8] = {};
    int m_headerFill = 0;
    int m_type = 0;
    quint32 m_remaining = 0;
    bool m_failed = false;
};

} // namespace berth::core
