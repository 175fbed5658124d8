// SPDX-License-Identifier: Apache-2.0
#include "logtimestamp.h"

#include <cstring>

namespace berth::core {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

inline bool digits(const char *p, int count, int *value)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned d = unsigned(p[i] - '0');
        if (d > 9)
            return false;
        v = v * 10 + int(d);
    }
    *value = v;
    return true;
}

} // namespace

bool LogTimestamp::parse(QByteArrayView text, qint64 *nanos)
{
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 20)
        return false;
    // Consecutive log lines mostly share their second: remember the last date-time and only read the fraction.
    thread_local char cachedPrefix[19] = {};
    thread_local qint64 cachedSeconds = 0;
    thread_local bool cached = false;
    qint64 wholeSeconds;
    if (cached && std::memcmp(p, cachedPrefix, 19) == 0) {
        wholeSeconds = cachedSeconds;
    } else {
        if (p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't') || p[13] != ':' || p[16] != ':')
            return false;
        int year, month, day, hour, minute, second;
        if (!digits(p, 4, &year) || !digits(p + 5, 2, &month) || !digits(p + 8, 2, &day) || !digits(p + 11, 2, &hour) ||
            !digits(p + 14, 2, &minute) || !digits(p + 17, 2, &second))
            return false;
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
            return false;
        wholeSeconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
        std::memcpy(cachedPrefix, p, 19);
        cachedSeconds = wholeSeconds;
        cached = true;
    }
    qsizetype i = 19;
    qint64 fraction = 0;
    if (i < n && p[i] == '.') {
        ++i;
        int count = 0;
        while (i < n && unsigned(p[i] - '0') <= 9) {
            if (count < 9) {
                fraction = fraction * 10 + (p[i] - '0');
                ++count;
            }
            ++i;
        }
        if (count == 0)
            return false;
        for (; count < 9; ++count)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (i < n && (p[i] == 'Z' || p[i] == 'z')) {
        ++i;
    } else if (i + 6 <= n && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        int oh, om;
        if (!digits(p + i + 1, 2, &oh) || !digits(p + i + 4, 2, &om))
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (p[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != n)
        return false;
    const qint64 seconds = wholeSeconds - offsetSeconds;
    *nanos = seconds * 1000000000 + fraction;
    return true;
}

QString LogTimestamp::toParameter(qint64 nanos)
{
    const qint64 seconds = nanos >= 0 ? nanos / 1000000000 : -((-nanos + 999999999) / 1000000000);
    const qint64 fraction = nanos - seconds * 1000000000;
    return QString::number(seconds) + QLatin1Char('.') + QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0'));
}

QDateTime LogTimestamp::toDateTime(qint64 nanos)
{
    return QDateTime::fromMSecsSinceEpoch(nanos / 1000000);
}

qint64 LogTimestamp::fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * 1000000;
}

} // namespace berth::core
