// SPDX-License-Identifier: Apache-2.0
#include "engine/enginejson.h"
#include "ports/jupyterurl.h"
#include "ports/publishedport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace berth::core;

class TestJupyterUrl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findLast_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expected"); // rewritten onto 127.0.0.1:49153; empty: none found
        QTest::newRow("jupyter server 2")
            << QStringLiteral("[I 2026-12-01 ServerApp] Jupyter Server 2.14.0 is running at:\n"
                              "[I ServerApp] http://3f2a1b0c9d8e:8888/lab?token=6c1e0f9a2b\n"
                              "[I ServerApp]     http://127.0.0.1:8888/lab?token=6c1e0f9a2b\n")
            << 8888 << QStringLiteral("http://127.0.0.1:49153/lab?token=6c1e0f9a2b");
        QTest::newRow("classic notebook with the or pair")
            << QStringLiteral("    Or copy and paste one of these URLs:\n"
                              "        http://(a1b2c3d4e5f6 or 127.0.0.1):8888/?token=0123abcd\n")
            << 8888 << QStringLiteral("http://127.0.0.1:49153/?token=0123abcd");
        QTest::newRow("newest start wins")
            << QStringLiteral(
                   "http://127.0.0.1:8888/tree?token=old1\nrestarted\nhttp://127.0.0.1:8888/tree?token=new2\n")
            << 8888 << QStringLiteral("http://127.0.0.1:49153/tree?token=new2");
        QTest::newRow("another port is not this one")
            << QStringLiteral("http://127.0.0.1:8889/lab?token=abc\n") << 8888 << QString();
        QTest::newRow("tensorboard has no token")
            << QStringLiteral("TensorBoard 2.15.1 at http://localhost:6006/ (Press CTRL+C to quit)\n") << 6006
            << QString();
        QTest::newRow("https kept") << QStringLiteral("https://gpu01:9999/lab?token=ff00&foo=1\n") << 9999
                                    << QStringLiteral("https://127.0.0.1:49153/lab?token=ff00&foo=1");
        QTest::newRow("ansi colours around it")
            << QStringLiteral("\x1b[32m http://127.0.0.1:8888/lab?token=abc123\x1b[0m\n") << 8888
            << QStringLiteral("http://127.0.0.1:49153/lab?token=abc123");
        QTest::newRow("nothing") << QStringLiteral("epoch 1/10 loss=0.3\n") << 8888 << QString();
    }
    void findLast()
    {
        QFETCH(QString, log);
        QFETCH(int, port);
        QFETCH(QString, expected);
        const JupyterUrl url = JupyterUrl::findLast(log, port);
        QCOMPARE(url.isValid(), !expected.isEmpty());
        if (url.isValid())
            QCOMPARE(url.rewritten(QStringLiteral("127.0.0.1"), 49153).toString(), expected);
    }
    void publishedPorts_dedupeIpv4AndIpv6AndSkipUnpublished()
    {
        ContainerSummary c;
        c.ports = EngineJson::listPorts(QJsonArray{
            QJsonObject{{QStringLiteral("IP"), QStringLiteral("0.0.0.0")},
                        {QStringLiteral("PrivatePort"), 8888},
                        {QStringLiteral("PublicPort"), 49153},
                        {QStringLiteral("Type"), QStringLiteral("tcp")}},
            QJsonObject{{QStringLiteral("IP"), QStringLiteral("::")},
                        {QStringLiteral("PrivatePort"), 8888},
                        {QStringLiteral("PublicPort"), 49153},
                        {QStringLiteral("Type"), QStringLiteral("tcp")}},
            QJsonObject{{QStringLiteral("IP"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("PrivatePort"), 6006},
                        {QStringLiteral("PublicPort"), 6006},
                        {QStringLiteral("Type"), QStringLiteral("tcp")}},
            QJsonObject{{QStringLiteral("PrivatePort"), 22}, {QStringLiteral("Type"), QStringLiteral("tcp")}}});
        const QList<PublishedPort> ports = PublishedPort::fromSummary(c);
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).containerPort, 6006);
        QCOMPARE(ports.at(1).hostPort, 49153);
        QCOMPARE(ports.at(1).connectHost(), QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestJupyterUrl)
#include "test_jupyterurl.moc"
