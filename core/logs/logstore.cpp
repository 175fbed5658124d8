// SPDX-License-Identifier: Apache-2.0
#include "logstore.h"

#include <QDateTime>

#include <cstring>

namespace berth::core {

namespace {
constexpr qsizetype ChunkSize = 256 * 1024;
constexpr qsizetype RunAlign = alignof(LogStyleRun);
} // namespace

struct LogStore::Chunk
{
    explicit Chunk(qsizetype size) : data(new char[size]), capacity(size) {}
    std::unique_ptr<char[]> data;
    qsizetype capacity;
    qsizetype used = 0;
};

LogStore::LogStore(qsizetype maxLines, QObject *parent) : QObject(parent), m_maxLines(qMax<qsizetype>(1, maxLines)) {}

LogStore::~LogStore() = default;

void LogStore::setMaxLines(qsizetype maxLines)
{
    m_maxLines = qMax<qsizetype>(1, maxLines);
    m_pagedBack = 0;
    if (committedCount() > m_maxLines)
        dropFront(committedCount() - m_maxLines);
}

LogLine LogStore::lineOf(const Record &r)
{
    const char *text = r.chunk->data.get() + r.offset;
    LogLine line;
    line.text = QByteArrayView(text, qsizetype(r.length));
    if (r.runCount)
        line.runs = std::span<const LogStyleRun>(
            reinterpret_cast<const LogStyleRun *>(text - qsizetype(r.runCount) * qsizetype(sizeof(LogStyleRun))),
            r.runCount);
    line.timestamp = r.timestamp;
    line.channel = r.channel;
    return line;
}

LogLine LogStore::line(qsizetype index) const
{
    if (index < committedCount())
        return lineOf(m_records[size_t(index)]);
    index -= committedCount();
    for (const LogOpenLine &open : m_open) {
        if (!open.active)
            continue;
        if (index-- == 0) {
            LogLine line;
            line.text = QByteArrayView(open.text);
            line.runs = std::span<const LogStyleRun>(open.runs.constData(), size_t(open.runs.size()));
            line.timestamp = open.timestamp;
            line.channel = (&open == &m_open[0]) ? LogChannel::Stdout : LogChannel::Stderr;
            line.open = true;
            return line;
        }
    }
    return {};
}

qsizetype LogStore::openCount() const
{
    return (m_open[0].active ? 1 : 0) + (m_open[1].active ? 1 : 0);
}

qsizetype LogStore::indexOf(qint64 id) const
{
    qint64 index = id - m_firstId;
    return (index >= 0 && index < committedCount()) ? qsizetype(index) : -1;
}

qint64 LogStore::memoryBytes() const
{
    qint64 bytes = qint64(m_records.size()) * qint64(sizeof(Record));
    for (const auto &chunk : m_chunks)
        bytes += chunk->capacity;
    for (const LogOpenLine &open : m_open)
        bytes += open.text.capacity() + open.runs.capacity() * qint64(sizeof(LogStyleRun));
    return bytes;
}

LogStore::Chunk *LogStore::reserve(qsizetype bytes)
{
    if (!m_chunks.empty()) {
        Chunk *back = m_chunks.back().get();
        // Only the back chunk is written; older ones are full or belong to prepended pages.
        if (back->capacity - back->used >= bytes)
            return back;
    }
    // A line bigger than a chunk gets a chunk of its own, so megabyte lines cost their size and no more.
    m_chunks.push_back(std::make_shared<Chunk>(qMax(ChunkSize, bytes)));
    return m_chunks.back().get();
}

void LogStore::appendLine(LogChannel channel, qint64 timestamp, QByteArrayView text, std::span<const LogStyleRun> runs)
{
    const qsizetype runBytes = qsizetype(runs.size() * sizeof(LogStyleRun));
    // Worst-case padding so the runs stay aligned.
    Chunk *chunk = reserve(text.size() + (runBytes ? runBytes + RunAlign - 1 : 0));
    qsizetype at = chunk->used;
    if (runBytes) {
        at = (at + RunAlign - 1) & ~(RunAlign - 1);
        std::memcpy(chunk->data.get() + at, runs.data(), size_t(runBytes));
        at += runBytes;
    }
    if (!text.isEmpty())
        std::memcpy(chunk->data.get() + at, text.data(), size_t(text.size()));
    chunk->used = at + text.size();
    m_records.push_back(Record{chunk, quint32(at), quint32(text.size()), timestamp, quint32(runs.size()), channel});
    m_textBytes += text.size();
    ++m_pending.appended;
    // While the user reads lines paged back, new ones do not push those out (up to twice the limit).
    const qsizetype limit = m_pagedBack > 0 ? 2 * m_maxLines : m_maxLines;
    if (committedCount() > limit)
        dropFront(committedCount() - limit);
    if (m_pagedBack > 0)
        m_pagedBack = committedCount() - m_maxLines;
    scheduleNotify();
}

void LogStore::dropFront(qsizetype count)
{
    count = qMin(count, committedCount());
    for (qsizetype i = 0; i < count; ++i) {
        m_textBytes -= m_records.front().length;
        m_records.pop_front();
    }
    m_firstId += count;
    m_dropped += count;
    // Records are in chunk order, so every chunk before the first remaining record's is unused now.
    Chunk *keep = m_records.empty() ? nullptr : m_records.front().chunk;
    while (m_chunks.size() > 1 && m_chunks.front().get() != keep)
        m_chunks.pop_front();
    m_pending.droppedFront += count;
    scheduleNotify();
}

LogOpenLine &LogStore::openLine(LogChannel channel)
{
    return m_open[channel == LogChannel::Stderr ? 1 : 0];
}

void LogStore::openLineChanged(LogChannel channel)
{
    Q_UNUSED(channel);
    m_pending.openLinesChanged = true;
    scheduleNotify();
}

void LogStore::appendNotice(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendLine(LogChannel::Notice, QDateTime::currentMSecsSinceEpoch() * 1000000, utf8, {});
}

qsizetype LogStore::prepend(LogStore &older)
{
    qsizetype take = qMin(roomInFront(), older.committedCount());
    if (take <= 0)
        return 0;
    // Keep the newest of the older lines: they join up with our first line.
    older.dropFront(older.committedCount() - take);
    older.m_pending = {};
    for (auto it = older.m_records.rbegin(); it != older.m_records.rend(); ++it)
        m_records.push_front(*it);
    for (auto it = older.m_chunks.rbegin(); it != older.m_chunks.rend(); ++it)
        m_chunks.push_front(std::move(*it));
    m_textBytes += older.m_textBytes;
    older.m_records.clear();
    older.m_chunks.clear();
    older.m_textBytes = 0;
    m_firstId -= take;
    m_dropped = qMax<qint64>(0, m_dropped - take);
    m_pagedBack = qMax<qsizetype>(0, committedCount() - m_maxLines);
    m_pending.prepended += take;
    scheduleNotify();
    return take;
}

void LogStore::releasePagedBack()
{
    if (m_pagedBack == 0)
        return;
    m_pagedBack = 0;
    if (committedCount() > m_maxLines)
        dropFront(committedCount() - m_maxLines);
}

void LogStore::clear()
{
    // Ids stay unique across a clear: new lines continue after the old ones.
    m_firstId += committedCount();
    m_records.clear();
    m_chunks.clear();
    m_dropped = 0;
    m_pagedBack = 0;
    m_textBytes = 0;
    for (LogOpenLine &open : m_open) {
        open.text.clear();
        open.runs.clear();
        open.active = false;
    }
    m_pending = {};
    m_pending.cleared = true;
    scheduleNotify();
}

LogStore::Snapshot LogStore::snapshot() const
{
    Snapshot s;
    s.m_firstId = m_firstId;
    s.m_records.assign(m_records.begin(), m_records.end());
    s.m_chunks.assign(m_chunks.begin(), m_chunks.end());
    return s;
}

LogLine LogStore::Snapshot::line(qsizetype index) const
{
    return LogStore::lineOf(m_records[size_t(index)]);
}

void LogStore::scheduleNotify()
{
    if (m_notifyScheduled)
        return;
    m_notifyScheduled = true;
    QMetaObject::invokeMethod(this, &LogStore::flush, Qt::QueuedConnection);
}

void LogStore::flush()
{
    m_notifyScheduled = false;
    if (!m_pending.appended && !m_pending.droppedFront && !m_pending.prepended && !m_pending.openLinesChanged &&
        !m_pending.cleared)
        return;
    const LogStoreChange change = m_pending;
    m_pending = {};
    Q_EMIT changed(change);
}

} // namespace berth::core
