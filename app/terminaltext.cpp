// SPDX-License-Identifier: Apache-2.0
#include "terminaltext.h"

namespace berth::app {

namespace {
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString TerminalText::escape(const QString &text, bool keepNewlines)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!needsEscape(c) || (keepNewlines && c == '\n')) {
            out += text[i];
            continue;
        }
        switch (c) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c > 0xff ? QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'))
                            : QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace berth::app
