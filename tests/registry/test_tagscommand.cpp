// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "fulldisk.h"
#include "hostileserver.h"
#include "hubfixtures.h"
#include "hubreplayserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using berth::test::FullDisk;
using berth::test::HostileServer;
using berth::test::HubReplayServer;

// `berth tags`: this executable runs the registered command itself when started with --run-command, so the test
// drives it as a child process while the Hub replay server answers in this process.
class TestTagsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void table_showsParsedFacts();
    void json_isMachineReadable();
    void invalidRepository_exitsWithUsageError();
    void malformedHubReply_isAnErrorNotACrash();
    void offline_printsCachedTagsWithAWarning();
    void missingRepository_printsUsage();
    void controlCharacterTags_areLeftOutAndCounted_nothingRawReachesTheTerminal();
    void dotDotRepository_isAUsageError_withoutARequest();
    void fullDiskForTheCache_isReported();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);

    HubReplayServer *m_server = nullptr;
    QTemporaryDir *m_config = nullptr;
};

void TestTagsCommand::init()
{
    m_server = new HubReplayServer;
    QVERIFY(m_server->listen());
    m_server->addRepository(QStringLiteral("tensorflow/tensorflow"));
    m_server->addRepository(QStringLiteral("pytorch/pytorch"));
    m_config = new QTemporaryDir;
}

void TestTagsCommand::cleanup()
{
    delete m_server;
    delete m_config;
}

TestTagsCommand::Run TestTagsCommand::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BERTH_CONFIG_DIR"), m_config->path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("berth.*=false"));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--run-command"), QStringLiteral("tags")} + args);
    Run r;
    // spin the event loop (not waitForFinished) so that the replay server in this process can answer
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestTagsCommand::table_showsParsedFacts()
{
    const Run r = run({QStringLiteral("--hub-url"), m_server->baseUrl().toString(), QStringLiteral("--filter"),
                       QStringLiteral("2.15.0-gpu"), QStringLiteral("tensorflow/tensorflow")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, 2.15.0-gpu, 2.15.0-gpu-jupyter
    QVERIFY(lines[0].startsWith("TAG"));
    QVERIFY(lines[0].contains("DRIVER"));
    const QList<QByteArray> cells = lines[1].simplified().split(' ');
    QCOMPARE(cells.value(0), QByteArray("2.15.0-gpu"));
    QCOMPARE(cells.value(1), QByteArray("2.15.0"));
    QCOMPARE(cells.value(2), QByteArray("yes"));
    QCOMPARE(cells.value(3), QByteArray("12.2*")); // * = from TensorFlow's tested configurations
    QCOMPARE(cells.value(4), QByteArray("8.9"));
    QCOMPARE(cells.value(5), QByteArray("runtime"));
    QCOMPARE(cells.value(6), QByteArray(">=525.60.13"));
}

void TestTagsCommand::json_isMachineReadable()
{
    const Run r =
        run({QStringLiteral("--json"), QStringLiteral("--hub-url"), m_server->baseUrl().toString(),
             QStringLiteral("--filter"), QStringLiteral("cuda12.1-cudnn8-runtime"), QStringLiteral("pytorch/pytorch")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QLatin1String("repository")).toString(), QStringLiteral("pytorch/pytorch"));
    const QJsonArray tags = doc.value(QLatin1String("tags")).toArray();
    QVERIFY(tags.size() > 10);
    QCOMPARE(doc.value(QLatin1String("count")).toInt(), tags.size());
    for (const QJsonValue &v : tags) {
        const QJsonObject t = v.toObject();
        QCOMPARE(t.value(QLatin1String("cuda")).toString(), QStringLiteral("12.1"));
        QCOMPARE(t.value(QLatin1String("cudnn")).toString(), QStringLiteral("8"));
        QCOMPARE(t.value(QLatin1String("gpu")).toBool(), true);
        QCOMPARE(t.value(QLatin1String("variant")).toString(), QStringLiteral("runtime"));
        QCOMPARE(t.value(QLatin1String("minimumDriver")).toString(), QStringLiteral("525.60.13"));
        QVERIFY(t.value(QLatin1String("digest")).toString().startsWith(QLatin1String("sha256:")));
        QVERIFY(t.value(QLatin1String("lastPushed")).toString().endsWith(QLatin1Char('Z')));
    }
    // newest first
    QCOMPARE(tags.first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("2.3.1-cuda12.1-cudnn8-runtime"));
}

void TestTagsCommand::invalidRepository_exitsWithUsageError()
{
    const Run r = run({QStringLiteral("--hub-url"), m_server->baseUrl().toString(), QStringLiteral("Not/Valid!")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("is not a repository name"));
    QVERIFY(r.out.isEmpty());
}

void TestTagsCommand::malformedHubReply_isAnErrorNotACrash()
{
    m_server->setFault(QStringLiteral("tensorflow/tensorflow"), 1, HubReplayServer::Fault::Malformed, 1);
    const Run r =
        run({QStringLiteral("--hub-url"), m_server->baseUrl().toString(), QStringLiteral("tensorflow/tensorflow")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("could not read"), r.err.constData());
    QVERIFY2(!r.err.contains("so far"), r.err.constData()); // none were received
}

void TestTagsCommand::offline_printsCachedTagsWithAWarning()
{
    const QString url = m_server->baseUrl().toString();
    Run first = run({QStringLiteral("--hub-url"), url, QStringLiteral("pytorch/pytorch")});
    QCOMPARE(first.exitCode, 0);
    QTest::qWait(200); // the cache is written on a worker after the listing
    delete m_server;
    m_server = nullptr;
    const Run r = run({QStringLiteral("--hub-url"), url, QStringLiteral("--filter"), QStringLiteral("2.3.1"),
                       QStringLiteral("pytorch/pytorch")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("Could not reach"));
    QVERIFY(r.err.contains("cached tags"));
    QVERIFY(r.out.contains("2.3.1-cuda12.1-cudnn8-runtime"));
}

void TestTagsCommand::missingRepository_printsUsage()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage: berth tags"));
}

void TestTagsCommand::controlCharacterTags_areLeftOutAndCounted_nothingRawReachesTheTerminal()
{
    HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setMode(HostileServer::Mode::ControlTags);
    const Run r = run({QStringLiteral("--hub-url"), hostile.baseUrl().toString(), QStringLiteral("berth/hostile")});
    QCOMPARE(r.exitCode, 0);
    for (const QByteArray &stream : {r.out, r.err}) {
        QVERIFY2(!stream.contains('\x1b') && !stream.contains('\r') && !stream.contains('\x07'), stream.constData());
    }
    QVERIFY2(!r.out.contains("../"), r.out.constData());
    for (const QString &valid : HostileServer::validControlTagNames())
        QVERIFY2(r.out.contains(valid.toUtf8()), r.out.constData());
    QVERIFY2(r.err.contains("6 tag name"), r.err.constData());
}

void TestTagsCommand::dotDotRepository_isAUsageError_withoutARequest()
{
    const int before = m_server->requestCount();
    const Run r = run({QStringLiteral("--hub-url"), m_server->baseUrl().toString(), QStringLiteral("../../x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not a repository name"), r.err.constData());
    QCOMPARE(m_server->requestCount(), before);
}

void TestTagsCommand::fullDiskForTheCache_isReported()
{
    if (!FullDisk::canMount())
        QSKIP("needs root to mount a small tmpfs (scripts/test runs as root)");
    FullDisk disk;
    QVERIFY(disk.isMounted());
    QVERIFY(QDir().mkpath(disk.path() + QStringLiteral("/config/tags-cache")));
    QVERIFY(disk.fill());
    delete m_config;
    m_config = nullptr;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BERTH_CONFIG_DIR"), disk.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("berth.*=false"));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--run-command"), QStringLiteral("tags"), QStringLiteral("--hub-url"),
                   m_server->baseUrl().toString(), QStringLiteral("pytorch/pytorch")});
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0); // the listing itself worked
    QVERIFY2(err.contains("Cannot write") && err.contains("previous version was kept"), err.constData());
    m_config = new QTemporaryDir;
}

int main(int argc, char *argv[])
{
    if (argc > 2 && qstrcmp(argv[1], "--run-command") == 0) {
        QCoreApplication app(argc, argv);
        const auto *command = berth::app::CommandRegistry::find(QString::fromLocal8Bit(argv[2]));
        return command ? command->run(app.arguments().mid(3)) : 127;
    }
    QCoreApplication app(argc, argv);
    TestTagsCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_tagscommand.moc"
