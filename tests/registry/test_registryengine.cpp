// SPDX-License-Identifier: Apache-2.0
#include "credentialtestutil.h"
#include "engine/engineclient.h"
#include "hubreplayserver.h"
#include "registry/imagepull.h"
#include "registry/registrytagsource.h"
#include "registry/tagcatalog.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth::core;

// The real loopback registries (one open, one behind htpasswd Basic auth) and the real engine.
class TestRegistryEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authRegistry_basicAuthFromConfigJson_listsEveryTag();
    void authRegistry_withoutCredentials_isUnauthorized();
    void openRegistry_catalogListsTags();
    void catalog_marksImagesTheEngineAlreadyHas();
    void pull_withCredentials_reportsLayerProgress();
    void pull_withoutCredentials_isUnauthorized();
    void pull_cancelled_finishesOnce();

private:
    struct Listing
    {
        QStringList names;
        int pages = 0;
        std::optional<RegistryError> error;
    };
    Listing list(const QString &repository, DockerCredentials *credentials, int pageSize);
    std::optional<EngineError> pull(ImagePull &pull, const QString &ref, int timeoutMs = 120000);
    QString pushFreshImage();

    QTemporaryDir m_config;      // DOCKER_CONFIG with the auth registry's login
    QTemporaryDir m_emptyConfig; // no logins at all
    QNetworkAccessManager *m_network = nullptr;
    EngineClient *m_engine = nullptr;
    QString m_pushed;
};

void TestRegistryEngine::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    if (berth::test::registry().isEmpty() || berth::test::authRegistry().isEmpty())
        QFAIL("BERTH_TEST_REGISTRY / BERTH_TEST_AUTH_REGISTRY are not set: run through ./scripts/test");
    QVERIFY(writeDockerConfig(
        m_config.path(), {{QStringLiteral("auths"),
                           QJsonObject{{berth::test::authRegistry(),
                                        authEntry(berth::test::registryUser(), berth::test::registryPassword())}}}}));
    m_network = new QNetworkAccessManager(this);
    m_engine = new EngineClient(Endpoint::fromHost(berth::test::dockerHost()), this);
}

void TestRegistryEngine::cleanupTestCase()
{
    if (!m_pushed.isEmpty()) {
        int rc = 0;
        berth::test::docker({QStringLiteral("rmi"), QStringLiteral("-f"), m_pushed}, &rc);
    }
}

TestRegistryEngine::Listing TestRegistryEngine::list(const QString &repository, DockerCredentials *credentials,
                                                     int pageSize)
{
    RegistryTagSource source(m_network, credentials, ImageReference::parse(repository));
    source.setPageSize(pageSize);
    Listing listing;
    connect(&source, &TagSource::page, this, [&](const QList<TagInfo> &tags, int) {
        ++listing.pages;
        for (const TagInfo &t : tags)
            listing.names << t.name;
    });
    connect(&source, &TagSource::finished, this, [&](const RegistryError &e) { listing.error = e; });
    source.start();
    if (!QTest::qWaitFor([&] { return listing.error.has_value(); }, 30000))
        listing.error = RegistryError(RegistryError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return listing;
}

void TestRegistryEngine::authRegistry_basicAuthFromConfigJson_listsEveryTag()
{
    DockerCredentials credentials(m_config.path(), nullptr);
    // n=2 asks for paging; distribution 2.8 answers with every tag at once and no Link, newer ones page
    // (Link paging itself is covered against the replay server).
    const Listing l = list(berth::test::authRegistry() + QStringLiteral("/berth/multilayer"), &credentials, 2);
    QVERIFY2(!l.error->isError(), qPrintable(l.error->toString()));
    QVERIFY(l.pages >= 1);
    QCOMPARE(
        QSet<QString>(l.names.begin(), l.names.end()),
        (QSet<QString>{QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("2.0"), QStringLiteral("latest")}));
}

void TestRegistryEngine::authRegistry_withoutCredentials_isUnauthorized()
{
    DockerCredentials credentials(m_emptyConfig.path(), nullptr);
    const Listing l = list(berth::test::authRegistry() + QStringLiteral("/berth/multilayer"), &credentials, 0);
    QCOMPARE(l.error->kind(), RegistryError::Kind::Unauthorized);
    QVERIFY(l.names.isEmpty());
}

void TestRegistryEngine::openRegistry_catalogListsTags()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("berth.ini")));
    TagCatalog catalog(settings);
    QSignalSpy finished(&catalog, &TagCatalog::finished);
    QVERIFY(catalog.open(berth::test::registry() + QStringLiteral("/berth/multilayer")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!finished.first().first().value<RegistryError>().isError());
    QCOMPARE(catalog.index().size(), 4);
    const int latest = catalog.index().indexOf(QStringLiteral("latest"));
    QVERIFY(latest >= 0);
    QCOMPARE(catalog.index().at(latest).facts.version.rank(), VersionKey::Rank::Latest);
}

void TestRegistryEngine::catalog_marksImagesTheEngineAlreadyHas()
{
    // scripts/test tags the local busybox image as tensorflow/tensorflow:2.0.0-gpu-py3
    berth::test::HubReplayServer hub;
    QVERIFY(hub.listen());
    hub.addRepository(QStringLiteral("tensorflow/tensorflow"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("berth.ini")));
    settings.setValue(Settings::HubBaseUrl, hub.baseUrl().toString());
    TagCatalog catalog(settings);
    catalog.setEngine(m_engine);
    QSignalSpy local(&catalog, &TagCatalog::localImagesChanged);
    catalog.open(QStringLiteral("tensorflow/tensorflow"));
    QTRY_VERIFY_WITH_TIMEOUT(local.size() >= 1, 30000);
    QVERIFY(catalog.isPresentLocally(QStringLiteral("2.0.0-gpu-py3")));
    QVERIFY(!catalog.isPresentLocally(QStringLiteral("2.15.0-gpu")));
}

QString TestRegistryEngine::pushFreshImage()
{
    // Layers the engine does not have yet, so the pull really downloads bytes and reports them.
    QTemporaryDir context;
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    if (!dockerfile.open(QIODevice::WriteOnly))
        return {};
    dockerfile.write("FROM " + berth::test::busyboxImage().toUtf8() +
                     "\nRUN head -c 1500000 /dev/urandom > /a.bin\nRUN head -c 900000 /dev/urandom > /b.bin\n");
    dockerfile.close();
    const QString ref = berth::test::authRegistry() + QStringLiteral("/berth/pulltest-%1-%2:1.0")
                                                          .arg(QCoreApplication::applicationPid())
                                                          .arg(QDateTime::currentMSecsSinceEpoch());
    int rc = 0;
    QByteArray err;
    qputenv("DOCKER_BUILDKIT", "0");
    berth::test::docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), ref, context.path()}, &rc,
                        &err);
    if (rc != 0) {
        qWarning("docker build failed: %s", err.constData());
        return {};
    }
    berth::test::docker({QStringLiteral("--config"), m_config.path(), QStringLiteral("push"), ref}, &rc, &err);
    if (rc != 0) {
        qWarning("docker push failed: %s", err.constData());
        return {};
    }
    berth::test::docker({QStringLiteral("rmi"), ref}, &rc, &err);
    if (rc != 0) {
        qWarning("docker rmi failed: %s", err.constData());
        return {};
    }
    return ref;
}

std::optional<EngineError> TestRegistryEngine::pull(ImagePull &p, const QString &ref, int timeoutMs)
{
    std::optional<EngineError> result;
    int finishedCount = 0;
    connect(&p, &ImagePull::finished, this, [&](const EngineError &e) {
        result = e;
        ++finishedCount;
    });
    p.start(ImageReference::parse(ref));
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    QTest::qWait(50);
    if (finishedCount > 1)
        qWarning("finished() came %d times", finishedCount);
    return finishedCount == 1 ? result : std::nullopt;
}

void TestRegistryEngine::pull_withCredentials_reportsLayerProgress()
{
    m_pushed = pushFreshImage();
    QVERIFY(!m_pushed.isEmpty());
    DockerCredentials credentials(m_config.path(), nullptr);
    ImagePull p(m_engine, &credentials);
    int progressSignals = 0;
    qint64 maxTotal = 0;
    connect(&p, &ImagePull::progressChanged, this, [&] {
        ++progressSignals;
        maxTotal = qMax(maxTotal, p.progress().bytesTotal());
    });
    const auto result = pull(p, m_pushed);
    QVERIFY(result);
    QVERIFY2(!result->isError(), qPrintable(result->toString()));
    const PullProgressModel &m = p.progress();
    qInfo("pull: %d progress events, %d layers (%d already present), %lld of %lld bytes", m.eventCount(),
          m.layerCount(), m.layersExisting(), m.bytesDone(), m.bytesTotal());
    QVERIFY(m.eventCount() >= 8);
    QCOMPARE(progressSignals, m.eventCount() + 1); // +1: the reset at start
    QVERIFY(m.layerCount() >= 3);
    QVERIFY(m.layersExisting() >= 1); // the busybox base layer
    QCOMPARE(m.layersDone(), m.layerCount());
    QVERIFY(m.bytesTotal() > 1'000'000); // ~2.4 MB of random data, compressed (barely)
    QCOMPARE(m.bytesDone(), m.bytesTotal());
    QCOMPARE(m.fraction(), 1.0);
    QVERIFY(m.isComplete());
    QVERIFY(m.statusLine().contains(QLatin1String("Downloaded newer image")));
    // and the engine has it now
    int rc = 0;
    berth::test::docker({QStringLiteral("image"), QStringLiteral("inspect"), m_pushed}, &rc);
    QCOMPARE(rc, 0);
}

void TestRegistryEngine::pull_withoutCredentials_isUnauthorized()
{
    DockerCredentials credentials(m_emptyConfig.path(), nullptr);
    ImagePull p(m_engine, &credentials);
    const auto result = pull(p, berth::test::authRegistry() + QStringLiteral("/berth/multilayer:2.0"));
    QVERIFY(result);
    QVERIFY(result->isError());
    QVERIFY2(result->kind() == EngineError::Kind::Unauthorized, qPrintable(result->toString()));
}

void TestRegistryEngine::pull_cancelled_finishesOnce()
{
    DockerCredentials credentials(m_config.path(), nullptr);
    ImagePull p(m_engine, &credentials);
    QSignalSpy finished(&p, &ImagePull::finished);
    p.start(ImageReference::parse(berth::test::authRegistry() + QStringLiteral("/berth/multilayer:1.1")));
    QVERIFY(p.isRunning());
    p.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<EngineError>().kind(), EngineError::Kind::Cancelled);
    QVERIFY(!p.isRunning());
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestRegistryEngine)
#include "test_registryengine.moc"
