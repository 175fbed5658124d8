// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logline.h"

#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace berth::core {

// What changed since the last changed() signal; the view uses it to keep its scroll position and search results
// keep their line ids valid.
struct LogStoreChange
{
    qsizetype appended = 0;     // committed lines added at the end
    qsizetype droppedFront = 0; // oldest lines dropped to stay within maxLines
    qsizetype prepended = 0;    // older lines loaded at the front
    bool openLinesChanged = false;
    bool cleared = false;
};

// A bounded, append-mostly store of styled log lines. Line text and style runs are packed into shared 256 KiB
// chunks (one allocation per chunk, not per line), so 100,000 lines cost little more than their bytes. When more than
// maxLines are committed the oldest are dropped and droppedCount() says how many. Each committed line has an id that
// never changes: id = firstId() + index. The lines a channel is still writing (no newline yet) come after the
// committed ones. Notifications are coalesced: changed() fires once per event-loop pass (or on flush()).
class LogStore final : public QObject, public LogLineSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStore)

    struct Chunk;
    struct Record
    {
        Chunk *chunk;
        quint32 offset; // of the text; the style runs sit just before it
        quint32 length;
        qint64 timestamp;
        quint32 runCount;
        LogChannel channel;
    };

public:
    // A consistent, read-only copy of the committed lines for another thread (search, save). Cheap: it shares the
    // store's chunks, which are never written where a committed line lives.
    class Snapshot
    {
    public:
        qsizetype size() const { return qsizetype(m_records.size()); }
        qint64 firstId() const { return m_firstId; }
        LogLine line(qsizetype index) const;

    private:
        friend class LogStore;
        qint64 m_firstId = 0;
        std::vector<Record> m_records;
        std::vector<std::shared_ptr<Chunk>> m_chunks;
    };

    explicit LogStore(qsizetype maxLines = 100000, QObject *parent = nullptr);
    ~LogStore() override;

    qsizetype maxLines() const { return m_maxLines; }
    void setMaxLines(qsizetype maxLines);

    // Committed lines plus the open ones at the end.
    qsizetype size() const { return committedCount() + openCount(); }
    qsizetype committedCount() const { return qsizetype(m_records.size()); }
    LogLine line(qsizetype index) const;
    qint64 firstId() const { return m_firstId; }
    qint64 idAt(qsizetype index) const { return m_firstId + index; }
    qsizetype indexOf(qint64 id) const; // -1 when dropped or not yet there
    qint64 droppedCount() const { return m_dropped; }
    qint64 totalBytes() const { return m_textBytes; } // text bytes of the committed lines
    qint64 memoryBytes() const;                       // what the store itself holds, for the memory benchmark

    // Berth's own note in the log (container restarted, connection lost), stamped with the current time.
    void appendNotice(const QString &text);
    // Older lines loaded by paging backwards go in front, also lines this store dropped before (they come back in
    // place). Paging back is the user asking to read further: the store may then hold up to twice maxLines, and
    // keeps what was paged in while new lines arrive, until releasePagedBack(). Takes older's committed lines; when
    // they do not all fit, the newest of them are kept. Returns how many were taken.
    qsizetype prepend(LogStore &older);
    qsizetype roomInFront() const { return 2 * m_maxLines - committedCount(); }
    // The user is back at the end: the store goes back within maxLines (the oldest lines go).
    void releasePagedBack();
    qsizetype pagedBackLines() const { return m_pagedBack; }
    // Nothing dropped can come back any more (the log's beginning was reached).
    void forgetDropped() { m_dropped = 0; }
    void clear();

    Snapshot snapshot() const;

    // LogLineSink
    void appendLine(LogChannel channel, qint64 timestamp, QByteArrayView text,
                    std::span<const LogStyleRun> runs) override;
    LogOpenLine &openLine(LogChannel channel) override;
    void openLineChanged(LogChannel channel) override;

    // Emits the pending changed() now (benchmarks and tests call this; the event loop does it otherwise).
    void flush();

Q_SIGNALS:
    void changed(const berth::core::LogStoreChange &change);

private:
    static LogLine lineOf(const Record &record);
    qsizetype openCount() const;
    void dropFront(qsizetype count);
    void scheduleNotify();
    Chunk *reserve(qsizetype bytes);

    qsizetype m_maxLines;
    qint64 m_firstId = 0;
    qint64 m_dropped = 0;
    qsizetype m_pagedBack = 0; // lines over maxLines kept because the user paged back
    qint64 m_textBytes = 0;
    std::deque<Record> m_records;
    std::deque<std::shared_ptr<Chunk>> m_chunks;
    LogOpenLine m_open[2];
    LogStoreChange m_pending;
    bool m_notifyScheduled = false;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::LogStoreChange)
