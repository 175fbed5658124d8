// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "runs/rundatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;

// `berth runs`, run from this executable itself (see main()) on a history under a temporary XDG_DATA_HOME.
class TestRunsCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(),
                      QStringList{QStringLiteral("--run-command"), QStringLiteral("runs")} + args);
        Run r;
        if (!process.waitForFinished(60000))
            return r;
        r.exitCode = process.exitCode();
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }
    QString dbPath() const { return m_data.filePath(QStringLiteral("berth/runs.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        QCOMPARE(RunDatabase::defaultPath(), dbPath());
        RunDatabase db;
        QVERIFY(db.open(dbPath()));
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 3; ++i) {
            RunRecord r;
            r.containerId = QStringLiteral("c%1").arg(i);
            r.name = QStringLiteral("train-%1").arg(i);
            r.server = QStringLiteral("unix:///var/run/docker.sock");
            r.owner = QStringLiteral("alice");
            r.image = QStringLiteral("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime");
            r.imageDigest = QStringLiteral("pytorch/pytorch@sha256:%1").arg(QString(64, QLatin1Char('a' + i)));
            r.dockerRun = QStringLiteral("docker run --rm pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime python t.py");
            r.createdAt = t0.addSecs(i * 3600);
            r.startedAt = r.createdAt.addSecs(2);
            QVERIFY(db.insert(r) > 0);
            if (i < 2) {
                r.outcome = RunOutcome::Exited;
                r.exitCode = i == 0 ? 0 : 3;
                r.finishedAt = r.startedAt.addSecs(90);
                r.logTail = QStringList{QStringLiteral("done %1").arg(i)};
                QVERIFY(db.finish(r));
            }
        }
    }

    void table_listsNewestFirstWithStatusAndDuration()
    {
        const Run r = run({});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("ID"));
        QVERIFY(lines[1].contains("train-2") && lines[1].contains("running"));
        QVERIFY(lines[2].contains("train-1") && lines[2].contains("exited (3)") && lines[2].contains("1m30s"));
        QVERIFY(lines[3].contains("train-0") && lines[3].contains("exited (0)"));
    }

    void json_hasEveryDocumentedField()
    {
        const Run r = run({QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 3);
        const QJsonObject failed = runs.at(1).toObject();
        for (const char *key : {"id", "name", "server", "image", "imageDigest", "dockerRun", "createdAt", "startedAt",
                                "finishedAt", "exitCode", "outcome", "owner"})
            QVERIFY2(failed.contains(QLatin1String(key)), key);
        QCOMPARE(failed.value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(failed.value(QStringLiteral("outcome")).toString(), QStringLiteral("exited"));
        QCOMPARE(failed.value(QStringLiteral("finishedAt")).toString(), QStringLiteral("2026-12-01T10:01:32.000Z"));
        QVERIFY(runs.at(0).toObject().value(QStringLiteral("exitCode")).isNull()); // still running
        QVERIFY(!failed.contains(QStringLiteral("logTail")));
        const Run withLogs = run({QStringLiteral("--json"), QStringLiteral("--logs")});
        QCOMPARE(QJsonDocument::fromJson(withLogs.out).array().at(1).toObject().value(QStringLiteral("logTail")),
                 QJsonValue(QJsonArray{QStringLiteral("done 1")}));
    }

    void statusAndLimit_filter()
    {
        Run r = run({QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("failed")});
        QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("train-1"));
        r = run({QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("running")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = run({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
        runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("train-2"));
    }

    void unknownStatusOrBadLimit_isAUsageError()
    {
        Run r = run({QStringLiteral("--status"), QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bogus"));
        r = run({QStringLiteral("--limit"), QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
    }

    void damagedHistory_isKeptAsideWithAMessage()
    {
        QTemporaryDir other;
        QDir(other.path()).mkpath(QStringLiteral("berth"));
        QFile f(other.filePath(QStringLiteral("berth/runs.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), other.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("berth.*=false"));
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--run-command"), QStringLiteral("runs")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("kept as"), err.constData());
        QCOMPARE(QDir(other.filePath(QStringLiteral("berth"))).entryList({QStringLiteral("runs.db.damaged-*")}).size(),
                 1);
        QVERIFY(process.readAllStandardOutput().contains("No runs"));
    }
};

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--run-command") == 0) {
        QCoreApplication app(argc, argv);
        const auto *command = berth::app::CommandRegistry::find(QString::fromLocal8Bit(argv[2]));
        return command ? command->run(app.arguments().mid(3)) : 127;
    }
    QCoreApplication app(argc, argv);
    TestRunsCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_runscommand.moc"
