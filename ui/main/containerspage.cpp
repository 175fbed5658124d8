// SPDX-License-Identifier: Apache-2.0
#include "containerspage.h"

#include "common/childsignals.h"
#include "common/errortext.h"
#include "common/koreanparticles.h"
#include "common/messagebar.h"
#include "containerfilterproxy.h"
#include "containertablemodel.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "lab/labcontainers.h"
#include "ports/portopener.h"
#include "ports/publishedport.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

using core::EngineError;
using core::OwnerPolicy;

namespace {
// The server filter's choices besides one server's name (context names never hold a '*').
const QString AllServers = QStringLiteral("*");
} // namespace

ContainersPage::ContainersPage(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new ContainerTableModel(monitor, this)),
      m_proxy(new ContainerFilterProxy(this)), m_view(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_scopeLabel(new QLabel(this)), m_server(new QComboBox(this)),
      m_serverLabel(new QLabel(this)), m_serverNote(new QLabel(this)),
      m_lab(new core::LabContainers(client, monitor, this)), m_start(new QToolButton(this)),
      m_stop(new QToolButton(this)), m_remove(new QToolButton(this)), m_logs(new QToolButton(this)),
      m_shell(new QToolButton(this)), m_open(new QToolButton(this)), m_message(new MessageBar(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    // Before the view's own handlers (connected in setModel), which move a single selection to the next row when
    // the selected one goes: that row is some other container.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ContainersPage::beginModelChange);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ContainersPage::beginModelChange);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, &ContainersPage::beginModelChange);
    m_view->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContainersPage::endModelChange);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPage::endModelChange);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersPage::endModelChange);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelectId.isEmpty() && m_model->rowOf(m_pendingSelectId) >= 0)
            selectContainer(m_pendingSelectId);
        else if (m_modelChanging == 0)
            restoreSelection();
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerTableModel::Created, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Status, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(ContainerTableModel::Name, 180);
    m_view->setColumnWidth(ContainerTableModel::Image, 260);
    m_view->setColumnWidth(ContainerTableModel::State, 90);
    m_view->setColumnWidth(ContainerTableModel::Owner, 90);
    m_view->setColumnWidth(ContainerTableModel::Created, 150);
    m_view->setColumnWidth(ContainerTableModel::Server, 120);
    // First on screen when shown (every server at once); hidden while the list is the window's server alone.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(ContainerTableModel::Server), 0);
    m_view->setColumnHidden(ContainerTableModel::Server, true);

    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell, m_open})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setObjectName(QStringLiteral("openPort"));
    m_open->setPopupMode(QToolButton::InstantPopup);
    m_open->setMenu(new QMenu(m_open));
    connect(m_open->menu(), &QMenu::aboutToShow, this, &ContainersPage::fillOpenMenu);
    m_scope->addItem(QString(), QLatin1String(OwnerPolicy::ScopeEveryone));
    m_scope->addItem(QString(), QLatin1String(OwnerPolicy::ScopeMine));
    const QString scope = core::Settings::instance().value(core::Settings::ContainerScope).toString();
    m_scope->setCurrentIndex(scope == QLatin1String(OwnerPolicy::ScopeMine) ? 1 : 0);
    m_proxy->setMineOnly(m_scope->currentIndex() == 1);

    m_server->setObjectName(QStringLiteral("serverFilter"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_server->addItem(QString(), QString());
    // Without a directory of servers (until setDirectory) there is nothing to choose.
    m_server->setVisible(false);
    m_serverLabel->setVisible(false);
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setWordWrap(true);
    m_serverNote->setTextFormat(Qt::PlainText); // server names and engine messages are other people's text
    m_serverNote->setVisible(false);
    // Amber as a log tab that lost its stream: something to know, not an error of the user's.
    m_serverNote->setStyleSheet(QStringLiteral("QLabel#serverNote { color: #8a5a00; padding: 2px 4px; }"));
    m_model->setSources(m_lab->sources());
    connect(m_lab, &core::LabContainers::sourcesChanged, this, &ContainersPage::onSourcesChanged);
    connect(m_server, &QComboBox::activated, this, &ContainersPage::onServerChosen);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_serverLabel);
    bar->addWidget(m_server);
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell, m_open})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_serverNote);
    layout->addWidget(m_message);
    m_stack = new QStackedWidget(this);
    m_empty = new QWidget(m_stack);
    m_empty->setObjectName(QStringLiteral("containersEmptyHint"));
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_launchOne = new QPushButton(m_empty);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_launchOne, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_launchOne, &QPushButton::clicked, this, &ContainersPage::launchRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ContainersPage::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPage::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersPage::updateEmptyHint);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setText);
    connect(m_filter, &QLineEdit::textChanged, this, &ContainersPage::updateEmptyHint);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setMineOnly(index == 1);
        updateEmptyHint();
        core::Settings::instance().setValue(core::Settings::ContainerScope, m_scope->itemData(index));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::onSelectionChanged);
    // Durations move on by themselves; the rows on screen are repainted once a second, without asking the engine.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ContainersPage::refreshVisibleDurations);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::updateActions);
    connect(m_start, &QToolButton::clicked, this, &ContainersPage::startSelected);
    connect(m_stop, &QToolButton::clicked, this, &ContainersPage::stopSelected);
    connect(m_remove, &QToolButton::clicked, this, &ContainersPage::removeSelected);
    connect(m_logs, &QToolButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            Q_EMIT openLogs(m_model->containerAt(row).id, m_model->containerAt(row).name,
                            clientFor(m_model->serverAt(row)));
    });
    connect(m_shell, &QToolButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            Q_EMIT openShell(m_model->containerAt(row).id, m_model->containerAt(row).name,
                             clientFor(m_model->serverAt(row)));
    });
    connect(m_view, &QTableView::doubleClicked, m_logs, &QToolButton::click);
    connect(monitor, &core::ContainerMonitor::connectionChanged, this, &ContainersPage::updateEmptyHint);
    m_monitor = monitor;
    retranslate();
    updateActions();
}

ContainersPage::~ContainersPage()
{
    disconnectChildSignals(this);
}

int ContainersPage::selectedRow() const
{
    const int row = m_model->rowOf(m_selectedServer, m_selectedId);
    if (row < 0 || !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        return -1;
    return row;
}

QString ContainersPage::selectedId() const
{
    return selectedRow() >= 0 ? m_selectedId : QString();
}

QString ContainersPage::selectedServer() const
{
    return selectedRow() >= 0 ? m_selectedServer : QString();
}

core::EngineClient *ContainersPage::clientFor(const QString &server) const
{
    return server == m_model->primaryServer() ? m_client : m_lab->client(server);
}

void ContainersPage::selectContainer(const QString &id)
{
    // Containers Berth launched are on the window's server.
    const QString server = m_model->primaryServer();
    const int row = m_model->rowOf(server, id);
    if (row < 0 || !m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
        // A container just launched may reach the list a moment later: select it when it arrives.
        m_pendingSelectId = id;
        return;
    }
    m_pendingSelectId.clear();
    m_selectedId = id;
    m_selectedServer = server;
    restoreSelection();
}

void ContainersPage::setDirectory(core::ServerDirectory *directory)
{
    m_lab->setDirectory(directory);
    m_server->setVisible(directory != nullptr);
    m_serverLabel->setVisible(directory != nullptr);
    fillServerFilter();
}

void ContainersPage::showAllServers()
{
    m_server->setCurrentIndex(m_server->findData(AllServers));
    onServerChosen();
}

void ContainersPage::showServer(const QString &name)
{
    const int index = m_server->findData(name);
    m_server->setCurrentIndex(index >= 0 ? index : 0);
    onServerChosen();
}

void ContainersPage::showCurrentServer()
{
    m_server->setCurrentIndex(0);
    onServerChosen();
}

void ContainersPage::onServerChosen()
{
    const QString choice = m_server->currentData().toString();
    const bool others = !choice.isEmpty();
    // The other servers are followed only while someone looks at them: no connections to them otherwise.
    m_lab->setActive(others);
    m_proxy->setServer(choice == AllServers ? QString() : others ? choice : m_model->primaryServer());
    m_view->setColumnHidden(ContainerTableModel::Server, !others);
    updateServerNote();
    updateEmptyHint();
}

void ContainersPage::onSourcesChanged()
{
    m_model->setSources(m_lab->sources());
    for (const core::LabContainers::Source &source : m_lab->sources()) {
        // Unique: a source seen again is not connected twice.
        connect(source.monitor, &core::ContainerMonitor::connectionChanged, this, &ContainersPage::fillServerFilter,
                Qt::UniqueConnection);
    }
    fillServerFilter();
    // The window switched to the server shown alone: it is the window's own now.
    if (m_server->currentData().toString().isEmpty())
        m_proxy->setServer(m_model->primaryServer());
}

void ContainersPage::fillServerFilter()
{
    const QString chosen = m_server->currentData().toString();
    const QSignalBlocker blocker(m_server);
    const QString current = m_lab->currentName();
    QStringList choices{QString(), AllServers};
    for (const QString &name : m_lab->names()) {
        if (name != current)
            choices << name;
    }
    QStringList present;
    for (int i = 0; i < m_server->count(); ++i)
        present << m_server->itemData(i).toString();
    if (present != choices) {
        m_server->clear();
        for (const QString &choice : std::as_const(choices))
            m_server->addItem(QString(), choice);
    }
    for (int i = 2; i < m_server->count(); ++i) {
        const QString name = m_server->itemData(i).toString();
        const core::ContainerMonitor *monitor = m_lab->monitor(name);
        m_server->setItemText(i,
                              monitor && !monitor->isConnected() && monitor->lastError().isError()
                                  ? tr("%1 (not reachable)", "server filter: a server that does not answer").arg(name)
                                  : name);
    }
    m_server->setItemText(0, tr("This server (%1)").arg(current));
    m_server->setItemText(1, tr("All servers"));
    // The choice stays; a server that went away (or became the window's) falls back to the window's server.
    const int index = m_server->findData(chosen);
    m_server->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !chosen.isEmpty())
        onServerChosen();
    updateServerNote();
}

QString ContainersPage::serverNoteText() const
{
    return m_serverNote->isHidden() ? QString() : m_serverNote->text();
}

void ContainersPage::updateServerNote()
{
    QStringList lines;
    const QString choice = m_server->currentData().toString();
    if (m_lab->isActive()) {
        for (const core::LabContainers::Source &source : m_lab->sources()) {
            if (source.name == m_lab->currentName() || (choice != AllServers && choice != source.name))
                continue;
            if (source.monitor->isConnected())
                continue;
            const EngineError &error = source.monitor->lastError();
            if (!error.isError()) {
                lines << tr("Waiting for %1…").arg(source.name);
                continue;
            }
            const ErrorText::Text text =
                ErrorText::describe(error, source.client ? source.client->endpoint().host() : QString());
            lines << tr("%1 is not reachable: %2 Its containers are not listed; Berth keeps trying.")
                         .arg(source.name, text.title);
        }
    }
    m_serverNote->setText(lines.join(QLatin1Char('\n')));
    m_serverNote->setVisible(!lines.isEmpty());
}

void ContainersPage::setHasOpenOutput(std::function<bool(const QString &)> hasOpenOutput)
{
    m_hasOpenOutput = std::move(hasOpenOutput);
}

int ContainersPage::stopTimeoutSecs() const
{
    return qMax(0, core::Settings::instance().value(core::Settings::StopTimeout).toInt());
}

void ContainersPage::onSelectionChanged()
{
    // Changes the view makes on its own while rows move are not the user's choice.
    if (m_modelChanging == 0) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_selectedId = rows.isEmpty() ? QString() : rows.first().data(ContainerTableModel::IdRole).toString();
        m_selectedServer = rows.isEmpty() ? QString() : rows.first().data(ContainerTableModel::ServerRole).toString();
    }
    updateActions();
}

void ContainersPage::beginModelChange()
{
    ++m_modelChanging;
}

void ContainersPage::endModelChange()
{
    if (m_modelChanging > 0)
        --m_modelChanging;
    if (m_modelChanging == 0)
        restoreSelection();
}

void ContainersPage::restoreSelection()
{
    ++m_modelChanging;
    QItemSelectionModel *selection = m_view->selectionModel();
    const int row = m_model->rowOf(m_selectedServer, m_selectedId);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        const QModelIndexList now = selection->selectedRows();
        if (now.size() != 1 || now.first().row() != index.row())
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_selectedId.clear();
        m_selectedServer.clear();
        selection->clearSelection();
        selection->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    --m_modelChanging;
    updateActions();
}

void ContainersPage::refreshVisibleDurations()
{
    const int count = m_proxy->rowCount();
    if (count == 0)
        return;
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = count - 1;
    for (int r = first; r <= last; ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        m_model->refreshDurations(source, source);
    }
}

bool ContainersPage::showsEmptyHint() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ContainersPage::emptyHintText() const
{
    return m_emptyText->text();
}

void ContainersPage::updateEmptyHint()
{
    // Before the first list, or with the engine away, an empty table says nothing wrong: the status bar explains.
    const bool empty = m_proxy->rowCount() == 0 && m_monitor && m_monitor->isConnected();
    if (empty) {
        const bool filtered = m_model->rowCount() > 0;
        m_emptyText->setText(filtered ? tr("No container matches what is chosen above.")
                                      : tr("No containers yet. Containers you launch, and everyone else's on this "
                                           "engine, are listed here."));
        m_launchOne->setText(tr("Launch one…"));
    }
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_view));
}

void ContainersPage::showEvent(QShowEvent *event)
{
    // Contexts the CLI or the Servers dialog added meanwhile are in the server filter when the list comes back.
    if (m_lab->directory())
        m_lab->sync();
    m_tick.start();
    QWidget::showEvent(event);
}

void ContainersPage::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    QWidget::hideEvent(event);
}

void ContainersPage::updateActions()
{
    int row = selectedRow();
    // A server that went away since: nothing can be asked of it.
    if (row >= 0 && !clientFor(m_model->serverAt(row)))
        row = -1;
    const QString state = row >= 0 ? m_model->containerAt(row).state : QString();
    const bool running = state == QLatin1String("running") || state == QLatin1String("restarting");
    m_start->setEnabled(row >= 0 && !running);
    m_stop->setEnabled(running && !m_model->isStopping(m_selectedServer, m_selectedId));
    m_remove->setEnabled(row >= 0);
    m_logs->setEnabled(row >= 0);
    m_shell->setEnabled(state == QLatin1String("running"));
    m_open->setEnabled(state == QLatin1String("running") &&
                       !core::PublishedPort::fromSummary(m_model->containerAt(row)).isEmpty());
    // Said on every action: in the merged list, which server it goes to.
    const QString where = row >= 0 && !m_view->isColumnHidden(ContainerTableModel::Server)
                              ? tr("On %1.", "action tooltip: the server an action goes to").arg(m_model->serverAt(row))
                              : QString();
    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell, m_open}) {
        QString tip = b->property("baseToolTip").toString();
        if (!where.isEmpty())
            tip += QLatin1Char('\n') + where;
        b->setToolTip(tip);
    }
}

void ContainersPage::fillOpenMenu()
{
    QMenu *menu = m_open->menu();
    menu->clear();
    const int row = selectedRow();
    if (row < 0)
        return;
    for (const core::PublishedPort &port : core::PublishedPort::fromSummary(m_model->containerAt(row))) {
        if (port.protocol != QLatin1String("tcp"))
            continue;
        QAction *a =
            menu->addAction(port.containerPort == port.hostPort
                                ? tr("Port %1").arg(port.hostPort)
                                : tr("Port %1 (container port %2)").arg(port.hostPort).arg(port.containerPort));
        connect(a, &QAction::triggered, this, [this, port] { openPort(port); });
    }
}

void ContainersPage::openPort(const core::PublishedPort &port)
{
    const int row = selectedRow();
    core::EngineClient *client = row >= 0 ? clientFor(m_model->serverAt(row)) : nullptr;
    if (!client)
        return;
    const QString server = m_model->serverAt(row);
    m_message->clear();
    // The row's own server: for an ssh server the port is forwarded over that server's session.
    auto *opener = new core::PortOpener(client, m_model->containerAt(row).id, port, this);
    connect(opener, &core::PortOpener::ready, this, [this, opener](const QUrl &url) {
        opener->deleteLater();
        const bool opened = m_urlOpener ? m_urlOpener(url) : QDesktopServices::openUrl(url);
        if (!opened)
            m_message->showMessage(
                MessageBar::Kind::Warning,
                tr("No browser could be started. Open this address yourself: %1").arg(url.toString()));
        Q_EMIT urlOpened(url);
    });
    connect(opener, &core::PortOpener::failed, this, [this, opener, server](const core::EngineError &error) {
        opener->deleteLater();
        report(error, server, [] { return tr("Could not open the port."); });
    });
    opener->start();
}

bool ContainersPage::confirmForeign(int action, const core::ContainerSummary &c)
{
    const QString question = m_model->ownerPolicy().confirmationText(OwnerPolicy::Action(action), c.name, c.labels);
    if (question.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Someone else's container"), KoreanParticles::resolve(question),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // container names and owners are other people's text
    box.setInformativeText(advisoryNote());
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("foreignContainerConfirmation"));
    return box.exec() == QMessageBox::Yes;
}

QString ContainersPage::advisoryNote()
{
    return tr("Owners come from the io.github.berth.owner label (berth.owner on containers from older versions). "
              "Anyone who can use the Docker socket can set or change it, "
              "so treat owners as advice, not as protection.");
}

void ContainersPage::report(const EngineError &error, const QString &server, std::function<QString()> what)
{
    core::EngineClient *client = clientFor(server);
    const QString host = (client ? client : m_client)->endpoint().host();
    m_message->showMessage(
        MessageBar::Kind::Error,
        [error, what, host] {
            const ErrorText::Text text = ErrorText::describe(error, host);
            return QStringList{what(), text.title, text.advice}.join(QLatin1Char(' '));
        },
        ErrorText::describe(error, host).detail);
}

void ContainersPage::startSelected()
{
    const int row = selectedRow();
    core::EngineClient *client = row >= 0 ? clientFor(m_model->serverAt(row)) : nullptr;
    if (!client)
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    m_message->clear();
    client->startContainer(c.id, this,
                           [this, name = c.name, server = m_model->serverAt(row)](const core::Result<core::Done> &r) {
                               if (!r.ok())
                                   report(r.error(), server, [name] { return tr("Could not start %1.").arg(name); });
                           });
}

void ContainersPage::stopSelected()
{
    const int row = selectedRow();
    if (row < 0 || !clientFor(m_model->serverAt(row)))
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    const QString server = m_model->serverAt(row);
    if (!confirmForeign(int(OwnerPolicy::Action::Stop), c))
        return;
    core::EngineClient *client = clientFor(server); // again: the server may have gone while the question was open
    if (!client)
        return;
    m_message->clear();
    const int timeout = stopTimeoutSecs();
    m_model->markStopping(server, c.id, timeout);
    updateActions();
    client->stopContainer(c.id, timeout, this,
                          [this, id = c.id, name = c.name, server](const core::Result<core::Done> &r) {
                              if (!r.ok()) {
                                  m_model->stopFailed(server, id);
                                  updateActions();
                                  report(r.error(), server, [name] { return tr("Could not stop %1.").arg(name); });
                              }
                          });
}

bool ContainersPage::confirmRemove(const core::ContainerSummary &c)
{
    const QString foreign = m_model->ownerPolicy().confirmationText(OwnerPolicy::Action::Remove, c.name, c.labels);
    const bool running = c.state == QLatin1String("running") || c.state == QLatin1String("restarting") ||
                         c.state == QLatin1String("paused");
    const bool openOutput = m_hasOpenOutput && m_hasOpenOutput(c.id);
    if (foreign.isEmpty() && !running && !openOutput)
        return true;
    QStringList lines;
    if (!foreign.isEmpty())
        lines << foreign;
    else if (running)
        lines << tr("“%1” is still running. Removing it stops the run and deletes the container.").arg(c.name);
    else
        lines << tr("Remove “%1”?").arg(c.name);
    if (openOutput)
        lines << tr("Its output, open in a log tab, is deleted with it: save the log first if you need it.");
    QMessageBox box(QMessageBox::Warning, running ? tr("Remove running container") : tr("Remove container"),
                    KoreanParticles::resolve(lines.join(QLatin1String("\n\n"))), QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // container names and owners are other people's text
    if (!foreign.isEmpty())
        box.setInformativeText(advisoryNote());
    box.setObjectName(QStringLiteral("removeContainerConfirmation"));
    QPushButton *remove = box.addButton(running ? tr("Stop and Remove") : tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void ContainersPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !clientFor(m_model->serverAt(row)))
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    const QString server = m_model->serverAt(row);
    if (!confirmRemove(c))
        return;
    // The answer is about this container: if it (or its server) went away meanwhile there is nothing to remove.
    core::EngineClient *client = clientFor(server);
    if (m_model->rowOf(server, c.id) < 0 || !client)
        return;
    const bool running =
        c.state != QLatin1String("exited") && c.state != QLatin1String("created") && c.state != QLatin1String("dead");
    m_message->clear();
    client->removeContainer(c.id, running, false, this,
                            [this, name = c.name, server](const core::Result<core::Done> &r) {
                                if (!r.ok())
                                    report(r.error(), server, [name] { return tr("Could not remove %1.").arg(name); });
                            });
}

void ContainersPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name, image or status"));
    m_scopeLabel->setText(tr("Show:"));
    m_scope->setItemText(0, tr("Everyone's containers"));
    m_scope->setItemText(1, tr("My containers"));
    m_scope->setToolTip(advisoryNote());
    m_serverLabel->setText(tr("Server:"));
    m_server->setToolTip(tr("The window's server alone, or every server's containers at once (each docker context "
                            "and the default engine), followed live"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_remove->setText(tr("Remove"));
    m_logs->setText(tr("Logs"));
    m_shell->setText(tr("Open shell"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open a published port in the browser (Jupyter's login token is filled in when its "
                          "output shows one)"));
    m_start->setToolTip(tr("Start the selected container"));
    m_stop->setToolTip(
        tr("Stop the selected container (SIGTERM, then SIGKILL after %n second(s))", nullptr, stopTimeoutSecs()));
    m_remove->setToolTip(tr("Remove the selected container"));
    m_logs->setToolTip(tr("Show the container's output"));
    m_shell->setToolTip(tr("Open an interactive shell in the running container"));
    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell, m_open})
        b->setProperty("baseToolTip", b->toolTip());
    fillServerFilter();
    updateActions();
    m_model->retranslate();
    updateEmptyHint();
}

void ContainersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
