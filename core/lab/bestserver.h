// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "serverstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace berth::core {

// "Best server" for a launch: among reachable servers with enough free GPUs for the request, the one with the most
// free GPU memory on the GPUs it would get; a server that already has the image wins a tie. Says why, in words.
class BestServer final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::BestServer)
public:
    struct Choice
    {
        QString name;    // empty: none fits
        QString reason;  // translated: why this one, or why none
        QList<int> gpus; // the free GPUs it would give, most free memory first
        bool hasImage = false;
        bool ok() const { return !name.isEmpty(); }
    };

    // gpusWanted 0: any reachable server (the least busy by running containers). withImage: servers known to have
    // the image already (the others will pull it).
    static Choice choose(const QList<ServerStatus> &servers, int gpusWanted, const QSet<QString> &withImage = {});
};

} // namespace berth::core
