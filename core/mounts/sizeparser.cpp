// SPDX-License-Identifier: Apache-2.0
#include "sizeparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace berth::core {

namespace {
qint64 unitMultiplier(QChar unit)
{
    switch (unit.toLower().unicode()) {
    case 'k':
        return Q_INT64_C(1) << 10;
    case 'm':
        return Q_INT64_C(1) << 20;
    case 'g':
        return Q_INT64_C(1) << 30;
    case 't':
        return Q_INT64_C(1) << 40;
    case 'p':
        return Q_INT64_C(1) << 50;
    default:
        return 0;
    }
}

bool isNumberChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
}
} // namespace

std::optional<qint64> SizeParser::parse(const QString &text)
{
    // Same split as go-units: the number ends at the last digit, dot or space; the rest is the suffix.
    qsizetype sep = -1;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (isNumberChar(text.at(i)) || text.at(i) == QLatin1Char(' ')) {
            sep = i;
            break;
        }
    }
    if (sep < 0)
        return std::nullopt;
    QString number;
    QString suffix;
    if (text.at(sep) != QLatin1Char(' ')) {
        number = text.left(sep + 1);
        suffix = text.mid(sep + 1);
    } else {
        number = text.left(sep);
        suffix = text.mid(sep + 1);
    }
    if (number.isEmpty())
        return std::nullopt;
    // strconv.ParseFloat: decimal digits with an optional fraction and exponent (1e9, 1.5E3).
    static const QRegularExpression decimal(QStringLiteral("^[+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$"));
    if (!decimal.match(number).hasMatch())
        return std::nullopt;
    bool ok = false;
    double size = number.toDouble(&ok);
    if (!ok || size < 0 || !std::isfinite(size))
        return std::nullopt;

    suffix = suffix.toLower();
    if (suffix.size() > 3)
        return std::nullopt;
    if (!suffix.isEmpty()) {
        if (suffix.at(0) == QLatin1Char('b')) {
            if (suffix.size() > 1)
                return std::nullopt;
        } else {
            qint64 mul = unitMultiplier(suffix.at(0));
            if (mul == 0)
                return std::nullopt;
            if (suffix.size() == 2 && suffix.at(1) != QLatin1Char('b'))
                return std::nullopt;
            if (suffix.size() == 3 && suffix.mid(1) != QLatin1String("ib"))
                return std::nullopt;
            size *= double(mul);
        }
    }
    if (size >= double(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(size);
}

QString SizeParser::toDockerString(qint64 bytes)
{
    static const struct
    {
        int shift;
        char unit;
    } units[] = {{50, 'p'}, {40, 't'}, {30, 'g'}, {20, 'm'}, {10, 'k'}};
    if (bytes > 0) {
        for (const auto &u : units) {
            qint64 mul = Q_INT64_C(1) << u.shift;
            if (bytes % mul == 0)
                return QString::number(bytes / mul) + QLatin1Char(u.unit);
        }
    }
    return QString::number(bytes);
}

bool SizeParser::isValidTmpfsOptionSize(const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype digits = 0;
    while (digits < text.size() && text.at(digits).isDigit() && text.at(digits).unicode() < 128)
        ++digits;
    if (digits == 0)
        return false;
    QStringView rest = QStringView(text).mid(digits);
    if (rest.isEmpty())
        return true;
    if (rest.size() != 1)
        return false;
    return QStringLiteral("kKmMgGtTpPeE%").contains(rest.at(0));
}

QString SizeParser::tmpfsOptionSize(const QString &options)
{
    const QStringList parts = options.split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1String("size=")))
            return part.mid(5);
    }
    return {};
}

QString SizeParser::withTmpfsOptionSize(const QString &options, const QString &size)
{
    QStringList parts = options.isEmpty() ? QStringList() : options.split(QLatin1Char(','));
    bool replaced = false;
    for (qsizetype i = 0; i < parts.size();) {
        if (parts.at(i).startsWith(QLatin1String("size="))) {
            if (size.isEmpty() || replaced) {
                parts.removeAt(i);
                continue;
            }
            parts[i] = QStringLiteral("size=") + size;
            replaced = true;
        }
        ++i;
    }
    if (!replaced && !size.isEmpty())
        parts.append(QStringLiteral("size=") + size);
    return parts.join(QLatin1Char(','));
}

} // namespace berth::core
