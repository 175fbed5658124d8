// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// Which runs to list, newest first. Empty fields do not filter.
struct RunQuery
{
    // An outcome name (running, exited, killed, oom-killed, removed, engine-lost, unknown, failed-to-start) or
    // "failed" (ended any way but exit code 0) or "succeeded" (exit code 0).
    QString status;
    QString server;
    QString image;            // part of the image reference
    QString text;             // part of the name, image, docker run line, container id or owner
    int limit = 0;            // 0: all
    qint64 beforeId = 0;      // > 0: only runs older than this one (the next page after a run with this id)
    bool withDetails = false; // also the spec and the log tail (large); lists leave them out

    static bool isValidStatus(const QString &status);
};

} // namespace berth::core
