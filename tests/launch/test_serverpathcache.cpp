// SPDX-License-Identifier: Apache-2.0
#include "launch/serverpathcache.h"

#include <QTest>

using berth::core::ServerPathCache;
using berth::core::ServerPaths;

namespace {
ServerPaths answer(const QString &server, const QHash<QString, ServerPaths::Kind> &kinds)
{
    ServerPaths p;
    p.server = server;
    p.kinds = kinds;
    return p;
}
} // namespace

class TestServerPathCache final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptAnswer_servesTheSameServerAndKnownPaths()
    {
        ServerPathCache cache;
        cache.store(QStringLiteral("gpu1"),
                    answer(QStringLiteral("gpu1"), {{QStringLiteral("/srv/p"), ServerPaths::Kind::Directory},
                                                    {QStringLiteral("/data"), ServerPaths::Kind::Missing}}));
        const auto kept = cache.find(QStringLiteral("gpu1"), {QStringLiteral("/srv/p/"), QStringLiteral("/data")});
        QVERIFY(kept.has_value());
        QVERIFY(kept->isMissing(QStringLiteral("/data")));
        QVERIFY(cache.find(QStringLiteral("gpu1"), {QStringLiteral("/srv/p")}).has_value());  // a subset
        QVERIFY(!cache.find(QStringLiteral("gpu2"), {QStringLiteral("/srv/p")}).has_value()); // another server
        QVERIFY(!cache.find(QStringLiteral("gpu1"), {QStringLiteral("/srv/q")}).has_value()); // a new path
    }

    void oldAnswer_isNotUsed()
    {
        ServerPathCache cache(50);
        cache.store(QStringLiteral("gpu1"),
                    answer(QStringLiteral("gpu1"), {{QStringLiteral("/p"), ServerPaths::Kind::File}}));
        QVERIFY(cache.find(QStringLiteral("gpu1"), {QStringLiteral("/p")}).has_value());
        QTest::qWait(80);
        QVERIFY(!cache.find(QStringLiteral("gpu1"), {QStringLiteral("/p")}).has_value());
    }

    void noRealAnswer_isNotKept()
    {
        ServerPathCache cache;
        cache.store(QStringLiteral("gpu1"),
                    answer(QStringLiteral("gpu1"), {{QStringLiteral("/p"), ServerPaths::Kind::File}}));
        // The server did not answer this time (every path unknown): the older answer goes too.
        cache.store(QStringLiteral("gpu1"),
                    answer(QStringLiteral("gpu1"), {{QStringLiteral("/p"), ServerPaths::Kind::Unknown}}));
        QVERIFY(!cache.find(QStringLiteral("gpu1"), {QStringLiteral("/p")}).has_value());
        ServerPaths tcp = answer(QStringLiteral("tcp"), {{QStringLiteral("/p"), ServerPaths::Kind::File}});
        tcp.canCheck = false;
        cache.store(QStringLiteral("tcp"), tcp);
        QVERIFY(!cache.find(QStringLiteral("tcp"), {QStringLiteral("/p")}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestServerPathCache)
#include "test_serverpathcache.moc"
