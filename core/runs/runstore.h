// SPDX-License-Identifier: Apache-2.0
#pragma once

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
// context object. Nothing here waits on the UI thread.
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
    void query(const RunQuery &query, QObject *context,
               std::function<void(const QList<berth::core::RunRecord> &)> done);
    void count(const RunQuery &query, QObject *context, std::function<void(int)> done);
    void get(qint64 id, QObject *context, std::function<void(const std::optional<RunRecord> &)> done);
    void unfinished(const QString &server, QObject *context, std::function<void(const QList<RunRecord> &)> done);
    void insertMany(const QList<RunRecord> &records, QObject *context = nullptr, std::function<void(bool)> done = {});

    // Blocks until every queued call has run (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // A damaged database was renamed to keptAs and a fresh one started.
    void damagedKeptAside(const QString &keptAs, const QString &reason);
    void runAdded(const berth::core::RunRecord &record);
    void runFinished(const berth::core::RunRecord &record);
    void writeFailed(const QString &error);

private:
    template<typename T>
    void submit(std::function<T(RunDatabase &)> work, QObject *context, std::function<void(T)> done);

    QThreadPool m_pool;
    std::shared_ptr<RunDatabase> m_db;
    QString m_path;
};

} // namespace berth::core
