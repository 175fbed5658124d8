// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "common/childsignals.h"
#include "common/messagebar.h"
#include "containerspage.h"
#include "containertablemodel.h"
#include "disk/diskpage.h"
#include "engine/berthlabels.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "enginestatuswidget.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupanel.h"
#include "gpu/ownerpolicy.h"
#include "helpdialog.h"
#include "i18n/languagemanager.h"
#include "lab/labcontainers.h"
#include "lab/labmonitor.h"
#include "lab/serverspage.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"
#include "launch/launchspec.h"
#include "logs/logtabs.h"
#include "mounts/volumespage.h"
#include "preferencesdialog.h"
#include "remote/serverswitcher.h"
#include "runs/runnotifier.h"
#include "runs/runrecorder.h"
#include "runs/runspage.h"
#include "runs/runtracking.h"
#include "runs/sparklinedelegate.h"
#include "settings/settings.h"
#include "tags/tagbrowser.h"
#include "terminal/terminalpane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace berth::ui {

MainWindow::MainWindow(core::EngineClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_monitor(new core::ContainerMonitor(client, this)),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_sessions(new LogTabs(client, core::Settings::instance(), this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_gpus(new core::GpuInventory(this)), m_gpuHolders(new core::GpuHolderScanner(client, this)),
      m_containers(new ContainersPage(client, m_monitor, this)),
      m_launch(new LaunchPanel(client, core::Settings::instance(), this)),
      m_tags(new TagBrowser(core::Settings::instance(), client, this)),
      m_volumes(new VolumesPage(client, &core::Settings::instance(), this)),
      m_gpuPanel(new GpuPanel(m_gpus, m_gpuHolders, this)),
      m_disk(new DiskPage(client, &core::Settings::instance(), this)), m_lab(new core::LabMonitor(this)),
      m_serversPage(new ServersPage(m_lab, this)), m_status(new EngineStatusWidget(client, m_monitor, this)),
      m_storeMessage(new MessageBar(this)),
      m_runTracking(new RunTracking(client, core::Settings::instance(), {}, this)),
      m_runs(new RunsPage(m_runTracking, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#pageList { font-size: 11pt; }"
                                        "QListWidget#pageList::item { padding: 6px 8px; }"));
    addPage(m_containers);
    addPage(m_launch);
    addPage(m_tags);
    addPage(m_volumes);
    addPage(m_gpuPanel);
    addPage(m_disk);
    // Every server at a glance, whichever one this window works with: each docker context and the default engine,
    // through clients of their own so a slow server never delays this window's requests.
    auto *directory =
        new core::ServerDirectory(core::Settings::instance().value(core::Settings::EngineHost).toString(), m_lab);
    m_lab->setDirectory(directory);
    // The container list's "All servers" follows the same servers, on the same shared clients.
    m_containers->setDirectory(directory);
    m_lab->setIdleThreshold(core::Settings::instance().value(core::Settings::GpuIdleMinutes).toLongLong() * 60);
    m_serversPage->rebuild();
    addPage(m_serversPage);
    addPage(m_runs);
    m_gpuPanel->setEngineEndpoint(client->endpoint());
    m_gpus->setRemoteCommand(core::GpuInventory::remoteCommandFor(client->endpoint()));
    m_gpuPanel->setIdleThreshold(core::Settings::instance().value(core::Settings::GpuIdleMinutes).toLongLong() * 60);
    connect(&core::Settings::instance(), &core::Settings::changed, this, [this](const QString &key, const QVariant &v) {
        if (key == QLatin1String(core::Settings::GpuIdleMinutes))
            m_gpuPanel->setIdleThreshold(v.toLongLong() * 60);
        if (key == QLatin1String(core::Settings::GpuIdleMinutes))
            m_lab->setIdleThreshold(v.toLongLong() * 60);
    });
    // The tag browser compares a tag's CUDA needs with this machine's driver.
    connect(m_gpus, &core::GpuInventory::updated, this,
            [this] { m_tags->setHostDriverVersion(m_gpus->driverVersion()); });
    m_gpus->refresh();
    m_launch->setGpuSources(m_gpus, m_gpuHolders);
    wireLaunch();
    wireRuns();

    auto *top = new QWidget(this);
    auto *outer = new QVBoxLayout(top);
    outer->setContentsMargins(6, 6, 6, 0);
    // Settings that could not be read or saved: said once, above everything, never silently lost.
    m_storeMessage->setObjectName(QStringLiteral("storeMessage"));
    outer->addWidget(m_storeMessage);
    auto *topLayout = new QHBoxLayout;
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_nav);
    topLayout->addWidget(m_pages, 1);
    outer->addLayout(topLayout, 1);
    auto &settings = core::Settings::instance();
    if (!settings.loadProblem().isEmpty())
        m_storeMessage->showMessage(MessageBar::Kind::Warning, settings.loadProblem());
    connect(&settings, &core::Settings::writeFailed, this,
            [this](const QString &message) { m_storeMessage->showMessage(MessageBar::Kind::Error, message); });

    m_sessions->setObjectName(QStringLiteral("sessionTabs"));
    m_sessions->hide();
    // LogTabs closes its own consoles; terminal tabs are closed here.
    connect(m_sessions, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *pane = qobject_cast<TerminalPane *>(m_sessions->widget(index))) {
            m_sessions->removeTab(index);
            pane->deleteLater();
        }
        updateSessionsVisibility();
    });
    connect(m_sessions, &LogTabs::consoleClosed, this, &MainWindow::updateSessionsVisibility);
    connect(m_containers, &ContainersPage::openLogs, this, &MainWindow::openLogs);
    m_containers->setHasOpenOutput([this](const QString &id) { return m_sessions->console(id) != nullptr; });
    connect(m_containers, &ContainersPage::openShell, this, &MainWindow::openShell);
    connect(m_containers, &ContainersPage::launchRequested, this, [this] { showPage(Launch); });
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_sessions);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // A log or terminal below never squeezes the page above into a sliver: both keep a usable height, and the
    // handle moves the rest.
    m_splitter->setChildrenCollapsible(false);
    top->setMinimumHeight(280);
    m_sessions->setMinimumHeight(120);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);
    m_servers =
        new ServerSwitcher(client, core::Settings::instance().value(core::Settings::EngineHost).toString(), this);
    statusBar()->addPermanentWidget(m_servers);
    connect(m_servers, &ServerSwitcher::switched, this, [this](const core::Endpoint &endpoint) {
        m_gpuPanel->setEngineEndpoint(endpoint);
        m_gpus->setRemoteCommand(core::GpuInventory::remoteCommandFor(endpoint));
    });
    // The launch form's Server row (and its "Best server") switches like the status bar's button.
    m_launch->setLab(m_lab);
    connect(m_launch, &LaunchPanel::serverSwitchRequested, m_servers, &ServerSwitcher::switchTo);
    connect(m_servers, &ServerSwitcher::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    buildMenus();
    retranslate();
    m_nav->setCurrentRow(Containers);
    resize(1280, 800);
    // Where the window was and how its panes were split, as the user left them.
    restoreGeometry(core::Settings::instance().value(core::Settings::WindowGeometry).toByteArray());
    m_splitter->restoreState(core::Settings::instance().value(core::Settings::WindowSplitterState).toByteArray());
    m_monitor->start();
}

MainWindow::~MainWindow()
{
    saveLayout();
    disconnectChildSignals(this);
}

void MainWindow::addPage(QWidget *page)
{
    m_pages->addWidget(page);
    m_nav->addItem(QString());
}

void MainWindow::showPage(int page)
{
    m_nav->setCurrentRow(page);
}

int MainWindow::currentPage() const
{
    return m_nav->currentRow();
}

void MainWindow::updateSessionsVisibility()
{
    m_sessions->setVisible(m_sessions->count() > 0);
}

QString MainWindow::sessionTitle(const QString &name, core::EngineClient *client) const
{
    if (!client || client == m_client)
        return name;
    return name + QStringLiteral(" @ ") + core::LabContainers::nameOf(client->endpoint());
}

void MainWindow::openLogs(const QString &containerId, const QString &name, core::EngineClient *client)
{
    if (client && client != m_client)
        m_sessions->open(containerId, name, client, sessionTitle(name, client));
    else
        m_sessions->open(containerId, name);
    updateSessionsVisibility();
}

TerminalPane *MainWindow::openShell(const QString &containerId, const QString &name, core::EngineClient *client)
{
    TerminalPane *pane = addTerminal(sessionTitle(name, client), client);
    pane->openShell(containerId, name);
    return pane;
}

TerminalPane *MainWindow::addTerminal(const QString &title, core::EngineClient *client)
{
    // Another server's container: its shell runs over that server's engine.
    auto *pane = new TerminalPane(client ? client : m_client, m_sessions);
    addSession(pane, title);
    connect(pane, &TerminalPane::titleChanged, this, [this, pane](const QString &text) {
        const int index = m_sessions->indexOf(pane);
        if (index >= 0)
            m_sessions->setTabText(index, text);
    });
    connect(pane, &TerminalPane::closeRequested, this, [this, pane] {
        m_sessions->removeTab(m_sessions->indexOf(pane));
        pane->deleteLater();
        updateSessionsVisibility();
    });
    pane->setFocus();
    return pane;
}

void MainWindow::wireLaunch()
{
    // "Use this tag" on the images page fills the launch form's image and tag.
    connect(m_tags, &TagBrowser::tagChosen, this, [this](const QString &ref) {
        core::LaunchSpec chosen;
        chosen.setImageReference(ref);
        m_launch->form()->imageEdit()->setText(chosen.image);
        m_launch->form()->tagEdit()->setText(chosen.tag);
        showPage(Launch);
    });
    // -it launches: attach the terminal before the container starts, so its first output is not lost.
    connect(m_launch, &LaunchPanel::attachRequested, this, [this](const QString &id, const QString &name) {
        auto *pane = new TerminalPane(m_client, m_sessions);
        addSession(pane, name);
        connect(pane, &TerminalPane::closeRequested, this, [this, pane] {
            m_sessions->removeTab(m_sessions->indexOf(pane));
            pane->deleteLater();
            updateSessionsVisibility();
        });
        connect(pane, &TerminalPane::titleChanged, this,
                [this, pane](const QString &title) { m_sessions->setTabText(m_sessions->indexOf(pane), title); });
        connect(
            pane, &TerminalPane::sessionStarted, m_launch, [this, id] { m_launch->continueAfterAttach(id); },
            Qt::SingleShotConnection);
        connect(m_launch, &LaunchPanel::launchFailed, pane, [pane, id](const QString &failed, const QString &message) {
            if (failed == id)
                pane->showLaunchFailure(message);
        });
        connect(pane, &TerminalPane::sessionEnded, m_launch,
                [this, id, pane](core::TerminalSession::Ending, int, const QString &message) {
                    if (m_launch->isLaunching())
                        m_launch->abortAttach(id, message.isEmpty() ? pane->statusText() : message);
                });
        pane->attach(id, name);
    });
    connect(m_launch, &LaunchPanel::launched, this,
            [this](const QString &id, const QString &name, bool tty, bool interactive) {
                if (!(tty && interactive))
                    openLogs(id, name);
                m_containers->selectContainer(id);
            });
}

void MainWindow::wireRuns()
{
    m_runTracking->track(m_launch->session(), [this] {
        RunTracking::LaunchContext context;
        context.source = m_launch->currentProfile().isEmpty() ? QStringLiteral("form") : QStringLiteral("profile");
        context.owner = core::OwnerPolicy::currentUserName();
        context.imageHasBash = m_launch->imageHasBash();
        return context;
    });
    // CPU and memory of the running containers on screen, beside their status.
    new SparklineDelegate(m_containers->view(), ContainerTableModel::Status, ContainerTableModel::IdRole,
                          ContainerTableModel::StateRole, m_runTracking->monitor());
    // Other people's containers, when the user asked to hear about them too.
    connect(m_monitor, &core::ContainerMonitor::containerEvent, this, [this](const core::EngineEvent &event) {
        if (event.action != QLatin1String("die") || m_runTracking->recorder()->isWatching(event.actorId))
            return;
        const QString owner = core::BerthLabels::owner(event.attributes);
        if (owner.isEmpty() || owner == core::OwnerPolicy::currentUserName())
            return;
        m_runTracking->notifier()->notifyOtherEnded(event.attributes.value(QStringLiteral("name")), owner,
                                                    event.attributes.value(QStringLiteral("exitCode")).toInt());
    });
    connect(m_runTracking->notifier(), &RunNotifier::openRunRequested, this, [this](qint64 runId) {
        if (runId <= 0)
            return; // someone else's container: there is no run of it to open
        showPage(Runs);
        m_runs->showRun(runId);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_runs, &RunsPage::launchRequested, this, [this](const core::LaunchSpec &spec, bool startNow) {
        m_launch->setSpec(spec);
        showPage(Launch);
        if (startNow)
            m_launch->run();
    });
}

void MainWindow::addSession(QWidget *widget, const QString &title)
{
    m_sessions->setCurrentIndex(m_sessions->addTab(widget, title));
    updateSessionsVisibility();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_serversAction = m_fileMenu->addAction(QString(), this, [this] { m_servers->openServersDialog(); });
    m_preferences = m_fileMenu->addAction(QString(), this, [this] { showPreferences(); });
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    // The platform's own where it has one; Ctrl+, is what most Linux desktops' applications use.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setShortcuts(keys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    const QString current = core::Settings::instance().value(core::Settings::Language).toString();
    for (const char *code : {"", "en", "ko"}) {
        QAction *a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(QLatin1String(code));
        a->setChecked(current == QLatin1String(code));
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { Q_EMIT languageRequested(a->data().toString()); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_help = m_helpMenu->addAction(QString(), this, [this] { showHelp(); });
    m_help->setShortcuts(QKeySequence::HelpContents);
    m_helpTopics = m_helpMenu->addMenu(QString());
    // Filled when opened, so the topics follow the language.
    connect(m_helpTopics, &QMenu::aboutToShow, this, [this] {
        m_helpTopics->clear();
        for (const HelpDialog::Topic &topic : HelpDialog::topics(LanguageManager::instance().language())) {
            const QString title = topic.title;
            m_helpTopics->addAction(title, this, [this, title] { showHelp(title); });
        }
    });
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        const core::Settings &settings = core::Settings::instance();
        QMessageBox::about(this, tr("About Berth"),
                           tr("<b>Berth</b> %1<br>Launch and watch machine-learning containers on shared GPU "
                              "servers.")
                                   .arg(QApplication::applicationVersion()) +
                               QStringLiteral("<p>") +
                               HelpDialog::aboutText(settings.fileName(), settings.dataDir()).toHtmlEscaped());
    });
}

PreferencesDialog *MainWindow::showPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(core::Settings::instance(), this);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferencesDialog, &PreferencesDialog::languageRequested, this, &MainWindow::languageRequested);
        connect(m_preferencesDialog, &QObject::destroyed, this, [this] { m_preferencesDialog = nullptr; });
    }
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
    return m_preferencesDialog;
}

HelpDialog *MainWindow::showHelp(const QString &topic)
{
    if (!m_helpDialog) {
        m_helpDialog = new HelpDialog(this);
        m_helpDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_helpDialog, &QObject::destroyed, this, [this] { m_helpDialog = nullptr; });
    }
    if (!topic.isEmpty())
        m_helpDialog->showTopic(topic);
    m_helpDialog->show();
    m_helpDialog->raise();
    return m_helpDialog;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Berth"));
    static const char *const titles[] = {QT_TR_NOOP("Containers"), QT_TR_NOOP("Launch"), QT_TR_NOOP("Images"),
                                         QT_TR_NOOP("Volumes"),    QT_TR_NOOP("GPUs"),   QT_TR_NOOP("Disk"),
                                         QT_TR_NOOP("Servers"),    QT_TR_NOOP("Runs")};
    for (int i = 0; i < m_nav->count() && i < int(std::size(titles)); ++i)
        m_nav->item(i)->setText(tr(titles[i]));
    m_fileMenu->setTitle(tr("&File"));
    m_preferences->setText(tr("&Preferences…"));
    m_quit->setText(tr("&Quit"));
    m_serversAction->setText(tr("&Servers…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    const QList<QAction *> langs = m_languages->actions();
    langs[0]->setText(tr("System language"));
    langs[1]->setText(QStringLiteral("English"));
    langs[2]->setText(QStringLiteral("한국어"));
    m_helpMenu->setTitle(tr("&Help"));
    m_help->setText(tr("Berth &Help"));
    m_helpTopics->setTitle(tr("&Topics"));
    m_about->setText(tr("&About Berth"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::saveLayout()
{
    core::Settings::instance().setValue(core::Settings::WindowGeometry, saveGeometry());
    core::Settings::instance().setValue(core::Settings::WindowSplitterState, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Running containers keep running: closing Berth only closes its views of them.
    event->accept();
}

} // namespace berth::ui
