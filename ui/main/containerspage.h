// SPDX-License-Identifier: Apache-2.0
#pragma once

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
struct ContainerSummary;
struct PublishedPort;
} // namespace berth::core

namespace berth::ui {

class ContainerTableModel;
class ContainerFilterProxy;
class MessageBar;

// The list of containers with start, stop, remove, logs and shell. Stopping or removing someone else's container
// asks first and names the owner.
class ContainersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersPage)
public:
    ContainersPage(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent = nullptr);
    ~ContainersPage() override;

    QTableView *view() const { return m_view; }
    ContainerTableModel *model() const { return m_model; }
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
    void openLogs(const QString &id, const QString &name);
    void openShell(const QString &id, const QString &name);
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
    void report(const core::EngineError &error, std::function<QString()> what);
    void fillOpenMenu();

    core::EngineClient *m_client;
    core::ContainerMonitor *m_monitor = nullptr;
    ContainerTableModel *m_model;
    ContainerFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_scope;
    QLabel *m_scopeLabel;
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
    QString m_pendingSelectId;
    int m_modelChanging = 0;
    std::function<bool(const QString &)> m_hasOpenOutput;
};

} // namespace berth::ui
