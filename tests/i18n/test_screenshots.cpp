// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpucapability.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupanel.h"
#include "gpu/gpupicker.h"
#include "gpu/ownerpolicy.h"
#include "hubreplayserver.h"
#include "i18n/languagemanager.h"
#include "launch/advancedoptions.h"
#include "launch/commandpreview.h"
#include "launch/fieldnote.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"
#include "launch/profilestore.h"
#include "logs/logconsole.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "main/enginestatuswidget.h"
#include "main/mainwindow.h"
#include "mounts/mounteditor.h"
#include "mounts/mounttablemodel.h"
#include "mounts/volumelistmodel.h"
#include "mounts/volumespage.h"
#include "settings/settings.h"
#include "tags/filterchip.h"
#include "tags/tagbrowser.h"
#include "tags/tagtablemodel.h"
#include "terminal/terminalemulator.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalwidget.h"
#include "testenv.h"
#include "widgettexts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>

using namespace berth;
using ui::LanguageManager;

// The README pictures, in English and Korean, rendered from real runs against the engine that scripts/test starts
// (the GPU view from the fake nvidia-smi fixture, the tag browser from the Hub replay server). Each file is
// <view>-<en|ko>.png in BERTH_SCREENSHOT_DIR (docs/screenshots for the README), else in the working directory.
// Every Korean picture is also checked for Hangul in its texts and for cut-off text.
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void views_data();
    void views();

private:
    QString dockerRun(const QString &name, const QString &image, const QString &owner, const QString &script,
                      bool detach = true);
    void createVolumes();
    void createGpuHolders();
    void save(QWidget *widget, const QString &view, const QString &language);
    void containers(const QString &language);
    void launch(const QString &language);
    void launchMountProblems(const QString &language);
    void mounts(const QString &language);
    void volumes(const QString &language);
    void gpus(const QString &language);
    void tags(const QString &language);
    void logs(const QString &language);
    void terminal(const QString &language);

    QTemporaryDir m_config;
    QTemporaryDir m_home{QDir::tempPath() + QStringLiteral("/alice-XXXXXX")};
    QString m_dir;
    QString m_prefix;
    QString m_label;
    std::unique_ptr<core::EngineClient> m_client;
    QStringList m_containers;
    QStringList m_volumes;
    QString m_logContainer;
    QString m_trainContainer;
    QString m_shellContainer;
    QString m_project;
};

void TestScreenshots::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    m_dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::currentPath());
    m_prefix = QUuid::createUuid().toString(QUuid::Id128).left(6);
    m_label = QStringLiteral("berth.test=i18n-shot-") + m_prefix;
    m_client = std::make_unique<core::EngineClient>(core::Endpoint::fromHost(test::dockerHost()));

    // A lab server's containers: two runs going (one of them a colleague's), two finished.
    const QString me = core::OwnerPolicy::currentUserName();
    const QString tf = QStringLiteral("tensorflow/tensorflow:2.0.0-gpu-py3");
    const QString pt = QStringLiteral("pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime");
    m_trainContainer =
        dockerRun(QStringLiteral("lab-resnet50-train"), pt, me,
                  QStringLiteral("for e in 1 2 3; do echo \"epoch $e/90 loss=0.$((90-e*7)) acc=0.$((50+e*9))\"; "
                                 "done; sleep 600"));
    dockerRun(QStringLiteral("lab-bert-finetune"), pt, QStringLiteral("bob"), QStringLiteral("sleep 600"));
    dockerRun(QStringLiteral("lab-jupyter"), tf, me, QStringLiteral("true"));
    dockerRun(QStringLiteral("lab-cifar-sweep"), tf, QStringLiteral("alice"), QStringLiteral("exit 3"));
    // The training log the console shows: colours, a tqdm bar redrawn with \r, stderr, a traceback.
    m_logContainer = dockerRun(
        QStringLiteral("lab-resnet50-exp7"), pt, me,
        QStringLiteral(
            "printf '\\033[1mStarting training\\033[0m  model=resnet50  gpus=2  batch=256\\n'; sleep 0.05;"
            "printf '\\033[33mWARNING\\033[0m: cuDNN autotuner enabled; the first steps will be slow\\n' >&2;"
            "for e in 1 2 3; do printf '\\033[36mEpoch %s/10\\033[0m\\n' $e; sleep 0.05;"
            "  for p in 10 40 70 100; do printf '\\rtrain: %3s%% [00:19, 9.6it/s]' $p >&2; sleep 0.02; done;"
            "  printf '\\n' >&2;"
            "  printf '  loss=\\033[31m0.%s\\033[0m  acc=\\033[32m0.%s\\033[0m  lr=1e-3\\n' $((9000/e)) $((600+e*90));"
            "  sleep 0.05; done;"
            "printf 'Traceback (most recent call last):\\n  File \"train.py\", line 88, in <module>\\n"
            "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB\\n' >&2; exit 3"));
    QVERIFY(!m_logContainer.isEmpty());
    m_shellContainer = dockerRun(QStringLiteral("lab-shell"), pt, me, QStringLiteral("sleep 600"));
    createVolumes();
    createGpuHolders();
    m_project = m_home.filePath(QStringLiteral("projects/resnet"));
    QVERIFY(QDir().mkpath(m_project));
    QFile requirements(m_project + QStringLiteral("/requirements.txt"));
    QVERIFY(requirements.open(QIODevice::WriteOnly));
    requirements.write("torchvision==0.4.0\ntensorboard\n");
}

void TestScreenshots::createGpuHolders()
{
    // Created, not started (this engine has no NVIDIA runtime): Berth counts them as holding their GPUs.
    const QList<QStringList> holders{
        {QStringLiteral("gpu-alice-bert"), QStringLiteral("--gpus"), QStringLiteral("device=1"),
         QStringLiteral("--label"), QStringLiteral("berth.owner=alice")},
        {QStringLiteral("gpu-bob-resnet"), QStringLiteral("--gpus"),
         QStringLiteral("device=GPU-6694f229-359b-4548-81a0-d5b3ffc6e35c"), QStringLiteral("--label"),
         QStringLiteral("berth.owner=bob")},
        {QStringLiteral("gpu-carol-notebook"), QStringLiteral("--gpus"), QStringLiteral("device=5"),
         QStringLiteral("--label"), QStringLiteral("berth.owner=carol")},
        {QStringLiteral("gpu-cli-run"), QStringLiteral("--gpus"), QStringLiteral("2")}};
    for (const QStringList &h : holders) {
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), h.first()});
        test::docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), h.first(),
                                 QStringLiteral("--label"), m_label} +
                     h.mid(1) + QStringList{test::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("1000")});
        m_containers << h.first();
    }
}

void TestScreenshots::createVolumes()
{
    // Volumes as a lab server might have them, two of them in use by colleagues' containers.
    const QList<std::pair<QString, int>> fill{{QStringLiteral("pip_cache"), 3100},
                                              {QStringLiteral("hf_models"), 9400},
                                              {QStringLiteral("datasets_cifar10"), 1700},
                                              {QStringLiteral("scratch_2024"), 0}};
    for (const auto &[base, kib] : fill) {
        const QString v = base + QStringLiteral("_") + m_prefix;
        test::docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), m_label, v});
        m_volumes << v;
        if (kib > 0)
            test::docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"),
                          v + QStringLiteral(":/d"), test::busyboxImage(), QStringLiteral("dd"),
                          QStringLiteral("if=/dev/zero"), QStringLiteral("of=/d/blob"), QStringLiteral("bs=1024"),
                          QStringLiteral("count=") + QString::number(kib)});
    }
    const QString users[][3] = {{QStringLiteral("lab-train-resnet50"), QStringLiteral("alice"), m_volumes.at(0)},
                                {QStringLiteral("lab-notebook-bob"), QStringLiteral("bob"), m_volumes.at(1)}};
    for (const auto &u : users) {
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), u[0]});
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), u[0], QStringLiteral("--label"), m_label,
                      QStringLiteral("--label"), QStringLiteral("berth.owner=") + u[1], QStringLiteral("-v"),
                      u[2] + QStringLiteral(":/v"), test::busyboxImage(), QStringLiteral("true")});
        m_containers << u[0];
    }
}

void TestScreenshots::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_containers))
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    for (const QString &volume : std::as_const(m_volumes))
        test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), volume});
    LanguageManager::instance().apply(QStringLiteral("en"));
}

QString TestScreenshots::dockerRun(const QString &name, const QString &image, const QString &owner,
                                   const QString &script, bool detach)
{
    test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    QStringList args{QStringLiteral("run"), QStringLiteral("--name"), name, QStringLiteral("--label"), m_label};
    if (detach)
        args << QStringLiteral("-d");
    if (!owner.isEmpty())
        args << QStringLiteral("--label") << QStringLiteral("berth.owner=") + owner;
    args << image << QStringLiteral("sh") << QStringLiteral("-c") << script;
    const QString id = QString::fromLatin1(test::docker(args)).trimmed();
    m_containers << name;
    return id;
}

void TestScreenshots::save(QWidget *widget, const QString &view, const QString &language)
{
    QTest::qWait(150);
    if (language == QLatin1String("ko")) {
        int hangul = 0;
        for (const QString &text : test::visibleTexts(widget))
            hangul += test::hasHangul(text) ? 1 : 0;
        QVERIFY2(hangul > 0, qPrintable(view));
    }
    const auto cut = test::findTruncations(widget);
    if (!cut.isEmpty())
        qWarning("%s-%s: %s", qPrintable(view), qPrintable(language), qPrintable(test::describe(cut)));
    const QString file = QDir(m_dir).filePath(view + QLatin1Char('-') + language + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestScreenshots::views_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : {"en", "ko"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestScreenshots::views()
{
    QFETCH(QString, language);
    LanguageManager::instance().apply(language);
    containers(language);
    launch(language);
    launchMountProblems(language);
    mounts(language);
    volumes(language);
    gpus(language);
    tags(language);
    logs(language);
    terminal(language);
}

void TestScreenshots::containers(const QString &language)
{
    ui::MainWindow window(m_client.get());
    window.move(300, 300); // offscreen keeps the cursor at 0,0: away from the window, so nothing looks hovered
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::ContainerTableModel *model = window.containersPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(m_logContainer) >= 0, 15000);
    auto *filter = window.containersPage()->findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("lab-"));
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->isReachable(), 10000);
    window.openLogs(m_logContainer, QStringLiteral("lab-resnet50-exp7"));
    window.containersPage()->selectContainer(m_trainContainer);
    window.containersPage()->view()->setFocus();
    QTest::qWait(1500);
    save(&window, QStringLiteral("containers"), language);
}

void TestScreenshots::launch(const QString &language)
{
    // The PyTorch preset for a project with requirements, two GPUs of a lab workstation ticked, and a few saved and
    // recent launches, as the launch form's own README picture has it.
    test::FakeNvidiaSmi smi;
    QVERIFY(smi.printFixture(QStringLiteral("gpus-2-idle.csv")));
    core::Settings settings(m_config.filePath(QStringLiteral("launch-") + language + QStringLiteral(".ini")));
    ui::LaunchPanel panel(m_client.get(), settings);
    panel.resize(1280, 800);
    panel.move(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    core::ProfileStore *store = panel.profileStore();
    core::LaunchSpec other;
    other.image = QStringLiteral("tensorflow/tensorflow");
    other.tag = QStringLiteral("2.0.0-gpu-py3");
    other.command = {QStringLiteral("python"), QStringLiteral("bert.py")};
    store->save(QStringLiteral("bert-finetune"), other);
    store->save(QStringLiteral("mnist-baseline"), other);
    store->addRecent(other, QStringLiteral("bert-finetune"));
    other.tag = QStringLiteral("2.1.0-gpu");
    store->addRecent(other);
    panel.importCommand(QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -v pip_cache:/pip_cache -w /src "
                                       "--ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime /bin/bash -c 'pip "
                                       "install --cache-dir /pip_cache -r requirements.txt && python train.py'"),
                        m_project);
    ui::LaunchForm *form = panel.form();
    form->setCurrentPresetId(QStringLiteral("pytorch"));
    form->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("resnet-train"));
    // Let the engine check (this engine has no NVIDIA runtime) answer first, then show a lab workstation's.
    QTest::qWait(500);
    ui::GpuPicker *gpus = form->gpuPicker();
    core::EngineInfo withNvidia;
    withNvidia.runtimes = {QStringLiteral("nvidia"), QStringLiteral("runc")};
    gpus->setCapability(core::GpuCapability::decide(withNvidia, {}));
    QTRY_VERIFY_WITH_TIMEOUT(gpus->checkBoxFor(1) != nullptr, 10000);
    core::LaunchSpec withTwo = panel.spec();
    withTwo.gpus.mode = core::GpuRequest::Mode::Devices;
    withTwo.gpus.deviceIds = {QStringLiteral("0"), QStringLiteral("1")};
    form->setSpec(withTwo);
    panel.preview()->setMultiLine(true);
    QTest::qWait(300);
    save(&panel, QStringLiteral("launch"), language);
}

void TestScreenshots::launchMountProblems(const QString &language)
{
    // The launch form's mounts with an error, a risky folder to confirm, and a row on the pip cache's path: each
    // marked on its row and said once.
    core::Settings settings(m_config.filePath(QStringLiteral("launch-mounts-") + language + QStringLiteral(".ini")));
    ui::LaunchPanel panel(m_client.get(), settings);
    panel.resize(1280, 800);
    panel.move(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.importCommand(QStringLiteral("docker run --rm -it -v $(pwd):/src -v /etc:/host-etc:ro -v $(pwd):data "
                                       "-v $(pwd):/pip_cache -v pip_cache:/pip_cache -w /src "
                                       "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime /bin/bash -c 'pip install "
                                       "--cache-dir /pip_cache -r requirements.txt && python train.py'"),
                        m_project);
    ui::LaunchForm *form = panel.form();
    QTRY_COMPARE_WITH_TIMEOUT(form->mountEditor()->problems().size(), 3, 10000);
    QCOMPARE(form->mountEditor()->warningsToConfirm().size(), 1);
    form->revealField(core::LaunchProblem::Field::Mounts);
    form->mountEditor()->view()->setCurrentIndex(form->mountEditor()->model()->index(2, 0));
    QTest::qWait(300);
    if (language == QLatin1String("ko")) {
        // The particle fits the word actually there ("“data”는"), not both forms as the translation writes them.
        int shown = 0;
        for (QLabel *label : form->mountEditor()->findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("“data”")))
                continue;
            ++shown;
            QVERIFY2(label->text().contains(QStringLiteral("“data”는")), qPrintable(label->text()));
        }
        QCOMPARE(shown, 1);
    }
    save(&panel, QStringLiteral("launch-mount-problems"), language);
}

void TestScreenshots::mounts(const QString &language)
{
    ui::MountEditor editor;
    editor.setEngine(m_client.get());
    core::MountValidator::HostContext host;
    host.userName = QStringLiteral("alice");
    host.homeDir = QStringLiteral("/home/alice");
    host.otherHomes = {QStringLiteral("/home/bob")};
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    host.checkHostPaths = false; // alice's folders are not on the test machine
    editor.setHostContext(host);
    editor.setProjectFolder(QStringLiteral("/home/alice/projects/resnet"));
    editor.addHostFolder(QStringLiteral("/home/alice/datasets/imagenet"), QStringLiteral("/data"));
    ui::MountTableModel *model = editor.model();
    model->setData(model->index(1, ui::MountTableModel::ReadOnlyColumn), Qt::Checked, Qt::CheckStateRole);
    editor.addVolume(QStringLiteral("pip_cache"), QStringLiteral("/pip_cache"));
    editor.addTmpfs(QStringLiteral("/scratch"));
    model->setData(model->index(3, ui::MountTableModel::SizeColumn), QStringLiteral("2g"));
    editor.addHostFolder(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock"));
    editor.resize(900, 330);
    editor.move(300, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_COMPARE(editor.warningsToConfirm().size(), 1);
    editor.view()->setFocus();
    editor.view()->setCurrentIndex(model->index(4, ui::MountTableModel::TargetColumn));
    editor.view()->clearSelection();
    save(&editor, QStringLiteral("mounts"), language);
}

void TestScreenshots::volumes(const QString &language)
{
    core::Settings settings(m_config.filePath(QStringLiteral("volumes.ini")));
    ui::VolumesPage page(m_client.get(), &settings);
    page.setLabelFilter(m_label);
    page.resize(900, 330);
    page.move(300, 300);
    QSignalSpy sizes(&page, &ui::VolumesPage::sizesUpdated);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.model()->rowCount() == m_volumes.size(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(sizes.count() > 0, 30000);
    page.selectVolume(m_volumes.at(1));
    page.view()->setFocus();
    save(&page, QStringLiteral("volumes"), language);
}

void TestScreenshots::gpus(const QString &language)
{
    // The 8-GPU lab server fixture, with containers of three people holding GPUs, beside the launch form's picker.
    test::FakeNvidiaSmi smi;
    QVERIFY(smi.printFixture(QStringLiteral("gpus-8-busy.csv")));
    core::GpuInventory inventory;
    core::GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {m_label}}});
    const core::OwnerPolicy carol(QStringLiteral("carol"));
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *panel = new ui::GpuPanel(&inventory, &scanner, &window);
    panel->setOwnerPolicy(carol);
    auto *form = new QGroupBox(QStringLiteral("docker run --gpus"), &window);
    auto *formLayout = new QVBoxLayout(form);
    auto *picker = new ui::GpuPicker(form);
    picker->setOwnerPolicy(carol);
    picker->setSources(&inventory, &scanner);
    core::EngineInfo withNvidia;
    withNvidia.runtimes = {QStringLiteral("nvidia"), QStringLiteral("runc")};
    picker->setCapability(core::GpuCapability::decide(withNvidia, {}));
    picker->setRequiredDriver(QStringLiteral("12.1"), QStringLiteral("525.60.13"));
    formLayout->addWidget(picker);
    formLayout->addStretch(1);
    layout->addWidget(panel, 3);
    layout->addWidget(form, 2);
    window.resize(1280, 760);
    window.move(300, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    picker->findChild<QComboBox *>()->setCurrentIndex(3); // specific GPUs
    QTRY_VERIFY_WITH_TIMEOUT(panel->cards().size() == 8 && scanner.hasResult(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(picker->checkedGpus(), (QList<int>{2, 4, 7}), 10000);
    picker->checkBoxFor(1)->click(); // alice's, so the sharing warning shows
    save(&window, QStringLiteral("gpu"), language);
}

void TestScreenshots::tags(const QString &language)
{
    test::HubReplayServer hub;
    QVERIFY(hub.listen());
    hub.addRepository(QStringLiteral("pytorch/pytorch"));
    core::Settings settings(m_config.filePath(QStringLiteral("tags-") + language + QStringLiteral(".ini")));
    settings.setValue(core::Settings::HubBaseUrl, hub.baseUrl().toString());
    ui::TagBrowser browser(settings, nullptr);
    browser.resize(1180, 660);
    browser.move(300, 300);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setRepository(QStringLiteral("pytorch/pytorch"));
    QTRY_VERIFY_WITH_TIMEOUT(browser.model()->rowCount() > 0, 20000);
    browser.setHostDriverVersion(QStringLiteral("535.104.05"));
    QTest::mouseClick(browser.findChild<ui::FilterChip *>(QStringLiteral("chipGpu")), Qt::LeftButton);
    QTest::mouseClick(browser.findChild<ui::FilterChip *>(QStringLiteral("chipRuntime")), Qt::LeftButton);
    QTest::mouseClick(browser.findChild<ui::FilterChip *>(QStringLiteral("chipCuda12")), Qt::LeftButton);
    browser.selectTag(QStringLiteral("2.5.1-cuda12.4-cudnn9-runtime"));
    save(&browser, QStringLiteral("tags"), language);
}

void TestScreenshots::logs(const QString &language)
{
    core::Settings settings(m_config.filePath(QStringLiteral("logs.ini")));
    ui::LogConsole console(m_client.get(), settings);
    console.resize(980, 380);
    console.move(300, 300);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    console.open(m_logContainer, QStringLiteral("lab-resnet50-exp7"));
    QTRY_VERIFY_WITH_TIMEOUT(console.hasExited(), 30000);
    console.setTimestampsVisible(true);
    console.setSearchText(QStringLiteral("loss"));
    QTRY_VERIFY(!console.isSearching());
    console.findNext();
    save(&console, QStringLiteral("logs"), language);
}

void TestScreenshots::terminal(const QString &language)
{
    ui::TerminalPane pane(m_client.get());
    pane.resize(860, 420);
    pane.move(300, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.openShell(m_shellContainer, QStringLiteral("lab-shell"));
    ui::TerminalWidget *term = pane.terminal();
    auto screen = [term] { return term->emulator()->screenText(); };
    QVERIFY2(QTest::qWaitFor([&] { return screen().contains(QLatin1String("/ #")); }, 15000), qPrintable(screen()));
    QTest::keyClicks(term, QStringLiteral("clear; printf '\\033[1;32mEpoch 3/10\\033[0m  loss \\033[33m0.4127\\033[0m"
                                          "  acc \\033[1;36m91.2%%\\033[0m\\n'; ls /; echo "));
    QInputMethodEvent hangul;
    hangul.setCommitString(QStringLiteral("학습 완료"));
    QCoreApplication::sendEvent(term, &hangul);
    QTest::keyClick(term, Qt::Key_Return);
    QVERIFY2(QTest::qWaitFor([&] { return screen().contains(QStringLiteral("학습 완료\n")); }, 10000),
             qPrintable(screen()));
    term->setFocus();
    save(&pane, QStringLiteral("terminal"), language);
    pane.close();
}

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
