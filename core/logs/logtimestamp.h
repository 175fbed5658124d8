// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace berth::core {

// The engine's log timestamps (RFC 3339 with nanoseconds, "2024-05-01T12:00:00.123456789Z") as nanoseconds since
// the Unix epoch, which is what Berth keeps per line and what it sends back as since=/until=.
class LogTimestamp final
{
public:
    LogTimestamp() = delete;

    // Any RFC 3339 date-time: fraction of 0 to 9 digits, "Z" or a "+hh:mm" offset. False when text is not one.
    static bool parse(QByteArrayView text, qint64 *nanos);
    // "1700000000.123456789": the form since= and until= take, exact to the nanosecond.
    static QString toParameter(qint64 nanos);
    static QDateTime toDateTime(qint64 nanos); // local time, millisecond precision
    static qint64 fromDateTime(const QDateTime &dateTime);
};

} // namespace berth::core
