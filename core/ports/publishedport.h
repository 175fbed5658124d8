// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"

#include <QList>
#include <QString>

namespace berth::core {

// A container port published on the engine's host (docker run -p), from the container list's "Ports".
struct PublishedPort
{
    QString hostIp;   // as the engine says: 0.0.0.0, ::, 127.0.0.1, …
    int hostPort = 0; // on the engine's host
    int containerPort = 0;
    QString protocol; // tcp, udp, sctp

    bool operator==(const PublishedPort &other) const = default;

    // The address to connect to on the engine's host: a wildcard binding is reached through loopback there.
    QString connectHost() const;

    // Published ports only (exposed-but-unpublished ones have no host port), one entry per host port even when
    // the engine lists the IPv4 and IPv6 bindings apart, sorted by container port.
    static QList<PublishedPort> fromSummary(const ContainerSummary &container);
};

} // namespace berth::core
