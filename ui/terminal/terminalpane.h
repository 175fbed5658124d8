// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "terminal/terminalsession.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace berth::core {
class EngineClient;
}

namespace berth::ui {

class TerminalWidget;

// One interactive terminal, ready to be a tab: a TerminalWidget bound to a TerminalSession, with a status strip
// that says how the session ended (exit code, container stopped, detached) and offers "Open in System Terminal",
// "Detach" (attached containers) and "Close".
class TerminalPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalPane)
public:
    explicit TerminalPane(core::EngineClient *client, QWidget *parent = nullptr);
    ~TerminalPane() override;

    // Start one of these, once. containerName is for titles and messages (the id is used when empty).
    void openShell(const QString &containerId, const QString &containerName = {});
    void exec(const QString &containerId, const QStringList &command, const QString &containerName = {});
    void attach(const QString &containerId, const QString &containerName = {});
    // The launch this pane was attached for never started: say why, instead of the exit code (128) the engine gives
    // the container it could not start.
    void showLaunchFailure(const QString &message);

    TerminalWidget *terminal() const { return m_terminal; }
    core::TerminalSession *session() const { return m_session; }
    QString title() const;      // for the tab: the program's own title, else "shell: name" / "attach: name"
    QString statusText() const; // the status strip's text (the ending message once ended)
    bool isActive() const;      // connecting or running

    // Opens the same session in the desktop's terminal (docker exec -it / docker attach); false and a message
    // in the status strip when no terminal program was found.
    bool openInSystemTerminal();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void sessionStarted();
    void sessionEnded(berth::core::TerminalSession::Ending ending, int exitCode, const QString &message);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void onEnded(core::TerminalSession::Ending ending, int exitCode);
    QString endingMessage(core::TerminalSession::Ending ending, int exitCode) const;
    QString errorMessage(const core::EngineError &error) const;
    // The status text is rebuilt from this on a language change.
    void setStatus(std::function<QString()> text);
    void retranslate();

    core::EngineClient *m_client;
    core::TerminalSession *m_session;
    TerminalWidget *m_terminal;
    QLabel *m_status;
    QPushButton *m_systemButton;
    QPushButton *m_detachButton;
    QPushButton *m_closeButton;
    QString m_containerId;
    QString m_containerName;
    QString m_programTitle;
    enum class Mode { None, Shell, Exec, Attach } m_mode = Mode::None;
    QStringList m_command;
    std::function<QString()> m_statusText;
    QString m_launchFailure;
};

} // namespace berth::ui
