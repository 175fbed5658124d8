// SPDX-License-Identifier: Apache-2.0
#include "gpucapability.h"

#include "async/handback.h"
#include "engine/engineclient.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent>

namespace berth::core {

namespace {
// systemd starts dockerd with these on PATH even when the user's shell has fewer.
const QStringList &daemonBinDirs()
{
    static const QStringList dirs{QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin"),
                                  QStringLiteral("/usr/sbin"),       QStringLiteral("/usr/bin"),
                                  QStringLiteral("/sbin"),           QStringLiteral("/bin")};
    return dirs;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, daemonBinDirs());
    return path;
}
} // namespace

GpuCapability GpuCapability::decide(const EngineInfo &info, const HostFacts &host)
{
    if (info.runtimes.contains(QLatin1String("nvidia"))) {
        return {State::Available, Via::NvidiaRuntime,
                info.defaultRuntime == QLatin1String("nvidia")
                    ? tr("The engine runs containers with the NVIDIA runtime by default.")
                    : tr("The engine has the NVIDIA runtime.")};
    }
    if (host.engineIsLocal && !host.hookPath.isEmpty()) {
        if (host.cliPath.isEmpty())
            return {State::Unknown, Via::ToolkitHook,
                    tr("%1 is installed but %2 is missing, so starting a GPU container will probably fail.")
                        .arg(QLatin1String(HookProgram), QLatin1String(CliProgram))};
        return {State::Available, Via::ToolkitHook,
                tr("The NVIDIA Container Toolkit is installed (%1).").arg(host.hookPath)};
    }
    if (host.engineIsLocal && !host.nvidiaCdiSpecs.isEmpty())
        return {State::Available, Via::Cdi,
                tr("The engine has NVIDIA CDI devices (%1).").arg(host.nvidiaCdiSpecs.join(QStringLiteral(", ")))};
    if (!host.engineIsLocal) {
        if (!info.cdiSpecDirs.isEmpty())
            return {State::Unknown, Via::Cdi,
                    tr("The engine supports CDI devices, but whether its host has NVIDIA ones cannot be seen from "
                       "here.")};
        return {State::Unknown, Via::None,
                tr("The engine has no NVIDIA runtime; it may still have the NVIDIA Container Toolkit, which cannot "
                   "be seen from here. Starting tells.")};
    }
    return {State::Unavailable, Via::None,
            tr("The engine cannot give containers GPUs: it has no NVIDIA runtime and the NVIDIA Container Toolkit "
               "is not installed. Install nvidia-container-toolkit and restart Docker.")};
}

GpuCapability GpuCapability::fromError(const EngineError &error)
{
    return {State::Unknown, Via::None,
            tr("Could not ask the engine whether it can give GPUs: %1").arg(error.message())};
}

GpuCapability::HostFacts GpuCapability::probeHost(const Endpoint &endpoint, const QStringList &cdiSpecDirs)
{
    HostFacts facts;
    facts.engineIsLocal = endpoint.scheme() == Endpoint::Scheme::Unix;
    if (!facts.engineIsLocal)
        return facts;
    facts.hookPath = findProgram(QLatin1String(HookProgram));
    facts.cliPath = findProgram(QLatin1String(CliProgram));
    for (const QString &dirPath : cdiSpecDirs) {
        const QDir dir(dirPath);
        const QFileInfoList entries =
            dir.entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                              QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().contains(QLatin1String("nvidia"), Qt::CaseInsensitive))
                facts.nvidiaCdiSpecs << entry.absoluteFilePath();
        }
    }
    return facts;
}

void GpuCapability::check(EngineClient *client, QObject *context, std::function<void(const GpuCapability &)> done)
{
    const Endpoint endpoint = client->endpoint();
    client->info(context, [context, endpoint, done](const Result<EngineInfo> &result) {
        if (!result.ok()) {
            done(fromError(result.error()));
            return;
        }
        const EngineInfo info = result.value();
        handBack(QtConcurrent::run(&GpuCapability::probeHost, endpoint, info.cdiSpecDirs), context,
                 [info, done](const HostFacts &facts) { done(decide(info, facts)); });
    });
}

} // namespace berth::core
