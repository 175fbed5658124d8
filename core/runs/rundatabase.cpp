// SPDX-License-Identifier: Apache-2.0
#include "rundatabase.h"

#include "settings/settings.h"
#include "settings/storefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace berth::core {

Q_LOGGING_CATEGORY(lcRuns, "berth.runs", QtWarningMsg)

namespace {
// Each step brings the schema from version i to i + 1; steps are never edited once released, only appended.
// Log tails live in their own table so that listing and filtering 100,000 runs never reads them.
const QStringList &migrationSteps(int step)
{
    static const QList<QStringList> steps{
        {QStringLiteral("CREATE TABLE runs ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " container_id TEXT NOT NULL, name TEXT, server TEXT NOT NULL DEFAULT '', owner TEXT,"
                        " image TEXT, image_digest TEXT, image_id TEXT, docker_run TEXT, spec TEXT,"
                        " project_folder TEXT, gpus TEXT, source TEXT,"
                        " created_at INTEGER, started_at INTEGER, finished_at INTEGER,"
                        " exit_code INTEGER, outcome TEXT NOT NULL, message TEXT, auto_remove INTEGER)"),
         QStringLiteral("CREATE INDEX runs_container ON runs(container_id)")},
        {QStringLiteral("CREATE TABLE run_logs (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,"
                        " lines TEXT)"),
         QStringLiteral("ALTER TABLE runs ADD COLUMN summary TEXT"),
         QStringLiteral("CREATE INDEX runs_outcome ON runs(outcome)")},
    };
    return steps.at(step);
}

// Qualified: the text index repeats some of these names.
const char *listColumns =
    "runs.id, runs.container_id, runs.name, runs.server, runs.owner, runs.image, runs.image_digest, runs.image_id,"
    " runs.docker_run, runs.project_folder, runs.gpus, runs.source, runs.created_at, runs.started_at,"
    " runs.finished_at, runs.exit_code, runs.outcome, runs.message, runs.auto_remove, runs.summary";

// What the text filter searches, in the text index and in the row-by-row check.
const char *textColumns = "name, image, docker_run, container_id, owner";

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QString summaryJson(const RunSummary &s)
{
    if (s.isEmpty())
        return {};
    RunRecord r;
    r.summary = s;
    return QString::fromUtf8(
        QJsonDocument(r.toJson(false).value(QStringLiteral("summary")).toObject()).toJson(QJsonDocument::Compact));
}

RunSummary summaryFrom(const QString &json)
{
    if (json.isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("summary"), QJsonDocument::fromJson(json.toUtf8()).object()}};
    return RunRecord::fromJson(o).summary;
}

RunRecord recordFrom(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.containerId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.server = q.value(3).toString();
    r.owner = q.value(4).toString();
    r.image = q.value(5).toString();
    r.imageDigest = q.value(6).toString();
    r.imageId = q.value(7).toString();
    r.dockerRun = q.value(8).toString();
    r.projectFolder = q.value(9).toString();
    r.gpus = q.value(10).toString();
    r.source = q.value(11).toString();
    r.createdAt = timeFrom(q.value(12));
    r.startedAt = timeFrom(q.value(13));
    r.finishedAt = timeFrom(q.value(14));
    if (!q.value(15).isNull())
        r.exitCode = q.value(15).toInt();
    r.outcome = RunRecord::outcomeFromName(q.value(16).toString()).value_or(RunOutcome::Unknown);
    r.message = q.value(17).toString();
    r.autoRemove = q.value(18).toBool();
    r.summary = summaryFrom(q.value(19).toString());
    return r;
}

// The FROM, WHERE and ORDER BY of a list or count, and the values bound to it.
struct Selection
{
    QString sql;
    QVariantList values;
};

Selection selectionFor(const RunQuery &query, bool textIndex)
{
    Selection out;
    QStringList terms;
    const QString &status = query.status;
    if (status == QLatin1String("failed")) {
        terms << QStringLiteral("runs.outcome <> 'running' AND NOT (runs.outcome = 'exited' AND runs.exit_code = 0)");
    } else if (status == QLatin1String("succeeded")) {
        terms << QStringLiteral("runs.outcome = 'exited' AND runs.exit_code = 0");
    } else if (!status.isEmpty()) {
        terms << QStringLiteral("runs.outcome = ?");
        out.values << status;
    }
    if (!query.server.isEmpty()) {
        terms << QStringLiteral("runs.server = ?");
        out.values << query.server;
    }
    auto like = [](const QString &s) {
        QString escaped = s;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        return QString(QLatin1Char('%') + escaped + QLatin1Char('%'));
    };
    if (!query.image.isEmpty()) {
        terms << QStringLiteral("runs.image LIKE ? ESCAPE '\\'");
        out.values << like(query.image);
    }
    // Three characters or more go through the trigram index, which names the rows holding every three-character
    // piece of the text; the LIKE below then keeps those that hold the text itself. Shorter text reads every row.
    const QList<uint> chars = query.text.toUcs4();
    const bool indexed = textIndex && chars.size() >= 3;
    if (indexed) {
        QStringList pieces;
        for (qsizetype i = 0; i + 3 <= chars.size(); ++i) {
            QString piece = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 3);
            piece.replace(QLatin1Char('"'), QLatin1String("\"\""));
            pieces << QLatin1Char('"') + piece + QLatin1Char('"');
        }
        pieces.removeDuplicates();
        terms.prepend(QStringLiteral("runs_text MATCH ?"));
        out.values.prepend(pieces.join(QLatin1String(" AND ")));
    }
    if (!query.text.isEmpty()) {
        QStringList any;
        for (const QString &column : QString::fromLatin1(textColumns).split(QLatin1String(", ")))
            any << QStringLiteral("runs.%1 LIKE ? ESCAPE '\\'").arg(column);
        terms << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
        for (int i = 0; i < any.size(); ++i)
            out.values << like(query.text);
    }
    // Newest first by id, through the index's own rowid order when it leads, so LIMIT stops early.
    const QString order = indexed ? QStringLiteral("runs_text.rowid") : QStringLiteral("runs.id");
    if (query.beforeId > 0) {
        terms << order + QStringLiteral(" < ?");
        out.values << query.beforeId;
    }
    out.sql = indexed ? QStringLiteral(" FROM runs_text JOIN runs ON runs.id = runs_text.rowid")
                      : QStringLiteral(" FROM runs");
    if (!terms.isEmpty())
        out.sql += QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
    out.sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(" DESC");
    return out;
}

// PRAGMA quick_check's verdict: true when the file is sound; problem says what is wrong, damaged whether it is
// the file (and not, say, a lock) that failed.
bool quickCheck(QSqlDatabase &db, QString *problem, bool *damaged)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        const QSqlError error = check.lastError();
        *problem = error.text();
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file; anything else (busy, I/O) may pass.
        const int code = error.nativeErrorCode().toInt();
        *damaged = code == 11 || code == 26;
        return false;
    }
    const QString verdict = check.value(0).toString();
    if (verdict == QLatin1String("ok"))
        return true;
    *problem = verdict;
    *damaged = true;
    return false;
}
} // namespace

bool RunQuery::isValidStatus(const QString &status)
{
    return status.isEmpty() || status == QLatin1String("failed") || status == QLatin1String("succeeded") ||
           RunRecord::outcomeFromName(status).has_value();
}

RunDatabase::RunDatabase()
{
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("berth-runs-%1").arg(++counter);
}

RunDatabase::~RunDatabase()
{
    close();
}

QString RunDatabase::defaultPath()
{
    // Beside the profiles: $XDG_DATA_HOME/berth, or BERTH_CONFIG_DIR for side-by-side installs.
    return Settings::instance().dataDir() + QStringLiteral("/runs.db");
}

bool RunDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void RunDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RunDatabase::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcRuns) << "run history:" << sql << m_error;
        return false;
    }
    return true;
}

bool RunDatabase::open(const QString &path, Integrity integrity)
{
    close();
    m_path = path;
    m_error.clear();
    m_keptAside.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const bool check = integrity == Integrity::CheckNow;
    if (openFile(check) && migrate()) {
        ensureTextIndex();
        return true;
    }
    // Only a file that exists and could not be understood is set aside; a folder we cannot write stays an error.
    if (!QFileInfo::exists(path) || !setAside(m_error))
        return false;
    return startAfresh();
}

bool RunDatabase::openToRead(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_keptAside.clear();
    m_textIndex = false;
    if (!openFile(false, true))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_textIndex =
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs_text'")) && q.next();
    return true;
}

bool RunDatabase::startAfresh()
{
    if (!openFile(false) || !migrate())
        return false;
    ensureTextIndex();
    return true;
}

bool RunDatabase::setAsideAndStartAfresh(const QString &why)
{
    m_error = why;
    m_keptAside.clear();
    return setAside(why) && startAfresh();
}

RunDatabase::Check RunDatabase::checkIntegrity(const QString &path, QString *problem)
{
    // A connection of its own, read-only: in WAL mode it reads beside the store's connection without blocking it.
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("berth-runs-check-%1").arg(++counter);
    Check verdict = Check::Unknown;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            bool damaged = false;
            QString why;
            if (quickCheck(db, &why, &damaged))
                verdict = Check::Sound;
            else if (damaged)
                verdict = Check::Damaged;
            if (problem)
                *problem = why;
            db.close();
        } else if (problem) {
            *problem = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

void RunDatabase::ensureTextIndex()
{
    // A trigram index over what the text filter searches, kept by triggers. detail=none keeps it small (a fifth of
    // the table rather than as large again): it only says which rows hold every three-character piece, and the
    // query checks those rows for the text itself. It is an extra, not a schema version: an SQLite built without
    // FTS5 (or older than 3.34, before trigrams) leaves it out and the filter reads every row instead.
    m_textIndex = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs_text'")) &&
            q.next()) {
            m_textIndex = true;
            return;
        }
    }
    const QString columns = QLatin1String(textColumns);
    auto prefixed = [&columns](const char *prefix) {
        QStringList out;
        for (const QString &c : columns.split(QLatin1String(", ")))
            out << QLatin1String(prefix) + c;
        return out.join(QLatin1String(", "));
    };
    const QString insertNew =
        QStringLiteral("INSERT INTO runs_text(rowid, %1) VALUES (new.id, %2);").arg(columns, prefixed("new."));
    const QString deleteOld =
        QStringLiteral("INSERT INTO runs_text(runs_text, rowid, %1) VALUES ('delete', old.id, %2);")
            .arg(columns, prefixed("old."));
    const QStringList steps{
        QStringLiteral("CREATE VIRTUAL TABLE runs_text USING fts5(%1, content='runs', content_rowid='id',"
                       " tokenize='trigram', detail=none)")
            .arg(columns),
        QStringLiteral("CREATE TRIGGER runs_text_insert AFTER INSERT ON runs BEGIN %1 END").arg(insertNew),
        QStringLiteral("CREATE TRIGGER runs_text_delete AFTER DELETE ON runs BEGIN %1 END").arg(deleteOld),
        QStringLiteral("CREATE TRIGGER runs_text_update AFTER UPDATE OF %1 ON runs BEGIN %2 %3 END")
            .arg(columns, deleteOld, insertNew),
        // Runs recorded before the index existed.
        QStringLiteral("INSERT INTO runs_text(runs_text) VALUES ('rebuild')"),
    };
    if (!db.transaction())
        return;
    for (const QString &sql : steps) {
        QSqlQuery step(db);
        if (!step.exec(sql)) {
            qCInfo(lcRuns) << "run history: no text index:" << step.lastError().text();
            db.rollback();
            return;
        }
    }
    m_textIndex = db.commit();
}

bool RunDatabase::openFile(bool fullCheck, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        m_error = QStringLiteral("the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed");
        return false;
    }
    db.setDatabaseName(m_path);
    // A second writer (`berth run` beside the GUI) waits its turn instead of failing.
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    bool damaged = false;
    if (fullCheck) {
        // quick_check reads every page: a damaged or foreign file fails here, before anything is written to it.
        if (!quickCheck(db, &m_error, &damaged)) {
            db.close();
            return false;
        }
    } else {
        // Reading the schema reads the header and the first page: a file that is not a database fails here. The
        // pages behind them are left to checkIntegrity(), which reads all of them, off the way of the first list.
        QSqlQuery schema(db);
        if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !schema.next()) {
            m_error = schema.lastError().text();
            db.close();
            return false;
        }
    }
    if (readOnly)
        return true;
    return exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
           exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

bool RunDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        m_error =
            QStringLiteral("written by a newer Berth (schema %1, this one knows %2)").arg(version).arg(SchemaVersion);
        db.close();
        return false;
    }
    for (int v = version; v < SchemaVersion; ++v) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &sql : migrationSteps(v))
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

bool RunDatabase::setAside(const QString &why)
{
    close();
    // Named as every other store names a file it could not read, never over an earlier one.
    QString moveError;
    const QString aside = StoreFile::keepAside(m_path, QStringLiteral("damaged"), &moveError);
    if (aside.isEmpty()) {
        m_error = QStringLiteral("cannot move %1 aside (%2): %3").arg(m_path, moveError, why);
        return false;
    }
    // The journal files belong to the damaged file; they must not be applied to the fresh one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    qCWarning(lcRuns) << "run history" << m_path << "could not be read (" << why << "); kept as" << aside;
    m_keptAside = aside;
    return true;
}

qint64 RunDatabase::insert(const RunRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (container_id, name, server, owner, image, image_digest, image_id, docker_run, spec,"
        " project_folder, gpus, source, created_at, started_at, finished_at, exit_code, outcome, message,"
        " auto_remove, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(text(r.containerId));
    q.addBindValue(text(r.name));
    q.addBindValue(text(r.server));
    q.addBindValue(text(r.owner));
    q.addBindValue(text(r.image));
    q.addBindValue(text(r.imageDigest));
    q.addBindValue(text(r.imageId));
    q.addBindValue(text(r.dockerRun));
    q.addBindValue(r.spec.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(r.spec).toJson(QJsonDocument::Compact)));
    q.addBindValue(text(r.projectFolder));
    q.addBindValue(text(r.gpus));
    q.addBindValue(text(r.source));
    q.addBindValue(timeValue(r.createdAt));
    q.addBindValue(timeValue(r.startedAt));
    q.addBindValue(timeValue(r.finishedAt));
    q.addBindValue(r.exitCode ? QVariant(*r.exitCode) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(RunRecord::outcomeName(r.outcome));
    q.addBindValue(text(r.message));
    q.addBindValue(r.autoRemove ? 1 : 0);
    q.addBindValue(summaryJson(r.summary));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcRuns) << "run history insert:" << m_error;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!r.logTail.isEmpty()) {
        QSqlQuery logs(db);
        logs.prepare(QStringLiteral("INSERT OR REPLACE INTO run_logs (run_id, lines) VALUES (?, ?)"));
        logs.addBindValue(id);
        logs.addBindValue(r.logTail.join(QLatin1Char('\n')));
        logs.exec();
    }
    return id;
}

bool RunDatabase::insertMany(const QList<RunRecord> &records)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    for (const RunRecord &r : records) {
        if (insert(r) == 0) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool RunDatabase::markStarted(const QString &server, const QString &containerId, const QDateTime &startedAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("UPDATE runs SET started_at = ? WHERE server = ? AND container_id = ? AND started_at IS NULL"));
    q.addBindValue(timeValue(startedAt));
    q.addBindValue(server);
    q.addBindValue(containerId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

bool RunDatabase::setImage(const QString &server, const QString &containerId, const QString &digest,
                           const QString &imageId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET image_digest = ?, image_id = ? WHERE server = ? AND container_id = ?"));
    q.addBindValue(text(digest));
    q.addBindValue(text(imageId));
    q.addBindValue(server);
    q.addBindValue(containerId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

std::optional<RunRecord> RunDatabase::finish(const RunRecord &ended)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM runs WHERE server = ? AND container_id = ? AND outcome = 'running'"
                                " ORDER BY id DESC LIMIT 1"));
    find.addBindValue(ended.server);
    find.addBindValue(ended.containerId);
    if (!find.exec() || !find.next()) {
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = find.value(0).toLongLong();
    find.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET outcome = ?, exit_code = ?, finished_at = ?, message = ?,"
                             " started_at = COALESCE(started_at, ?), summary = COALESCE(?, summary) WHERE id = ?"));
    q.addBindValue(RunRecord::outcomeName(ended.outcome));
    q.addBindValue(ended.exitCode ? QVariant(*ended.exitCode) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(timeValue(ended.finishedAt));
    q.addBindValue(text(ended.message));
    q.addBindValue(timeValue(ended.startedAt));
    const QString summary = summaryJson(ended.summary);
    q.addBindValue(summary.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(summary));
    q.addBindValue(id);
    bool ok = q.exec();
    if (ok && !ended.logTail.isEmpty()) {
        QSqlQuery logs(db);
        logs.prepare(QStringLiteral("INSERT OR REPLACE INTO run_logs (run_id, lines) VALUES (?, ?)"));
        logs.addBindValue(id);
        logs.addBindValue(ended.logTail.join(QLatin1Char('\n')));
        ok = logs.exec();
        if (!ok)
            m_error = logs.lastError().text();
    } else if (!ok) {
        m_error = q.lastError().text();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return get(id);
}

bool RunDatabase::setSummary(qint64 id, const RunSummary &summary)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET summary = ? WHERE id = ?"));
    q.addBindValue(summaryJson(summary));
    q.addBindValue(id);
    return q.exec();
}

QList<RunRecord> RunDatabase::query(const RunQuery &query)
{
    const Selection selection = selectionFor(query, m_textIndex);
    QString sql = QStringLiteral("SELECT ") + QLatin1String(listColumns) + selection.sql;
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : selection.values)
        q.addBindValue(v);
    QList<RunRecord> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(recordFrom(q));
    q.finish();
    if (query.withDetails) {
        for (RunRecord &r : out) {
            if (auto full = get(r.id))
                r = *full;
        }
    }
    return out;
}

int RunDatabase::count(const RunQuery &query)
{
    const Selection selection = selectionFor(query, m_textIndex);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*)") + selection.sql);
    for (const QVariant &v : selection.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<RunRecord> RunDatabase::get(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT ") + QLatin1String(listColumns) +
        QStringLiteral(", runs.spec, (SELECT lines FROM run_logs WHERE run_id = runs.id) FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunRecord r = recordFrom(q);
    r.spec = QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object();
    const QString lines = q.value(21).toString();
    if (!lines.isEmpty())
        r.logTail = lines.split(QLatin1Char('\n'));
    return r;
}

QList<RunRecord> RunDatabase::unfinished(const QString &server)
{
    RunQuery query;
    query.status = QStringLiteral("running");
    query.server = server;
    query.withDetails = true;
    return this->query(query);
}

} // namespace berth::core
