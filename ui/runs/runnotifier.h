// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runs/runrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace berth::core {
class Settings;
}

namespace berth::ui {

// Tells the user when a run ends: a freedesktop notification over the session D-Bus (clicking it opens the run),
// or the tray icon's message where no notification service answers. Settings::RunsNotify turns it off.
class RunNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNotifier)
public:
    explicit RunNotifier(core::Settings &settings, QObject *parent = nullptr);
    ~RunNotifier() override;

    enum class Channel { None, DBus, Tray };
    Q_ENUM(Channel)
    Channel lastChannel() const { return m_lastChannel; }

    // The title and body a run's notification carries (translated), for the notification and for tests.
    static QString title(const core::RunRecord &run);
    static QString body(const core::RunRecord &run);

public Q_SLOTS:
    void notifyFinished(const berth::core::RunRecord &run);
    // Someone else's container ended (shown only with Settings::RunsNotifyOthers).
    void notifyOtherEnded(const QString &name, const QString &owner, int exitCode);

Q_SIGNALS:
    void openRunRequested(qint64 runId);
    void notified(berth::ui::RunNotifier::Channel channel, const QString &title, const QString &body);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    void showInTray(qint64 runId, const QString &title, const QString &body, bool failure);

    core::Settings &m_settings;
    QHash<uint, qint64> m_runOfNotification;
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_trayRun = 0;
    bool m_dbusConnected = false;
    Channel m_lastChannel = Channel::None;
};

} // namespace berth::ui
