// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httperror.h"

#include <QIODevice>
#include <QProcess>

namespace berth::core {

// A child process as a two-way byte stream: writes go to its stdin, reads come from its stdout, stderr is kept for
// the error message. This is how ssh:// engines are reached (`ssh … docker system dial-stdio`), so everything above
// the transport treats it like a socket. When the process ends, failed() (if it ended badly) comes before
// readChannelFinished().
class ProcessDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessDevice)
public:
    explicit ProcessDevice(QObject *parent = nullptr);
    ~ProcessDevice() override;

    void start(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
    // EOF on the child's stdin; its output keeps flowing (the hijack half-close).
    void closeWrite();
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void close() override;
    QByteArray standardErrorText() const { return m_stderr; }
    bool hasEnded() const { return m_ended; }
    qint64 processId() const { return m_process->processId(); }

Q_SIGNALS:
    void started();
    void failed(const berth::core::HttpError &error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    QProcess *m_process;
    QByteArray m_stderr;
    bool m_ended = false;
};

} // namespace berth::core
