// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <deque>

namespace berth::core {

// The last lines of a container's output, bounded, as plain text: a progress bar redrawn with '\r' keeps its final
// state and colour escapes are dropped, so the saved tail reads like the terminal looked.
class LogTail final
{
public:
    explicit LogTail(int maxLines = 1000) : m_max(maxLines) {}

    void feed(QByteArrayView bytes);
    void finish(); // a last line without '\n' counts
    QStringList lines() const;
    int size() const { return int(m_lines.size()); }

private:
    void push(QByteArrayView line);

    int m_max;
    std::deque<QString> m_lines;
    QByteArray m_partial;
};

} // namespace berth::core
