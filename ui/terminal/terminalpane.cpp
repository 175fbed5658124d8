// SPDX-License-Identifier: Apache-2.0
#include "terminalpane.h"

#include "common/childsignals.h"
#include "engine/engineclient.h"
#include "settings/settings.h"
#include "terminal/systemterminal.h"
#include "terminalwidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace berth::ui {

using core::TerminalSession;

TerminalPane::TerminalPane(core::EngineClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_session(new TerminalSession(client, this)),
      m_terminal(new TerminalWidget(this)), m_status(new QLabel(this)), m_systemButton(new QPushButton(this)),
      m_detachButton(new QPushButton(this)), m_closeButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_terminal, 1);
    auto *strip = new QHBoxLayout;
    strip->setContentsMargins(6, 3, 6, 3);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText);
    strip->addWidget(m_status, 1);
    for (QPushButton *b : {m_systemButton, m_detachButton, m_closeButton}) {
        b->setFocusPolicy(Qt::NoFocus); // keys stay with the terminal
        b->setAutoDefault(false);
        strip->addWidget(b);
    }
    m_detachButton->hide();
    layout->addLayout(strip);
    setFocusProxy(m_terminal);

    connect(m_terminal, &TerminalWidget::sendData, m_session, &TerminalSession::write);
    connect(m_terminal, &TerminalWidget::terminalSizeChanged, m_session, &TerminalSession::resize);
    connect(m_terminal, &TerminalWidget::titleChanged, this, [this](const QString &t) {
        m_programTitle = t;
        Q_EMIT titleChanged(title());
    });
    connect(m_session, &TerminalSession::output, m_terminal, &TerminalWidget::feed);
    connect(m_session, &TerminalSession::started, this, [this] {
        m_terminal->setReadOnly(!m_session->acceptsInput());
        m_detachButton->setVisible(m_mode == Mode::Attach && m_session->acceptsInput());
        if (!m_session->hasTty())
            setStatus([this] {
                return m_session->acceptsInput()
                           ? tr("This container has no terminal (started without -t): input is sent as typed, "
                                "without echo or line editing.")
                           : tr("This container was started without -i: its output is shown, input is not "
                                "connected.");
            });
        else
            setStatus([this] {
                const QString name = m_containerName.isEmpty() ? m_containerId.left(12) : m_containerName;
                switch (m_mode) {
                case Mode::Attach:
                    return tr("Attached to %1. Ctrl+P Ctrl+Q detaches and leaves it running.").arg(name);
                case Mode::Exec:
                    return tr("Running %1 in %2.").arg(m_command.join(QLatin1Char(' ')), name);
                default:
                    return tr("Shell in %1.").arg(name);
                }
            });
        Q_EMIT sessionStarted();
    });
    connect(m_session, &TerminalSession::ended, this, &TerminalPane::onEnded);
    connect(m_systemButton, &QPushButton::clicked, this, &TerminalPane::openInSystemTerminal);
    connect(m_detachButton, &QPushButton::clicked, this, [this] {
        m_session->detach();
        m_terminal->setFocus();
    });
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        m_session->close();
        Q_EMIT closeRequested();
    });
    retranslate();
}

TerminalPane::~TerminalPane()
{
    disconnectChildSignals(this);
}

void TerminalPane::openShell(const QString &containerId, const QString &containerName)
{
    m_mode = Mode::Shell;
    m_containerId = containerId;
    m_containerName = containerName;
    start();
}

void TerminalPane::exec(const QString &containerId, const QStringList &command, const QString &containerName)
{
    m_mode = Mode::Exec;
    m_containerId = containerId;
    m_containerName = containerName;
    m_command = command;
    start();
}

void TerminalPane::attach(const QString &containerId, const QString &containerName)
{
    m_mode = Mode::Attach;
    m_containerId = containerId;
    m_containerName = containerName;
    start();
}

void TerminalPane::start()
{
    setStatus([this] {
        return tr("Connecting to %1…").arg(m_containerName.isEmpty() ? m_containerId.left(12) : m_containerName);
    });
    Q_EMIT titleChanged(title());
    const int rows = m_terminal->rows();
    const int cols = m_terminal->cols();
    switch (m_mode) {
    case Mode::Shell:
        m_session->openShell(m_containerId, rows, cols);
        break;
    case Mode::Exec:
        m_session->exec(m_containerId, m_command, rows, cols);
        break;
    case Mode::Attach:
        m_session->attach(m_containerId, rows, cols);
        break;
    case Mode::None:
        break;
    }
}

QString TerminalPane::title() const
{
    if (!m_programTitle.isEmpty())
        return m_programTitle;
    const QString name = m_containerName.isEmpty() ? m_containerId.left(12) : m_containerName;
    switch (m_mode) {
    case Mode::Attach:
        return tr("attach: %1").arg(name);
    case Mode::Exec:
        return tr("%1: %2").arg(m_command.value(0), name);
    default:
        return tr("shell: %1").arg(name);
    }
}

QString TerminalPane::statusText() const
{
    return m_status->text();
}

bool TerminalPane::isActive() const
{
    return m_session->state() == TerminalSession::State::Connecting ||
           m_session->state() == TerminalSession::State::Running;
}

bool TerminalPane::openInSystemTerminal()
{
    const QString host = m_client ? m_client->endpoint().host() : QString();
    const QStringList command = m_mode == Mode::Attach ? core::SystemTerminal::attachCommand(host, m_containerId)
                                                       : core::SystemTerminal::execCommand(host, m_containerId);
    const QString configured = core::Settings::instance().value(core::Settings::TerminalCommand).toString();
    const core::SystemTerminal::Launch launch = core::SystemTerminal::launch(command, configured);
    if (!launch.ok) {
        const QString error = launch.error;
        setStatus([error] { return error; });
        return false;
    }
    return true;
}

void TerminalPane::showLaunchFailure(const QString &message)
{
    m_launchFailure = message;
    m_terminal->setReadOnly(true);
    m_detachButton->hide();
    setStatus([message] { return message; });
}

void TerminalPane::onEnded(TerminalSession::Ending ending, int exitCode)
{
    m_terminal->setReadOnly(true);
    m_detachButton->hide();
    if (!m_launchFailure.isEmpty()) {
        // The launch's own failure says more than the exit code of a container that never started.
        Q_EMIT titleChanged(title());
        Q_EMIT sessionEnded(ending, exitCode, m_launchFailure);
        return;
    }
    setStatus([this, ending, exitCode] { return endingMessage(ending, exitCode); });
    Q_EMIT titleChanged(title());
    Q_EMIT sessionEnded(ending, exitCode, endingMessage(ending, exitCode));
}

QString TerminalPane::endingMessage(TerminalSession::Ending ending, int exitCode) const
{
    switch (ending) {
    case TerminalSession::Ending::Exited:
        return tr("The process exited with code %1.").arg(exitCode);
    case TerminalSession::Ending::ContainerExited:
        return exitCode >= 0 ? tr("The container exited with code %1.").arg(exitCode)
                             : tr("The container exited and was removed.");
    case TerminalSession::Ending::ContainerStopped:
        return exitCode >= 0 ? tr("The container stopped (exit code %1), which ended this session.").arg(exitCode)
                             : tr("The container stopped and was removed, which ended this session.");
    case TerminalSession::Ending::Detached:
        return tr("Detached. The container keeps running.");
    case TerminalSession::Ending::Closed:
        return tr("Session closed.");
    case TerminalSession::Ending::Failed:
        return errorMessage(m_session->error());
    case TerminalSession::Ending::None:
        break;
    }
    return {};
}

QString TerminalPane::errorMessage(const core::EngineError &error) const
{
    using Kind = core::EngineError::Kind;
    switch (error.kind()) {
    case Kind::Conflict:
        return tr("The container is not running. Start it, then open the terminal again. (%1)").arg(error.message());
    case Kind::NotFound:
        return tr("The container no longer exists.");
    case Kind::Unreachable:
        return tr("Cannot reach the Docker engine: %1. Is it running?").arg(error.message());
    case Kind::PermissionDenied:
        return tr("Permission denied on the Docker socket. Ask to be added to the docker group, then log in again.");
    default:
        return tr("The terminal session failed: %1").arg(error.message());
    }
}

void TerminalPane::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void TerminalPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TerminalPane::retranslate()
{
    m_systemButton->setText(tr("Open in System Terminal"));
    m_systemButton->setToolTip(tr("Run docker exec -it / docker attach in the desktop's terminal"));
    m_detachButton->setText(tr("Detach"));
    m_detachButton->setToolTip(tr("Leave the container running (Ctrl+P Ctrl+Q)"));
    m_closeButton->setText(tr("Close"));
    if (m_statusText)
        m_status->setText(m_statusText());
}

} // namespace berth::ui
