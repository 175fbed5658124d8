// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "async/stopflag.h"
#include "runquery.h"
#include "runrecord.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace berth::core {

class RunDatabase;

// The run history for the GUI: every database call runs on one worker thread of its own (Qt SQL connections
// belong to the thread that opened them), in the order it was made, and answers on the caller's thread through a
// context object. Counts, which read every match, run on a second thread and connection beside it (WAL lets them
// read while the first writes), so a list or the next page never waits behind a count. Nothing here waits on the
// UI thread.
class RunStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStore)
public:
    explicit RunStore(QObject *parent = nullptr);
    ~RunStore() override; // finishes queued writes first

    // Opens (creating, migrating, or setting a damaged file aside) at path; empty: RunDatabase::defaultPath().
    void open(const QString &path = {});
    QString path() const { return m_path; }

    void add(const RunRecord &record, QObject *context = nullptr, std::function<void(const RunRecord &)> done = {});
    void markStarted(const QString &server, const QString &containerId, const QDateTime &startedAt);
    void setImage(const QString &server, const QString &containerId, const QString &digest, const QString &imageId);
    // done receives the stored run when this call recorded its end (not when someone else already had).
    void finish(const RunRecord &ended, QObject *context = nullptr,
                std::function<void(const std::optional<RunRecord> &)> done = {});
    // Raised by the caller when a newer list replaces the one asked for: a query or count not yet started is then
    // skipped, and one already answered is not delivered. Typing a filter leaves no queue of stale counts behind.
    void query(const RunQuery &query, QObject *context, std::function<void(const QList<berth::core::RunRecord> &)> done,
               StopFlag superseded = {});
    void count(const RunQuery &query, QObject *context, std::function<void(int)> done, StopFlag superseded = {});
    void get(qint64 id, QObject *context, std::function<void(const std::optional<RunRecord> &)> done);
    void unfinished(const QString &server, QObject *context, std::function<void(const QList<RunRecord> &)> done);
    void insertMany(const QList<RunRecord> &records, QObject *context = nullptr, std::function<void(bool)> done = {});

    // Blocks until every queued call has run (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    // Also after a damaged file found by the integrity check (run beside the first list) was replaced.
    void opened(bool ok, const QString &error);
    // A damaged database was renamed to keptAs and a fresh one started.
    void damagedKeptAside(const QString &keptAs, const QString &reason);
    void runAdded(const berth::core::RunRecord &record);
    void runFinished(const berth::core::RunRecord &record);
    void writeFailed(const QString &error);

private:
    void reportOpened(bool ok, const QString &error, const QString &keptAside);
    void checkIntegrityLater();

    template<typename T>
    void submit(std::function<T(RunDatabase &)> work, QObject *context, std::function<void(T)> done);

    struct Reader;
    QThreadPool m_pool;
    std::shared_ptr<RunDatabase> m_db;
    QThreadPool m_countPool;
    std::shared_ptr<Reader> m_counter;
    bool m_isOpen = false;
    quint64 m_generation = 0; // changes when the file under the path is replaced (a damaged one set aside)
    QString m_path;
};

} // namespace berth::core
