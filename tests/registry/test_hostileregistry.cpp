// SPDX-License-Identifier: Apache-2.0
#include "common/errortext.h"
#include "credentialtestutil.h"
#include "hostileserver.h"
#include "registry/hubtagsource.h"
#include "registry/registrytagsource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace berth::core;
using berth::test::HostileServer;

// Registry v2 and Docker Hub listings against servers that misbehave on purpose: credentials must stay with their
// origin, every reply and every listing must end in bounded time and memory, names must be tags.
class TestHostileRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void registryNextLinkToAnotherOrigin_isRefused_withoutCredentialsThere();
    void registryRedirectToAnotherOrigin_isRefused_withoutCredentialsThere();
    void registrySameOriginRedirect_keepsCredentials();
    void tokenRealmOverPlainHttpToAnotherHost_isRefused();
    void tokenRealmOverPlainHttpOnLoopback_isAllowed();
    void tokenRealmOverPlainHttp_allowedForAnInsecureRegistry();
    void hubNextLinkToAnotherOrigin_isRefused();
    void endlessChunkedBody_isTooLarge();
    void hugeContentLength_isTooLargeBeforeReading();
    void gzipBomb_isTooLarge_notInvalidJson();
    void slowLoris_endsAtTheResponseDeadline();
    void endlessRegistryPages_stopAtThePageLimit();
    void endlessHubPages_stopAtThePageLimit();
    void redirectLoop_isReportedAsALoop();
    void controlCharacterTagNames_areDroppedAndCounted_data();
    void controlCharacterTagNames_areDroppedAndCounted();
    void malformedFirstPage_doesNotPromiseTagsSoFar();

private:
    struct Outcome
    {
        QStringList names;
        int pages = 0;
        int dropped = 0;
        int requests = 0;
        qint64 elapsedMs = 0;
        RegistryError error;
    };
    Outcome run(TagSource *source);
    Outcome listRegistry(const RetryPolicy &policy = fast(), bool insecure = false);
    Outcome listHub(const RetryPolicy &policy = fast());
    static RetryPolicy fast();
    ImageReference reference() const;

    HostileServer *m_origin = nullptr;
    HostileServer *m_foreign = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QTemporaryDir> m_config;
};

RetryPolicy TestHostileRegistry::fast()
{
    RetryPolicy p;
    p.maxAttempts = 2;
    p.initialBackoffMs = 20;
    p.requestTimeoutMs = 3000;
    p.responseDeadlineMs = 8000;
    p.maxBodyBytes = 1024 * 1024;
    p.maxPages = 25;
    return p;
}

void TestHostileRegistry::init()
{
    m_origin = new HostileServer(this);
    m_foreign = new HostileServer(this);
    QVERIFY(m_origin->listen());
    QVERIFY(m_foreign->listen());
    m_network = new QNetworkAccessManager(this);
    m_config = std::make_unique<QTemporaryDir>();
    // The user's `docker login` for the origin registry: the secret that must never reach the foreign server.
    QVERIFY(writeDockerConfig(
        m_config->path(),
        {{QStringLiteral("auths"),
          QJsonObject{{m_origin->authority(), authEntry(QStringLiteral("alice"), QStringLiteral("s3cret"))}}}}));
}

void TestHostileRegistry::cleanup()
{
    delete m_origin;
    delete m_foreign;
    delete m_network;
    m_config.reset();
}

ImageReference TestHostileRegistry::reference() const
{
    return ImageReference::parse(m_origin->authority() + QStringLiteral("/berth/hostile"));
}

TestHostileRegistry::Outcome TestHostileRegistry::run(TagSource *source)
{
    Outcome outcome;
    std::optional<RegistryError> error;
    connect(source, &TagSource::page, this, [&](const QList<TagInfo> &tags, int) {
        ++outcome.pages;
        for (const TagInfo &t : tags)
            outcome.names << t.name;
    });
    connect(source, &TagSource::finished, this, [&](const RegistryError &e) { error = e; });
    QElapsedTimer clock;
    clock.start();
    source->start();
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 60000))
        error = RegistryError(RegistryError::Kind::Timeout, QStringLiteral("the test waited too long"));
    outcome.elapsedMs = clock.elapsed();
    outcome.error = *error;
    outcome.dropped = source->droppedTagCount();
    outcome.requests = source->requestCount();
    return outcome;
}

TestHostileRegistry::Outcome TestHostileRegistry::listRegistry(const RetryPolicy &policy, bool insecure)
{
    DockerCredentials credentials(m_config->path(), nullptr);
    RegistryTagSource source(m_network, &credentials, reference());
    source.setRetryPolicy(policy);
    source.setInsecure(insecure);
    return run(&source);
}

TestHostileRegistry::Outcome TestHostileRegistry::listHub(const RetryPolicy &policy)
{
    HubTagSource source(m_network, m_origin->baseUrl(), ImageReference::parse(QStringLiteral("berth/hostile")));
    source.setRetryPolicy(policy);
    return run(&source);
}

void TestHostileRegistry::registryNextLinkToAnotherOrigin_isRefused_withoutCredentialsThere()
{
    m_origin->requireBasic("alice", "s3cret");
    m_origin->setMode(HostileServer::Mode::NextLinkTo,
                      m_foreign->baseUrl().resolved(QUrl(QStringLiteral("/v2/berth/hostile/tags/list?n=2&last=2.0"))));
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::CrossOrigin);
    QVERIFY2(berth::ui::ErrorText::registryMessage(o.error).contains(m_foreign->authority()),
             qPrintable(berth::ui::ErrorText::registryMessage(o.error)));
    QCOMPARE(m_origin->authorizationsReceived().size(), 1); // the listing did use the login where it belongs
    QCOMPARE(m_foreign->requestCount(), 0);
    QCOMPARE(o.names, (QStringList{QStringLiteral("1.0"), QStringLiteral("2.0")}));
}

void TestHostileRegistry::registryRedirectToAnotherOrigin_isRefused_withoutCredentialsThere()
{
    m_origin->requireBasic("alice", "s3cret");
    m_origin->setMode(HostileServer::Mode::RedirectTo,
                      m_foreign->baseUrl().resolved(QUrl(QStringLiteral("/v2/berth/hostile/tags/list"))));
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::CrossOrigin);
    QVERIFY(m_foreign->authorizationsReceived().isEmpty());
    QCOMPARE(m_foreign->requestCount(), 0);
    QCOMPARE(o.pages, 0);
}

void TestHostileRegistry::registrySameOriginRedirect_keepsCredentials()
{
    // The foreign server plays the origin this time: it redirects to itself, which is fine.
    m_origin->requireBasic("alice", "s3cret");
    m_origin->setMode(HostileServer::Mode::RedirectTo,
                      m_origin->baseUrl().resolved(QUrl(QStringLiteral("/v2/berth/hostile/tags/list?moved=1"))));
    const Outcome o = listRegistry();
    // Every answer is the same redirect, so this ends as a loop, but every hop carried the login.
    QCOMPARE(o.error.kind(), RegistryError::Kind::RedirectLoop);
    QVERIFY(m_origin->authorizationsReceived().size() >= 2);
}

void TestHostileRegistry::tokenRealmOverPlainHttpToAnotherHost_isRefused()
{
    // 192.0.2.1 (TEST-NET-1) is never reachable: a request there would show up as a timeout, not InsecureRealm.
    m_origin->setMode(HostileServer::Mode::BearerRealmAt, QUrl(QStringLiteral("http://192.0.2.1/token")));
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::InsecureRealm);
    QVERIFY(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("http://192.0.2.1/token")));
    QVERIFY(o.elapsedMs < 2000);
}

void TestHostileRegistry::tokenRealmOverPlainHttpOnLoopback_isAllowed()
{
    // The realm is the foreign loopback server, which answers 404: the request was made, so the realm was accepted.
    m_origin->setMode(HostileServer::Mode::BearerRealmAt,
                      m_foreign->baseUrl().resolved(QUrl(QStringLiteral("/token"))));
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::NotFound);
    QCOMPARE(m_foreign->requestCount(), 1);
    // The token endpoint gets the Basic login: it is the realm the registry named, as docker does.
    QCOMPARE(m_foreign->authorizationsReceived().size(), 1);
}

void TestHostileRegistry::tokenRealmOverPlainHttp_allowedForAnInsecureRegistry()
{
    m_origin->setMode(HostileServer::Mode::BearerRealmAt, QUrl(QStringLiteral("http://192.0.2.1/token")));
    RetryPolicy p = fast();
    p.maxAttempts = 1;
    p.requestTimeoutMs = 300;
    const Outcome o = listRegistry(p, true);
    // Tried (and failed to reach TEST-NET-1) instead of refused.
    QVERIFY2(o.error.kind() == RegistryError::Kind::Timeout || o.error.kind() == RegistryError::Kind::Network,
             qPrintable(o.error.toString()));
}

void TestHostileRegistry::hubNextLinkToAnotherOrigin_isRefused()
{
    m_origin->setMode(HostileServer::Mode::NextLinkTo,
                      m_foreign->baseUrl().resolved(QUrl(QStringLiteral("/v2/namespaces/berth/repositories/x/tags"))));
    const Outcome o = listHub();
    QCOMPARE(o.error.kind(), RegistryError::Kind::CrossOrigin);
    QCOMPARE(m_foreign->requestCount(), 0);
    QCOMPARE(o.names.size(), 2);
    QVERIFY(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("2 tag")));
}

void TestHostileRegistry::endlessChunkedBody_isTooLarge()
{
    m_origin->setMode(HostileServer::Mode::EndlessBody);
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("1 MB")) ||
                 berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("1 MiB")),
             qPrintable(berth::ui::ErrorText::registryMessage(o.error)));
    QCOMPARE(o.requests, 1); // not retried: the next try would be as large
    QVERIFY(m_origin->bytesSent() < 64 * 1024 * 1024);
}

void TestHostileRegistry::hugeContentLength_isTooLargeBeforeReading()
{
    m_origin->setMode(HostileServer::Mode::HugeLength);
    const Outcome o = listHub();
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY(o.elapsedMs < 5000);
}

void TestHostileRegistry::gzipBomb_isTooLarge_notInvalidJson()
{
    m_origin->setBombBytes(64 * 1024 * 1024);
    m_origin->setMode(HostileServer::Mode::GzipBomb);
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooLarge);
    QVERIFY2(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("decompression")),
             qPrintable(berth::ui::ErrorText::registryMessage(o.error)));
}

void TestHostileRegistry::slowLoris_endsAtTheResponseDeadline()
{
    m_origin->setSlowIntervalMs(50); // well inside the 3 s inactivity timeout, for ever
    m_origin->setMode(HostileServer::Mode::SlowLoris);
    RetryPolicy p = fast();
    p.responseDeadlineMs = 1500;
    const Outcome o = listRegistry(p);
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooSlow);
    QVERIFY2(o.elapsedMs < 4000, QByteArray::number(o.elapsedMs).constData());
    QCOMPARE(o.requests, 1);
}

void TestHostileRegistry::endlessRegistryPages_stopAtThePageLimit()
{
    m_origin->setMode(HostileServer::Mode::EndlessPages);
    const Outcome o = listRegistry();
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooManyPages);
    QCOMPARE(o.pages, fast().maxPages);
    QCOMPARE(m_origin->requestCount(), fast().maxPages);
    QVERIFY(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("25 page")));
    QVERIFY(berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("25 tag")));
}

void TestHostileRegistry::endlessHubPages_stopAtThePageLimit()
{
    m_origin->setMode(HostileServer::Mode::EndlessPages);
    const Outcome o = listHub();
    QCOMPARE(o.error.kind(), RegistryError::Kind::TooManyPages);
    QCOMPARE(m_origin->requestCount(), fast().maxPages);
}

void TestHostileRegistry::redirectLoop_isReportedAsALoop()
{
    m_origin->setMode(HostileServer::Mode::RedirectLoop);
    const Outcome o = listHub();
    QCOMPARE(o.error.kind(), RegistryError::Kind::RedirectLoop);
    QCOMPARE(m_origin->requestCount(), fast().maxRedirects + 1);
    QVERIFY(!berth::ui::ErrorText::registryMessage(o.error).contains(QLatin1String("internal error")));
}

void TestHostileRegistry::controlCharacterTagNames_areDroppedAndCounted_data()
{
    QTest::addColumn<bool>("hub");
    QTest::newRow("registry") << false;
    QTest::newRow("hub") << true;
}

void TestHostileRegistry::controlCharacterTagNames_areDroppedAndCounted()
{
    QFETCH(bool, hub);
    m_origin->setMode(HostileServer::Mode::ControlTags);
    const Outcome o = hub ? listHub() : listRegistry();
    QVERIFY2(!o.error.isError(), qPrintable(o.error.toString()));
    QCOMPARE(o.names, HostileServer::validControlTagNames());
    QCOMPARE(o.dropped, HostileServer::controlTagNames().size() - HostileServer::validControlTagNames().size());
}

void TestHostileRegistry::malformedFirstPage_doesNotPromiseTagsSoFar()
{
    RegistryError none(RegistryError::Kind::Malformed, QStringLiteral("invalid JSON"), 200);
    none.setReceivedTags(0);
    QVERIFY(!berth::ui::ErrorText::registryMessage(none).contains(QLatin1String("so far")));
    RegistryError some(RegistryError::Kind::Malformed, QStringLiteral("invalid JSON"), 200);
    some.setReceivedTags(40);
    QVERIFY(berth::ui::ErrorText::registryMessage(some).contains(QLatin1String("so far")));
}

QTEST_GUILESS_MAIN(TestHostileRegistry)

#include "test_hostileregistry.moc"
