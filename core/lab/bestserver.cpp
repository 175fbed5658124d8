// SPDX-License-Identifier: Apache-2.0
#include "bestserver.h"

namespace berth::core {

BestServer::Choice BestServer::choose(const QList<ServerStatus> &servers, int gpusWanted,
                                      const QSet<QString> &withImage)
{
    Choice best;
    qint64 bestMemory = -1;
    int bestRunning = 0;
    int reachable = 0;
    QStringList tooFew;
    for (const ServerStatus &s : servers) {
        if (!s.reachable)
            continue;
        ++reachable;
        const bool hasImage = withImage.contains(s.name);
        if (gpusWanted <= 0) {
            const int running = qMax(s.running, 0);
            if (best.name.isEmpty() || running < bestRunning ||
                (running == bestRunning && hasImage && !best.hasImage)) {
                best.name = s.name;
                best.hasImage = hasImage;
                bestRunning = running;
            }
            continue;
        }
        const QList<int> free = s.freeGpuIndexes();
        if (free.size() < gpusWanted) {
            tooFew << tr("%1 has %2 free").arg(s.name).arg(free.size());
            continue;
        }
        const QList<int> gets = free.mid(0, gpusWanted);
        const qint64 memory = s.freeMemoryMiB(gets);
        if (memory > bestMemory || (memory == bestMemory && hasImage && !best.hasImage)) {
            best.name = s.name;
            best.gpus = gets;
            best.hasImage = hasImage;
            bestMemory = memory;
        }
    }
    const QString image = best.hasImage ? tr("it already has the image") : tr("the image will be pulled there");
    if (best.ok() && gpusWanted <= 0) {
        best.reason =
            tr("%1: reachable with the fewest running containers (%2); %3.").arg(best.name).arg(bestRunning).arg(image);
    } else if (best.ok()) {
        QStringList ids;
        for (int i : best.gpus)
            ids << QString::number(i);
        best.reason = tr("%1: %n free GPU(s) with the most free memory (%2 GiB on GPU %3); %4.", nullptr, gpusWanted)
                          .arg(best.name)
                          .arg(double(bestMemory) / 1024.0, 0, 'f', 1)
                          .arg(ids.join(QStringLiteral(", ")), image);
    } else if (reachable == 0) {
        best.reason = tr("No server answers.");
    } else {
        best.reason =
            tr("No server has %n free GPU(s): %1.", nullptr, gpusWanted).arg(tooFew.join(QStringLiteral("; ")));
    }
    return best;
}

} // namespace berth::core
