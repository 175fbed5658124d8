// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTabWidget>

namespace berth::core {
class EngineClient;
class Settings;
} // namespace berth::core

namespace berth::ui {

class LogConsole;

// One LogConsole per container, as closable tabs. open() brings an existing tab forward instead of opening a second.
// A tab's title turns red when its container exited with an error, and its tooltip says how it ended.
class LogTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTabs)
public:
    LogTabs(core::EngineClient *client, core::Settings &settings, QWidget *parent = nullptr);
    ~LogTabs() override;

    LogConsole *open(const QString &containerId, const QString &name);
    // A container of another server than the window's, through that server's engine; title names the server.
    LogConsole *open(const QString &containerId, const QString &name, core::EngineClient *client, const QString &title);
    LogConsole *console(const QString &containerId) const;
    void closeConsole(const QString &containerId);
    QStringList containerIds() const;

Q_SIGNALS:
    void consoleOpened(const QString &containerId);
    void consoleClosed(const QString &containerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTab(LogConsole *console);

    core::EngineClient *m_client;
    core::Settings &m_settings;
};

} // namespace berth::ui
