// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "engine/containermonitor.h"
#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "http/sshsession.h"
#include "i18n/languagemanager.h"
#include "lab/labcontainers.h"
#include "logs/logconsole.h"
#include "logs/logstore.h"
#include "logs/logtabs.h"
#include "main/containerfilterproxy.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "main/mainwindow.h"
#include "remotetestenv.h"
#include "testenv.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace berth;
using namespace berth::core;

namespace {
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// Where a container is listed in the page now: its server per visible row, by name.
QMultiHash<QString, QString> shownServers(ui::ContainersPage &page)
{
    QMultiHash<QString, QString> shown;
    const QAbstractItemModel *view = page.view()->model();
    for (int r = 0; r < view->rowCount(); ++r) {
        const QModelIndex i = view->index(r, 0);
        shown.insert(i.data().toString(), i.data(ui::ContainerTableModel::ServerRole).toString());
    }
    return shown;
}
} // namespace

// The container list's "All servers": the private local engine (default) and the remote engine over ssh side by
// side, live, with a context to a closed port and one to a server that accepts and never answers, neither of which
// holds the others up. Actions on a row go to that row's server.
class TestContainersAllServers final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        BERTH_REQUIRE_REMOTE();
        qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
        ui::LanguageManager::instance().apply(QStringLiteral("en"));
        SshOptions ssh = SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        SshSession::setDefaultOptions(ssh);
        m_tag = QStringLiteral("berth-all-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QVERIFY(m_silent.listen(m_dir.filePath(QStringLiteral("silent.sock"))));
        connect(&m_silent, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_silent.nextPendingConnection())
                s->setParent(&m_silent);
        });
        // A docker config of this test's own: the default engine is the private local one.
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_contexts.path()));
        qputenv("DOCKER_HOST", test::dockerHost().toUtf8());
        qunsetenv("DOCKER_CONTEXT");
        ContextStore store;
        QString error;
        DockerContext ssh1;
        ssh1.name = QStringLiteral("gpu-ssh");
        ssh1.host = test::remote::sshHost();
        QVERIFY2(store.save(ssh1, &error), qPrintable(error));
        DockerContext down;
        down.name = QStringLiteral("down");
        down.host = QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort());
        QVERIFY2(store.save(down, &error), qPrintable(error));
        DockerContext silent;
        silent.name = QStringLiteral("silent");
        silent.host = QStringLiteral("unix://") + m_silent.fullServerName();
        QVERIFY2(store.save(silent, &error), qPrintable(error));

        m_local = m_tag + QStringLiteral("-here");
        m_remote = m_tag + QStringLiteral("-there");
        test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_local,
                      test::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("300")});
        m_created << m_local;
        remote({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_remote,
                QStringLiteral("--label"), QLatin1String(BerthLabels::Owner) + QStringLiteral("=dave"),
                test::busyboxImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo hello-from-the-remote-server; exec sleep 300")});
    }
    void cleanupTestCase()
    {
        if (!m_created.isEmpty())
            test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
        if (!m_remoteCreated.isEmpty())
            test::remote::remoteDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_remoteCreated);
        SshSession::closeAll();
    }

    void allServers_listsBothEnginesLive_deadServersNamedNotWaitedFor()
    {
        EngineClient client(Endpoint::resolve());
        ContainerMonitor monitor(&client);
        monitor.start();
        ServerDirectory directory;
        ui::ContainersPage page(&client, &monitor);
        page.resize(1200, 520);
        page.setDirectory(&directory);
        page.servers()->setRequestTimeout(6000);
        page.show();

        // By default the window's server alone, as ever: no Server column, nothing from the other servers.
        QTRY_VERIFY_WITH_TIMEOUT(shownServers(page).contains(m_local), 15000);
        QVERIFY(page.view()->isColumnHidden(ui::ContainerTableModel::Server));
        QVERIFY(!shownServers(page).contains(m_remote));
        QCOMPARE(page.servers()->sources().size(), 1);
        QCOMPARE(page.serverFilter()->count(), 5); // this server, all, down, gpu-ssh, silent
        QCOMPARE(page.serverFilter()->itemText(0), QStringLiteral("This server (default)"));

        QElapsedTimer clock;
        clock.start();
        page.showAllServers();
        QVERIFY(!page.view()->isColumnHidden(ui::ContainerTableModel::Server));
        QTRY_VERIFY_WITH_TIMEOUT(shownServers(page).contains(m_remote), 15000);
        const qint64 remoteAt = clock.elapsed();
        qInfo("the ssh server's containers listed after %lld ms", remoteAt);
        QCOMPARE(shownServers(page).value(m_remote), QStringLiteral("gpu-ssh"));
        QCOMPARE(shownServers(page).value(m_local), QStringLiteral("default"));
        // The closed port is named at once; the silent server, still within its timeout, held nobody up.
        QTRY_VERIFY_WITH_TIMEOUT(page.serverNoteText().contains(QLatin1String("down is not reachable")), 5000);
        if (remoteAt < 5000)
            QVERIFY2(page.serverNoteText().contains(QLatin1String("Waiting for silent")),
                     qPrintable(page.serverNoteText()));
        QCOMPARE(page.serverFilter()->itemText(page.serverFilter()->findData(QStringLiteral("down"))),
                 QStringLiteral("down (not reachable)"));
        // Then the silent one times out and says so; the others stay listed.
        QTRY_VERIFY_WITH_TIMEOUT(page.serverNoteText().contains(QLatin1String("silent is not reachable")), 15000);
        QVERIFY(shownServers(page).contains(m_remote));
        const QString shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        page.grab().save(shots + QStringLiteral("/containers-all-servers.png"));
        ui::LanguageManager::instance().apply(QStringLiteral("ko"));
        QCoreApplication::processEvents();
        QVERIFY2(page.serverFilter()->itemText(1) != QLatin1String("All servers"),
                 qPrintable(page.serverFilter()->itemText(1)));
        page.grab().save(shots + QStringLiteral("/containers-all-servers-ko.png"));
        ui::LanguageManager::instance().apply(QStringLiteral("en"));

        // Live: a container made on the remote server by the docker CLI arrives through that server's events.
        const QString later = m_tag + QStringLiteral("-later");
        remote(
            {QStringLiteral("create"), QStringLiteral("--name"), later, test::busyboxImage(), QStringLiteral("true")});
        QTRY_VERIFY_WITH_TIMEOUT(shownServers(page).value(later) == QLatin1String("gpu-ssh"), 15000);

        // A re-list of one server (what a reconnect does) changes only what changed: no row twice, none lost.
        const int before = page.model()->rowCount();
        bool relisted = false;
        connect(page.servers()->monitor(QStringLiteral("gpu-ssh")), &ContainerMonitor::reset, this,
                [&relisted] { relisted = true; });
        page.servers()->monitor(QStringLiteral("gpu-ssh"))->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(relisted, 15000);
        QCOMPARE(page.model()->rowCount(), before);
        QCOMPARE(shownServers(page).values(later).size(), 1);

        // One server alone.
        page.showServer(QStringLiteral("gpu-ssh"));
        QTRY_VERIFY(!shownServers(page).contains(m_local));
        QVERIFY(shownServers(page).contains(m_remote));
        for (const QString &server : shownServers(page))
            QCOMPARE(server, QStringLiteral("gpu-ssh"));

        // Actions go to the row's server: stop and remove on the remote engine, logs through its client.
        const int row = page.model()->rowOf(QStringLiteral("gpu-ssh"), remoteId(later));
        QVERIFY(row >= 0);
        selectByName(page, later);
        QCOMPARE(page.selectedServer(), QStringLiteral("gpu-ssh"));
        QVERIFY(page.removeButton()->isEnabled());
        QVERIFY2(page.removeButton()->toolTip().contains(QLatin1String("On gpu-ssh.")),
                 qPrintable(page.removeButton()->toolTip()));
        QTimer::singleShot(0, this, [] { acceptQuestion(); }); // in case it asks (its owner is unknown)
        page.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!shownServers(page).contains(later), 15000);
        int code = -1;
        test::remote::remoteDocker({QStringLiteral("inspect"), later}, &code);
        QVERIFY(code != 0); // gone from the remote engine
        m_remoteCreated.removeAll(later);

        selectByName(page, m_remote);
        EngineClient *logsClient = nullptr;
        QString logsId;
        connect(&page, &ui::ContainersPage::openLogs, this, [&](const QString &id, const QString &, EngineClient *c) {
            logsId = id;
            logsClient = c;
        });
        for (QToolButton *b : page.findChildren<QToolButton *>()) {
            if (b->text() == QLatin1String("Logs"))
                b->click();
        }
        QCOMPARE(logsId, remoteId(m_remote));
        QVERIFY(logsClient && logsClient != &client);
        QCOMPARE(logsClient->endpoint().host(), test::remote::sshHost());

        QTRY_VERIFY_WITH_TIMEOUT(page.stopButton()->isEnabled(), 10000);
        // dave's container: the question is answered for the test.
        QTimer::singleShot(0, this, [] { acceptQuestion(); });
        page.stopSelected();
        QTRY_VERIFY_WITH_TIMEOUT(test::remote::remoteDocker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                             QStringLiteral("{{.State.Status}}"), m_remote})
                                         .trimmed() == "exited",
                                 30000);

        // A context added meanwhile (by the CLI) is followed from the next look at the store; when its address
        // changes, its rows go with the old engine and the new address is asked.
        page.showAllServers();
        DockerContext added;
        added.name = QStringLiteral("added-later");
        added.host = test::remote::remoteUnixHost();
        QVERIFY(ContextStore().save(added));
        QVERIFY(page.servers()->sync());
        QVERIFY(page.serverFilter()->findData(QStringLiteral("added-later")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(shownServers(page).values(m_remote).contains(QStringLiteral("added-later")), 15000);
        added.host = QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort());
        QVERIFY(ContextStore().save(added));
        QVERIFY(page.servers()->sync());
        QVERIFY(!shownServers(page).values(m_remote).contains(QStringLiteral("added-later")));
        QTRY_VERIFY_WITH_TIMEOUT(page.serverNoteText().contains(QLatin1String("added-later is not reachable")), 10000);
        QVERIFY(ContextStore().remove(QStringLiteral("added-later")));
        QVERIFY(page.servers()->sync());
        QVERIFY(page.serverFilter()->findData(QStringLiteral("added-later")) < 0);

        // Back to the window's server: the other servers' monitors and rows go.
        page.showCurrentServer();
        QCOMPARE(page.servers()->sources().size(), 1);
        QVERIFY(page.view()->isColumnHidden(ui::ContainerTableModel::Server));
        QVERIFY(!shownServers(page).contains(m_remote));
        QVERIFY(shownServers(page).contains(m_local));
        QVERIFY(page.serverNoteText().isEmpty());
    }

    void mainWindow_logsOfAnotherServersRow_readThroughThatServer()
    {
        EngineClient client(Endpoint::resolve());
        ui::MainWindow window(&client);
        window.show();
        ui::ContainersPage *page = window.containersPage();
        page->servers()->setRequestTimeout(3000);
        page->showServer(QStringLiteral("gpu-ssh"));
        const QString name = m_tag + QStringLiteral("-echo");
        remote({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, test::busyboxImage(),
                QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo said-on-the-remote; exec sleep 300")});
        QTRY_VERIFY_WITH_TIMEOUT(shownServers(*page).contains(name), 20000);
        window.openLogs(remoteId(name), name, page->servers()->client(QStringLiteral("gpu-ssh")));
        ui::LogConsole *console = window.sessionTabs()->console(remoteId(name));
        QVERIFY(console);
        QCOMPARE(window.sessionTabs()->tabText(window.sessionTabs()->indexOf(console)),
                 name + QStringLiteral(" @ gpu-ssh"));
        QTRY_VERIFY_WITH_TIMEOUT(console->store()->size() > 0 && QByteArray(console->store()->line(0).text.data(),
                                                                            console->store()->line(0).text.size())
                                                                     .contains("said-on-the-remote"),
                                 20000);
    }

private:
    // Answers the next question the page asks (someone else's container, removing one) with its go-ahead.
    static void acceptQuestion()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton *b : box->buttons()) {
                const auto role = box->buttonRole(b);
                if (role == QMessageBox::YesRole || role == QMessageBox::DestructiveRole) {
                    b->click();
                    return;
                }
            }
        }
        QTimer::singleShot(50, [] { acceptQuestion(); });
    }
    void selectByName(ui::ContainersPage &page, const QString &name)
    {
        const QAbstractItemModel *view = page.view()->model();
        for (int r = 0; r < view->rowCount(); ++r) {
            if (view->index(r, 0).data().toString() == name) {
                page.view()->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not listed").arg(name)));
    }
    QString remoteId(const QString &name)
    {
        return QString::fromLatin1(test::remote::remoteDocker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                               QStringLiteral("{{.Id}}"), name})
                                       .trimmed());
    }
    void remote(const QStringList &args)
    {
        int code = -1;
        test::remote::remoteDocker(args, &code);
        QCOMPARE(code, 0);
        const qsizetype i = args.indexOf(QStringLiteral("--name"));
        if (i >= 0)
            m_remoteCreated << args.at(i + 1);
    }

    QTemporaryDir m_config;
    QTemporaryDir m_contexts;
    QTemporaryDir m_dir;
    QLocalServer m_silent;
    QString m_tag, m_local, m_remote;
    QStringList m_created, m_remoteCreated;
};

QTEST_MAIN(TestContainersAllServers)
#include "test_containers_allservers.moc"
