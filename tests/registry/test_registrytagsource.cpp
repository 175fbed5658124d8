// SPDX-License-Identifier: Apache-2.0
#include "common/errortext.h"
#include "credentialtestutil.h"
#include "hubfixtures.h"
#include "hubreplayserver.h"
#include "registry/registrytagsource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth::core;
using berth::test::HubReplayServer;

// Registry v2 listing against the replay server standing in for registry-1.docker.io and auth.docker.io:
// Bearer challenges, token requests with and without Basic credentials, Link paging.
class TestRegistryTagSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void bearerChallenge_anonymousToken_followsLinkPages();
    void bearerChallenge_credentialsFromConfigJsonSentToTokenEndpoint();
    void bearerChallenge_credentialsFromHelper();
    void bearerChallenge_wrongCredentials_isUnauthorized();
    void serverErrorOnAPage_isRetried();
    void malformedPage_isAnError();

private:
    struct Outcome
    {
        QStringList names;
        int pages = 0;
        std::optional<RegistryError> error;
    };
    Outcome list(int pageSize);

    HubReplayServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTemporaryDir *m_config = nullptr;
    QStringList m_tags;
};

void TestRegistryTagSource::init()
{
    m_server = new HubReplayServer(this);
    QVERIFY(m_server->listen());
    m_tags = berth::test::pytorchTagNames().mid(0, 45);
    m_server->addRepository(QStringLiteral("pytorch/pytorch"),
                            berth::test::hubTagObjects(QStringLiteral("pytorch/pytorch"), m_tags));
    m_network = new QNetworkAccessManager(this);
    m_config = new QTemporaryDir;
}

void TestRegistryTagSource::cleanup()
{
    delete m_server;
    delete m_network;
    delete m_config;
}

TestRegistryTagSource::Outcome TestRegistryTagSource::list(int pageSize)
{
    DockerCredentials credentials(m_config->path(), nullptr);
    RegistryTagSource source(m_network, &credentials, ImageReference::parse(QStringLiteral("pytorch/pytorch")));
    source.setBaseUrl(m_server->baseUrl());
    source.setPageSize(pageSize);
    RetryPolicy fast;
    fast.initialBackoffMs = 30;
    fast.requestTimeoutMs = 3000;
    source.setRetryPolicy(fast);
    Outcome outcome;
    connect(&source, &TagSource::page, this, [&](const QList<TagInfo> &tags, int) {
        ++outcome.pages;
        for (const TagInfo &t : tags)
            outcome.names << t.name;
    });
    connect(&source, &TagSource::finished, this, [&](const RegistryError &e) { outcome.error = e; });
    source.start();
    if (!QTest::qWaitFor([&] { return outcome.error.has_value(); }, 20000))
        outcome.error = RegistryError(RegistryError::Kind::Timeout, QStringLiteral("test waited too long"));
    return outcome;
}

void TestRegistryTagSource::bearerChallenge_anonymousToken_followsLinkPages()
{
    m_server->setRequireToken(true);
    const Outcome o = list(10);
    QVERIFY2(!o.error->isError(), qPrintable(o.error->toString()));
    QCOMPARE(o.pages, 5); // 45 tags, n=10
    QStringList expected = m_tags;
    expected.sort();
    QCOMPARE(o.names, expected);
    QCOMPARE(m_server->tokenRequests(), 1); // the token is reused for every page
    QVERIFY(m_server->lastTokenAuthorization().isEmpty());
    QVERIFY(m_server->requests().at(1).contains(QLatin1String("/token?service=registry.docker.io&scope=repository")));
    QVERIFY(m_server->requests().last().contains(QLatin1String("last=")));
}

void TestRegistryTagSource::bearerChallenge_credentialsFromConfigJsonSentToTokenEndpoint()
{
    m_server->setRequireToken(true, QStringLiteral("hubuser"), QStringLiteral("hubpass"));
    QVERIFY(writeDockerConfig(
        m_config->path(),
        {{QStringLiteral("auths"), QJsonObject{{QStringLiteral("https://index.docker.io/v1/"),
                                                authEntry(QStringLiteral("hubuser"), QStringLiteral("hubpass"))}}}}));
    const Outcome o = list(20);
    QVERIFY2(!o.error->isError(), qPrintable(o.error->toString()));
    QCOMPARE(o.names.size(), m_tags.size());
    QCOMPARE(m_server->lastTokenAuthorization(), "Basic " + QByteArray("hubuser:hubpass").toBase64());
}

void TestRegistryTagSource::bearerChallenge_credentialsFromHelper()
{
    QTemporaryDir bin;
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
    QVERIFY(writeCredentialHelper(bin.path(), QStringLiteral("berthhub"), QStringLiteral("https://index.docker.io/v1/"),
                                  QStringLiteral("helperuser"), QStringLiteral("helperpass")));
    QVERIFY(writeDockerConfig(m_config->path(), {{QStringLiteral("credsStore"), QStringLiteral("berthhub")}}));
    m_server->setRequireToken(true, QStringLiteral("helperuser"), QStringLiteral("helperpass"));
    const Outcome o = list(0);
    qputenv("PATH", oldPath);
    QVERIFY2(!o.error->isError(), qPrintable(o.error->toString()));
    QCOMPARE(o.pages, 1);
    QCOMPARE(o.names.size(), m_tags.size());
}

void TestRegistryTagSource::bearerChallenge_wrongCredentials_isUnauthorized()
{
    m_server->setRequireToken(true, QStringLiteral("hubuser"), QStringLiteral("hubpass"));
    QVERIFY(writeDockerConfig(
        m_config->path(),
        {{QStringLiteral("auths"), QJsonObject{{QStringLiteral("https://index.docker.io/v1/"),
                                                authEntry(QStringLiteral("hubuser"), QStringLiteral("wrong"))}}}}));
    const Outcome o = list(10);
    QCOMPARE(o.error->kind(), RegistryError::Kind::Unauthorized);
    QCOMPARE(o.pages, 0);
    QVERIFY(!berth::ui::ErrorText::registryMessage(*o.error).contains(QLatin1String("wrong"))); // never echo a secret
}

void TestRegistryTagSource::serverErrorOnAPage_isRetried()
{
    m_server->setFault(QStringLiteral("pytorch/pytorch"), 2, HubReplayServer::Fault::ServerError, 1);
    const Outcome o = list(10);
    QVERIFY2(!o.error->isError(), qPrintable(o.error->toString()));
    QCOMPARE(o.names.size(), m_tags.size());
}

void TestRegistryTagSource::malformedPage_isAnError()
{
    m_server->setFault(QStringLiteral("pytorch/pytorch"), 3, HubReplayServer::Fault::Malformed, 1);
    const Outcome o = list(10);
    QCOMPARE(o.error->kind(), RegistryError::Kind::Malformed);
    QCOMPARE(o.pages, 2);
}

QTEST_GUILESS_MAIN(TestRegistryTagSource)
#include "test_registrytagsource.moc"
