// SPDX-License-Identifier: Apache-2.0
#include "launchpanel.h"

#include "advancedoptions.h"
#include "async/handback.h"
#include "commandpreview.h"
#include "common/childsignals.h"
#include "common/errortext.h"
#include "common/koreanparticles.h"
#include "common/messagebar.h"
#include "engine/bytesize.h"
#include "engine/engineclient.h"
#include "engine/imagereference.h"
#include "engine/serverdirectory.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupicker.h"
#include "http/sshsession.h"
#include "lab/freegpufinder.h"
#include "lab/labmonitor.h"
#include "lab/projectsync.h"
#include "lab/serverchooser.h"
#include "launch/jsonstorefile.h"
#include "launch/launchvalidator.h"
#include "launch/presetstore.h"
#include "launch/profilestore.h"
#include "launch/serverpathprobe.h"
#include "launchfailuretext.h"
#include "launchform.h"
#include "mounts/mounteditor.h"
#include "pastecommanddialog.h"
#include "profilelist.h"
#include "registry/dockercredentials.h"
#include "registry/imagepull.h"
#include "registry/tagcache.h"
#include "registry/tagfacts.h"
#include "serverfield.h"
#include "serverfolderdialog.h"
#include "settings/settings.h"
#include "tagbrowserdialog.h"
#include "tags/pullprogresswidget.h"
#include "tags/tagbrowser.h"

#include <QDir>
#include <QDirIterator>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace berth::ui {

using core::LaunchProblem;
using core::LaunchSpec;
using Field = core::LaunchProblem::Field;

LaunchPanel::LaunchPanel(core::EngineClient *engine, core::Settings &settings, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_settings(settings),
      m_presets(new core::PresetStore(settings.dataDir(), this)),
      m_profiles(new core::ProfileStore(settings.dataDir(), this)), m_credentials(new core::DockerCredentials(this)),
      m_ownInventory(new core::GpuInventory(this)), m_ownHolders(new core::GpuHolderScanner(engine, this)),
      m_inventory(m_ownInventory), m_session(new core::LaunchSession(engine, m_credentials, this)),
      m_profileList(new ProfileList(
          m_profiles, [this] { return spec(); }, this)),
      m_title(new QLabel(this)), m_profileLabel(new QLabel(this)), m_replacedNote(new QLabel(this)),
      m_undo(new QPushButton(this)), m_paste(new QPushButton(this)), m_messages(new MessageBar(this)),
      m_scroll(new QScrollArea(this)), m_form(new LaunchForm), m_preview(new CommandPreview(this)),
      m_statusIcon(new QLabel(this)), m_status(new QLabel(this)), m_pullArea(new QWidget(this)),
      m_cancel(new QPushButton(this)), m_run(new QPushButton(this)), m_validateTimer(new QTimer(this)),
      m_imageTimer(new QTimer(this)), m_draftTimer(new QTimer(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("launchPanel"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_status->setObjectName(QStringLiteral("launchStatus"));
    m_messages->setObjectName(QStringLiteral("launchMessages"));
    m_undo->setObjectName(QStringLiteral("undoReplaceButton"));

    // Left: saved and recent launches. Right: the form, the docker run line, Run.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("launchSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);
    m_profileList->setMinimumWidth(170);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addWidget(m_profileList);
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(4, 8, 8, 8);
    column->setSpacing(6);
    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_profileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_replacedNote->hide();
    m_undo->hide();
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_profileLabel);
    header->addSpacing(12);
    header->addWidget(m_replacedNote);
    header->addWidget(m_undo);
    header->addStretch(1);
    header->addWidget(m_paste);
    column->addLayout(header);
    column->addWidget(m_messages);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_form);
    column->addWidget(m_scroll, 1);
    column->addWidget(m_preview);
    auto *bottom = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // engine errors and container names land here
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *pullLayout = new QVBoxLayout(m_pullArea);
    pullLayout->setContentsMargins(0, 0, 0, 0);
    m_pullArea->setMinimumWidth(320);
    m_pullArea->hide();
    m_run->setDefault(true);
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setMinimumWidth(110);
    QFont runFont = m_run->font();
    runFont.setBold(true);
    m_run->setFont(runFont);
    m_cancel->hide();
    bottom->addWidget(m_statusIcon, 0, Qt::AlignTop);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_pullArea, 1);
    bottom->addWidget(m_cancel, 0, Qt::AlignBottom);
    bottom->addWidget(m_run, 0, Qt::AlignBottom);
    column->addLayout(bottom);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1050});

    // The form's parts.
    m_form->setPresetStore(m_presets);
    GpuPicker *gpus = m_form->gpuPicker();
    gpus->setOwnerPolicy(m_owners);
    gpus->setSources(m_ownInventory, m_ownHolders);
    if (m_engine) {
        gpus->setEngineEndpoint(m_engine->endpoint());
        gpus->checkCapability(m_engine);
        m_form->mountEditor()->setEngine(m_engine);
        const auto useEndpoint = [this](const core::Endpoint &endpoint) {
            m_form->setServer(endpoint.serverName(), endpoint.scheme() != core::Endpoint::Scheme::Tcp);
        };
        useEndpoint(m_engine->endpoint());
        // Another server: the host paths are now named and checked there; what is typed stays.
        connect(m_engine, &core::EngineClient::endpointChanged, this, [this, useEndpoint](const core::Endpoint &e) {
            useEndpoint(e);
            m_form->gpuPicker()->setEngineEndpoint(e);
            m_form->mountEditor()->setEngine(m_engine);
            m_validateTimer->start();
        });
    }

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, [this] { validate(false); });
    m_imageTimer->setSingleShot(true);
    m_imageTimer->setInterval(500);
    connect(m_imageTimer, &QTimer::timeout, this, &LaunchPanel::checkImage);

    connect(m_form, &LaunchForm::changed, this, &LaunchPanel::onFormChanged);
    connect(m_form->mountEditor(), &MountEditor::validated, this, [this] { m_validateTimer->start(); });
    connect(m_form, &LaunchForm::presetChosen, this, &LaunchPanel::applyPreset);
    connect(m_form, &LaunchForm::browseTagsRequested, this, &LaunchPanel::openTagBrowser);
    connect(m_form, &LaunchForm::sendFolderChosen, this, &LaunchPanel::sendProjectFrom);
    connect(m_form, &LaunchForm::browseServerFolderRequested, this, [this] {
        if (!m_engine)
            return;
        auto *dialog = new ServerFolderDialog(m_engine->endpoint(), spec().projectFolder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_form->setSendFrom({}, {});
            m_form->setProjectFolder(dialog->chosenFolder());
        });
        dialog->open();
    });
    connect(m_form, &LaunchForm::fetchOutputsRequested, this, [this] {
        bool ok = false;
        const QString sub =
            QInputDialog::getText(this, tr("Fetch outputs"),
                                  tr("Folder of the project on %1 to copy back (into the same folder here):")
                                      .arg(m_engine ? m_engine->endpoint().serverName() : QString()),
                                  QLineEdit::Normal, QStringLiteral("outputs"), &ok);
        if (ok)
            fetchOutputs(sub);
    });
    connect(m_form, &LaunchForm::saveAsPresetRequested, this, &LaunchPanel::saveAsPreset);
    connect(m_form, &LaunchForm::removePresetRequested, this, &LaunchPanel::removePreset);
    connect(m_form, &LaunchForm::imageChanged, this, [this](const QString &repository, const QString &tag) {
        // What the tag says about CUDA, for the GPU picker's driver check (no network: the tag name says it).
        const core::TagFacts facts = core::TagFacts::parse(core::TagFacts::grammarFor(repository), tag);
        m_form->gpuPicker()->setRequiredDriver(facts.cudaVersion(), facts.minimumDriver());
        m_form->clearStatusNote(Field::Image);
        m_imageTimer->start();
    });
    connect(m_paste, &QPushButton::clicked, this, &LaunchPanel::openPasteDialog);
    connect(m_run, &QPushButton::clicked, this, &LaunchPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &LaunchPanel::cancel);
    connect(m_undo, &QPushButton::clicked, this, &LaunchPanel::undoReplace);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runShortcut, &QShortcut::activated, this, &LaunchPanel::run);

    connect(m_profileList, &ProfileList::loadRequested, this, [this](const LaunchSpec &spec, const QString &name) {
        replaceForm(spec);
        m_replacedWhy = [name] { return tr("Loaded %1.").arg(name.isEmpty() ? tr("a recent launch") : name); };
        retranslate();
    });
    connect(m_profileList, &ProfileList::currentProfileChanged, this, [this] { retranslate(); });
    connect(m_profileList, &ProfileList::message, this, [this](const QString &text, bool error) {
        showMessage(int(error ? MessageBar::Kind::Error : MessageBar::Kind::Information), [text] { return text; });
    });

    if (m_engine) {
        // The runtimes the engine has, so --runtime banana is refused before anything is created.
        m_engine->info(this, [this](const core::Result<core::EngineInfo> &info) {
            if (info.ok())
                m_runtimes = info->runtimes;
        });
    }
    connect(m_session, &core::LaunchSession::stageChanged, this, &LaunchPanel::onStage);
    connect(m_session, &core::LaunchSession::pullStarted, this, [this] { showPullProgress(m_session->imagePull()); });
    connect(m_session, &core::LaunchSession::sendProgress, this, [this](int percent) {
        const QString server = m_engine->endpoint().serverName();
        setStatus(Tone::Busy,
                  [server, percent] { return tr("Sending the project to %1… %2%").arg(server).arg(percent); });
    });
    connect(m_session, &core::LaunchSession::projectSent, this,
            [this](const QStringList &files) { m_lastCopied = files; });
    connect(m_session, &core::LaunchSession::attachRequested, this, &LaunchPanel::attachRequested);
    connect(m_session, &core::LaunchSession::failed, this, &LaunchPanel::onFailed);
    connect(m_session, &core::LaunchSession::cancelled, this, [this] {
        setStatus(Tone::Plain, [] { return tr("Cancelled. Nothing was launched."); });
        updateButtons();
    });
    connect(m_session, &core::LaunchSession::launched, this, [this](const QString &id, const QString &name) {
        m_profiles->addRecent(m_launchSpec, m_launchProfile);
        m_lastExit.reset();
        const bool detach = m_launchSpec.detach;
        setStatus(Tone::Good, [name, detach] {
            return detach ? tr("Started %1 in the background.").arg(name) : tr("%1 is running.").arg(name);
        });
        updateButtons();
        Q_EMIT launched(id, name, m_launchSpec.tty, m_launchSpec.interactive);
    });
    connect(m_session, &core::LaunchSession::exited, this, [this](const QString &id, const QString &name, int code) {
        m_lastExit = code;
        setStatus(code == 0 ? Tone::Good : Tone::Warning,
                  [name, code] { return tr("%1 exited with code %2.").arg(name).arg(code); });
        Q_EMIT exited(id, name, code);
    });

    m_profiles->load();
    if (const std::optional<core::Preset> first =
            m_presets->presets().isEmpty() ? std::nullopt : std::optional<core::Preset>(m_presets->presets().first())) {
        m_form->setCurrentPresetId(first->id);
        m_form->setSpec(first->instantiate({}, m_settings.value(core::Settings::PipCacheVolume).toString()));
    }
    restoreDraft();
    // What is typed survives a restart (or a crash): written a moment after each change, and when the panel goes.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &LaunchPanel::saveDraft);
    connect(m_form, &LaunchForm::changed, m_draftTimer, qOverload<>(&QTimer::start));
    m_splitter->restoreState(m_settings.value(core::Settings::LaunchSplitterState).toByteArray());
    setStatus(Tone::Plain, [] { return tr("Fill in the form and press Run."); });
    retranslate();
    updateButtons();
}

LaunchPanel::~LaunchPanel()
{
    if (m_draftTimer->isActive())
        saveDraft();
    m_settings.setValue(core::Settings::LaunchSplitterState, m_splitter->saveState());
    disconnectChildSignals(this);
}

QString LaunchPanel::draftPath() const
{
    return QDir(m_settings.dataDir()).filePath(QStringLiteral("launch-draft.json"));
}

void LaunchPanel::saveDraft()
{
    m_draftTimer->stop();
    QJsonObject o;
    o[QLatin1String("spec")] = spec().toJson();
    o[QLatin1String("preset")] = m_form->currentPresetId();
    QString error;
    if (core::JsonStoreFile::write(draftPath(), QJsonDocument(o).toJson(QJsonDocument::Compact), &error)) {
        m_draftFailing = false;
        return;
    }
    qWarning("berth: the typed launch form could not be kept: %s", qPrintable(error));
    // Said once, until a write works again: the form itself is untouched, only the copy for the next start is
    // missing (the last one that was written stays whole).
    if (std::exchange(m_draftFailing, true))
        return;
    setStatus(Tone::Warning, [error] {
        return tr("The typed form could not be kept for the next start; it stays here while Berth runs. Save it as a "
                  "profile once there is room. %1")
            .arg(error);
    });
}

void LaunchPanel::restoreDraft()
{
    const core::JsonStoreFile::Loaded draft =
        core::JsonStoreFile::read(draftPath(), {{QLatin1StringView("spec"), QJsonValue::Object}});
    if (!draft.existed || !draft.error.isEmpty())
        return;
    const LaunchSpec spec = LaunchSpec::fromJson(draft.object.value(QLatin1String("spec")).toObject());
    m_form->setSpec(spec);
    m_form->setCurrentPresetId(draft.object.value(QLatin1String("preset")).toString());
}

LaunchSpec LaunchPanel::spec() const
{
    return m_form->spec();
}

bool LaunchPanel::imageHasBash() const
{
    return m_form->imageHasBash();
}

void LaunchPanel::setSpec(const LaunchSpec &spec, bool imageHasBash)
{
    LaunchSpec s = spec;
    if (!imageHasBash && s.requirements.usesBash())
        s.requirements.shell = QStringLiteral("/bin/sh");
    replaceForm(s);
}

QString LaunchPanel::currentProfile() const
{
    return m_profileList->currentProfile();
}

void LaunchPanel::setLab(core::LabMonitor *lab)
{
    m_lab = lab;
    delete m_chooser;
    m_chooser = nullptr;
    ServerField *field = m_form->serverField();
    if (lab) {
        m_chooser = new core::ServerChooser(lab, this);
        connect(m_chooser, &core::ServerChooser::chosen, this, [this](const core::ServerChooser::Outcome &outcome) {
            ServerField *field = m_form->serverField();
            field->setAsking(false);
            QString text = outcome.choice.reason;
            if (!outcome.withImage.isEmpty())
                text += QLatin1Char('\n') + tr("Have the image: %1").arg(outcome.withImage.join(QStringLiteral(", ")));
            if (!outcome.unanswered.isEmpty()) {
                text += QLatin1Char('\n') +
                        tr("Did not answer in time: %1").arg(outcome.unanswered.join(QStringLiteral(", ")));
            }
            field->showFinding([text] { return text; }, outcome.choice.ok());
            if (outcome.choice.ok() && outcome.choice.name != field->current())
                Q_EMIT serverSwitchRequested(outcome.choice.name);
        });
        connect(lab, &core::LabMonitor::serversChanged, this, &LaunchPanel::fillServers, Qt::UniqueConnection);
    }
    connect(field, &ServerField::serverChosen, this, &LaunchPanel::serverSwitchRequested, Qt::UniqueConnection);
    connect(field, &ServerField::bestServerRequested, this, &LaunchPanel::chooseBestServer, Qt::UniqueConnection);
    if (m_engine)
        connect(m_engine, &core::EngineClient::endpointChanged, this, &LaunchPanel::fillServers, Qt::UniqueConnection);
    fillServers();
}

void LaunchPanel::fillServers()
{
    core::ServerDirectory *directory = m_lab ? m_lab->directory() : nullptr;
    QList<QPair<QString, QString>> servers;
    if (directory) {
        for (const core::Server &server : directory->servers())
            servers.append({server.name, server.endpoint.host()});
    }
    QString current = m_engine ? m_engine->endpoint().contextName() : QString();
    if (current.isEmpty())
        current = QStringLiteral("default");
    m_form->serverField()->setServers(servers, current);
    // One server: nothing to choose, no row.
    m_form->setServerRowVisible(servers.size() > 1);
}

void LaunchPanel::chooseBestServer()
{
    if (!m_chooser || m_chooser->isBusy())
        return;
    const core::LaunchSpec s = spec();
    int gpus = 0;
    switch (s.gpus.mode) {
    case core::GpuRequest::Mode::None:
        break;
    case core::GpuRequest::Mode::All:
        gpus = 1;
        break;
    case core::GpuRequest::Mode::Count:
        gpus = qMax(1, s.gpus.count);
        break;
    case core::GpuRequest::Mode::Devices:
        gpus = int(s.gpus.deviceIds.size());
        break;
    }
    m_form->serverField()->setAsking(true);
    m_form->serverField()->showFinding({}, true);
    m_chooser->choose(s.image.isEmpty() ? QString() : s.imageReference(), gpus);
}

void LaunchPanel::setGpuSources(core::GpuInventory *inventory, core::GpuHolderScanner *holders)
{
    m_inventory = inventory ? inventory : m_ownInventory;
    m_form->gpuPicker()->setSources(m_inventory, holders ? holders : m_ownHolders);
}

QString LaunchPanel::engineHost() const
{
    return m_engine ? m_engine->endpoint().host() : QString();
}

void LaunchPanel::replaceForm(const LaunchSpec &spec)
{
    // Whatever was typed can come back with one click.
    Replaced before;
    before.spec = m_form->spec();
    before.profile = m_profileList->currentProfile();
    before.preset = m_form->currentPresetId();
    m_replaced = before;
    m_replacedWhy = {};
    m_form->clearFailureNote();
    m_form->setSpec(spec);
    m_undo->show();
    m_replacedNote->show();
    retranslate();
}

void LaunchPanel::undoReplace()
{
    if (!m_replaced)
        return;
    const Replaced back = *m_replaced;
    m_replaced.reset();
    m_form->setSpec(back.spec);
    m_form->setCurrentPresetId(back.preset);
    m_profileList->setCurrentProfile(back.profile);
    m_undo->hide();
    m_replacedNote->hide();
    retranslate();
}

void LaunchPanel::applyPreset(const QString &presetId)
{
    const std::optional<core::Preset> preset = m_presets->preset(presetId);
    if (!preset)
        return;
    const LaunchSpec now = m_form->spec();
    LaunchSpec next =
        preset->instantiate(now.projectFolder, m_settings.value(core::Settings::PipCacheVolume).toString());
    // A preset sets the framework; what the user runs in it stays.
    next.command = now.command;
    next.requirements.enabled = now.requirements.enabled;
    next.requirements.file = now.requirements.file;
    next.requirements.shell = now.requirements.shell;
    if (!now.requirements.cacheVolume.isEmpty())
        next.requirements.cacheVolume = now.requirements.cacheVolume;
    // An engine known to have no NVIDIA runtime cannot honour the preset's GPUs: do not pick them for the user.
    if (m_form->gpuPicker()->capability().isUnavailable())
        next.gpus = core::GpuRequest();
    replaceForm(next);
    m_form->setCurrentPresetId(presetId);
    const QString name = preset->displayName();
    m_replacedWhy = [name] { return tr("Started from the %1 preset.").arg(name); };
    retranslate();
}

QList<LaunchProblem> LaunchPanel::importCommand(const QString &line, const QString &projectFolder)
{
    const QString folder = projectFolder.isEmpty() ? m_form->spec().projectFolder : projectFolder;
    const core::DockerRunParser::Result result =
        core::DockerRunParser::parse(line, core::DockerRunParser::systemOptions(folder));
    importParsed(result);
    return result.problems;
}

void LaunchPanel::importParsed(const core::DockerRunParser::Result &result)
{
    replaceForm(result.spec);
    m_form->showPresetForImage(result.spec.image);
    m_profileList->setCurrentProfile({});
    m_replacedWhy = [] { return tr("Filled from a docker run command."); };
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const LaunchProblem &p : result.problems)
            lines << QStringLiteral("• ") + KoreanParticles::resolve(p.message);
        const bool errors = !result.ok();
        const QString list = lines.join(QLatin1Char('\n'));
        showMessage(int(errors ? MessageBar::Kind::Warning : MessageBar::Kind::Information), [list, errors] {
            return (errors ? tr("Parts of the command could not be mapped and were left out:")
                           : tr("Notes on the imported command:")) +
                   QLatin1Char('\n') + list;
        });
    }
    retranslate();
}

void LaunchPanel::openPasteDialog()
{
    auto *dialog = new PasteCommandDialog(m_form->spec().projectFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importParsed(dialog->result()); });
    dialog->open();
}

void LaunchPanel::openTagBrowser()
{
    auto *dialog = new TagBrowserDialog(m_settings, m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->browser()->setCredentials(m_credentials);
    if (m_inventory)
        dialog->browser()->setHostDriverVersion(m_inventory->driverVersion());
    const LaunchSpec now = m_form->spec();
    if (!now.image.isEmpty()) {
        dialog->browser()->setRepository(now.image);
        if (!now.tag.isEmpty())
            dialog->browser()->selectTag(now.tag);
    }
    connect(dialog, &TagBrowserDialog::tagChosen, this, [this](const QString &ref) {
        LaunchSpec chosen;
        chosen.setImageReference(ref);
        m_form->imageEdit()->setText(chosen.image);
        m_form->tagEdit()->setText(chosen.tag);
        m_form->showPresetForImage(chosen.image);
    });
    dialog->open();
}

void LaunchPanel::onFormChanged()
{
    QList<LaunchProblem> formProblems;
    const LaunchSpec spec = m_form->spec(&formProblems);
    QString problem;
    for (const LaunchProblem &p : std::as_const(formProblems)) {
        if (p.isError() && p.field == Field::Command) {
            problem = p.message;
            break;
        }
    }
    m_preview->setSpec(spec, m_form->imageHasBash(), problem);
    m_validateTimer->start();
}

void LaunchPanel::validate(bool forRun)
{
    QList<LaunchProblem> formProblems;
    const LaunchSpec spec = m_form->spec(&formProblems);
    const quint64 generation = ++m_validation;
    // stat() calls on the host paths: off the UI thread, in case they sit on network storage.
    const auto validateOff = [this, generation, spec, formProblems, forRun](core::LaunchValidator::Options options) {
        core::handBack(QtConcurrent::run([spec, options] { return core::LaunchValidator::validate(spec, options); }),
                       this, [this, generation, spec, formProblems, forRun](const QList<LaunchProblem> &problems) {
                           if (generation == m_validation)
                               onValidated(spec, formProblems + problems, forRun);
                       });
    };
    core::LaunchValidator::Options options;
    options.knownRuntimes = m_runtimes;
    // The facts the mount editor judged its rows by, so both find the same mount problems.
    options.host = m_form->mountEditor()->hostContext();
    if (!m_engine || !m_engine->endpoint().isRemote()) {
        validateOff(options);
        return;
    }
    // The host paths are on the engine's server: ask it first (one command over its ssh session), unless it
    // answered for these paths a moment ago and this is not Run.
    const QString server = m_engine->endpoint().host();
    const QStringList paths = core::LaunchValidator::serverPathsToCheck(spec);
    if (const std::optional<core::ServerPaths> kept = m_serverPaths.find(server, paths); kept && !forRun) {
        options.server = kept;
        validateOff(options);
        return;
    }
    ++m_serverPathProbes;
    core::ServerPathProbe::probe(
        m_engine->endpoint(), paths, this,
        [this, server, validateOff, options](const std::optional<core::ServerPaths> &answer) mutable {
            if (answer)
                m_serverPaths.store(server, *answer);
            options.server = answer;
            validateOff(options);
        });
}

void LaunchPanel::onValidated(const LaunchSpec &spec, QList<LaunchProblem> problems, bool forRun)
{
    if (forRun)
        m_validatingForRun = false;
    MountEditor *mounts = m_form->mountEditor();
    QString mountReason;
    const bool mountsOk = forRun ? mounts->canRun(&mountReason) : !LaunchProblem::hasErrors(mounts->problems());
    // The mount editor shows its rows' problems, errors and warnings, found by the same MountValidator (told the pip
    // cache's container path too): the form repeats none of them. Whatever the editor does not show (its results
    // can be a step behind the spec validated here) stays for the form's note on the mounts.
    const QList<LaunchProblem> shownByEditor = mounts->problems();
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [&shownByEditor](const LaunchProblem &p) {
                                      return p.field == Field::Mounts &&
                                             std::any_of(shownByEditor.begin(), shownByEditor.end(),
                                                         [&p](const LaunchProblem &q) {
                                                             return q.index == p.index && q.code == p.code &&
                                                                    q.part == p.part && q.severity == p.severity;
                                                         });
                                  }),
                   problems.end());
    // The GPU picker already shows its own problem (no NVIDIA runtime, …): it blocks Run but is not repeated.
    m_form->setProblems(problems, m_runAttempted);
    const QString gpuProblem = m_form->gpuPicker()->problem();
    if (!gpuProblem.isEmpty()) {
        LaunchProblem p;
        p.code = LaunchProblem::Code::InvalidValue;
        p.field = Field::Gpus;
        p.message = gpuProblem;
        problems << p;
    }
    if (!forRun) {
        updateButtons();
        return;
    }

    QStringList general;
    for (const LaunchProblem &p : std::as_const(problems)) {
        if (p.field == Field::None && p.isError())
            general << p.message;
    }
    const bool errors = LaunchProblem::hasErrors(problems) || !mountsOk;
    if (errors) {
        // Name the first field to fix, in the order the form shows them, and take the user there.
        const Field firstField = LaunchForm::firstErrorField(problems);
        const Field named = firstField != Field::None ? firstField : !mountsOk ? Field::Mounts : Field::None;
        setStatus(Tone::Error, [this, named] {
            const QString title = named == Field::None ? QString() : m_form->fieldTitle(named);
            return title.isEmpty()
                       ? tr("Nothing was launched: fix the marked fields first.")
                       : tr("Nothing was launched: fix the marked fields first, starting with “%1”.").arg(title);
        });
        if (!general.isEmpty()) {
            const QString text = general.join(QLatin1Char('\n'));
            showMessage(int(MessageBar::Kind::Error), [text] { return text; });
        }
        // Take the user to the first field that needs them, in the order the form shows them.
        const Field first = LaunchForm::firstErrorField(problems);
        if (first != Field::None)
            m_form->revealField(first);
        else if (!mountsOk)
            m_form->revealField(Field::Mounts);
        updateButtons();
        return;
    }

    // Risks on a shared server, confirmed one by one.
    const QStringList risks = mounts->warningsToConfirm();
    if (!risks.isEmpty() &&
        !askBeforeRun(QMessageBox::Warning, QStringLiteral("mountRiskConfirmation"), tr("Run with these mounts?"),
                      tr("Some mounts are risky on a shared server:"),
                      QStringLiteral("• ") + risks.join(QStringLiteral("\n• ")), tr("Run anyway"))) {
        return;
    }
    if (!m_form->gpuPicker()->confirmSharing(this)) {
        setStatus(Tone::Plain, [] { return tr("Not launched."); });
        updateButtons();
        return;
    }
    confirmSendThenLaunch(spec);
}

namespace {
// What a send would copy, roughly (before .gitignore): the size warning's figure. Runs off the UI thread.
qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.filePath().contains(QLatin1String("/.git/")))
            bytes += it.fileInfo().size();
    }
    return bytes;
}
} // namespace

bool LaunchPanel::askBeforeRun(QMessageBox::Icon icon, const QString &name, const QString &title, const QString &text,
                               const QString &details, const QString &goLabel)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, this);
    box.setObjectName(name);
    if (!details.isEmpty())
        box.setInformativeText(details);
    QPushButton *go = box.addButton(goLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == go)
        return true;
    setStatus(Tone::Plain, [] { return tr("Not launched."); });
    updateButtons();
    return false;
}

void LaunchPanel::confirmSendThenLaunch(const LaunchSpec &spec)
{
    if (!m_engine || !core::LaunchSession::sendsProject(spec, m_engine->endpoint())) {
        startLaunch(spec);
        return;
    }
    const QString from = spec.sendFrom;
    setStatus(Tone::Busy, [from] { return tr("Measuring %1…").arg(from); });
    m_validatingForRun = true; // busy until the copy starts
    updateButtons();
    core::handBack(QtConcurrent::run(folderBytes, from), this, [this, spec](qint64 bytes) {
        m_validatingForRun = false;
        const qint64 warnBytes = m_settings.value(core::Settings::SendWarnMiB).toLongLong() * 1024 * 1024;
        if (warnBytes > 0 && bytes > warnBytes) {
            if (!askBeforeRun(QMessageBox::Question, QStringLiteral("sendSizeConfirmation"),
                              tr("Send %1?").arg(core::ByteSize::format(bytes)),
                              tr("The folder %1 holds %2 (more than %3). The first run sends all of it to %4; later "
                                 "runs send only what changed. Folders such as data/ or .venv/ can stay here: name "
                                 "them in a .gitignore file.")
                                  .arg(spec.sendFrom, core::ByteSize::format(bytes), core::ByteSize::format(warnBytes),
                                       m_engine->endpoint().serverName()),
                              {}, tr("Send and run"))) {
                return;
            }
        }
        startLaunch(spec); // the launch session sends the project first
    });
}

void LaunchPanel::sendProjectFrom(const QString &localFolder)
{
    if (!m_engine || m_engine->endpoint().scheme() != core::Endpoint::Scheme::Ssh || localFolder.isEmpty())
        return;
    const QString base = m_settings.value(core::Settings::RemoteProjectsFolder).toString();
    const QString name = QFileInfo(QDir::cleanPath(localFolder)).fileName();
    if (base.startsWith(QLatin1Char('/'))) {
        m_form->setSendFrom(localFolder, QDir::cleanPath(base + QLatin1Char('/') + name));
        return;
    }
    // A folder in the home on the server: the mount needs its full path, so ask the server where home is.
    core::SshSession *ssh = core::SshSession::forDestination(m_engine->endpoint().ssh());
    const QString server = m_engine->endpoint().serverName();
    setStatus(Tone::Busy, [server] { return tr("Asking %1 for the home folder…").arg(server); });
    ssh->run(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf %s \"$HOME\"")}, this,
        [this, localFolder, base, name, server](const core::SshCommandResult &r) {
            const QString home = QString::fromUtf8(r.standardOutput).trimmed();
            if (!r.ok() || !home.startsWith(QLatin1Char('/'))) {
                setStatus(Tone::Error, [server] {
                    return tr("%1 did not say where the home folder is: type the project folder on %1.").arg(server);
                });
                return;
            }
            setStatus(Tone::Plain, [] { return tr("Fill in the form and press Run."); });
            m_form->setSendFrom(localFolder, QDir::cleanPath(home + QLatin1Char('/') + base + QLatin1Char('/') + name));
        });
}

void LaunchPanel::fetchOutputs(const QString &subfolder)
{
    const LaunchSpec s = spec();
    if (m_sync || m_session->isBusy() || s.sendFrom.isEmpty() || s.projectFolder.isEmpty() || !m_engine ||
        m_engine->endpoint().scheme() != core::Endpoint::Scheme::Ssh)
        return;
    const QString sub = QDir::cleanPath(subfolder.trimmed());
    const QString remote =
        sub.isEmpty() || sub == QLatin1String(".") ? s.projectFolder : s.projectFolder + QLatin1Char('/') + sub;
    const QString local = sub.isEmpty() || sub == QLatin1String(".") ? s.sendFrom : s.sendFrom + QLatin1Char('/') + sub;
    const QString server = m_engine->endpoint().serverName();
    const auto busy = [remote, server](int percent) {
        return percent < 0 ? tr("Fetching %1 from %2…").arg(remote, server)
                           : tr("Fetching %1 from %2… %3%").arg(remote, server).arg(percent);
    };
    m_sync = new core::ProjectSync(core::SshSession::forDestination(m_engine->endpoint().ssh()), this);
    setStatus(Tone::Busy, [busy] { return busy(-1); });
    connect(m_sync, &core::ProjectSync::progress, this,
            [this, busy](int percent) { setStatus(Tone::Busy, [busy, percent] { return busy(percent); }); });
    connect(m_sync, &core::ProjectSync::finished, this,
            [this, local, remote, server](const core::ProjectSync::Result &r) {
                m_sync->deleteLater();
                m_sync = nullptr;
                m_lastCopied = r.transferred;
                if (r.ok) {
                    const int count = int(r.transferred.size());
                    setStatus(Tone::Good,
                              [count, local] { return tr("Fetched %n file(s) into %1.", nullptr, count).arg(local); });
                } else {
                    const QString why = r.error;
                    setStatus(Tone::Error, [remote, server, why] {
                        return tr("Could not fetch %1 from %2: %3").arg(remote, server, why);
                    });
                }
                updateButtons();
            });
    updateButtons();
    m_sync->fetch(remote, local);
}

void LaunchPanel::run()
{
    if (m_session->isBusy() || m_validatingForRun)
        return;
    m_runAttempted = true;
    m_validatingForRun = true;
    m_form->clearFailureNote();
    m_messages->clear();
    m_messageText = {};
    setStatus(Tone::Busy, [] { return tr("Checking the launch…"); });
    updateButtons();
    validate(true);
}

void LaunchPanel::startLaunch(const LaunchSpec &spec)
{
    core::LaunchSession::Request request;
    request.spec = spec;
    request.build.owner = m_owners.userName();
    request.build.profileName = m_profileList->currentProfile();
    request.attach = spec.interactive && isSignalConnected(QMetaMethod::fromSignal(&LaunchPanel::attachRequested));
    request.keepFailedStart = m_form->advanced()->keepFailedStart();
    // --gpus free=N: named on the engine's own server at Run time (nvidia-smi here or over its ssh session).
    if (m_engine)
        request.resolveFreeGpus =
            core::FreeGpuFinder::resolver(m_engine, core::LabMonitor::runnerFor(m_engine->endpoint()));
    m_launchSpec = spec;
    m_launchProfile = m_profileList->currentProfile();
    m_session->start(request);
    updateButtons();
}

void LaunchPanel::cancel()
{
    if (m_sync)
        m_sync->cancel();
    m_session->cancel();
    updateButtons();
}

void LaunchPanel::continueAfterAttach(const QString &containerId)
{
    m_session->continueAfterAttach(containerId);
}

void LaunchPanel::abortAttach(const QString &containerId, const QString &reason)
{
    m_session->abortAttach(containerId, reason);
}

bool LaunchPanel::isLaunching() const
{
    return m_session->isBusy() || m_validatingForRun || m_sync;
}

QString LaunchPanel::statusText() const
{
    return m_status->text();
}

void LaunchPanel::onStage(core::LaunchSession::Stage stage)
{
    using Stage = core::LaunchSession::Stage;
    const QString image = m_launchSpec.imageReference();
    const QString volume = m_launchSpec.requirements.cacheVolume;
    switch (stage) {
    case Stage::SendingProject: {
        const QString server = m_engine->endpoint().serverName();
        setStatus(Tone::Busy, [server] { return tr("Sending the project to %1…").arg(server); });
        break;
    }
    case Stage::PreparingVolume:
        setStatus(Tone::Busy, [volume] { return tr("Preparing the pip cache volume %1…").arg(volume); });
        break;
    case Stage::CheckingImage:
        setStatus(Tone::Busy, [image] { return tr("Looking for %1 on the engine…").arg(image); });
        break;
    case Stage::Pulling:
        setStatus(Tone::Busy, [image] { return tr("%1 is not on this engine yet: pulling it first.").arg(image); });
        break;
    case Stage::Building:
        // The image is on the engine now (found, or just pulled).
        m_form->clearStatusNote(Field::Image);
        setStatus(Tone::Busy, [] { return tr("Creating the container…"); });
        break;
    case Stage::Creating:
        setStatus(Tone::Busy, [] { return tr("Creating the container…"); });
        break;
    case Stage::WaitingForAttach: {
        const QString name = m_session->containerName();
        setStatus(Tone::Busy, [name] { return tr("Created %1; waiting for the terminal to attach…").arg(name); });
        break;
    }
    case Stage::Starting:
        setStatus(Tone::Busy, [] { return tr("Starting…"); });
        break;
    default:
        break;
    }
    if (stage != Stage::Pulling && m_pullWidget && !(m_pull && m_pull->isRunning()) && stage != Stage::Failed) {
        // Keep a finished pull's summary only until the launch moves on.
        if (stage == Stage::Running || stage == Stage::Idle) {
            m_pullWidget->deleteLater();
            m_pullArea->hide();
        }
    }
    updateButtons();
}

void LaunchPanel::onFailed(const core::LaunchSession::Failure &failure)
{
    const LaunchSpec spec = m_launchSpec;
    const QString host = engineHost();
    using Step = core::LaunchSession::Step;
    if (failure.step == Step::Build || failure.step == Step::Parse || failure.step == Step::Validate) {
        QList<LaunchProblem> problems = m_form->problems();
        problems << failure.problems;
        m_form->setProblems(problems, true);
        const Field first = LaunchForm::firstErrorField(failure.problems);
        if (first != Field::None)
            m_form->revealField(first);
    } else {
        const LaunchFailureText::Placement placement = LaunchFailureText::place(failure, spec, host);
        if (placement.field != Field::None) {
            LaunchForm::Note note;
            note.kind = FieldNote::Kind::Error;
            note.text = [failure, spec, host] { return LaunchFailureText::place(failure, spec, host).text; };
            if (placement.offerPull) {
                note.actionLabel = [] { return tr("Pull"); };
                note.action = [this] { pullImageNow(); };
            } else if (placement.offerShellSh) {
                note.actionLabel = [] { return tr("Use sh"); };
                note.action = [this] { m_form->setImageHasBash(false); };
            } else if (placement.field == Field::Name) {
                note.actionLabel = [] { return tr("Clear the name"); };
                note.action = [this] {
                    LaunchSpec s = m_form->spec();
                    s.name.clear();
                    m_form->setSpec(s);
                };
            }
            m_form->setFailureNote(placement.field, note);
            m_form->revealField(placement.field);
        }
        const bool showDetail = placement.field == Field::None;
        showMessage(int(MessageBar::Kind::Error), [failure, spec, host, showDetail] {
            QString text = LaunchFailureText::summary(failure, host);
            if (showDetail)
                text = LaunchFailureText::place(failure, spec, host).text + QLatin1Char(' ') + text;
            return text;
        });
    }
    setStatus(Tone::Error, [] { return tr("Nothing was launched."); });
    updateButtons();
    if (!failure.containerId.isEmpty()) {
        const LaunchFailureText::Placement placement = LaunchFailureText::place(failure, spec, host);
        Q_EMIT launchFailed(failure.containerId,
                            placement.text + QLatin1Char(' ') + LaunchFailureText::summary(failure, host));
    }
}

void LaunchPanel::showPullProgress(core::ImagePull *pull)
{
    if (m_pullWidget)
        m_pullWidget->deleteLater();
    auto *widget = new PullProgressWidget(pull, m_pullArea);
    widget->setObjectName(QStringLiteral("pullProgress"));
    widget->setFailureShownElsewhere(true); // on the image field, with Try again
    m_pullArea->layout()->addWidget(widget);
    m_pullWidget = widget;
    m_pullArea->show();
}

void LaunchPanel::pullImageNow()
{
    if (!m_engine || (m_pull && m_pull->isRunning()) || m_session->isBusy())
        return;
    const LaunchSpec now = m_form->spec();
    const core::ImageReference reference = now.pullReference();
    if (!reference.isValid())
        return;
    if (!m_pull) {
        m_pull = new core::ImagePull(m_engine, m_credentials, this);
        connect(m_pull, &core::ImagePull::finished, this, [this](const core::EngineError &error) {
            const QString ref = m_pull->reference().toString();
            updateButtons();
            if (!error) {
                m_form->clearFailureNote();
                m_form->clearStatusNote(Field::Image);
                setStatus(Tone::Good, [ref] { return tr("Pulled %1.").arg(ref); });
                return;
            }
            if (error.kind() == core::EngineError::Kind::Cancelled) {
                setStatus(Tone::Plain, [ref] { return tr("Pull of %1 cancelled.").arg(ref); });
                return;
            }
            core::LaunchSession::Failure f;
            f.step = core::LaunchSession::Step::Pull;
            f.error = error;
            f.imageReference = ref;
            const LaunchSpec spec = m_form->spec();
            const QString host = engineHost();
            LaunchForm::Note note;
            note.kind = FieldNote::Kind::Error;
            note.text = [f, spec, host] { return LaunchFailureText::place(f, spec, host).text; };
            note.actionLabel = [] { return tr("Try again"); };
            note.action = [this] { pullImageNow(); };
            m_form->setFailureNote(Field::Image, note);
            setStatus(Tone::Error, [ref] { return tr("Could not pull %1.").arg(ref); });
        });
    }
    showPullProgress(m_pull);
    const QString ref = reference.toString();
    setStatus(Tone::Busy, [ref] { return tr("Pulling %1…").arg(ref); });
    m_pull->start(reference);
    updateButtons();
}

void LaunchPanel::checkImage()
{
    const LaunchSpec now = m_form->spec();
    if (!m_engine || now.image.isEmpty() || !core::ImageReference::isValidName(now.image)) {
        m_form->clearStatusNote(Field::Image);
        return;
    }
    const quint64 generation = ++m_imageCheck;
    const QString ref = now.imageReference();
    m_engine->inspectImage(ref, this, [this, generation, ref](const core::Result<core::ImageDetails> &r) {
        if (generation != m_imageCheck)
            return;
        if (r.ok() || r.error().kind() != core::EngineError::Kind::NotFound) {
            m_form->clearStatusNote(Field::Image);
            return;
        }
        LaunchForm::Note note;
        note.kind = FieldNote::Kind::Information;
        note.text = [ref] { return tr("%1 is not on this engine yet: Run pulls it first.").arg(ref); };
        note.actionLabel = [] { return tr("Pull now"); };
        note.action = [this] { pullImageNow(); };
        m_form->setStatusNote(Field::Image, note);
        checkTagIsListed(ref, generation);
    });
}

void LaunchPanel::checkTagIsListed(const QString &ref, quint64 generation)
{
    // The registry's last complete tag list (the tag browser's cache) knows whether the tag exists at all: better
    // said now than by a failed pull after Run. A file read: off the UI thread.
    const core::ImageReference reference = core::ImageReference::parse(ref);
    if (!reference.isValid() || reference.tag().isEmpty() || !reference.digest().isEmpty())
        return;
    const QString file = core::TagCache(m_settings.cacheDir() + QStringLiteral("/tags-cache")).fileFor(reference);
    const QString key = core::TagCache::key(reference);
    const core::TagFacts::Grammar grammar = core::TagFacts::grammarFor(reference.repository());
    core::handBack(
        QtConcurrent::run([file, key, grammar] { return core::TagCache::read(file, key, grammar); }), this,
        [this, generation, reference](const core::TagCache::Entry &entry) {
            if (generation != m_imageCheck || !entry.valid || entry.tags.isEmpty())
                return;
            for (const core::TagInfo &t : entry.tags) {
                if (t.name == reference.tag())
                    return;
            }
            const QDateTime fetched = entry.fetchedAt.toLocalTime();
            LaunchForm::Note note;
            note.kind = FieldNote::Kind::Warning;
            const qsizetype count = entry.tags.size();
            note.text = [reference, fetched, count] {
                return tr("%1 has no tag %2: it is not among the %n tags the registry listed on %3.", "", int(count))
                    .arg(reference.familiarName(), reference.tag(), QLocale().toString(fetched, QLocale::ShortFormat));
            };
            note.actionLabel = [] { return tr("Browse tags…"); };
            note.action = [this] { openTagBrowser(); };
            m_form->setStatusNote(Field::Image, note);
        });
}

void LaunchPanel::saveAsPreset()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as preset"), tr("Name of the new preset:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const LaunchSpec now = m_form->spec();
    core::Preset preset;
    preset.name = name;
    MountEditor *mounts = m_form->mountEditor();
    preset.projectTarget = mounts->projectRow() >= 0 ? mounts->projectTarget() : QString();
    preset.spec = now;
    preset.spec.projectFolder.clear();
    if (mounts->projectRow() >= 0 && mounts->projectRow() < preset.spec.mounts.size())
        preset.spec.mounts.removeAt(mounts->projectRow());
    QString why;
    if (!m_presets->addUserPreset(preset, &why)) {
        showMessage(int(MessageBar::Kind::Error), [why] { return why; });
        return;
    }
    for (const core::Preset &p : m_presets->presets()) {
        if (!p.builtIn && p.name == name)
            m_form->setCurrentPresetId(p.id);
    }
}

void LaunchPanel::removePreset(const QString &id)
{
    const std::optional<core::Preset> preset = m_presets->preset(id);
    if (!preset || preset->builtIn)
        return;
    if (QMessageBox::question(this, tr("Remove preset?"), tr("Remove the preset %1?").arg(preset->displayName())) !=
        QMessageBox::Yes)
        return;
    QString why;
    if (!m_presets->removeUserPreset(id, &why))
        showMessage(int(MessageBar::Kind::Error), [why] { return why; });
}

void LaunchPanel::setStatus(Tone tone, std::function<QString()> text)
{
    m_tone = tone;
    m_statusText = std::move(text);
    const QString now = m_statusText ? m_statusText() : QString();
    m_status->setText(now);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    switch (tone) {
    case Tone::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case Tone::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Good:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Busy:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case Tone::Plain:
        break;
    }
    if (pixmap == QStyle::SP_CustomBase)
        m_statusIcon->clear();
    else
        m_statusIcon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    Q_EMIT statusChanged(now);
}

void LaunchPanel::showMessage(int kind, std::function<QString()> text)
{
    m_messageKind = kind;
    m_messageText = std::move(text);
    m_messages->showMessage(MessageBar::Kind(kind), m_messageText());
}

void LaunchPanel::updateButtons()
{
    const bool busy = m_session->isBusy() || m_validatingForRun || m_sync;
    m_run->setEnabled(!busy && m_engine);
    using Stage = core::LaunchSession::Stage;
    const Stage stage = m_session->stage();
    // A pull has its own Cancel in the progress strip.
    m_cancel->setVisible(busy && stage != Stage::Pulling && !m_validatingForRun);
}

void LaunchPanel::retranslate()
{
    m_title->setText(tr("Launch"));
    const QString profile = m_profileList->currentProfile();
    m_profileLabel->setText(profile.isEmpty() ? tr("New launch") : tr("Profile: %1").arg(profile));
    m_paste->setText(tr("Paste a docker run command…"));
    m_paste->setToolTip(tr("Fill the form from a docker run line, for example from a tutorial"));
    m_replacedNote->setText(m_replacedWhy ? m_replacedWhy() : tr("The form was replaced."));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Bring back the form as it was before"));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Create and start the container (Ctrl+Return)"));
    m_cancel->setText(tr("Cancel"));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_messageText && m_messages->isVisible())
        m_messages->showMessage(MessageBar::Kind(m_messageKind), m_messageText());
}

void LaunchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Problems from core are worded when found: find them again in the new language.
        m_validateTimer->start();
    }
    QWidget::changeEvent(event);
}

} // namespace berth::ui
