// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logstyle.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <span>

namespace berth::core {

// One line as the store hands it out: views into the store's memory, valid until the store next changes
// (or, for a LogStore::Snapshot, for the snapshot's lifetime). Text is the container's UTF-8 bytes with escape
// sequences and carriage-return overwrites already applied; invalid UTF-8 is kept and replaced only when shown.
struct LogLine
{
    QByteArrayView text;
    std::span<const LogStyleRun> runs;
    qint64 timestamp = 0; // nanoseconds since the Unix epoch (UTC); 0 when the engine gave none
    LogChannel channel = LogChannel::Stdout;
    bool open = false; // still being written: no newline yet
};

// The line a channel is still writing. LineAssembler edits it in place (a carriage return overwrites it), so a
// progress bar redrawing itself never copies the line around.
struct LogOpenLine
{
    QByteArray text;
    QList<LogStyleRun> runs;
    qint64 timestamp = 0;
    bool active = false;
};

// Where LineAssembler puts its output: the bounded LogStore for the console, a file writer for "save whole log".
class LogLineSink
{
public:
    virtual ~LogLineSink() = default;
    virtual void appendLine(LogChannel channel, qint64 timestamp, QByteArrayView text,
                            std::span<const LogStyleRun> runs) = 0;
    virtual LogOpenLine &openLine(LogChannel channel) = 0;
    virtual void openLineChanged(LogChannel channel) { Q_UNUSED(channel); }
};

} // namespace berth::core
