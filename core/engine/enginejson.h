// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

// How the engine writes the fields every typed result reads, in one place.
namespace berth::core::EngineJson {

// A time as the engine sends it: seconds since the epoch (list endpoints) or RFC 3339 with nanoseconds (inspect).
// 0, "" and Go's zero time 0001-01-01… mean "not set" and read as an invalid QDateTime.
inline QDateTime time(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() > 0 ? QDateTime::fromSecsSinceEpoch(qint64(v.toDouble())) : QDateTime();
    const QString s = v.toString();
    if (s.isEmpty() || s.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

// Labels and other string-to-string objects; a missing or non-object value is an empty map.
inline QMap<QString, QString> stringMap(const QJsonValue &v)
{
    QMap<QString, QString> map;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace berth::core::EngineJson
