// SPDX-License-Identifier: Apache-2.0
#include "terminalsession.h"

#include "engine/engineclient.h"
#include "engine/hijackedconnection.h"
#include "engine/streamdemuxer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTerminal, "berth.terminal")

namespace berth::core {

namespace {
constexpr int SettleRetries = 10; // how often to re-inspect a process that is still "running" after its stream closed
constexpr int SettleDelayMs = 50;
constexpr int ResizeRetries = 30; // the TTY may not exist yet right after start (exec) or before start (attach)
constexpr int ResizeRetryDelayMs = 100;
} // namespace

QStringList TerminalSession::shellCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("if command -v bash >/dev/null 2>&1; then exec bash; fi; exec sh")};
}

TerminalSession::TerminalSession(EngineClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(ResizeDebounceMs);
    connect(&m_resizeTimer, &QTimer::timeout, this, &TerminalSession::sendResize);
}

TerminalSession::~TerminalSession()
{
    if (m_connection) {
        disconnect(m_connection.get(), nullptr, this, nullptr);
        m_connection->close();
    }
}

void TerminalSession::openShell(const QString &containerId, int rows, int cols)
{
    exec(containerId, shellCommand(), rows, cols);
}

void TerminalSession::exec(const QString &containerId, const QStringList &command, int rows, int cols)
{
    if (m_state != State::Idle || !m_client)
        return;
    m_kind = Kind::Exec;
    m_state = State::Connecting;
    m_containerId = containerId;
    m_command = command;
    m_rows = rows;
    m_cols = cols;
    const QJsonObject body{
        {QStringLiteral("AttachStdin"), true},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Tty"), true},
        {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)},
        // The terminal understands 256 colours and more; the engine's own default would be plain "xterm".
        {QStringLiteral("Env"), QJsonArray{QStringLiteral("TERM=xterm-256color")}},
    };
    m_client->createExec(containerId, body, this, [this](const Result<QString> &created) {
        if (m_state != State::Connecting)
            return;
        if (!created.ok()) {
            fail(created.error());
            return;
        }
        m_execId = created.value();
        m_client->startExec(m_execId, true, this, [this](const Result<std::shared_ptr<HijackedConnection>> &r) {
            if (!r.ok()) {
                if (m_state == State::Connecting)
                    fail(r.error());
                return;
            }
            connectStream(r.value());
        });
    });
}

void TerminalSession::attach(const QString &containerId, int rows, int cols)
{
    if (m_state != State::Idle || !m_client)
        return;
    m_kind = Kind::Attach;
    m_state = State::Connecting;
    m_containerId = containerId;
    m_rows = rows;
    m_cols = cols;
    m_client->inspectContainer(containerId, this, [this](const Result<ContainerDetails> &details) {
        if (m_state != State::Connecting)
            return;
        if (!details.ok()) {
            fail(details.error());
            return;
        }
        m_tty = details->tty;
        m_acceptsInput = details->openStdin;
        m_command = details->cmd;
        m_autoRemove = details->autoRemove;
        if (!m_tty) {
            // Without a TTY nothing turns "\n" into "\r\n", and stdout and stderr arrive framed.
            m_demux = std::make_unique<StreamDemuxer>([this](int type, QByteArrayView payload) {
                if (type == 0)
                    return;
                QByteArray bytes = payload.toByteArray();
                bytes.replace("\n", "\r\n");
                Q_EMIT output(bytes);
            });
        }
        if (m_autoRemove) {
            // A --rm container is gone by the time we could inspect it; /wait still tells its status.
            m_client->waitContainer(m_containerId, QStringLiteral("removed"), this,
                                    [this](const Result<WaitResult> &w) {
                                        if (w.ok())
                                            m_waitedExitCode = w->statusCode;
                                    });
        }
        m_client->attach(m_containerId, false, this, [this](const Result<std::shared_ptr<HijackedConnection>> &r) {
            if (!r.ok()) {
                if (m_state == State::Connecting)
                    fail(r.error());
                return;
            }
            connectStream(r.value());
        });
    });
}

void TerminalSession::connectStream(const std::shared_ptr<HijackedConnection> &connection)
{
    if (m_state != State::Connecting) {
        connection->close(); // closed by the user while it was being set up
        return;
    }
    m_connection = connection;
    m_state = State::Running;
    connect(connection.get(), &HijackedConnection::received, this, &TerminalSession::onReceived);
    connect(connection.get(), &HijackedConnection::closed, this, &TerminalSession::onClosed);
    // The same size as before sends no SIGWINCH, and a shell idle at its prompt would show nothing until Enter.
    m_forceRedraw = m_kind == Kind::Attach && m_tty;
    Q_EMIT started();
    if (m_state != State::Running)
        return;
    sendResize();
    connection->start();
}

void TerminalSession::onReceived(const QByteArray &data)
{
    if (m_state != State::Running)
        return;
    // A container attached before it was started takes a size only once it runs; its first output says so.
    if (m_resizeFailures > ResizeRetries && !m_resizeInFlight) {
        m_resizeFailures = 0;
        sendResize();
    }
    if (m_demux) {
        if (!m_demux->feed(data))
            fail(EngineError(EngineError::Kind::Protocol, tr("The engine sent a malformed output stream.")));
        return;
    }
    Q_EMIT output(data);
}

void TerminalSession::onClosed(const EngineError &error)
{
    if (m_state != State::Running)
        return;
    m_resizeTimer.stop();
    if (error.isError()) {
        fail(error);
        return;
    }
    if (m_kind == Kind::Exec)
        checkExecEnding(0);
    else
        checkContainerEnding(0, std::nullopt);
}

void TerminalSession::checkExecEnding(int attempt)
{
    if (m_state != State::Running || !m_client)
        return;
    m_client->inspectExec(m_execId, this, [this, attempt](const Result<ExecDetails> &r) {
        if (m_state != State::Running)
            return;
        if (!r.ok()) {
            if (r.error().kind() == EngineError::Kind::NotFound) // gone with its container
                checkContainerEnding(SettleRetries, std::nullopt);
            else
                fail(r.error());
            return;
        }
        if (!r->running) {
            checkContainerEnding(0, r->exitCode);
            return;
        }
        if (attempt < SettleRetries) {
            QTimer::singleShot(SettleDelayMs, this, [this, attempt] { checkExecEnding(attempt + 1); });
            return;
        }
        // Still running: detached, unless the container itself stopped (its exec then may never be marked ended).
        checkContainerEnding(SettleRetries, std::nullopt);
    });
}

void TerminalSession::checkContainerEnding(int attempt, std::optional<int> execExitCode)
{
    if (m_state != State::Running || !m_client)
        return;
    m_client->inspectContainer(m_containerId, this, [this, attempt, execExitCode](const Result<ContainerDetails> &r) {
        if (m_state != State::Running)
            return;
        const bool exec = m_kind == Kind::Exec;
        if (!r.ok()) {
            if (r.error().kind() != EngineError::Kind::NotFound) {
                if (execExitCode)
                    finish(Ending::Exited, *execExitCode);
                else
                    fail(r.error());
                return;
            }
            // Removed (--rm). Attach: give the pending /wait a moment to report the status.
            if (!exec && !m_waitedExitCode && m_autoRemove && attempt < 4 * SettleRetries) {
                QTimer::singleShot(SettleDelayMs, this,
                                   [this, attempt] { checkContainerEnding(attempt + 1, std::nullopt); });
                return;
            }
            finish(exec ? Ending::ContainerStopped : Ending::ContainerExited, m_waitedExitCode.value_or(-1));
            return;
        }
        if (r->running) {
            if (exec) {
                finish(execExitCode ? Ending::Exited : Ending::Detached, execExitCode.value_or(-1));
                return;
            }
            // The stream can close a moment before the engine records the exit.
            if (attempt < SettleRetries) {
                QTimer::singleShot(SettleDelayMs, this,
                                   [this, attempt] { checkContainerEnding(attempt + 1, std::nullopt); });
                return;
            }
            finish(Ending::Detached, -1);
            return;
        }
        finish(exec ? Ending::ContainerStopped : Ending::ContainerExited, r->exitCode);
    });
}

void TerminalSession::write(const QByteArray &bytes)
{
    if (m_state != State::Running || !m_connection || !m_acceptsInput || bytes.isEmpty())
        return;
    if (m_tty)
        m_connection->write(bytes);
    else
        writeCooked(bytes);
}

void TerminalSession::detach()
{
    if (m_state == State::Running && m_connection && m_acceptsInput)
        m_connection->write(detachSequence());
}

// A container without a TTY has no line discipline: nothing echoes, erases or ends lines. Do the little a
// user needs here: echo, Backspace, Ctrl-U, Ctrl-C (drops the line), Enter sends the line, Ctrl-D on an empty
// line closes stdin.
void TerminalSession::writeCooked(const QByteArray &bytes)
{
    QByteArray echo;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (m_escapeState == 1) {
            m_escapeState = (c == '[' || c == 'O') ? 2 : 0;
            continue;
        }
        if (m_escapeState == 2) {
            if (c >= 0x40 && c <= 0x7e)
                m_escapeState = 0;
            continue;
        }
        switch (c) {
        case 0x1b:
            m_escapeState = 1;
            break;
        case '\r':
        case '\n':
            m_connection->write(m_line + '\n');
            m_line.clear();
            echo += "\r\n";
            break;
        case 0x7f:
        case 0x08:
            if (!m_line.isEmpty()) {
                while (!m_line.isEmpty() && (static_cast<unsigned char>(m_line.back()) & 0xc0) == 0x80)
                    m_line.chop(1); // UTF-8 continuation bytes
                m_line.chop(1);
                echo += "\b \b";
            }
            break;
        case 0x15: // Ctrl-U
            for (qsizetype i = QString::fromUtf8(m_line).size(); i > 0; --i)
                echo += "\b \b";
            m_line.clear();
            break;
        case 0x03: // Ctrl-C: no TTY, so no signal to send; drop the line as a shell would
            m_line.clear();
            echo += "^C\r\n";
            break;
        case 0x04: // Ctrl-D
            if (m_line.isEmpty()) {
                m_connection->closeWrite();
            } else {
                m_connection->write(m_line);
                m_line.clear();
            }
            break;
        default:
            if (c >= 0x20 || c == '\t') {
                m_line += ch;
                echo += ch;
            }
            break;
        }
    }
    if (!echo.isEmpty())
        Q_EMIT output(echo);
}

void TerminalSession::resize(int rows, int cols)
{
    if (rows < 1 || cols < 1)
        return;
    m_rows = rows;
    m_cols = cols;
    if (m_state == State::Running)
        m_resizeTimer.start();
}

void TerminalSession::sendResize()
{
    if (m_state != State::Running || !m_client || m_resizeInFlight || !m_tty)
        return;
    const bool jiggle = m_forceRedraw;
    if (!jiggle && m_rows == m_appliedRows && m_cols == m_appliedCols)
        return;
    m_resizeInFlight = true;
    const int rows = jiggle ? m_rows + 1 : m_rows;
    const int cols = jiggle ? m_cols + 1 : m_cols;
    auto done = [this, rows, cols, jiggle](const Result<Done> &r) {
        m_resizeInFlight = false;
        if (m_state != State::Running)
            return;
        if (!r.ok()) {
            if (++m_resizeFailures <= ResizeRetries) {
                QTimer::singleShot(ResizeRetryDelayMs, this, &TerminalSession::sendResize);
            } else {
                qCWarning(lcTerminal) << "resize failed:" << r.error().toString();
            }
            return;
        }
        m_resizeFailures = 0;
        m_appliedRows = rows;
        m_appliedCols = cols;
        if (jiggle)
            m_forceRedraw = false;
        else
            Q_EMIT ttyResized(rows, cols);
        if (m_rows != rows || m_cols != cols)
            sendResize();
    };
    if (m_kind == Kind::Exec)
        m_client->resizeExec(m_execId, rows, cols, this, done);
    else
        m_client->resizeContainer(m_containerId, rows, cols, this, done);
}

void TerminalSession::close()
{
    if (m_state == State::Ended)
        return;
    finish(Ending::Closed, -1);
}

void TerminalSession::finish(Ending ending, int exitCode, const EngineError &error)
{
    if (m_state == State::Ended)
        return;
    m_state = State::Ended;
    m_ending = ending;
    m_exitCode = exitCode;
    m_error = error;
    m_resizeTimer.stop();
    if (m_connection) {
        // Kept until the session goes: this may run inside one of the connection's own signals.
        disconnect(m_connection.get(), nullptr, this, nullptr);
        m_connection->close();
    }
    Q_EMIT ended(ending, exitCode);
}

} // namespace berth::core
