// SPDX-License-Identifier: Apache-2.0
// Host paths of a remote engine are named and checked on its server, over the test sshd scripts/test starts.
#include "async.h"
#include "engine/dockercontext.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpuinventory.h"
#include "http/sshsession.h"
#include "launch/advancedoptions.h"
#include "launch/launchform.h"
#include "launch/serverfolders.h"
#include "launch/serverpathprobe.h"
#include "launchuitesthelpers.h"
#include "mounts/mounteditor.h"
#include "remotetestenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace berth;
using namespace berth::core;
using Field = core::LaunchProblem::Field;
using berth::test::Awaiter;
namespace remote = berth::test::remote;

namespace {
Endpoint tlsEndpoint()
{
    DockerContext context;
    context.name = QStringLiteral("tls-paths");
    context.host = remote::tlsHost();
    context.caFile = remote::tlsCertPath() + QStringLiteral("/ca.pem");
    context.certFile = remote::tlsCertPath() + QStringLiteral("/cert.pem");
    context.keyFile = remote::tlsCertPath() + QStringLiteral("/key.pem");
    return Endpoint::fromContext(context);
}

QString labelFor(ui::LaunchForm *form, const char *editName)
{
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->buddy() && label->buddy()->objectName() == QLatin1String(editName))
            return label->text();
    }
    return {};
}
} // namespace

class TestRemotePaths final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probe_ssh_answersForEachPathOnTheServer();
    void probe_tcp_saysItCannotCheck();
    void probe_localEngine_isNotAsked();
    void probe_sshFailure_leavesEveryPathUnknown();
    void launchPanel_sshEngine_namesAndChecksPathsOnTheServer();
    void launchPanel_switchToLocal_keepsTheFormAndChecksHere();
    void gpuInventory_sshEngine_asksTheServersNvidiaSmi();
    void sshRun_aServerThatSendsTooMuch_isCutOffWithAReason();
    void serverFolders_oddNamesOnTheServer_areListedAsTheyAre();

private:
    std::optional<ServerPaths> probe(const Endpoint &endpoint, const QStringList &paths);
    QTemporaryDir m_dir;
};

void TestRemotePaths::initTestCase()
{
    BERTH_REQUIRE_REMOTE();
    SshOptions options = SshOptions::fromEnvironment();
    options.configFile = remote::sshConfig();
    SshSession::setDefaultOptions(options);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("project dir/data")));
    QFile file(m_dir.filePath(QStringLiteral("project dir/requirements.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("numpy\n");
}

std::optional<ServerPaths> TestRemotePaths::probe(const Endpoint &endpoint, const QStringList &paths)
{
    Awaiter<std::optional<ServerPaths>> answer;
    ServerPathProbe::probe(endpoint, paths, this, answer.callback());
    if (!answer.wait(60000))
        return ServerPaths{QStringLiteral("timed out"), {}, false};
    return answer.result();
}

void TestRemotePaths::sshRun_aServerThatSendsTooMuch_isCutOffWithAReason()
{
    SshSession *ssh = SshSession::forDestination(Endpoint::fromHost(remote::sshHost()).ssh());
    QVERIFY(ssh);
    // A command whose answer is bigger than Berth keeps: stopped, with what was read so far and the reason.
    Awaiter<SshCommandResult> big;
    ssh->run({QStringLiteral("head"), QStringLiteral("-c"), QString::number(SshSession::MaxOutputBytes * 2),
              QStringLiteral("/dev/zero")},
             this, big.callback());
    QVERIFY(big.wait(60000));
    const SshCommandResult r = big.result();
    QVERIFY(!r.ok());
    QVERIFY(r.standardOutput.size() <= SshSession::MaxOutputBytes);
    QVERIFY2(r.error.message.contains(QStringLiteral("more than 16 MiB")), qPrintable(r.error.message));

    // Within the limit the whole answer arrives, and the shared session still works afterwards.
    Awaiter<SshCommandResult> small;
    ssh->run({QStringLiteral("head"), QStringLiteral("-c"), QStringLiteral("100000"), QStringLiteral("/dev/zero")},
             this, small.callback());
    QVERIFY(small.wait(60000));
    QVERIFY2(small.result().ok(), qPrintable(small.result().error.message));
    QCOMPARE(small.result().standardOutput.size(), 100000);
}

void TestRemotePaths::serverFolders_oddNamesOnTheServer_areListedAsTheyAre()
{
    // Folders on the server named with a newline, a leading space and Hangul, beside a file: each folder is one
    // entry with its exact name, and the file is not listed.
    QTemporaryDir there;
    const QStringList names{QStringLiteral(" lead"), QStringLiteral("two\nlines"), QStringLiteral("\ud559\uc2b5")};
    for (const QString &name : names)
        QVERIFY(QDir(there.path()).mkpath(name));
    QFile file(there.filePath(QStringLiteral("notes.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    Awaiter<ServerFolders::Listing> answer;
    ServerFolders::list(Endpoint::fromHost(remote::sshHost()), there.path(), this, answer.callback());
    QVERIFY(answer.wait(60000));
    const ServerFolders::Listing listing = answer.result();
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    QCOMPARE(listing.path, QDir(there.path()).canonicalPath());
    QCOMPARE(listing.folders, names);
}

void TestRemotePaths::probe_ssh_answersForEachPathOnTheServer()
{
    const QString project = m_dir.filePath(QStringLiteral("project dir"));
    // A name made to break out of careless quoting: it must be one argument, never a command.
    const QString hostile = m_dir.filePath(QStringLiteral("x'; touch pwned; echo '$(touch pwned2)"));
    const QStringList paths{project, project + QStringLiteral("/requirements.txt"), QStringLiteral("/dev/null"),
                            m_dir.filePath(QStringLiteral("missing")), hostile};
    const std::optional<ServerPaths> answer = probe(Endpoint::fromHost(remote::sshHost()), paths);
    QVERIFY(answer.has_value());
    QVERIFY(answer->canCheck);
    QCOMPARE(answer->server, QStringLiteral("127.0.0.1"));
    QCOMPARE(answer->kind(project), ServerPaths::Kind::Directory);
    QCOMPARE(answer->kind(project + QStringLiteral("/requirements.txt")), ServerPaths::Kind::File);
    QCOMPARE(answer->kind(QStringLiteral("/dev/null")), ServerPaths::Kind::Other);
    QVERIFY(answer->isMissing(m_dir.filePath(QStringLiteral("missing"))));
    QVERIFY(answer->isMissing(hostile));
    QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral("pwned"))));
    QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral("pwned2"))));
    QCOMPARE(answer->kind(QStringLiteral("/never/asked")), ServerPaths::Kind::Unknown);
}

void TestRemotePaths::probe_tcp_saysItCannotCheck()
{
    const std::optional<ServerPaths> answer = probe(tlsEndpoint(), {m_dir.filePath(QStringLiteral("missing"))});
    QVERIFY(answer.has_value());
    QVERIFY(!answer->canCheck);
    QCOMPARE(answer->server, QStringLiteral("127.0.0.1"));
    QCOMPARE(answer->kind(m_dir.filePath(QStringLiteral("missing"))), ServerPaths::Kind::Unknown);
}

void TestRemotePaths::probe_localEngine_isNotAsked()
{
    QVERIFY(!probe(Endpoint::fromHost(test::dockerHost()), {m_dir.path()}).has_value());
}

void TestRemotePaths::probe_sshFailure_leavesEveryPathUnknown()
{
    // Nothing listens on port 1: ssh fails at once, and no path is called missing on a guess.
    const std::optional<ServerPaths> answer =
        probe(Endpoint::fromHost(QStringLiteral("ssh://root@127.0.0.1:1")), {m_dir.filePath(QStringLiteral("gone"))});
    QVERIFY(answer.has_value());
    QCOMPARE(answer->kind(m_dir.filePath(QStringLiteral("gone"))), ServerPaths::Kind::Unknown);
}

void TestRemotePaths::launchPanel_sshEngine_namesAndChecksPathsOnTheServer()
{
    QTemporaryDir config;
    qputenv("BERTH_CONFIG_DIR", config.path().toUtf8());
    Settings settings(config.filePath(QStringLiteral("berth.ini")));
    EngineClient engine(Endpoint::fromHost(remote::sshHost()));
    ui::LaunchPanel panel(&engine, settings);
    panel.resize(1280, 800);
    panel.show();
    ui::LaunchForm *form = panel.form();
    QCOMPARE(labelFor(form, "projectEdit"), QStringLiteral("&Project folder on 127.0.0.1:"));
    auto *choose = form->findChild<QPushButton *>(QStringLiteral("chooseProjectButton"));
    QVERIFY(choose);
    // Choose… browses the server's folders (over ssh), not this computer's.
    QVERIFY(choose->isEnabled());
    QVERIFY(choose->toolTip().startsWith(QStringLiteral("Browse the folders on 127.0.0.1")));
    QAbstractItemModel *mounts = form->mountEditor()->findChild<QTableView *>()->model();
    QCOMPARE(mounts->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Folder on 127.0.0.1 or volume"));

    auto *project = form->findChild<QLineEdit *>(QStringLiteral("projectEdit"));
    const QString missing = m_dir.filePath(QStringLiteral("not there yet"));
    test::typeInto(project, missing);
    QTRY_VERIFY_WITH_TIMEOUT(test::noteText(panel, Field::ProjectFolder).contains(QStringLiteral("on 127.0.0.1")),
                             20000);
    QVERIFY(test::noteText(panel, Field::ProjectFolder).contains(missing));
    if (qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DIR")) // for the README: the form on a server
        panel.grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR") + QStringLiteral("/launch-remote.png"));
    // The mount row the project folder made is checked there too.
    QTRY_VERIFY_WITH_TIMEOUT(!form->mountEditor()->problems().isEmpty(), 20000);
    QVERIFY(form->mountEditor()->problems().first().message.contains(QStringLiteral("does not exist on 127.0.0.1")));

    test::typeInto(project, m_dir.filePath(QStringLiteral("project dir")));
    QTRY_VERIFY_WITH_TIMEOUT(test::noteText(panel, Field::ProjectFolder).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(form->mountEditor()->problems().isEmpty(), 20000);

    // An edit that keeps the paths (the name) reuses the server's answer of a moment ago; Run asks afresh.
    const int asked = panel.serverPathProbes();
    QVERIFY(asked > 0);
    test::typeInto(form->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("kept"));
    QTest::qWait(1000); // past the form's pause before it checks itself
    QCOMPARE(panel.serverPathProbes(), asked);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.serverPathProbes(), asked + 1, 20000);
}

void TestRemotePaths::launchPanel_switchToLocal_keepsTheFormAndChecksHere()
{
    QTemporaryDir config;
    qputenv("BERTH_CONFIG_DIR", config.path().toUtf8());
    Settings settings(config.filePath(QStringLiteral("berth.ini")));
    EngineClient engine(tlsEndpoint());
    ui::LaunchPanel panel(&engine, settings);
    panel.resize(1280, 800);
    panel.show();
    ui::LaunchForm *form = panel.form();
    auto *project = form->findChild<QLineEdit *>(QStringLiteral("projectEdit"));
    QVERIFY(project->toolTip().contains(QStringLiteral("cannot look at")));
    const QString missing = m_dir.filePath(QStringLiteral("only-there"));
    test::typeInto(project, missing);
    // A tcp engine's disk cannot be asked: nothing is called missing.
    QTest::qWait(1500);
    QVERIFY(test::noteText(panel, Field::ProjectFolder).isEmpty());

    engine.setEndpoint(Endpoint::fromHost(test::dockerHost()));
    QCOMPARE(labelFor(form, "projectEdit"), QStringLiteral("&Project folder:"));
    QVERIFY(form->findChild<QPushButton *>(QStringLiteral("chooseProjectButton"))->isEnabled());
    QCOMPARE(project->text(), missing);
    QTRY_VERIFY_WITH_TIMEOUT(test::noteText(panel, Field::ProjectFolder).contains(missing), 20000);
    QVERIFY(!test::noteText(panel, Field::ProjectFolder).contains(QStringLiteral(" on ")));
}

void TestRemotePaths::gpuInventory_sshEngine_asksTheServersNvidiaSmi()
{
    // This computer has one busy GPU; the server has eight. The GPUs page and picker must show the server's.
    test::FakeNvidiaSmi local;
    QVERIFY(local.printBytes(QByteArrayLiteral("0, GPU-a, Local GPU, 24576, 24000, 100, 535.1\n")));
    test::FakeNvidiaSmi onServer(qEnvironmentVariable("BERTH_TEST_SSH_SERVER_BIN"));
    QVERIFY(onServer.printFixture(QStringLiteral("gpus-8-busy.csv")));
    GpuInventory inventory;
    inventory.setRemoteCommand(GpuInventory::remoteCommandFor(Endpoint::fromHost(remote::sshHost())));
    QVERIFY(!inventory.remoteCommand().isEmpty());
    QSignalSpy updated(&inventory, &GpuInventory::updated);
    inventory.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 30000);
    QVERIFY2(inventory.state() == GpuInventory::State::Ready, qPrintable(inventory.error()));
    QCOMPARE(inventory.gpus().size(), 8);
    QCOMPARE(local.calls(), 0);
    QVERIFY(onServer.calls() >= 1);

    // A server without nvidia-smi says so, rather than showing this computer's.
    onServer.makeAbsent();
    updated.clear();
    inventory.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 30000);
    QCOMPARE(inventory.state(), GpuInventory::State::NotInstalled);

    // tcp engines cannot be asked, and a local one is asked here.
    QVERIFY(GpuInventory::remoteCommandFor(tlsEndpoint()).isEmpty());
    QVERIFY(GpuInventory::remoteCommandFor(Endpoint::fromHost(test::dockerHost())).isEmpty());
}

QTEST_MAIN(TestRemotePaths)
#include "test_remotepaths.moc"
