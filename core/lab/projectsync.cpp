// SPDX-License-Identifier: Apache-2.0
#include "projectsync.h"

#include "http/sshsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <utility>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::ProjectSync)
};
// Marks rsync's per-file lines apart from its progress and notes.
constexpr char ItemPrefix[] = "berth-item ";

QString withSlash(const QString &folder)
{
    return folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
}
} // namespace

ProjectSync::ProjectSync(SshSession *session, QObject *parent) : QObject(parent), m_session(session) {}

ProjectSync::~ProjectSync()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString ProjectSync::defaultRemoteFolder(const QString &localFolder)
{
    return QStringLiteral("berth/projects/") + QFileInfo(QDir::cleanPath(localFolder)).fileName();
}

QStringList ProjectSync::arguments(Direction direction, const QStringList &sshCommand, const QString &host,
                                   const QString &from, const QString &to, const QStringList &excludes)
{
    QStringList quoted;
    for (const QString &word : sshCommand)
        quoted << SshSession::shellQuote(word);
    // -a keeps times and modes, so an unchanged file is never sent again; --mkpath makes the folder on first use.
    QStringList args{QStringLiteral("-a"),
                     QStringLiteral("--mkpath"),
                     QStringLiteral("--info=progress2"),
                     QStringLiteral("--out-format=") + QLatin1String(ItemPrefix) + QStringLiteral("%i %n"),
                     QStringLiteral("-e"),
                     quoted.join(QLatin1Char(' '))};
    if (direction == Direction::Send)
        args << QStringLiteral("--filter=:- .gitignore"); // each folder's .gitignore, as git reads them
    for (const QString &pattern : excludes)
        args << QStringLiteral("--exclude=") + pattern;
    const QString remotePrefix = host + QLatin1Char(':');
    if (direction == Direction::Send)
        args << withSlash(from) << remotePrefix + withSlash(to);
    else
        args << remotePrefix + withSlash(from) << withSlash(to);
    return args;
}

void ProjectSync::send(const QString &localFolder, const QString &remoteFolder)
{
    start(Direction::Send, localFolder, remoteFolder);
}

void ProjectSync::fetch(const QString &remoteFolder, const QString &localFolder)
{
    start(Direction::Fetch, remoteFolder, localFolder);
}

void ProjectSync::cancel()
{
    m_cancelled = true;
    if (m_process)
        m_process->kill();
}

void ProjectSync::start(Direction direction, const QString &from, const QString &to)
{
    if (m_process)
        return;
    m_result = {};
    m_pending.clear();
    m_overlong = false;
    m_errors.clear();
    m_direction = direction;
    if (!m_session) {
        m_result.error = Tr::tr("No ssh session to this server.");
        Q_EMIT finished(m_result);
        return;
    }
    // One login for the engine, the commands and the copies: rsync's ssh joins the shared connection.
    m_cancelled = false;
    m_session->ensureConnected(this, [this, direction, from, to](const HttpError &error) {
        if (m_cancelled) {
            // Cancelled while the connection was still being made: rsync never starts.
            m_result.error = Tr::tr("Cancelled before the copy started.");
            Q_EMIT finished(m_result);
            return;
        }
        if (error.isError()) {
            m_result.error = error.message;
            Q_EMIT finished(m_result);
            return;
        }
        m_process = new QProcess(this);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &ProjectSync::readOutput);
        connect(m_process, &QProcess::readyReadStandardError, this,
                [this] { m_errors += m_process->readAllStandardError().left(64 * 1024 - m_errors.size()); });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            m_result.error = Tr::tr("rsync could not be started (%1). Install rsync here and on the server.")
                                 .arg(m_process->errorString());
            m_process->deleteLater();
            m_process = nullptr;
            Q_EMIT finished(m_result);
        });
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            readOutput();
            if (!m_pending.isEmpty() && !m_overlong)
                parseLine(m_pending);
            m_result.exitCode = status == QProcess::NormalExit ? code : -1;
            m_result.ok = m_result.exitCode == 0;
            if (!m_result.ok) {
                const QString said = QString::fromUtf8(m_errors).trimmed();
                m_result.error = said.isEmpty() ? Tr::tr("rsync stopped (exit code %1).").arg(code) : said;
            }
            m_process->deleteLater();
            m_process = nullptr;
            Q_EMIT finished(m_result);
        });
        m_process->start(QStringLiteral("rsync"), arguments(direction, m_session->commandPrefix(),
                                                            m_session->destination().host, from, to, m_excludes));
    });
}

void ProjectSync::readOutput()
{
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardOutput();
    // Progress redraws with \r, file lines end with \n.
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i] == '\r' || m_pending[i] == '\n') {
            if (!std::exchange(m_overlong, false))
                parseLine(m_pending.mid(start, i - start));
            start = i + 1;
        }
    }
    m_pending.remove(0, start);
    // No line of rsync's is this long (a path is at most a few KiB): whatever printed it, its bytes are not kept;
    // the rest of that line is skipped up to its end.
    if (m_pending.size() > MaxLineBytes) {
        m_pending.clear();
        m_overlong = true;
    }
}

void ProjectSync::parseLine(const QByteArray &line)
{
    if (line.startsWith(ItemPrefix)) {
        // "%i %n": the change (<f… sent, >f… received; c/. for folders and links) and the path.
        const QByteArray item = line.mid(qsizetype(sizeof(ItemPrefix)) - 1);
        const qsizetype space = item.indexOf(' ');
        if (space >= 2 && item[1] == 'f' && (item[0] == '<' || item[0] == '>'))
            m_result.transferred << QString::fromUtf8(item.mid(space + 1));
        return;
    }
    static const QRegularExpression percent(QStringLiteral("\\s(\\d{1,3})%\\s"));
    const QRegularExpressionMatch m = percent.match(QString::fromUtf8(line) + QLatin1Char(' '));
    if (m.hasMatch())
        Q_EMIT progress(qBound(0, m.captured(1).toInt(), 100));
}

} // namespace berth::core
