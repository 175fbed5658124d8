// SPDX-License-Identifier: Apache-2.0
#include "async/handback.h"

#include <QFuture>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace berth;

class TestHandBack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishedJob_isHandedBackOnlyAfterTheCallReturns()
    {
        // Plain QFuture::then(context) would run the continuation inside the call here.
        QObject context;
        int delivered = 0;
        core::handBack(QtFuture::makeReadyFuture(42), &context, [&delivered](int value) { delivered = value; });
        QCOMPARE(delivered, 0);
        QTRY_COMPARE(delivered, 42);
    }

    void runningJob_isHandedBackOnTheContextsThread()
    {
        QObject context;
        QSemaphore go;
        QThread *ranOn = nullptr;
        core::handBack(QtConcurrent::run([&go] {
                           go.acquire();
                           return 1;
                       }),
                       &context, [&ranOn](int) { ranOn = QThread::currentThread(); });
        go.release();
        QTRY_VERIFY(ranOn);
        QCOMPARE(ranOn, QThread::currentThread());
    }

    void contextGoneWhileRunning_hearsNothing()
    {
        auto context = std::make_unique<QObject>();
        QSemaphore go;
        bool ran = false;
        QFuture<int> job = QtConcurrent::run([&go] {
            go.acquire();
            return 1;
        });
        core::handBack(job, context.get(), [&ran](int) { ran = true; });
        context.reset();
        go.release();
        job.waitForFinished();
        QTest::qWait(100);
        QVERIFY(!ran);
    }

    void contextGoneBeforeAnEarlyResultIsDelivered_hearsNothing()
    {
        auto context = std::make_unique<QObject>();
        bool ran = false;
        core::handBack(QtFuture::makeReadyFuture(1), context.get(), [&ran](int) { ran = true; });
        context.reset();
        QTest::qWait(100);
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestHandBack)
#include "test_handback.moc"
