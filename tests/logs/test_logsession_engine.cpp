// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "logs/logconsole.h"
#include "logs/logexporter.h"
#include "logs/logsession.h"
#include "logs/logstore.h"
#include "logs/logview.h"
#include "logtestutil.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/types.h>

using namespace berth;
using namespace berth::core;

namespace {
// The container's lines, without Berth's own notices.
QStringList outputLines(const LogStore &store)
{
    QStringList lines;
    for (qsizetype i = 0; i < store.size(); ++i) {
        const LogLine line = store.line(i);
        if (line.channel != LogChannel::Notice)
            lines << test::renderLine(line);
    }
    return lines;
}

QStringList noticeLines(const LogStore &store)
{
    QStringList lines;
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (store.line(i).channel == LogChannel::Notice)
            lines << QString::fromUtf8(store.line(i).text);
    }
    return lines;
}
} // namespace

class TestLogSessionEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EngineClient> m_client;
    QStringList m_containers;

    QString run(const QString &script, const QStringList &extra = {})
    {
        const QString name = QStringLiteral("berth-logtest-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QStringList args{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name};
        args << extra << test::busyboxImage() << QStringLiteral("sh") << QStringLiteral("-c") << script;
        const QString id = QString::fromLatin1(test::docker(args)).trimmed();
        if (!id.isEmpty())
            m_containers << id;
        return id;
    }

    static bool waitFor(const std::function<bool()> &condition, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (timer.elapsed() > ms)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("berth.ini")));
        m_client = std::make_unique<EngineClient>(Endpoint::fromHost(test::dockerHost()));
    }

    void cleanupTestCase()
    {
        if (!m_containers.isEmpty()) {
            int code = 0;
            test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_containers, &code);
        }
    }

    void console_showsColoursBarAndStderr_andExitCode3()
    {
        const QString id =
            run(QStringLiteral("printf '\\033[1;32mepoch 1\\033[0m loss=0.5\\n'; sleep 0.1;"
                               "printf 'train:   0%%|          | 0/4\\r'; sleep 0.2;"
                               "printf 'train:  50%%|#####     | 2/4\\r'; sleep 0.2;"
                               "printf 'train: 100%%|##########| 4/4\\n'; sleep 0.1;"
                               "printf 'warning: low disk\\n' >&2; sleep 0.1;"
                               "printf '\\033[38;5;208morange\\033[0m \\033[38;2;10;20;30mrgb\\033[0m\\n'; sleep 0.1;"
                               "printf 'no newline at the end'; exit 3"));
        QVERIFY(!id.isEmpty());
        ui::LogConsole console(m_client.get(), *m_settings);
        console.resize(900, 400);
        console.show();
        console.open(id, QStringLiteral("exit3"));
        QTRY_VERIFY_WITH_TIMEOUT(console.hasExited(), 30000);
        const QStringList expected{QStringLiteral("[f2 B]epoch 1[] loss=0.5"), QStringLiteral("train: 100%|#{10}| 4/4"),
                                   QStringLiteral("E:warning: low disk"),
                                   QStringLiteral("[f208]orange[] [f#0a141e]rgb"),
                                   QStringLiteral("no newline at the end")};
        QCOMPARE(outputLines(*console.store()), expected);
        QCOMPARE(console.session()->exitInfo().exitCode, 3);
        QVERIFY(!console.session()->exitInfo().oomKilled);
        QVERIFY2(console.bannerText().contains(QLatin1String("exited with code 3")), qPrintable(console.bannerText()));
        QTRY_COMPARE(console.view()->lastPaintedLineId(), console.store()->idAt(console.store()->size() - 1));
    }

    void session_reportsTheSignal_whenKilled()
    {
        const QString id = run(QStringLiteral("echo started; sleep 300"));
        LogSession session(m_client.get(), id, *m_settings);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(outputLines(*session.store()).contains(QStringLiteral("started")), 20000);
        test::docker({QStringLiteral("kill"), id});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        QCOMPARE(session.exitInfo().exitCode, 137);
        QCOMPARE(session.exitInfo().signal, 9);
    }

    void session_keepsFollowing_whenTheContainerStartsAgain()
    {
        const QString id = run(QStringLiteral(
            "n=$(cat /tmp/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /tmp/n; echo \"run $n\"; sleep 1; exit 2"));
        LogSession session(m_client.get(), id, *m_settings);
        QSignalSpy restarted(&session, &LogSession::restarted);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        QCOMPARE(session.exitInfo().exitCode, 2);
        test::docker({QStringLiteral("start"), id});
        QTRY_VERIFY_WITH_TIMEOUT(outputLines(*session.store()).contains(QStringLiteral("run 2")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        QCOMPARE(outputLines(*session.store()), (QStringList{QStringLiteral("run 1"), QStringLiteral("run 2")}));
        QCOMPARE(restarted.size(), 1);
        QVERIFY(!noticeLines(*session.store()).isEmpty());
    }

    void session_missesNothing_whenARestartPrintsMoreThanItCanReplayCheaply()
    {
        // The second run prints far more than a tail= resume reaches back, before we get to ask.
        const QString id = run(QStringLiteral("n=$(cat /tmp/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /tmp/n;"
                                              "if [ $n = 1 ]; then echo first; exit 1; fi; seq 1 20000; sleep 1"));
        LogSession session(m_client.get(), id, *m_settings);
        QSignalSpy restarted(&session, &LogSession::restarted);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        test::docker({QStringLiteral("start"), id});
        QTRY_VERIFY_WITH_TIMEOUT(restarted.size() >= 1 && session.state() == LogSession::State::Exited, 30000);
        QStringList expected{QStringLiteral("first")};
        for (int i = 1; i <= 20000; ++i)
            expected << QString::number(i);
        // The exit can be reported while the catch-up read of the run's last output is still arriving
        // (seen under ASan, where everything is slower): wait for the lines, then compare them exactly.
        QTRY_COMPARE_WITH_TIMEOUT(outputLines(*session.store()).size(), expected.size(), 30000);
        QCOMPARE(outputLines(*session.store()), expected);
        qInfo("resumes that fell back to since=: %d", session.sinceFallbacks());
    }

    void session_pagesBackwards_toTheBeginning()
    {
        const QString id = run(QStringLiteral("i=1; while [ $i -le 1000 ]; do echo \"line $i\"; i=$((i+1)); done"));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), id})
                    .trimmed() == "false",
            20000);
        m_settings->setValue(Settings::LogTailLines, 100);
        LogSession session(m_client.get(), id, *m_settings);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        QCOMPARE(session.store()->committedCount(), 100);
        QCOMPARE(outputLines(*session.store()).first(), QStringLiteral("line 901"));
        for (int page = 0; page < 40 && !session.reachedBeginning(); ++page) {
            QSignalSpy loaded(&session, &LogSession::olderLoaded);
            QVERIFY(session.canLoadOlder());
            session.loadOlder();
            QVERIFY(loaded.wait(20000));
        }
        QVERIFY(session.reachedBeginning());
        QStringList expected;
        for (int i = 1; i <= 1000; ++i)
            expected << QStringLiteral("line %1").arg(i);
        QCOMPARE(outputLines(*session.store()), expected);
        m_settings->reset(Settings::LogTailLines);

        // The whole log, fetched again, into a file.
        const QString path = m_dir.filePath(QStringLiteral("whole.log"));
        LogExporter exporter(m_client.get(), id, false, path, LogExporter::Timestamps::Hidden);
        QSignalSpy finished(&exporter, &LogExporter::finished);
        exporter.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

    void session_pagesDroppedLinesBackInPlace()
    {
        const QString id = run(QStringLiteral("i=1; while [ $i -le 1000 ]; do echo \"line $i\"; i=$((i+1)); done"));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), id})
                    .trimmed() == "false",
            20000);
        // Opened with more lines than the store keeps: the oldest 100 of them are dropped at once.
        m_settings->setValue(Settings::LogTailLines, 300);
        m_settings->setValue(Settings::LogMaxLines, 200);
        LogSession session(m_client.get(), id, *m_settings);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), LogSession::State::Exited, 20000);
        LogStore *store = session.store();
        QCOMPARE(outputLines(*store).first(), QStringLiteral("line 801"));
        QCOMPARE(store->droppedCount(), 100);
        QVERIFY(!session.reachedBeginning());

        // Paging back in the same store brings the dropped lines back, and older ones, up to twice the limit.
        QSignalSpy loaded(&session, &LogSession::olderLoaded);
        QVERIFY(session.canLoadOlder());
        session.loadOlder();
        QVERIFY(loaded.wait(20000));
        QStringList expected;
        for (int i = 601; i <= 1000; ++i)
            expected << QStringLiteral("line %1").arg(i);
        QCOMPARE(outputLines(*store), expected);
        QCOMPARE(store->droppedCount(), 0);
        QCOMPARE(store->pagedBackLines(), 200);
        QVERIFY(!session.canLoadOlder()); // twice the limit: no room until the user is back at the end

        // Back at the end, the store keeps its limit again, and can page back again.
        store->releasePagedBack();
        QCOMPARE(store->committedCount(), 200);
        QCOMPARE(outputLines(*store).first(), QStringLiteral("line 801"));
        QVERIFY(session.canLoadOlder());
        loaded.clear();
        session.loadOlder();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(outputLines(*store).first(), QStringLiteral("line 601"));
        m_settings->reset(Settings::LogTailLines);
        m_settings->reset(Settings::LogMaxLines);
    }

    // Renders the README screenshot from a real run when BERTH_SCREENSHOT_DIR is set.
    void screenshot_ofARealRun_whenAsked()
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("BERTH_SCREENSHOT_DIR not set");
        const QString id = run(QStringLiteral(
            "printf '\\033[1mStarting training\\033[0m  model=resnet50  gpus=2  batch=256\\n'; sleep 0.05;"
            "printf '\\033[33mWARNING\\033[0m: cuDNN autotuner enabled; the first steps will be slow\\n' >&2;"
            "sleep 0.05; for e in 1 2 3; do"
            "  printf '\\033[36mEpoch %s/10\\033[0m\\n' $e; sleep 0.05;"
            "  if [ $e = 3 ]; then bars='  0%|          |   0/500: 37%|███▋      | 185/500';"
            "  else bars='  0%|          |   0/500: 40%|████      | 200/500:100%|██████████| 500/500'; fi;"
            "  IFS=:; for p in $bars; do printf '\\rtrain: %s [00:19, 9.6it/s]' \"$p\" >&2; sleep 0.05; done;"
            "  unset IFS; printf '\\n' >&2; sleep 0.05; [ $e = 3 ] && break;"
            "  printf '  loss=\\033[31m0.%s\\033[0m  acc=\\033[32m0.%s\\033[0m  lr=\\033[38;5;208m1e-3\\033[0m\\n'"
            "    $((9000/e)) $((600+e*90)); sleep 0.05;"
            "  [ $e = 1 ] && printf '\\033[1;31mERROR\\033[0m: NaN in gradient of layer4.2.conv3, step skipped\\n' >&2;"
            "  sleep 0.05; [ $e = 2 ] && printf '\\033[38;2;120;90;220mCheckpoint saved\\033[0m to "
            "/src/runs/exp7/epoch2.pt  \\033[4m(best so far)\\033[0m\\n'; sleep 0.05; done;"
            "printf 'Traceback (most recent call last):\\n  File \"train.py\", line 88, in <module>\\n"
            "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\\n' >&2; exit 3"));
        ui::LogConsole console(m_client.get(), *m_settings);
        console.resize(980, 380);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        console.open(id, QStringLiteral("resnet50-exp7"));
        QTRY_VERIFY_WITH_TIMEOUT(console.hasExited(), 30000);
        console.setTimestampsVisible(true);
        console.setSearchText(QStringLiteral("loss"));
        QTRY_VERIFY(!console.isSearching());
        console.findNext();
        QTest::qWait(200);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(console.grab().save(dir + QStringLiteral("/logs-en.png")));
        console.setTimestampsVisible(false);
    }

    // Restarts the shared test engine: the only test that may. Containers survive (--live-restore).
    void session_engineRestartMidStream_noDuplicatesNoGaps()
    {
        const int count = 150;
        const QString id =
            run(QStringLiteral("i=1; while [ $i -le %1 ]; do echo \"seq $i\"; i=$((i+1)); sleep 0.1; done").arg(count));
        LogSession session(m_client.get(), id, *m_settings);
        QSignalSpy lost(&session, &LogSession::connectionLost);
        QSignalSpy reconnected(&session, &LogSession::reconnected);
        session.start();
        QVERIFY(waitFor([&] { return outputLines(*session.store()).size() >= 20; }, 30000));
        QVERIFY(test::restartEngine());
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == LogSession::State::Exited, 90000);
        QStringList expected;
        for (int i = 1; i <= count; ++i)
            expected << QStringLiteral("seq %1").arg(i);
        QCOMPARE(outputLines(*session.store()), expected);
        QVERIFY(lost.size() >= 1);
        QVERIFY(reconnected.size() >= 1);
        QVERIFY(session.reconnectCount() >= 1);
        qInfo("replayed messages recognised and dropped: %llu", session.replayedMessagesDropped());
    }

    void session_frozenEngine_isNoticed_andTheNoticeClearsWhenItAnswers()
    {
        // SIGSTOP keeps every connection open and silent: before, the console looked like a quiet container.
        const QString id = run(QStringLiteral("i=1; while true; do echo \"tick $i\"; i=$((i+1)); sleep 0.2; done"));
        LogSession session(m_client.get(), id, *m_settings);
        session.setHeartbeat(300, 1500);
        QSignalSpy notAnswering(&session, &LogSession::engineNotAnswering);
        QSignalSpy answering(&session, &LogSession::engineAnswering);
        session.start();
        QVERIFY(waitFor([&] { return outputLines(*session.store()).size() >= 5; }, 30000));
        QCOMPARE(notAnswering.size(), 0);
        QFile pidFile(qEnvironmentVariable("BERTH_TEST_ENGINE_DIR") + QStringLiteral("/dockerd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(pid > 1);
        struct Resume
        {
            pid_t pid;
            ~Resume() { ::kill(pid, SIGCONT); }
        } resume{pid};
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QTRY_VERIFY_WITH_TIMEOUT(notAnswering.size() >= 1, 15000);
        QVERIFY(session.engineSeemsFrozen());
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(answering.size() >= 1, 45000);
        QVERIFY(!session.engineSeemsFrozen());
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
    }
};

QTEST_MAIN(TestLogSessionEngine)
#include "test_logsession_engine.moc"
