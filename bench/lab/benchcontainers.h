// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The lab benchmarks' containers: count never-started busybox containers labelled berth.bench=label, made all at once
// (their ids appended to ids), and removed again at the end.
inline void makeContainers(berth::core::EngineClient &client, int count, const QString &label, QStringList *ids)
{
    int pending = count;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        const QJsonObject body{{QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
                               {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}},
                               {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.bench"), label}}}};
        client.createContainer({}, body, &loop, [&](const berth::core::Result<berth::core::CreatedContainer> &r) {
            if (r.ok())
                ids->append(r->id);
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
}

inline void removeContainers(berth::core::EngineClient &client, const QStringList &ids)
{
    int pending = int(ids.size());
    QEventLoop loop;
    for (const QString &id : ids)
        client.removeContainer(id, true, false, &loop, [&](const berth::core::Result<berth::core::Done> &) {
            if (--pending == 0)
                loop.quit();
        });
    if (pending > 0)
        loop.exec();
}
