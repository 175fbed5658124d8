// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTabWidget;
class QSplitter;
class QActionGroup;
class QMenu;

namespace berth::core {
class ContainerMonitor;
class LabMonitor;
class EngineClient;
class GpuHolderScanner;
class GpuInventory;
} // namespace berth::core

namespace berth::ui {

class ContainersPage;
class DiskPage;
class ServersPage;
class EngineStatusWidget;
class GpuPanel;
class HelpDialog;
class PreferencesDialog;
class LaunchPanel;
class LogTabs;
class MessageBar;
class ServerSwitcher;
class RunTracking;
class RunsPage;
class TagBrowser;
class TerminalPane;
class VolumesPage;

// The main window: pages on the left (containers, launch, images, volumes, GPUs), the page in the middle, and
// output/terminal tabs below. Everything is created here once; pages talk to the engine through one client.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(core::EngineClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { Containers, Launch, Images, Volumes, Gpus, Disk, Servers, Runs, PageCount };
    void showPage(int page);
    int currentPage() const;
    ContainersPage *containersPage() const { return m_containers; }
    LaunchPanel *launchPanel() const { return m_launch; }
    TagBrowser *tagBrowser() const { return m_tags; }
    VolumesPage *volumesPage() const { return m_volumes; }
    GpuPanel *gpuPanel() const { return m_gpuPanel; }
    DiskPage *diskPage() const { return m_disk; }
    ServersPage *serversPage() const { return m_serversPage; }
    core::LabMonitor *labMonitor() const { return m_lab; }
    EngineStatusWidget *engineStatus() const { return m_status; }
    ServerSwitcher *serverSwitcher() const { return m_servers; }
    core::ContainerMonitor *monitor() const { return m_monitor; }
    core::GpuInventory *gpuInventory() const { return m_gpus; }
    LogTabs *sessionTabs() const { return m_sessions; }
    RunsPage *runsPage() const { return m_runs; }
    RunTracking *runTracking() const { return m_runTracking; }

    // Output of a container in a tab below the pages (reused when already open). client: the engine of the
    // container's server when it is not this window's (a row of the merged container list).
    void openLogs(const QString &containerId, const QString &name, core::EngineClient *client = nullptr);
    // An interactive shell in a running container, in a new tab.
    TerminalPane *openShell(const QString &containerId, const QString &name, core::EngineClient *client = nullptr);

    // File > Preferences… and Help > Berth Help (non-modal, one of each).
    PreferencesDialog *showPreferences();
    HelpDialog *showHelp(const QString &topic = {});
    QAction *preferencesAction() const { return m_preferences; }
    QAction *helpAction() const { return m_help; }
    QMenu *helpTopicsMenu() const { return m_helpTopics; }

Q_SIGNALS:
    // The user picked a language in the View menu ("ko", "en", or "" for the system language).
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void saveLayout();

private:
    void addPage(QWidget *page);
    void addSession(QWidget *widget, const QString &title);
    TerminalPane *addTerminal(const QString &title, core::EngineClient *client = nullptr);
    // A tab's title for a container of another server than this window's.
    QString sessionTitle(const QString &name, core::EngineClient *client) const;
    void updateSessionsVisibility();
    void wireLaunch();
    void wireRuns();
    void retranslate();
    void buildMenus();

    core::EngineClient *m_client;
    core::ContainerMonitor *m_monitor;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    LogTabs *m_sessions;
    QSplitter *m_splitter;
    core::GpuInventory *m_gpus;
    core::GpuHolderScanner *m_gpuHolders;
    ContainersPage *m_containers;
    LaunchPanel *m_launch;
    TagBrowser *m_tags;
    VolumesPage *m_volumes;
    GpuPanel *m_gpuPanel;
    DiskPage *m_disk;
    core::LabMonitor *m_lab;
    ServersPage *m_serversPage;
    EngineStatusWidget *m_status;
    MessageBar *m_storeMessage;
    ServerSwitcher *m_servers = nullptr;
    QAction *m_serversAction = nullptr;
    RunTracking *m_runTracking;
    RunsPage *m_runs;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_help = nullptr;
    QMenu *m_helpTopics = nullptr;
    QAction *m_about = nullptr;
    PreferencesDialog *m_preferencesDialog = nullptr;
    HelpDialog *m_helpDialog = nullptr;
};

} // namespace berth::ui
