// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace berth::core {
class ContainerMonitor;
class EngineClient;
class EngineError;
struct ContainerSummary;
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
    QString selectedId() const;
    void selectContainer(const QString &id);

    // Actions, also used by tests. They ask for confirmation when the container is someone else's.
    void startSelected();
    void stopSelected();
    void removeSelected();

Q_SIGNALS:
    void openLogs(const QString &id, const QString &name);
    void openShell(const QString &id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Said wherever owners are shown or acted on: the label is a convention, not access control.
    static QString advisoryNote();
    void retranslate();
    void updateActions();
    bool confirmForeign(int action, const core::ContainerSummary &c);
    void report(const core::EngineError &error, const QString &what);

    core::EngineClient *m_client;
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
    MessageBar *m_message;
};

} // namespace berth::ui
