// SPDX-License-Identifier: Apache-2.0
#include "logexporter.h"

#include "async/handback.h"
#include "engine/engineclient.h"
#include "lineassembler.h"
#include "logmessagesplitter.h"
#include "logtimestamp.h"

#include <QFile>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace berth::core {

namespace {
constexpr qsizetype FlushBytes = 4 * 1024 * 1024;
}

// The open file and the first error, shared with the writer thread.
struct ExportFile
{
    QMutex mutex;
    QFile file;
    QString error;
};

QByteArray LogExporter::formatLine(const LogLine &line, Timestamps timestamps)
{
    QByteArray out;
    out.reserve(line.text.size() + 32);
    if (timestamps == Timestamps::Local && line.timestamp > 0) {
        out += LogTimestamp::toDateTime(line.timestamp).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1();
        out += ' ';
    }
    out.append(line.text.data(), line.text.size());
    out += '\n';
    return out;
}

QFuture<QString> LogExporter::saveLines(std::shared_ptr<const LogStore::Snapshot> snapshot, QList<qint64> ids,
                                        const QString &path, Timestamps timestamps)
{
    return QtConcurrent::run([snapshot = std::move(snapshot), ids = std::move(ids), path, timestamps]() -> QString {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        QByteArray buffer;
        buffer.reserve(FlushBytes + 64 * 1024);
        auto write = [&](qsizetype index) {
            const LogLine line = snapshot->line(index);
            if (timestamps == Timestamps::Local && line.timestamp > 0)
                buffer += formatLine(line, timestamps);
            else
                buffer.append(line.text.data(), line.text.size()).append('\n');
            if (buffer.size() >= FlushBytes) {
                file.write(buffer);
                buffer.resize(0);
            }
        };
        if (ids.isEmpty()) {
            for (qsizetype i = 0; i < snapshot->size(); ++i)
                write(i);
        } else {
            for (qint64 id : ids) {
                const qint64 index = id - snapshot->firstId();
                if (index >= 0 && index < snapshot->size())
                    write(qsizetype(index));
            }
        }
        if (!buffer.isEmpty())
            file.write(buffer);
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return file.errorString();
        file.close();
        return QString();
    });
}

// Formats lines into a buffer the writer thread takes over in big pieces.
class LogExporter::FileSink final : public LogLineSink
{
public:
    explicit FileSink(Timestamps timestamps) : m_timestamps(timestamps) {}
    void appendLine(LogChannel channel, qint64 timestamp, QByteArrayView text,
                    std::span<const LogStyleRun> runs) override
    {
        LogLine line;
        line.channel = channel;
        line.timestamp = timestamp;
        line.text = text;
        line.runs = runs;
        if (m_timestamps == Timestamps::Local && timestamp > 0)
            buffer += formatLine(line, m_timestamps);
        else
            buffer.append(text.data(), text.size()).append('\n');
        ++lines;
    }
    LogOpenLine &openLine(LogChannel channel) override { return m_open[channel == LogChannel::Stderr ? 1 : 0]; }

    QByteArray buffer;
    qint64 lines = 0;

private:
    Timestamps m_timestamps;
    LogOpenLine m_open[2];
};

LogExporter::LogExporter(EngineClient *client, const QString &containerId, bool tty, const QString &path,
                         Timestamps timestamps, QObject *parent)
    : QObject(parent), m_client(client), m_containerId(containerId), m_tty(tty), m_path(path), m_timestamps(timestamps),
      m_file(std::make_shared<ExportFile>()), m_sink(std::make_unique<FileSink>(timestamps)),
      m_assembler(std::make_unique<LineAssembler>(*m_sink)),
      m_splitter(std::make_unique<LogMessageSplitter>(*m_assembler, true))
{
    m_writer.setMaxThreadCount(1);
}

LogExporter::~LogExporter()
{
    if (m_stream)
        disconnect(m_stream, nullptr, this, nullptr);
    m_writer.waitForDone();
}

void LogExporter::start()
{
    std::shared_ptr<ExportFile> file = m_file;
    const QString path = m_path;
    m_writer.start([file, path] {
        QMutexLocker lock(&file->mutex);
        file->file.setFileName(path);
        if (!file->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file->error = file->file.errorString();
    });
    EngineClient::LogOptions options;
    options.follow = false;
    options.timestamps = true;
    options.tail = QStringLiteral("all");
    LogStream *stream = m_client->logs(m_containerId, options, m_tty, this);
    m_stream = stream;
    stream->setSink([this](StreamChannel channel, QByteArrayView data) {
        if (channel == StreamChannel::Stdin)
            return;
        m_splitter->feed(channel == StreamChannel::Stderr ? LogChannel::Stderr : LogChannel::Stdout, data);
        if (m_sink->buffer.size() >= FlushBytes)
            writeOut(false);
    });
    connect(stream, &EngineStream::finished, this, [this, stream](const EngineError &error) {
        stream->deleteLater();
        if (error.isError()) {
            done(error.message());
            return;
        }
        m_splitter->endOfStream();
        m_assembler->finish();
        writeOut(true);
    });
}

void LogExporter::cancel()
{
    if (m_stream)
        m_stream->cancel();
}

void LogExporter::writeOut(bool last)
{
    QByteArray chunk = std::move(m_sink->buffer);
    m_sink->buffer = QByteArray();
    m_bytes += chunk.size();
    m_lines = m_sink->lines;
    std::shared_ptr<ExportFile> file = m_file;
    QFuture<QString> future = QtConcurrent::run(&m_writer, [file, chunk = std::move(chunk), last]() -> QString {
        QMutexLocker lock(&file->mutex);
        if (file->error.isEmpty() && file->file.isOpen() && file->file.write(chunk) != chunk.size())
            file->error = file->file.errorString();
        if (last && file->file.isOpen()) {
            if (!file->file.flush() && file->error.isEmpty())
                file->error = file->file.errorString();
            file->file.close();
        }
        return file->error;
    });
    Q_EMIT progress(m_lines, m_bytes);
    if (!last)
        return;
    handBack(future, this, [this](const QString &error) { done(error); });
}

void LogExporter::done(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!error.isEmpty()) {
        std::shared_ptr<ExportFile> file = m_file;
        m_writer.start([file] {
            QMutexLocker lock(&file->mutex);
            file->file.close();
        });
    }
    Q_EMIT finished(error);
}

} // namespace berth::core
