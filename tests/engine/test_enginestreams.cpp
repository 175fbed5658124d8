// SPDX-License-Identifier: Apache-2.0
#include "async.h"
#include "engine/engineclient.h"
#include "engine/hijackedconnection.h"
#include "http/httpclient.h"
#include "http/httpreply.h"
#include "testenv.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace berth::core;
using berth::test::Awaiter;

namespace {
QJsonObject busybox(const QStringList &cmd, bool tty = false)
{
    return QJsonObject{{QStringLiteral("Image"), berth::test::busyboxImage()},
                       {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)},
                       {QStringLiteral("Tty"), tty},
                       {QStringLiteral("OpenStdin"), tty},
                       {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("berth.test"), QStringLiteral("1")}}}};
}
} // namespace

class TestEngineStreams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void events_seenForCreateStartDie();
    void logsFollow_endsWhenContainerExits();
    void ttyLogs_areRawBytes();
    void pull_fromLoopbackRegistry_reportsLayerProgress();
    void pull_missingTag_failsMidStream();
    void exec_tty_roundTrip();
    void exec_closeWrite_sendsEof();
    void keepAlive_reusesOneConnection();
    void timeout_isReported_andConnectionRecovers();
    void cancel_stopsFollowingStream();

private:
    QString run(const QJsonObject &body, bool start = true);
    EngineClient *m_client = nullptr;
    QStringList m_created;
};

void TestEngineStreams::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    m_client = new EngineClient(Endpoint::fromHost(berth::test::dockerHost()), this);
}

void TestEngineStreams::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created)) {
        Awaiter<Result<Done>> rm;
        m_client->removeContainer(id, true, true, this, rm.callback());
        rm.wait();
    }
}

QString TestEngineStreams::run(const QJsonObject &body, bool start)
{
    Awaiter<Result<CreatedContainer>> created;
    m_client->createContainer({}, body, this, created.callback());
    if (!created.wait() || !created.result().ok())
        return {};
    const QString id = created.result()->id;
    m_created << id;
    if (start) {
        Awaiter<Result<Done>> started;
        m_client->startContainer(id, this, started.callback());
        if (!started.wait() || !started.result().ok())
            return {};
    }
    return id;
}

void TestEngineStreams::events_seenForCreateStartDie()
{
    EventStream *events = m_client->events({{QStringLiteral("type"), {QStringLiteral("container")}}}, 0, this);
    QList<EngineEvent> seen;
    connect(events, &EventStream::eventReceived, this, [&](const EngineEvent &e) { seen << e; });
    QSignalSpy started(events, &EventStream::started);
    QVERIFY(started.wait(10000));
    const QString id = run(busybox({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 4")}));
    QVERIFY(!id.isEmpty());
    auto actions = [&] {
        QStringList a;
        for (const EngineEvent &e : seen) {
            if (e.actorId == id)
                a << e.action;
        }
        return a;
    };
    QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("die")), 20000);
    QVERIFY(actions().contains(QStringLiteral("create")));
    QVERIFY(actions().contains(QStringLiteral("start")));
    for (const EngineEvent &e : std::as_const(seen)) {
        if (e.actorId == id && e.action == QLatin1String("die"))
            QCOMPARE(e.attributes.value(QStringLiteral("exitCode")), QStringLiteral("4"));
    }
    QCOMPARE(seen.first().type, QStringLiteral("container"));
    events->cancel();
}

void TestEngineStreams::logsFollow_endsWhenContainerExits()
{
    const QString id =
        run(busybox({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("for i in 1 2 3 4 5; do echo line $i; sleep 0.2; done; echo bad >&2")}));
    QVERIFY(!id.isEmpty());
    EngineClient::LogOptions options;
    options.follow = true;
    LogStream *logs = m_client->logs(id, options, false, this);
    QByteArray out, err;
    connect(logs, &LogStream::output, this,
            [&](StreamChannel ch, const QByteArray &d) { (ch == StreamChannel::Stderr ? err : out) += d; });
    QSignalSpy finished(logs, &LogStream::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<EngineError>().kind(), EngineError::Kind::None);
    QCOMPARE(out, QByteArray("line 1\nline 2\nline 3\nline 4\nline 5\n"));
    QCOMPARE(err, QByteArray("bad\n"));
}

void TestEngineStreams::ttyLogs_areRawBytes()
{
    const QString id = run(
        busybox({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf 'a\\rb\\033[31mred\\n'")}, true));
    QVERIFY(!id.isEmpty());
    Awaiter<Result<WaitResult>> wait;
    m_client->waitContainer(id, QStringLiteral("not-running"), this, wait.callback());
    BERTH_AWAIT(wait);
    EngineClient::LogOptions options;
    options.follow = false;
    LogStream *logs = m_client->logs(id, options, true, this);
    QByteArray out;
    logs->setSink([&](StreamChannel, QByteArrayView d) { out.append(d); });
    QSignalSpy finished(logs, &LogStream::finished);
    QVERIFY(finished.wait(30000));
    // The TTY turns \n into \r\n; everything else arrives untouched, with no frame headers.
    QCOMPARE(out, QByteArray("a\rb\033[31mred\r\n"));
}

void TestEngineStreams::pull_fromLoopbackRegistry_reportsLayerProgress()
{
    const QString ref = berth::test::pullImage();
    QVERIFY2(!ref.isEmpty(), "BERTH_TEST_PULL_IMAGE is not set");
    // Drop every local copy of the image's layers, so the pull has to download them.
    for (const QByteArray &image :
         berth::test::docker({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--filter"),
                              QStringLiteral("reference=*/berth/multilayer")})
             .split('\n')) {
        if (!image.trimmed().isEmpty())
            berth::test::docker({QStringLiteral("rmi"), QStringLiteral("-f"), QString::fromLatin1(image.trimmed())});
    }
    const QString repo = ref.section(QLatin1Char(':'), 0, -2);
    const QString tag = ref.section(QLatin1Char(':'), -1);
    PullStream *pull = m_client->pull(repo, tag, {}, this);
    QList<PullProgress> progress;
    connect(pull, &PullStream::progress, this, [&](const PullProgress &p) { progress << p; });
    QSignalSpy finished(pull, &PullStream::finished);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<EngineError>().kind(), EngineError::Kind::None);
    QSet<QString> layers;
    bool sawBytes = false;
    for (const PullProgress &p : std::as_const(progress)) {
        if (p.status == QLatin1String("Pull complete"))
            layers << p.id;
        sawBytes = sawBytes || (p.total > 0 && p.current > 0);
    }
    QVERIFY2(layers.size() >= 3, qPrintable(QStringLiteral("layers completed: %1").arg(layers.size())));
    QVERIFY(sawBytes);
    Awaiter<Result<ImageDetails>> inspect;
    m_client->inspectImage(ref, this, inspect.callback());
    BERTH_AWAIT(inspect);
    QVERIFY(inspect.result().ok());
}

void TestEngineStreams::pull_missingTag_failsMidStream()
{
    PullStream *pull = m_client->pull(berth::test::registry() + QStringLiteral("/berth/multilayer"),
                                      QStringLiteral("no-such-tag"), {}, this);
    QSignalSpy finished(pull, &PullStream::finished);
    QVERIFY(finished.wait(60000));
    const EngineError error = finished.first().first().value<EngineError>();
    QVERIFY(error.isError());
    QVERIFY2(error.kind() == EngineError::Kind::NotFound, qPrintable(error.toString()));
}

void TestEngineStreams::exec_tty_roundTrip()
{
    const QString id = run(busybox({QStringLiteral("sleep"), QStringLiteral("60")}));
    QVERIFY(!id.isEmpty());
    const QJsonObject body{{QStringLiteral("AttachStdin"), true},
                           {QStringLiteral("AttachStdout"), true},
                           {QStringLiteral("AttachStderr"), true},
                           {QStringLiteral("Tty"), true},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")}}};
    Awaiter<Result<QString>> exec;
    m_client->createExec(id, body, this, exec.callback());
    BERTH_AWAIT(exec);
    QVERIFY(exec.result().ok());
    Awaiter<Result<std::shared_ptr<HijackedConnection>>> started;
    m_client->startExec(exec.result().value(), true, this, started.callback());
    BERTH_AWAIT(started);
    QVERIFY2(started.result().ok(), qPrintable(started.result().error().toString()));
    auto connection = started.result().value();
    QByteArray screen;
    QSignalSpy closed(connection.get(), &HijackedConnection::closed);
    connect(connection.get(), &HijackedConnection::received, this, [&](const QByteArray &d) { screen += d; });
    connection->start();
    connection->write("echo $((6*7))berth\n");
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("42berth"), 10000);
    connection->write("exit 3\n");
    QVERIFY(closed.wait(10000));
    Awaiter<Result<ExecDetails>> details;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 details.reset();
                                 m_client->inspectExec(exec.result().value(), this, details.callback());
                                 return details.wait() && details.result().ok() && !details.result()->running;
                             }()),
                             10000);
    QCOMPARE(details.result()->exitCode, 3);
}

void TestEngineStreams::exec_closeWrite_sendsEof()
{
    const QString id = run(busybox({QStringLiteral("sleep"), QStringLiteral("60")}));
    QVERIFY(!id.isEmpty());
    const QJsonObject body{{QStringLiteral("AttachStdin"), true},
                           {QStringLiteral("AttachStdout"), true},
                           {QStringLiteral("AttachStderr"), true},
                           {QStringLiteral("Tty"), false},
                           {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("wc"), QStringLiteral("-c")}}};
    Awaiter<Result<QString>> exec;
    m_client->createExec(id, body, this, exec.callback());
    BERTH_AWAIT(exec);
    Awaiter<Result<std::shared_ptr<HijackedConnection>>> started;
    m_client->startExec(exec.result().value(), false, this, started.callback());
    BERTH_AWAIT(started);
    QVERIFY(started.result().ok());
    auto connection = started.result().value();
    QByteArray raw;
    QSignalSpy closed(connection.get(), &HijackedConnection::closed);
    connect(connection.get(), &HijackedConnection::received, this, [&](const QByteArray &d) { raw += d; });
    connection->start();
    connection->write("12345");
    connection->closeWrite();
    QVERIFY(closed.wait(10000));
    // Non-TTY output is multiplexed: one stdout frame holding "5\n" (busybox wc pads with spaces).
    QVERIFY(raw.size() > 8);
    QCOMPARE(int(raw[0]), 1);
    QCOMPARE(raw.mid(8).trimmed(), QByteArray("5"));
}

void TestEngineStreams::keepAlive_reusesOneConnection()
{
    HttpClient http(berth::test::dockerHost());
    for (int i = 0; i < 20; ++i) {
        HttpRequest request;
        request.target = "/_ping";
        HttpReply *reply = http.send(request);
        QSignalSpy done(reply, &HttpReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->body(), QByteArray("OK"));
        reply->deleteLater();
        QTRY_COMPARE(http.idleConnectionCount(), 1);
    }
}

void TestEngineStreams::timeout_isReported_andConnectionRecovers()
{
    const QString id = run(busybox({QStringLiteral("sleep"), QStringLiteral("30")}));
    QVERIFY(!id.isEmpty());
    HttpClient http(berth::test::dockerHost());
    HttpRequest wait;
    wait.method = "POST";
    wait.target = "/v1.41/containers/" + id.toLatin1() + "/wait";
    wait.timeoutMs = 300;
    HttpReply *reply = http.send(wait);
    QSignalSpy done(reply, &HttpReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->error().kind, HttpError::Kind::Timeout);
    HttpRequest ping;
    ping.target = "/_ping";
    HttpReply *again = http.send(ping);
    QSignalSpy doneAgain(again, &HttpReply::finished);
    QVERIFY(doneAgain.wait(5000));
    QCOMPARE(again->status(), 200);
}

void TestEngineStreams::cancel_stopsFollowingStream()
{
    const QString id = run(busybox(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while true; do echo tick; sleep 0.1; done")}));
    QVERIFY(!id.isEmpty());
    LogStream *logs = m_client->logs(id, {}, false, this);
    int chunks = 0;
    logs->setSink([&](StreamChannel, QByteArrayView) { ++chunks; });
    QTRY_VERIFY_WITH_TIMEOUT(chunks > 2, 10000);
    QSignalSpy finished(logs, &LogStream::finished);
    logs->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(2000));
    QCOMPARE(finished.first().first().value<EngineError>().kind(), EngineError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestEngineStreams)
#include "test_enginestreams.moc"
