// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runquery.h"
#include "runrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace berth::core {

// The run history in SQLite (Qt SQL, QSQLITE), used from one thread at a time: RunStore runs it on its own worker
// thread; `berth runs` uses it directly. WAL lets the GUI and `berth run` write side by side. The schema carries its
// version in PRAGMA user_version and is brought up to date step by step. A file that is not a readable database,
// or one written by a newer Berth, is renamed aside (never deleted) and a fresh one started; notice() says where.
class RunDatabase final
{
    Q_DISABLE_COPY_MOVE(RunDatabase)
public:
    static constexpr int SchemaVersion = 2;

    RunDatabase();
    ~RunDatabase();

    // $XDG_DATA_HOME/berth/runs.db (~/.local/share/berth/runs.db).
    static QString defaultPath();

    // CheckNow reads every page first (PRAGMA quick_check) and sets a damaged file aside before using it; CheckLater
    // only reads the header and schema, for callers that run checkIntegrity() beside it once the first list is out.
    enum class Integrity { CheckNow, CheckLater };
    bool open(const QString &path, Integrity integrity = Integrity::CheckNow);
    // A second connection beside the one that opened the file (open()), for reading only: it never creates,
    // migrates or sets aside anything; false when the file cannot be read now.
    bool openToRead(const QString &path);
    // After a later check found the file damaged: moves it aside (see keptAside()) and starts a fresh one.
    bool setAsideAndStartAfresh(const QString &why);
    enum class Check { Sound, Damaged, Unknown }; // Unknown: could not be read now (busy, I/O), not proven damaged
    // Reads every page of the database at path over a connection of its own (any thread).
    static Check checkIntegrity(const QString &path, QString *problem = nullptr);
    bool hasTextIndex() const { return m_textIndex; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }   // the last failure, for messages
    QString keptAside() const { return m_keptAside; } // where a damaged database was moved, empty if none

    // Returns the new id, 0 on failure.
    qint64 insert(const RunRecord &record);
    bool markStarted(const QString &server, const QString &containerId, const QDateTime &startedAt);
    bool setImage(const QString &server, const QString &containerId, const QString &digest, const QString &imageId);
    // Records how an unfinished run ended; nothing changes (and nullopt returns) when it is unknown or already
    // finished, so two recorders (the GUI and `berth run`) never record one end twice.
    std::optional<RunRecord> finish(const RunRecord &ended);
    bool setSummary(qint64 id, const RunSummary &summary);

    QList<RunRecord> query(const RunQuery &query);
    int count(const RunQuery &query);
    std::optional<RunRecord> get(qint64 id);
    QList<RunRecord> unfinished(const QString &server);
    // For the benchmark and imports: many rows in one transaction.
    bool insertMany(const QList<RunRecord> &records);

private:
    bool openFile(bool fullCheck, bool readOnly = false);
    bool startAfresh();
    bool migrate();
    void ensureTextIndex();
    bool setAside(const QString &why);
    bool exec(const QString &sql);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_keptAside;
    bool m_textIndex = false; // runs_text (FTS5 trigram) is there and kept up to date by triggers
};

} // namespace berth::core
