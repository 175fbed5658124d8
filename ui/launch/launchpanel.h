// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/ownerpolicy.h"
#include "lab/projectsync.h"
#include "launch/dockerrunparser.h"
#include "launch/launchproblem.h"
#include "launch/launchsession.h"
#include "launch/launchspec.h"
#include "launch/serverpathcache.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTimer;

namespace berth::core {
class DockerCredentials;
class EngineClient;
class GpuHolderScanner;
class GpuInventory;
class ImagePull;
class LabMonitor;
class PresetStore;
class ServerChooser;
class ProfileStore;
class Settings;
} // namespace berth::core

namespace berth::ui {

class CommandPreview;
class LaunchForm;
class MessageBar;
class ProfileList;

// The Launch page: saved and recent launches on the left; the form, the equivalent `docker run` line and Run on the
// right. Run validates inline, asks before risky mounts and shared GPUs, creates the pip cache volume, pulls a
// missing image with progress, creates, lets the host attach (for -i launches), starts, and reports the exit.
// A failure is shown next to the field that caused it and nothing is left half-way; the typed form is never lost.
//
// Interactive launches (-i): when something is connected to attachRequested(), the container is created and the
// panel waits. The host attaches (TerminalPane::attach(id, name)) and then calls continueAfterAttach(id) — or
// abortAttach(id, why), which removes the container. Nothing connected: the panel starts the container itself.
class LaunchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchPanel)
public:
    LaunchPanel(core::EngineClient *engine, core::Settings &settings, QWidget *parent = nullptr);
    ~LaunchPanel() override;

    // The form, as a launch. setSpec() replaces everything typed (undoReplace() brings it back).
    core::LaunchSpec spec() const;
    void setSpec(const core::LaunchSpec &spec, bool imageHasBash = true);
    bool imageHasBash() const;
    void applyPreset(const QString &presetId);
    // Fills the form from a docker run line; returns what could not be mapped.
    QList<core::LaunchProblem> importCommand(const QString &line, const QString &projectFolder = {});
    // Fills the form from a parse already made (the paste dialog's): nothing is parsed again.
    void importParsed(const core::DockerRunParser::Result &result);

    // Every server (the Servers page's monitor, not owned): the form's Server row lists them and "Best server" asks
    // them. Without it the row is hidden.
    void setLab(core::LabMonitor *lab);

    // On an ssh server: the project comes from localFolder here and goes to the projects folder on the server
    // (Settings::RemoteProjectsFolder) before each run.
    void sendProjectFrom(const QString &localFolder);
    // Copies <project on the server>/subfolder back into <the folder here>/subfolder.
    void fetchOutputs(const QString &subfolder);
    bool isCopying() const { return m_sync != nullptr; }
    // What the last copy did (tests, status).
    QStringList lastCopied() const { return m_lastCopied; }

    // Shared GPU sources (the GPU page's); without them the panel uses its own. Not owned.
    void setGpuSources(core::GpuInventory *inventory, core::GpuHolderScanner *holders);

    QString currentProfile() const;
    core::ProfileStore *profileStore() const { return m_profiles; }
    core::PresetStore *presetStore() const { return m_presets; }
    ProfileList *profileList() const { return m_profileList; }
    LaunchForm *form() const { return m_form; }
    CommandPreview *preview() const { return m_preview; }
    MessageBar *messageBar() const { return m_messages; }
    core::LaunchSession *session() const { return m_session; }
    QPushButton *runButton() const { return m_run; }

    bool isLaunching() const; // between Run and launched()/failure
    QString statusText() const;
    // How many times the form asked the engine's server about its paths (for tests: edits that keep the paths
    // reuse the last answer for a few seconds; Run always asks).
    int serverPathProbes() const { return m_serverPathProbes; }
    std::optional<int> lastExitCode() const { return m_lastExit; }
    core::LaunchSpec lastLaunchSpec() const { return m_launchSpec; }

public Q_SLOTS:
    void run();
    void cancel();
    void continueAfterAttach(const QString &containerId);
    void abortAttach(const QString &containerId, const QString &reason);
    void openPasteDialog();
    void openTagBrowser();
    void undoReplace();
    void pullImageNow();

Q_SIGNALS:
    // A launch failed after its container was created (and perhaps attached): message says what happened to it.
    void launchFailed(const QString &containerId, const QString &message);
    // Created, not started, and stdin is open: attach now, then continueAfterAttach(containerId).
    void attachRequested(const QString &containerId, const QString &name);
    // Started: open the output console (tty false) or the terminal.
    void launched(const QString &containerId, const QString &name, bool tty, bool interactive);
    void exited(const QString &containerId, const QString &name, int exitCode);
    // Everything the status line says, for a status bar.
    void statusChanged(const QString &text);
    // The user chose another server in the form (or "Best server" did): the host switches Berth to it.
    void serverSwitchRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Plain, Busy, Good, Warning, Error };
    struct Replaced
    {
        core::LaunchSpec spec; // the shell travels in spec.requirements
        QString profile;
        QString preset;
    };

    void replaceForm(const core::LaunchSpec &spec);
    void onFormChanged();
    void validate(bool forRun);
    void onValidated(const core::LaunchSpec &spec, QList<core::LaunchProblem> problems, bool forRun);
    void startLaunch(const core::LaunchSpec &spec);
    // A project to send that is larger than Settings::SendWarnMiB is asked about first; the launch sends it.
    void confirmSendThenLaunch(const core::LaunchSpec &spec);
    // Asks (modal) before Run; false, with "Not launched.", when the user does not go on.
    bool askBeforeRun(QMessageBox::Icon icon, const QString &name, const QString &title, const QString &text,
                      const QString &details, const QString &goLabel);
    void onStage(core::LaunchSession::Stage stage);
    void onFailed(const core::LaunchSession::Failure &failure);
    void showPullProgress(core::ImagePull *pull);
    void checkImage();
    void checkTagIsListed(const QString &ref, quint64 generation);
    void saveAsPreset();
    void removePreset(const QString &id);
    void setStatus(Tone tone, std::function<QString()> text);
    void showMessage(int kind, std::function<QString()> text);
    void updateButtons();
    void fillServers();
    QString draftPath() const;
    void saveDraft();
    void restoreDraft();
    void chooseBestServer();
    void retranslate();
    QString engineHost() const;

    QPointer<core::EngineClient> m_engine;
    core::Settings &m_settings;
    core::OwnerPolicy m_owners;
    core::PresetStore *m_presets;
    core::ProfileStore *m_profiles;
    core::DockerCredentials *m_credentials;
    core::GpuInventory *m_ownInventory;
    core::GpuHolderScanner *m_ownHolders;
    QPointer<core::GpuInventory> m_inventory;
    QPointer<core::LabMonitor> m_lab;
    core::ServerChooser *m_chooser = nullptr;
    core::ProjectSync *m_sync = nullptr; // fetching outputs (sending is a step of the launch session)
    QStringList m_lastCopied;
    core::LaunchSession *m_session;
    core::ImagePull *m_pull = nullptr; // "Pull now", outside a launch

    ProfileList *m_profileList;
    QLabel *m_title;
    QLabel *m_profileLabel;
    QLabel *m_replacedNote;
    QPushButton *m_undo;
    QPushButton *m_paste;
    MessageBar *m_messages;
    QScrollArea *m_scroll;
    LaunchForm *m_form;
    CommandPreview *m_preview;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QWidget *m_pullArea;
    QPointer<QWidget> m_pullWidget;
    QPushButton *m_cancel;
    QPushButton *m_run;
    QTimer *m_validateTimer;
    QTimer *m_imageTimer;
    QTimer *m_draftTimer;
    bool m_draftFailing = false; // the last draft write failed and the user was told
    QSplitter *m_splitter;

    std::optional<Replaced> m_replaced;
    std::function<QString()> m_replacedWhy;
    std::function<QString()> m_statusText;
    Tone m_tone = Tone::Plain;
    std::function<QString()> m_messageText;
    int m_messageKind = -1;
    bool m_runAttempted = false;
    bool m_validatingForRun = false;
    quint64 m_validation = 0;
    core::ServerPathCache m_serverPaths; // the server's last answer on the form's paths
    int m_serverPathProbes = 0;
    quint64 m_imageCheck = 0;
    core::LaunchSpec m_launchSpec;
    QString m_launchProfile;
    std::optional<int> m_lastExit;
    QStringList m_runtimes; // the engine's, once info() answered
};

} // namespace berth::ui
