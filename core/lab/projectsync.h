// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProcess;

namespace berth::core {

class SshSession;

// Copies a project folder to an ssh server before a run and outputs back after it, with rsync over the server's own
// ssh session (`rsync -e` with the session's ssh options, so no new password prompt): only changed files travel,
// .gitignore files and the given patterns keep folders such as data/ or .venv/ at home. Progress comes from rsync's
// whole-transfer counter; what was copied from its per-file lines.
class ProjectSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSync)
public:
    enum class Direction { Send, Fetch };
    struct Result
    {
        bool ok = false;
        int exitCode = -1;
        QString error;           // what rsync or ssh said when it failed (or why it did not start)
        QStringList transferred; // files copied, relative to the folder, in rsync's order
    };

    explicit ProjectSync(SshSession *session, QObject *parent = nullptr);
    ~ProjectSync() override;

    // Where a local folder goes on the server unless the user says otherwise: berth/projects/<folder name> in the
    // server's home (relative paths are the home's on the server).
    static QString defaultRemoteFolder(const QString &localFolder);
    // rsync's command line for a copy (without the program), from the ssh words of the session.
    static QStringList arguments(Direction direction, const QStringList &sshCommand, const QString &host,
                                 const QString &from, const QString &to, const QStringList &excludes);

    void setExcludes(const QStringList &patterns) { m_excludes = patterns; }
    void send(const QString &localFolder, const QString &remoteFolder);
    void fetch(const QString &remoteFolder, const QString &localFolder);
    // Stops the copy: rsync is killed, or never started when the connection is still being made.
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    void progress(int percent);
    void finished(const berth::core::ProjectSync::Result &result);

private:
    void start(Direction direction, const QString &from, const QString &to);
    void readOutput();
    void parseLine(const QByteArray &line);

    QPointer<SshSession> m_session;
    QStringList m_excludes;
    QProcess *m_process = nullptr;
    static constexpr qsizetype MaxLineBytes = 64 * 1024;
    QByteArray m_pending;    // output after the last line end, at most MaxLineBytes
    bool m_overlong = false; // the line being read went past MaxLineBytes: skipped
    QByteArray m_errors;
    Result m_result;
    Direction m_direction = Direction::Send;
    bool m_cancelled = false; // cancel() came before rsync was started (the ssh connection was still being made)
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::ProjectSync::Result)
