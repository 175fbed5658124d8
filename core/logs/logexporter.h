// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logstore.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace berth::core {

class EngineClient;
class LineAssembler;
class LogMessageSplitter;
class LogStream;

// Saves a log as plain text (escape sequences gone, carriage returns applied), off the UI thread.
// Either the lines a console shows (saveLines), or the container's whole log fetched from the engine again and
// written as it streams in (start), so even a log far bigger than the store's limit can be saved.
class LogExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogExporter)
public:
    enum class Timestamps { Hidden, Local };

    // ids: the lines to write, in order; empty writes every line of the snapshot. The future's result is an error
    // message, empty on success.
    static QFuture<QString> saveLines(std::shared_ptr<const LogStore::Snapshot> snapshot, QList<qint64> ids,
                                      const QString &path, Timestamps timestamps);
    static QByteArray formatLine(const LogLine &line, Timestamps timestamps);

    LogExporter(EngineClient *client, const QString &containerId, bool tty, const QString &path, Timestamps timestamps,
                QObject *parent = nullptr);
    ~LogExporter() override;

    void start();
    void cancel();
    qint64 linesWritten() const { return m_lines; }

Q_SIGNALS:
    void progress(qint64 lines, qint64 bytes);
    void finished(const QString &errorMessage); // empty on success

private:
    class FileSink;
    void writeOut(bool last);
    void done(const QString &error);

    EngineClient *m_client;
    QString m_containerId;
    bool m_tty;
    QString m_path;
    Timestamps m_timestamps;
    QThreadPool m_writer; // one thread: chunks are written in order
    std::shared_ptr<struct ExportFile> m_file;
    std::unique_ptr<FileSink> m_sink;
    std::unique_ptr<LineAssembler> m_assembler;
    std::unique_ptr<LogMessageSplitter> m_splitter;
    QPointer<LogStream> m_stream;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    bool m_finished = false;
};

} // namespace berth::core
