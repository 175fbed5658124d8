// SPDX-License-Identifier: Apache-2.0
#include "containerspage.h"

#include "common/childsignals.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "containerfilterproxy.h"
#include "containertablemodel.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

using core::EngineError;
using core::OwnerPolicy;

ContainersPage::ContainersPage(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new ContainerTableModel(monitor, this)),
      m_proxy(new ContainerFilterProxy(this)), m_view(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_scopeLabel(new QLabel(this)), m_start(new QToolButton(this)),
      m_stop(new QToolButton(this)), m_remove(new QToolButton(this)), m_logs(new QToolButton(this)),
      m_shell(new QToolButton(this)), m_message(new MessageBar(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
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

    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scope->addItem(QString(), QLatin1String(OwnerPolicy::ScopeEveryone));
    m_scope->addItem(QString(), QLatin1String(OwnerPolicy::ScopeMine));
    const QString scope = core::Settings::instance().value(core::Settings::ContainerScope).toString();
    m_scope->setCurrentIndex(scope == QLatin1String(OwnerPolicy::ScopeMine) ? 1 : 0);
    m_proxy->setMineOnly(m_scope->currentIndex() == 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    for (QToolButton *b : {m_start, m_stop, m_remove, m_logs, m_shell})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setText);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setMineOnly(index == 1);
        core::Settings::instance().setValue(core::Settings::ContainerScope, m_scope->itemData(index));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainersPage::updateActions);
    connect(m_start, &QToolButton::clicked, this, &ContainersPage::startSelected);
    connect(m_stop, &QToolButton::clicked, this, &ContainersPage::stopSelected);
    connect(m_remove, &QToolButton::clicked, this, &ContainersPage::removeSelected);
    connect(m_logs, &QToolButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedId());
        if (row >= 0)
            Q_EMIT openLogs(m_model->containerAt(row).id, m_model->containerAt(row).name);
    });
    connect(m_shell, &QToolButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedId());
        if (row >= 0)
            Q_EMIT openShell(m_model->containerAt(row).id, m_model->containerAt(row).name);
    });
    connect(m_view, &QTableView::doubleClicked, m_logs, &QToolButton::click);
    retranslate();
    updateActions();
}

ContainersPage::~ContainersPage()
{
    disconnectChildSignals(this);
}

QString ContainersPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ContainerTableModel::IdRole).toString();
}

void ContainersPage::selectContainer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
}

void ContainersPage::updateActions()
{
    const int row = m_model->rowOf(selectedId());
    const QString state = row >= 0 ? m_model->containerAt(row).state : QString();
    const bool running = state == QLatin1String("running") || state == QLatin1String("restarting");
    m_start->setEnabled(row >= 0 && !running);
    m_stop->setEnabled(running);
    m_remove->setEnabled(row >= 0);
    m_logs->setEnabled(row >= 0);
    m_shell->setEnabled(state == QLatin1String("running"));
}

bool ContainersPage::confirmForeign(int action, const core::ContainerSummary &c)
{
    const QString question = m_model->ownerPolicy().confirmationText(OwnerPolicy::Action(action), c.name, c.labels);
    if (question.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Someone else's container"), question,
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

void ContainersPage::report(const EngineError &error, const QString &what)
{
    const ErrorText::Text text = ErrorText::describe(error, m_client->endpoint().host());
    m_message->showMessage(MessageBar::Kind::Error,
                           what + QLatin1Char(' ') + text.title + QLatin1Char(' ') + text.advice, text.detail);
}

void ContainersPage::startSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    m_message->clear();
    m_client->startContainer(c.id, this, [this, name = c.name](const core::Result<core::Done> &r) {
        if (!r.ok())
            report(r.error(), tr("Could not start %1.").arg(name));
    });
}

void ContainersPage::stopSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    if (!confirmForeign(int(OwnerPolicy::Action::Stop), c))
        return;
    m_message->clear();
    m_client->stopContainer(c.id, 10, this, [this, name = c.name](const core::Result<core::Done> &r) {
        if (!r.ok())
            report(r.error(), tr("Could not stop %1.").arg(name));
    });
}

void ContainersPage::removeSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const core::ContainerSummary c = m_model->containerAt(row);
    if (!confirmForeign(int(OwnerPolicy::Action::Remove), c))
        return;
    const bool running = c.state == QLatin1String("running");
    if (running && m_model->ownerPolicy().isMine(c.labels)) {
        QMessageBox box(QMessageBox::Question, tr("Remove running container"),
                        tr("%1 is still running. Stop and remove it?").arg(c.name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_message->clear();
    m_client->removeContainer(c.id, running, false, this, [this, name = c.name](const core::Result<core::Done> &r) {
        if (!r.ok())
            report(r.error(), tr("Could not remove %1.").arg(name));
    });
}

void ContainersPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by name, image or status"));
    m_scopeLabel->setText(tr("Show:"));
    m_scope->setItemText(0, tr("Everyone's containers"));
    m_scope->setItemText(1, tr("My containers"));
    m_scope->setToolTip(advisoryNote());
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_remove->setText(tr("Remove"));
    m_logs->setText(tr("Logs"));
    m_shell->setText(tr("Open shell"));
    m_start->setToolTip(tr("Start the selected container"));
    m_stop->setToolTip(tr("Stop the selected container (SIGTERM, then SIGKILL after 10 seconds)"));
    m_remove->setToolTip(tr("Remove the selected container"));
    m_logs->setToolTip(tr("Show the container's output"));
    m_shell->setToolTip(tr("Open an interactive shell in the running container"));
    m_model->retranslate();
}

void ContainersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
