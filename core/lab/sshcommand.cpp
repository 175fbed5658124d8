// SPDX-License-Identifier: Apache-2.0
#include "sshcommand.h"

#include "http/sshsession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::SshCommand)
};
// What a remote shell answers for a program it cannot find.
constexpr int ShellNotFound = 127;
} // namespace

CommandRunner SshCommand::runner(SshSession *session, int timeoutMs, qint64 maxOutputBytes)
{
    QPointer<SshSession> guardSession(session);
    return [guardSession, timeoutMs, maxOutputBytes](const QStringList &argv, QObject *context,
                                                     std::function<void(const CommandResult &)> done) {
        // Exactly one answer per run: the result, or the time limit, whichever comes first.
        auto answered = std::make_shared<bool>(false);
        QPointer<QObject> guard(context);
        auto deliver = [guard, done, answered](const CommandResult &r) {
            if (std::exchange(*answered, true) || !guard)
                return;
            done(r);
        };
        if (!guardSession) {
            CommandResult r;
            r.failure = Tr::tr("No ssh session to this server.");
            QTimer::singleShot(0, context, [deliver, r] { deliver(r); });
            return;
        }
        QTimer::singleShot(timeoutMs, context, [deliver, timeoutMs] {
            CommandResult r;
            r.failure = Tr::tr("No answer within %1 s.").arg(timeoutMs / 1000.0);
            deliver(r);
        });
        guardSession->run(argv, context, [deliver, maxOutputBytes](const SshCommandResult &s) {
            CommandResult r;
            if (s.error.isError()) {
                // ssh itself failed: the command never ran.
                r.failure = s.error.message.isEmpty() ? Tr::tr("ssh failed.") : s.error.message;
                deliver(r);
                return;
            }
            r.started = true;
            r.exitCode = s.exitCode;
            r.notFound = s.exitCode == ShellNotFound;
            r.standardOutput = s.standardOutput.left(maxOutputBytes);
            r.standardError = s.standardError.left(maxOutputBytes);
            deliver(r);
        });
    };
}

} // namespace berth::core
