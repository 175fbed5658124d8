// SPDX-License-Identifier: Apache-2.0
#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "fakenvidiasmi.h"
#include "http/sshsession.h"
#include "i18n/languagemanager.h"
#include "lab/labmonitor.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"
#include "launch/serverfield.h"
#include "launch/serverfolderdialog.h"
#include "launchuitesthelpers.h"
#include "remotetestenv.h"
#include "settings/settings.h"
#include "testenv.h"
#include "testfiles.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace berth;
using namespace berth::core;
using test::FakeNvidiaSmi;

namespace {
QDir screenshotDir()
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    return QDir(dir.isEmpty() ? QDir::tempPath() : dir);
}
} // namespace

// The launch form's Server row against real engines: the private local engine (a fake nvidia-smi with both GPUs
// busy), the ssh engine (8 GPUs of which 2, 4 and 7 are idle) and a context to a closed port.
class TestLaunchServerEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        BERTH_REQUIRE_REMOTE();
        SshOptions ssh = SshOptions::fromEnvironment();
        ssh.configFile = test::remote::sshConfig();
        SshSession::setDefaultOptions(ssh);
        QVERIFY(m_config.isValid() && m_contexts.isValid());
        qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_contexts.path()));
        qputenv("DOCKER_HOST", test::dockerHost().toUtf8());
        qunsetenv("DOCKER_CONTEXT");
        ContextStore store;
        QString error;
        DockerContext gpu;
        gpu.name = QStringLiteral("gpu-ssh");
        gpu.host = test::remote::sshHost();
        QVERIFY2(store.save(gpu, &error), qPrintable(error));
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        DockerContext down;
        down.name = QStringLiteral("down");
        down.host = QStringLiteral("tcp://127.0.0.1:%1").arg(taken.serverPort());
        taken.close(); // nothing listens there any more
        QVERIFY2(store.save(down, &error), qPrintable(error));
    }

    void bestServer_picksTheServerWithEnoughFreeGpus_andSaysWhy()
    {
        FakeNvidiaSmi local;
        QVERIFY(local.printFixture(QStringLiteral("gpus-2-busy.csv")));
        FakeNvidiaSmi onServer(qEnvironmentVariable("BERTH_TEST_SSH_SERVER_BIN"));
        QVERIFY(onServer.printFixture(QStringLiteral("gpus-8-busy.csv")));

        Settings settings(m_config.filePath(QStringLiteral("berth.ini")));
        EngineClient engine(Endpoint::fromHost(test::dockerHost()));
        ServerDirectory directory;
        LabMonitor lab;
        lab.setConnectTimeout(5000);
        lab.setDirectory(&directory);
        ui::LaunchPanel panel(&engine, settings);
        panel.resize(1280, 800);
        panel.setLab(&lab);
        panel.show();

        ui::ServerField *field = panel.form()->serverField();
        QVERIFY(field->isVisible());
        QStringList names;
        for (int i = 0; i < field->combo()->count(); ++i)
            names << field->combo()->itemData(i).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("down"), QStringLiteral("gpu-ssh")}));
        QCOMPARE(field->current(), QStringLiteral("default"));

        // Two GPUs of the busybox image: only the ssh server has two free; the closed port is left out.
        panel.importCommand(QStringLiteral("docker run --rm --gpus 2 %1 true").arg(test::busyboxImage()));
        QSignalSpy switching(&panel, &ui::LaunchPanel::serverSwitchRequested);
        QVERIFY(field->bestButton()->isEnabled());
        field->bestButton()->click();
        QVERIFY(!field->bestButton()->isEnabled()); // asking
        QTRY_VERIFY_WITH_TIMEOUT(!field->finding().isEmpty(), 30000);
        const QString finding = field->finding();
        QVERIFY2(finding.startsWith(QStringLiteral("gpu-ssh: 2 free GPU")), qPrintable(finding));
        QVERIFY2(finding.contains(QStringLiteral("GPU 2, 4")) || finding.contains(QStringLiteral("GPU 2, 7")) ||
                     finding.contains(QStringLiteral("GPU 4, 7")),
                 qPrintable(finding));
        QVERIFY2(finding.contains(QStringLiteral("it already has the image")), qPrintable(finding));
        QVERIFY2(finding.contains(QStringLiteral("Have the image: default, gpu-ssh")), qPrintable(finding));
        QCOMPARE(switching.size(), 1);
        QCOMPARE(switching.first().first().toString(), QStringLiteral("gpu-ssh"));
        QVERIFY(field->bestButton()->isEnabled());
        QVERIFY(panel.grab().save(screenshotDir().filePath(QStringLiteral("launch-best-server.png"))));

        // Nine GPUs: no server has them; nothing is switched and the finding says why.
        switching.clear();
        panel.importCommand(QStringLiteral("docker run --rm --gpus 9 %1 true").arg(test::busyboxImage()));
        field->bestButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!field->finding().isEmpty(), 30000);
        QVERIFY2(field->finding().startsWith(QStringLiteral("No server has 9 free GPU")), qPrintable(field->finding()));
        QVERIFY(switching.isEmpty());

        // Choosing a server in the row asks the host to switch to it.
        Q_EMIT field->combo()->activated(field->combo()->findData(QStringLiteral("gpu-ssh")));
        QCOMPARE(switching.size(), 1);
        QCOMPARE(switching.first().first().toString(), QStringLiteral("gpu-ssh"));
    }

    void sendProject_runSeesIt_thenOnlyChangesTravel_andOutputsComeBack()
    {
        // The ssh "server" is this machine behind the test sshd: what arrives there can be read straight away.
        QTemporaryDir local, serverRoot;
        const QString project = local.filePath(QStringLiteral("resnet"));
        QVERIFY(test::writeFile(project + QStringLiteral("/hello.txt"), "hello 1"));
        QVERIFY(test::writeFile(project + QStringLiteral("/.gitignore"), "data/\n"));
        QVERIFY(test::writeFile(project + QStringLiteral("/data/images.tar"), "big"));
        Settings settings(m_config.filePath(QStringLiteral("berth.ini")));
        settings.setValue(Settings::RemoteProjectsFolder, serverRoot.path());
        EngineClient engine(Endpoint::fromHost(test::remote::sshHost()));
        ui::LaunchPanel panel(&engine, settings);
        panel.resize(1280, 800);
        panel.show();
        panel.importCommand(
            QStringLiteral("docker run --rm -v $(pwd):/src -w /src %1 sh -c 'mkdir -p outputs && cat hello.txt > "
                           "outputs/seen.txt'")
                .arg(test::busyboxImage()),
            project);
        QVERIFY(panel.form()->canSend());
        QVERIFY(panel.form()->findChild<QPushButton *>(QStringLiteral("sendProjectButton"))->isVisible());
        panel.sendProjectFrom(project);
        const QString remote = serverRoot.filePath(QStringLiteral("resnet"));
        QCOMPARE(panel.spec().projectFolder, remote);
        QCOMPARE(panel.spec().sendFrom, project);
        QVERIFY(panel.form()->findChild<QLabel *>(QStringLiteral("sendNote"))->isVisible());
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            ui::LanguageManager::instance().apply(language);
            QTest::qWait(50);
            QVERIFY(panel.grab().save(screenshotDir().filePath(QStringLiteral("launch-send-%1.png").arg(language))));
        }

        // Run: the project is copied first (not what .gitignore names), then the container reads it there.
        QSignalSpy exited(&panel, &ui::LaunchPanel::exited);
        panel.run();
        QVERIFY2(exited.wait(60000), qPrintable(panel.statusText()));
        QCOMPARE(exited.last().at(2).toInt(), 0);
        QStringList copied = panel.lastCopied();
        copied.sort();
        QCOMPARE(copied, (QStringList{QStringLiteral(".gitignore"), QStringLiteral("hello.txt")}));
        QCOMPARE(test::readFile(remote + QStringLiteral("/outputs/seen.txt")), QByteArray("hello 1"));
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/data")));

        // The next run sends only the file that changed.
        QVERIFY(test::writeFile(project + QStringLiteral("/hello.txt"), "hello again"));
        panel.run();
        QVERIFY2(exited.wait(60000), qPrintable(panel.statusText()));
        QCOMPARE(panel.lastCopied(), QStringList{QStringLiteral("hello.txt")});
        QCOMPARE(test::readFile(remote + QStringLiteral("/outputs/seen.txt")), QByteArray("hello again"));

        // Outputs come back into the folder here.
        panel.fetchOutputs(QStringLiteral("outputs"));
        QVERIFY(panel.isCopying());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isCopying(), 30000);
        QCOMPARE(test::readFile(project + QStringLiteral("/outputs/seen.txt")), QByteArray("hello again"));
        QCOMPARE(panel.lastCopied(), QStringList{QStringLiteral("seen.txt")});
        QVERIFY2(panel.statusText().contains(QStringLiteral("Fetched")), qPrintable(panel.statusText()));
    }

    void sendProject_thatCannotBeCopied_isSaidOnTheProjectFolder_andNothingIsLaunched()
    {
        // /proc takes no new folders, not even from root: rsync fails on the server.
        QTemporaryDir local;
        const QString project = local.filePath(QStringLiteral("resnet"));
        QVERIFY(test::writeFile(project + QStringLiteral("/train.py"), "print(1)\n"));
        Settings settings(m_config.filePath(QStringLiteral("berth.ini")));
        settings.setValue(Settings::RemoteProjectsFolder, QStringLiteral("/proc/berth-projects"));
        EngineClient engine(Endpoint::fromHost(test::remote::sshHost()));
        ui::LaunchPanel panel(&engine, settings);
        panel.resize(1280, 800);
        panel.show();
        panel.importCommand(
            QStringLiteral("docker run --rm -v $(pwd):/src -w /src %1 cat train.py").arg(test::busyboxImage()),
            project);
        panel.sendProjectFrom(project);
        QCOMPARE(panel.spec().projectFolder, QStringLiteral("/proc/berth-projects/resnet"));
        QSignalSpy launched(&panel, &ui::LaunchPanel::launched);
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLaunching(), 60000);
        QCOMPARE(panel.statusText(), QStringLiteral("Nothing was launched."));
        const QString note = test::noteText(panel, LaunchProblem::Field::ProjectFolder);
        QVERIFY2(note.startsWith(QStringLiteral("The project could not be copied to /proc/berth-projects/resnet on "
                                                "the server: ")),
                 qPrintable(note));
        QVERIFY2(note.size() > 90, qPrintable(note)); // rsync's own words follow
        QVERIFY(launched.isEmpty());
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            ui::LanguageManager::instance().apply(language);
            QTest::qWait(50);
            QVERIFY(
                panel.grab().save(screenshotDir().filePath(QStringLiteral("launch-send-failed-%1.png").arg(language))));
        }
        settings.reset(Settings::RemoteProjectsFolder);
    }

    void sendProject_aboveTheSizeLimit_asksFirst_andCancelSendsNothing()
    {
        QTemporaryDir local, serverRoot;
        const QString project = local.filePath(QStringLiteral("big"));
        QVERIFY(test::writeFile(project + QStringLiteral("/weights.bin"), QByteArray(2 * 1024 * 1024, 'w')));
        Settings settings(m_config.filePath(QStringLiteral("berth.ini")));
        settings.setValue(Settings::RemoteProjectsFolder, serverRoot.path());
        settings.setValue(Settings::SendWarnMiB, 1);
        EngineClient engine(Endpoint::fromHost(test::remote::sshHost()));
        ui::LaunchPanel panel(&engine, settings);
        panel.show();
        panel.importCommand(QStringLiteral("docker run --rm -v $(pwd):/src %1 true").arg(test::busyboxImage()),
                            project);
        panel.sendProjectFrom(project);
        QString asked;
        QTimer::singleShot(0, &panel, [&asked] {
            // The question is modal: answer it once it is up.
            // Shared, not a local: a retry runs after this lambda has returned.
            auto answer = std::make_shared<std::function<void()>>();
            *answer = [&asked, retry = std::weak_ptr(answer)] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (box && box->isVisible() && box->objectName() == QLatin1String("sendSizeConfirmation")) {
                        asked = box->windowTitle() + QLatin1Char(' ') + box->text();
                        box->button(QMessageBox::Cancel)->click();
                        return;
                    }
                }
                if (auto again = retry.lock())
                    QTimer::singleShot(20, [again] { (*again)(); });
            };
            (*answer)();
        });
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
        QVERIFY2(asked.contains(QStringLiteral("more than 1.00 MiB")), qPrintable(asked));
        QTRY_COMPARE(panel.statusText(), QStringLiteral("Not launched."));
        QVERIFY(!panel.isLaunching());
        QVERIFY(!QFileInfo::exists(serverRoot.filePath(QStringLiteral("big"))));
        settings.reset(Settings::SendWarnMiB);
    }

    void serverFolders_areBrowsedOverSsh_andTheChoiceFillsTheProjectFolder()
    {
        // The ssh "server" is this machine: a folder made here is a folder there.
        QTemporaryDir there;
        QVERIFY(QDir(there.path()).mkpath(QStringLiteral("resnet/data")));
        QVERIFY(QDir(there.path()).mkpath(QStringLiteral("Alpha")));
        QVERIFY(QDir(there.path()).mkpath(QStringLiteral(".cache")));
        QVERIFY(test::writeFile(there.filePath(QStringLiteral("notes.txt")), "not a folder"));
        const Endpoint endpoint = Endpoint::fromHost(test::remote::sshHost());

        ui::ServerFolderDialog dialog(endpoint, there.path());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
        QCOMPARE(dialog.currentFolder(), QDir(there.path()).canonicalPath());
        QStringList names;
        for (int i = 0; i < dialog.list()->count(); ++i)
            names << dialog.list()->item(i)->text();
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("resnet"), QStringLiteral(".cache")}));
        dialog.show();
        QVERIFY(dialog.grab().save(screenshotDir().filePath(QStringLiteral("server-folders-en.png"))));
        // Into resnet, then choose it.
        Q_EMIT dialog.list()->itemActivated(dialog.list()->item(1));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.chosenFolder(), QDir(there.filePath(QStringLiteral("resnet"))).canonicalPath());
        // A folder that is not there: the dialog stays where it was and says why.
        dialog.openFolder(there.filePath(QStringLiteral("missing")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
        QCOMPARE(dialog.currentFolder(), QDir(there.filePath(QStringLiteral("resnet"))).canonicalPath());
        QVERIFY(!dialog.findChild<QLabel *>()->text().isEmpty());

        // An empty start is the home there.
        ui::ServerFolderDialog home(endpoint, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!home.isLoading(), 20000);
        QVERIFY(home.currentFolder().startsWith(QLatin1Char('/')));
    }

    void oneServer_hidesTheRow()
    {
        QTemporaryDir empty;
        qputenv("DOCKER_CONFIG", QFile::encodeName(empty.path()));
        Settings settings(m_config.filePath(QStringLiteral("berth.ini")));
        EngineClient engine(Endpoint::fromHost(test::dockerHost()));
        ServerDirectory directory;
        LabMonitor lab;
        lab.setDirectory(&directory);
        ui::LaunchPanel panel(&engine, settings);
        panel.setLab(&lab);
        panel.show();
        QVERIFY(!panel.form()->serverField()->isVisible());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_contexts.path()));
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_contexts;
};

QTEST_MAIN(TestLaunchServerEngine)
#include "test_launchserver_engine.moc"
