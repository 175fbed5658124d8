// SPDX-License-Identifier: Apache-2.0
#include "logs/lineassembler.h"
#include "logs/logconsole.h"
#include "logs/serviceurl.h"
#include "settings/settings.h"

#include <QJsonDocument>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using berth::core::ServiceUrl;

class TestServiceUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("url");
        QTest::newRow("jupyter lab") << QStringLiteral("    http://127.0.0.1:8888/lab?token=6c1e4b2a9f") << true
                                     << int(ServiceUrl::Kind::Jupyter) << 8888
                                     << QStringLiteral("http://127.0.0.1:8888/lab?token=6c1e4b2a9f");
        QTest::newRow("jupyter server container host")
            << QStringLiteral("[I 2024-01-01 ServerApp] http://3f2a1b0c9d8e:8888/tree?token=abc123") << true
            << int(ServiceUrl::Kind::Jupyter) << 8888 << QStringLiteral("http://3f2a1b0c9d8e:8888/tree?token=abc123");
        QTest::newRow("tensorboard") << QStringLiteral(
                                            "TensorBoard 2.15.1 at http://localhost:6006/ (Press CTRL+C to quit)")
                                     << true << int(ServiceUrl::Kind::TensorBoard) << 6006
                                     << QStringLiteral("http://localhost:6006/");
        QTest::newRow("plain link") << QStringLiteral("see http://example.com:80/docs for help") << false << 0 << 0
                                    << QString();
        QTest::newRow("no url") << QStringLiteral("epoch 3 loss 0.31") << false << 0 << 0 << QString();
        QTest::newRow("token without port")
            << QStringLiteral("http://host/lab?token=abc") << false << 0 << 0 << QString();
    }
    void find()
    {
        QFETCH(QString, line);
        QFETCH(bool, found);
        const auto parsed = ServiceUrl::find(line);
        QCOMPARE(parsed.has_value(), found);
        if (!found)
            return;
        QFETCH(int, kind);
        QFETCH(int, port);
        QFETCH(QString, url);
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->containerPort, port);
        QCOMPARE(parsed->url.toString(), url);
    }

    void reachable_usesThePublishedPortOrNone()
    {
        const ServiceUrl u = *ServiceUrl::find(QStringLiteral("http://abc:8888/lab?token=t0k"));
        const QJsonObject published = QJsonDocument::fromJson(R"({"HostConfig": {"NetworkMode": "bridge"},
            "NetworkSettings": {"Ports": {"8888/tcp": [{"HostIp": "0.0.0.0", "HostPort": "18888"}]}}})")
                                          .object();
        QCOMPARE(u.reachable(published, QStringLiteral("127.0.0.1")).toString(),
                 QStringLiteral("http://127.0.0.1:18888/lab?token=t0k"));
        const QJsonObject hostNet = QJsonDocument::fromJson(R"({"HostConfig": {"NetworkMode": "host"}})").object();
        QCOMPARE(u.reachable(hostNet, QStringLiteral("127.0.0.1")).toString(),
                 QStringLiteral("http://127.0.0.1:8888/lab?token=t0k"));
        const QJsonObject closed =
            QJsonDocument::fromJson(R"({"NetworkSettings": {"Ports": {"8888/tcp": null}}})").object();
        QVERIFY(u.reachable(closed, QStringLiteral("127.0.0.1")).isEmpty());
    }

    void console_offersTheTensorBoardItAnnounces()
    {
        QTemporaryDir dir;
        berth::core::Settings settings(dir.filePath(QStringLiteral("berth.ini")));
        berth::ui::LogConsole console(nullptr, settings);
        console.show();
        auto *banner = console.findChild<QLabel *>(QStringLiteral("serviceBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        berth::core::LineAssembler assembler(*console.store());
        assembler.feed(berth::core::LogChannel::Stdout, 0, "loading\n");
        assembler.feed(berth::core::LogChannel::Stderr, 0,
                       "TensorBoard 2.15.1 at http://0.0.0.0:6006/ (Press CTRL+C to quit)\n");
        console.store()->flush();
        QTRY_VERIFY(banner->isVisible());
        // No engine to ask for the published port: it says how to publish it.
        QVERIFY2(banner->text().contains(QStringLiteral("-p 6006:6006")), qPrintable(banner->text()));
        QVERIFY(console.serviceUrl().isEmpty());
    }
};

QTEST_MAIN(TestServiceUrl)
#include "test_serviceurl.moc"
