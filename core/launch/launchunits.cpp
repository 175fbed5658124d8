#include "launchunits.h"

namespace berth::core {

std::optional<qint64> LaunchUnits::parseBytes(const QString &text)
{
    // Mirrors go-units parseSize: the number ends at the last digit, dot or space; an optional space separates it
    // from a suffix of b, or k/m/g/t/p optionally followed by b or ib.
    qsizetype sep = -1;
    for (qsizetype k = text.size() - 1; k >= 0; --k) {
        const QChar c = text.at(k);
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(' ')) {
            sep = k;
            break;
        }
    }
    if (sep < 0)
        return std::nullopt;
    const QString number = text.at(sep) == QLatin1Char(' ') ? text.left(sep) : text.left(sep + 1);
    const QString suffix = text.mid(sep + 1).toLower();
    if (number.isEmpty())
        return std::nullopt;
    for (QChar c : number) {
        if (!c.isDigit() && c != QLatin1Char('.'))
            return std::nullopt;
    }
    bool ok = false;
    double size = number.toDouble(&ok);
    if (!ok || size < 0)
        return std::nullopt;
    if (suffix.isEmpty())
        return qint64(size);
    if (suffix.size() > 3)
        return std::nullopt;
    if (suffix.at(0) == QLatin1Char('b'))
        return suffix.size() == 1 ? std::optional<qint64>(qint64(size)) : std::nullopt;
    static const QString units = QStringLiteral("kmgtp");
    const qsizetype power = units.indexOf(suffix.at(0));
    if (power < 0)
        return std::nullopt;
    if (suffix.size() == 2 && suffix.at(1) != QLatin1Char('b'))
        return std::nullopt;
    if (suffix.size() == 3 && suffix.mid(1) != QLatin1String("ib"))
        return std::nullopt;
    for (qsizetype k = 0; k <= power; ++k)
        size *= 1024.0;
    if (size >= 9.2e18)
        return std::nullopt;
    return qint64(size);
}

QString LaunchUnits::formatBytes(qint64 bytes)
{
    static const char suffixes[] = {'k', 'm', 'g', 't', 'p'};
    if (bytes <= 0)
        return QString::number(bytes);
    int power = -1;
    qint64 value = bytes;
    while (power < 4 && value % 1024 == 0) {
        value /= 1024;
        ++power;
    }
    if (power < 0)
        return QString::number(bytes);
    return QString::number(value) + QLatin1Char(suffixes[power]);
}

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
