// SPDX-License-Identifier: Apache-2.0
#include "hubfixtures.h"
#include "hubreplayserver.h"
#include "registry/tagcatalog.h"
#include "settings/settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth::core;
using berth::test::HubReplayServer;

class TestTagCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void open_streamsPagesIntoIndexThenWritesCache();
    void secondOpen_showsCacheAtOnce_andWorksOffline();
    void refresh_dropsTagsDeletedUpstream();
    void hubUrlComesFromSettings();
    void invalidName_failsWithInvalidReference();
    void repositoryWithTag_listsTheWholeRepository();
    void rateLimited_stateSaysUntilWhen();

private:
    std::optional<RegistryError> waitFinished(TagCatalog &catalog, int ms = 30000);
    TagCatalog *catalog();

    QTemporaryDir *m_dir = nullptr;
    Settings *m_settings = nullptr;
    HubReplayServer *m_server = nullptr;
};

void TestTagCatalog::init()
{
    m_dir = new QTemporaryDir;
    m_settings = new Settings(m_dir->filePath(QStringLiteral("berth.ini")));
    m_server = new HubReplayServer;
    QVERIFY(m_server->listen());
    m_server->addRepository(QStringLiteral("tensorflow/tensorflow"));
    m_server->addRepository(QStringLiteral("nvidia/cuda"));
    m_settings->setValue(Settings::HubBaseUrl, m_server->baseUrl().toString());
}

void TestTagCatalog::cleanup()
{
    delete m_server;
    delete m_settings;
    delete m_dir;
}

TagCatalog *TestTagCatalog::catalog()
{
    auto *c = new TagCatalog(*m_settings, m_server);
    RetryPolicy fast;
    fast.initialBackoffMs = 30;
    fast.maxAttempts = 2;
    fast.requestTimeoutMs = 3000;
    c->setRetryPolicy(fast);
    return c;
}

std::optional<RegistryError> TestTagCatalog::waitFinished(TagCatalog &catalog, int ms)
{
    std::optional<RegistryError> result;
    QMetaObject::Connection c =
        connect(&catalog, &TagCatalog::finished, this, [&](const RegistryError &e) { result = e; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, ms);
    disconnect(c);
    return result;
}

void TestTagCatalog::open_streamsPagesIntoIndexThenWritesCache()
{
    TagCatalog *c = catalog();
    QSignalSpy added(c, &TagCatalog::tagsAdded);
    QSignalSpy written(c, &TagCatalog::cacheWritten);
    QVERIFY(c->open(QStringLiteral("tensorflow/tensorflow")));
    QCOMPARE(c->state(), TagCatalog::State::Loading);
    // the first page is in the index long before the listing ends
    QTRY_VERIFY(added.size() >= 1);
    QVERIFY(c->index().size() >= 100);
    const auto result = waitFinished(*c);
    QVERIFY(result && !result->isError());
    QCOMPARE(c->state(), TagCatalog::State::Done);
    QCOMPARE(added.size(), 32);
    QCOMPARE(c->index().size(), berth::test::tensorflowTagNames().size());
    QCOMPARE(c->expectedCount(), berth::test::tensorflowTagNames().size());
    QVERIFY(!c->isShowingCache());
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(written.first().first().toBool(), true);
    QVERIFY(c->cacheFile().startsWith(m_settings->cacheDir() + QStringLiteral("/tags-cache/")));
    QVERIFY(QFile::exists(c->cacheFile()));
}

void TestTagCatalog::secondOpen_showsCacheAtOnce_andWorksOffline()
{
    {
        TagCatalog *first = catalog();
        QSignalSpy written(first, &TagCatalog::cacheWritten);
        first->open(QStringLiteral("nvidia/cuda"));
        QVERIFY(waitFinished(*first).has_value());
        QTRY_COMPARE(written.size(), 1);
    }
    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    // offline: nothing answers at the Hub address any more
    const QString deadUrl = m_server->baseUrl().toString();
    auto *second = new TagCatalog(*m_settings, nullptr);
    RetryPolicy fast;
    fast.initialBackoffMs = 20;
    fast.maxAttempts = 2;
    second->setRetryPolicy(fast);
    delete m_server;
    m_server = nullptr;
    m_settings->setValue(Settings::HubBaseUrl, deadUrl);

    QSignalSpy cacheLoaded(second, &TagCatalog::cacheLoaded);
    QSignalSpy finished(second, &TagCatalog::finished);
    QElapsedTimer clock;
    clock.start();
    second->open(QStringLiteral("nvidia/cuda"));
    QTRY_COMPARE_WITH_TIMEOUT(cacheLoaded.size(), 1, 2000);
    const qint64 cacheMs = clock.elapsed();
    QCOMPARE(second->index().size(), berth::test::cudaTagNames().size());
    QVERIFY(second->isShowingCache());
    QVERIFY(qAbs(second->dataTime().secsTo(fetched)) < 30);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<RegistryError>().kind(), RegistryError::Kind::Network);
    QCOMPARE(second->state(), TagCatalog::State::Failed);
    QCOMPARE(second->index().size(), berth::test::cudaTagNames().size()); // still there
    QVERIFY(second->isShowingCache());
    qInfo("cache shown after %lld ms", cacheMs);
    delete second;
}

void TestTagCatalog::refresh_dropsTagsDeletedUpstream()
{
    TagCatalog *c = catalog();
    c->open(QStringLiteral("nvidia/cuda"));
    QVERIFY(waitFinished(*c));
    const int before = c->index().size();
    QStringList fewer = berth::test::cudaTagNames();
    fewer.removeLast();
    fewer.removeFirst();
    m_server->addRepository(QStringLiteral("nvidia/cuda"),
                            berth::test::hubTagObjects(QStringLiteral("nvidia/cuda"), fewer));
    QSignalSpy reset(c, &TagCatalog::reset);
    c->refresh();
    QVERIFY(waitFinished(*c));
    QCOMPARE(c->index().size(), before - 2);
    QVERIFY(reset.size() >= 1);
}

void TestTagCatalog::hubUrlComesFromSettings()
{
    TagCatalog *c = catalog();
    c->setCacheEnabled(false);
    c->open(QStringLiteral("tensorflow/tensorflow"));
    QVERIFY(waitFinished(*c));
    QVERIFY(m_server->requestCount() >= 32);
}

void TestTagCatalog::invalidName_failsWithInvalidReference()
{
    TagCatalog *c = catalog();
    QSignalSpy finished(c, &TagCatalog::finished);
    QVERIFY(!c->open(QStringLiteral("Not A Repo")));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<RegistryError>().kind(), RegistryError::Kind::InvalidReference);
    QCOMPARE(c->state(), TagCatalog::State::Failed);
    QVERIFY(c->index().isEmpty());
}

void TestTagCatalog::repositoryWithTag_listsTheWholeRepository()
{
    TagCatalog *c = catalog();
    c->setCacheEnabled(false);
    QVERIFY(c->open(QStringLiteral("nvidia/cuda:12.2.2-runtime-ubuntu22.04")));
    QCOMPARE(c->reference().toString(), QStringLiteral("nvidia/cuda"));
    QVERIFY(waitFinished(*c));
    QCOMPARE(c->index().size(), berth::test::cudaTagNames().size());
}

void TestTagCatalog::rateLimited_stateSaysUntilWhen()
{
    m_server->setFault(QStringLiteral("tensorflow/tensorflow"), 2, HubReplayServer::Fault::RateLimit, 1, 1);
    TagCatalog *c = catalog();
    c->setCacheEnabled(false);
    QSignalSpy limited(c, &TagCatalog::rateLimited);
    c->open(QStringLiteral("tensorflow/tensorflow"));
    QTRY_COMPARE(limited.size(), 1);
    QCOMPARE(c->state(), TagCatalog::State::WaitingForRateLimit);
    QVERIFY(c->rateLimitedUntil().isValid());
    const auto result = waitFinished(*c);
    QVERIFY(result && !result->isError());
    QCOMPARE(c->state(), TagCatalog::State::Done);
}

QTEST_GUILESS_MAIN(TestTagCatalog)
#include "test_tagcatalog.moc"
