// SPDX-License-Identifier: Apache-2.0
#include "engine/engineerror.h"

#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;

using Kind = EngineError::Kind;
using Cause = EngineError::Cause;

class TestEngineError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void fromPullMessage_data();
    void fromPullMessage();
    void forPull_registryLoginAnsweredWith500IsUnauthorized();
    void forPull_leavesOtherCallsAlone();
};

void TestEngineError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Cause>("cause");
    // The messages as the engine writes them (Debian's docker.io 20.10 and 26).
    QTest::newRow("no such image") << 404 << QByteArray(R"({"message":"No such image: berth-test/missing:1"})")
                                   << Kind::NotFound << Cause::NoSuchImage;
    QTest::newRow("no such container") << 404 << QByteArray(R"({"message":"No such container: abc"})") << Kind::NotFound
                                       << Cause::Unspecified;
    QTest::newRow("name in use")
        << 409
        << QByteArray(R"({"message":"Conflict. The container name \"/x\" is already in use by container \"0123\"."})")
        << Kind::Conflict << Cause::NameInUse;
    QTest::newRow("not running") << 409 << QByteArray(R"({"message":"Container 0123 is not running"})")
                                 << Kind::Conflict << Cause::ContainerNotRunning;
    QTest::newRow("volume in use") << 409 << QByteArray(R"({"message":"remove pip_cache: volume is in use - [0123]"})")
                                   << Kind::Conflict << Cause::VolumeInUse;
    QTest::newRow("port in use is no name conflict")
        << 500 << QByteArray(R"({"message":"driver failed programming external connectivity: address already in use"})")
        << Kind::ServerError << Cause::Unspecified;
    QTest::newRow("disk usage busy") << 500 << QByteArray(R"({"message":"a disk usage operation is already running"})")
                                     << Kind::ServerError << Cause::OperationRunning;
    QTest::newRow("no nvidia runtime")
        << 500 << QByteArray(R"({"message":"could not select device driver \"\" with capabilities: [[gpu]]"})")
        << Kind::GpuDriverMissing << Cause::Unspecified;
    QTest::newRow("registry login through the engine")
        << 500 << QByteArray(R"({"message":"Head \"https://r/v2/x/manifests/1\": no basic auth credentials"})")
        << Kind::Unauthorized << Cause::Unspecified;
    QTest::newRow("client too new")
        << 400 << QByteArray(R"({"message":"client version 1.99 is too new. Maximum supported API version is 1.41"})")
        << Kind::ApiVersionUnsupported << Cause::Unspecified;
    QTest::newRow("bad parameter") << 400 << QByteArray(R"({"message":"invalid mount config"})") << Kind::BadRequest
                                   << Cause::Unspecified;
    QTest::newRow("plain text body") << 502 << QByteArray("Bad Gateway\n") << Kind::ServerError << Cause::Unspecified;
}

void TestEngineError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(Cause, cause);
    const EngineError e = EngineError::fromHttp(status, body);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.cause(), cause);
    QCOMPARE(e.httpStatus(), status);
    QVERIFY(!e.message().isEmpty());
    // A copy made from the parts classifies the same: the cause is data, not a side effect of fromHttp.
    QCOMPARE(EngineError(e.kind(), e.message(), status).cause(), cause);
}

void TestEngineError::fromPullMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("manifest unknown") << u"manifest for busybox:nope not found: manifest unknown"_s << Kind::NotFound
                                      << Cause::NotInRegistry;
    QTest::newRow("pull access denied")
        << u"pull access denied for berth/none, repository does not exist or may require 'docker login'"_s
        << Kind::Unauthorized << Cause::PullAccessDenied;
    QTest::newRow("unauthorized") << u"unauthorized: authentication required"_s << Kind::Unauthorized
                                  << Cause::Unspecified;
    QTest::newRow("disk full") << u"write /var/lib/docker/tmp/x: no space left on device"_s << Kind::ServerError
                               << Cause::Unspecified;
}

void TestEngineError::fromPullMessage()
{
    QFETCH(QString, message);
    QFETCH(Kind, kind);
    QFETCH(Cause, cause);
    const EngineError e = EngineError::fromPullMessage(message);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.cause(), cause);
    QCOMPARE(e.httpStatus(), 200); // failures mid-pull come after the 200
    QCOMPARE(e.message(), message);
}

void TestEngineError::forPull_registryLoginAnsweredWith500IsUnauthorized()
{
    const EngineError e = EngineError::fromHttp(500, R"({"message":"Get \"https://r/v2/\": unauthorized: x"})");
    QCOMPARE(e.kind(), Kind::ServerError);
    QCOMPARE(e.forPull().kind(), Kind::Unauthorized);
    QCOMPARE(e.forPull().httpStatus(), 500);
    QCOMPARE(e.forPull().forPull().kind(), Kind::Unauthorized);
    const EngineError missing =
        EngineError::fromHttp(404, R"({"message":"pull access denied for nosuch, repository does not exist"})");
    QCOMPARE(missing.forPull().kind(), Kind::NotFound);
    QCOMPARE(missing.forPull().cause(), Cause::PullAccessDenied);
}

void TestEngineError::forPull_leavesOtherCallsAlone()
{
    // "not found" in a create error names a missing executable, not a missing image: only pulls read it so.
    const EngineError e =
        EngineError::fromHttp(400, R"({"message":"exec: \"trian.py\": executable file not found in $PATH"})");
    QCOMPARE(e.cause(), Cause::Unspecified);
    QCOMPARE(e.forPull().cause(), Cause::NotInRegistry);
    QCOMPARE(EngineError(Kind::Cancelled, u"pull cancelled"_s).forPull().kind(), Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestEngineError)
#include "test_engineerror.moc"
