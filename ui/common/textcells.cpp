// SPDX-License-Identifier: Apache-2.0
#include "textcells.h"

#include <QChar>

#include <algorithm>

namespace berth::ui {

TextCells::Decoded TextCells::decodeUtf8(const char *p, const char *end)
{
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80)
        return {c, 1};
    int length;
    char32_t cp;
    if ((c & 0xe0) == 0xc0) {
        length = 2;
        cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        length = 3;
        cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        length = 4;
        cp = c & 0x07;
    } else {
        return {0xfffd, 1};
    }
    if (end - p < length)
        return {0xfffd, 1};
    for (int i = 1; i < length; ++i) {
        const unsigned char cc = static_cast<unsigned char>(p[i]);
        if ((cc & 0xc0) != 0x80)
            return {0xfffd, 1};
        cp = (cp << 6) | (cc & 0x3f);
    }
    if ((length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return {0xfffd, 1};
    return {cp, length};
}

bool TextCells::isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
           (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
           (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
           (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
           (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

int TextCells::width(char32_t cp)
{
    if (cp < 0x300)
        return 1;
    const QChar::Category category = QChar::category(cp);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
        return 0;
    return isWide(cp) ? 2 : 1;
}

QRgb TextCells::xterm256(int index)
{
    index = std::clamp(index, 16, 255);
    if (index < 232) {
        static const int levels[6] = {0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff};
        index -= 16;
        return qRgb(levels[index / 36], levels[(index / 6) % 6], levels[index % 6]);
    }
    const int grey = 8 + 10 * (index - 232);
    return qRgb(grey, grey, grey);
}

} // namespace berth::ui
