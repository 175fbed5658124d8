// SPDX-License-Identifier: Apache-2.0
#include "common/errortext.h"
#include "hubfixtures.h"
#include "hubreplayserver.h"
#include "registry/hubtagsource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace berth::core;
using berth::test::HubReplayServer;
using Fault = HubReplayServer::Fault;

namespace {
const QString Tf = QStringLiteral("tensorflow/tensorflow");

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.initialBackoffMs = 40;
    p.maxBackoffMs = 200;
    p.requestTimeoutMs = 2000;
    p.maxAttempts = 4;
    p.maxRateLimitWaitSecs = 10;
    return p;
}

// Collects what a source reports until it finishes.
struct Run
{
    QList<QList<TagInfo>> pages;
    QList<bool> runningAtPage;
    QList<QDateTime> rateLimits;
    QList<RegistryError> retries;
    std::optional<RegistryError> result;
    QElapsedTimer clock;
    qint64 firstPageMs = -1;
    qint64 finishedMs = -1;

    explicit Run(TagSource *source)
    {
        QObject::connect(source, &TagSource::page, source, [this, source](const QList<TagInfo> &tags, int) {
            if (pages.isEmpty())
                firstPageMs = clock.elapsed();
            pages << tags;
            runningAtPage << source->isRunning();
        });
        QObject::connect(source, &TagSource::rateLimited, source,
                         [this](const QDateTime &until) { rateLimits << until; });
        QObject::connect(source, &TagSource::retrying, source,
                         [this](int, int, const RegistryError &why) { retries << why; });
        QObject::connect(source, &TagSource::finished, source, [this](const RegistryError &e) {
            result = e;
            finishedMs = clock.elapsed();
        });
        clock.start();
    }
    bool wait(int ms = 30000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    QStringList names() const
    {
        QStringList list;
        for (const auto &page : pages)
            for (const TagInfo &t : page)
                list << t.name;
        return list;
    }
};
} // namespace

class TestHubTagSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listing_streams3186TagsOver32Pages();
    void rateLimit_waitsUntilRetryAfterThenContinues();
    void rateLimit_tooFarAhead_failsSayingUntilWhen();
    void serverError_retriedWithGrowingBackoff();
    void serverError_persistent_failsWithStatus();
    void slowPage_timesOutAndIsRetried();
    void slowPage_withinTimeout_earlierPagesAlreadyDelivered();
    void malformedPage_isAnError_earlierPagesKept();
    void namespacesRoute404_fallsBackToLegacyRoute();
    void unknownRepository_isNotFound();
    void unreachableHub_isNetworkErrorAfterRetries();
    void cancel_stopsWithoutFurtherPages();

private:
    HubTagSource *source(const QString &repository, int pageSize = 100);
    HubReplayServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TestHubTagSource::init()
{
    m_server = new HubReplayServer(this);
    QVERIFY(m_server->listen());
    m_server->addRepository(Tf);
    m_server->addRepository(QStringLiteral("pytorch/pytorch"));
    m_network = new QNetworkAccessManager(this);
}

void TestHubTagSource::cleanup()
{
    delete m_server;
    delete m_network;
}

HubTagSource *TestHubTagSource::source(const QString &repository, int pageSize)
{
    auto *s = new HubTagSource(m_network, m_server->baseUrl(), ImageReference::parse(repository), m_server);
    s->setPageSize(pageSize);
    s->setRetryPolicy(fastPolicy());
    return s;
}

void TestHubTagSource::listing_streams3186TagsOver32Pages()
{
    const QStringList expected = berth::test::tensorflowTagNames();
    QVERIFY(expected.size() >= 3000);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QVERIFY2(!run.result->isError(), qPrintable(run.result->toString()));
    QCOMPARE(run.pages.size(), 32);
    QVERIFY(run.runningAtPage.first()); // the first page was handed out while the rest was still coming
    QVERIFY(run.firstPageMs < run.finishedMs);
    const QStringList names = run.names();
    QCOMPARE(names.size(), expected.size());
    QCOMPARE(QSet<QString>(names.begin(), names.end()), QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(m_server->requestCount(), 32);
    QVERIFY(m_server->requests().first().contains(
        QLatin1String("/v2/namespaces/tensorflow/repositories/tensorflow/tags?page_size=100")));
    // facts were parsed on the way
    const TagInfo &first = run.pages.first().first();
    QCOMPARE(first.facts.grammar, TagFacts::Grammar::TensorFlow);
}

void TestHubTagSource::rateLimit_waitsUntilRetryAfterThenContinues()
{
    m_server->setFault(Tf, 3, Fault::RateLimit, 1, 1);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QVERIFY2(!run.result->isError(), qPrintable(run.result->toString()));
    QCOMPARE(run.rateLimits.size(), 1);
    const QDateTime until = run.rateLimits.first();
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(-5));
    // the next request went out no earlier than X-Retry-After (a unix time, so whole seconds)
    QVERIFY(QDateTime::currentDateTimeUtc() >= until);
    QCOMPARE(run.names().size(), berth::test::tensorflowTagNames().size());
}

void TestHubTagSource::rateLimit_tooFarAhead_failsSayingUntilWhen()
{
    m_server->setFault(Tf, 2, Fault::RateLimit, 1, 3600);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QCOMPARE(run.result->kind(), RegistryError::Kind::RateLimited);
    QCOMPARE(run.result->httpStatus(), 429);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(run.result->retryAt());
    QVERIFY2(ahead > 3500 && ahead <= 3601, qPrintable(QString::number(ahead)));
    const QString localTime = QLocale().toString(run.result->retryAt().toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(berth::ui::ErrorText::registryMessage(*run.result).contains(localTime) ||
                 berth::ui::ErrorText::registryMessage(*run.result)
                     .contains(QLocale().toString(run.result->retryAt().toLocalTime(), QLocale::ShortFormat)),
             qPrintable(berth::ui::ErrorText::registryMessage(*run.result)));
    QCOMPARE(run.pages.size(), 1); // the page before the limit was delivered
}

void TestHubTagSource::serverError_retriedWithGrowingBackoff()
{
    m_server->setFault(Tf, 2, Fault::ServerError, 2);
    HubTagSource *s = source(Tf);
    QList<int> delays;
    connect(s, &TagSource::retrying, this, [&](int, int delayMs, const RegistryError &) { delays << delayMs; });
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QVERIFY2(!run.result->isError(), qPrintable(run.result->toString()));
    QCOMPARE(run.retries.size(), 2);
    QCOMPARE(run.retries.first().kind(), RegistryError::Kind::ServerError);
    QCOMPARE(run.retries.first().httpStatus(), 500);
    QVERIFY(delays[1] > delays[0]);
    QCOMPARE(run.names().size(), berth::test::tensorflowTagNames().size());
}

void TestHubTagSource::serverError_persistent_failsWithStatus()
{
    m_server->setFault(Tf, 1, Fault::ServerError, 100);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QCOMPARE(run.result->kind(), RegistryError::Kind::ServerError);
    QCOMPARE(run.result->httpStatus(), 500);
    QCOMPARE(m_server->requestCount(), fastPolicy().maxAttempts);
    QVERIFY(!berth::ui::ErrorText::registryMessage(*run.result).isEmpty());
}

void TestHubTagSource::slowPage_timesOutAndIsRetried()
{
    m_server->setFault(Tf, 4, Fault::Slow, 1, 3000);
    HubTagSource *s = source(Tf);
    RetryPolicy p = fastPolicy();
    p.requestTimeoutMs = 400;
    s->setRetryPolicy(p);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QVERIFY2(!run.result->isError(), qPrintable(run.result->toString()));
    QCOMPARE(run.retries.size(), 1);
    QCOMPARE(run.retries.first().kind(), RegistryError::Kind::Timeout);
    QCOMPARE(run.names().size(), berth::test::tensorflowTagNames().size());
}

void TestHubTagSource::slowPage_withinTimeout_earlierPagesAlreadyDelivered()
{
    m_server->setFault(Tf, 3, Fault::Slow, 1, 700);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    // while page 3 is held back, pages 1 and 2 are already out
    QTRY_COMPARE_WITH_TIMEOUT(run.pages.size(), 2, 5000);
    QVERIFY(s->isRunning());
    QVERIFY(run.wait());
    QVERIFY(!run.result->isError());
    QVERIFY(run.retries.isEmpty());
    QCOMPARE(run.pages.size(), 32);
}

void TestHubTagSource::malformedPage_isAnError_earlierPagesKept()
{
    m_server->setFault(Tf, 5, Fault::Malformed, 1);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QCOMPARE(run.result->kind(), RegistryError::Kind::Malformed);
    QCOMPARE(run.pages.size(), 4);
    QCOMPARE(run.names().size(), 400);
    QVERIFY(berth::ui::ErrorText::registryMessage(*run.result).contains(QLatin1String("JSON")));
}

void TestHubTagSource::namespacesRoute404_fallsBackToLegacyRoute()
{
    m_server->setLegacyRouteOnly(true);
    HubTagSource *s = source(QStringLiteral("pytorch/pytorch"), 50);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QVERIFY2(!run.result->isError(), qPrintable(run.result->toString()));
    QCOMPARE(run.names().size(), berth::test::pytorchTagNames().size());
    QVERIFY(m_server->requests().at(1).contains(QLatin1String("/v2/repositories/pytorch/pytorch/tags")));
}

void TestHubTagSource::unknownRepository_isNotFound()
{
    HubTagSource *s = source(QStringLiteral("nobody/nothing"));
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QCOMPARE(run.result->kind(), RegistryError::Kind::NotFound);
    QVERIFY(run.pages.isEmpty());
}

void TestHubTagSource::unreachableHub_isNetworkErrorAfterRetries()
{
    const QUrl dead = m_server->baseUrl();
    delete m_server; // nothing listens on that port any more
    m_server = nullptr;
    auto *s = new HubTagSource(m_network, dead, ImageReference::parse(Tf), this);
    RetryPolicy p = fastPolicy();
    p.maxAttempts = 2;
    s->setRetryPolicy(p);
    Run run(s);
    s->start();
    QVERIFY(run.wait());
    QCOMPARE(run.result->kind(), RegistryError::Kind::Network);
    QCOMPARE(run.retries.size(), 1);
    delete s;
}

void TestHubTagSource::cancel_stopsWithoutFurtherPages()
{
    m_server->setFault(Tf, 2, Fault::Slow, 1, 800);
    HubTagSource *s = source(Tf);
    Run run(s);
    s->start();
    QTRY_COMPARE(run.pages.size(), 1);
    s->cancel();
    QVERIFY(run.result.has_value());
    QCOMPARE(run.result->kind(), RegistryError::Kind::Cancelled);
    QTest::qWait(1000);
    QCOMPARE(run.pages.size(), 1);
}

QTEST_GUILESS_MAIN(TestHubTagSource)
#include "test_hubtagsource.moc"
