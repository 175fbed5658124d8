// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace berth::core {
class ContainerMonitor;
class EngineClient;
class EngineError;
class LabContainers;
class ServerDirectory;
struct ContainerSummary;
struct PublishedPort;
} // namespace berth::core

namespace berth::ui {

class ContainerTableModel;
class ContainerFilterProxy;
class MessageBar;

// The list of containers with start, stop, remove, logs and shell. Stopping or removing someone else's container
// asks first and names the owner. It lists the window's server; with a directory of servers, "All servers" (or one
// other server) follows every server's containers live, each action going to the row's own server, and a server that
// cannot be reached is named above the list with the reason.
class ContainersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersPage)
public:
    ContainersPage(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent = nullptr);
    ~ContainersPage() override;

    QTableView *view() const { return m_view; }
    ContainerTableModel *model() const { return m_model; }
    // The servers to offer besides the window's (not owned): docker contexts and the default engine.
    void setDirectory(core::ServerDirectory *directory);
    core::LabContainers *servers() const { return m_lab; }
    // The server filter: this window's server (the default), every server, or one of the others.
    QComboBox *serverFilter() const { return m_server; }
    void showAllServers();
    void showServer(const QString &name); // the window's own server's name shows it alone, as by default
    void showCurrentServer();
    // Above the list while other servers are followed: those still connecting or not reachable, and why.
    QString serverNoteText() const;
    // The server of the selected container (with selectedId()).
    QString selectedServer() const;
    // The container the user selected, followed by id: it stays selected while rows come and go around it, and
    // the selection becomes empty (never another container) when it is removed or filtered away.
    QString selectedId() const;
    void selectContainer(const QString &id);
    // Whether Berth holds output of this container that removing it would lose (an open log tab).
    void setHasOpenOutput(std::function<bool(const QString &id)> hasOpenOutput);
    int stopTimeoutSecs() const;
    QToolButton *stopButton() const { return m_stop; }
    QToolButton *removeButton() const { return m_remove; }
    // Shown instead of the table when there is nothing to list: on first run, a way to launch one.
    bool showsEmptyHint() const;
    QString emptyHintText() const;
    QPushButton *launchButton() const { return m_launchOne; }

    // Actions, also used by tests. They ask for confirmation when the container is someone else's.
    void startSelected();
    void stopSelected();
    void removeSelected();
    // Opens a published port of the selected container in the browser (the Jupyter token URL when its output
    // shows one). Tests replace the browser.
    void openPort(const core::PublishedPort &port);
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_urlOpener = std::move(opener); }

Q_SIGNALS:
    // client: the engine of the container's server (the window's own, or another server's).
    void openLogs(const QString &id, const QString &name, berth::core::EngineClient *client);
    void openShell(const QString &id, const QString &name, berth::core::EngineClient *client);
    void launchRequested();
    void urlOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Said wherever owners are shown or acted on: the label is a convention, not access control.
    static QString advisoryNote();
    void retranslate();
    void updateActions();
    void onSelectionChanged();
    void beginModelChange();
    void endModelChange();
    void restoreSelection();
    void refreshVisibleDurations();
    void updateEmptyHint();
    bool confirmForeign(int action, const core::ContainerSummary &c);
    bool confirmRemove(const core::ContainerSummary &c);
    void report(const core::EngineError &error, const QString &server, std::function<QString()> what);
    void fillOpenMenu();
    // The selected row in the model (-1: none), and the engine of a server's containers (null: not followed).
    int selectedRow() const;
    core::EngineClient *clientFor(const QString &server) const;
    void onServerChosen();
    void onSourcesChanged();
    void fillServerFilter();
    void updateServerNote();

    core::EngineClient *m_client;
    // Guarded: the window's monitor can go first while the window is being taken down, and its rows going then
    // still reach updateEmptyHint().
    QPointer<core::ContainerMonitor> m_monitor;
    ContainerTableModel *m_model;
    ContainerFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_scope;
    QLabel *m_scopeLabel;
    QComboBox *m_server;
    QLabel *m_serverLabel;
    QLabel *m_serverNote;
    core::LabContainers *m_lab;
    QToolButton *m_start;
    QToolButton *m_stop;
    QToolButton *m_remove;
    QToolButton *m_logs;
    QToolButton *m_shell;
    QToolButton *m_open;
    std::function<bool(const QUrl &)> m_urlOpener;
    MessageBar *m_message;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_launchOne;
    QTimer m_tick;
    QString m_selectedId;
    QString m_selectedServer;
    QString m_pendingSelectId;
    int m_modelChanging = 0;
    std::function<bool(const QString &)> m_hasOpenOutput;
};

} // namespace berth::ui
