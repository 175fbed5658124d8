// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace berth::core {

class EngineClient;
class HijackedConnection;
class StreamDemuxer;

// One interactive session with a container over a hijacked connection: an exec'd process ("Open shell") or the
// container's own process (attach). Bytes typed go in through write(), the program's output comes out of output();
// resize() follows the terminal's size (debounced, then /exec/ID/resize or /containers/ID/resize).
// When the stream closes the session finds out why (inspect) and emits ended() once.
class TerminalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSession)
public:
    enum class Kind { None, Exec, Attach };
    enum class State { Idle, Connecting, Running, Ended };
    enum class Ending {
        None,
        Exited,           // the exec'd process ended; exitCode() is its status
        ContainerExited,  // attach: the container's process ended; exitCode() is its status (-1: unknown)
        ContainerStopped, // exec: the container stopped under the session; exitCode() is the container's
        Detached,         // the stream closed with the process still running (Ctrl-P Ctrl-Q)
        Closed,           // close() was called
        Failed,           // it could not start or the connection broke; error() says why
    };
    Q_ENUM(Ending)

    static constexpr int ResizeDebounceMs = 80;

    // The command "Open shell" runs: bash when the image has it, otherwise sh (one exec, no probe round trip).
    static QStringList shellCommand();
    // The bytes the engine takes as "detach" (its default detach keys, Ctrl-P Ctrl-Q).
    static QByteArray detachSequence() { return QByteArrayLiteral("\x10\x11"); }

    explicit TerminalSession(EngineClient *client, QObject *parent = nullptr);
    ~TerminalSession() override;

    // Starting: one of these, once. rows/cols: the terminal's size now, applied as soon as the TTY exists.
    void openShell(const QString &containerId, int rows, int cols);
    void exec(const QString &containerId, const QStringList &command, int rows, int cols);
    // The container may be running or only created (attach first, then start, to see its first output).
    void attach(const QString &containerId, int rows, int cols);

    void write(const QByteArray &bytes);
    void resize(int rows, int cols);
    void detach(); // sends the detach keys as they are, also where input is otherwise line-edited
    void close();  // ends the session here; the container and the exec'd process are left alone

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    Ending ending() const { return m_ending; }
    int exitCode() const { return m_exitCode; }
    const EngineError &error() const { return m_error; }
    const QString &containerId() const { return m_containerId; }
    const QString &execId() const { return m_execId; }
    const QStringList &command() const { return m_command; }
    bool hasTty() const { return m_tty; }
    bool acceptsInput() const { return m_acceptsInput; }
    // The TTY size the engine last accepted (rows, cols); 0 before the first resize went through.
    int appliedRows() const { return m_appliedRows; }
    int appliedCols() const { return m_appliedCols; }

Q_SIGNALS:
    void started();
    void output(const QByteArray &bytes);
    void ttyResized(int rows, int cols);
    void ended(berth::core::TerminalSession::Ending ending, int exitCode);

private:
    void connectStream(const std::shared_ptr<HijackedConnection> &connection);
    void onReceived(const QByteArray &data);
    void onClosed(const EngineError &error);
    void sendResize();
    void checkExecEnding(int attempt);
    void checkContainerEnding(int attempt, std::optional<int> execExitCode);
    void writeCooked(const QByteArray &bytes);
    void finish(Ending ending, int exitCode, const EngineError &error = {});
    void fail(const EngineError &error) { finish(Ending::Failed, -1, error); }

    QPointer<EngineClient> m_client;
    std::shared_ptr<HijackedConnection> m_connection;
    std::unique_ptr<StreamDemuxer> m_demux; // attach to a container without a TTY: stdout/stderr frames
    Kind m_kind = Kind::None;
    State m_state = State::Idle;
    Ending m_ending = Ending::None;
    int m_exitCode = -1;
    EngineError m_error;
    QString m_containerId;
    QString m_execId;
    QStringList m_command;
    bool m_tty = true;
    bool m_acceptsInput = true;
    bool m_autoRemove = false;
    QByteArray m_line;     // without a TTY: the line being typed, sent on Enter (no kernel line discipline)
    int m_escapeState = 0; // without a TTY: skipping an escape sequence (arrows and such have no meaning)
    std::optional<int> m_waitedExitCode; // from /wait, for --rm containers that are gone before inspect
    QTimer m_resizeTimer;
    int m_rows = 24;
    int m_cols = 80;
    int m_appliedRows = 0;
    int m_appliedCols = 0;
    bool m_resizeInFlight = false;
    bool m_forceRedraw = false; // attach: resize one larger first, so a shell at its prompt redraws it
    int m_resizeFailures = 0;
};

} // namespace berth::core
