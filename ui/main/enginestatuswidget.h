// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace berth::core {
class ContainerMonitor;
class EngineClient;
} // namespace berth::core

namespace berth::ui {

// One line in the status bar: which engine, its version and API, or why it cannot be reached, with Retry.
class EngineStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusWidget)
public:
    EngineStatusWidget(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent = nullptr);

    QString text() const;
    bool isReachable() const { return m_reachable; }
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(bool reachable);
    QString serverText() const; // "context (address)", or the address for the default engine

    core::EngineClient *m_client;
    core::ContainerMonitor *m_monitor;
    QLabel *m_dot;
    QLabel *m_label;
    QToolButton *m_retry;
    QString m_version;
    core::EngineError m_error;
    bool m_reachable = false;
    bool m_known = false;
};

} // namespace berth::ui
