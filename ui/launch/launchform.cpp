// SPDX-License-Identifier: Apache-2.0
#include "launchform.h"

#include "advancedoptions.h"
#include "common/childsignals.h"
#include "common/koreanparticles.h"
#include "engine/imagereference.h"
#include "gpu/gpupicker.h"
#include "launch/mountvalidator.h"
#include "launch/presetstore.h"
#include "launch/requirementscommand.h"
#include "launch/shellwords.h"
#include "mounts/mounteditor.h"
#include "serverfield.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

using core::LaunchProblem;
using core::LaunchSpec;

namespace {

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString cleanFolder(const QString &text)
{
    QString t = text.trimmed();
    if (t == QLatin1String("~") || t.startsWith(QLatin1String("~/")))
        t = QDir::homePath() + t.mid(1);
    return t.isEmpty() ? QString() : QDir::cleanPath(t);
}

bool isListField(LaunchProblem::Field f)
{
    using F = LaunchProblem::Field;
    return f == F::Env || f == F::EnvFiles || f == F::Ports || f == F::Expose || f == F::Ulimits || f == F::Devices;
}

} // namespace

LaunchForm::LaunchForm(QWidget *parent)
    : QWidget(parent), m_shell(core::DockerRunParser::systemOptions({})), m_layout(new QFormLayout),
      m_serverLabel(new QLabel(this)), m_serverField(new ServerField(this)), m_presetLabel(new QLabel(this)),
      m_preset(new QComboBox(this)), m_presetMenu(new QToolButton(this)), m_imageLabel(new QLabel(this)),
      m_image(new QLineEdit(this)), m_tagLabel(new QLabel(this)), m_tag(new QLineEdit(this)),
      m_browseTags(new QPushButton(this)), m_projectLabel(new QLabel(this)), m_project(new QLineEdit(this)),
      m_chooseProject(new QPushButton(this)), m_sendProject(new QPushButton(this)), m_sendRow(new QWidget(this)),
      m_sendNote(new QLabel(m_sendRow)), m_fetchOutputs(new QPushButton(m_sendRow)),
      m_stopSending(new QPushButton(m_sendRow)), m_projectAt(new QLabel(this)), m_projectTarget(new QLineEdit(this)),
      m_gpusLabel(new QLabel(this)), m_gpus(new GpuPicker(this)), m_commandLabel(new QLabel(this)),
      m_command(new QLineEdit(this)), m_requirementsLabel(new QLabel(this)), m_requirements(new QCheckBox(this)),
      m_requirementsDetails(new QWidget(this)), m_reqFileLabel(new QLabel(this)), m_reqFile(new QLineEdit(this)),
      m_reqCacheLabel(new QLabel(this)), m_reqCache(new QLineEdit(this)), m_reqShellLabel(new QLabel(this)),
      m_reqShell(new QComboBox(this)), m_wrappedLabel(new QLabel(this)), m_wrapped(new QLineEdit(this)),
      m_wrappedRow(new QWidget(this)), m_advancedToggle(new QToolButton(this)), m_advancedSummary(new QLabel(this)),
      m_advanced(new AdvancedOptions(m_fieldNotes, this))
{
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_tag->setObjectName(QStringLiteral("tagEdit"));
    m_browseTags->setObjectName(QStringLiteral("browseTagsButton"));
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_chooseProject->setObjectName(QStringLiteral("chooseProjectButton"));
    m_projectTarget->setObjectName(QStringLiteral("projectTargetEdit"));
    m_command->setObjectName(QStringLiteral("commandEdit"));
    m_requirements->setObjectName(QStringLiteral("requirementsCheck"));
    m_reqFile->setObjectName(QStringLiteral("requirementsFileEdit"));
    m_reqCache->setObjectName(QStringLiteral("cacheVolumeEdit"));
    m_reqShell->setObjectName(QStringLiteral("shellCombo"));
    m_wrapped->setObjectName(QStringLiteral("wrappedCommandEdit"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_gpus->setObjectName(QStringLiteral("gpuPicker"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setVerticalSpacing(8);
    outer->addLayout(m_layout);

    // Server: where the launch goes (the panel fills the list and acts on the choice).
    m_serverLabel->setBuddy(m_serverField->combo());
    m_layout->addRow(m_serverLabel, m_serverField);
    m_layout->setRowVisible(m_serverField, false); // until there is more than one server

    // Start from
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_preset->setMinimumWidth(220);
    m_presetMenu->setPopupMode(QToolButton::InstantPopup);
    m_presetMenu->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *presetMenu = new QMenu(m_presetMenu);
    m_savePresetAction = presetMenu->addAction(QString());
    m_removePresetAction = presetMenu->addAction(QString());
    m_presetMenu->setMenu(presetMenu);
    m_presetLabel->setBuddy(m_preset);
    m_layout->addRow(m_presetLabel, rowOf({m_preset, m_presetMenu}, {0, 0}));
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (m_preset->itemData(index).toString().isEmpty())
            return; // "Custom" is what the form holds, not something to start from
        m_removePresetAction->setEnabled(!m_preset->itemData(index, Qt::UserRole + 1).toBool());
        Q_EMIT presetChosen(m_preset->itemData(index).toString());
    });
    connect(m_savePresetAction, &QAction::triggered, this, &LaunchForm::saveAsPresetRequested);
    connect(m_removePresetAction, &QAction::triggered, this,
            [this] { Q_EMIT removePresetRequested(currentPresetId()); });

    // Image and tag
    m_imageLabel->setBuddy(m_image);
    m_tagLabel->setBuddy(m_tag);
    m_image->setClearButtonEnabled(true);
    m_layout->addRow(
        m_imageLabel,
        m_fieldNotes.box(this, rowOf({m_image, m_tagLabel, m_tag, m_browseTags}, {3, 0, 2, 0}), Field::Image, m_image));
    connect(m_browseTags, &QPushButton::clicked, this, &LaunchForm::browseTagsRequested);
    connect(m_image, &QLineEdit::editingFinished, this, [this] {
        // "repo:tag" typed or pasted into the image field: split it so the tag field shows the tag.
        const QString text = m_image->text().trimmed();
        if (core::ImageReference::hasTagOrDigest(text)) {
            LaunchSpec s;
            s.setImageReference(text);
            m_updating = true;
            m_image->setText(s.image);
            if (!s.tag.isEmpty())
                m_tag->setText(s.tag);
            m_updating = false;
            onChanged();
        }
    });

    // Project folder
    m_projectLabel->setBuddy(m_project);
    m_project->setClearButtonEnabled(true);
    m_projectTarget->setMaximumWidth(140);
    // On an ssh server the project can come from this computer: sent before each run, outputs fetched back.
    m_sendProject->setObjectName(QStringLiteral("sendProjectButton"));
    m_fetchOutputs->setObjectName(QStringLiteral("fetchOutputsButton"));
    m_stopSending->setObjectName(QStringLiteral("stopSendingButton"));
    m_sendNote->setObjectName(QStringLiteral("sendNote"));
    m_sendNote->setTextFormat(Qt::PlainText);
    m_sendNote->setWordWrap(true);
    m_sendNote->setForegroundRole(QPalette::PlaceholderText);
    auto *sendLayout = new QHBoxLayout(m_sendRow);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    sendLayout->addWidget(m_sendNote, 1);
    sendLayout->addWidget(m_fetchOutputs);
    sendLayout->addWidget(m_stopSending);
    auto *projectBox = new QWidget(this);
    auto *projectColumn = new QVBoxLayout(projectBox);
    projectColumn->setContentsMargins(0, 0, 0, 0);
    projectColumn->setSpacing(2);
    projectColumn->addWidget(
        rowOf({m_project, m_chooseProject, m_sendProject, m_projectAt, m_projectTarget}, {1, 0, 0, 0, 0}));
    projectColumn->addWidget(m_sendRow);
    m_layout->addRow(m_projectLabel, m_fieldNotes.box(this, projectBox, Field::ProjectFolder, m_project));
    connect(m_sendProject, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose the folder to send"),
                                       m_sendFrom.isEmpty() ? QDir::homePath() : m_sendFrom);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOptions(QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &folder) { Q_EMIT sendFolderChosen(QDir::cleanPath(folder)); });
        dialog->open();
    });
    connect(m_fetchOutputs, &QPushButton::clicked, this, &LaunchForm::fetchOutputsRequested);
    connect(m_stopSending, &QPushButton::clicked, this, [this] { setSendFrom({}, {}); });
    connect(m_project, &QLineEdit::editingFinished, this, [this] {
        if (m_project->isModified()) {
            m_project->setModified(false);
            applyProjectFolder(true);
        }
    });
    connect(m_projectTarget, &QLineEdit::editingFinished, this, [this] {
        if (m_projectTarget->isModified()) {
            m_projectTarget->setModified(false);
            applyProjectFolder(false);
        }
    });
    connect(m_chooseProject, &QPushButton::clicked, this, [this] {
        if (canSend()) {
            Q_EMIT browseServerFolderRequested(); // the server's folders, not this computer's
            return;
        }
        // Non-native: never blocks on a desktop portal, and looks the same everywhere.
        auto *dialog = new QFileDialog(this, tr("Choose the project folder"),
                                       m_project->text().isEmpty() ? QDir::homePath() : m_project->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOptions(QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { setProjectFolder(folder); });
        dialog->open();
    });

    // GPUs
    m_gpusLabel->setBuddy(m_gpus);
    m_layout->addRow(m_gpusLabel, m_fieldNotes.box(this, m_gpus, Field::Gpus));
    connect(m_gpus, &GpuPicker::requestChanged, this, [this] { onChanged(); });

    // Command
    m_commandLabel->setBuddy(m_command);
    m_command->setClearButtonEnabled(true);
    m_layout->addRow(m_commandLabel, m_fieldNotes.box(this, m_command, Field::Command));

    // Requirements
    {
        auto *details = new QHBoxLayout(m_requirementsDetails);
        details->setContentsMargins(0, 0, 0, 0);
        m_reqFileLabel->setBuddy(m_reqFile);
        m_reqCacheLabel->setBuddy(m_reqCache);
        m_reqShellLabel->setBuddy(m_reqShell);
        m_reqShell->addItem(QStringLiteral("bash"));
        m_reqShell->addItem(QStringLiteral("sh"));
        for (QWidget *w : std::initializer_list<QWidget *>{m_reqFileLabel, m_reqFile, m_reqCacheLabel, m_reqCache,
                                                           m_reqShellLabel, m_reqShell})
            details->addWidget(w, w == m_reqFile || w == m_reqCache ? 1 : 0);
        auto *wrappedLayout = new QHBoxLayout(m_wrappedRow);
        wrappedLayout->setContentsMargins(0, 0, 0, 0);
        m_wrappedLabel->setBuddy(m_wrapped);
        m_wrapped->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        wrappedLayout->addWidget(m_wrappedLabel);
        wrappedLayout->addWidget(m_wrapped, 1);
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(4);
        // The file and cache fields go under the check box when the form is too narrow to show them readably.
        auto *reqRow = new QWidget(box);
        m_requirementsRow = new QBoxLayout(QBoxLayout::LeftToRight, reqRow);
        m_requirementsRow->setContentsMargins(0, 0, 0, 0);
        m_requirementsRow->addWidget(m_requirements, 0);
        m_requirementsRow->addWidget(m_requirementsDetails, 1);
        m_reqFile->setMinimumWidth(110);
        m_reqCache->setMinimumWidth(90);
        v->addWidget(reqRow);
        v->addWidget(m_wrappedRow);
        m_layout->addRow(m_requirementsLabel, m_fieldNotes.box(this, box, Field::Requirements, m_requirements));
        connect(m_requirements, &QCheckBox::toggled, this, [this] { onChanged(); });
        connect(m_reqShell, &QComboBox::currentIndexChanged, this, [this](int index) {
            // A shell written as `sh` or `bash` stays as written until the user picks the other one.
            const bool bash = index == 0;
            if (usesBash() != bash)
                m_wrapperShell = bash ? QStringLiteral("/bin/bash") : QStringLiteral("/bin/sh");
            onChanged();
        });
        connect(m_wrapped, &QLineEdit::editingFinished, this, &LaunchForm::applyWrappedEdit);
    }
    for (QLineEdit *edit : {m_image, m_tag, m_project, m_projectTarget, m_command, m_reqFile, m_reqCache}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_updating)
                onChanged();
        });
    }

    // Advanced
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    QFont bold = m_advancedToggle->font();
    bold.setBold(true);
    m_advancedToggle->setFont(bold);
    m_advancedSummary->setTextFormat(Qt::PlainText);
    m_advancedSummary->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    m_advancedSummary->setForegroundRole(QPalette::PlaceholderText);
    m_advancedSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *advancedRow = new QHBoxLayout;
    advancedRow->addWidget(m_advancedToggle);
    advancedRow->addWidget(m_advancedSummary, 1);
    outer->addLayout(advancedRow);
    outer->addWidget(m_advanced);
    outer->addStretch(1);
    m_advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) { setAdvancedShown(on); });
    connect(m_advanced, &AdvancedOptions::changed, this, [this] {
        if (!m_updating)
            onChanged();
    });
    connect(m_advanced, &AdvancedOptions::workingDirChanged, this, [this] {
        if (!m_updating)
            onChanged();
    });
    MountEditor *mounts = m_advanced->mountEditor();
    connect(mounts, &MountEditor::projectFolderChanged, this, [this](const QString &host) {
        if (m_updating)
            return;
        m_updating = true;
        if (!host.isEmpty())
            setText(m_project, host);
        setText(m_projectTarget, mountEditor()->projectTarget());
        m_updating = false;
        onChanged();
    });
    connect(mounts, &MountEditor::projectTargetChanged, this,
            [this](const QString &oldTarget, const QString &newTarget) {
                m_updating = true;
                setText(m_projectTarget, newTarget);
                m_updating = false;
                // The working directory followed the project folder: keep it following.
                if (m_advanced->workingDir() == oldTarget)
                    m_advanced->setWorkingDir(newTarget);
                onChanged();
            });
    connect(mounts, &MountEditor::changed, this, [this] {
        if (m_updating)
            return;
        const QString target = mountEditor()->projectTarget();
        if (mountEditor()->projectRow() >= 0 && m_projectTarget->text() != target) {
            m_updating = true;
            m_projectTarget->setText(target);
            m_updating = false;
        }
    });

    retranslate();
    refreshDerived();
}

LaunchForm::~LaunchForm()
{
    disconnectChildSignals(this);
}

QWidget *LaunchForm::rowOf(std::initializer_list<QWidget *> widgets, std::initializer_list<int> stretches)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto stretch = stretches.begin();
    bool anyStretch = false;
    for (QWidget *w : widgets) {
        const int s = stretch != stretches.end() ? *stretch++ : 0;
        anyStretch = anyStretch || s > 0;
        layout->addWidget(w, s);
    }
    if (!anyStretch)
        layout->addStretch(1);
    return row;
}

MountEditor *LaunchForm::mountEditor() const
{
    return m_advanced->mountEditor();
}

void LaunchForm::setPresetStore(core::PresetStore *presets)
{
    m_presets = presets;
    fillPresets();
    if (m_presets)
        connect(m_presets, &core::PresetStore::changed, this, &LaunchForm::fillPresets, Qt::UniqueConnection);
}

void LaunchForm::fillPresets()
{
    const QString current = currentPresetId();
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    if (!m_presets)
        return;
    const QList<core::Preset> presets = m_presets->presets();
    for (const core::Preset &p : presets) {
        m_preset->addItem(p.displayName(), p.id);
        m_preset->setItemData(m_preset->count() - 1, p.builtIn, Qt::UserRole + 1);
        m_preset->setItemData(m_preset->count() - 1, p.displayDescription(), Qt::ToolTipRole);
    }
    const int index = m_preset->findData(current);
    if (index < 0 && current.isEmpty() && m_preset->count() > 0 && m_wasCustom)
        showPresetForImage({}); // it was Custom, and stays so
    else
        m_preset->setCurrentIndex(index >= 0 ? index : 0);
    m_removePresetAction->setEnabled(!m_preset->currentData(Qt::UserRole + 1).toBool());
}

void LaunchForm::showPresetForImage(const QString &image)
{
    if (!m_presets)
        return;
    const QSignalBlocker blocker(m_preset);
    for (const core::Preset &p : m_presets->presets()) {
        if (!image.isEmpty() && p.spec.image == image) {
            setCurrentPresetId(p.id);
            return;
        }
    }
    int customRow = m_preset->findData(QString());
    if (customRow < 0) {
        m_preset->addItem(tr("Custom"), QString());
        customRow = m_preset->count() - 1;
        m_preset->setItemData(customRow, true, Qt::UserRole + 1); // nothing to remove
        m_preset->setItemData(customRow, tr("The form matches no preset"), Qt::ToolTipRole);
    }
    m_wasCustom = true;
    m_preset->setCurrentIndex(customRow);
    m_removePresetAction->setEnabled(false);
}

QString LaunchForm::currentPresetId() const
{
    return m_preset->currentData().toString();
}

void LaunchForm::setCurrentPresetId(const QString &id)
{
    if (id.isEmpty()) {
        showPresetForImage({});
        return;
    }
    const int index = m_preset->findData(id);
    if (index >= 0) {
        // A real preset again: the Custom entry goes.
        m_wasCustom = false;
        const int customRow = m_preset->findData(QString());
        if (customRow >= 0) {
            const QSignalBlocker blocker(m_preset);
            m_preset->removeItem(customRow);
        }
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    m_removePresetAction->setEnabled(!m_preset->currentData(Qt::UserRole + 1).toBool());
}

LaunchSpec LaunchForm::spec(QList<LaunchProblem> *formProblems) const
{
    LaunchSpec s;
    s.projectFolder = cleanFolder(m_project->text());
    if (canSend())
        s.sendFrom = m_sendFrom;
    const QString image = m_image->text().trimmed();
    const QString tag = m_tag->text().trimmed();
    if (tag.isEmpty() && core::ImageReference::hasTagOrDigest(image)) {
        s.setImageReference(image);
    } else {
        s.image = image;
        s.tag = tag;
    }

    // The command field is read like a shell line (quotes, $VAR, ~), as in a pasted docker run.
    const QString commandText = m_command->text().trimmed();
    if (!commandText.isEmpty()) {
        core::ShellWords::Options o;
        o.cwd = s.projectFolder;
        o.home = m_shell.homeDir;
        o.env = m_shell.env;
        o.uid = m_shell.uid;
        o.gid = m_shell.gid;
        const core::ShellWords::Result words = core::ShellWords::split(commandText, o);
        bool operators = false;
        for (const core::ShellWords::Word &w : words.words) {
            if (w.isOperator)
                operators = true;
            else
                s.command << w.text;
        }
        if (formProblems) {
            for (LaunchProblem p : words.problems) {
                p.field = Field::Command;
                formProblems->append(p);
            }
            if (operators) {
                LaunchProblem p;
                p.code = LaunchProblem::Code::ShellConstruct;
                p.field = Field::Command;
                p.subject = commandText;
                p.message = tr("The command uses shell operators (such as &&, | or ;), which only a shell "
                               "understands. Run it through a shell: sh -c '…'");
                formProblems->append(p);
            }
        }
    }

    s.gpus = m_gpus->request();
    if (s.gpus.mode != core::GpuRequest::Mode::None) {
        s.gpus.capabilities = m_gpuExtras.capabilities;
        s.gpus.driver = m_gpuExtras.driver;
        s.gpus.options = m_gpuExtras.options;
    }
    // Further --gpus flags have no picker of their own: kept as the line gave them.
    s.moreGpus = m_moreGpus;
    s.requirements.enabled = m_requirements->isChecked();
    s.requirements.file = m_reqFile->text().trimmed();
    s.requirements.cacheVolume = m_reqCache->text().trimmed();
    s.requirements.shell = m_wrapperShell;
    m_advanced->writeTo(s, formProblems);
    return s;
}

void LaunchForm::setSpec(const LaunchSpec &s)
{
    m_updating = true;
    setText(m_image, s.image);
    setText(m_tag, s.tag);
    setText(m_project, s.projectFolder);
    m_sendFrom = s.sendFrom;
    updateSendRow();
    setText(m_command, core::ShellWords::join(s.command));
    m_gpuExtras = s.gpus;
    m_moreGpus = s.moreGpus;
    m_gpus->setRequest(s.gpus);
    m_requirements->setChecked(s.requirements.enabled);
    setText(m_reqFile, s.requirements.file);
    setText(m_reqCache, s.requirements.cacheVolume);
    m_wrapperShell = s.requirements.shell;
    m_reqShell->setCurrentIndex(usesBash() ? 0 : 1);
    m_advanced->readFrom(s);
    setText(m_projectTarget, mountEditor()->projectRow() >= 0 ? mountEditor()->projectTarget() : QString());
    m_wrapped->setModified(false);
    m_updating = false;
    onChanged();
}

bool LaunchForm::imageHasBash() const
{
    return usesBash();
}

bool LaunchForm::usesBash() const
{
    return m_wrapperShell.endsWith(QLatin1String("bash"));
}

void LaunchForm::setImageHasBash(bool hasBash)
{
    m_reqShell->setCurrentIndex(hasBash ? 0 : 1); // the index signal updates m_shell
}

void LaunchForm::setSendFrom(const QString &localFolder, const QString &remoteFolder)
{
    m_sendFrom = localFolder;
    if (!localFolder.isEmpty() && !remoteFolder.isEmpty())
        setProjectFolder(remoteFolder);
    updateSendRow();
    Q_EMIT changed();
}

void LaunchForm::updateSendRow()
{
    mountEditor()->setSentFolder(canSend() && !m_sendFrom.isEmpty() ? cleanFolder(m_project->text()) : QString());
    m_sendProject->setVisible(canSend());
    m_sendRow->setVisible(canSend() && !m_sendFrom.isEmpty());
    m_sendNote->setText(m_sendFrom.isEmpty()
                            ? QString()
                            : tr("Sent from %1 on this computer before each run (only what changed; .git and what "
                                 ".gitignore names stay here).")
                                  .arg(m_sendFrom));
}

void LaunchForm::setProjectFolder(const QString &folder)
{
    m_project->setText(QDir::cleanPath(folder));
    applyProjectFolder(true);
}

void LaunchForm::applyProjectFolder(bool defaultTarget)
{
    const QString folder = cleanFolder(m_project->text());
    QString target = m_projectTarget->text().trimmed();
    MountEditor *editor = mountEditor();
    const QString oldTarget = editor->projectRow() >= 0 ? editor->projectTarget() : QString();
    m_updating = true;
    if (!folder.isEmpty() && target.isEmpty() && oldTarget.isEmpty() && defaultTarget) {
        // A folder without a place in the container is rarely what anyone wants: /src, as the presets do.
        target = QStringLiteral("/src");
        m_projectTarget->setText(target);
    }
    if (folder.isEmpty() || target.isEmpty()) {
        const int row = editor->projectRow();
        if (row >= 0) {
            QList<core::MountSpec> rest = editor->mounts();
            rest.removeAt(row);
            editor->setProjectRow(-1);
            editor->setProjectFolderHint(folder);
            editor->setMounts(rest);
        }
    } else {
        editor->setProjectFolderHint(folder);
        editor->setProjectFolder(folder, target);
    }
    m_updating = false;
    // The working directory followed the project mount (or was not set): keep it there.
    const QString workdir = m_advanced->workingDir();
    if (!target.isEmpty() && !folder.isEmpty() && (workdir.isEmpty() || workdir == oldTarget))
        m_advanced->setWorkingDir(target);
    updateSendRow(); // a sent project goes wherever the folder now says
    onChanged();
}

QString LaunchForm::wrappedCommandText() const
{
    return m_wrapped->text();
}

void LaunchForm::onChanged()
{
    if (m_updating)
        return;
    refreshDerived();
    if (m_failure) {
        if (fieldValue(spec(), m_failure->first) != m_failureValue) {
            m_failure.reset();
            renderNotes();
        }
    }
    const QString imageKey = m_image->text().trimmed() + QLatin1Char(':') + m_tag->text().trimmed();
    if (imageKey != m_lastImageKey) {
        m_lastImageKey = imageKey;
        Q_EMIT imageChanged(m_image->text().trimmed(), m_tag->text().trimmed());
    }
    Q_EMIT changed();
}

void LaunchForm::refreshDerived()
{
    const bool requirements = m_requirements->isChecked();
    // The pip cache volume takes its container path: the mount editor marks a row there like any other duplicate.
    mountEditor()->setPipCacheTarget(requirements && !m_reqCache->text().trimmed().isEmpty()
                                         ? QString::fromLatin1(LaunchSpec::PipCacheTarget)
                                         : QString());
    m_requirementsDetails->setEnabled(requirements);
    m_wrappedRow->setVisible(requirements);
    const LaunchSpec s = spec();
    if (requirements && !(m_wrapped->hasFocus() && m_wrapped->isModified())) {
        const QString wrapped = core::ShellWords::join(core::RequirementsCommand::wrap(s));
        if (m_wrapped->text() != wrapped)
            m_wrapped->setText(wrapped);
        m_wrapped->setModified(false);
    }

    // What Advanced holds, so nothing set there goes unseen while it is folded.
    QStringList parts;
    if (!s.name.isEmpty())
        parts << tr("name %1").arg(s.name);
    if (s.autoRemove)
        parts << QStringLiteral("--rm");
    if (s.interactive || s.tty)
        parts << (s.interactive && s.tty ? QStringLiteral("-it")
                  : s.interactive        ? QStringLiteral("-i")
                                         : QStringLiteral("-t"));
    if (s.detach)
        parts << QStringLiteral("-d");
    if (!s.workingDir.isEmpty())
        parts << QStringLiteral("-w ") + s.workingDir;
    if (!s.ipcMode.isEmpty())
        parts << QStringLiteral("--ipc=") + s.ipcMode;
    if (s.shmSizeBytes)
        parts << tr("shm %1").arg(m_advanced->findChild<QLineEdit *>(QStringLiteral("shmEdit"))->text());
    if (s.runAsMe || !s.user.isEmpty())
        parts << (s.runAsMe ? tr("as me") : tr("user %1").arg(s.user));
    const int extraMounts = int(s.mounts.size()) - (mountEditor()->projectRow() >= 0 ? 1 : 0);
    if (extraMounts > 0)
        parts << tr("%n more mount(s)", nullptr, extraMounts);
    if (!s.env.isEmpty() || !s.envFiles.isEmpty())
        parts << tr("%n variable(s)", nullptr, int(s.env.size() + s.envFiles.size()));
    if (!s.ports.isEmpty())
        parts << tr("%n port(s)", nullptr, int(s.ports.size()));
    if (s.nanoCpus || s.memoryBytes || !s.ulimits.isEmpty())
        parts << tr("limits");
    if (!s.networkMode.isEmpty())
        parts << QStringLiteral("--network ") + s.networkMode;
    if (!s.restartPolicy.isEmpty())
        parts << QStringLiteral("--restart ") + s.restartPolicy;
    if (s.privileged)
        parts << QStringLiteral("--privileged");
    m_advancedSummary->setText(isAdvancedShown() ? QString() : parts.join(QStringLiteral("  ·  ")));
}

void LaunchForm::applyWrappedEdit()
{
    if (!m_wrapped->isModified())
        return;
    m_wrapped->setModified(false);
    const LaunchSpec before = spec();
    core::ShellWords::Options o;
    o.cwd = before.projectFolder;
    o.home = m_shell.homeDir;
    o.env = m_shell.env;
    o.uid = m_shell.uid;
    o.gid = m_shell.gid;
    const core::ShellWords::Result split = core::ShellWords::split(m_wrapped->text(), o);
    QStringList argv;
    bool operators = false;
    for (const core::ShellWords::Word &w : split.words) {
        operators = operators || w.isOperator;
        argv << w.text;
    }
    if (LaunchProblem::hasErrors(split.problems) || operators || argv.isEmpty()) {
        setStatusNote(Field::Requirements,
                      Note{FieldNote::Kind::Error,
                           [] {
                               return tr("The edited command cannot be read: check its quotes. Write the whole command "
                                         "as the container runs it, such as /bin/bash -c '…'");
                           },
                           {},
                           {}});
        return;
    }
    clearStatusNote(Field::Requirements);
    LaunchSpec candidate = before;
    candidate.command = argv;
    candidate.requirements.enabled = false;
    if (!before.requirements.cacheVolume.isEmpty()) {
        core::MountSpec cache;
        cache.type = core::MountSpec::Type::Volume;
        cache.syntax = core::MountSpec::Syntax::Volume;
        cache.source = before.requirements.cacheVolume;
        cache.target = QLatin1String(LaunchSpec::PipCacheTarget);
        candidate.mounts << cache;
    }
    m_updating = true;
    if (core::RequirementsCommand::recognise(candidate)) {
        // Still Berth's wrapper: the fields take the edit (file, cache volume, the command after &&).
        setText(m_command, core::ShellWords::join(candidate.command));
        setText(m_reqFile, candidate.requirements.file);
        setText(m_reqCache, candidate.requirements.cacheVolume);
        m_wrapperShell = candidate.requirements.shell;
        m_reqShell->setCurrentIndex(usesBash() ? 0 : 1);
        clearStatusNote(Field::Command);
    } else {
        // Something else: it becomes the command, run exactly as typed.
        m_requirements->setChecked(false);
        setText(m_command, core::ShellWords::join(argv));
        setStatusNote(Field::Command,
                      Note{FieldNote::Kind::Information,
                           [] {
                               return tr("Your edit is no longer the usual requirements step, so it became the "
                                         "command and runs exactly as typed.");
                           },
                           {},
                           {}});
    }
    m_updating = false;
    onChanged();
}

void LaunchForm::setProblems(const QList<LaunchProblem> &problems, bool includeRequired)
{
    m_problems = problems;
    m_includeRequired = includeRequired;
    renderNotes();
}

void LaunchForm::setFailureNote(Field field, const Note &note)
{
    m_failure = std::make_pair(field, note);
    m_failureValue = fieldValue(spec(), field);
    renderNotes();
}

void LaunchForm::clearFailureNote()
{
    if (!m_failure)
        return;
    m_failure.reset();
    renderNotes();
}

void LaunchForm::setStatusNote(Field field, const Note &note)
{
    m_status.insert(int(field), note);
    renderNotes();
}

void LaunchForm::clearStatusNote(Field field)
{
    if (m_status.remove(int(field)))
        renderNotes();
}

FieldNote *LaunchForm::noteFor(Field field) const
{
    return m_fieldNotes.note(field);
}

QWidget *LaunchForm::editorFor(Field field) const
{
    return m_fieldNotes.editor(field);
}

void LaunchForm::revealField(Field field)
{
    const int tab = m_fieldNotes.tab(field);
    if (tab >= 0) {
        setAdvancedShown(true);
        m_advanced->tabs()->setCurrentIndex(tab);
    }
    if (QWidget *editor = editorFor(field)) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->selectAll();
    }
}

LaunchForm::Field LaunchForm::firstErrorField(const QList<LaunchProblem> &problems)
{
    static const QList<Field> order{Field::Image,        Field::ProjectFolder, Field::Gpus,        Field::Command,
                                    Field::Requirements, Field::Name,          Field::WorkingDir,  Field::Entrypoint,
                                    Field::User,         Field::Hostname,      Field::AutoRemove,  Field::RestartPolicy,
                                    Field::Env,          Field::EnvFiles,      Field::Labels,      Field::Mounts,
                                    Field::IpcMode,      Field::ShmSize,       Field::Cpus,        Field::Memory,
                                    Field::MemorySwap,   Field::Ulimits,       Field::NetworkMode, Field::Ports,
                                    Field::Expose,       Field::Advanced,      Field::Devices};
    qsizetype best = order.size();
    for (const LaunchProblem &p : problems) {
        if (!p.isError())
            continue;
        const qsizetype at = order.indexOf(p.field);
        if (at >= 0 && at < best)
            best = at;
    }
    return best < order.size() ? order.at(best) : Field::None;
}

bool LaunchForm::isAdvancedShown() const
{
    return m_advancedToggle->isChecked();
}

void LaunchForm::setAdvancedShown(bool shown)
{
    if (m_advancedToggle->isChecked() != shown)
        m_advancedToggle->setChecked(shown); // comes back here through toggled
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(shown);
    refreshDerived(); // folded, the line beside says what Advanced holds; unfolded, the tabs say it
}

QString LaunchForm::fieldValue(const LaunchSpec &s, Field field) const
{
    const QJsonObject json = s.toJson();
    QStringList keys;
    switch (field) {
    case Field::Image:
        keys = {QStringLiteral("image"), QStringLiteral("tag"), QStringLiteral("digest")};
        break;
    case Field::Name:
        keys = {QStringLiteral("name")};
        break;
    case Field::Gpus:
        keys = {QStringLiteral("gpus")};
        break;
    case Field::Mounts:
    case Field::ProjectFolder:
        keys = {QStringLiteral("mounts"), QStringLiteral("projectFolder")};
        break;
    case Field::Command:
    case Field::Entrypoint:
        keys = {QStringLiteral("command"), QStringLiteral("entrypoint"), QStringLiteral("requirements")};
        break;
    case Field::Requirements:
        keys = {QStringLiteral("requirements"), QStringLiteral("command")};
        break;
    case Field::Ports:
        keys = {QStringLiteral("ports"), QStringLiteral("networkMode")};
        break;
    case Field::NetworkMode:
        keys = {QStringLiteral("networkMode")};
        break;
    case Field::WorkingDir:
        keys = {QStringLiteral("workingDir")};
        break;
    case Field::User:
        keys = {QStringLiteral("user"), QStringLiteral("runAsMe")};
        break;
    default:
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + m_wrapperShell;
    }
    QJsonArray values;
    for (const QString &key : keys)
        values.append(json.value(key));
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)) +
           (field == Field::Requirements ? m_wrapperShell : QString());
}

void LaunchForm::renderNotes()
{
    bool advancedErrors = false;
    for (const Field field : m_fieldNotes.fields()) {
        FieldNote *note = m_fieldNotes.note(field);
        const bool inAdvanced = m_fieldNotes.tab(field) >= 0;
        if (m_failure && m_failure->first == field) {
            const Note &n = m_failure->second;
            note->showNote(n.kind, n.text);
            note->setAction(n.actionLabel, n.action);
            advancedErrors = advancedErrors || (inAdvanced && n.kind == FieldNote::Kind::Error);
            outline(field, n.kind == FieldNote::Kind::Error);
            continue;
        }
        QStringList messages;
        bool error = false;
        const LaunchProblem *fixable = nullptr;
        const LaunchProblem *shellConstruct = nullptr;
        for (const LaunchProblem &p : std::as_const(m_problems)) {
            if (p.field != field || (!m_includeRequired && p.code == LaunchProblem::Code::Required))
                continue;
            QString message = KoreanParticles::resolve(p.message);
            // Mount problems come from MountValidator, which names the row itself.
            if (p.index >= 0 && isListField(field) && !message.startsWith(tr("Line %1").arg(p.index + 1)))
                message = tr("Line %1: %2").arg(p.index + 1).arg(message);
            if (!messages.contains(message))
                messages << message;
            error = error || p.isError();
            if (p.fixIt == LaunchProblem::FixIt::CreateHostPathAsMe && !fixable)
                fixable = &p;
            if (p.code == LaunchProblem::Code::ShellConstruct && !shellConstruct)
                shellConstruct = &p;
        }
        if (!messages.isEmpty()) {
            note->showNote(error ? FieldNote::Kind::Error : FieldNote::Kind::Warning, messages.join(QLatin1Char('\n')));
            if (fixable) {
                const QString path = fixable->path;
                note->setAction(
                    [] { return tr("Create folder"); },
                    [this, field, path] {
                        QString why;
                        if (!core::MountValidator::createHostFolder(path, &why))
                            setStatusNote(field, Note{FieldNote::Kind::Error, [why] { return why; }, {}, {}});
                        Q_EMIT changed();
                    });
            } else if (shellConstruct && field == Field::Command) {
                note->setAction([] { return tr("Run through sh -c"); },
                                [this] {
                                    m_command->setText(core::ShellWords::join(
                                        {QStringLiteral("sh"), QStringLiteral("-c"), m_command->text().trimmed()}));
                                });
            } else {
                note->setAction({}, {});
            }
            advancedErrors = advancedErrors || (inAdvanced && error);
            outline(field, error);
            continue;
        }
        outline(field, false);
        auto status = m_status.constFind(int(field));
        if (status != m_status.constEnd()) {
            note->showNote(status->kind, status->text);
            note->setAction(status->actionLabel, status->action);
            continue;
        }
        note->clear();
    }
    const bool mountErrors = [this] {
        for (const LaunchProblem &p : mountEditor()->problems()) {
            if (p.isError())
                return true;
        }
        return false;
    }();
    m_advanced->updateTabMarks(mountErrors);
    advancedErrors = advancedErrors || mountErrors;
    m_advancedToggle->setIcon(advancedErrors ? style()->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());
}

void LaunchForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOutRequirements();
}

void LaunchForm::layOutRequirements()
{
    QWidget *row = m_requirementsRow->parentWidget();
    const int needed = m_requirements->sizeHint().width() + m_requirementsRow->spacing() +
                       m_requirementsDetails->minimumSizeHint().width() + 120;
    const bool narrow = row->width() > 0 && row->width() < needed;
    const auto direction = narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_requirementsRow->direction() != direction)
        m_requirementsRow->setDirection(direction);
}

bool LaunchForm::requirementsWrapped() const
{
    return m_requirementsRow->direction() == QBoxLayout::TopToBottom;
}

void LaunchForm::outline(Field field, bool error)
{
    QWidget *editor = editorFor(field);
    if (!editor || editor->property("berthOutlined").toBool() == error)
        return;
    editor->setProperty("berthOutlined", error);
    // The field that blocks Run is framed as well as noted, so it is found at a glance. Only the editor itself: its
    // children (a line edit's clear button) keep their look.
    const QString selector =
        editor->objectName().isEmpty()
            ? QString::fromLatin1(editor->metaObject()->className()).section(QLatin1String("::"), -1)
            : QLatin1Char('#') + editor->objectName();
    editor->setStyleSheet(error ? selector + QStringLiteral(" { border: 2px solid #c62828; border-radius: 3px; }")
                                : QString());
}

bool LaunchForm::isOutlined(Field field) const
{
    QWidget *editor = editorFor(field);
    return editor && editor->property("berthOutlined").toBool();
}

QString LaunchForm::fieldTitle(Field field) const
{
    // The words of the field's own label, as the user sees them.
    QWidget *editor = editorFor(field);
    if (!editor)
        return {};
    QWidget *top = window();
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->buddy() != editor)
            continue;
        QString text = label->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&(?=.)")));
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    }
    return {};
}

void LaunchForm::setServerRowVisible(bool visible)
{
    m_layout->setRowVisible(m_serverField, visible);
}

void LaunchForm::setServer(const QString &server, bool canCheck)
{
    m_server = server;
    m_serverCheckable = canCheck;
    m_chooseProject->setEnabled(server.isEmpty() || canCheck);
    retranslate();
    updateSendRow();
}

void LaunchForm::retranslate()
{
    m_serverLabel->setText(tr("Ser&ver:"));
    m_presetLabel->setText(tr("Start &from:"));
    m_presetMenu->setText(tr("Presets"));
    m_savePresetAction->setText(tr("Save the form as a preset…"));
    m_removePresetAction->setText(tr("Remove this preset"));
    if (m_presets) {
        // Built-in names are translated; the ids stay.
        for (int i = 0; i < m_preset->count(); ++i) {
            if (const std::optional<core::Preset> p = m_presets->preset(m_preset->itemData(i).toString())) {
                m_preset->setItemText(i, p->displayName());
                m_preset->setItemData(i, p->displayDescription(), Qt::ToolTipRole);
            }
        }
    }
    m_imageLabel->setText(tr("&Image:"));
    m_image->setPlaceholderText(tr("e.g. pytorch/pytorch"));
    m_tagLabel->setText(tr("&Tag:"));
    m_tag->setPlaceholderText(tr("latest"));
    m_browseTags->setText(tr("Browse tags…"));
    m_browseTags->setToolTip(tr("Find a tag on Docker Hub or the image's registry, with the CUDA version and driver "
                                "it needs"));
    m_chooseProject->setText(tr("Choose…"));
    if (m_server.isEmpty()) {
        m_projectLabel->setText(tr("&Project folder:"));
        m_project->setPlaceholderText(tr("the folder with your code, e.g. ~/projects/resnet"));
        m_project->setToolTip(QString());
        m_chooseProject->setToolTip(QString());
    } else {
        m_projectLabel->setText(tr("&Project folder on %1:").arg(m_server));
        m_project->setPlaceholderText(tr("the folder with your code on %1, e.g. /home/you/resnet").arg(m_server));
        m_project->setToolTip(m_serverCheckable
                                  ? tr("A folder on %1, where the engine runs; Berth checks it there.").arg(m_server)
                                  : tr("A folder on %1, where the engine runs. Berth cannot look at %1's disk over "
                                       "tcp://: make sure the folder exists there.")
                                        .arg(m_server));
        m_chooseProject->setToolTip(
            m_serverCheckable ? tr("Browse the folders on %1").arg(m_server)
                              : tr("This computer's folders are not on %1: type the path there.").arg(m_server));
    }
    m_sendProject->setText(tr("Send from here…"));
    m_sendProject->setToolTip(tr("Copy a folder on this computer to %1 before each run (rsync over the same ssh "
                                 "connection) and mount it there")
                                  .arg(m_server));
    m_fetchOutputs->setText(tr("Fetch outputs…"));
    m_fetchOutputs->setToolTip(tr("Copy a folder of the project on %1 back into the folder here").arg(m_server));
    m_stopSending->setText(tr("Stop sending"));
    m_stopSending->setToolTip(tr("Use the folder on %1 as it is, without copying").arg(m_server));
    updateSendRow();
    m_projectAt->setText(tr("mounted at"));
    m_projectTarget->setPlaceholderText(tr("not mounted"));
    m_projectTarget->setToolTip(tr("Where the project folder appears inside the container"));
    m_gpusLabel->setText(tr("&GPUs:"));
    m_commandLabel->setText(tr("&Command:"));
    m_command->setPlaceholderText(tr("the image's default, e.g. python train.py"));
    m_requirementsLabel->setText(tr("Requirements:"));
    m_requirements->setText(tr("Install re&quirements first"));
    m_requirements->setToolTip(tr("Runs pip install -r on the requirements file before the command, with a named "
                                  "volume as pip's cache so the next launch does not download everything again"));
    m_reqFileLabel->setText(tr("from"));
    m_reqFile->setPlaceholderText(QStringLiteral("requirements.txt"));
    m_reqCacheLabel->setText(tr("pip cache volume"));
    m_reqCache->setPlaceholderText(tr("none"));
    m_reqShellLabel->setText(tr("shell"));
    m_reqShell->setToolTip(tr("Images without bash (Alpine, busybox) need sh"));
    m_wrappedLabel->setText(tr("Runs:"));
    m_wrapped->setToolTip(tr("The exact command the container runs. You can edit it; the fields above follow."));
    m_advancedToggle->setText(tr("&Advanced"));
    refreshDerived();
}

void LaunchForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
