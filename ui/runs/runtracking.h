// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchspec.h"

#include <QObject>

#include <functional>

namespace berth::core {
class EngineClient;
class LaunchSession;
class ResourceMonitor;
class RunRecorder;
class RunStore;
class Settings;
} // namespace berth::core

namespace berth::ui {

class RunNotifier;

// The run history as the window uses it: the store (opened at start), the recorder that files every launch, the
// resource monitor that feeds the plots and each run's summary, and the notifier that says when a run ends.
class RunTracking final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTracking)
public:
    // databasePath empty: $XDG_DATA_HOME/berth/runs.db
    RunTracking(core::EngineClient *client, core::Settings &settings, const QString &databasePath = {},
                QObject *parent = nullptr);
    ~RunTracking() override;

    core::RunStore *store() const { return m_store; }
    core::RunRecorder *recorder() const { return m_recorder; }
    core::ResourceMonitor *monitor() const { return m_monitor; }
    RunNotifier *notifier() const { return m_notifier; }

    // What the launch was, beyond the spec: how it was started (form, profile) and under which name.
    struct LaunchContext
    {
        QString source = QStringLiteral("form");
        QString owner;
        bool imageHasBash = true;
    };
    // Files every launch this session starts from now on (installs its before-start hook).
    void track(core::LaunchSession *session, std::function<LaunchContext()> context);

Q_SIGNALS:
    void damagedHistoryKeptAside(const QString &keptAs);
    void historyUnavailable(const QString &error);

private:
    core::RunStore *m_store;
    core::RunRecorder *m_recorder;
    core::ResourceMonitor *m_monitor;
    RunNotifier *m_notifier;
    bool m_historyOpen = false;
};

} // namespace berth::ui
