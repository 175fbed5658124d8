// SPDX-License-Identifier: Apache-2.0
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "ports/publishedport.h"
#include "testenv.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace berth;

// A container on a user-defined bridge (the test engine has no default bridge) serving HTTP on a published port,
// printing a Jupyter-style token URL first.
class TestPortsEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
        m_network = QStringLiteral("berth-ports-") + suffix;
        m_name = QStringLiteral("berth-jupyter-") + suffix;
        test::docker({QStringLiteral("network"), QStringLiteral("create"), m_network});
        test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_name,
                      QStringLiteral("--network"), m_network, QStringLiteral("-p"), QStringLiteral("127.0.0.1::8000"),
                      test::busyboxImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo '[I ServerApp] Jupyter Server is running at:'; "
                                     "echo '    http://(abc123def456 or 127.0.0.1):8000/lab?token=feedc0ffee42'; "
                                     "mkdir -p /www && echo served-by-container > /www/index.html && "
                                     "exec httpd -f -p 8000 -h /www")});
    }
    void cleanupTestCase()
    {
        int rc = 0;
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), m_name}, &rc);
        test::docker({QStringLiteral("network"), QStringLiteral("rm"), m_network}, &rc);
    }

    void open_localEngine_usesTheJupyterTokenOnTheHostPort()
    {
        core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
        core::ContainerMonitor monitor(&client);
        ui::ContainersPage page(&client, &monitor);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(containerId()) >= 0, 20000);
        page.selectContainer(containerId());
        const core::ContainerSummary c = page.model()->containerAt(page.model()->rowOf(containerId()));
        const QList<core::PublishedPort> ports = core::PublishedPort::fromSummary(c);
        QCOMPARE(ports.size(), 1);
        QCOMPARE(ports.first().containerPort, 8000);
        QVERIFY(ports.first().hostPort > 0);
        QTRY_VERIFY(page.findChild<QToolButton *>(QStringLiteral("openPort"))->isEnabled());

        QUrl opened;
        page.setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy spy(&page, &ui::ContainersPage::urlOpened);
        // The token line may not be in the log yet right after start.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                spy.clear();
                page.openPort(ports.first());
                return spy.wait(10000) && opened.query().contains(QLatin1String("token="));
            }(),
            20000);
        QCOMPARE(opened.toString(),
                 QStringLiteral("http://127.0.0.1:%1/lab?token=feedc0ffee42").arg(ports.first().hostPort));

        // The address answers with the container's server.
        QNetworkAccessManager net;
        QByteArray body;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QNetworkReply *reply = net.get(QNetworkRequest(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/index.html").arg(ports.first().hostPort))));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(5000);
                body = reply->readAll();
                reply->deleteLater();
                return body.contains("served-by-container");
            }(),
            20000);
    }

private:
    QString containerId() const
    {
        return QString::fromUtf8(
                   test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), m_name}))
            .trimmed();
    }
    QString m_network;
    QString m_name;
};

QTEST_MAIN(TestPortsEngine)
#include "test_ports_engine.moc"
