// SPDX-License-Identifier: Apache-2.0
#include "processdevice.h"

#include "sshfailure.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
constexpr qsizetype MaxStderr = 64 * 1024;
}

ProcessDevice::ProcessDevice(QObject *parent) : QIODevice(parent), m_process(new QProcess(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &QIODevice::readyRead);
    connect(m_process, &QProcess::bytesWritten, this, &QIODevice::bytesWritten);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > MaxStderr)
            m_stderr = m_stderr.right(MaxStderr);
    });
    connect(m_process, &QProcess::started, this, &ProcessDevice::started);
    connect(m_process, &QProcess::finished, this, &ProcessDevice::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and exits arrive through finished()
        m_ended = true;
        Q_EMIT failed(
            {HttpError::Kind::SshFailed, m_process->program() + QStringLiteral(": ") + m_process->errorString()});
        Q_EMIT readChannelFinished();
    });
}

ProcessDevice::~ProcessDevice()
{
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() == QProcess::NotRunning)
        return;
    // The ssh mux client holds nothing worth a graceful goodbye: SIGKILL ends it. Its reaping waits until it reports
    // finished instead of here: waiting would hold this thread (the UI's) until the killed process got a CPU, tens
    // of milliseconds on a busy machine, each time a connection to an ssh engine closes. Until then the
    // application owns it, and deletes it at exit should it never report.
    QCoreApplication *app = QCoreApplication::instance();
    if (app && m_process->thread() == app->thread()) {
        m_process->setParent(app);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        // Should the application end first, the killed process is reaped then (briefly), not left running.
        QProcess *process = m_process;
        connect(app, &QObject::destroyed, process, [process] { process->waitForFinished(1000); });
        m_process->kill();
        return;
    }
    m_process->kill();
    m_process->waitForFinished(1000);
}

void ProcessDevice::start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    m_process->setProcessEnvironment(environment);
    m_process->start(program, arguments, QIODevice::ReadWrite);
}

void ProcessDevice::closeWrite()
{
    m_process->closeWriteChannel();
}

qint64 ProcessDevice::bytesAvailable() const
{
    return m_process->bytesAvailable() + QIODevice::bytesAvailable();
}

qint64 ProcessDevice::bytesToWrite() const
{
    return m_process->bytesToWrite();
}

void ProcessDevice::close()
{
    if (m_process->state() != QProcess::NotRunning) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->closeWriteChannel();
        m_process->terminate();
    }
    QIODevice::close();
}

qint64 ProcessDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_process->read(data, maxSize);
    if (n == 0 && m_ended)
        return -1;
    return n;
}

qint64 ProcessDevice::writeData(const char *data, qint64 size)
{
    return m_process->write(data, size);
}

void ProcessDevice::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stderr += m_process->readAllStandardError();
    m_ended = true;
    const HttpError error = SshFailure::classify(exitCode, status == QProcess::CrashExit, m_stderr);
    if (error.isError())
        Q_EMIT failed(error);
    Q_EMIT readChannelFinished();
}

} // namespace berth::core
