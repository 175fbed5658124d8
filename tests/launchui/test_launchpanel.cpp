// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "fulldisk.h"
#include "gpu/gpucapability.h"
#include "gpu/gpupicker.h"
#include "launch/advancedoptions.h"
#include "launch/commandpreview.h"
#include "launch/createbodybuilder.h"
#include "launch/dockerrunparser.h"
#include "launch/dockerrunwriter.h"
#include "launch/failurefield.h"
#include "launch/launchfailuretext.h"
#include "launch/pastecommanddialog.h"
#include "launch/presetstore.h"
#include "launch/profilelist.h"
#include "launch/profilestore.h"
#include "launch/requirementscommand.h"
#include "launch/shellwords.h"
#include "launch/tagbrowserdialog.h"
#include "launchuitesthelpers.h"
#include "mounts/mounteditor.h"
#include "settings/settings.h"
#include "tags/tagbrowser.h"
#include "testfiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace berth;
using core::LaunchProblem;
using core::LaunchSpec;
using Field = core::LaunchProblem::Field;
using test::noteText;
using test::typeInto;

namespace {

const QString tutorialPyTorch = QStringLiteral(
    "docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
    "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'");
const QString tutorialPipCache =
    QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -v pip_cache:/pip_cache -w /src --ipc=host "
                   "pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime "
                   "/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'");
const QString tutorialMultiLine = QStringLiteral("docker run --rm -it \\\n"
                                                 "  --gpus all \\\n"
                                                 "  -v $(pwd):/src \\\n"
                                                 "  -v pip_cache:/pip_cache \\\n"
                                                 "  -w /src \\\n"
                                                 "  --ipc=host \\\n"
                                                 "  pytorch/pytorch:1.2-cuda10.0-cudnn7-runtime \\\n"
                                                 "  /bin/bash -c 'pip install --cache-dir /pip_cache -r "
                                                 "requirements.txt && python train.py'\n");

// Upper-cases every string the panel asks for, to see a live language switch without a .qm file.
class ShoutingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("berth::ui::"))
            return {};
        return QString::fromUtf8(sourceText).toUpper();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestLaunchPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pastedTutorialLine_fillsEveryField_data();
    void pastedTutorialLine_fillsEveryField();
    void pasteDialog_listsWhatItCouldNotMap();
    void requirementsOption_showsTheExactWrappedCommand();
    void editingTheWrappedCommand_updatesTheFields();
    void projectFolder_mountsAtSrcAndLinksTheWorkingDirectory();
    void invalidInput_isShownOnItsField();
    void notes_doNotMoveTheControlUnderThePointer();
    void unclosedQuote_previewSaysSoAndCannotBeCopied();
    void engineFailure_isPlacedOnTheFieldItIsAbout_data();
    void engineFailure_isPlacedOnTheFieldItIsAbout();
    void pasteOrChosenTag_showsTheMatchingPresetOrCustom();
    void recentLaunches_ofOneImage_readApart();
    void missingProjectFolder_offersToCreateIt();
    void blankPresetRun_marksTheImageRequired();
    void missingBindSource_runShowsTheMountEditorWithItsFixIt();
    void mountProblems_areSaidOnce_andThePipCacheTargetReachesTheForm();
    void browseTags_chosenTagFillsImageAndTag();
    void presetChange_keepsTheCommandAndCanBeUndone();
    void profile_survivesARestart();
    void draftOnAFullDisk_isSaidOnceAndLosesNothing();
    void languageChange_keepsTypedValues();
    void screenshot();

private:
    std::unique_ptr<ui::LaunchPanel> makePanel();

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_project;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<core::EngineClient> m_engine;
};

void TestLaunchPanel::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    m_project = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid() && m_project->isValid());
    qputenv("BERTH_CONFIG_DIR", m_config->path().toUtf8());
    m_settings = std::make_unique<core::Settings>(m_config->filePath(QStringLiteral("berth.ini")));
    // Form tests need no engine: nothing answers on this socket, and nothing is run.
    m_engine = std::make_unique<core::EngineClient>(
        core::Endpoint::fromHost(QStringLiteral("unix://") + m_config->filePath(QStringLiteral("none.sock"))));
    QFile requirements(m_project->filePath(QStringLiteral("requirements.txt")));
    QVERIFY(requirements.open(QIODevice::WriteOnly));
    requirements.write("numpy\n");
}

void TestLaunchPanel::cleanup()
{
    m_engine.reset();
    m_settings.reset();
    m_project.reset();
    m_config.reset();
}

std::unique_ptr<ui::LaunchPanel> TestLaunchPanel::makePanel()
{
    auto panel = std::make_unique<ui::LaunchPanel>(m_engine.get(), *m_settings);
    panel->resize(1280, 800);
    panel->show();
    return panel;
}

void TestLaunchPanel::pastedTutorialLine_fillsEveryField_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("requirements");
    QTest::newRow("tutorial PyTorch line") << tutorialPyTorch << false;
    QTest::newRow("with the pip_cache volume") << tutorialPipCache << true;
    QTest::newRow("multi-line with continuations") << tutorialMultiLine << true;
}

void TestLaunchPanel::pastedTutorialLine_fillsEveryField()
{
    QFETCH(QString, line);
    QFETCH(bool, requirements);
    auto panel = makePanel();
    const QString folder = m_project->path();
    const QList<LaunchProblem> problems = panel->importCommand(line, folder);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));

    ui::LaunchForm *form = panel->form();
    ui::AdvancedOptions *advanced = form->advanced();
    QCOMPARE(form->imageEdit()->text(), QStringLiteral("pytorch/pytorch"));
    QCOMPARE(form->tagEdit()->text(), QStringLiteral("1.2-cuda10.0-cudnn7-runtime"));
    QCOMPARE(form->projectEdit()->text(), folder);
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("projectTargetEdit"))->text(), QStringLiteral("/src"));
    QCOMPARE(form->gpuPicker()->request().mode, core::GpuRequest::Mode::All);
    QCOMPARE(advanced->workingDir(), QStringLiteral("/src"));
    QCOMPARE(advanced->findChild<QComboBox *>(QStringLiteral("ipcCombo"))->currentText(), QStringLiteral("host"));
    QVERIFY(advanced->findChild<QCheckBox *>(QStringLiteral("autoRemoveCheck"))->isChecked());
    QVERIFY(advanced->findChild<QCheckBox *>(QStringLiteral("interactiveCheck"))->isChecked());
    QVERIFY(advanced->findChild<QCheckBox *>(QStringLiteral("ttyCheck"))->isChecked());
    QVERIFY(!advanced->findChild<QCheckBox *>(QStringLiteral("detachCheck"))->isChecked());
    QCOMPARE(form->mountEditor()->projectFolder(), folder);
    QCOMPARE(form->mountEditor()->projectTarget(), QStringLiteral("/src"));
    QCOMPARE(form->requirementsCheck()->isChecked(), requirements);
    const QString wrapped =
        QStringLiteral("/bin/bash -c 'pip install --cache-dir /pip_cache -r requirements.txt && python train.py'");
    if (requirements) {
        QCOMPARE(form->commandEdit()->text(), QStringLiteral("python train.py"));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("requirementsFileEdit"))->text(),
                 QStringLiteral("requirements.txt"));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("cacheVolumeEdit"))->text(), QStringLiteral("pip_cache"));
        QCOMPARE(form->wrappedCommandText(), wrapped);
        QVERIFY(panel->imageHasBash());
        QCOMPARE(form->mountEditor()->mounts().size(), 1); // the cache volume is the requirements option's
    } else {
        // Without the cache volume the line is not Berth's requirements step: the command stays as written.
        QCOMPARE(form->commandEdit()->text(), wrapped);
    }

    // The form holds exactly what the line says, and writes it back as the same launch.
    const core::DockerRunParser::Result parsed =
        core::DockerRunParser::parse(line, core::DockerRunParser::systemOptions(folder));
    QCOMPARE(panel->spec(), parsed.spec);
    QCOMPARE(panel->preview()->text(), core::DockerRunWriter::write(parsed.spec));
    QVERIFY(panel->preview()->text().contains(QStringLiteral("--ipc=host")) ||
            panel->preview()->text().contains(QStringLiteral("--ipc host")));
    QCOMPARE(core::DockerRunParser::parse(panel->preview()->text(), core::DockerRunParser::systemOptions(folder)).spec,
             parsed.spec);
    panel->preview()->setMultiLine(true);
    QVERIFY(panel->preview()->text().contains(QStringLiteral(" \\\n")));
    QCOMPARE(core::DockerRunParser::parse(panel->preview()->text(), core::DockerRunParser::systemOptions(folder)).spec,
             parsed.spec);
}

void TestLaunchPanel::pasteDialog_listsWhatItCouldNotMap()
{
    ui::PasteCommandDialog dialog(m_project->path());
    dialog.setText(QStringLiteral("docker run --frobnicate -v $(pwd):/src [IMAGE] python train.py | tee log.txt"));
    QListWidget *list = dialog.problemList();
    QVERIFY2(list->count() >= 3, qPrintable(QString::number(list->count())));
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("--frobnicate")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("[IMAGE]")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1Char('|')), qPrintable(all));

    dialog.setText(tutorialPipCache);
    QCOMPARE(dialog.problemList()->count(), 0);
    QCOMPARE(dialog.result().spec.projectFolder, m_project->path());
    QVERIFY(dialog.imageHasBash());
    dialog.setText(QString(tutorialPipCache).replace(QStringLiteral("/bin/bash"), QStringLiteral("/bin/sh")));
    QVERIFY(dialog.result().spec.requirements.enabled);
    QVERIFY(!dialog.imageHasBash());
}

void TestLaunchPanel::requirementsOption_showsTheExactWrappedCommand()
{
    auto panel = makePanel();
    panel->applyPreset(QStringLiteral("pytorch"));
    ui::LaunchForm *form = panel->form();
    form->setProjectFolder(m_project->path());
    typeInto(form->commandEdit(), QStringLiteral("python train.py --epochs 10"));
    QVERIFY(!form->findChild<QWidget *>(QStringLiteral("wrappedCommandEdit"))->isVisible());
    form->requirementsCheck()->click();
    QVERIFY(form->wrappedCommandEdit()->isVisible());

    const QString script = QStringLiteral("pip install --cache-dir /pip_cache -r requirements.txt && python train.py "
                                          "--epochs 10");
    QCOMPARE(form->wrappedCommandText(), QStringLiteral("/bin/bash -c '") + script + QLatin1Char('\''));
    QVERIFY2(panel->preview()->text().endsWith(QStringLiteral("/bin/bash -c '") + script + QLatin1Char('\'')),
             qPrintable(panel->preview()->text()));
    QVERIFY(panel->preview()->text().contains(QStringLiteral("-v pip_cache:/pip_cache")));

    // The create body runs the very same command, with the cache volume mounted.
    core::CreateBodyBuilder::Options options;
    options.imageHasBash = panel->imageHasBash();
    core::CreateBodyBuilder::Result built = core::CreateBodyBuilder::build(panel->spec(), options);
    QCOMPARE(built.body.value(QStringLiteral("Cmd")).toArray(),
             QJsonArray({QStringLiteral("/bin/bash"), QStringLiteral("-c"), script}));
    QVERIFY(built.body.value(QStringLiteral("HostConfig"))
                .toObject()
                .value(QStringLiteral("Binds"))
                .toArray()
                .contains(QStringLiteral("pip_cache:/pip_cache")));

    // Images without bash: sh, everywhere at once.
    form->findChild<QComboBox *>(QStringLiteral("shellCombo"))->setCurrentIndex(1);
    QCOMPARE(form->wrappedCommandText(), QStringLiteral("/bin/sh -c '") + script + QLatin1Char('\''));
    QVERIFY(panel->preview()->text().endsWith(QStringLiteral("/bin/sh -c '") + script + QLatin1Char('\'')));
    options.imageHasBash = panel->imageHasBash();
    built = core::CreateBodyBuilder::build(panel->spec(), options);
    QCOMPARE(built.body.value(QStringLiteral("Cmd")).toArray().first().toString(), QStringLiteral("/bin/sh"));

    // No cache volume: no --cache-dir, no volume.
    typeInto(form->findChild<QLineEdit *>(QStringLiteral("cacheVolumeEdit")), QString());
    QCOMPARE(form->wrappedCommandText(),
             QStringLiteral("/bin/sh -c 'pip install -r requirements.txt && python train.py --epochs 10'"));
    QVERIFY(!panel->preview()->text().contains(QStringLiteral("pip_cache")));
}

void TestLaunchPanel::editingTheWrappedCommand_updatesTheFields()
{
    auto panel = makePanel();
    panel->importCommand(tutorialPipCache, m_project->path());
    ui::LaunchForm *form = panel->form();
    QVERIFY(form->requirementsCheck()->isChecked());

    typeInto(
        form->wrappedCommandEdit(),
        QStringLiteral("/bin/bash -c 'pip install --cache-dir /pip_cache -r reqs/dev.txt && python eval.py --fast'"));
    QCOMPARE(form->commandEdit()->text(), QStringLiteral("python eval.py --fast"));
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("requirementsFileEdit"))->text(),
             QStringLiteral("reqs/dev.txt"));
    QVERIFY(form->requirementsCheck()->isChecked());
    QCOMPARE(panel->spec().command,
             (QStringList{QStringLiteral("python"), QStringLiteral("eval.py"), QStringLiteral("--fast")}));

    // Not the requirements step any more: it becomes the command, as typed, and the form says so.
    typeInto(form->wrappedCommandEdit(), QStringLiteral("/bin/bash -c 'make data && python train.py'"));
    QVERIFY(!form->requirementsCheck()->isChecked());
    QCOMPARE(panel->spec().command, (QStringList{QStringLiteral("/bin/bash"), QStringLiteral("-c"),
                                                 QStringLiteral("make data && python train.py")}));
    QVERIFY(!noteText(*panel, Field::Command).isEmpty());
}

void TestLaunchPanel::projectFolder_mountsAtSrcAndLinksTheWorkingDirectory()
{
    auto panel = makePanel();
    panel->applyPreset(QStringLiteral("blank"));
    ui::LaunchForm *form = panel->form();
    typeInto(form->projectEdit(), m_project->path());
    QCOMPARE(form->mountEditor()->projectFolder(), m_project->path());
    QCOMPARE(form->mountEditor()->projectTarget(), QStringLiteral("/src"));
    QCOMPARE(form->advanced()->workingDir(), QStringLiteral("/src"));
    QCOMPARE(panel->spec().projectFolder, m_project->path());

    // Moving the mount moves the working directory that followed it.
    typeInto(form->findChild<QLineEdit *>(QStringLiteral("projectTargetEdit")), QStringLiteral("/workspace"));
    QCOMPARE(form->mountEditor()->projectTarget(), QStringLiteral("/workspace"));
    QCOMPARE(form->advanced()->workingDir(), QStringLiteral("/workspace"));

    // An empty target: the folder is the launch's, but not mounted.
    typeInto(form->findChild<QLineEdit *>(QStringLiteral("projectTargetEdit")), QString());
    QCOMPARE(form->mountEditor()->projectRow(), -1);
    QVERIFY(panel->spec().mounts.isEmpty());
}

void TestLaunchPanel::pasteOrChosenTag_showsTheMatchingPresetOrCustom()
{
    auto panel = makePanel();
    auto *combo = panel->form()->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("TensorFlow"));
    panel->importCommand(tutorialPyTorch, m_project->path());
    QCOMPARE(panel->form()->currentPresetId(), QStringLiteral("pytorch"));
    QCOMPARE(combo->currentText(), QStringLiteral("PyTorch"));
    panel->importCommand(QStringLiteral("docker run --rm berth-test/busybox:latest sh"), m_project->path());
    QCOMPARE(combo->currentText(), QStringLiteral("Custom"));
    QVERIFY(panel->form()->currentPresetId().isEmpty());
    // Undo brings back the form and the preset it had.
    panel->undoReplace();
    QCOMPARE(combo->currentText(), QStringLiteral("PyTorch"));
    QCOMPARE(combo->findText(QStringLiteral("Custom")), -1);
    // Choosing Custom from the box starts nothing.
    panel->importCommand(QStringLiteral("docker run --rm berth-test/busybox:latest sh"), m_project->path());
    const QString image = panel->form()->imageEdit()->text();
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(panel->form()->imageEdit()->text(), image);
}

void TestLaunchPanel::recentLaunches_ofOneImage_readApart()
{
    auto panel = makePanel();
    core::ProfileStore *store = panel->profileStore();
    LaunchSpec spec;
    spec.image = QStringLiteral("tensorflow/tensorflow");
    spec.tag = QStringLiteral("2.0.0-gpu-py3");
    spec.command = {QStringLiteral("python"), QStringLiteral("bert.py"), QStringLiteral("--lr"),
                    QStringLiteral("3e-5")};
    store->addRecent(spec);
    spec.command = {QStringLiteral("python"), QStringLiteral("eval.py")};
    spec.name = QStringLiteral("bert-eval");
    store->addRecent(spec);
    spec.command.clear();
    spec.name.clear();
    store->addRecent(spec);
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("profileTree"));
    QVERIFY(tree);
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *root = tree->topLevelItem(i);
        for (int j = 0; j < root->childCount(); ++j)
            texts << root->child(j)->text(0);
    }
    const auto find = [&texts](const QString &part) {
        for (const QString &t : texts) {
            if (t.contains(part))
                return t;
        }
        return QString();
    };
    QVERIFY2(!find(QStringLiteral("python bert.py --lr 3e-5")).isEmpty(), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(find(QStringLiteral("bert-eval · ")).contains(QStringLiteral("python eval.py")));
    QVERIFY(!find(QStringLiteral("(the image's own command)")).isEmpty());
    // Each says when it ran.
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:"));
    QVERIFY(find(QStringLiteral("bert-eval · ")).contains(QStringLiteral(" · ") + time));
}

void TestLaunchPanel::engineFailure_isPlacedOnTheFieldItIsAbout_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("field");
    const auto row = [](const char *title, const char *image, const char *name, const char *message, Field field) {
        QTest::newRow(title) << QString::fromUtf8(image) << QString::fromUtf8(name) << QString::fromUtf8(message)
                             << int(field);
    };
    row("gpu driver", "pytorch/pytorch", "", "could not select device driver \"\" with capabilities: [[gpu]]",
        Field::Gpus);
    // The image and container names are no evidence: nvidia/cuda failing to find python is the command's fault.
    row("exec in an nvidia image", "nvidia/cuda", "",
        "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container "
        "process: exec: \"pyhton\": executable file not found in $PATH: unknown",
        Field::Command);
    row("gpu in the container name", "busybox", "gpu-test",
        "Conflict. The container name \"/gpu-test\" is already in use", Field::None);
    row("support is not a port", "busybox", "", "this engine does not support the requested option", Field::None);
    row("port taken", "busybox", "", "Bind for 0.0.0.0:8888 failed: port is already allocated", Field::Ports);
}

void TestLaunchPanel::engineFailure_isPlacedOnTheFieldItIsAbout()
{
    QFETCH(QString, image);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(int, field);
    LaunchSpec spec;
    spec.image = image;
    spec.name = name;
    QCOMPARE(int(core::FailureField::forMessage(message, spec)), field);
}

void TestLaunchPanel::unclosedQuote_previewSaysSoAndCannotBeCopied()
{
    auto panel = makePanel();
    panel->importCommand(QStringLiteral("docker run --rm berth-test/busybox:latest sh"), m_project->path());
    ui::CommandPreview *preview = panel->preview();
    auto *copy = preview->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy->isEnabled());
    typeInto(panel->form()->commandEdit(), QStringLiteral("python -c 'print(1)"));
    QTRY_VERIFY(!preview->problem().isEmpty());
    QVERIFY(!copy->isEnabled());
    auto *problem = preview->findChild<QLabel *>(QStringLiteral("previewProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(QStringLiteral("Not a whole command yet:")));
    // Closing the quote makes it a command again.
    typeInto(panel->form()->commandEdit(), QStringLiteral("python -c 'print(1)'"));
    QTRY_VERIFY(preview->problem().isEmpty());
    QVERIFY(copy->isEnabled());
    QVERIFY(!problem->isVisible());
    QVERIFY(preview->text().endsWith(QStringLiteral("python -c 'print(1)'")));
}

void TestLaunchPanel::invalidInput_isShownOnItsField()
{
    auto panel = makePanel();
    panel->importCommand(QStringLiteral("docker run --rm -v $(pwd):/src berth-test/busybox:latest sh"),
                         m_project->path());
    ui::LaunchForm *form = panel->form();
    ui::AdvancedOptions *advanced = form->advanced();
    typeInto(advanced->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("my name"));
    typeInto(advanced->findChild<QLineEdit *>(QStringLiteral("shmEdit")), QStringLiteral("64x"));
    advanced->findChild<QPlainTextEdit *>(QStringLiteral("portsEdit"))->setPlainText(QStringLiteral("8888:8888\nabc"));
    advanced->findChild<QComboBox *>(QStringLiteral("restartCombo"))->setCurrentIndex(2); // always, with --rm
    QTRY_VERIFY(noteText(*panel, Field::Name).contains(QStringLiteral("cannot be a container name")));
    QTRY_VERIFY(noteText(*panel, Field::ShmSize).contains(QStringLiteral("64x")));
    QTRY_VERIFY(noteText(*panel, Field::Ports).startsWith(QStringLiteral("Line 2:")));
    QTRY_VERIFY(noteText(*panel, Field::RestartPolicy).contains(QStringLiteral("--rm")));
    QVERIFY(noteText(*panel, Field::Image).isEmpty());
    // Folded away, the errors still show on the Advanced toggle and the tabs.
    QVERIFY(!form->advanced()->isVisible());
    QVERIFY(!form->findChild<QToolButton *>(QStringLiteral("advancedToggle"))->icon().isNull());
    QVERIFY(!advanced->tabs()->tabIcon(ui::AdvancedOptions::ContainerTab).isNull());
    QVERIFY(!advanced->tabs()->tabIcon(ui::AdvancedOptions::ResourcesTab).isNull());
    QVERIFY(advanced->tabs()->tabIcon(ui::AdvancedOptions::EnvironmentTab).isNull());

    // Run: nothing is launched, and the first field in error is shown.
    panel->run();
    QTRY_VERIFY(panel->statusText().contains(QStringLiteral("fix the marked fields")));
    QVERIFY(form->isAdvancedShown());
    QCOMPARE(advanced->tabs()->currentIndex(), int(ui::AdvancedOptions::ContainerTab));

    // Shell operators in the command: offered a fix that runs it through sh -c.
    typeInto(form->commandEdit(), QStringLiteral("make data && python train.py"));
    QTRY_VERIFY(noteText(*panel, Field::Command).contains(QStringLiteral("shell")));
    QPushButton *fix = form->noteFor(Field::Command)->actionButton();
    QVERIFY(fix->isVisible());
    fix->click();
    QCOMPARE(form->commandEdit()->text(), QStringLiteral("sh -c 'make data && python train.py'"));
    QTRY_VERIFY(noteText(*panel, Field::Command).isEmpty());
    QCOMPARE(panel->spec().command.last(), QStringLiteral("make data && python train.py"));

    // Fixing a field clears its note.
    typeInto(advanced->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("my-run"));
    QTRY_VERIFY(noteText(*panel, Field::Name).isEmpty());
}

void TestLaunchPanel::notes_doNotMoveTheControlUnderThePointer()
{
    auto panel = makePanel();
    panel->importCommand(QStringLiteral("docker run --rm -v $(pwd):/src berth-test/busybox:latest sh"),
                         m_project->path());
    ui::LaunchForm *form = panel->form();
    // A window small enough (with Advanced open) that the form scrolls.
    panel->resize(1000, 480);
    form->setAdvancedShown(true);
    auto *scroll = panel->findChild<QScrollArea *>(QStringLiteral("formScroll"));
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 100);
    // The pointer rests on a control below the command field.
    auto *toggle = form->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    scroll->ensureWidgetVisible(toggle);
    QTest::qWait(50);
    const QPoint centre(toggle->width() / 2, toggle->height() / 2);
    QCursor::setPos(toggle->mapToGlobal(centre));
    QTest::mouseMove(toggle, centre);
    QTRY_VERIFY(toggle->underMouse());
    const int restingY = toggle->mapToGlobal(QPoint(0, 0)).y();
    const int scrolledBefore = scroll->verticalScrollBar()->value();
    ui::FieldNote *note = form->noteFor(Field::Command);
    QVERIFY(!note->isVisible());

    // A note appears above it: the form scrolls by as much, and the control stays where the pointer is.
    typeInto(form->commandEdit(), QStringLiteral("make data && python train.py"));
    QTRY_VERIFY(noteText(*panel, Field::Command).contains(QStringLiteral("shell")));
    QTRY_COMPARE(toggle->mapToGlobal(QPoint(0, 0)).y(), restingY);
    QVERIFY(scroll->verticalScrollBar()->value() > scrolledBefore);

    // It goes again while the pointer is still over the form: its space stays, nothing moves.
    const int noteHeight = note->height();
    typeInto(form->commandEdit(), QStringLiteral("python train.py"));
    QTRY_VERIFY(noteText(*panel, Field::Command).isEmpty());
    QVERIFY(note->isHoldingSpace());
    QVERIFY(note->isVisible());
    QCOMPARE(note->height(), noteHeight);
    QTest::qWait(100);
    QCOMPARE(toggle->mapToGlobal(QPoint(0, 0)).y(), restingY);

    // Shown again into its kept space: still nothing moves.
    typeInto(form->commandEdit(), QStringLiteral("make data && python train.py"));
    QTRY_VERIFY(noteText(*panel, Field::Command).contains(QStringLiteral("shell")));
    QVERIFY(!note->isHoldingSpace());
    QTest::qWait(100);
    QCOMPARE(toggle->mapToGlobal(QPoint(0, 0)).y(), restingY);

    // Once the pointer has left the form, a cleared note gives its space back at once.
    typeInto(form->commandEdit(), QStringLiteral("python train.py"));
    QTRY_VERIFY(note->isHoldingSpace());
    QPushButton *run = panel->runButton();
    QCursor::setPos(run->mapToGlobal(QPoint(run->width() / 2, run->height() / 2)));
    QTest::mouseMove(run, QPoint(run->width() / 2, run->height() / 2));
    QTRY_VERIFY(!note->isVisible());
    QVERIFY(!note->isHoldingSpace());
    typeInto(form->commandEdit(), QStringLiteral("make data && python train.py"));
    QTRY_VERIFY(note->isVisible());
    typeInto(form->commandEdit(), QStringLiteral("python train.py"));
    QTRY_VERIFY(!note->isVisible());
}

void TestLaunchPanel::missingProjectFolder_offersToCreateIt()
{
    auto panel = makePanel();
    const QString missing = m_project->filePath(QStringLiteral("new/resnet"));
    panel->form()->setProjectFolder(missing);
    QTRY_VERIFY(noteText(*panel, Field::ProjectFolder).contains(missing));
    QPushButton *create = panel->form()->noteFor(Field::ProjectFolder)->actionButton();
    QVERIFY(create->isVisible());
    create->click();
    QVERIFY(QFileInfo(missing).isDir());
    QTRY_VERIFY(noteText(*panel, Field::ProjectFolder).isEmpty());
}

void TestLaunchPanel::blankPresetRun_marksTheImageRequired()
{
    auto panel = makePanel();
    panel->applyPreset(QStringLiteral("blank"));
    QTest::qWait(400); // live validation leaves "required" alone until the first Run
    QVERIFY(noteText(*panel, Field::Image).isEmpty());
    panel->run();
    QTRY_VERIFY(noteText(*panel, Field::Image).contains(QStringLiteral("Choose an image")));
    QVERIFY(panel->statusText().contains(QStringLiteral("Nothing was launched")));
    QVERIFY(!panel->isLaunching());
    QVERIFY(panel->form()->imageEdit()->hasFocus());
    // The status names the field, and the field is framed as well as noted.
    QVERIFY2(panel->statusText().contains(QStringLiteral("starting with “Image”")), qPrintable(panel->statusText()));
    QVERIFY(panel->form()->isOutlined(Field::Image));
    QVERIFY(!panel->form()->isOutlined(Field::Command));
    typeInto(panel->form()->imageEdit(), QStringLiteral("berth-test/busybox"));
    QTRY_VERIFY(!panel->form()->isOutlined(Field::Image));
}

void TestLaunchPanel::missingBindSource_runShowsTheMountEditorWithItsFixIt()
{
    auto panel = makePanel();
    const QString missing = m_project->filePath(QStringLiteral("datasets/imagenet"));
    panel->importCommand(QStringLiteral("docker run -v ") + missing +
                             QStringLiteral(":/data berth-test/busybox ls /data"),
                         m_project->path());
    ui::LaunchForm *form = panel->form();
    QVERIFY(!form->isAdvancedShown());
    panel->run();
    QTRY_VERIFY(panel->statusText().contains(QStringLiteral("fix the marked fields")));
    QVERIFY(form->isAdvancedShown());
    QCOMPARE(form->advanced()->tabs()->currentIndex(), int(ui::AdvancedOptions::MountsTab));
    QString reason;
    QVERIFY(!form->mountEditor()->canRun(&reason));
    QVERIFY2(reason.contains(missing), qPrintable(reason));
    // The editor's own fix-it makes the folder as the user, and Run is possible again.
    form->mountEditor()->applyShownFixIt();
    QTRY_VERIFY(QFileInfo(missing).isDir());
    QTRY_VERIFY(form->mountEditor()->canRun());
    QTRY_VERIFY(form->advanced()->tabs()->tabIcon(ui::AdvancedOptions::MountsTab).isNull());
}

void TestLaunchPanel::mountProblems_areSaidOnce_andThePipCacheTargetReachesTheForm()
{
    // A risky row, a wrong row and a row on the pip cache's container path: the editor marks all three on its rows
    // (the form tells it the pip cache's path), and the form's note repeats none of them.
    // Without a requirements.txt the form's validation shows a note on Requirements: a sign it has run.
    QVERIFY(QFile::remove(m_project->filePath(QStringLiteral("requirements.txt"))));
    auto panel = makePanel();
    // Not /tmp: the test engine keeps its socket and data there, which makes /tmp risky too.
    panel->importCommand(QString(tutorialPipCache)
                             .replace(QStringLiteral("-w /src"),
                                      QStringLiteral("-v /etc:/host-etc:ro -v $(pwd):relative -v $(pwd):/pip_cache "
                                                     "-w /src")),
                         m_project->path());
    QVERIFY(panel->spec().requirements.enabled);
    ui::MountEditor *editor = panel->form()->mountEditor();
    int pipCacheRow = -1;
    for (int row = 0; row < editor->mounts().size(); ++row) {
        if (editor->mounts().at(row).target == QLatin1String("/pip_cache"))
            pipCacheRow = row;
    }
    QVERIFY(pipCacheRow >= 0);
    const auto editorKeys = [editor] {
        QStringList keys;
        for (const core::LaunchProblem &p : editor->problems())
            keys << QStringLiteral("%1[%2]").arg(QLatin1String(core::LaunchProblem::codeName(p.code))).arg(p.index);
        return keys;
    };
    QTRY_VERIFY(editorKeys().contains(QStringLiteral("Duplicate[%1]").arg(pipCacheRow)));
    QCOMPARE(editorKeys().size(), 3);
    QVERIFY(editorKeys().contains(QStringLiteral("RiskySystemConfig[1]")));
    QVERIFY(editorKeys().contains(QStringLiteral("PathNotAbsolute[2]")));
    QStringList messages;
    for (const core::LaunchProblem &p : editor->problems())
        messages << p.message;
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("Row %1: the pip cache").arg(pipCacheRow + 1)),
             qPrintable(messages.join(QLatin1Char('\n'))));

    // The launch validator found the same three (its validation has run once the Requirements note is up), and the
    // form says none of them again.
    QTRY_VERIFY(noteText(*panel, Field::Requirements).contains(QStringLiteral("requirements.txt")));
    QVERIFY2(noteText(*panel, Field::Mounts).isEmpty(), qPrintable(noteText(*panel, Field::Mounts)));

    // Run is refused for the errors, and the form points at the mounts.
    panel->run();
    QTRY_VERIFY(panel->statusText().contains(QStringLiteral("fix the marked fields")));
    QVERIFY(!panel->isLaunching());
    QCOMPARE(panel->form()->advanced()->tabs()->currentIndex(), int(ui::AdvancedOptions::MountsTab));
    QVERIFY(noteText(*panel, Field::Mounts).isEmpty());

    // Without the requirements step, /pip_cache is free again.
    panel->form()->requirementsCheck()->setChecked(false);
    QTRY_VERIFY(!editorKeys().contains(QStringLiteral("Duplicate[%1]").arg(pipCacheRow)));
}

void TestLaunchPanel::browseTags_chosenTagFillsImageAndTag()
{
    // No Docker Hub here: the browser's listing fails quietly; the choice is what matters.
    m_settings->setValue(core::Settings::HubBaseUrl, QStringLiteral("http://127.0.0.1:9"));
    auto panel = makePanel();
    panel->applyPreset(QStringLiteral("pytorch"));
    panel->openTagBrowser();
    auto *dialog = panel->findChild<ui::TagBrowserDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->browser()->repository(), QStringLiteral("pytorch/pytorch"));
    Q_EMIT dialog->browser()->tagChosen(QStringLiteral("pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime"));
    QTRY_VERIFY(!panel->findChild<ui::TagBrowserDialog *>());
    QCOMPARE(panel->form()->imageEdit()->text(), QStringLiteral("pytorch/pytorch"));
    QCOMPARE(panel->form()->tagEdit()->text(), QStringLiteral("2.1.0-cuda12.1-cudnn8-runtime"));
    QCOMPARE(panel->spec().imageReference(), QStringLiteral("pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime"));
}

void TestLaunchPanel::presetChange_keepsTheCommandAndCanBeUndone()
{
    auto panel = makePanel();
    panel->importCommand(QStringLiteral("docker run --name keep-me -e A=1 berth-test/busybox:latest echo hi"),
                         m_project->path());
    const LaunchSpec typed = panel->spec();
    panel->applyPreset(QStringLiteral("tensorflow"));
    QCOMPARE(panel->spec().image, QStringLiteral("tensorflow/tensorflow"));
    QCOMPARE(panel->spec().gpus.mode, core::GpuRequest::Mode::All);
    QCOMPARE(panel->spec().command, typed.command);
    QCOMPARE(panel->spec().projectFolder, m_project->path());
    auto *undo = panel->findChild<QPushButton *>(QStringLiteral("undoReplaceButton"));
    QVERIFY(undo->isVisible());
    undo->click();
    QCOMPARE(panel->spec(), typed);
    QVERIFY(!undo->isVisible());
}

void TestLaunchPanel::profile_survivesARestart()
{
    LaunchSpec saved;
    {
        auto panel = makePanel();
        panel->importCommand(tutorialPipCache, m_project->path());
        typeInto(panel->form()->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("resnet-train"));
        saved = panel->spec();
        QString why;
        QVERIFY2(panel->profileList()->saveAs(QStringLiteral("resnet"), &why), qPrintable(why));
        QCOMPARE(panel->currentProfile(), QStringLiteral("resnet"));
        QVERIFY(!panel->profileList()->duplicateProfile(QStringLiteral("resnet"), &why).isEmpty());
        QVERIFY(panel->profileList()->saveAs(QStringLiteral("scratch"), &why));
        QVERIFY(panel->profileList()->renameProfile(QStringLiteral("scratch"), QStringLiteral("mnist"), &why));
        QVERIFY(panel->profileList()->removeProfile(QStringLiteral("mnist"), &why));
        QCOMPARE(panel->currentProfile(), QString());
        // Typed after saving: the form as it is now is what a restart brings back, not the profile.
        typeInto(panel->form()->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("typed-after-saving"));
        panel->profileStore()->waitForWrites();
    }
    QVERIFY(QFile::exists(m_config->filePath(QLatin1String(core::ProfileStore::FileName))));

    // A new settings object and panel, as after a restart of the app.
    m_settings = std::make_unique<core::Settings>(m_config->filePath(QStringLiteral("berth.ini")));
    auto panel = makePanel();
    QTreeWidget *tree = panel->profileList()->tree();
    auto names = [tree] {
        QStringList out;
        QTreeWidgetItem *saved = tree->topLevelItem(0);
        for (int i = 0; saved && i < saved->childCount(); ++i)
            out << saved->child(i)->text(0);
        return out;
    };
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("resnet"), QStringLiteral("resnet (copy)")}));
    QCOMPARE(panel->form()->advanced()->containerName(), QStringLiteral("typed-after-saving"));
    LaunchSpec typed = saved;
    typed.name = QStringLiteral("typed-after-saving");
    QCOMPARE(panel->spec(), typed);
    tree->topLevelItem(0)->child(0)->setSelected(true);
    Q_EMIT tree->itemClicked(tree->topLevelItem(0)->child(0), 0);
    QCOMPARE(panel->spec(), saved);
    QCOMPARE(panel->currentProfile(), QStringLiteral("resnet"));
    QVERIFY(panel->form()->requirementsCheck()->isChecked());
    QCOMPARE(panel->form()->advanced()->containerName(), QStringLiteral("resnet-train"));
}

void TestLaunchPanel::draftOnAFullDisk_isSaidOnceAndLosesNothing()
{
    if (!test::FullDisk::canMount())
        QSKIP("mounting a small tmpfs needs root");
    test::FullDisk disk;
    QVERIFY(disk.isMounted());
    m_settings = std::make_unique<core::Settings>(m_config->filePath(QStringLiteral("berth.ini")), disk.path(),
                                                  m_config->filePath(QStringLiteral("cache")));
    auto panel = makePanel();
    QLineEdit *name = panel->form()->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    typeInto(name, QStringLiteral("kept-before"));
    const QString draft = QDir(disk.path()).filePath(QStringLiteral("launch-draft.json"));
    QTRY_VERIFY(QFile::exists(draft));
    QTRY_VERIFY(test::readFile(draft).contains("kept-before"));
    QVERIFY(disk.fill());

    typeInto(name, QStringLiteral("typed-on-a-full-disk"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("could not be kept")), 5000);
    // The form keeps what was typed, the last draft stays whole, and no half-written file is left.
    QCOMPARE(name->text(), QStringLiteral("typed-on-a-full-disk"));
    QVERIFY(test::readFile(draft).contains("kept-before"));
    QCOMPARE(disk.strayFiles(), QStringList());
    // Said once: another failed save does not say it again over what the panel says next (here: Run on a form
    // without an image).
    panel->form()->setSpec(LaunchSpec());
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    QTRY_VERIFY(!panel->statusText().contains(QLatin1String("could not be kept")) &&
                !panel->statusText().contains(QLatin1String("Checking")));
    const QString after = panel->statusText();
    QVERIFY2(!after.contains(QLatin1String("could not be kept")), qPrintable(after));
    typeInto(name, QStringLiteral("typed-again"));
    QTest::qWait(1500);
    QCOMPARE(panel->statusText(), after);
}

void TestLaunchPanel::languageChange_keepsTypedValues()
{
    auto panel = makePanel();
    panel->importCommand(tutorialPipCache, m_project->path());
    ui::LaunchForm *form = panel->form();
    typeInto(form->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("my name"));
    typeInto(form->commandEdit(), QStringLiteral("python train.py --lr 0.1"));
    // Typed but not finished: still in the field.
    form->tagEdit()->setFocus();
    QTest::keyClicks(form->tagEdit(), QStringLiteral("-x"));
    QTRY_VERIFY(!noteText(*panel, Field::Name).isEmpty());
    const LaunchSpec before = panel->spec();
    const QString runText = panel->runButton()->text();

    ShoutingTranslator shouting;
    QVERIFY(QCoreApplication::installTranslator(&shouting));
    QTRY_COMPARE(panel->runButton()->text(), runText.toUpper());
    QCOMPARE(panel->spec(), before);
    QCOMPARE(form->tagEdit()->text(), QStringLiteral("1.2-cuda10.0-cudnn7-runtime-x"));
    QVERIFY(form->advanced()->tabs()->tabText(0).startsWith(QStringLiteral("CONTAINER")));
    QVERIFY(panel->preview()->findChild<QPushButton *>(QStringLiteral("copyButton"))->text() == QStringLiteral("COPY"));
    // Problem notes come back in the new language (core wording is asked again).
    QTRY_VERIFY(!noteText(*panel, Field::Name).isEmpty());

    QVERIFY(QCoreApplication::removeTranslator(&shouting));
    QTRY_COMPARE(panel->runButton()->text(), runText);
    QCOMPARE(panel->spec(), before);
}

void TestLaunchPanel::screenshot()
{
    // The README picture: the PyTorch preset for a project with requirements, two GPUs of a lab workstation ticked,
    // the requirements step on, and a few saved and recent launches. BERTH_SCREENSHOT_DIR=docs/screenshots writes it
    // there; otherwise the build directory keeps it.
    test::FakeNvidiaSmi smi;
    QVERIFY(smi.printFixture(QStringLiteral("gpus-2-idle.csv")));
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/alice-XXXXXX"));
    const QString project = home.filePath(QStringLiteral("projects/resnet"));
    QVERIFY(QDir().mkpath(project));
    QFile requirements(project + QStringLiteral("/requirements.txt"));
    QVERIFY(requirements.open(QIODevice::WriteOnly));
    requirements.write("torchvision\n");
    requirements.close();

    auto panel = makePanel();
    panel->setWindowTitle(QStringLiteral("Berth — Launch"));
    core::ProfileStore *store = panel->profileStore();
    LaunchSpec other;
    other.image = QStringLiteral("tensorflow/tensorflow");
    other.tag = QStringLiteral("2.0.0-gpu-py3");
    other.command = {QStringLiteral("python"), QStringLiteral("bert.py")};
    store->save(QStringLiteral("bert-finetune"), other);
    store->save(QStringLiteral("mnist-baseline"), other);
    store->addRecent(other, QStringLiteral("bert-finetune"));
    other.tag = QStringLiteral("2.1.0-gpu");
    store->addRecent(other);

    panel->importCommand(tutorialPipCache, project);
    ui::LaunchForm *form = panel->form();
    form->setCurrentPresetId(QStringLiteral("pytorch"));
    typeInto(form->advanced()->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("resnet-train"));
    ui::GpuPicker *gpus = form->gpuPicker();
    // Let the engine check (this engine has no NVIDIA runtime) answer first, then show a lab workstation's.
    QTest::qWait(300);
    core::EngineInfo withNvidia;
    withNvidia.runtimes = {QStringLiteral("nvidia"), QStringLiteral("runc")};
    gpus->setCapability(core::GpuCapability::decide(withNvidia, {}));
    QTRY_VERIFY_WITH_TIMEOUT(gpus->checkBoxFor(1) != nullptr, 10000);
    LaunchSpec withTwo = panel->spec();
    withTwo.gpus.mode = core::GpuRequest::Mode::Devices;
    withTwo.gpus.deviceIds = {QStringLiteral("0"), QStringLiteral("1")};
    form->setSpec(withTwo);
    QVERIFY(panel->preview()->text().contains(QStringLiteral("--gpus '\"device=0,1\"'")));
    QTest::qWait(300);

    panel->preview()->setMultiLine(true);
    QTest::qWait(50);
    const QImage image = panel->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
    QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QString file = QDir(dir).filePath(QStringLiteral("launch-en.png"));
    QVERIFY(image.save(file));
    qInfo("screenshot: %s", qPrintable(file));
    // Nothing at the bottom is cut off: the Run button sits inside the window.
    QPushButton *run = panel->runButton();
    QVERIFY(run->mapTo(panel.get(), QPoint(0, run->height())).y() <= 800);
    // The common case fits: the form does not scroll at 1280x800.
    auto *scroll = panel->findChild<QScrollArea *>(QStringLiteral("formScroll"));
    QVERIFY(scroll);
    QVERIFY(!scroll->verticalScrollBar()->isVisible());

    // Advanced, tab by tab, for review next to the main picture (the build directory only).
    panel->preview()->setMultiLine(false);
    form->setAdvancedShown(true);
    QTabWidget *tabs = form->advanced()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("launch-advanced-%1.png").arg(tab))));
    }
}

QTEST_MAIN(TestLaunchPanel)
#include "test_launchpanel.moc"
