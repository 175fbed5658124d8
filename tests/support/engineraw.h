// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineclient.h"
#include "engine/models.h"

#include <QJsonObject>

namespace berth::core {

// What Berth itself never reads: the whole inspect document (the oracle compares it with what `docker create`
// made) and the bare transport (the engine bench times it against the typed calls).
class EngineRawAccess
{
public:
    static QJsonObject document(const ContainerDetails &details) { return details.m_raw; }
    static void call(EngineClient &client, const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QByteArray &body, QObject *context, EngineClient::Callback<QByteArray> done)
    {
        client.call(method, path, query, body, context, std::move(done));
    }
};

} // namespace berth::core
