// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "benchsupport.h"
#include "engine/engineclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <algorithm>
#include <optional>

// Shared by the log benchmarks that talk to an engine (await() and median() come from bench/support).
namespace berth::bench {

// The million-line container, shared with bench/engine (same label, same output): created once, found by label.
inline QString millionLineContainer(core::EngineClient &client, QObject *context, int lines = 1000000)
{
    using namespace core;
    ContainerFilter filter;
    filter.filters.insert(QStringLiteral("label"), {QStringLiteral("berth.bench.log=v2-%1").arg(lines)});
    auto found = await<QList<ContainerSummary>>([&](auto cb) { client.listContainers(filter, context, cb); });
    if (found.ok() && !found->isEmpty() && found->first().state == QLatin1String("exited"))
        return found->first().id;
    const QString script = QStringLiteral("awk 'BEGIN{for(i=1;i<=") + QString::number(lines) +
                           QStringLiteral(";i++) printf \"step %7d loss=0.%06d acc=0.%06d lr=0.000100 epoch=3/10 "
                                          "......\\n\", i, i % 999999, (i*7) % 999999}'");
    const QJsonObject body{
        {QStringLiteral("Image"), QStringLiteral("berth-test/busybox:latest")},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), script}},
        {QStringLiteral("Labels"),
         QJsonObject{{QStringLiteral("berth.bench.log"), QString(QStringLiteral("v2-") + QString::number(lines))}}}};
    auto created = await<CreatedContainer>([&](auto cb) { client.createContainer({}, body, context, cb); });
    if (!created.ok())
        return QString();
    const QString id = created->id;
    await<Done>([&](auto cb) { client.startContainer(id, context, cb); });
    await<WaitResult>([&](auto cb) { client.waitContainer(id, QStringLiteral("not-running"), context, cb); });
    return id;
}

inline QString hostFromArgs(const QStringList &args)
{
    if (args.size() > 1 && args[1].contains(QLatin1String("://")))
        return args[1];
    const QString test = qEnvironmentVariable("BERTH_TEST_DOCKER_HOST");
    return test.isEmpty() ? qEnvironmentVariable("DOCKER_HOST") : test;
}

} // namespace berth::bench
