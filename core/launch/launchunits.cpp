// SPDX-License-Identifier: Apache-2.0
#include "launchunits.h"

namespace berth::core {

std::optional<qint64> LaunchUnits::parseNanoCpus(const QString &text)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.at(0) == QLatin1Char('-');
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (QChar c : QString(whole + fraction)) {
        if (!c.isDigit())
            return std::nullopt;
    }
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > 9)
        return std::nullopt; // the CLI says "value is too precise"
    if (whole.size() > 9)
        return std::nullopt;
    const qint64 nano = (whole.isEmpty() ? 0 : whole.toLongLong()) * 1000000000LL +
                        (fraction.isEmpty() ? 0 : fraction.leftJustified(9, QLatin1Char('0')).toLongLong());
    return negative ? -nano : nano;
}

QString LaunchUnits::formatNanoCpus(qint64 nanoCpus)
{
    const bool negative = nanoCpus < 0;
    const qint64 abs = negative ? -nanoCpus : nanoCpus;
    QString text = QString::number(abs / 1000000000LL);
    QString fraction = QStringLiteral("%1").arg(abs % 1000000000LL, 9, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace berth::core
