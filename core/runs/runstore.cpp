// SPDX-License-Identifier: Apache-2.0
#include "runstore.h"

#include "rundatabase.h"

#include <QSemaphore>
#include <QtConcurrent>

namespace berth::core {

RunStore::RunStore(QObject *parent) : QObject(parent), m_db(std::make_shared<RunDatabase>())
{
    qRegisterMetaType<RunRecord>();
    // One thread that never expires: the database connection lives on it for the store's lifetime.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

RunStore::~RunStore()
{
    // Queued behind every write, on the connection's own thread.
    auto db = m_db;
    auto done = std::make_shared<QSemaphore>();
    m_pool.start([db, done] {
        db->close();
        done->release();
    });
    done->acquire();
}

void RunStore::waitForIdle()
{
    // Not QThreadPool::waitForDone(), which ends the worker thread the connection belongs to, and not
    // QFuture::waitForFinished(), which may run a queued task on the waiting thread.
    auto done = std::make_shared<QSemaphore>();
    m_pool.start([done] { done->release(); });
    done->acquire();
}

template<typename T>
void RunStore::submit(std::function<T(RunDatabase &)> work, QObject *context, std::function<void(T)> done)
{
    auto db = m_db;
    QFuture<T> future = QtConcurrent::run(&m_pool, [db, work = std::move(work)] { return work(*db); });
    if (!done)
        return;
    QObject *receiver = context ? context : this;
    future.then(receiver, [done = std::move(done)](T value) { done(std::move(value)); });
}

void RunStore::open(const QString &path)
{
    m_path = path.isEmpty() ? RunDatabase::defaultPath() : path;
    struct Opened
    {
        bool ok = false;
        QString error;
        QString keptAside;
    };
    submit<Opened>(
        [path = m_path](RunDatabase &db) {
            Opened o;
            o.ok = db.open(path);
            o.error = db.errorString();
            o.keptAside = db.keptAside();
            return o;
        },
        this,
        [this](Opened o) {
            if (!o.keptAside.isEmpty())
                Q_EMIT damagedKeptAside(o.keptAside, o.error);
            Q_EMIT opened(o.ok, o.error);
        });
}

void RunStore::add(const RunRecord &record, QObject *context, std::function<void(const RunRecord &)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    submit<std::pair<RunRecord, QString>>(
        [record](RunDatabase &db) {
            RunRecord stored = record;
            stored.id = db.insert(record);
            return std::make_pair(stored, stored.id ? QString() : db.errorString());
        },
        this,
        [this, done, guard, hasContext](std::pair<RunRecord, QString> result) {
            if (!result.second.isEmpty()) {
                Q_EMIT writeFailed(result.second);
                return;
            }
            Q_EMIT runAdded(result.first);
            if (done && (!hasContext || guard))
                done(result.first);
        });
}

void RunStore::markStarted(const QString &server, const QString &containerId, const QDateTime &startedAt)
{
    submit<bool>([=](RunDatabase &db) { return db.markStarted(server, containerId, startedAt); }, nullptr, {});
}

void RunStore::setImage(const QString &server, const QString &containerId, const QString &digest,
                        const QString &imageId)
{
    submit<bool>([=](RunDatabase &db) { return db.setImage(server, containerId, digest, imageId); }, nullptr, {});
}

void RunStore::finish(const RunRecord &ended, QObject *context,
                      std::function<void(const std::optional<RunRecord> &)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    submit<std::optional<RunRecord>>([ended](RunDatabase &db) { return db.finish(ended); }, this,
                                     [this, done, guard, hasContext](std::optional<RunRecord> stored) {
                                         if (stored)
                                             Q_EMIT runFinished(*stored);
                                         if (done && (!hasContext || guard))
                                             done(stored);
                                     });
}

void RunStore::query(const RunQuery &query, QObject *context, std::function<void(const QList<RunRecord> &)> done)
{
    submit<QList<RunRecord>>([query](RunDatabase &db) { return db.query(query); }, context,
                             [done](QList<RunRecord> runs) { done(runs); });
}

void RunStore::count(const RunQuery &query, QObject *context, std::function<void(int)> done)
{
    submit<int>([query](RunDatabase &db) { return db.count(query); }, context, std::move(done));
}

void RunStore::get(qint64 id, QObject *context, std::function<void(const std::optional<RunRecord> &)> done)
{
    submit<std::optional<RunRecord>>([id](RunDatabase &db) { return db.get(id); }, context,
                                     [done](std::optional<RunRecord> r) { done(r); });
}

void RunStore::unfinished(const QString &server, QObject *context, std::function<void(const QList<RunRecord> &)> done)
{
    submit<QList<RunRecord>>([server](RunDatabase &db) { return db.unfinished(server); }, context,
                             [done](QList<RunRecord> runs) { done(runs); });
}

void RunStore::insertMany(const QList<RunRecord> &records, QObject *context, std::function<void(bool)> done)
{
    submit<bool>([records](RunDatabase &db) { return db.insertMany(records); }, context, std::move(done));
}

} // namespace berth::core
