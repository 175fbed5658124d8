// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "launch/launchsession.h"
#include "launchtesthelpers.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;

// The launch pipeline from a pasted line to an exit code, as `berth run` and the GUI drive it.
class TestLaunchSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unmappableLine_failsAtParseBeforeTheEngine();
    void invalidLine_failsAtValidate();
    void pastedLine_runsToItsExitCode();
    void spec_runsWithoutParsing();

private:
    LaunchSession::Request lineRequest(const QString &line) const;
    EngineClient *m_client = nullptr;
    QTemporaryDir m_project;
};

void TestLaunchSession::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    qRegisterMetaType<LaunchSession::Stage>();
    m_client = new EngineClient(Endpoint::fromHost(berth::test::dockerHost()), this);
}

LaunchSession::Request TestLaunchSession::lineRequest(const QString &line) const
{
    LaunchSession::Request request;
    request.text = line;
    request.parse = berth::test::fixedOptions(m_project.path());
    request.build.berthLabels = false;
    return request;
}

void TestLaunchSession::unmappableLine_failsAtParseBeforeTheEngine()
{
    // An engine that is not there: a parse failure must not need one.
    EngineClient nowhere(Endpoint::fromHost(QStringLiteral("unix:///nonexistent/berth.sock")));
    LaunchSession session(&nowhere, nullptr);
    QSignalSpy failed(&session, &LaunchSession::failed);
    QSignalSpy stages(&session, &LaunchSession::stageChanged);
    session.start(lineRequest(QStringLiteral("docker run --frobnicate img")));
    QCOMPARE(failed.size(), 1);
    const auto failure = failed.first().first().value<LaunchSession::Failure>();
    QCOMPARE(failure.step, LaunchSession::Step::Parse);
    QVERIFY(berth::test::problemKeys(failure.problems).contains(QStringLiteral("UnknownOption:--frobnicate")));
    QCOMPARE(stages.first().first().value<LaunchSession::Stage>(), LaunchSession::Stage::Parsing);
    QCOMPARE(session.stage(), LaunchSession::Stage::Failed);
}

void TestLaunchSession::invalidLine_failsAtValidate()
{
    LaunchSession session(m_client, nullptr);
    QSignalSpy failed(&session, &LaunchSession::failed);
    LaunchSession::Request request = lineRequest(QStringLiteral("docker run --name 'two words' img"));
    request.validation.checkHostPaths = false;
    session.start(request);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<LaunchSession::Failure>().step, LaunchSession::Step::Validate);
}

void TestLaunchSession::pastedLine_runsToItsExitCode()
{
    LaunchSession session(m_client, nullptr);
    QSignalSpy launched(&session, &LaunchSession::launched);
    QSignalSpy exited(&session, &LaunchSession::exited);
    QSignalSpy failed(&session, &LaunchSession::failed);
    session.start(lineRequest(QStringLiteral("docker run --rm -e CODE=3 ") + berth::test::busyboxImage() +
                              QStringLiteral(" sh -c 'exit $CODE'")));
    QTRY_VERIFY2_WITH_TIMEOUT(!exited.isEmpty() || !failed.isEmpty(), "no exit", 60000);
    const QString why =
        failed.isEmpty() ? QString() : failed.first().first().value<LaunchSession::Failure>().error.toString();
    QVERIFY2(failed.isEmpty(), qPrintable(why));
    QCOMPARE(launched.size(), 1);
    QCOMPARE(exited.first().at(2).toInt(), 3);
    // The parse result travelled on: the request now holds the spec the line described.
    QCOMPARE(session.request().spec.env, QStringList{QStringLiteral("CODE=3")});
    QVERIFY(!session.request().text);
}

void TestLaunchSession::spec_runsWithoutParsing()
{
    LaunchSpec spec;
    spec.setImageReference(berth::test::busyboxImage());
    spec.command = {QStringLiteral("true")};
    spec.autoRemove = true;
    LaunchSession::Request request;
    request.spec = spec;
    request.build.berthLabels = false;
    LaunchSession session(m_client, nullptr);
    QSignalSpy stages(&session, &LaunchSession::stageChanged);
    QSignalSpy exited(&session, &LaunchSession::exited);
    session.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(!exited.isEmpty(), 60000);
    QCOMPARE(exited.first().at(2).toInt(), 0);
    for (const QList<QVariant> &s : std::as_const(stages))
        QVERIFY(s.first().value<LaunchSession::Stage>() != LaunchSession::Stage::Parsing);
}

QTEST_GUILESS_MAIN(TestLaunchSession)
#include "test_launchsession.moc"
