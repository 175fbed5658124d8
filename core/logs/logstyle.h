// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace berth::core {

// Where a log line came from. Notice lines are Berth's own (restart, reconnect), never container output.
enum class LogChannel : quint8 { Stdout = 0, Stderr = 1, Notice = 2 };

// A colour as the SGR sequences name it, packed in 32 bits so a style run stays small:
// the top byte is the kind, the rest the palette index or 0xRRGGBB. The ui maps palette indexes to its own colours.
struct LogColor
{
    enum Kind : quint32 { Default = 0, Palette = 1, Rgb = 2 };
    quint32 value = 0;

    static constexpr LogColor palette(int index) { return LogColor{(quint32(Palette) << 24) | quint32(index & 0xff)}; }
    static constexpr LogColor rgb(int r, int g, int b)
    {
        return LogColor{(quint32(Rgb) << 24) | (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) |
                        quint32(b & 0xff)};
    }
    constexpr Kind kind() const { return Kind(value >> 24); }
    constexpr int index() const { return int(value & 0xff); }
    constexpr quint32 rgbValue() const { return value & 0xffffff; }
    constexpr bool isDefault() const { return value == 0; }
    friend constexpr bool operator==(LogColor a, LogColor b) { return a.value == b.value; }
};

// The SGR attributes Berth renders. Blink and the rarer ones are parsed and ignored.
struct LogStyle
{
    enum Flag : quint32 {
        Bold = 1,
        Dim = 2,
        Italic = 4,
        Underline = 8,
        Inverse = 16,
        Strike = 32,
        Hidden = 64,
    };
    LogColor fg;
    LogColor bg;
    quint32 flags = 0;

    constexpr bool isDefault() const { return fg.isDefault() && bg.isDefault() && flags == 0; }
    friend constexpr bool operator==(const LogStyle &a, const LogStyle &b)
    {
        return a.fg == b.fg && a.bg == b.bg && a.flags == b.flags;
    }
};

// From byte offset `start` of a line's UTF-8 text up to the next run's start, the text has `style`.
// A line without runs is in the default style; the first run may start after 0 (default style before it).
struct LogStyleRun
{
    quint32 start = 0;
    LogStyle style;
    friend constexpr bool operator==(const LogStyleRun &a, const LogStyleRun &b)
    {
        return a.start == b.start && a.style == b.style;
    }
};

static_assert(sizeof(LogStyleRun) == 16, "style runs are stored packed in the log store's chunks");

} // namespace berth::core
