// SPDX-License-Identifier: Apache-2.0
// The Servers dialog and the status bar switcher, against the real remote test engines; screenshots in both
// languages for the README.
#include "engine/contextstore.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "i18n/languagemanager.h"
#include "remote/serversdialog.h"
#include "remote/serverswitcher.h"
#include "remotetestenv.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
namespace remote = berth::test::remote;

class TestServersDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newTlsServer_isSaved_andTestConnectionShowsTheVersion();
    void wrongCa_testConnectionSaysWhatToDo();
    void plainTcp_isMarkedUnencrypted();
    void invalidName_isRefusedWithAReason();
    void switcher_movesTheSameClientToAnotherServer();
    void screenshots_inBothLanguages();
    void cleanupTestCase() { core::SshSession::closeAll(); }

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_docker;
};

void TestServersDialog::initTestCase()
{
    BERTH_REQUIRE_REMOTE();
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    core::SshOptions options = core::SshOptions::fromEnvironment();
    options.configFile = remote::sshConfig();
    core::SshSession::setDefaultOptions(options);
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestServersDialog::init()
{
    m_docker = std::make_unique<QTemporaryDir>();
    qputenv("DOCKER_CONFIG", m_docker->path().toUtf8());
    qunsetenv("DOCKER_HOST");
}

void TestServersDialog::newTlsServer_isSaved_andTestConnectionShowsTheVersion()
{
    ui::ServersDialog dialog(QStringLiteral("unix:///var/run/docker.sock"), {});
    dialog.newServer();
    dialog.nameField()->setText(QStringLiteral("lab-tls"));
    dialog.addressField()->setText(remote::tlsHost());
    dialog.caField()->setText(remote::tlsCertPath() + QStringLiteral("/ca.pem"));
    dialog.certField()->setText(remote::tlsCertPath() + QStringLiteral("/cert.pem"));
    dialog.keyField()->setText(remote::tlsCertPath() + QStringLiteral("/key.pem"));
    QVERIFY2(dialog.save(), qPrintable(dialog.testResult()->text()));
    const auto stored = core::ContextStore().find(QStringLiteral("lab-tls"));
    QVERIFY(stored);
    QVERIFY(stored->caFile.startsWith(m_docker->path()));
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().startsWith(QLatin1String("Connected: Docker Engine")), 30000);
}

void TestServersDialog::wrongCa_testConnectionSaysWhatToDo()
{
    ui::ServersDialog dialog(QStringLiteral("unix:///var/run/docker.sock"), {});
    dialog.newServer();
    dialog.nameField()->setText(QStringLiteral("wrong-ca"));
    dialog.addressField()->setText(remote::tlsHost());
    dialog.caField()->setText(remote::tlsOtherCertPath() + QStringLiteral("/ca.pem"));
    dialog.certField()->setText(remote::tlsCertPath() + QStringLiteral("/cert.pem"));
    dialog.keyField()->setText(remote::tlsCertPath() + QStringLiteral("/key.pem"));
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().contains(QLatin1String("secure connection")), 30000);
    QVERIFY(dialog.testResult()->text().contains(QLatin1String("ca.pem")));
}

void TestServersDialog::plainTcp_isMarkedUnencrypted()
{
    ui::ServersDialog dialog(QStringLiteral("unix:///var/run/docker.sock"), {});
    dialog.newServer();
    dialog.addressField()->setText(QStringLiteral("tcp://gpu-server:2375"));
    QVERIFY(dialog.note()->text().contains(QLatin1String("Not encrypted")));
    dialog.caField()->setText(remote::tlsCertPath() + QStringLiteral("/ca.pem"));
    QVERIFY(!dialog.note()->text().contains(QLatin1String("Not encrypted")));
}

void TestServersDialog::invalidName_isRefusedWithAReason()
{
    ui::ServersDialog dialog(QStringLiteral("unix:///var/run/docker.sock"), {});
    dialog.newServer();
    dialog.nameField()->setText(QStringLiteral("my server"));
    dialog.addressField()->setText(QStringLiteral("ssh://me@gpu"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.testResult()->text().contains(QLatin1String("letters")));
    QCOMPARE(core::ContextStore().list().size(), 1);
}

void TestServersDialog::switcher_movesTheSameClientToAnotherServer()
{
    core::DockerContext ssh;
    ssh.name = QStringLiteral("lab-ssh");
    ssh.host = remote::sshHost();
    QVERIFY(core::ContextStore().save(ssh));
    core::EngineClient client(core::Endpoint::fromHost(qEnvironmentVariable("BERTH_TEST_DOCKER_HOST")));
    ui::ServerSwitcher switcher(&client, {});
    QVERIFY(switcher.text().contains(QLatin1String("default")));
    QSignalSpy changed(&client, &core::EngineClient::endpointChanged);
    switcher.switchTo(QStringLiteral("lab-ssh"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(client.endpoint().contextName(), QStringLiteral("lab-ssh"));
    QVERIFY(switcher.text().contains(QLatin1String("lab-ssh (127.0.0.1)")));
    // The CLI follows, as with `docker context use`.
    QCOMPARE(core::ContextStore().currentContext(), QStringLiteral("lab-ssh"));
    core::Result<core::VersionInfo> version{core::EngineError()};
    bool done = false;
    client.version(this, [&](const core::Result<core::VersionInfo> &r) {
        version = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(version.ok(), qPrintable(version.error().toString()));
    switcher.switchTo(QStringLiteral("default"));
    QCOMPARE(client.endpoint().contextName(), QStringLiteral("default"));
    QVERIFY(core::ContextStore().currentContext().isEmpty());
}

void TestServersDialog::screenshots_inBothLanguages()
{
    core::DockerContext ssh;
    ssh.name = QStringLiteral("gpu-lab");
    ssh.description = QStringLiteral("4× A100");
    ssh.host = remote::sshHost();
    QVERIFY(core::ContextStore().save(ssh));
    core::DockerContext tls;
    tls.name = QStringLiteral("gpu-tls");
    tls.host = remote::tlsHost();
    tls.caFile = remote::tlsCertPath() + QStringLiteral("/ca.pem");
    tls.certFile = remote::tlsCertPath() + QStringLiteral("/cert.pem");
    tls.keyFile = remote::tlsCertPath() + QStringLiteral("/key.pem");
    QVERIFY(core::ContextStore().save(tls));
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ui::LanguageManager::instance().apply(language);
        ui::ServersDialog dialog(QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("gpu-lab"));
        dialog.select(QStringLiteral("gpu-lab"));
        dialog.show();
        dialog.testConnection();
        // The result names the engine version in both languages.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().contains(QLatin1String("Docker Engine")), 30000);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/servers-%1.png").arg(language)));
        dialog.select(QStringLiteral("gpu-tls"));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/servers-tls-%1.png").arg(language)));
    }
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

QTEST_MAIN(TestServersDialog)
#include "test_serversdialog.moc"
