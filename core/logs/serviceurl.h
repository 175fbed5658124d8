// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace berth::core {

// A web UI a training container announces in its output: Jupyter's token URL or TensorBoard's address. The host
// in the line is the container's view of itself (its id, 0.0.0.0, localhost); reachable() puts the published
// host port in its place.
struct ServiceUrl
{
    enum class Kind { Jupyter, TensorBoard };
    Kind kind = Kind::Jupyter;
    QUrl url;              // as printed
    int containerPort = 0; // the port inside the container

    // The first such URL in one line of output, if any. Cheap for lines without "http".
    static std::optional<ServiceUrl> find(QStringView line);
    // The URL through the container's published port (inspect's NetworkSettings.Ports), on host (127.0.0.1 for
    // a local engine). Host networking keeps the port. Empty when the port is not published.
    QUrl reachable(const ContainerDetails &container, const QString &host) const;
    QUrl reachable(const QJsonObject &inspect, const QString &host) const
    {
        return reachable(ContainerDetails::fromJson(inspect), host);
    }
};

} // namespace berth::core
