// SPDX-License-Identifier: Apache-2.0
#include "logtail.h"

namespace berth::core {

namespace {
// Drops ESC [ … final-byte sequences (colours, cursor moves) and other lone escapes.
QByteArray withoutEscapes(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c != '\x1b') {
            out.append(c);
            continue;
        }
        if (i + 1 < line.size() && line[i + 1] == '[') {
            i += 2;
            while (i < line.size() && !(line[i] >= '@' && line[i] <= '~'))
                ++i;
        } else {
            ++i;
        }
    }
    return out;
}
} // namespace

void LogTail::feed(QByteArrayView bytes)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (m_partial.isEmpty()) {
            push(bytes.sliced(start, i - start));
        } else {
            m_partial.append(bytes.sliced(start, i - start));
            push(m_partial);
            m_partial.clear();
        }
        start = i + 1;
    }
    if (start < bytes.size()) {
        m_partial.append(bytes.sliced(start));
        // A line that never ends (a progress bar without '\n') must not grow without bound.
        if (m_partial.size() > 64 * 1024) {
            const qsizetype cr = m_partial.lastIndexOf('\r');
            m_partial = cr >= 0 ? m_partial.mid(cr + 1) : m_partial.right(64 * 1024);
        }
    }
}

void LogTail::finish()
{
    if (!m_partial.isEmpty()) {
        push(m_partial);
        m_partial.clear();
    }
}

void LogTail::push(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype cr = line.lastIndexOf('\r');
    if (cr >= 0)
        line = line.sliced(cr + 1);
    m_lines.push_back(QString::fromUtf8(withoutEscapes(line)));
    while (int(m_lines.size()) > m_max)
        m_lines.pop_front();
}

QStringList LogTail::lines() const
{
    QStringList out;
    out.reserve(int(m_lines.size()));
    for (const QString &l : m_lines)
        out.append(l);
    return out;
}

} // namespace berth::core
