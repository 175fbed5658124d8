// SPDX-License-Identifier: Apache-2.0
#include "servercommand.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::LocalCommand)
};
} // namespace

CommandRunner LocalCommand::runner(int timeoutMs, qint64 maxOutputBytes)
{
    return [timeoutMs, maxOutputBytes](const QStringList &argv, QObject *context,
                                       std::function<void(const CommandResult &)> done) {
        QPointer<QObject> guard(context);
        auto deliver = [guard, done](const CommandResult &r) {
            if (guard)
                done(r);
        };
        const QString program = argv.value(0);
        // Looked up when the run starts, so a PATH changed meanwhile (tests, a driver install) counts.
        const QString path = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
        if (path.isEmpty()) {
            CommandResult r;
            r.notFound = true;
            r.failure = Tr::tr("%1 is not installed here.").arg(program);
            QTimer::singleShot(0, context, [deliver, r] { deliver(r); });
            return;
        }
        auto *process = new QProcess(context);
        auto result = std::make_shared<CommandResult>();
        auto *timer = new QTimer(process);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, process, [process, result, timeoutMs] {
            result->failure = Tr::tr("No answer within %1 s.").arg(timeoutMs / 1000.0);
            process->kill();
        });
        QObject::connect(process, &QProcess::readyReadStandardOutput, process, [process, result, maxOutputBytes] {
            const QByteArray chunk = process->readAllStandardOutput();
            if (result->standardOutput.size() < maxOutputBytes)
                result->standardOutput += chunk.left(maxOutputBytes - result->standardOutput.size());
        });
        QObject::connect(process, &QProcess::readyReadStandardError, process, [process, result, maxOutputBytes] {
            const QByteArray chunk = process->readAllStandardError();
            if (result->standardError.size() < maxOutputBytes)
                result->standardError += chunk.left(maxOutputBytes - result->standardError.size());
        });
        QObject::connect(process, &QProcess::errorOccurred, process,
                         [process, result, deliver](QProcess::ProcessError e) {
                             if (e != QProcess::FailedToStart)
                                 return;
                             result->notFound = true;
                             result->failure = process->errorString();
                             process->deleteLater();
                             deliver(*result);
                         });
        QObject::connect(process, &QProcess::finished, process,
                         [process, result, deliver](int exitCode, QProcess::ExitStatus status) {
                             result->started = true;
                             result->exitCode = status == QProcess::NormalExit ? exitCode : -1;
                             process->deleteLater();
                             deliver(*result);
                         });
        timer->start(timeoutMs);
        process->start(path, argv.mid(1));
    };
}

} // namespace berth::core
