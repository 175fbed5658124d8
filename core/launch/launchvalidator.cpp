// SPDX-License-Identifier: Apache-2.0
#include "launchvalidator.h"

#include "optiongrammar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace berth::core {

namespace {

// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::LaunchValidator)
};

using Severity = LaunchProblem::Severity;
using Code = LaunchProblem::Code;
using Field = LaunchProblem::Field;

class Checker
{
public:
    Checker(const LaunchSpec &spec, const LaunchValidator::Options &options) : s(spec), o(options) {}

    QList<LaunchProblem> run()
    {
        image();
        name();
        paths();
        mounts();
        gpus();
        modes();
        ports();
        env();
        resources();
        restart();
        requirements();
        limits();
        return m_problems;
    }

private:
    LaunchProblem &add(Severity severity, Code code, Field field, const QString &subject, const QString &message,
                       int index = -1)
    {
        LaunchProblem p;
        p.severity = severity;
        p.code = code;
        p.field = field;
        p.subject = subject;
        p.message = message;
        p.index = index;
        m_problems << p;
        return m_problems.last();
    }

    void error(Code code, Field field, const QString &subject, const QString &message, int index = -1)
    {
        add(Severity::Error, code, field, subject, message, index);
    }

    bool isAbsolute(const QString &path) const { return path.startsWith(QLatin1Char('/')); }

    void image()
    {
        if (s.image.trimmed().isEmpty()) {
            error(Code::Required, Field::Image, QString(), Tr::tr("Choose an image to run"));
            return;
        }
        if (!ImageReference::isValidName(s.image)) {
            error(Code::InvalidName, Field::Image, s.image,
                  s.image != s.image.toLower() ? Tr::tr("Image names must be lower case: %1").arg(s.image)
                                               : Tr::tr("\"%1\" is not a valid image name").arg(s.image));
        }
        if (!s.tag.isEmpty() && !ImageReference::isValidTag(s.tag))
            error(Code::InvalidName, Field::Image, s.tag, Tr::tr("\"%1\" is not a valid image tag").arg(s.tag));
        if (!s.digest.isEmpty() && !ImageReference::isValidDigest(s.digest))
            error(Code::InvalidName, Field::Image, s.digest,
                  Tr::tr("\"%1\" is not a valid image digest").arg(s.digest));
    }

    void name()
    {
        if (!s.name.isEmpty() && !LaunchValidator::isValidContainerName(s.name)) {
            error(Code::InvalidName, Field::Name, s.name,
                  Tr::tr("\"%1\" cannot be a container name: use letters, digits, '_', '.' and '-', starting with a "
                         "letter or digit, at least two characters")
                      .arg(s.name));
        }
    }

    void hostPathMissing(Field field, const QString &path, int index, bool offerCreate, const QString &message)
    {
        LaunchProblem &p = add(Severity::Error, Code::HostPathMissing, field, path, message, index);
        if (offerCreate) {
            p.fixIt = LaunchProblem::FixIt::CreateHostPathAsMe;
            p.path = path;
        }
    }

    void paths()
    {
        if (!s.workingDir.isEmpty() && !isAbsolute(s.workingDir)) {
            error(Code::PathNotAbsolute, Field::WorkingDir, s.workingDir,
                  Tr::tr("The working directory must be an absolute path in the container, such as /src"));
        }
        if (!s.sendFrom.isEmpty() && o.server) {
            // Copied there before Run: what must exist is the folder here.
            if (!QFileInfo(s.sendFrom).isDir()) {
                error(Code::HostPathMissing, Field::ProjectFolder, s.sendFrom,
                      Tr::tr("The folder %1 to send does not exist on this computer").arg(s.sendFrom));
            }
        } else if (!s.projectFolder.isEmpty()) {
            if (o.server) {
                if (o.server->isMissing(s.projectFolder)) {
                    hostPathMissing(Field::ProjectFolder, s.projectFolder, -1, false,
                                    Tr::tr("The project folder %1 does not exist on %2: send it there or create it "
                                           "first")
                                        .arg(s.projectFolder, o.server->server));
                }
            } else if (o.checkHostPaths && !QFileInfo(s.projectFolder).isDir()) {
                hostPathMissing(Field::ProjectFolder, s.projectFolder, -1, true,
                                Tr::tr("The project folder %1 does not exist").arg(s.projectFolder));
            }
        }
        for (int i = 0; i < s.envFiles.size(); ++i) {
            const QString &file = s.envFiles.at(i);
            if (!isAbsolute(file)) {
                error(Code::PathNotAbsolute, Field::EnvFiles, file,
                      Tr::tr("The env file %1 must be given with its full path").arg(file), i);
            } else if (o.checkHostPaths && !QFileInfo(file).isFile()) {
                hostPathMissing(Field::EnvFiles, file, i, false, Tr::tr("The env file %1 does not exist").arg(file));
            }
        }
        for (int i = 0; i < s.devices.size(); ++i) {
            if (!isAbsolute(s.devices.at(i))) {
                error(Code::PathNotAbsolute, Field::Devices, s.devices.at(i),
                      Tr::tr("A device must be an absolute path such as /dev/kfd"), i);
            }
        }
    }

    void mounts()
    {
        MountValidator::HostContext host = o.host ? *o.host : MountValidator::HostContext::current();
        host.checkHostPaths = o.checkHostPaths && !o.server; // a remote server's folders are not ours to stat
        host.server = o.server;
        const bool pipCache = s.requirements.enabled && !s.requirements.cacheVolume.isEmpty();
        m_problems += MountValidator(host).validate(s.mounts, pipCache ? QString::fromLatin1(LaunchSpec::PipCacheTarget)
                                                                       : QString());
    }

    void gpus()
    {
        const GpuRequest &g = s.gpus;
        if (g.mode == GpuRequest::Mode::Devices && g.deviceIds.isEmpty())
            error(Code::Required, Field::Gpus, QString(), Tr::tr("Choose at least one GPU"));
        if ((g.mode == GpuRequest::Mode::Devices && g.count > 0) ||
            (g.mode == GpuRequest::Mode::Count && !g.deviceIds.isEmpty())) {
            error(Code::Conflict, Field::Gpus, g.deviceIds.join(QLatin1Char(',')),
                  Tr::tr("Ask for a number of GPUs or for specific GPUs, not both"));
        }
        if (g.mode == GpuRequest::Mode::Count && g.count < 0) {
            error(Code::OutOfRange, Field::Gpus, QString::number(g.count),
                  Tr::tr("The number of GPUs must be at least 1"));
        } else if (g.mode == GpuRequest::Mode::Count && g.count == 0) {
            // The docker CLI sends a count of 0 and the engine takes it, so this is said, not refused: people often
            // write --gpus 0 meaning the first GPU.
            add(Severity::Warning, Code::OutOfRange, Field::Gpus, QStringLiteral("0"),
                Tr::tr("--gpus 0 asks for no GPUs (a count of 0), yet still needs the engine's NVIDIA runtime. For the "
                       "first GPU, write --gpus device=0."));
        }
    }

    void modes()
    {
        static const QStringList ipcModes{QString(), QStringLiteral("none"), QStringLiteral("private"),
                                          QStringLiteral("shareable"), QStringLiteral("host")};
        if (!ipcModes.contains(s.ipcMode) && !s.ipcMode.startsWith(QLatin1String("container:"))) {
            error(Code::InvalidValue, Field::IpcMode, s.ipcMode,
                  Tr::tr("IPC mode must be host, private, shareable, none or container:NAME"));
        }
        if (s.shmSizeBytes < 0)
            error(Code::OutOfRange, Field::ShmSize, QString::number(s.shmSizeBytes),
                  Tr::tr("Shared memory cannot be negative"));
        if (s.networkMode == QLatin1String("host") && !s.ports.isEmpty()) {
            add(Severity::Warning, Code::Conflict, Field::Ports, QString(),
                Tr::tr("With the host network the container uses the host's ports directly; the published ports are "
                       "ignored"));
        }
    }

    // What the CLI or the engine would refuse, checked for a spec typed in the form as for a pasted line.
    void limits()
    {
        qint64 published = 0;
        for (const LaunchSpec::Port &p : s.ports)
            published += OptionGrammar::portCount(p);
        if (published > OptionGrammar::MaxPublishedPorts) {
            error(Code::OutOfRange, Field::Ports, QString::number(published),
                  Tr::tr("%1 ports are published; Berth publishes at most %2 (each one costs the engine a proxy): "
                         "publish fewer or smaller ranges")
                      .arg(published)
                      .arg(OptionGrammar::MaxPublishedPorts));
        }
        if (!o.knownRuntimes.isEmpty() && !s.runtime.isEmpty() && !o.knownRuntimes.contains(s.runtime)) {
            error(Code::InvalidValue, Field::Advanced, s.runtime,
                  Tr::tr("The engine has no runtime called %1; it knows %2")
                      .arg(s.runtime, o.knownRuntimes.join(QStringLiteral(", "))));
        }
        for (const QString &cap : s.capAdd + s.capDrop) {
            if (!OptionGrammar::isKnownCapability(cap))
                error(Code::InvalidValue, Field::Advanced, cap, Tr::tr("%1 is not a Linux capability").arg(cap));
        }
        if (!s.cpusetCpus.isEmpty() && !OptionGrammar::isCpuList(s.cpusetCpus))
            error(Code::InvalidValue, Field::Cpus, s.cpusetCpus,
                  Tr::tr("CPUs are given as numbers and ranges such as 0-3 or 0,2"));
        for (const QString &dns : s.dns) {
            if (!OptionGrammar::isIpAddress(dns))
                error(Code::InvalidValue, Field::Advanced, dns,
                      Tr::tr("The DNS server %1 is not an IP address").arg(dns));
        }
        if (!OptionGrammar::isPidMode(s.pidMode))
            error(Code::InvalidValue, Field::Advanced, s.pidMode,
                  Tr::tr("The PID mode must be host or container:NAME"));
    }

    void ports()
    {
        static const QRegularExpression range(QStringLiteral("^([0-9]+)(?:-([0-9]+))?$"));
        auto span = [](const QRegularExpressionMatch &m, quint32 *start, quint32 *end) {
            *start = m.captured(1).toUInt();
            *end = m.captured(2).isEmpty() ? *start : m.captured(2).toUInt();
            return *end <= 65535 && *start <= *end; // 0 lets the engine pick, as the CLI allows
        };
        for (int i = 0; i < s.ports.size(); ++i) {
            const LaunchSpec::Port &p = s.ports.at(i);
            quint32 start = 0, end = 0, hostStart = 0, hostEnd = 0;
            const QRegularExpressionMatch cm = range.match(p.containerPort);
            if (!cm.hasMatch() || !span(cm, &start, &end)) {
                error(Code::InvalidValue, Field::Ports, p.containerPort,
                      Tr::tr("The container port must be a number from 0 to 65535 or a range such as 8000-8010"), i);
                continue;
            }
            if (!p.hostPort.isEmpty()) {
                const QRegularExpressionMatch hm = range.match(p.hostPort);
                if (!hm.hasMatch() || !span(hm, &hostStart, &hostEnd)) {
                    error(Code::InvalidValue, Field::Ports, p.hostPort,
                          Tr::tr("The host port must be a number from 0 to 65535 or a range such as 8000-8010"), i);
                    continue;
                }
                if (end != start && end - start != hostEnd - hostStart) {
                    error(Code::InvalidValue, Field::Ports, p.hostPort,
                          Tr::tr("The host and container port ranges must be the same length"), i);
                }
            }
            if (p.protocol != QLatin1String("tcp") && p.protocol != QLatin1String("udp") &&
                p.protocol != QLatin1String("sctp")) {
                error(Code::InvalidValue, Field::Ports, p.protocol, Tr::tr("The protocol must be tcp, udp or sctp"), i);
            }
        }
    }

    void env()
    {
        for (int i = 0; i < s.env.size(); ++i) {
            if (s.env.at(i).isEmpty() || s.env.at(i).startsWith(QLatin1Char('='))) {
                error(Code::InvalidValue, Field::Env, s.env.at(i), Tr::tr("An environment variable needs a name"), i);
            }
        }
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (it.key().trimmed().isEmpty())
                error(Code::InvalidValue, Field::Labels, it.value(), Tr::tr("A label needs a name"));
        }
    }

    void resources()
    {
        if (s.nanoCpus < 0)
            error(Code::OutOfRange, Field::Cpus, QString::number(s.nanoCpus),
                  Tr::tr("The number of CPUs cannot be negative"));
        constexpr qint64 minimumMemory = 6 * 1024 * 1024; // the engine's floor
        if (s.memoryBytes < 0 || (s.memoryBytes > 0 && s.memoryBytes < minimumMemory))
            error(Code::OutOfRange, Field::Memory, QString::number(s.memoryBytes),
                  Tr::tr("The memory limit must be at least 6 MB"));
        if (s.memorySwapBytes < -1) {
            error(Code::OutOfRange, Field::MemorySwap, QString::number(s.memorySwapBytes),
                  Tr::tr("Memory plus swap must be a size, or -1 for unlimited swap"));
        } else if (s.memorySwapBytes > 0 && s.memoryBytes == 0) {
            error(Code::Conflict, Field::MemorySwap, QString::number(s.memorySwapBytes),
                  Tr::tr("Set a memory limit when limiting memory plus swap"));
        } else if (s.memorySwapBytes > 0 && s.memorySwapBytes < s.memoryBytes) {
            error(Code::Conflict, Field::MemorySwap, QString::number(s.memorySwapBytes),
                  Tr::tr("Memory plus swap must be at least the memory limit"));
        }
        static const QStringList ulimitNames{
            QStringLiteral("core"),     QStringLiteral("cpu"),        QStringLiteral("data"),
            QStringLiteral("fsize"),    QStringLiteral("locks"),      QStringLiteral("memlock"),
            QStringLiteral("msgqueue"), QStringLiteral("nice"),       QStringLiteral("nofile"),
            QStringLiteral("nproc"),    QStringLiteral("rss"),        QStringLiteral("rtprio"),
            QStringLiteral("rttime"),   QStringLiteral("sigpending"), QStringLiteral("stack")};
        for (int i = 0; i < s.ulimits.size(); ++i) {
            const LaunchSpec::Ulimit &u = s.ulimits.at(i);
            if (!ulimitNames.contains(u.name))
                error(Code::InvalidValue, Field::Ulimits, u.name,
                      Tr::tr("\"%1\" is not a limit the engine knows").arg(u.name), i);
            else if (u.hard != -1 && (u.soft > u.hard || u.soft == -1))
                error(Code::Conflict, Field::Ulimits, u.name,
                      Tr::tr("The soft limit of %1 is above its hard limit").arg(u.name), i);
        }
    }

    void restart()
    {
        static const QStringList policies{QString(), QStringLiteral("no"), QStringLiteral("always"),
                                          QStringLiteral("unless-stopped"), QStringLiteral("on-failure")};
        if (!policies.contains(s.restartPolicy)) {
            error(Code::InvalidValue, Field::RestartPolicy, s.restartPolicy,
                  Tr::tr("Restart policy must be no, always, unless-stopped or on-failure"));
        } else if (s.restartMaxRetries != 0 && s.restartPolicy != QLatin1String("on-failure")) {
            error(Code::Conflict, Field::RestartPolicy, QString::number(s.restartMaxRetries),
                  Tr::tr("A retry count only goes with the on-failure policy"));
        } else if (s.restartMaxRetries < 0) {
            error(Code::OutOfRange, Field::RestartPolicy, QString::number(s.restartMaxRetries),
                  Tr::tr("The retry count cannot be negative"));
        }
        if (s.autoRemove && !s.restartPolicy.isEmpty() && s.restartPolicy != QLatin1String("no")) {
            error(Code::Conflict, Field::RestartPolicy, s.restartPolicy,
                  Tr::tr("A container removed when it stops (--rm) cannot also be restarted: turn off one of them"));
        }
    }

    void requirements()
    {
        const LaunchSpec::Requirements &r = s.requirements;
        if (!r.enabled)
            return;
        if (s.command.isEmpty()) {
            error(Code::Required, Field::Requirements, QString(),
                  Tr::tr("Installing requirements first needs the command to run afterwards, such as python train.py"));
        }
        if (r.file.isEmpty())
            error(Code::Required, Field::Requirements, QString(), Tr::tr("Choose the requirements file"));
        if (!r.cacheVolume.isEmpty() && !MountValidator::isValidVolumeName(r.cacheVolume)) {
            error(Code::InvalidName, Field::Requirements, r.cacheVolume,
                  Tr::tr("\"%1\" cannot be a volume name: use letters, digits, '_', '.' and '-'").arg(r.cacheVolume));
        }
        if (r.file.isEmpty() || isAbsolute(r.file) || s.projectFolder.isEmpty())
            return;
        const QString inProject = QDir(s.projectFolder).filePath(r.file);
        if (o.server) {
            if (o.server->kind(s.projectFolder) == ServerPaths::Kind::Directory && o.server->isMissing(inProject)) {
                add(Severity::Warning, Code::HostPathMissing, Field::Requirements, r.file,
                    Tr::tr("There is no %1 in the project folder on %2").arg(r.file, o.server->server));
            }
        } else if (o.checkHostPaths && QFileInfo(s.projectFolder).isDir() && !QFileInfo::exists(inProject)) {
            add(Severity::Warning, Code::HostPathMissing, Field::Requirements, r.file,
                Tr::tr("There is no %1 in the project folder").arg(r.file));
        }
    }

    const LaunchSpec &s;
    const LaunchValidator::Options &o;
    QList<LaunchProblem> m_problems;
};

} // namespace

QStringList LaunchValidator::serverPathsToCheck(const LaunchSpec &spec)
{
    QStringList paths;
    const auto isAbsolute = [](const QString &path) { return path.startsWith(QLatin1Char('/')); };
    const auto add = [&paths, &isAbsolute](const QString &path) {
        if (isAbsolute(path) && !paths.contains(QDir::cleanPath(path)))
            paths.append(QDir::cleanPath(path));
    };
    // A project sent from this computer is made on the server by the copy before Run: nothing in it to ask about.
    const QString sent = spec.sendFrom.isEmpty() ? QString() : QDir::cleanPath(spec.projectFolder);
    const auto inSent = [&sent](const QString &path) {
        const QString clean = QDir::cleanPath(path);
        return !sent.isEmpty() && (clean == sent || clean.startsWith(sent + QLatin1Char('/')));
    };
    if (sent.isEmpty())
        add(spec.projectFolder);
    for (const MountSpec &m : spec.mounts) {
        if (m.type == MountSpec::Type::Bind && !inSent(m.source))
            add(m.source);
    }
    const LaunchSpec::Requirements &r = spec.requirements;
    if (r.enabled && !r.file.isEmpty() && !isAbsolute(r.file) && !spec.projectFolder.isEmpty() && sent.isEmpty())
        add(QDir(spec.projectFolder).filePath(r.file));
    return paths;
}

QList<LaunchProblem> LaunchValidator::validate(const LaunchSpec &spec, const Options &options)
{
    return Checker(spec, options).run();
}

bool LaunchValidator::isValidContainerName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    return re.match(name).hasMatch();
}

} // namespace berth::core
