// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logline.h"

#include <QByteArrayView>

namespace berth::core {

class LogLineSink;

// Turns a container's output bytes into styled lines, incrementally: input may be split anywhere (inside a UTF-8
// character, an escape sequence or a "\r\n") and the result is the same. Each channel keeps its own state.
//
// - SGR sequences (16, 256 and 24-bit colours, bold, dim, italic, underline, inverse, strike, reset) become style
//   runs; every other escape sequence (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes) is removed. Unterminated
//   ones are cut off at a newline or after a length limit, so garbage can never swallow the log.
// - "\r" moves back to the start of the line and what follows overwrites it, as in a terminal, so a tqdm bar ends
//   up as one line; "\r\n" is a plain newline. Backspace, CSI K (erase in line) and CSI C/D/G (cursor in the line)
//   work the same way. Tabs are kept; other control characters are dropped.
// - A line longer than MaxLineBytes is broken there, so one runaway line cannot take all memory.
class LineAssembler final
{
    Q_DISABLE_COPY_MOVE(LineAssembler)
public:
    static constexpr qsizetype MaxLineBytes = 8 * 1024 * 1024;

    explicit LineAssembler(LogLineSink &sink);

    // timestamp stamps the lines that start within data (nanoseconds since the epoch, 0 when unknown).
    void feed(LogChannel channel, qint64 timestamp, QByteArrayView data);
    // The stream ended (container exited): lines without their newline are committed as they are.
    void finish();
    void reset();

private:
    struct State
    {
        enum Escape : quint8 { Ground, Esc, EscIntermediate, Csi, Osc, OscEsc, Str, StrEsc };
        Escape escape = Ground;
        bool csiPrivate = false;
        bool csiIntermediate = false;
        bool paramOverflow = false;
        int paramLength = 0;
        int escapeLength = 0;
        qsizetype cursor = 0; // byte offset in the open line
        LogStyle style;
        char params[64] = {};
    };

    void writeText(LogChannel channel, State &state, qint64 timestamp, const char *begin, const char *end);
    void replaceRange(LogOpenLine &line, qsizetype from, qsizetype to, QByteArrayView bytes, const LogStyle &style);
    void commitOpen(LogChannel channel, State &state, qint64 timestamp);
    void dispatchCsi(LogChannel channel, State &state, qint64 timestamp, char final);
    void applySgr(State &state);
    void eraseInLine(LogChannel channel, State &state, int mode);
    void moveCursorTo(LogChannel channel, State &state, qint64 timestamp, qsizetype codePoint);
    void activate(LogOpenLine &line, qint64 timestamp);

    LogLineSink &m_sink;
    State m_state[2];
    bool m_changed[2] = {false, false};
};

} // namespace berth::core
