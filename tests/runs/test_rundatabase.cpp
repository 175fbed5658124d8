// SPDX-License-Identifier: Apache-2.0
#include "runs/rundatabase.h"
#include "runs/runstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace berth::core;

namespace {
RunRecord sampleRun(const QString &id, const QString &image = QStringLiteral("pytorch/pytorch:2.3.0"))
{
    RunRecord r;
    r.containerId = id;
    r.name = QStringLiteral("run-") + id;
    r.server = QStringLiteral("unix:///var/run/docker.sock");
    r.owner = QStringLiteral("alice");
    r.image = image;
    r.dockerRun = QStringLiteral("docker run --rm ") + image + QStringLiteral(" python train.py");
    r.createdAt = QDateTime::currentDateTimeUtc();
    return r;
}

RunRecord ended(RunRecord r, RunOutcome outcome, std::optional<int> code)
{
    r.outcome = outcome;
    r.exitCode = code;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    return r;
}
} // namespace

class TestRunDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabase_isWalAtCurrentSchema();
    void damagedFile_isKeptAsideAndAFreshOneStarted();
    void newerSchema_isKeptAsideNotOverwritten();
    void versionOneDatabase_isMigratedKeepingItsRuns();
    void finish_recordsAnEndOnlyOnce();
    void finish_keepsTheLogTailAndSummary();
    void query_filtersByStatusServerImageAndText();
    void query_textWithWildcards_isLiteral();
    void store_answersOnTheCallersThreadFromAWorker();
    void store_damagedFile_saysWhereItWasKept();
};

void TestRunDatabase::freshDatabase_isWalAtCurrentSchema()
{
    QTemporaryDir dir;
    RunDatabase db;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("sub/runs.db"))), qPrintable(db.errorString()));
    QVERIFY(db.insert(sampleRun(QStringLiteral("a"))) > 0);
    db.close();
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(dir.filePath(QStringLiteral("sub/runs.db")));
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), RunDatabase::SchemaVersion);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestRunDatabase::damagedFile_isKeptAsideAndAFreshOneStarted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    f.write(garbage);
    f.close();

    RunDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(!db.keptAside().isEmpty());
    QVERIFY(db.keptAside().startsWith(path + QStringLiteral(".damaged-")));
    QFile kept(db.keptAside());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // untouched, for whoever wants to rescue it
    QVERIFY(db.insert(sampleRun(QStringLiteral("b"))) > 0);
    QCOMPARE(db.query({}).size(), 1);
}

void TestRunDatabase::newerSchema_isKeptAsideNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    RunDatabase db;
    QVERIFY(db.open(path));
    QVERIFY(!db.keptAside().isEmpty());
    QVERIFY(QFile::exists(db.keptAside()));
    QVERIFY(db.errorString().contains(QStringLiteral("newer")));
}

void TestRunDatabase::versionOneDatabase_isMigratedKeepingItsRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.db"));
    {
        // Exactly what schema version 1 created.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, container_id TEXT NOT NULL, name TEXT,"
            " server TEXT NOT NULL DEFAULT '', owner TEXT, image TEXT, image_digest TEXT, image_id TEXT,"
            " docker_run TEXT, spec TEXT, project_folder TEXT, gpus TEXT, source TEXT, created_at INTEGER,"
            " started_at INTEGER, finished_at INTEGER, exit_code INTEGER, outcome TEXT NOT NULL, message TEXT,"
            " auto_remove INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (container_id, name, server, image, outcome, exit_code)"
                                      " VALUES ('c1', 'old-run', 's', 'busybox', 'exited', 7)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    RunDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(db.keptAside().isEmpty());
    const QList<RunRecord> runs = db.query({});
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].name, QStringLiteral("old-run"));
    QCOMPARE(runs[0].exitCode.value_or(-1), 7);
    RunSummary s;
    s.peakMemoryBytes = 1234;
    QVERIFY(db.setSummary(runs[0].id, s)); // the column version 2 added
    QCOMPARE(db.get(runs[0].id)->summary.peakMemoryBytes, 1234);
}

void TestRunDatabase::finish_recordsAnEndOnlyOnce()
{
    QTemporaryDir dir;
    RunDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("runs.db"))));
    RunRecord r = sampleRun(QStringLiteral("c"));
    QVERIFY(db.insert(r) > 0);
    QVERIFY(db.finish(ended(r, RunOutcome::Exited, 3)).has_value());
    QVERIFY(!db.finish(ended(r, RunOutcome::Unknown, std::nullopt)).has_value());
    const QList<RunRecord> runs = db.query({});
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].outcome, RunOutcome::Exited);
    QCOMPARE(runs[0].exitCode.value_or(-1), 3);
    QVERIFY(db.unfinished(r.server).isEmpty());
}

void TestRunDatabase::finish_keepsTheLogTailAndSummary()
{
    QTemporaryDir dir;
    RunDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("runs.db"))));
    RunRecord r = sampleRun(QStringLiteral("d"));
    r.spec = QJsonObject{{QStringLiteral("image"), QStringLiteral("pytorch/pytorch")}};
    QVERIFY(db.insert(r) > 0);
    RunRecord e = ended(r, RunOutcome::OomKilled, 137);
    e.logTail = QStringList{QStringLiteral("epoch 1"), QStringLiteral("Killed")};
    e.summary.peakMemoryBytes = 8 << 20;
    const auto stored = db.finish(e);
    QVERIFY(stored);
    QCOMPARE(stored->logTail, e.logTail);
    QCOMPARE(stored->summary.peakMemoryBytes, qint64(8 << 20));
    QCOMPARE(stored->spec.value(QStringLiteral("image")).toString(), QStringLiteral("pytorch/pytorch"));
    // Lists leave the big fields out.
    QVERIFY(db.query({}).first().logTail.isEmpty());
}

void TestRunDatabase::query_filtersByStatusServerImageAndText()
{
    QTemporaryDir dir;
    RunDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("runs.db"))));
    RunRecord ok = sampleRun(QStringLiteral("ok1"));
    RunRecord bad = sampleRun(QStringLiteral("bad1"), QStringLiteral("tensorflow/tensorflow:2.15.0-gpu"));
    bad.server = QStringLiteral("ssh://lab");
    RunRecord live = sampleRun(QStringLiteral("live1"));
    for (const RunRecord &r : {ok, bad, live})
        QVERIFY(db.insert(r) > 0);
    QVERIFY(db.finish(ended(ok, RunOutcome::Exited, 0)));
    QVERIFY(db.finish(ended(bad, RunOutcome::Exited, 1)));

    RunQuery q;
    q.status = QStringLiteral("failed");
    QCOMPARE(db.query(q).size(), 1);
    QCOMPARE(db.query(q).first().containerId, QStringLiteral("bad1"));
    q.status = QStringLiteral("succeeded");
    QCOMPARE(db.query(q).first().containerId, QStringLiteral("ok1"));
    q.status = QStringLiteral("running");
    QCOMPARE(db.query(q).first().containerId, QStringLiteral("live1"));
    q = {};
    q.server = QStringLiteral("ssh://lab");
    QCOMPARE(db.count(q), 1);
    q = {};
    q.image = QStringLiteral("tensorflow");
    QCOMPARE(db.count(q), 1);
    q = {};
    q.text = QStringLiteral("LIVE1"); // LIKE is case-insensitive for ASCII
    QCOMPARE(db.count(q), 1);
    q = {};
    q.limit = 2;
    const QList<RunRecord> newest = db.query(q);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest[0].containerId, QStringLiteral("live1")); // newest first
}

void TestRunDatabase::query_textWithWildcards_isLiteral()
{
    QTemporaryDir dir;
    RunDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("runs.db"))));
    QVERIFY(db.insert(sampleRun(QStringLiteral("x1"))) > 0);
    RunQuery q;
    q.text = QStringLiteral("%");
    QCOMPARE(db.count(q), 0);
    q.text = QStringLiteral("_");
    QCOMPARE(db.count(q), 0);
}

void TestRunDatabase::store_answersOnTheCallersThreadFromAWorker()
{
    QTemporaryDir dir;
    RunStore store;
    QSignalSpy opened(&store, &RunStore::opened);
    store.open(dir.filePath(QStringLiteral("runs.db")));
    QVERIFY(opened.wait());
    QVERIFY(opened.first().at(0).toBool());
    QObject context;
    std::optional<RunRecord> added;
    store.add(sampleRun(QStringLiteral("s1")), &context, [&](const RunRecord &r) {
        QCOMPARE(QThread::currentThread(), qApp->thread());
        added = r;
    });
    QTRY_VERIFY(added.has_value());
    QVERIFY(added->id > 0);
    QList<RunRecord> listed;
    bool answered = false;
    store.query({}, &context, [&](const QList<RunRecord> &runs) {
        listed = runs;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(listed.size(), 1);
}

void TestRunDatabase::store_damagedFile_saysWhereItWasKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x7f'));
    f.close();
    RunStore store;
    QSignalSpy kept(&store, &RunStore::damagedKeptAside);
    QSignalSpy opened(&store, &RunStore::opened);
    store.open(path);
    QVERIFY(opened.wait());
    QCOMPARE(kept.size(), 1);
    QVERIFY(QFile::exists(kept.first().at(0).toString()));
    QVERIFY(opened.first().at(0).toBool());
}

QTEST_GUILESS_MAIN(TestRunDatabase)
#include "test_rundatabase.moc"
