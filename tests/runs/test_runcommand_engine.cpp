// SPDX-License-Identifier: Apache-2.0
#include "testenv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `berth run` as a user types it, against the test engine: the container's exit code, its output on the right
// streams, --detach, 125 when it cannot run, and the run in the history afterwards.
class TestRunCommandEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    QStringList m_names;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DOCKER_HOST"), berth::test::dockerHost());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        e.insert(QStringLiteral("BERTH_CONFIG_DIR"), m_config.path());
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("berth.*=false"));
        return e;
    }
    QString berth() const { return berth::test::binDir() + QStringLiteral("/berth"); }

    struct Ran
    {
        int code = -1;
        QByteArray out, err;
    };
    Ran run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(berth(), args);
        Ran r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QJsonArray history()
    {
        return QJsonDocument::fromJson(
                   run({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--logs")}).out)
            .array();
    }
    QString line(const QString &rest) const
    {
        return QStringLiteral("docker run ") + rest.arg(berth::test::busyboxImage());
    }

private Q_SLOTS:
    void initTestCase() { BERTH_REQUIRE_ENGINE(); }
    void cleanupTestCase()
    {
        for (const QString &n : std::as_const(m_names))
            berth::test::docker({QStringLiteral("rm"), QStringLiteral("-f"), n});
    }

    void exitCode_isTheContainersAndOutputKeepsItsStreams()
    {
        const Ran r = run({QStringLiteral("run"), QStringLiteral("--"),
                           line(QStringLiteral("--rm %1 sh -c 'echo to-stdout; echo to-stderr >&2; exit 3'"))});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, QByteArray("to-stdout\n"));
        QVERIFY2(r.err.contains("to-stderr"), r.err.constData());
        QVERIFY(!r.out.contains("to-stderr"));
        const QJsonObject last = history().at(0).toObject();
        QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("exited"));
        QCOMPARE(last.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QVERIFY(last.value(QStringLiteral("logTail")).toArray().contains(QStringLiteral("to-stdout")));
        QVERIFY(last.value(QStringLiteral("dockerRun")).toString().startsWith(QStringLiteral("docker run --rm")));
    }

    void hostFolders_areCheckedWhereTheEngineRuns()
    {
        const QString missing = QStringLiteral("/berth-no-such-folder-%1").arg(QCoreApplication::applicationPid());
        const QString rest = QStringLiteral("--rm -v ") + missing + QStringLiteral(":/x %1 true");
        // The local engine: the folder is looked for on this machine.
        const Ran here = run({QStringLiteral("run"), QStringLiteral("--"), line(rest)});
        QCOMPARE(here.code, 125);
        QVERIFY2(here.err.contains(missing.toUtf8()) && here.err.contains("does not exist"), here.err.constData());
        QVERIFY2(!here.err.contains("does not exist on"), here.err.constData());
        // An ssh engine: its server is asked, and the message names it.
        const QString ssh = qEnvironmentVariable("BERTH_TEST_SSH_HOST");
        if (ssh.isEmpty())
            QSKIP("scripts/test starts the ssh engine this needs");
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("BERTH_SSH_CONFIG"), qEnvironmentVariable("BERTH_TEST_SSH_CONFIG"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(berth(), {QStringLiteral("run"), QStringLiteral("--host"), ssh, QStringLiteral("--"), line(rest)});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 125);
        QVERIFY2(err.contains("does not exist on 127.0.0.1"), err.constData());
        // An env file is read here even for that engine: a missing one is said before the engine is asked.
        const QString envFile = missing + QStringLiteral(".env");
        QProcess withEnv;
        withEnv.setProcessEnvironment(e);
        withEnv.start(berth(), {QStringLiteral("run"), QStringLiteral("--host"), ssh, QStringLiteral("--"),
                                line(QStringLiteral("--rm --env-file ") + envFile + QStringLiteral(" %1 true"))});
        QVERIFY(withEnv.waitForFinished(120000));
        const QByteArray envErr = withEnv.readAllStandardError();
        QCOMPARE(withEnv.exitCode(), 125);
        QVERIFY2(envErr.contains(QStringLiteral("The env file %1 does not exist").arg(envFile).toUtf8()),
                 envErr.constData());
    }

    void detach_printsTheIdAndLeavesItRunning()
    {
        m_names << QStringLiteral("berth-run-detached");
        const Ran r =
            run({QStringLiteral("run"), QStringLiteral("--detach"), QStringLiteral("--name"),
                 QStringLiteral("berth-run-detached"), QStringLiteral("--"), line(QStringLiteral("%1 sleep 60"))});
        QCOMPARE(r.code, 0);
        const QString id = QString::fromLatin1(r.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(id).hasMatch(), r.out.constData());
        QCOMPARE(berth::test::docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                      QStringLiteral("{{.State.Running}}"), QStringLiteral("berth-run-detached")})
                     .trimmed(),
                 QByteArray("true"));
        const QJsonObject last = history().at(0).toObject();
        QCOMPARE(last.value(QStringLiteral("containerId")).toString(), id);
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("running"));
    }

    void ctrlC_reachesTheContainerAndItsExitCodeIsBerthsOwn()
    {
        // The container's shell turns SIGINT into exit 42; berth must pass the signal on (as docker run's signal
        // proxy does), wait for the container to end, and exit with 42 — not die of the signal itself.
        m_names << QStringLiteral("berth-run-ctrl-c");
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(berth(), {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("berth-run-ctrl-c"),
                          QStringLiteral("--"),
                          line(QStringLiteral("--rm %1 sh -c 'trap \"echo got-int; exit 42\" INT; echo ready; "
                                              "while true; do sleep 0.1; done'"))});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("ready"), 60000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(30000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 42);
        QVERIFY2(out.contains("got-int"), out.constData());
        // --rm: the container is gone, the run is not.
        QTRY_VERIFY_WITH_TIMEOUT(berth::test::docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("-f"),
                                                      QStringLiteral("name=berth-run-ctrl-c")})
                                     .trimmed()
                                     .isEmpty(),
                                 10000);
        const QJsonObject last = history().at(0).toObject();
        QCOMPARE(last.value(QStringLiteral("name")).toString(), QStringLiteral("berth-run-ctrl-c"));
        QCOMPARE(last.value(QStringLiteral("exitCode")).toInt(), 42);
        QVERIFY(last.value(QStringLiteral("logTail")).toArray().contains(QStringLiteral("got-int")));
    }

    void badLine_exits125WithAMessage()
    {
        const Ran r =
            run({QStringLiteral("run"), QStringLiteral("--"), line(QStringLiteral("--no-such-flag %1 true"))});
        QCOMPARE(r.code, 125);
        QVERIFY2(r.err.contains("no-such-flag"), r.err.constData());
    }

    void startFailure_exits125AndIsRecorded()
    {
        const Ran r =
            run({QStringLiteral("run"), QStringLiteral("--"), line(QStringLiteral("--rm %1 /no/such/program"))});
        QCOMPARE(r.code, 125);
        QVERIFY(!r.err.isEmpty());
        const QJsonObject last = history().at(0).toObject();
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed-to-start"));
    }
};

QTEST_GUILESS_MAIN(TestRunCommandEngine)
#include "test_runcommand_engine.moc"
