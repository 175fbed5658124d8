// SPDX-License-Identifier: Apache-2.0
#include "lineassembler.h"

#include "logline.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace berth::core {

namespace {

constexpr int MaxEscapeLength = 64 * 1024; // an OSC hyperlink can be long; anything longer is garbage

inline bool isSpecial(unsigned char c)
{
    return c < 0x20 || c == 0x7f;
}

// The first control byte (C0 or DEL) in [p, end), or end. This is the hot loop of log parsing.
const char *findSpecial(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi8(0x1f);
    const __m128i del = _mm_set1_epi8(0x7f);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // min(v, 0x1f) == v  <=>  v <= 0x1f (unsigned)
        const __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, below), v);
        const int mask = _mm_movemask_epi8(_mm_or_si128(ctl, _mm_cmpeq_epi8(v, del)));
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && !isSpecial(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

inline bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

qsizetype countCodePoints(const char *p, const char *end)
{
    qsizetype n = 0;
    for (; p < end; ++p)
        n += isContinuation(*p) ? 0 : 1;
    return n;
}

// Byte offset after moving `count` code points forward from `from`; stops at the end. *moved says how many it did.
qsizetype advanceCodePoints(const QByteArray &text, qsizetype from, qsizetype count, qsizetype *moved = nullptr)
{
    const qsizetype size = text.size();
    const char *d = text.constData();
    qsizetype pos = from;
    qsizetype done = 0;
    while (done < count && pos < size) {
        ++pos;
        while (pos < size && isContinuation(d[pos]))
            ++pos;
        ++done;
    }
    if (moved)
        *moved = done;
    return pos;
}

LogStyle styleAt(const QList<LogStyleRun> &runs, qsizetype pos)
{
    LogStyle style;
    for (const LogStyleRun &run : runs) {
        if (qsizetype(run.start) > pos)
            break;
        style = run.style;
    }
    return style;
}

// Drops runs that change nothing, runs overridden at the same offset and runs past the end of the text.
void normalizeRuns(QList<LogStyleRun> &runs, qsizetype textLength)
{
    qsizetype out = 0;
    LogStyle previous;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const LogStyleRun run = runs[i];
        if (qsizetype(run.start) >= textLength)
            break;
        if (out > 0 && runs[out - 1].start == run.start) {
            --out;
            previous = out > 0 ? runs[out - 1].style : LogStyle();
        }
        if (run.style == previous)
            continue;
        runs[out++] = run;
        previous = run.style;
    }
    runs.resize(out);
}

inline int channelIndex(LogChannel channel)
{
    return channel == LogChannel::Stderr ? 1 : 0;
}

// Where a line may be cut without splitting a UTF-8 character.
qsizetype utf8Boundary(const char *p, qsizetype limit)
{
    qsizetype cut = limit;
    while (cut > 0 && isContinuation(p[cut]))
        --cut;
    return cut > 0 ? cut : limit;
}

} // namespace

LineAssembler::LineAssembler(LogLineSink &sink) : m_sink(sink) {}

void LineAssembler::reset()
{
    for (int i = 0; i < 2; ++i) {
        m_state[i] = State();
        LogOpenLine &line = m_sink.openLine(i ? LogChannel::Stderr : LogChannel::Stdout);
        if (line.active) {
            line = LogOpenLine();
            m_sink.openLineChanged(i ? LogChannel::Stderr : LogChannel::Stdout);
        }
    }
}

void LineAssembler::finish()
{
    for (int i = 0; i < 2; ++i) {
        const LogChannel channel = i ? LogChannel::Stderr : LogChannel::Stdout;
        if (m_sink.openLine(channel).active) {
            commitOpen(channel, m_state[i], 0);
            m_sink.openLineChanged(channel);
        }
        m_state[i].escape = State::Ground;
        m_state[i].cursor = 0;
    }
}

void LineAssembler::activate(LogOpenLine &line, qint64 timestamp)
{
    if (line.active)
        return;
    line.active = true;
    line.timestamp = timestamp;
    line.text.resize(0);
    line.runs.resize(0);
}

void LineAssembler::feed(LogChannel channel, qint64 timestamp, QByteArrayView data)
{
    if (channel == LogChannel::Notice)
        return;
    const int ci = channelIndex(channel);
    State &st = m_state[ci];
    const LogOpenLine &open = m_sink.openLine(channel);
    const char *p = data.data();
    const char *const end = p + data.size();

    while (p < end) {
        if (st.escape == State::Ground) {
            const char *q = findSpecial(p, end);
            if (q < end && st.cursor == 0 && !open.active) {
                // The common case: a whole plain line, straight from the input into the store.
                qsizetype skip = 0;
                if (*q == '\n')
                    skip = 1;
                else if (*q == '\r' && q + 1 < end && q[1] == '\n')
                    skip = 2;
                if (skip && q - p <= MaxLineBytes) {
                    const LogStyleRun run{0, st.style};
                    const bool styled = !st.style.isDefault() && q > p;
                    m_sink.appendLine(channel, timestamp, QByteArrayView(p, q - p),
                                      styled ? std::span<const LogStyleRun>(&run, 1) : std::span<const LogStyleRun>());
                    p = q + skip;
                    continue;
                }
            }
            if (q > p) {
                writeText(channel, st, timestamp, p, q);
                p = q;
                if (p == end)
                    break;
            }
            const unsigned char c = static_cast<unsigned char>(*p++);
            switch (c) {
            case '\n':
                commitOpen(channel, st, timestamp);
                break;
            case '\r':
                st.cursor = 0;
                break;
            case '\b':
                if (st.cursor > 0) {
                    const QByteArray &text = open.text;
                    --st.cursor;
                    while (st.cursor > 0 && isContinuation(text[st.cursor]))
                        --st.cursor;
                }
                break;
            case '\t': {
                static const char tab = '\t';
                writeText(channel, st, timestamp, &tab, &tab + 1);
                break;
            }
            case 0x1b:
                st.escape = State::Esc;
                st.escapeLength = 0;
                break;
            default:
                break; // BEL, NUL, DEL and the other controls have no place in a log view
            }
            continue;
        }

        // Inside an escape sequence: one byte at a time (they are short and rare).
        const unsigned char c = static_cast<unsigned char>(*p);
        if (++st.escapeLength > MaxEscapeLength) {
            st.escape = State::Ground;
            continue; // reprocess this byte as text
        }
        switch (st.escape) {
        case State::Esc:
            if (c == '[') {
                st.escape = State::Csi;
                st.paramLength = 0;
                st.paramOverflow = st.csiPrivate = st.csiIntermediate = false;
            } else if (c == ']') {
                st.escape = State::Osc;
            } else if (c == 'P' || c == 'X' || c == '^' || c == '_') {
                st.escape = State::Str;
            } else if (c >= 0x20 && c <= 0x2f) {
                st.escape = State::EscIntermediate;
            } else if (c == 0x1b) {
                st.escapeLength = 0;
            } else if (c >= 0x30 && c <= 0x7e) {
                st.escape = State::Ground; // a two-byte escape (ESC 7, ESC =, …): nothing to show
            } else {
                st.escape = State::Ground; // malformed: let the ground state see this byte
                continue;
            }
            break;
        case State::EscIntermediate:
            if (c >= 0x20 && c <= 0x2f)
                break;
            st.escape = State::Ground;
            if (c >= 0x30 && c <= 0x7e)
                break;
            continue;
        case State::Csi:
            if (c >= 0x30 && c <= 0x3f) {
                if (st.paramLength == 0 && c >= 0x3c)
                    st.csiPrivate = true;
                if (st.paramLength < int(sizeof(st.params)))
                    st.params[st.paramLength++] = char(c);
                else
                    st.paramOverflow = true;
            } else if (c >= 0x20 && c <= 0x2f) {
                st.csiIntermediate = true;
            } else if (c >= 0x40 && c <= 0x7e) {
                st.escape = State::Ground;
                dispatchCsi(channel, st, timestamp, char(c));
            } else if (c == 0x1b) {
                st.escape = State::Esc;
                st.escapeLength = 0;
            } else {
                st.escape = State::Ground; // a newline or other control ends a broken sequence
                continue;
            }
            break;
        case State::Osc:
        case State::Str:
            if (c == 0x07) {
                st.escape = State::Ground;
            } else if (c == 0x1b) {
                st.escape = st.escape == State::Osc ? State::OscEsc : State::StrEsc;
            } else if (c == '\n') {
                st.escape = State::Ground;
                continue;
            }
            break;
        case State::OscEsc:
        case State::StrEsc:
            if (c == '\\') {
                st.escape = State::Ground;
            } else {
                st.escape = State::Esc;
                st.escapeLength = 0;
                continue;
            }
            break;
        case State::Ground:
            break;
        }
        ++p;
    }

    for (int i = 0; i < 2; ++i) {
        if (m_changed[i]) {
            m_changed[i] = false;
            m_sink.openLineChanged(i ? LogChannel::Stderr : LogChannel::Stdout);
        }
    }
}

void LineAssembler::writeText(LogChannel channel, State &st, qint64 timestamp, const char *begin, const char *end)
{
    LogOpenLine &line = m_sink.openLine(channel);
    m_changed[channelIndex(channel)] = true;
    while (begin < end) {
        activate(line, timestamp);
        if (st.cursor < line.text.size()) {
            const qsizetype n = countCodePoints(begin, end);
            const qsizetype to = advanceCodePoints(line.text, st.cursor, n);
            replaceRange(line, st.cursor, to, QByteArrayView(begin, end - begin), st.style);
            st.cursor += end - begin;
            return;
        }
        const LogStyle endStyle = line.runs.isEmpty() ? LogStyle() : line.runs.constLast().style;
        if (!(endStyle == st.style)) {
            if (!line.runs.isEmpty() && qsizetype(line.runs.constLast().start) == line.text.size())
                line.runs.last().style = st.style;
            else
                line.runs.append(LogStyleRun{quint32(line.text.size()), st.style});
        }
        qsizetype take = end - begin;
        const qsizetype room = MaxLineBytes - line.text.size();
        if (take > room)
            take = utf8Boundary(begin, room);
        line.text.append(begin, take);
        st.cursor = line.text.size();
        begin += take;
        if (line.text.size() >= MaxLineBytes)
            commitOpen(channel, st, timestamp);
    }
}

void LineAssembler::replaceRange(LogOpenLine &line, qsizetype from, qsizetype to, QByteArrayView bytes,
                                 const LogStyle &style)
{
    const bool tail = to < line.text.size();
    const LogStyle after = styleAt(line.runs, to);
    line.text.replace(from, to - from, bytes.data(), bytes.size());
    const qsizetype delta = bytes.size() - (to - from);
    QList<LogStyleRun> runs;
    runs.reserve(line.runs.size() + 2);
    for (const LogStyleRun &run : std::as_const(line.runs)) {
        if (qsizetype(run.start) < from)
            runs.append(run);
    }
    runs.append(LogStyleRun{quint32(from), style});
    if (tail)
        runs.append(LogStyleRun{quint32(from + bytes.size()), after});
    for (const LogStyleRun &run : std::as_const(line.runs)) {
        if (qsizetype(run.start) > to)
            runs.append(LogStyleRun{quint32(qsizetype(run.start) + delta), run.style});
    }
    normalizeRuns(runs, line.text.size());
    line.runs = std::move(runs);
}

void LineAssembler::commitOpen(LogChannel channel, State &st, qint64 timestamp)
{
    LogOpenLine &line = m_sink.openLine(channel);
    st.cursor = 0;
    if (!line.active) {
        m_sink.appendLine(channel, timestamp, QByteArrayView(), {});
        return;
    }
    normalizeRuns(line.runs, line.text.size());
    m_sink.appendLine(channel, line.timestamp, line.text,
                      std::span<const LogStyleRun>(line.runs.constData(), size_t(line.runs.size())));
    line.active = false;
    // A runaway line's buffer is given back; a normal one is kept for the next line.
    if (line.text.capacity() > 64 * 1024)
        line.text = QByteArray();
    else
        line.text.resize(0);
    line.runs.resize(0);
    m_changed[channelIndex(channel)] = true;
}

void LineAssembler::dispatchCsi(LogChannel channel, State &st, qint64 timestamp, char final)
{
    if (st.csiPrivate || st.csiIntermediate || st.paramOverflow)
        return;
    if (final == 'm') {
        applySgr(st);
        return;
    }
    // The first parameter, for the line-editing sequences.
    int n = -1;
    for (int i = 0; i < st.paramLength && st.params[i] >= '0' && st.params[i] <= '9'; ++i)
        n = qMin((n < 0 ? 0 : n) * 10 + (st.params[i] - '0'), 1000000);
    const LogOpenLine &line = m_sink.openLine(channel);
    const qsizetype column = countCodePoints(line.text.constData(), line.text.constData() + st.cursor);
    switch (final) {
    case 'K':
        eraseInLine(channel, st, n < 0 ? 0 : n);
        break;
    case 'G': // cursor to column n (1-based)
        moveCursorTo(channel, st, timestamp, qMax(1, n) - 1);
        break;
    case 'D':
        moveCursorTo(channel, st, timestamp, qMax<qsizetype>(0, column - qMax(1, n)));
        break;
    case 'C':
        moveCursorTo(channel, st, timestamp, column + qMax(1, n));
        break;
    default:
        break; // cursor up/down, scrolling regions, modes: meaningless in a log
    }
}

void LineAssembler::applySgr(State &st)
{
    struct Item
    {
        int value; // -1 when empty
        bool sub;  // came after ':' (a sub-parameter of the item before)
    };
    Item items[40];
    int count = 0;
    int value = -1;
    bool sub = false;
    for (int i = 0; i <= st.paramLength; ++i) {
        const char c = i < st.paramLength ? st.params[i] : ';';
        if (c >= '0' && c <= '9') {
            value = qMin((value < 0 ? 0 : value) * 10 + (c - '0'), 1000000);
        } else if (c == ';' || c == ':') {
            if (count < int(std::size(items)))
                items[count++] = Item{value, sub};
            value = -1;
            sub = c == ':';
        }
    }
    auto at = [&](int i) { return i < count && items[i].value > 0 ? items[i].value : 0; };

    LogStyle &s = st.style;
    int i = 0;
    while (i < count) {
        const int code = at(i);
        int next = i + 1;
        while (next < count && items[next].sub)
            ++next;
        const bool hasSub = next > i + 1;
        switch (code) {
        case 0:
            s = LogStyle();
            break;
        case 1:
            s.flags |= LogStyle::Bold;
            break;
        case 2:
            s.flags |= LogStyle::Dim;
            break;
        case 3:
            s.flags |= LogStyle::Italic;
            break;
        case 4:
            if (hasSub && at(i + 1) == 0)
                s.flags &= ~quint32(LogStyle::Underline);
            else
                s.flags |= LogStyle::Underline;
            break;
        case 7:
            s.flags |= LogStyle::Inverse;
            break;
        case 8:
            s.flags |= LogStyle::Hidden;
            break;
        case 9:
            s.flags |= LogStyle::Strike;
            break;
        case 21:
            s.flags |= LogStyle::Underline;
            break;
        case 22:
            s.flags &= ~quint32(LogStyle::Bold | LogStyle::Dim);
            break;
        case 23:
            s.flags &= ~quint32(LogStyle::Italic);
            break;
        case 24:
            s.flags &= ~quint32(LogStyle::Underline);
            break;
        case 27:
            s.flags &= ~quint32(LogStyle::Inverse);
            break;
        case 28:
            s.flags &= ~quint32(LogStyle::Hidden);
            break;
        case 29:
            s.flags &= ~quint32(LogStyle::Strike);
            break;
        case 39:
            s.fg = LogColor();
            break;
        case 49:
            s.bg = LogColor();
            break;
        case 38:
        case 48:
        case 58: {
            LogColor color;
            bool valid = false;
            if (hasSub) {
                // 38:5:n, 38:2:r:g:b or 38:2:colourspace:r:g:b
                const int mode = at(i + 1);
                const int subCount = next - i - 1;
                if (mode == 5 && subCount >= 2) {
                    color = LogColor::palette(at(i + 2));
                    valid = true;
                } else if (mode == 2 && subCount >= 4) {
                    const int first = subCount >= 5 ? i + 3 : i + 2;
                    color = LogColor::rgb(at(first), at(first + 1), at(first + 2));
                    valid = true;
                }
            } else {
                const int mode = at(i + 1);
                if (mode == 5 && i + 2 < count) {
                    color = LogColor::palette(at(i + 2));
                    valid = true;
                    next = i + 3;
                } else if (mode == 2 && i + 4 < count) {
                    color = LogColor::rgb(at(i + 2), at(i + 3), at(i + 4));
                    valid = true;
                    next = i + 5;
                } else {
                    next = count; // malformed: the rest cannot be trusted
                }
            }
            if (valid && code == 38)
                s.fg = color;
            else if (valid && code == 48)
                s.bg = color;
            break;
        }
        default:
            if (code >= 30 && code <= 37)
                s.fg = LogColor::palette(code - 30);
            else if (code >= 40 && code <= 47)
                s.bg = LogColor::palette(code - 40);
            else if (code >= 90 && code <= 97)
                s.fg = LogColor::palette(code - 90 + 8);
            else if (code >= 100 && code <= 107)
                s.bg = LogColor::palette(code - 100 + 8);
            break; // blink, fonts, frames: ignored
        }
        i = next;
    }
}

void LineAssembler::eraseInLine(LogChannel channel, State &st, int mode)
{
    LogOpenLine &line = m_sink.openLine(channel);
    if (!line.active)
        return;
    m_changed[channelIndex(channel)] = true;
    const char *d = line.text.constData();
    if (mode == 0) {
        line.text.truncate(st.cursor);
        normalizeRuns(line.runs, line.text.size());
    } else if (mode == 1) {
        const qsizetype column = countCodePoints(d, d + st.cursor);
        const qsizetype to = advanceCodePoints(line.text, st.cursor, 1);
        const qsizetype blanks = countCodePoints(line.text.constData(), line.text.constData() + to);
        replaceRange(line, 0, to, QByteArray(blanks, ' '), LogStyle());
        st.cursor = column;
    } else if (mode == 2) {
        const qsizetype column = countCodePoints(d, d + st.cursor);
        line.text = QByteArray(column, ' ');
        line.runs.clear();
        st.cursor = column;
    }
}

void LineAssembler::moveCursorTo(LogChannel channel, State &st, qint64 timestamp, qsizetype codePoint)
{
    LogOpenLine &line = m_sink.openLine(channel);
    if (!line.active && codePoint == 0) {
        st.cursor = 0;
        return;
    }
    codePoint = qMin<qsizetype>(codePoint, 4096); // a column beyond any screen
    activate(line, timestamp);
    m_changed[channelIndex(channel)] = true;
    qsizetype moved = 0;
    const qsizetype pos = advanceCodePoints(line.text, 0, codePoint, &moved);
    if (moved < codePoint) {
        // Moving past the end leaves blank cells in the default style.
        const LogStyle endStyle = line.runs.isEmpty() ? LogStyle() : line.runs.constLast().style;
        if (!endStyle.isDefault())
            line.runs.append(LogStyleRun{quint32(line.text.size()), LogStyle()});
        line.text.append(QByteArray(codePoint - moved, ' '));
        st.cursor = line.text.size();
    } else {
        st.cursor = pos;
    }
}

} // namespace berth::core
