// SPDX-License-Identifier: Apache-2.0
#include "gpuinventory.h"

#include "demandtimer.h"
#include "engine/endpoint.h"
#include "http/sshsession.h"
#include "nvidiasmiparser.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

namespace berth::core {

Q_LOGGING_CATEGORY(lcGpu, "berth.gpu")

namespace {
// A failing nvidia-smi can print a lot; the UI shows the gist.
QString excerpt(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(4096)).trimmed();
    if (bytes.size() > 4096)
        text += QStringLiteral(" …");
    return text;
}
} // namespace

GpuInventory::GpuInventory(QObject *parent) : QObject(parent), m_timer(new DemandTimer(DefaultIntervalMs, this))
{
    connect(m_timer, &DemandTimer::tick, this, &GpuInventory::refresh);
}

GpuInventory::~GpuInventory()
{
    if (m_process) {
        // Not waited for (that would block): the killed process deletes itself once reaped.
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        QProcess *process = m_process;
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    }
}

void GpuInventory::setInterval(int msecs)
{
    m_timer->setInterval(msecs);
}
int GpuInventory::interval() const
{
    return m_timer->interval();
}
void GpuInventory::watch(QObject *consumer)
{
    m_timer->addConsumer(consumer);
}
void GpuInventory::unwatch(QObject *consumer)
{
    m_timer->removeConsumer(consumer);
}
bool GpuInventory::isWatched() const
{
    return m_timer->isActive();
}

QStringList GpuInventory::remoteCommandFor(const Endpoint &endpoint)
{
    if (endpoint.scheme() != Endpoint::Scheme::Ssh)
        return {};
    return SshSession::forDestination(endpoint.ssh())->commandPrefix() + QStringList{endpoint.ssh().host};
}

void GpuInventory::setRemoteCommand(const QStringList &sshCommand)
{
    if (sshCommand == m_remote)
        return;
    m_remote = sshCommand;
    m_idle = GpuIdleTracker(); // another machine's GPUs
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (isWatched())
        refresh();
}

void GpuInventory::refresh()
{
    if (m_process || m_reportPending)
        return;
    ++m_queriesStarted;
    // Resolved at every query, so installing the driver (or a test changing PATH) is noticed without a restart.
    const QString path = !m_remote.isEmpty()                 ? m_remote.first()
                         : QFileInfo(m_program).isAbsolute() ? m_program
                                                             : QStandardPaths::findExecutable(m_program);
    if (m_remote.isEmpty() && (path.isEmpty() || !QFileInfo::exists(path))) {
        Snapshot snapshot;
        snapshot.state = State::NotInstalled;
        // Reported asynchronously like a real query, so callers see one behaviour.
        m_reportPending = true;
        QTimer::singleShot(0, this, [this, snapshot] {
            m_reportPending = false;
            finish(snapshot);
        });
        return;
    }
    m_stdout.clear();
    m_stderr.clear();
    m_outputTooLarge = false;
    m_timedOut = false;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(path);
    if (m_remote.isEmpty())
        process->setArguments(NvidiaSmiParser::queryArguments());
    else // the remote shell reads one command line: the query's words need no quoting
        process->setArguments(m_remote.mid(1) + QStringList{m_program} + NvidiaSmiParser::queryArguments());
    process->setStandardInputFile(QProcess::nullDevice());
    // Every handler checks that its process is still the current one: a late signal from a finished query must not
    // touch the next.
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (process != m_process)
            return;
        m_stdout += process->readAllStandardOutput();
        if (m_stdout.size() > MaxOutputBytes && !m_outputTooLarge) {
            m_outputTooLarge = true;
            process->kill();
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        if (process != m_process)
            return;
        const QByteArray bytes = process->readAllStandardError();
        if (m_stderr.size() < MaxOutputBytes)
            m_stderr += bytes;
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process == m_process)
            onFinished(exitCode, status);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return; // the others end in finished()
        Snapshot snapshot;
        snapshot.state = State::Failed;
        snapshot.exitCode = -1;
        snapshot.error = tr("nvidia-smi could not be started: %1").arg(process->errorString());
        process->deleteLater();
        m_process = nullptr;
        finish(snapshot);
    });
    QTimer::singleShot(m_timeoutMs, process, [this, process] {
        // nvidia-smi hangs for minutes when a GPU has fallen off the bus; do not let it pile up.
        if (process != m_process)
            return;
        m_timedOut = true;
        process->kill();
    });
    m_process->start();
}

void GpuInventory::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    m_process->deleteLater();
    m_process = nullptr;

    Snapshot snapshot;
    if (m_timedOut) {
        snapshot.state = State::Failed;
        snapshot.exitCode = -1;
        snapshot.error = tr("nvidia-smi did not answer within %n second(s).", nullptr, m_timeoutMs / 1000);
    } else if (m_outputTooLarge) {
        snapshot.state = State::Failed;
        snapshot.exitCode = -1;
        snapshot.error =
            tr("nvidia-smi printed more than %1 bytes; this is not its normal output.").arg(MaxOutputBytes);
    } else if (status != QProcess::NormalExit) {
        snapshot.state = State::Failed;
        snapshot.exitCode = -1;
        snapshot.error = tr("nvidia-smi crashed.");
        const QString stderrText = excerpt(m_stderr);
        if (!stderrText.isEmpty())
            snapshot.error += QLatin1Char(' ') + stderrText;
    } else if (!m_remote.isEmpty() && exitCode == 127) {
        snapshot.state = State::NotInstalled; // the server's shell found no nvidia-smi
    } else if (exitCode != 0) {
        snapshot.state = State::Failed;
        snapshot.exitCode = exitCode;
        // nvidia-smi writes some failures ("couldn't communicate with the NVIDIA driver") to stdout.
        snapshot.error = excerpt(m_stderr.trimmed().isEmpty() ? m_stdout : m_stderr);
    } else {
        const NvidiaSmiParser::Report report = NvidiaSmiParser::parse(m_stdout);
        if (report.gpus.isEmpty() && !report.skippedLines.isEmpty()) {
            snapshot.state = State::Failed;
            snapshot.exitCode = 0;
            snapshot.error = report.skippedLines.join(QLatin1Char('\n'));
        } else {
            snapshot.state = State::Ready;
            snapshot.gpus = report.gpus;
            snapshot.driverVersion = report.driverVersion;
            snapshot.skippedLines = report.skippedLines;
        }
    }
    m_stdout.clear();
    m_stderr.clear();
    finish(snapshot);
}

void GpuInventory::finish(Snapshot snapshot)
{
    snapshot.updatedAt = QDateTime::currentDateTime();
    if (snapshot.state == State::Failed)
        qCDebug(lcGpu) << "nvidia-smi failed:" << snapshot.exitCode << snapshot.error;
    if (snapshot.state == State::Ready)
        m_idle.observe(snapshot.gpus, snapshot.updatedAt);
    else
        m_idle.clear();
    m_snapshot = std::move(snapshot);
    Q_EMIT updated();
}

QString GpuInventory::describe(const Snapshot &snapshot)
{
    switch (snapshot.state) {
    case State::NotQueried:
        return tr("Looking for GPUs…");
    case State::NotInstalled:
        return tr("nvidia-smi was not found on this computer, so its GPUs cannot be shown. "
                  "Install the NVIDIA driver if this computer has an NVIDIA GPU.");
    case State::Failed:
        if (snapshot.exitCode > 0)
            return tr("nvidia-smi failed (exit code %1): %2").arg(snapshot.exitCode).arg(snapshot.error);
        return tr("nvidia-smi failed: %1").arg(snapshot.error);
    case State::Ready:
        if (snapshot.gpus.isEmpty())
            return tr("nvidia-smi found no GPUs on this computer.");
        return tr("%n GPU(s), driver %1", nullptr, int(snapshot.gpus.size()))
            .arg(snapshot.driverVersion.isEmpty() ? tr("unknown") : snapshot.driverVersion);
    }
    return {};
}

} // namespace berth::core
