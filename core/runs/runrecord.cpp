// SPDX-License-Identifier: Apache-2.0
#include "runrecord.h"

#include <QJsonArray>

namespace berth::core {

namespace {
struct OutcomeName
{
    RunOutcome outcome;
    const char *name;
};
constexpr OutcomeName outcomeNames[] = {
    {RunOutcome::Running, "running"}, {RunOutcome::Exited, "exited"},
    {RunOutcome::Killed, "killed"},   {RunOutcome::OomKilled, "oom-killed"},
    {RunOutcome::Removed, "removed"}, {RunOutcome::EngineLost, "engine-lost"},
    {RunOutcome::Unknown, "unknown"}, {RunOutcome::FailedToStart, "failed-to-start"},
};

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

QString RunRecord::outcomeName(RunOutcome outcome)
{
    for (const OutcomeName &o : outcomeNames) {
        if (o.outcome == outcome)
            return QLatin1String(o.name);
    }
    return QStringLiteral("unknown");
}

std::optional<RunOutcome> RunRecord::outcomeFromName(const QString &name)
{
    for (const OutcomeName &o : outcomeNames) {
        if (name == QLatin1String(o.name))
            return o.outcome;
    }
    return std::nullopt;
}

bool RunRecord::isFailure() const
{
    if (outcome == RunOutcome::Running)
        return false;
    return !(outcome == RunOutcome::Exited && exitCode.value_or(-1) == 0);
}

qint64 RunRecord::durationMsecs() const
{
    if (!startedAt.isValid())
        return -1;
    const QDateTime end = finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, startedAt.msecsTo(end));
}

QJsonObject RunRecord::toJson(bool withLogTail) const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("containerId"), containerId},
        {QStringLiteral("name"), name},
        {QStringLiteral("server"), server},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("image"), image},
        {QStringLiteral("imageDigest"), imageDigest},
        {QStringLiteral("imageId"), imageId},
        {QStringLiteral("dockerRun"), dockerRun},
        {QStringLiteral("projectFolder"), projectFolder},
        {QStringLiteral("gpus"), gpus},
        {QStringLiteral("source"), source},
        {QStringLiteral("createdAt"), timeValue(createdAt)},
        {QStringLiteral("startedAt"), timeValue(startedAt)},
        {QStringLiteral("finishedAt"), timeValue(finishedAt)},
        {QStringLiteral("exitCode"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("message"), message},
        {QStringLiteral("autoRemove"), autoRemove},
    };
    if (!spec.isEmpty())
        o.insert(QStringLiteral("spec"), spec);
    if (!summary.isEmpty()) {
        QJsonObject s;
        if (summary.peakMemoryBytes >= 0)
            s.insert(QStringLiteral("peakMemoryBytes"), summary.peakMemoryBytes);
        if (summary.meanCpuPercent >= 0)
            s.insert(QStringLiteral("meanCpuPercent"), summary.meanCpuPercent);
        if (summary.meanGpuUtilPercent >= 0)
            s.insert(QStringLiteral("meanGpuUtilPercent"), summary.meanGpuUtilPercent);
        if (summary.peakGpuMemoryBytes >= 0)
            s.insert(QStringLiteral("peakGpuMemoryBytes"), summary.peakGpuMemoryBytes);
        o.insert(QStringLiteral("summary"), s);
    }
    if (withLogTail)
        o.insert(QStringLiteral("logTail"), QJsonArray::fromStringList(logTail));
    return o;
}

RunRecord RunRecord::fromJson(const QJsonObject &o)
{
    RunRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.containerId = o.value(QStringLiteral("containerId")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.server = o.value(QStringLiteral("server")).toString();
    r.owner = o.value(QStringLiteral("owner")).toString();
    r.image = o.value(QStringLiteral("image")).toString();
    r.imageDigest = o.value(QStringLiteral("imageDigest")).toString();
    r.imageId = o.value(QStringLiteral("imageId")).toString();
    r.dockerRun = o.value(QStringLiteral("dockerRun")).toString();
    r.spec = o.value(QStringLiteral("spec")).toObject();
    r.projectFolder = o.value(QStringLiteral("projectFolder")).toString();
    r.gpus = o.value(QStringLiteral("gpus")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    r.createdAt = timeFrom(o.value(QStringLiteral("createdAt")));
    r.startedAt = timeFrom(o.value(QStringLiteral("startedAt")));
    r.finishedAt = timeFrom(o.value(QStringLiteral("finishedAt")));
    const QJsonValue code = o.value(QStringLiteral("exitCode"));
    if (code.isDouble())
        r.exitCode = code.toInt();
    r.outcome = outcomeFromName(o.value(QStringLiteral("outcome")).toString()).value_or(RunOutcome::Unknown);
    r.message = o.value(QStringLiteral("message")).toString();
    r.autoRemove = o.value(QStringLiteral("autoRemove")).toBool();
    const QJsonObject s = o.value(QStringLiteral("summary")).toObject();
    r.summary.peakMemoryBytes = s.value(QStringLiteral("peakMemoryBytes")).toInteger(-1);
    r.summary.meanCpuPercent = s.value(QStringLiteral("meanCpuPercent")).toDouble(-1);
    r.summary.meanGpuUtilPercent = s.value(QStringLiteral("meanGpuUtilPercent")).toDouble(-1);
    r.summary.peakGpuMemoryBytes = s.value(QStringLiteral("peakGpuMemoryBytes")).toInteger(-1);
    for (const QJsonValue &line : o.value(QStringLiteral("logTail")).toArray())
        r.logTail.append(line.toString());
    return r;
}

} // namespace berth::core
