// SPDX-License-Identifier: Apache-2.0
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "ports/portopener.h"
#include "ports/publishedport.h"
#include "remotetestenv.h"
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
        test::docker(runArguments());
    }
    void cleanupTestCase()
    {
        int rc = 0;
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), m_name}, &rc);
        test::docker({QStringLiteral("network"), QStringLiteral("rm"), m_network}, &rc);
        if (m_remoteStarted) {
            test::remote::remoteDocker({QStringLiteral("rm"), QStringLiteral("-f"), m_name}, &rc);
            test::remote::remoteDocker({QStringLiteral("network"), QStringLiteral("rm"), m_network}, &rc);
        }
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

    // The same container on an ssh:// engine: its port is bound to the server's loopback, so Open forwards a local
    // port over the server's ssh session, and the token URL and a request through the forward both work.
    void open_sshEngine_forwardsALocalPortToTheServer()
    {
        BERTH_REQUIRE_REMOTE();
        core::SshOptions ssh = core::SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        core::SshSession::setDefaultOptions(ssh);
        int rc = -1;
        test::remote::remoteDocker({QStringLiteral("network"), QStringLiteral("create"), m_network}, &rc);
        QCOMPARE(rc, 0);
        m_remoteStarted = true;
        const QString id = QString::fromUtf8(test::remote::remoteDocker(runArguments(), &rc)).trimmed();
        QCOMPARE(rc, 0);

        core::EngineClient client(core::Endpoint::fromHost(test::remote::sshHost()));
        core::PublishedPort port;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QByteArray out = test::remote::remoteDocker(
                    {QStringLiteral("port"), m_name, QStringLiteral("8000/tcp")}); // 127.0.0.1:PORT
                port.hostIp = QStringLiteral("127.0.0.1");
                port.hostPort = out.trimmed().split(':').value(1).toInt();
                port.containerPort = 8000;
                port.protocol = QStringLiteral("tcp");
                return port.hostPort > 0;
            }(),
            20000);
        QVERIFY(core::PortOpener::directHost(client, port).isEmpty()); // not reachable without a tunnel

        QUrl opened;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                core::PortOpener opener(&client, id, port);
                QSignalSpy ready(&opener, &core::PortOpener::ready);
                QSignalSpy failed(&opener, &core::PortOpener::failed);
                opener.start();
                if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000) || !failed.isEmpty())
                    return false;
                opened = ready.first().first().toUrl();
                return opened.query().contains(QLatin1String("token="));
            }(),
            30000);
        QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(opened.port() > 0);
        QCOMPARE(opened.path(), QStringLiteral("/lab"));
        QCOMPARE(opened.query(), QStringLiteral("token=feedc0ffee42"));

        // The forward answers with the container's server on the ssh engine.
        QNetworkAccessManager net;
        QByteArray body;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QUrl index = opened;
                index.setPath(QStringLiteral("/index.html"));
                index.setQuery(QString());
                QNetworkReply *reply = net.get(QNetworkRequest(index));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(5000);
                body = reply->readAll();
                reply->deleteLater();
                return body.contains("served-by-container");
            }(),
            20000);

        // Opening it again reuses the forward.
        core::PortOpener again(&client, id, port);
        QSignalSpy ready(&again, &core::PortOpener::ready);
        again.start();
        QVERIFY(ready.wait(15000));
        QCOMPARE(ready.first().first().toUrl().port(), opened.port());
    }

private:
    QStringList runArguments() const
    {
        return {QStringLiteral("run"),
                QStringLiteral("-d"),
                QStringLiteral("--name"),
                m_name,
                QStringLiteral("--network"),
                m_network,
                QStringLiteral("-p"),
                QStringLiteral("127.0.0.1::8000"),
                test::busyboxImage(),
                QStringLiteral("sh"),
                QStringLiteral("-c"),
                QStringLiteral("echo '[I ServerApp] Jupyter Server is running at:'; "
                               "echo '    http://(abc123def456 or 127.0.0.1):8000/lab?token=feedc0ffee42'; "
                               "mkdir -p /www && echo served-by-container > /www/index.html && "
                               "exec httpd -f -p 8000 -h /www")};
    }
    QString containerId() const
    {
        return QString::fromUtf8(
                   test::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), m_name}))
            .trimmed();
    }
    QString m_network;
    bool m_remoteStarted = false;
    QString m_name;
};

QTEST_MAIN(TestPortsEngine)
#include "test_ports_engine.moc"
