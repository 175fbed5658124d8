// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>

namespace berth::ui {

// One character cell of the terminal, screen or scrollback, with its colours already resolved to RGB.
// Compact on purpose: scrollback keeps thousands of lines of these.
struct TerminalCell
{
    enum Flag : quint16 {
        Bold = 1 << 0,
        Italic = 1 << 1,
        Blink = 1 << 2,
        Reverse = 1 << 3,
        Strike = 1 << 4,
        DefaultFg = 1 << 5, // no SGR colour was set: the terminal's default foreground
        DefaultBg = 1 << 6,
        Wide = 1 << 7,     // the left half of a double-width character
        WideTail = 1 << 8, // the right half: draws nothing of its own
    };

    char32_t ch = 0;        // 0: blank
    char32_t combining = 0; // one combining mark kept (e.g. an accent); more are dropped
    QRgb fg = 0;
    QRgb bg = 0;
    quint16 flags = DefaultFg | DefaultBg;
    quint8 underline = 0; // 0 none, 1 single, 2 double, 3 curly

    bool has(Flag flag) const { return (flags & flag) != 0; }
    int width() const { return has(Wide) ? 2 : (has(WideTail) ? 0 : 1); }
    QString text() const
    {
        if (ch == 0 || has(WideTail))
            return {};
        QString s = QString::fromUcs4(&ch, 1);
        if (combining)
            s += QString::fromUcs4(&combining, 1);
        return s;
    }
    QColor foreground() const { return QColor::fromRgb(fg); }
    QColor background() const { return QColor::fromRgb(bg); }
};

} // namespace berth::ui
