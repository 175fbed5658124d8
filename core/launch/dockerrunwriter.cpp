// SPDX-License-Identifier: Apache-2.0
#include "dockerrunwriter.h"

#include "launchunits.h"
#include "mountgrammar.h"
#include "mounts/sizeparser.h"
#include "optiongrammar.h"
#include "requirementscommand.h"
#include "shellwords.h"

namespace berth::core {

namespace {

class Groups
{
public:
    void flag(const QString &text) { m_groups << text; }
    void option(const char *name, const QString &value)
    {
        m_groups << QLatin1String(name) + QLatin1Char(' ') + ShellWords::quote(value);
    }
    void options(const char *name, const QStringList &values)
    {
        for (const QString &v : values)
            option(name, v);
    }
    QStringList &groups() { return m_groups; }

private:
    QStringList m_groups;
};

} // namespace

QString DockerRunWriter::portValue(const LaunchSpec::Port &port)
{
    return OptionGrammar::portText(port);
}

QString DockerRunWriter::write(const LaunchSpec &spec, const Options &options)
{
    QString head = QStringLiteral("docker run");
    if (spec.detach)
        head += QStringLiteral(" -d");
    if (spec.autoRemove)
        head += QStringLiteral(" --rm");
    if (spec.interactive && spec.tty)
        head += QStringLiteral(" -it");
    else if (spec.interactive)
        head += QStringLiteral(" -i");
    else if (spec.tty)
        head += QStringLiteral(" -t");

    Groups g;
    if (!spec.name.isEmpty())
        g.option("--name", spec.name);
    if (spec.gpus.mode != GpuRequest::Mode::None)
        g.option("--gpus", spec.gpus.toArgument());
    for (const GpuRequest &more : spec.moreGpus)
        g.option("--gpus", more.toArgument());
    if (!spec.ipcMode.isEmpty())
        g.option("--ipc", spec.ipcMode);
    if (spec.shmSizeBytes > 0)
        g.option("--shm-size", SizeParser::toDockerString(spec.shmSizeBytes));
    if (spec.runAsMe)
        g.flag(QStringLiteral("-u \"$(id -u):$(id -g)\""));
    else if (!spec.user.isEmpty())
        g.option("-u", spec.user);
    for (const MountSpec &m : spec.mounts) {
        switch (m.syntax) {
        case MountSpec::Syntax::Volume:
            g.option("-v", MountGrammar::volumeText(m));
            break;
        case MountSpec::Syntax::Mount:
            g.option("--mount", MountGrammar::mountText(m));
            break;
        case MountSpec::Syntax::Tmpfs:
            g.option("--tmpfs", MountGrammar::tmpfsText(m));
            break;
        }
    }
    if (spec.requirements.enabled && !spec.requirements.cacheVolume.isEmpty())
        g.option("-v", spec.requirements.cacheVolume + QLatin1Char(':') + QLatin1String(LaunchSpec::PipCacheTarget));
    if (!spec.workingDir.isEmpty())
        g.option("-w", spec.workingDir);
    g.options("-e", spec.env);
    g.options("--env-file", spec.envFiles);
    for (const LaunchSpec::Port &p : spec.ports)
        g.option("-p", portValue(p));
    g.options("--expose", spec.expose);
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        g.option("--label", it.key() + QLatin1Char('=') + it.value());
    if (spec.nanoCpus != 0)
        g.option("--cpus", LaunchUnits::formatNanoCpus(spec.nanoCpus));
    if (!spec.cpusetCpus.isEmpty())
        g.option("--cpuset-cpus", spec.cpusetCpus);
    if (spec.memoryBytes != 0)
        g.option("--memory", SizeParser::toDockerString(spec.memoryBytes));
    if (spec.memorySwapBytes != 0)
        g.option("--memory-swap", SizeParser::toDockerString(spec.memorySwapBytes));
    for (const LaunchSpec::Ulimit &u : spec.ulimits) {
        g.option("--ulimit", OptionGrammar::ulimitText(u));
    }
    if (!spec.networkMode.isEmpty())
        g.option("--network", spec.networkMode);
    if (!spec.hostname.isEmpty())
        g.option("--hostname", spec.hostname);
    g.options("--add-host", spec.addHosts);
    g.options("--dns", spec.dns);
    if (!spec.restartPolicy.isEmpty()) {
        g.option("--restart", spec.restartMaxRetries != 0
                                  ? spec.restartPolicy + QLatin1Char(':') + QString::number(spec.restartMaxRetries)
                                  : spec.restartPolicy);
    }
    if (spec.privileged)
        g.flag(QStringLiteral("--privileged"));
    if (spec.init)
        g.flag(QStringLiteral("--init"));
    if (spec.readOnlyRootfs)
        g.flag(QStringLiteral("--read-only"));
    if (!spec.runtime.isEmpty())
        g.option("--runtime", spec.runtime);
    if (!spec.pidMode.isEmpty())
        g.option("--pid", spec.pidMode);
    g.options("--device", spec.devices);
    g.options("--cap-add", spec.capAdd);
    g.options("--cap-drop", spec.capDrop);
    g.options("--security-opt", spec.securityOpts);
    g.options("--group-add", spec.groupAdd);
    if (spec.entrypoint)
        g.option("--entrypoint", *spec.entrypoint);

    // Nothing may be mistaken for an option or lost: an empty image still takes its place as ''.
    QString image = ShellWords::quote(spec.imageReference());
    if (image.startsWith(QLatin1Char('-')))
        g.flag(QStringLiteral("--"));
    const QStringList command =
        spec.requirements.enabled ? RequirementsCommand::wrap(spec, options.imageHasBash) : spec.command;
    const QString commandText = ShellWords::join(command);

    QStringList &groups = g.groups();
    if (options.style == Style::SingleLine) {
        QStringList parts{head};
        parts << groups << image;
        if (!commandText.isEmpty())
            parts << commandText;
        return parts.join(QLatin1Char(' '));
    }
    QStringList lines{head};
    for (const QString &group : std::as_const(groups))
        lines << QStringLiteral("  ") + group;
    lines << QStringLiteral("  ") + image;
    if (!commandText.isEmpty())
        lines << QStringLiteral("  ") + commandText;
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace berth::core
