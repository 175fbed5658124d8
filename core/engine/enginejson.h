// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models.h"

#include <QDateTime>
#include <QJsonArray>
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

// Mounts, in the list and inspect documents alike.
inline QList<MountPoint> mounts(const QJsonValue &v)
{
    QList<MountPoint> list;
    for (const QJsonValue &m : v.toArray()) {
        const QJsonObject o = m.toObject();
        MountPoint p;
        p.type = o.value(QLatin1String("Type")).toString();
        p.name = o.value(QLatin1String("Name")).toString();
        p.source = o.value(QLatin1String("Source")).toString();
        p.destination = o.value(QLatin1String("Destination")).toString();
        p.mode = o.value(QLatin1String("Mode")).toString();
        p.readWrite = o.value(QLatin1String("RW")).toBool(true);
        list.append(p);
    }
    return list;
}

// The list document's Ports: [{IP, PrivatePort, PublicPort, Type}].
inline QList<PortBinding> listPorts(const QJsonValue &v)
{
    QList<PortBinding> list;
    for (const QJsonValue &p : v.toArray()) {
        const QJsonObject o = p.toObject();
        PortBinding b;
        b.hostIp = o.value(QLatin1String("IP")).toString();
        b.hostPort = o.value(QLatin1String("PublicPort")).toInt();
        b.containerPort = o.value(QLatin1String("PrivatePort")).toInt();
        b.protocol = o.value(QLatin1String("Type")).toString(QStringLiteral("tcp"));
        list.append(b);
    }
    return list;
}

// The inspect document's NetworkSettings.Ports: {"8888/tcp": [{HostIp, HostPort}] or null}.
inline QList<PortBinding> inspectPorts(const QJsonValue &v)
{
    QList<PortBinding> list;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        PortBinding exposed;
        exposed.containerPort = it.key().left(slash).toInt();
        exposed.protocol = slash < 0 ? QStringLiteral("tcp") : it.key().mid(slash + 1);
        const QJsonArray bindings = it.value().toArray();
        if (bindings.isEmpty())
            list.append(exposed);
        for (const QJsonValue &bv : bindings) {
            const QJsonObject bo = bv.toObject();
            PortBinding b = exposed;
            b.hostIp = bo.value(QLatin1String("HostIp")).toString();
            b.hostPort = bo.value(QLatin1String("HostPort")).toString().toInt();
            list.append(b);
        }
    }
    return list;
}

} // namespace berth::core::EngineJson
