// SPDX-License-Identifier: Apache-2.0
#include "authchallenge.h"

namespace berth::core {

AuthChallenge AuthChallenge::parse(const QByteArray &header)
{
    AuthChallenge c;
    const QString text = QString::fromLatin1(header).trimmed();
    qsizetype i = 0;
    while (i < text.size() && !text[i].isSpace())
        ++i;
    c.scheme = text.left(i).toLower();
    // key=value or key="quoted, with commas", separated by commas
    while (i < text.size()) {
        while (i < text.size() && (text[i].isSpace() || text[i] == QLatin1Char(',')))
            ++i;
        const qsizetype keyStart = i;
        while (i < text.size() && text[i] != QLatin1Char('=') && text[i] != QLatin1Char(','))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= text.size() || text[i] != QLatin1Char('=')) {
            continue;
        }
        ++i;
        QString value;
        if (i < text.size() && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < text.size() && text[i] != QLatin1Char('"')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < text.size() && text[i] != QLatin1Char(','))
                ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            c.params.insert(key, value);
    }
    return c;
}

} // namespace berth::core
