// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"
#include "transportconfig.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <vector>

namespace berth::core {

class ProcessDevice;

// How Berth runs the system ssh. The user's ~/.ssh/config (aliases, keys, agents, ProxyJump, known_hosts) applies
// as it does for the docker CLI; configFile replaces it (tests, or BERTH_SSH_CONFIG).
struct SshOptions
{
    QString program = QStringLiteral("ssh");
    QString configFile;
    // A program ssh runs for passwords, passphrases and unknown host keys (Berth itself in the GUI). Empty: ssh
    // never asks (BatchMode), so nothing can hang on a prompt nobody sees.
    QString askpassProgram;
    // Without askpass: let ssh ask on the terminal (headless commands run from one) instead of BatchMode.
    bool terminalPrompts = false;
    QString controlDir; // where the shared-session sockets live; empty: Berth's runtime dir
    int connectTimeoutSecs = 30;
    int persistSecs = 600; // the shared session outlives its last channel by this much

    // program from BERTH_SSH_PROGRAM, configFile from BERTH_SSH_CONFIG
    static SshOptions fromEnvironment();
};

// What a command run on the server printed and how it ended. error is set only when ssh itself failed (could not
// connect, authenticate, …); a command that ran and failed has error None and its own exitCode.
struct SshCommandResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    HttpError error;
    bool ok() const { return !error.isError() && exitCode == 0; }
};

// One authenticated ssh connection to a server, shared by every request, stream, shell and command Berth sends
// there (OpenSSH ControlMaster with a socket in Berth's runtime dir). Opening logs or a shell, or running
// nvidia-smi, costs a new channel on it, not a new handshake or a new password prompt.
class SshSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshSession)
public:
    // The process-wide session for a destination (created on first use, owned by the application).
    static SshSession *forDestination(const SshDestination &destination);
    static void setDefaultOptions(const SshOptions &options);
    static SshOptions defaultOptions();
    // Ends every shared session this process started (at exit).
    static void closeAll();

    const SshDestination &destination() const { return m_destination; }
    const SshOptions &options() const { return m_options; }
    QString controlPath() const { return m_controlPath; }
    bool isConnected() const;

    // Connects (once; concurrent callers wait for the same attempt) and calls done with no error when ready.
    void ensureConnected(QObject *context, std::function<void(const HttpError &)> done);
    // Starts `docker [--host unix://PATH] system dial-stdio` on the server over the shared connection.
    void startDockerChannel(ProcessDevice *device);
    // Runs argv on the server (each word quoted for the remote shell) over the shared connection. Each of its
    // outputs is kept up to MaxOutputBytes; past that the command is stopped and the result says why.
    static constexpr qsizetype MaxOutputBytes = 16 * 1024 * 1024;
    void run(const QStringList &argv, QObject *context, std::function<void(const SshCommandResult &)> done,
             const QByteArray &standardInput = {});
    // `ssh` and its options for other programs that open their own channel on the session, such as
    // `rsync -e "<joined>"` (the last element is not the host: append it yourself).
    QStringList commandPrefix() const;
    // Forwards 127.0.0.1:localPort on this machine to remoteHost:remotePort as seen from the server.
    void forwardPort(int localPort, const QString &remoteHost, int remotePort, QObject *context,
                     std::function<void(const SshCommandResult &)> done);
    void cancelForward(int localPort, const QString &remoteHost, int remotePort);
    // The shared connection is gone (a channel saw ssh die); the next use connects again.
    void invalidate();
    // Asks the shared connection to end (`ssh -O exit`), without waiting.
    void close();

    // The remote-shell quoting of one word.
    static QString shellQuote(const QString &word);

Q_SIGNALS:
    void connectedChanged(bool connected);

private:
    SshSession(const SshDestination &destination, const SshOptions &options);
    QStringList baseArguments() const;
    QProcessEnvironment environment() const;
    void startMaster();
    void masterFinished(const HttpError &error);

    SshDestination m_destination;
    SshOptions m_options;
    QString m_controlPath;
    enum class State { Idle, Connecting, Ready } m_state = State::Idle;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const HttpError &)> done;
    };
    std::vector<Waiter> m_waiting;
};

} // namespace berth::core
