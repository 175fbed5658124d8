// SPDX-License-Identifier: Apache-2.0
#include "runstore.h"

#include "async/handback.h"
#include "rundatabase.h"

#include <QSemaphore>
#include <QtConcurrent>

namespace berth::core {

// The counting connection: opened on its own thread at the first count, again when the file was replaced.
struct RunStore::Reader
{
    RunDatabase db;
    QString path;
    quint64 generation = 0;

    RunDatabase &at(const QString &wanted, quint64 wantedGeneration)
    {
        if (!db.isOpen() || path != wanted || generation != wantedGeneration) {
            // The store's own connection created and migrated the file; this one only reads it.
            if (db.openToRead(wanted)) {
                path = wanted;
                generation = wantedGeneration;
            }
        }
        return db;
    }
};

namespace {
void runAndWait(QThreadPool &pool, std::function<void()> work)
{
    // Not QThreadPool::waitForDone(), which ends the worker thread the connection belongs to, and not
    // QFuture::waitForFinished(), which may run a queued task on the waiting thread.
    auto done = std::make_shared<QSemaphore>();
    pool.start([done, work = std::move(work)] {
        if (work)
            work();
        done->release();
    });
    done->acquire();
}
} // namespace

RunStore::RunStore(QObject *parent)
    : QObject(parent), m_db(std::make_shared<RunDatabase>()), m_counter(std::make_shared<Reader>())
{
    qRegisterMetaType<RunRecord>();
    // One thread each that never expires: a database connection lives on it for the store's lifetime.
    for (QThreadPool *pool : {&m_pool, &m_countPool}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }
}

RunStore::~RunStore()
{
    // Queued behind every write, on the connection's own thread.
    auto counter = m_counter;
    runAndWait(m_countPool, [counter] { counter->db.close(); });
    auto db = m_db;
    runAndWait(m_pool, [db] { db->close(); });
}

void RunStore::waitForIdle()
{
    runAndWait(m_countPool, {});
    runAndWait(m_pool, {});
}

template<typename T>
void RunStore::submit(std::function<T(RunDatabase &)> work, QObject *context, std::function<void(T)> done)
{
    auto db = m_db;
    QFuture<T> future = QtConcurrent::run(&m_pool, [db, work = std::move(work)] { return work(*db); });
    if (!done)
        return;
    handBack(future, context ? context : this, std::move(done));
}

namespace {
struct Opened
{
    bool ok = false;
    QString error;
    QString keptAside;
};
} // namespace

void RunStore::open(const QString &path)
{
    m_path = path.isEmpty() ? RunDatabase::defaultPath() : path;
    submit<Opened>(
        [path = m_path](RunDatabase &db) {
            Opened o;
            o.ok = db.open(path, RunDatabase::Integrity::CheckLater);
            o.error = db.errorString();
            o.keptAside = db.keptAside();
            return o;
        },
        this,
        [this](Opened o) {
            reportOpened(o.ok, o.error, o.keptAside);
            if (o.ok && o.keptAside.isEmpty())
                checkIntegrityLater();
        });
}

void RunStore::reportOpened(bool ok, const QString &error, const QString &keptAside)
{
    m_isOpen = ok;
    if (!keptAside.isEmpty())
        Q_EMIT damagedKeptAside(keptAside, error);
    Q_EMIT opened(ok, error);
}

void RunStore::checkIntegrityLater()
{
    // Every page is read on a thread and connection of its own, after the lists asked for on `opened` are queued:
    // the first list never waits for a scan of the whole file. A damaged file is then set aside on the store's
    // thread, in turn with everything else, and `opened` says so again.
    const QString path = m_path;
    handBack(QtConcurrent::run([path] {
                 QString problem;
                 const RunDatabase::Check verdict = RunDatabase::checkIntegrity(path, &problem);
                 return std::make_pair(verdict == RunDatabase::Check::Damaged, problem);
             }),
             this, [this, path](std::pair<bool, QString> result) {
                 if (!result.first || path != m_path)
                     return;
                 submit<Opened>(
                     [why = result.second](RunDatabase &db) {
                         Opened o;
                         o.ok = db.setAsideAndStartAfresh(why);
                         o.error = why;
                         o.keptAside = db.keptAside();
                         return o;
                     },
                     this,
                     [this](Opened o) {
                         ++m_generation; // the counting connection opens the fresh file at its next count
                         reportOpened(o.ok, o.error, o.keptAside);
                     });
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

void RunStore::query(const RunQuery &query, QObject *context, std::function<void(const QList<RunRecord> &)> done,
                     StopFlag superseded)
{
    submit<QList<RunRecord>>(
        [query, superseded](RunDatabase &db) { return superseded.isRaised() ? QList<RunRecord>() : db.query(query); },
        context,
        [done, superseded](QList<RunRecord> runs) {
            if (!superseded.isRaised())
                done(runs);
        });
}

void RunStore::count(const RunQuery &query, QObject *context, std::function<void(int)> done, StopFlag superseded)
{
    if (!m_isOpen) { // in turn behind the open, which creates and migrates the file
        submit<int>([query, superseded](RunDatabase &db) { return superseded.isRaised() ? 0 : db.count(query); },
                    context,
                    [done, superseded](int n) {
                        if (done && (!superseded.isRaised()))
                            done(n);
                    });
        return;
    }
    auto counter = m_counter;
    QFuture<int> future =
        QtConcurrent::run(&m_countPool, [counter, query, superseded, path = m_path, generation = m_generation] {
            return superseded.isRaised() ? 0 : counter->at(path, generation).count(query);
        });
    handBack(future, context ? context : this, std::function<void(int)>([done, superseded](int n) {
                 if (done && (!superseded.isRaised()))
                     done(n);
             }));
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
