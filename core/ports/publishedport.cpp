// SPDX-License-Identifier: Apache-2.0
#include "publishedport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace berth::core {

QString PublishedPort::connectHost() const
{
    if (hostIp.isEmpty() || hostIp == QLatin1String("0.0.0.0") || hostIp == QLatin1String("::"))
        return QStringLiteral("127.0.0.1");
    return hostIp;
}

QList<PublishedPort> PublishedPort::fromSummary(const ContainerSummary &container)
{
    QList<PublishedPort> ports;
    for (const PortBinding &b : container.ports) {
        PublishedPort p;
        p.hostPort = b.hostPort;
        p.containerPort = b.containerPort;
        p.hostIp = b.hostIp;
        p.protocol = b.protocol;
        if (p.hostPort <= 0 || p.hostPort > 65535 || p.containerPort <= 0)
            continue;
        const bool duplicate = std::any_of(ports.begin(), ports.end(), [&p](const PublishedPort &q) {
            return q.hostPort == p.hostPort && q.protocol == p.protocol && q.containerPort == p.containerPort;
        });
        if (duplicate) {
            // Prefer the IPv4 entry: loopback is then 127.0.0.1 either way, and a specific address wins.
            continue;
        }
        ports.append(p);
    }
    std::stable_sort(ports.begin(), ports.end(), [](const PublishedPort &a, const PublishedPort &b) {
        return a.containerPort != b.containerPort ? a.containerPort < b.containerPort : a.hostPort < b.hostPort;
    });
    return ports;
}

} // namespace berth::core
