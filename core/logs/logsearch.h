// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "async/stopflag.h"
#include "logsearchquery.h"
#include "logstore.h"

#include <QFuture>
#include <QList>

#include <memory>

namespace berth::core {

class LogMatcher;

// Finds the lines that match a query. Whole-store searches run on a snapshot in QtConcurrent, in blocks across the
// cores, and come back as the ids of the matching lines in order; small batches (newly arrived lines) are matched
// where they are. A raised stop flag makes the remaining blocks end at once (the result is then incomplete and is
// for the caller to drop).
class LogSearch final
{
public:
    LogSearch() = delete;

    static QFuture<QList<qint64>> findLines(std::shared_ptr<const LogStore::Snapshot> snapshot,
                                            const LogSearchQuery &query, StopFlag stop = {});
    // Committed lines [from, to) of the store (indexes).
    static QList<qint64> findLines(const LogStore &store, const LogMatcher &matcher, qsizetype from, qsizetype to);
};

} // namespace berth::core
