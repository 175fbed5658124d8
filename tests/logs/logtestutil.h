// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/logstore.h"

#include <QString>

// Renders a store as text for comparisons: one line per line, "E:" before stderr lines, "N:" before notices, "~"
// before lines still open, "[style]" where a style run starts ("f1" palette fg, "f#rrggbb" rgb fg, "b…" bg,
// B D I U V S H flags, "[]" back to default), and runs of one character longer than 8 as "c{count}".
namespace berth::test {

inline QString describeStyle(const core::LogStyle &s)
{
    QStringList parts;
    auto color = [](QChar prefix, core::LogColor c) -> QString {
        if (c.kind() == core::LogColor::Palette)
            return QString(prefix) + QString::number(c.index());
        return QString(prefix) + QLatin1Char('#') + QStringLiteral("%1").arg(c.rgbValue(), 6, 16, QLatin1Char('0'));
    };
    if (!s.fg.isDefault())
        parts << color(QLatin1Char('f'), s.fg);
    if (!s.bg.isDefault())
        parts << color(QLatin1Char('b'), s.bg);
    QString flags;
    const char *letters = "BDIUVSH";
    for (int i = 0; i < 7; ++i) {
        if (s.flags & (1u << i))
            flags += QLatin1Char(letters[i]);
    }
    if (!flags.isEmpty())
        parts << flags;
    return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
}

inline QString compressRuns(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i + 1;
        while (j < text.size() && text[j] == text[i])
            ++j;
        if (j - i > 8)
            out += text[i] + QLatin1Char('{') + QString::number(j - i) + QLatin1Char('}');
        else
            out += text.mid(i, j - i);
        i = j;
    }
    return out;
}

inline QString renderLine(const core::LogLine &line)
{
    QString out;
    if (line.open)
        out += QLatin1Char('~');
    if (line.channel == core::LogChannel::Stderr)
        out += QStringLiteral("E:");
    else if (line.channel == core::LogChannel::Notice)
        out += QStringLiteral("N:");
    qsizetype at = 0;
    for (const core::LogStyleRun &run : line.runs) {
        out += compressRuns(QString::fromUtf8(line.text.sliced(at, qsizetype(run.start) - at)));
        out += describeStyle(run.style);
        at = run.start;
    }
    out += compressRuns(QString::fromUtf8(line.text.sliced(at)));
    return out;
}

inline QString render(const core::LogStore &store)
{
    QString out;
    for (qsizetype i = 0; i < store.size(); ++i)
        out += renderLine(store.line(i)) + QLatin1Char('\n');
    return out;
}

} // namespace berth::test
