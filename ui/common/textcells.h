// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRgb>

namespace berth::ui {

// The character-cell rules the log view and the terminal share: UTF-8 decoding, how many cells a character takes,
// and the xterm colours 16-255 that programs pick by number.
struct TextCells
{
    struct Decoded
    {
        char32_t cp;
        int length; // bytes used; a broken sequence gives U+FFFD for one byte
    };
    // The character at p (p < end). Overlong forms, surrogates and truncated sequences decode as U+FFFD.
    static Decoded decodeUtf8(const char *p, const char *end);

    // 0 for combining marks and format characters, 2 for East Asian wide characters and emoji, else 1.
    static int width(char32_t cp);
    static bool isWide(char32_t cp);

    // xterm's 256-colour palette from 16 up: the 6x6x6 cube, then 24 greys. The first 16 are each view's own.
    static QRgb xterm256(int index);
};

} // namespace berth::ui
