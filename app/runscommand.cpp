// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "runs/rundatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace berth::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::app::RunsCommand)
};

QString duration(const core::RunRecord &r)
{
    const qint64 ms = r.durationMsecs();
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

// What the STATUS column says: the outcome, with the exit code where there is one.
QString status(const core::RunRecord &r)
{
    const QString name = core::RunRecord::outcomeName(r.outcome);
    return r.exitCode ? QStringLiteral("%1 (%2)").arg(name).arg(*r.exitCode) : name;
}

// berth runs [--json] [--limit N] [--status S]: the run history, newest first.
int runRuns(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the run history, newest first."));
    QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (one array of run objects)."));
    QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("Show at most N runs (default 20; 0 for all)."),
                             QStringLiteral("N"), QStringLiteral("20"));
    QCommandLineOption statusOption(
        QStringLiteral("status"),
        Tr::tr("Only runs with this status: running, exited, succeeded, failed, killed, oom-killed, removed, "
               "engine-lost, unknown, failed-to-start."),
        QStringLiteral("S"));
    QCommandLineOption server(QStringLiteral("server"), Tr::tr("Only runs on this server."), QStringLiteral("NAME"));
    QCommandLineOption logs(QStringLiteral("logs"), Tr::tr("With --json: include each run's saved log tail."));
    parser.addOptions({json, limit, statusOption, server, logs});
    parser.addHelpOption();
    QTextStream out(stdout), err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("berth runs")} + args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 0) {
        err << Tr::tr("berth runs: --limit needs a number of runs, not \"%1\".").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    core::RunQuery query;
    query.limit = n;
    query.status = parser.value(statusOption);
    query.server = parser.value(server);
    query.withDetails = parser.isSet(json) && parser.isSet(logs);
    if (!core::RunQuery::isValidStatus(query.status)) {
        err << Tr::tr("berth runs: unknown status \"%1\".").arg(query.status) << Qt::endl;
        return 2;
    }

    core::RunDatabase db;
    if (!db.open(core::RunDatabase::defaultPath())) {
        err << Tr::tr("berth runs: cannot open the run history %1: %2").arg(db.path(), db.errorString()) << Qt::endl;
        return 1;
    }
    if (!db.keptAside().isEmpty()) {
        err << Tr::tr("berth runs: the run history could not be read and was kept as %1; a new one was started.")
                   .arg(db.keptAside())
            << Qt::endl;
    }
    const QList<core::RunRecord> runs = db.query(query);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const core::RunRecord &r : runs)
            array.append(r.toJson(query.withDetails));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (runs.isEmpty()) {
        out << Tr::tr("No runs recorded yet.") << Qt::endl;
        return 0;
    }
    const QStringList header{Tr::tr("ID"),      Tr::tr("NAME"),   Tr::tr("STATUS"), Tr::tr("DURATION"),
                             Tr::tr("CREATED"), Tr::tr("SERVER"), Tr::tr("IMAGE")};
    QList<QStringList> rows{header};
    for (const core::RunRecord &r : runs) {
        rows.append({QString::number(r.id), r.name, status(r), duration(r),
                     r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.server, r.image});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << Qt::endl;
    }
    return 0;
}
} // namespace

} // namespace berth::app

BERTH_COMMAND(runs, "runs", "List the run history", &berth::app::runRuns);
