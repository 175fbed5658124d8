// SPDX-License-Identifier: Apache-2.0
#include "logsearch.h"

#include "logmatcher.h"

#include <QtConcurrent/QtConcurrentMap>

namespace berth::core {

namespace {
constexpr qsizetype BlockLines = 16384;

struct Block
{
    qsizetype from;
    qsizetype to;
};
} // namespace

QFuture<QList<qint64>> LogSearch::findLines(std::shared_ptr<const LogStore::Snapshot> snapshot,
                                            const LogSearchQuery &query, StopFlag stop)
{
    QList<Block> blocks;
    for (qsizetype from = 0; from < snapshot->size(); from += BlockLines)
        blocks.append(Block{from, qMin(from + BlockLines, snapshot->size())});
    auto map = [snapshot, query, stop](const Block &block) {
        const LogMatcher matcher(query); // one per task: matchers are not shared between threads
        QList<qint64> ids;
        for (qsizetype i = block.from; i < block.to && !stop.isRaised(); ++i) {
            if (matcher.matches(snapshot->line(i).text))
                ids.append(snapshot->firstId() + i);
        }
        return ids;
    };
    auto reduce = [](QList<qint64> &all, const QList<qint64> &ids) { all.append(ids); };
    return QtConcurrent::mappedReduced<QList<qint64>>(std::move(blocks), std::move(map), std::move(reduce),
                                                      QtConcurrent::OrderedReduce);
}

QList<qint64> LogSearch::findLines(const LogStore &store, const LogMatcher &matcher, qsizetype from, qsizetype to)
{
    QList<qint64> ids;
    to = qMin(to, store.committedCount());
    for (qsizetype i = qMax<qsizetype>(0, from); i < to; ++i) {
        if (matcher.matches(store.line(i).text))
            ids.append(store.idAt(i));
    }
    return ids;
}

} // namespace berth::core
