// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/errortext.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "engineoptions.h"
#include "lab/labmonitor.h"
#include "lab/serverprobe.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

using namespace berth::core;

namespace {
QString gpuSummary(const ServerStatus &s)
{
    switch (s.gpuState) {
    case ServerStatus::GpuState::Pending:
        return QStringLiteral("-");
    case ServerStatus::GpuState::Unknown:
        return QCoreApplication::translate("berth::app", "unknown");
    case ServerStatus::GpuState::NotInstalled:
        return QCoreApplication::translate("berth::app", "no nvidia-smi");
    case ServerStatus::GpuState::Failed:
        return QCoreApplication::translate("berth::app", "nvidia-smi failed");
    case ServerStatus::GpuState::Ready:
        break;
    }
    return QCoreApplication::translate("berth::app", "%1 of %2 free").arg(s.freeGpuCount()).arg(s.gpus.size());
}

// berth servers [--json] [--timeout SECONDS] [--host HOST]: every server (docker context, the default engine
// included) at a glance, asked in parallel.
int runServers(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "berth::app", "Every server (docker context) with its engine, containers and GPUs."));
    QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("berth::app", "Print JSON."));
    QCommandLineOption host(QStringLiteral("host"),
                            QCoreApplication::translate("berth::app", "Engine address of the default server."),
                            QStringLiteral("HOST"));
    QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("berth::app", "Seconds to wait for each server (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    parser.addOptions({json, host, timeout});
    parser.addHelpOption();
    parser.process(QStringList{QStringLiteral("berth servers")} + args);

    const int timeoutMs = qBound(1, parser.value(timeout).toInt(), 600) * 1000;
    // --host names the default server's engine, ahead of DOCKER_HOST as everywhere else on the command line.
    if (parser.isSet(host))
        qunsetenv("DOCKER_HOST");
    berth::app::EngineOptions::setUpSshForTerminal();
    ServerDirectory directory(parser.isSet(host) ? parser.value(host)
                                                 : Settings::instance().value(Settings::EngineHost).toString());
    QString storeError;
    directory.servers(&storeError);
    if (!storeError.isEmpty())
        QTextStream(stderr) << storeError << Qt::endl;
    LabMonitor monitor;
    monitor.setConnectTimeout(timeoutMs);
    monitor.setIdleThreshold(Settings::instance().value(Settings::GpuIdleMinutes).toLongLong() * 60);
    monitor.setDirectory(&directory);

    QEventLoop loop;
    QObject::connect(&monitor, &LabMonitor::everySettled, &loop, &QEventLoop::quit);
    // Whatever happens, the answer comes within the timeout (plus a moment to print).
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    monitor.refresh();
    if (!monitor.allSettled())
        loop.exec();

    QTextStream out(stdout);
    const QList<ServerStatus> statuses = monitor.statuses();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ServerStatus &s : statuses)
            array.append(s.toJson());
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QStringList header{
        QCoreApplication::translate("berth::app", "NAME"),       QCoreApplication::translate("berth::app", "HOST"),
        QCoreApplication::translate("berth::app", "STATUS"),     QCoreApplication::translate("berth::app", "ENGINE"),
        QCoreApplication::translate("berth::app", "CONTAINERS"), QCoreApplication::translate("berth::app", "GPUS")};
    QList<QStringList> rows{header};
    for (const ServerStatus &s : statuses) {
        rows.append({s.name, s.host,
                     s.reachable ? QCoreApplication::translate("berth::app", "reachable")
                                 : berth::ui::ErrorText::describe(s.error, s.host).title,
                     s.engineVersion.isEmpty() ? QStringLiteral("-") : s.engineVersion,
                     s.running < 0
                         ? QStringLiteral("-")
                         : QCoreApplication::translate("berth::app", "%1 running / %2").arg(s.running).arg(s.total),
                     gpuSummary(s)});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line.trimmed() << Qt::endl;
    }
    return 0;
}
} // namespace

BERTH_COMMAND(servers, "servers", "Every server with its engine, containers and GPUs", &runServers);
