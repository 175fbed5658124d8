// SPDX-License-Identifier: Apache-2.0
#include "sshsession.h"

#include "processdevice.h"
#include "sshfailure.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>

#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace berth::core {

Q_LOGGING_CATEGORY(lcSsh, "berth.ssh", QtWarningMsg)

namespace {
SshOptions &globalOptions()
{
    static SshOptions options = SshOptions::fromEnvironment();
    return options;
}

QHash<QString, SshSession *> &sessions()
{
    static QHash<QString, SshSession *> map;
    return map;
}

// A control socket file can outlive a killed master. A unix-socket connect answers at once (refused or accepted),
// so this never blocks.
bool socketAnswers(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un addr{};
    if (native.size() >= qsizetype(sizeof(addr.sun_path)))
        return false;
    addr.sun_family = AF_UNIX;
    memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok;
}
// `ssh -O …` control commands: nobody waits for them, and their chatter ("Exit request sent.") is not for users.
void startQuietly(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
    process.startDetached();
}
} // namespace

SshOptions SshOptions::fromEnvironment()
{
    SshOptions o;
    const QString program = qEnvironmentVariable("BERTH_SSH_PROGRAM");
    if (!program.isEmpty())
        o.program = program;
    o.configFile = qEnvironmentVariable("BERTH_SSH_CONFIG");
    return o;
}

void SshSession::setDefaultOptions(const SshOptions &options)
{
    globalOptions() = options;
}

SshOptions SshSession::defaultOptions()
{
    return globalOptions();
}

SshSession *SshSession::forDestination(const SshDestination &destination)
{
    const SshOptions &options = globalOptions();
    const QString key = destination.user + QLatin1Char('\n') + destination.host + QLatin1Char('\n') +
                        QString::number(destination.port) + QLatin1Char('\n') + options.program + QLatin1Char('\n') +
                        options.configFile;
    SshSession *&session = sessions()[key];
    if (!session) {
        session = new SshSession(destination, options);
        // The application owns every session, so they end with it (not leaked past exit); a session deleted by
        // then leaves the registry.
        session->setParent(QCoreApplication::instance());
        QObject::connect(session, &QObject::destroyed, session, [key] { sessions().remove(key); });
    }
    return session;
}

void SshSession::closeAll()
{
    for (SshSession *s : std::as_const(sessions()))
        s->close();
}

SshSession::SshSession(const SshDestination &destination, const SshOptions &options)
    : m_destination(destination), m_options(options)
{
    // Socket paths are limited to 108 bytes: a short hash of what identifies the session, in a short folder.
    QString dir = m_options.controlDir;
    if (dir.isEmpty()) {
        // XDG_RUNTIME_DIR when the session has one (QStandardPaths would warn without it).
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        dir = runtime.isEmpty() ? QDir::tempPath() + QStringLiteral("/berth-ssh-%1").arg(::getuid())
                                : runtime + QStringLiteral("/berth-ssh");
    }
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray id = (destination.user + QLatin1Char('@') + destination.host + QLatin1Char(':') +
                           QString::number(destination.port) + QLatin1Char('|') + options.configFile)
                              .toUtf8();
    m_controlPath = dir + QLatin1Char('/') +
                    QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(20));
    // Sessions are shared by every thread's clients: they live in the application's thread.
    if (QCoreApplication::instance())
        moveToThread(QCoreApplication::instance()->thread());
}

QString SshSession::shellQuote(const QString &word)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    bool plain = !word.isEmpty();
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList SshSession::baseArguments() const
{
    QStringList args;
    if (!m_options.configFile.isEmpty())
        args << QStringLiteral("-F") << m_options.configFile;
    args << QStringLiteral("-o") << QStringLiteral("ControlPath=") + m_controlPath;
    args << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=%1").arg(m_options.connectTimeoutSecs);
    if (m_options.askpassProgram.isEmpty() && !m_options.terminalPrompts)
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes");
    if (!m_destination.user.isEmpty())
        args << QStringLiteral("-l") << m_destination.user;
    if (m_destination.port > 0)
        args << QStringLiteral("-p") << QString::number(m_destination.port);
    return args;
}

QProcessEnvironment SshSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_options.askpassProgram.isEmpty()) {
        env.insert(QStringLiteral("SSH_ASKPASS"), m_options.askpassProgram);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        // Tells Berth, started by ssh as its askpass, that it is one, and for which server.
        env.insert(QStringLiteral("BERTH_ASKPASS"), m_destination.display());
    } else {
        env.remove(QStringLiteral("SSH_ASKPASS"));
        env.remove(QStringLiteral("SSH_ASKPASS_REQUIRE"));
    }
    return env;
}

QStringList SshSession::commandPrefix() const
{
    QStringList prefix{m_options.program};
    prefix << baseArguments() << QStringLiteral("-o") << QStringLiteral("ControlMaster=no");
    return prefix;
}

bool SshSession::isConnected() const
{
    return m_state == State::Ready && socketAnswers(m_controlPath);
}

void SshSession::ensureConnected(QObject *context, std::function<void(const HttpError &)> done)
{
    if (m_state == State::Ready) {
        if (socketAnswers(m_controlPath)) {
            done({});
            return;
        }
        invalidate();
    }
    m_waiting.push_back({context, std::move(done)});
    if (context == nullptr)
        m_waiting.back().context = this;
    if (m_state == State::Idle)
        startMaster();
}

void SshSession::startMaster()
{
    m_state = State::Connecting;
    // Another Berth process (the GUI and `berth ps`) may already hold a master on the same socket.
    if (socketAnswers(m_controlPath)) {
        QMetaObject::invokeMethod(
            this, [this] { masterFinished({}); }, Qt::QueuedConnection);
        return;
    }
    QFile::remove(m_controlPath); // stale, from a master that was killed
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    QStringList args = baseArguments();
    // -f: ssh goes to the background once authenticated, so "finished with 0" means "connected".
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=yes") << QStringLiteral("-o")
         << QStringLiteral("ControlPersist=%1").arg(m_options.persistSecs) << QStringLiteral("-N")
         << QStringLiteral("-f") << QStringLiteral("-T") << QStringLiteral("--") << m_destination.host;
    qCDebug(lcSsh) << "starting shared session" << m_options.program << args;
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QByteArray err = process->readAllStandardError();
        HttpError error = SshFailure::classify(code, status == QProcess::CrashExit, err);
        if (!error.isError() && code != 0)
            error = {HttpError::Kind::SshFailed, SshFailure::essentialLines(err)};
        if (error.kind == HttpError::Kind::Closed)
            error.kind = HttpError::Kind::SshFailed;
        masterFinished(error);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        masterFinished(
            {HttpError::Kind::SshFailed, tr("Cannot run %1: %2").arg(m_options.program, process->errorString())});
    });
    process->start(m_options.program, args);
}

void SshSession::masterFinished(const HttpError &error)
{
    m_state = error.isError() ? State::Idle : State::Ready;
    if (!error.isError())
        Q_EMIT connectedChanged(true);
    auto waiting = std::exchange(m_waiting, {});
    for (auto &w : waiting) {
        if (w.context)
            w.done(error);
    }
}

void SshSession::invalidate()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Idle;
    Q_EMIT connectedChanged(false);
}

void SshSession::startDockerChannel(ProcessDevice *device)
{
    QStringList args = baseArguments();
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-T") << QStringLiteral("--")
         << m_destination.host << QStringLiteral("docker");
    if (!m_destination.socketPath.isEmpty())
        args << QStringLiteral("--host") << shellQuote(QStringLiteral("unix://") + m_destination.socketPath);
    args << QStringLiteral("system") << QStringLiteral("dial-stdio");
    device->start(m_options.program, args, environment());
}

void SshSession::run(const QStringList &argv, QObject *context, std::function<void(const SshCommandResult &)> done,
                     const QByteArray &standardInput)
{
    QPointer<QObject> guard(context);
    ensureConnected(context, [this, argv, guard, done = std::move(done), standardInput](const HttpError &error) {
        if (error.isError()) {
            SshCommandResult r;
            r.error = error;
            done(r);
            return;
        }
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment());
        QStringList words;
        for (const QString &w : argv)
            words << shellQuote(w);
        QStringList args = baseArguments();
        args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-T")
             << QStringLiteral("--") << m_destination.host << words.join(QLatin1Char(' '));
        // A command's answer is read as it comes and capped: a server cannot make Berth hold more than that.
        struct Output
        {
            QByteArray standardOutput;
            QByteArray standardError;
            bool overflow = false;
        };
        auto output = std::make_shared<Output>();
        const auto take = [process, output](QByteArray &into, QByteArray bytes) {
            if (into.size() + bytes.size() > MaxOutputBytes) {
                output->overflow = true;
                process->kill();
                return;
            }
            into += bytes;
        };
        connect(process, &QProcess::readyReadStandardOutput, this,
                [process, output, take] { take(output->standardOutput, process->readAllStandardOutput()); });
        connect(process, &QProcess::readyReadStandardError, this,
                [process, output, take] { take(output->standardError, process->readAllStandardError()); });
        connect(process, &QProcess::finished, this,
                [this, process, guard, done, output, take](int code, QProcess::ExitStatus status) {
                    process->deleteLater();
                    take(output->standardOutput, process->readAllStandardOutput());
                    take(output->standardError, process->readAllStandardError());
                    SshCommandResult r;
                    r.exitCode = status == QProcess::CrashExit ? -1 : code;
                    r.standardOutput = std::move(output->standardOutput);
                    r.standardError = std::move(output->standardError);
                    if (output->overflow) {
                        r.exitCode = -1;
                        r.error = {HttpError::Kind::SshFailed,
                                   tr("The server sent more than %1 MiB in answer to one command; Berth stopped "
                                      "reading.")
                                       .arg(MaxOutputBytes / (1024 * 1024))};
                    } else if (code == 255 || status == QProcess::CrashExit) {
                        r.error = SshFailure::classify(code, status == QProcess::CrashExit, r.standardError);
                        invalidate();
                    }
                    if (guard)
                        done(r);
                });
        connect(process, &QProcess::errorOccurred, this, [process, guard, done](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            process->deleteLater();
            SshCommandResult r;
            r.error = {HttpError::Kind::SshFailed, process->errorString()};
            if (guard)
                done(r);
        });
        process->start(m_options.program, args);
        if (!standardInput.isEmpty())
            process->write(standardInput);
        process->closeWriteChannel();
    });
}

void SshSession::forwardPort(int localPort, const QString &remoteHost, int remotePort, QObject *context,
                             std::function<void(const SshCommandResult &)> done)
{
    QPointer<QObject> guard(context);
    ensureConnected(context, [this, localPort, remoteHost, remotePort, guard, done](const HttpError &error) {
        if (error.isError()) {
            SshCommandResult r;
            r.error = error;
            done(r);
            return;
        }
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment());
        QStringList args = baseArguments();
        args << QStringLiteral("-O") << QStringLiteral("forward") << QStringLiteral("-L")
             << QStringLiteral("127.0.0.1:%1:%2:%3").arg(localPort).arg(remoteHost).arg(remotePort)
             << QStringLiteral("--") << m_destination.host;
        connect(process, &QProcess::finished, this, [process, guard, done](int code, QProcess::ExitStatus) {
            process->deleteLater();
            SshCommandResult r;
            r.exitCode = code;
            r.standardOutput = process->readAllStandardOutput();
            r.standardError = process->readAllStandardError();
            if (code != 0)
                r.error = {HttpError::Kind::SshFailed, SshFailure::essentialLines(r.standardError)};
            if (guard)
                done(r);
        });
        process->start(m_options.program, args);
    });
}

void SshSession::cancelForward(int localPort, const QString &remoteHost, int remotePort)
{
    QStringList args = baseArguments();
    args << QStringLiteral("-O") << QStringLiteral("cancel") << QStringLiteral("-L")
         << QStringLiteral("127.0.0.1:%1:%2:%3").arg(localPort).arg(remoteHost).arg(remotePort) << QStringLiteral("--")
         << m_destination.host;
    startQuietly(m_options.program, args);
}

void SshSession::close()
{
    if (!socketAnswers(m_controlPath))
        return;
    QStringList args = baseArguments();
    args << QStringLiteral("-O") << QStringLiteral("exit") << QStringLiteral("--") << m_destination.host;
    startQuietly(m_options.program, args);
    m_state = State::Idle;
}

} // namespace berth::core
