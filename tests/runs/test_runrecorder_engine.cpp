// SPDX-License-Identifier: Apache-2.0
#include "async.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "runs/runrecorder.h"
#include "runs/runstore.h"
#include "testenv.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace berth;
using namespace berth::core;

// The recorder against the real engine: how runs end, as the events stream and the engine's state tell it.
class TestRunRecorderEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<RunStore> m_store;
    QStringList m_containers;

    // Creates (not starts) a busybox container running script.
    QString create(const QString &script, bool autoRemove, const QJsonObject &hostExtra = {})
    {
        QJsonObject host = hostExtra;
        host.insert(QStringLiteral("AutoRemove"), autoRemove);
        const QJsonObject body{
            {QStringLiteral("Image"), test::busyboxImage()},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
            {QStringLiteral("HostConfig"), host},
        };
        const QString name = QStringLiteral("berth-runtest-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        test::Awaiter<Result<CreatedContainer>> created;
        m_client->createContainer(name, body, this, created.callback());
        if (!created.wait() || !created.result().ok())
            return {};
        m_containers << created.result()->id;
        return created.result()->id;
    }

    RunRecord runFor(const QString &id, bool autoRemove)
    {
        RunRecord r;
        r.containerId = id;
        r.name = QStringLiteral("test-run");
        r.owner = QStringLiteral("tester");
        r.image = test::busyboxImage();
        r.dockerRun = QStringLiteral("docker run ") + test::busyboxImage();
        r.autoRemove = autoRemove;
        return r;
    }

    // Records, then starts once the recorder is ready, as a launch does.
    bool recordAndStart(RunRecorder &recorder, const RunRecord &run)
    {
        bool ready = false;
        recorder.recordCreated(run, false, [&] { ready = true; });
        if (!QTest::qWaitFor([&] { return ready; }, 10000))
            return false;
        test::Awaiter<Result<Done>> started;
        m_client->startContainer(run.containerId, this, started.callback());
        return started.wait() && started.result().ok();
    }

    static RunRecord waitFinished(QSignalSpy &spy, int ms = 30000)
    {
        if (spy.isEmpty() && !spy.wait(ms))
            return {};
        return spy.first().first().value<RunRecord>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        QVERIFY(m_dir.isValid());
        m_client = std::make_unique<EngineClient>(Endpoint::fromHost(test::dockerHost()));
    }
    void init()
    {
        m_store = std::make_unique<RunStore>();
        QSignalSpy opened(m_store.get(), &RunStore::opened);
        m_store->open(m_dir.filePath(QStringLiteral("runs-%1.db").arg(QUuid::createUuid().toString(QUuid::Id128))));
        QVERIFY(opened.wait());
    }
    void cleanup()
    {
        m_store.reset();
        for (const QString &id : std::as_const(m_containers))
            test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        m_containers.clear();
    }

    void exitThreeWithRm_isRecordedWithItsLogTailAfterRemoval()
    {
        RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
        recorder.start();
        QSignalSpy finished(&recorder, &RunRecorder::runFinished);
        const QString id = create(QStringLiteral("for i in 1 2 3; do echo line $i; done; echo oops >&2; exit 3"), true);
        QVERIFY(!id.isEmpty());
        QVERIFY(recordAndStart(recorder, runFor(id, true)));
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.containerId, id);
        QCOMPARE(r.outcome, RunOutcome::Exited);
        QCOMPARE(r.exitCode.value_or(-1), 3);
        // The engine copies stdout and stderr on separate paths: "oops" may come before the lines printed ahead of
        // it. Each stream keeps its own order, and nothing may be missing.
        QStringList stdoutLines = r.logTail;
        QCOMPARE(stdoutLines.removeAll(QStringLiteral("oops")), 1);
        QCOMPARE(stdoutLines,
                 (QStringList{QStringLiteral("line 1"), QStringLiteral("line 2"), QStringLiteral("line 3")}));
        QVERIFY(r.startedAt.isValid() && r.finishedAt.isValid());
        QVERIFY(!r.imageDigest.isEmpty());
        // --rm removed it: the history is all that is left.
        int code = 0;
        test::docker({QStringLiteral("inspect"), id}, &code);
        QVERIFY(code != 0);
        QList<RunRecord> stored;
        bool answered = false;
        m_store->query({}, this, [&](const QList<RunRecord> &runs) {
            stored = runs;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].exitCode.value_or(-1), 3);
        QVERIFY(stored[0].imageDigest.startsWith(QStringLiteral("sha256:")));
    }

    void smallMemoryLimit_isRecordedAsOomKilled()
    {
        RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
        recorder.start();
        QSignalSpy finished(&recorder, &RunRecorder::runFinished);
        const qint64 limit = 8 * 1024 * 1024;
        // Doubling a shell string allocates until the kernel's OOM killer ends it.
        const QString id =
            create(QStringLiteral("echo filling; x=aaaaaaaa; while true; do x=$x$x; done"), false,
                   QJsonObject{{QStringLiteral("Memory"), limit}, {QStringLiteral("MemorySwap"), limit}});
        QVERIFY(!id.isEmpty());
        QVERIFY(recordAndStart(recorder, runFor(id, false)));
        const RunRecord r = waitFinished(finished, 60000);
        QCOMPARE(r.outcome, RunOutcome::OomKilled);
        QCOMPARE(r.exitCode.value_or(-1), 137);
        QVERIFY(r.logTail.contains(QStringLiteral("filling")));
    }

    void killedFromOutside_isRecordedAsKilled()
    {
        RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
        recorder.start();
        QSignalSpy finished(&recorder, &RunRecorder::runFinished);
        const QString id = create(QStringLiteral("echo up; sleep 300"), false);
        QVERIFY(recordAndStart(recorder, runFor(id, false)));
        QTest::qWait(300);
        test::docker({QStringLiteral("kill"), id});
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.outcome, RunOutcome::Killed);
        QCOMPARE(r.exitCode.value_or(-1), 137);
    }

    void removedWhileRunning_isRecordedAsRemoved()
    {
        RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
        recorder.start();
        QSignalSpy finished(&recorder, &RunRecorder::runFinished);
        const QString id = create(QStringLiteral("sleep 300"), false);
        QVERIFY(recordAndStart(recorder, runFor(id, false)));
        QTest::qWait(300);
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.outcome, RunOutcome::Removed);
    }

    void runEndingWhileBerthIsClosed_isReconciledAtTheNextStart()
    {
        const QString id = create(QStringLiteral("echo started; sleep 2; echo bye; exit 5"), false);
        {
            RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
            recorder.start();
            QVERIFY(recordAndStart(recorder, runFor(id, false)));
            // Berth closes while the run goes on.
        }
        test::docker({QStringLiteral("wait"), id});
        RunRecorder next(m_client.get(), m_store.get(), QStringLiteral("test"));
        QSignalSpy finished(&next, &RunRecorder::runFinished);
        next.start();
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.containerId, id);
        QCOMPARE(r.outcome, RunOutcome::Exited);
        QCOMPARE(r.exitCode.value_or(-1), 5);
        QCOMPARE(r.logTail, (QStringList{QStringLiteral("started"), QStringLiteral("bye")}));
    }

    void runRemovedWhileBerthIsClosed_isReconciledAsUnknown()
    {
        const QString id = create(QStringLiteral("sleep 300"), false);
        {
            RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
            recorder.start();
            QVERIFY(recordAndStart(recorder, runFor(id, false)));
        }
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        RunRecorder next(m_client.get(), m_store.get(), QStringLiteral("test"));
        QSignalSpy finished(&next, &RunRecorder::runFinished);
        next.start();
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.outcome, RunOutcome::Unknown);
        QVERIFY(!r.exitCode.has_value());
    }

    void stillRunningAtTheNextStart_isWatchedToItsEnd()
    {
        const QString id = create(QStringLiteral("echo one; sleep 2; echo two; exit 4"), false);
        {
            RunRecorder recorder(m_client.get(), m_store.get(), QStringLiteral("test"));
            recorder.start();
            QVERIFY(recordAndStart(recorder, runFor(id, false)));
        }
        RunRecorder next(m_client.get(), m_store.get(), QStringLiteral("test"));
        QSignalSpy finished(&next, &RunRecorder::runFinished);
        next.start();
        QTRY_VERIFY(next.isWatching(id));
        const RunRecord r = waitFinished(finished);
        QCOMPARE(r.outcome, RunOutcome::Exited);
        QCOMPARE(r.exitCode.value_or(-1), 4);
        QVERIFY(r.logTail.contains(QStringLiteral("two")));
    }
};

QTEST_GUILESS_MAIN(TestRunRecorderEngine)
#include "test_runrecorder_engine.moc"
