// SPDX-License-Identifier: Apache-2.0
#include "common/messagebar.h"
#include "engine/engineclient.h"
#include "engine/imagereference.h"
#include "gpu/gpucapability.h"
#include "gpu/gpupicker.h"
#include "gpu/ownerpolicy.h"
#include "launch/advancedoptions.h"
#include "launch/commandpreview.h"
#include "launch/launchsession.h"
#include "launch/profilelist.h"
#include "launch/profilestore.h"
#include "launchuitesthelpers.h"
#include "registry/imagepull.h"
#include "registry/tagcache.h"
#include "settings/settings.h"
#include "tags/pullprogresswidget.h"
#include "testenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace berth;
using core::LaunchSpec;
using Field = core::LaunchProblem::Field;
using test::noteText;

namespace {
QJsonObject inspect(const QString &name)
{
    int code = 0;
    const QByteArray out = test::docker({QStringLiteral("inspect"), name}, &code);
    if (code != 0)
        return {};
    return QJsonDocument::fromJson(out).array().first().toObject();
}

bool containerExists(const QString &name)
{
    int code = 0;
    test::docker({QStringLiteral("inspect"), QStringLiteral("--type"), QStringLiteral("container"), name}, &code);
    return code == 0;
}

void removeContainer(const QString &name)
{
    int code = 0;
    test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}, &code);
}
} // namespace

// The launch panel against the real engine, driven as a user does: fill the form, press Run, read what it says.
class TestLaunchPanelEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void busyboxLaunch_runsToItsExitCodeWithOwnerAndProfileLabels();
    void nameConflict_isShownOnTheNameField();
    void missingImage_isPulledWithProgressThenRun();
    void interactiveLaunch_waitsForTheHostToAttachBeforeStart();
    void startFailure_removesTheCreatedContainerAndSaysSo();
    void requirementsLaunch_createsTheCacheVolumeAndRunsTheWrappedCommand();
    void gpusOnAnEngineWithoutNvidia_areRefusedOnTheGpuPicker();
    void imageMissingFromItsRegistry_isShownOnTheImageField();
    void tagMissingFromTheCachedList_isSaidBeforeRun();
    void presetOnAnEngineWithoutNvidia_doesNotPickGpus();

private:
    std::unique_ptr<ui::LaunchPanel> makePanel();
    LaunchSpec busybox(const QString &name, const QStringList &command) const;
    QString uniqueName(const char *what) const;

    std::unique_ptr<core::EngineClient> m_engine;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<core::Settings> m_settings;
    QStringList m_containers;
    QStringList m_volumes;
};

void TestLaunchPanelEngine::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    m_engine = std::make_unique<core::EngineClient>(core::Endpoint::fromHost(test::dockerHost()));
}

void TestLaunchPanelEngine::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("BERTH_CONFIG_DIR", m_config->path().toUtf8());
    m_settings = std::make_unique<core::Settings>(m_config->filePath(QStringLiteral("berth.ini")));
}

void TestLaunchPanelEngine::cleanup()
{
    for (const QString &name : std::as_const(m_containers))
        removeContainer(name);
    m_containers.clear();
    for (const QString &volume : std::as_const(m_volumes)) {
        int code = 0;
        test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume}, &code);
    }
    m_volumes.clear();
    m_settings.reset();
    m_config.reset();
}

void TestLaunchPanelEngine::cleanupTestCase()
{
    m_engine.reset();
}

QString TestLaunchPanelEngine::uniqueName(const char *what) const
{
    return QStringLiteral("berth-launchui-%1-%2").arg(QLatin1String(what)).arg(QCoreApplication::applicationPid());
}

std::unique_ptr<ui::LaunchPanel> TestLaunchPanelEngine::makePanel()
{
    auto panel = std::make_unique<ui::LaunchPanel>(m_engine.get(), *m_settings);
    panel->resize(1280, 800);
    panel->show();
    return panel;
}

void TestLaunchPanelEngine::presetOnAnEngineWithoutNvidia_doesNotPickGpus()
{
    auto panel = makePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->form()->gpuPicker()->capability().isUnavailable(), 20000);
    panel->applyPreset(QStringLiteral("pytorch"));
    QCOMPARE(panel->form()->spec().gpus.mode, core::GpuRequest::Mode::None);
    QCOMPARE(panel->form()->spec().image, QStringLiteral("pytorch/pytorch"));
    // A pasted line keeps its --gpus, and the picker says why it cannot run.
    panel->importCommand(QStringLiteral("docker run --gpus all berth-test/busybox true"));
    QCOMPARE(panel->form()->spec().gpus.mode, core::GpuRequest::Mode::All);
    QTRY_VERIFY(!panel->form()->gpuPicker()->problem().isEmpty());
}

void TestLaunchPanelEngine::tagMissingFromTheCachedList_isSaidBeforeRun()
{
    // The tag browser's last complete listing of the repository, as it leaves it on disk.
    const core::ImageReference repository = core::ImageReference::parse(QStringLiteral("berth-test/listed"));
    QVERIFY(QDir().mkpath(m_settings->cacheDir() + QStringLiteral("/tags-cache")));
    const QString file = core::TagCache(m_settings->cacheDir() + QStringLiteral("/tags-cache")).fileFor(repository);
    QList<core::TagInfo> tags;
    for (const char *name : {"1.0", "1.1", "latest"}) {
        core::TagInfo t;
        t.name = QString::fromLatin1(name);
        tags << t;
    }
    QVERIFY(core::TagCache::write(file, core::TagCache::key(repository), QDateTime::currentDateTimeUtc(), tags));

    auto panel = makePanel();
    ui::LaunchForm *form = panel->form();
    test::typeInto(form->imageEdit(), QStringLiteral("berth-test/listed"));
    test::typeInto(form->tagEdit(), QStringLiteral("1.2"));
    QTRY_VERIFY_WITH_TIMEOUT(noteText(*panel, Field::Image).contains(QStringLiteral("has no tag 1.2")), 10000);
    QVERIFY(noteText(*panel, Field::Image).contains(QStringLiteral("among the 3 tags")));
    // A listed tag that is only missing from this engine: Run pulls it.
    test::typeInto(form->tagEdit(), QStringLiteral("1.1"));
    QTRY_VERIFY_WITH_TIMEOUT(noteText(*panel, Field::Image).contains(QStringLiteral("Run pulls it first")), 10000);
}

LaunchSpec TestLaunchPanelEngine::busybox(const QString &name, const QStringList &command) const
{
    LaunchSpec s;
    s.image = QStringLiteral("berth-test/busybox");
    s.tag = QStringLiteral("latest");
    s.name = name;
    s.command = command;
    return s;
}

void TestLaunchPanelEngine::busyboxLaunch_runsToItsExitCodeWithOwnerAndProfileLabels()
{
    auto panel = makePanel();
    const QString name = uniqueName("exit3");
    m_containers << name;
    const LaunchSpec spec =
        busybox(name, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi; exit 3")});
    panel->setSpec(spec);
    QVERIFY(panel->profileList()->saveAs(QStringLiteral("busybox-exit")));
    QSignalSpy launched(panel.get(), &ui::LaunchPanel::launched);
    QSignalSpy exited(panel.get(), &ui::LaunchPanel::exited);
    QSignalSpy attach(panel.get(), &ui::LaunchPanel::attachRequested);
    panel->run();
    QTRY_VERIFY2_WITH_TIMEOUT(exited.size() == 1, qPrintable(panel->statusText() + panel->messageBar()->text()), 60000);
    QCOMPARE(launched.size(), 1);
    QCOMPARE(attach.size(), 0);
    QCOMPARE(launched.first().at(1).toString(), name);
    QCOMPARE(launched.first().at(2).toBool(), false); // tty
    QCOMPARE(launched.first().at(3).toBool(), false); // interactive
    QCOMPARE(exited.first().at(0).toString(), launched.first().at(0).toString());
    QCOMPARE(exited.first().at(2).toInt(), 3);
    QCOMPARE(panel->lastExitCode(), std::optional<int>(3));
    QVERIFY2(panel->statusText().contains(QStringLiteral("exited with code 3")), qPrintable(panel->statusText()));
    QVERIFY(!panel->isLaunching());

    const QJsonObject details = inspect(name);
    const QJsonObject labels =
        details.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
    QCOMPARE(labels.value(QStringLiteral("io.github.berth.owner")).toString(), core::OwnerPolicy().userName());
    QCOMPARE(labels.value(QStringLiteral("io.github.berth.profile")).toString(), QStringLiteral("busybox-exit"));
    QCOMPARE(details.value(QStringLiteral("State")).toObject().value(QStringLiteral("ExitCode")).toInt(), 3);
    QCOMPARE(QString::fromUtf8(test::docker({QStringLiteral("logs"), name})).trimmed(), QStringLiteral("hi"));

    // The launch is the newest of the Recent list.
    QVERIFY(!panel->profileStore()->recent().isEmpty());
    QCOMPARE(panel->profileStore()->recent().first().spec, spec);
    QCOMPARE(panel->profileStore()->recent().first().profileName, QStringLiteral("busybox-exit"));
}

void TestLaunchPanelEngine::nameConflict_isShownOnTheNameField()
{
    const QString name = uniqueName("taken");
    m_containers << name;
    test::docker(
        {QStringLiteral("create"), QStringLiteral("--name"), name, test::busyboxImage(), QStringLiteral("true")});
    QVERIFY(containerExists(name));
    const QString firstId = inspect(name).value(QStringLiteral("Id")).toString();

    auto panel = makePanel();
    const LaunchSpec spec = busybox(name, {QStringLiteral("true")});
    panel->setSpec(spec);
    QSignalSpy launched(panel.get(), &ui::LaunchPanel::launched);
    panel->run();
    QTRY_VERIFY_WITH_TIMEOUT(noteText(*panel, Field::Name).contains(QStringLiteral("already used")), 30000);
    QCOMPARE(launched.size(), 0);
    QVERIFY(panel->form()->isAdvancedShown());
    QCOMPARE(panel->form()->advanced()->tabs()->currentIndex(), int(ui::AdvancedOptions::ContainerTab));
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("Nothing was launched")));
    QVERIFY(panel->statusText().contains(QStringLiteral("Nothing was launched")));
    // The form is as typed; the other container is untouched.
    QCOMPARE(panel->spec(), spec);
    QCOMPARE(inspect(name).value(QStringLiteral("Id")).toString(), firstId);

    // The offered fix: clear the name (the engine picks one) and the note goes.
    QPushButton *fix = panel->form()->noteFor(Field::Name)->actionButton();
    QVERIFY(fix->isVisible());
    fix->click();
    QVERIFY(panel->spec().name.isEmpty());
    QTRY_VERIFY(noteText(*panel, Field::Name).isEmpty());
}

void TestLaunchPanelEngine::missingImage_isPulledWithProgressThenRun()
{
    const QString reference = test::pullImage();
    QVERIFY2(!reference.isEmpty(), "BERTH_TEST_PULL_IMAGE is not set");
    int code = 0;
    test::docker({QStringLiteral("rmi"), QStringLiteral("-f"), reference}, &code);
    test::docker({QStringLiteral("image"), QStringLiteral("inspect"), reference}, &code);
    QVERIFY2(code != 0, "the pull image is still on the engine");

    auto panel = makePanel();
    const QString name = uniqueName("pulled");
    m_containers << name;
    LaunchSpec spec;
    spec.setImageReference(reference);
    spec.name = name;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 0")};
    panel->setSpec(spec);
    // Before Run the form already says the image is not there and offers to pull it.
    QTRY_VERIFY_WITH_TIMEOUT(noteText(*panel, Field::Image).contains(QStringLiteral("not on this engine")), 20000);

    QSignalSpy pulling(panel->session(), &core::LaunchSession::pullStarted);
    QSignalSpy exited(panel.get(), &ui::LaunchPanel::exited);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(pulling.size(), 1, 20000);
    QTRY_VERIFY(panel->findChild<QWidget *>(QStringLiteral("pullProgress")) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 120000);
    QCOMPARE(exited.first().at(2).toInt(), 0);
    const core::PullProgressModel &progress = panel->session()->imagePull()->progress();
    QVERIFY(progress.eventCount() > 0);
    QVERIFY2(progress.layerCount() >= 3, qPrintable(QString::number(progress.layerCount())));
    QVERIFY(progress.isComplete() || progress.layersDone() == progress.layerCount());
    test::docker({QStringLiteral("image"), QStringLiteral("inspect"), reference}, &code);
    QCOMPARE(code, 0);
    QTRY_VERIFY(noteText(*panel, Field::Image).isEmpty());
}

void TestLaunchPanelEngine::interactiveLaunch_waitsForTheHostToAttachBeforeStart()
{
    auto panel = makePanel();
    const QString name = uniqueName("attach");
    m_containers << name;
    LaunchSpec spec = busybox(name, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
    spec.interactive = true;
    panel->setSpec(spec);
    QString attachId;
    QString attachName;
    connect(panel.get(), &ui::LaunchPanel::attachRequested, this, [&](const QString &id, const QString &n) {
        attachId = id;
        attachName = n;
    });
    QSignalSpy launched(panel.get(), &ui::LaunchPanel::launched);
    QSignalSpy exited(panel.get(), &ui::LaunchPanel::exited);
    panel->run();
    QTRY_VERIFY_WITH_TIMEOUT(!attachId.isEmpty(), 30000);
    QCOMPARE(attachName, name);
    // Created, not started, until the host says it is attached.
    QTest::qWait(300);
    QCOMPARE(launched.size(), 0);
    QCOMPARE(inspect(name).value(QStringLiteral("State")).toObject().value(QStringLiteral("Status")).toString(),
             QStringLiteral("created"));
    QVERIFY(panel->statusText().contains(QStringLiteral("attach")));
    panel->continueAfterAttach(attachId);
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 30000);
    QCOMPARE(launched.size(), 1);
    QCOMPARE(launched.first().at(3).toBool(), true);
    QCOMPARE(exited.first().at(2).toInt(), 7);

    // A host that cannot attach: the container goes again.
    const QString second = uniqueName("noattach");
    m_containers << second;
    spec.name = second;
    panel->setSpec(spec);
    attachId.clear();
    panel->run();
    QTRY_VERIFY_WITH_TIMEOUT(!attachId.isEmpty(), 30000);
    QVERIFY(containerExists(second));
    panel->abortAttach(attachId, QStringLiteral("no terminal"));
    QTRY_VERIFY_WITH_TIMEOUT(!containerExists(second), 30000);
    QTRY_VERIFY(panel->messageBar()->text().contains(QStringLiteral("no terminal")));
}

void TestLaunchPanelEngine::startFailure_removesTheCreatedContainerAndSaysSo()
{
    auto panel = makePanel();
    const QString name = uniqueName("nostart");
    m_containers << name;
    panel->setSpec(busybox(name, {QStringLiteral("/no/such/program")}));
    QSignalSpy launched(panel.get(), &ui::LaunchPanel::launched);
    QSignalSpy failed(panel->session(), &core::LaunchSession::failed);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    const auto failure = failed.first().first().value<core::LaunchSession::Failure>();
    QCOMPARE(failure.step, core::LaunchSession::Step::Start);
    QVERIFY(failure.removed);
    QCOMPARE(launched.size(), 0);
    QVERIFY(!containerExists(name));
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("removed again")),
             qPrintable(panel->messageBar()->text()));
    QVERIFY2(noteText(*panel, Field::Command).contains(QStringLiteral("could not start")),
             qPrintable(noteText(*panel, Field::Command)));

    // Asked to keep it: it stays, and the panel says where it is.
    panel->form()->advanced()->findChild<QCheckBox *>(QStringLiteral("keepFailedCheck"))->setChecked(true);
    failed.clear();
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(containerExists(name));
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("kept")));
}

void TestLaunchPanelEngine::requirementsLaunch_createsTheCacheVolumeAndRunsTheWrappedCommand()
{
    QTemporaryDir project;
    QFile requirements(project.filePath(QStringLiteral("requirements.txt")));
    QVERIFY(requirements.open(QIODevice::WriteOnly));
    requirements.write("numpy\n");
    requirements.close();
    const QString volume = uniqueName("pip");
    m_volumes << volume;
    int code = 0;
    test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume}, &code);

    auto panel = makePanel();
    const QString name = uniqueName("reqs");
    m_containers << name;
    panel->applyPreset(QStringLiteral("blank"));
    ui::LaunchForm *form = panel->form();
    form->imageEdit()->setText(QStringLiteral("berth-test/busybox"));
    form->tagEdit()->setText(QStringLiteral("latest"));
    form->setProjectFolder(project.path());
    test::typeInto(form->commandEdit(), QStringLiteral("python train.py"));
    test::typeInto(form->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    form->requirementsCheck()->setChecked(true);
    test::typeInto(form->findChild<QLineEdit *>(QStringLiteral("cacheVolumeEdit")), volume);
    form->setImageHasBash(false); // busybox has only sh
    const QString script = QStringLiteral("pip install --cache-dir /pip_cache -r requirements.txt && python train.py");
    QCOMPARE(form->wrappedCommandText(), QStringLiteral("/bin/sh -c '") + script + QLatin1Char('\''));
    QVERIFY(panel->preview()->text().endsWith(QStringLiteral("/bin/sh -c '") + script + QLatin1Char('\'')));

    QSignalSpy exited(panel.get(), &ui::LaunchPanel::exited);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 60000);
    QCOMPARE(exited.first().at(2).toInt(), 127); // busybox has no pip: what matters is what ran

    // The create body and the engine agree with the preview, word for word.
    const QJsonArray expected{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    QCOMPARE(panel->session()->body().value(QStringLiteral("Cmd")).toArray(), expected);
    const QJsonObject details = inspect(name);
    QCOMPARE(details.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Cmd")).toArray(), expected);
    QCOMPARE(details.value(QStringLiteral("Config")).toObject().value(QStringLiteral("WorkingDir")).toString(),
             QStringLiteral("/src"));
    bool cacheMounted = false;
    bool projectMounted = false;
    for (const QJsonValue &m : details.value(QStringLiteral("Mounts")).toArray()) {
        const QJsonObject o = m.toObject();
        cacheMounted =
            cacheMounted || (o.value(QStringLiteral("Name")).toString() == volume &&
                             o.value(QStringLiteral("Destination")).toString() == QStringLiteral("/pip_cache"));
        projectMounted =
            projectMounted || (o.value(QStringLiteral("Source")).toString() == project.path() &&
                               o.value(QStringLiteral("Destination")).toString() == QStringLiteral("/src"));
    }
    QVERIFY(cacheMounted);
    QVERIFY(projectMounted);
    test::docker({QStringLiteral("volume"), QStringLiteral("inspect"), volume}, &code);
    QCOMPARE(code, 0);
}

void TestLaunchPanelEngine::gpusOnAnEngineWithoutNvidia_areRefusedOnTheGpuPicker()
{
    auto panel = makePanel();
    const QString name = uniqueName("gpu");
    m_containers << name;
    LaunchSpec spec = busybox(name, {QStringLiteral("true")});
    spec.gpus.mode = core::GpuRequest::Mode::All;
    panel->setSpec(spec);
    ui::GpuPicker *gpus = panel->form()->gpuPicker();
    // Berth knows before Run: the engine has no NVIDIA runtime, so Run stops at the GPU picker.
    QTRY_VERIFY_WITH_TIMEOUT(gpus->capability().state() != core::GpuCapability::State::Unknown, 30000);
    if (gpus->capability().state() != core::GpuCapability::State::Unavailable)
        QSKIP("this machine has the NVIDIA container toolkit");
    panel->run();
    QTRY_VERIFY(panel->statusText().contains(QStringLiteral("fix the marked fields")));
    // Said once, by the picker itself, not repeated as a field note under it.
    QVERIFY(gpus->problem().contains(QStringLiteral("NVIDIA")));
    QVERIFY(noteText(*panel, Field::Gpus).isEmpty());
    QVERIFY(!containerExists(name));

    // Told otherwise (a stale answer), the engine's own refusal at start lands on the picker too, and the created
    // container is removed again.
    core::EngineInfo withNvidia;
    withNvidia.runtimes = {QStringLiteral("nvidia"), QStringLiteral("runc")};
    gpus->setCapability(core::GpuCapability::decide(withNvidia, {}));
    QSignalSpy failed(panel->session(), &core::LaunchSession::failed);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    const auto failure = failed.first().first().value<core::LaunchSession::Failure>();
    QCOMPARE(failure.error.kind(), core::EngineError::Kind::GpuDriverMissing);
    QVERIFY(failure.removed);
    QVERIFY(!containerExists(name));
    QVERIFY2(noteText(*panel, Field::Gpus).contains(QStringLiteral("NVIDIA")),
             qPrintable(noteText(*panel, Field::Gpus)));
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("removed again")));
}

void TestLaunchPanelEngine::imageMissingFromItsRegistry_isShownOnTheImageField()
{
    auto panel = makePanel();
    LaunchSpec spec = busybox(uniqueName("noimage"), {QStringLiteral("true")});
    spec.image = test::registry() + QStringLiteral("/berth/no-such-image");
    spec.tag = QStringLiteral("1.0");
    panel->setSpec(spec);
    QSignalSpy failed(panel->session(), &core::LaunchSession::failed);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QCOMPARE(failed.first().first().value<core::LaunchSession::Failure>().step, core::LaunchSession::Step::Pull);
    QTRY_VERIFY(noteText(*panel, Field::Image).contains(QStringLiteral("not found")));
    QPushButton *retry = panel->form()->noteFor(Field::Image)->actionButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(panel->spec(), spec);
    QVERIFY(panel->statusText().contains(QStringLiteral("Nothing was launched")));
    // The pull's own area says it failed, with its icon on the title's line, no Cancel left behind and the reason
    // only once (on the image field).
    auto *pull = panel->findChild<ui::PullProgressWidget *>(QStringLiteral("pullProgress"));
    QVERIFY(pull && pull->isVisible());
    QVERIFY(pull->title().startsWith(QStringLiteral("Could not pull")));
    QVERIFY(!pull->findChild<QPushButton *>(QStringLiteral("cancelPull"))->isVisible());
    QVERIFY(pull->findChild<QLabel *>(QStringLiteral("pullIcon"))->isVisible());
    QVERIFY(!pull->findChild<QProgressBar *>()->isVisible());
    for (QLabel *label : pull->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(QStringLiteral("not found")), qPrintable(label->text()));
    }
    if (qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DIR"))
        panel->grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR") + QStringLiteral("/pull-failed.png"));
}

QTEST_MAIN(TestLaunchPanelEngine)
#include "test_launchpanel_engine.moc"
