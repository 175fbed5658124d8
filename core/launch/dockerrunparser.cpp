// SPDX-License-Identifier: Apache-2.0
#include "dockerrunparser.h"

#include "engine/csvrecord.h"
#include "launchunits.h"
#include "mountgrammar.h"
#include "mounts/sizeparser.h"
#include "optiongrammar.h"
#include "requirementscommand.h"
#include "shellwords.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <unistd.h>

namespace berth::core {

namespace {

// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::DockerRunParser)
};

using Severity = LaunchProblem::Severity;
using Code = LaunchProblem::Code;
using Field = LaunchProblem::Field;

enum class Opt {
    Name,
    Detach,
    Rm,
    Interactive,
    Tty,
    Entrypoint,
    Workdir,
    Env,
    EnvFile,
    Volume,
    Mount,
    Tmpfs,
    Gpus,
    Ipc,
    ShmSize,
    User,
    Publish,
    Expose,
    Label,
    Cpus,
    CpusetCpus,
    Memory,
    MemorySwap,
    Ulimit,
    Network,
    Hostname,
    AddHost,
    Dns,
    Restart,
    Privileged,
    Init,
    ReadOnly,
    Runtime,
    Pid,
    Device,
    CapAdd,
    CapDrop,
    SecurityOpt,
    GroupAdd,
    Ignored,     // no effect on the container Berth creates
    Unsupported, // a real docker run option that Berth does not model
};

struct OptionDef
{
    const char *name;
    char shortName;
    bool takesValue;
    Opt opt;
};

// The docker run/create flag set (docker CLI 28/29: run.go, create.go, opts.go addFlags).
constexpr OptionDef optionTable[] = {
    {"name", 0, true, Opt::Name},
    {"detach", 'd', false, Opt::Detach},
    {"rm", 0, false, Opt::Rm},
    {"interactive", 'i', false, Opt::Interactive},
    {"tty", 't', false, Opt::Tty},
    {"entrypoint", 0, true, Opt::Entrypoint},
    {"workdir", 'w', true, Opt::Workdir},
    {"env", 'e', true, Opt::Env},
    {"env-file", 0, true, Opt::EnvFile},
    {"volume", 'v', true, Opt::Volume},
    {"mount", 0, true, Opt::Mount},
    {"tmpfs", 0, true, Opt::Tmpfs},
    {"gpus", 0, true, Opt::Gpus},
    {"ipc", 0, true, Opt::Ipc},
    {"shm-size", 0, true, Opt::ShmSize},
    {"user", 'u', true, Opt::User},
    {"publish", 'p', true, Opt::Publish},
    {"expose", 0, true, Opt::Expose},
    {"label", 'l', true, Opt::Label},
    {"cpus", 0, true, Opt::Cpus},
    {"cpuset-cpus", 0, true, Opt::CpusetCpus},
    {"memory", 'm', true, Opt::Memory},
    {"memory-swap", 0, true, Opt::MemorySwap},
    {"ulimit", 0, true, Opt::Ulimit},
    {"network", 0, true, Opt::Network},
    {"net", 0, true, Opt::Network},
    {"hostname", 'h', true, Opt::Hostname},
    {"add-host", 0, true, Opt::AddHost},
    {"dns", 0, true, Opt::Dns},
    {"restart", 0, true, Opt::Restart},
    {"privileged", 0, false, Opt::Privileged},
    {"init", 0, false, Opt::Init},
    {"read-only", 0, false, Opt::ReadOnly},
    {"runtime", 0, true, Opt::Runtime},
    {"pid", 0, true, Opt::Pid},
    {"device", 0, true, Opt::Device},
    {"cap-add", 0, true, Opt::CapAdd},
    {"cap-drop", 0, true, Opt::CapDrop},
    {"security-opt", 0, true, Opt::SecurityOpt},
    {"group-add", 0, true, Opt::GroupAdd},
    // Options about how the CLI runs, not about the container.
    {"sig-proxy", 0, false, Opt::Ignored},
    {"detach-keys", 0, true, Opt::Ignored},
    {"pull", 0, true, Opt::Ignored},
    {"platform", 0, true, Opt::Ignored},
    {"quiet", 'q', false, Opt::Ignored},
    {"disable-content-trust", 0, false, Opt::Ignored},
    {"cidfile", 0, true, Opt::Ignored},
    // Everything else docker run knows.
    {"attach", 'a', true, Opt::Unsupported},
    {"device-cgroup-rule", 0, true, Opt::Unsupported},
    {"domainname", 0, true, Opt::Unsupported},
    {"label-file", 0, true, Opt::Unsupported},
    {"stop-signal", 0, true, Opt::Unsupported},
    {"stop-timeout", 0, true, Opt::Unsupported},
    {"sysctl", 0, true, Opt::Unsupported},
    {"userns", 0, true, Opt::Unsupported},
    {"cgroupns", 0, true, Opt::Unsupported},
    {"dns-opt", 0, true, Opt::Unsupported},
    {"dns-option", 0, true, Opt::Unsupported},
    {"dns-search", 0, true, Opt::Unsupported},
    {"ip", 0, true, Opt::Unsupported},
    {"ip6", 0, true, Opt::Unsupported},
    {"link", 0, true, Opt::Unsupported},
    {"link-local-ip", 0, true, Opt::Unsupported},
    {"mac-address", 0, true, Opt::Unsupported},
    {"publish-all", 'P', false, Opt::Unsupported},
    {"net-alias", 0, true, Opt::Unsupported},
    {"network-alias", 0, true, Opt::Unsupported},
    {"log-driver", 0, true, Opt::Unsupported},
    {"log-opt", 0, true, Opt::Unsupported},
    {"volume-driver", 0, true, Opt::Unsupported},
    {"storage-opt", 0, true, Opt::Unsupported},
    {"volumes-from", 0, true, Opt::Unsupported},
    {"health-cmd", 0, true, Opt::Unsupported},
    {"health-interval", 0, true, Opt::Unsupported},
    {"health-retries", 0, true, Opt::Unsupported},
    {"health-timeout", 0, true, Opt::Unsupported},
    {"health-start-period", 0, true, Opt::Unsupported},
    {"health-start-interval", 0, true, Opt::Unsupported},
    {"no-healthcheck", 0, false, Opt::Unsupported},
    {"blkio-weight", 0, true, Opt::Unsupported},
    {"blkio-weight-device", 0, true, Opt::Unsupported},
    {"cpuset-mems", 0, true, Opt::Unsupported},
    {"cpu-count", 0, true, Opt::Unsupported},
    {"cpu-percent", 0, true, Opt::Unsupported},
    {"cpu-period", 0, true, Opt::Unsupported},
    {"cpu-quota", 0, true, Opt::Unsupported},
    {"cpu-rt-period", 0, true, Opt::Unsupported},
    {"cpu-rt-runtime", 0, true, Opt::Unsupported},
    {"cpu-shares", 'c', true, Opt::Unsupported},
    {"device-read-bps", 0, true, Opt::Unsupported},
    {"device-read-iops", 0, true, Opt::Unsupported},
    {"device-write-bps", 0, true, Opt::Unsupported},
    {"device-write-iops", 0, true, Opt::Unsupported},
    {"io-maxbandwidth", 0, true, Opt::Unsupported},
    {"io-maxiops", 0, true, Opt::Unsupported},
    {"memory-reservation", 0, true, Opt::Unsupported},
    {"memory-swappiness", 0, true, Opt::Unsupported},
    {"oom-kill-disable", 0, false, Opt::Unsupported},
    {"oom-score-adj", 0, true, Opt::Unsupported},
    {"pids-limit", 0, true, Opt::Unsupported},
    {"cgroup-parent", 0, true, Opt::Unsupported},
    {"isolation", 0, true, Opt::Unsupported},
    {"uts", 0, true, Opt::Unsupported},
    {"annotation", 0, true, Opt::Unsupported},
    {"kernel-memory", 0, true, Opt::Unsupported},
    {"use-api-socket", 0, false, Opt::Unsupported},
    {"help", 0, false, Opt::Unsupported},
};

const OptionDef *findLong(const QString &name)
{
    for (const OptionDef &def : optionTable) {
        if (name == QLatin1String(def.name))
            return &def;
    }
    return nullptr;
}

const OptionDef *findShort(QChar c)
{
    for (const OptionDef &def : optionTable) {
        if (def.shortName && c == QLatin1Char(def.shortName))
            return &def;
    }
    return nullptr;
}

std::optional<bool> parseBool(const QString &value)
{
    static const QStringList yes{QStringLiteral("1"),    QStringLiteral("t"),    QStringLiteral("T"),
                                 QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no{QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

class Parser
{
public:
    // Unqualified, because lupdate takes "DockerRunParser::Result run()" for a member of DockerRunParser.
    using Result = DockerRunParser::Result;

    Parser(const QString &text, const DockerRunParser::Options &options) : m_text(text), m_options(options) {}

    Result run()
    {
        ShellWords::Options shell;
        shell.cwd = m_options.projectFolder;
        shell.home = m_options.homeDir;
        shell.env = m_options.env;
        shell.uid = m_options.uid;
        shell.gid = m_options.gid;
        ShellWords::Result split = ShellWords::split(m_text, shell);
        m_result.problems = split.problems;
        m_result.spec.projectFolder = m_options.projectFolder;

        // One command: words up to the first operator. A second line of words is a second command, except
        // `docker volume create NAME` lines before it (tutorials make the pip cache that way): Berth makes the
        // volumes a run uses itself, so those are checked against the run and skipped.
        QList<QList<ShellWords::Word>> volumeCreates;
        QList<ShellWords::Word> current;
        bool secondCommand = false;
        int secondOffset = 0;
        for (const ShellWords::Word &w : std::as_const(split.words)) {
            if (!w.isOperator) {
                current << w;
                continue;
            }
            const bool separator =
                w.text == QLatin1String("\n") || w.text == QLatin1String(";") || w.text == QLatin1String("&&");
            if (separator && m_words.isEmpty() && isVolumeCreate(current)) {
                volumeCreates << current;
                current.clear();
                // The && or ; joined two docker commands, not something inside the container.
                m_result.problems.removeIf(
                    [&w](const LaunchProblem &p) { return p.code == Code::ShellConstruct && p.offset == w.offset; });
                continue;
            }
            if (m_words.isEmpty() && !current.isEmpty()) {
                m_words = current;
                current.clear();
                if (w.text != QLatin1String("\n"))
                    break; // `docker run … && echo done`: the rest runs on this machine, not in the container
                continue;
            }
            if (!current.isEmpty() || !separator) {
                secondCommand = true;
                secondOffset = current.isEmpty() ? w.offset : current.first().offset;
                break;
            }
        }
        if (!secondCommand && !current.isEmpty()) {
            if (m_words.isEmpty()) {
                m_words = current;
            } else {
                secondCommand = true;
                secondOffset = current.first().offset;
            }
        }
        if (secondCommand) {
            problem(Severity::Error, Code::MultipleCommands, QString(),
                    Tr::tr("The text holds more than one command: paste a single docker run command (join "
                           "continued lines with a backslash at the end)"),
                    secondOffset);
        }
        if (m_words.isEmpty()) {
            if (split.words.isEmpty())
                problem(Severity::Error, Code::NotDockerRun, QString(), Tr::tr("The text is empty"), 0);
            return m_result;
        }
        if (!command())
            return m_result;
        options();
        imageAndCommand();
        qint64 published = 0;
        for (const LaunchSpec::Port &port : std::as_const(m_result.spec.ports))
            published += OptionGrammar::portCount(port);
        if (published > OptionGrammar::MaxPublishedPorts) {
            problem(Severity::Error, Code::InvalidValue, QStringLiteral("-p"),
                    Tr::tr("The line publishes %1 ports; Berth publishes at most %2 (each one costs the engine a "
                           "proxy and the container's configuration grows with it): publish fewer or smaller ranges")
                        .arg(published)
                        .arg(OptionGrammar::MaxPublishedPorts),
                    0, Field::Ports);
        }
        if (m_nvidiaDocker && !m_gpusGiven) {
            // nvidia-docker 1 took the GPUs from NV_GPU, and all of them without it.
            if (!m_nvGpu.isEmpty()) {
                m_result.spec.gpus.mode = GpuRequest::Mode::Devices;
                m_result.spec.gpus.deviceIds = m_nvGpu.split(QLatin1Char(','), Qt::SkipEmptyParts);
            } else {
                m_result.spec.gpus.mode = GpuRequest::Mode::All;
            }
        } else if (!m_nvGpu.isEmpty()) {
            problem(Severity::Warning, Code::IgnoredOption, QStringLiteral("NV_GPU"),
                    Tr::tr("NV_GPU only means something to nvidia-docker; it was ignored"), m_nvGpuOffset, Field::Gpus);
        }
        RequirementsCommand::recognise(m_result.spec);
        for (const QList<ShellWords::Word> &create : std::as_const(volumeCreates))
            checkVolumeCreate(create);
        return m_result;
    }

private:
    // [sudo] docker volume create [--driver d | -d d | --label l | --opt o | --name n]... [NAME]
    static qsizetype volumeCreateStart(const QList<ShellWords::Word> &words)
    {
        qsizetype i = 0;
        if (i < words.size() && words.at(i).text == QLatin1String("sudo"))
            ++i;
        if (i + 2 < words.size() && words.at(i).text.section(QLatin1Char('/'), -1) == QLatin1String("docker") &&
            words.at(i + 1).text == QLatin1String("volume") && words.at(i + 2).text == QLatin1String("create"))
            return i + 3;
        return -1;
    }
    static bool isVolumeCreate(const QList<ShellWords::Word> &words) { return volumeCreateStart(words) >= 0; }

    void checkVolumeCreate(const QList<ShellWords::Word> &words)
    {
        QString name;
        bool plain = true; // no driver, options or labels Berth would leave out
        for (qsizetype i = volumeCreateStart(words); i < words.size(); ++i) {
            const QString &t = words.at(i).text;
            if (t == QLatin1String("--name") && i + 1 < words.size()) {
                name = words.at(++i).text;
            } else if (t.startsWith(QLatin1String("--name="))) {
                name = t.mid(7);
            } else if (t.startsWith(QLatin1Char('-'))) {
                plain = false;
                if (!t.contains(QLatin1Char('=')) && i + 1 < words.size())
                    ++i;
            } else {
                name = t;
            }
        }
        const int offset = words.first().offset;
        bool used =
            !name.isEmpty() && m_result.spec.requirements.enabled && m_result.spec.requirements.cacheVolume == name;
        for (const MountSpec &m : std::as_const(m_result.spec.mounts))
            used = used || (m.type == MountSpec::Type::Volume && m.source == name);
        if (!used) {
            problem(Severity::Error, Code::MultipleCommands, name,
                    name.isEmpty() ? Tr::tr("docker volume create without a name makes a volume the run cannot "
                                            "name: paste only the docker run command")
                                   : Tr::tr("The text also creates the volume %1, which the docker run command does "
                                            "not use: paste only the docker run command")
                                         .arg(name),
                    offset);
        } else if (!plain) {
            problem(Severity::Warning, Code::IgnoredOption, name,
                    Tr::tr("docker volume create %1 was skipped with its options: Berth creates the volume with the "
                           "engine's defaults when the run needs it; create it yourself first for another driver")
                        .arg(name),
                    offset, Field::Mounts);
        } else {
            problem(
                Severity::Warning, Code::IgnoredOption, name,
                Tr::tr("docker volume create %1 was skipped: Berth creates the volume when the run needs it").arg(name),
                offset, Field::Mounts);
        }
    }

    void problem(Severity severity, Code code, const QString &subject, const QString &message, int offset,
                 Field field = Field::None, int index = -1)
    {
        LaunchProblem p;
        p.severity = severity;
        p.code = code;
        p.subject = subject;
        p.message = message;
        p.offset = offset;
        p.field = field;
        p.index = index;
        m_result.problems << p;
    }

    void invalid(const QString &option, const QString &value, const QString &why, int offset, Field field,
                 int index = -1)
    {
        problem(Severity::Error, Code::InvalidValue, option,
                Tr::tr("%1 %2: %3").arg(option, value.isEmpty() ? QStringLiteral("''") : value, why), offset, field,
                index);
    }

    bool atEnd() const { return m_pos >= m_words.size(); }
    const ShellWords::Word &word() const { return m_words.at(m_pos); }

    // sudo, VAR=value prefixes, docker or nvidia-docker, global options, then run/create.
    bool command()
    {
        static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
        if (word().text == QLatin1String("$") && !word().quoted)
            ++m_pos; // a copied prompt
        while (!atEnd()) {
            const ShellWords::Word &w = word();
            if (w.text == QLatin1String("sudo") && !w.quoted) {
                ++m_pos;
                while (!atEnd() && word().text.startsWith(QLatin1Char('-'))) {
                    const QString flag = word().text;
                    ++m_pos;
                    if ((flag == QLatin1String("-u") || flag == QLatin1String("-g")) && !atEnd())
                        ++m_pos;
                }
                continue;
            }
            if (assignment.match(w.text).hasMatch()) {
                const QString name = w.text.section(QLatin1Char('='), 0, 0);
                const QString value = w.text.section(QLatin1Char('='), 1);
                if (name == QLatin1String("NV_GPU")) {
                    m_nvGpu = value;
                    m_nvGpuOffset = w.offset;
                } else {
                    problem(Severity::Warning, Code::IgnoredOption, name,
                            Tr::tr("%1 is set for the docker command itself, not inside the container: it was ignored "
                                   "(use -e to set it in the container)")
                                .arg(name),
                            w.offset, Field::Env);
                }
                ++m_pos;
                continue;
            }
            break;
        }
        if (atEnd()) {
            problem(Severity::Error, Code::NotDockerRun, QString(), Tr::tr("This is not a docker run command"), 0);
            return false;
        }
        const QString program = word().text.section(QLatin1Char('/'), -1);
        if (program == QLatin1String("nvidia-docker")) {
            m_nvidiaDocker = true;
        } else if (program != QLatin1String("docker")) {
            problem(Severity::Error, Code::NotDockerRun, word().text,
                    Tr::tr("This is not a docker run command: it starts with \"%1\"").arg(word().text), word().offset);
            return false;
        }
        ++m_pos;
        // Global options choose an engine or a log level; Berth talks to the engine in its settings.
        static const QStringList globalWithValue{QStringLiteral("-H"),          QStringLiteral("--host"),
                                                 QStringLiteral("--context"),   QStringLiteral("-c"),
                                                 QStringLiteral("--config"),    QStringLiteral("-l"),
                                                 QStringLiteral("--log-level"), QStringLiteral("--tlscacert"),
                                                 QStringLiteral("--tlscert"),   QStringLiteral("--tlskey")};
        while (!atEnd() && word().text.startsWith(QLatin1Char('-'))) {
            const QString flag = word().text.section(QLatin1Char('='), 0, 0);
            problem(Severity::Warning, Code::IgnoredOption, flag,
                    Tr::tr("docker %1 was ignored: Berth uses the engine chosen in its settings").arg(flag),
                    word().offset);
            const bool takesValue = globalWithValue.contains(word().text);
            ++m_pos;
            if (takesValue && !atEnd())
                ++m_pos;
        }
        if (!atEnd() && word().text == QLatin1String("container"))
            ++m_pos;
        if (atEnd() || (word().text != QLatin1String("run") && word().text != QLatin1String("create"))) {
            const QString what = atEnd() ? QString() : word().text;
            problem(Severity::Error, Code::NotDockerRun, what,
                    what.isEmpty() ? Tr::tr("This docker command does not run a container: use docker run")
                                   : Tr::tr("docker %1 does not run a container: use docker run").arg(what),
                    atEnd() ? 0 : word().offset);
            return false;
        }
        ++m_pos;
        return true;
    }

    void options()
    {
        while (!atEnd()) {
            const ShellWords::Word w = word();
            const QString &t = w.text;
            if (t == QLatin1String("--")) {
                ++m_pos;
                return;
            }
            if (!t.startsWith(QLatin1Char('-')) || t == QLatin1String("-"))
                return; // the image: options stop here, as with the CLI (interspersed off)
            ++m_pos;
            if (t.startsWith(QLatin1String("--"))) {
                const qsizetype eq = t.indexOf(QLatin1Char('='));
                const QString name = eq < 0 ? t.mid(2) : t.mid(2, eq - 2);
                const OptionDef *def = findLong(name);
                if (!def) {
                    problem(Severity::Error, Code::UnknownOption, QStringLiteral("--") + name,
                            Tr::tr("--%1 is not a docker run option").arg(name), w.offset);
                    continue;
                }
                if (def->takesValue) {
                    if (eq >= 0) {
                        apply(*def, QStringLiteral("--") + name, t.mid(eq + 1), w);
                    } else if (atEnd()) {
                        missingValue(QStringLiteral("--") + name, w.offset);
                    } else {
                        const ShellWords::Word value = word();
                        ++m_pos;
                        apply(*def, QStringLiteral("--") + name, value.text, value);
                    }
                } else {
                    bool on = true;
                    if (eq >= 0) {
                        const std::optional<bool> parsed = parseBool(t.mid(eq + 1));
                        if (!parsed) {
                            invalid(QStringLiteral("--") + name, t.mid(eq + 1), Tr::tr("expected true or false"),
                                    w.offset, Field::None);
                            continue;
                        }
                        on = *parsed;
                    }
                    applyBool(*def, QStringLiteral("--") + name, on, w);
                }
                continue;
            }
            // Short flags, combined as pflag does: -it, -itd, -p8080:80, -e=KEY=VALUE.
            for (qsizetype k = 1; k < t.size(); ++k) {
                const QChar c = t.at(k);
                const OptionDef *def = findShort(c);
                const QString flag = QStringLiteral("-") + c;
                if (!def) {
                    problem(Severity::Error, Code::UnknownOption, flag,
                            Tr::tr("%1 is not a docker run option").arg(flag), w.offset);
                    break;
                }
                if (!def->takesValue) {
                    if (k + 1 < t.size() && t.at(k + 1) == QLatin1Char('=')) {
                        const std::optional<bool> parsed = parseBool(t.mid(k + 2));
                        if (!parsed)
                            invalid(flag, t.mid(k + 2), Tr::tr("expected true or false"), w.offset, Field::None);
                        else
                            applyBool(*def, flag, *parsed, w);
                        break;
                    }
                    applyBool(*def, flag, true, w);
                    continue;
                }
                QString rest = t.mid(k + 1);
                if (!rest.isEmpty()) {
                    if (rest.startsWith(QLatin1Char('=')))
                        rest.remove(0, 1);
                    apply(*def, flag, rest, w);
                } else if (atEnd()) {
                    missingValue(flag, w.offset);
                } else {
                    const ShellWords::Word value = word();
                    ++m_pos;
                    apply(*def, flag, value.text, value);
                }
                break;
            }
        }
    }

    void missingValue(const QString &flag, int offset)
    {
        problem(Severity::Error, Code::MissingValue, flag, Tr::tr("%1 needs a value").arg(flag), offset);
    }

    void imageAndCommand()
    {
        if (atEnd()) {
            problem(Severity::Error, Code::MissingImage, QString(),
                    Tr::tr("The command names no image: add the image after the options"), m_text.size(), Field::Image);
            return;
        }
        static const QRegularExpression capitals(QStringLiteral("^[A-Z][A-Z0-9_]*[A-Z0-9](:[A-Z][A-Z0-9_]*)?$"));
        if (!word().quoted && !word().placeholder && capitals.match(word().text).hasMatch()) {
            // IMAGE or IMAGE:TAG, as the documentation writes it
            problem(Severity::Error, Code::Placeholder, word().text,
                    Tr::tr("\"%1\" is a placeholder: replace it with a real value").arg(word().text), word().offset,
                    Field::Image);
        } else {
            m_result.spec.setImageReference(word().text);
        }
        ++m_pos;
        const qsizetype first = m_pos;
        for (; m_pos < m_words.size(); ++m_pos)
            m_result.spec.command << m_words.at(m_pos).text;
        optionalCommand(first);
    }

    // The tutorial writes its command as optional: `image [python pytorch-tutorial.py]`. Those words, without the
    // brackets, are offered as the command, and the note says that an empty command opens a shell instead.
    void optionalCommand(qsizetype first)
    {
        const qsizetype n = m_words.size() - first;
        if (n < 1 || !m_words.at(first).text.startsWith(QLatin1Char('[')) ||
            !m_words.constLast().text.endsWith(QLatin1Char(']')))
            return;
        for (qsizetype i = first; i < m_words.size(); ++i) {
            if (!m_words.at(i).placeholder)
                return;
        }
        QString text;
        for (qsizetype i = first; i < m_words.size(); ++i)
            text += (i > first ? QStringLiteral(" ") : QString()) + m_words.at(i).text;
        const QString inner = text.mid(1, text.size() - 2).trimmed();
        // Capitals alone ([COMMAND], [ARG...]) name nothing to run: those stay placeholders to fill in.
        static const QRegularExpression capitalsOnly(QStringLiteral("^[A-Z_. ]+$"));
        if (inner.isEmpty() || capitalsOnly.match(inner).hasMatch())
            return;
        const int at = m_words.at(first).offset;
        m_result.problems.removeIf(
            [&](const LaunchProblem &p) { return p.code == Code::Placeholder && p.offset >= at; });
        m_result.spec.command = inner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        problem(Severity::Warning, Code::Placeholder, text,
                Tr::tr("%1 is an optional command: Berth put %2 in the Command field. Clear it to get a shell in the "
                       "container instead.")
                    .arg(text, inner),
                at, Field::Command);
    }

    void applyBool(const OptionDef &def, const QString &flag, bool on, const ShellWords::Word &w)
    {
        LaunchSpec &s = m_result.spec;
        switch (def.opt) {
        case Opt::Detach:
            s.detach = on;
            break;
        case Opt::Rm:
            s.autoRemove = on;
            break;
        case Opt::Interactive:
            s.interactive = on;
            break;
        case Opt::Tty:
            s.tty = on;
            break;
        case Opt::Privileged:
            s.privileged = on;
            break;
        case Opt::Init:
            s.init = on;
            break;
        case Opt::ReadOnly:
            s.readOnlyRootfs = on;
            break;
        case Opt::Ignored:
            ignored(flag, w.offset);
            break;
        default:
            unsupported(flag, w.offset);
            break;
        }
    }

    void ignored(const QString &flag, int offset)
    {
        problem(
            Severity::Warning, Code::IgnoredOption, flag,
            Tr::tr("%1 only changes how the docker command behaves; Berth does not need it and ignored it").arg(flag),
            offset);
    }

    void unsupported(const QString &flag, int offset)
    {
        problem(Severity::Error, Code::UnsupportedOption, flag,
                Tr::tr("%1 is a docker run option that Berth does not support yet").arg(flag), offset);
    }

    // NAME, HOST_DIR, CONTAINER_PATH: a word of capitals in an option value is the documentation's stand-in for
    // one of the user's own, never a real container name, folder or user.
    bool capitalsPlaceholder(const OptionDef &def, const QString &value, const ShellWords::Word &w)
    {
        static const QRegularExpression capitals(QStringLiteral("^[A-Z][A-Z0-9_]*[A-Z0-9]$"));
        QStringList parts;
        switch (def.opt) {
        case Opt::Name:
        case Opt::Workdir:
            parts = {value};
            break;
        case Opt::Volume:
            parts = value.split(QLatin1Char(':'));
            break;
        default:
            return false;
        }
        if (w.quoted)
            return false;
        for (const QString &part : std::as_const(parts)) {
            if (part.size() >= 3 && capitals.match(part).hasMatch()) {
                problem(Severity::Error, Code::Placeholder, part,
                        Tr::tr("\"%1\" is a placeholder: replace it with a real value").arg(part), w.offset);
                return true;
            }
        }
        return false;
    }

    void apply(const OptionDef &def, const QString &flag, const QString &value, const ShellWords::Word &w)
    {
        LaunchSpec &s = m_result.spec;
        const int at = w.offset;
        if (capitalsPlaceholder(def, value, w))
            return;
        switch (def.opt) {
        case Opt::Name:
            s.name = value;
            break;
        case Opt::Entrypoint:
            s.entrypoint = value;
            break;
        case Opt::Workdir:
            s.workingDir = value;
            break;
        case Opt::Env:
            env(flag, value, at);
            break;
        case Opt::EnvFile:
            s.envFiles << absolute(value);
            break;
        case Opt::Volume:
            addMount(flag, value, at, MountGrammar::volume(value));
            break;
        case Opt::Mount:
            addMount(flag, value, at, MountGrammar::mount(value));
            break;
        case Opt::Tmpfs:
            s.mounts << MountGrammar::tmpfs(value);
            break;
        case Opt::Gpus:
            gpus(flag, value, at);
            break;
        case Opt::Ipc:
            s.ipcMode = value;
            break;
        case Opt::ShmSize:
            if (const std::optional<qint64> bytes = SizeParser::parse(value))
                s.shmSizeBytes = *bytes;
            else
                invalid(flag, value, Tr::tr("expected a size such as 8g or 512m"), at, Field::ShmSize);
            break;
        case Opt::User:
            // -u $(id -u):$(id -g) is "run as me"; the ids are filled in when the body is built.
            if (w.idSubstitution && value == m_options.uid + QLatin1Char(':') + m_options.gid) {
                s.runAsMe = true;
                s.user.clear();
            } else {
                s.runAsMe = false;
                s.user = value;
            }
            break;
        case Opt::Publish:
            publish(flag, value, at);
            break;
        case Opt::Expose: {
            QString why;
            if (OptionGrammar::exposedPorts(value, &why))
                s.expose << value;
            else
                invalid(flag, value, why, at, Field::Ports);
            break;
        }
        case Opt::Label: {
            const QString key = value.section(QLatin1Char('='), 0, 0).trimmed();
            if (key.isEmpty()) {
                invalid(flag, value, Tr::tr("the label has no name"), at, Field::Labels);
                break;
            }
            s.labels.insert(key, value.contains(QLatin1Char('=')) ? value.section(QLatin1Char('='), 1) : QString());
            break;
        }
        case Opt::Cpus:
            if (const std::optional<qint64> nano = LaunchUnits::parseNanoCpus(value))
                s.nanoCpus = *nano;
            else
                invalid(flag, value, Tr::tr("expected a number of CPUs such as 4 or 1.5"), at, Field::Cpus);
            break;
        case Opt::CpusetCpus:
            if (OptionGrammar::isCpuList(value))
                s.cpusetCpus = value;
            else
                invalid(flag, value, Tr::tr("expected CPU numbers and ranges such as 0-3 or 0,2"), at, Field::Cpus);
            break;
        case Opt::Memory:
            if (const std::optional<qint64> bytes = SizeParser::parse(value))
                s.memoryBytes = *bytes;
            else
                invalid(flag, value, Tr::tr("expected a size such as 16g or 512m"), at, Field::Memory);
            break;
        case Opt::MemorySwap:
            if (value == QLatin1String("-1"))
                s.memorySwapBytes = -1;
            else if (const std::optional<qint64> bytes = SizeParser::parse(value))
                s.memorySwapBytes = *bytes;
            else
                invalid(flag, value, Tr::tr("expected a size such as 32g, or -1 for unlimited swap"), at,
                        Field::MemorySwap);
            break;
        case Opt::Ulimit:
            ulimit(flag, value, at);
            break;
        case Opt::Network:
            if (m_networkGiven) {
                problem(Severity::Error, Code::UnsupportedOption, flag,
                        Tr::tr("Berth connects a container to one network; the second %1 %2 is not supported")
                            .arg(flag, value),
                        at, Field::NetworkMode);
            } else if (value.contains(QLatin1Char('='))) {
                problem(Severity::Error, Code::UnsupportedOption, flag,
                        Tr::tr("%1 with options (%2) is not supported: give just the network name").arg(flag, value),
                        at, Field::NetworkMode);
            } else if (!OptionGrammar::isNetworkMode(value)) {
                invalid(flag, value, Tr::tr("container: needs the name or id of a container"), at, Field::NetworkMode);
            } else {
                s.networkMode = value;
            }
            m_networkGiven = true;
            break;
        case Opt::Hostname:
            s.hostname = value;
            break;
        case Opt::AddHost:
            addHost(flag, value, at);
            break;
        case Opt::Dns:
            if (OptionGrammar::isIpAddress(value.trimmed()))
                s.dns << value.trimmed();
            else
                invalid(flag, value, Tr::tr("a DNS server is given by its IP address"), at, Field::Advanced);
            break;
        case Opt::Restart: {
            const QString name = value.section(QLatin1Char(':'), 0, 0);
            const QString count = value.section(QLatin1Char(':'), 1);
            bool ok = true;
            const int retries = count.isEmpty() ? 0 : count.toInt(&ok);
            if (!ok || (value.contains(QLatin1Char(':')) && name.isEmpty())) {
                invalid(flag, value, Tr::tr("expected no, always, unless-stopped or on-failure[:N]"), at,
                        Field::RestartPolicy);
                break;
            }
            s.restartPolicy = name;
            s.restartMaxRetries = retries;
            break;
        }
        case Opt::Runtime:
            s.runtime = value;
            break;
        case Opt::Pid:
            if (OptionGrammar::isPidMode(value))
                s.pidMode = value;
            else
                invalid(flag, value, Tr::tr("expected host or container:NAME"), at, Field::Advanced);
            break;
        case Opt::Device:
            // vendor.com/class=name is a CDI device: the CLI sends it as a device request.
            if (value.contains(QLatin1Char('=')) && !OptionGrammar::isCdiDeviceName(value))
                problem(Severity::Error, Code::UnsupportedOption, flag,
                        Tr::tr("%1 %2: neither a device path nor a CDI device name (vendor.com/class=name)")
                            .arg(flag, value),
                        at, Field::Devices);
            else
                s.devices << value;
            break;
        case Opt::CapAdd:
        case Opt::CapDrop:
            if (!OptionGrammar::isKnownCapability(value)) {
                invalid(flag, value, Tr::tr("not a Linux capability (such as SYS_PTRACE or NET_ADMIN)"), at,
                        Field::Advanced);
            } else {
                (def.opt == Opt::CapAdd ? s.capAdd : s.capDrop) << value;
            }
            break;
        case Opt::SecurityOpt:
            securityOpt(flag, value, at);
            break;
        case Opt::GroupAdd:
            s.groupAdd << value;
            break;
        case Opt::Ignored:
            ignored(flag, at);
            break;
        default:
            unsupported(flag, at);
            break;
        }
    }

    QString absolute(const QString &path) const
    {
        if (path.startsWith(QLatin1Char('/')) || m_options.projectFolder.isEmpty())
            return path;
        return QDir::cleanPath(m_options.projectFolder + QLatin1Char('/') + path);
    }

    void env(const QString &flag, const QString &value, int at)
    {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? value : value.left(eq);
        if (key.isEmpty()) {
            invalid(flag, value, Tr::tr("the variable has no name"), at, Field::Env);
            return;
        }
        // -e KEY takes the value from the launching environment, as the CLI does.
        if (eq < 0 && m_options.env.contains(key))
            m_result.spec.env << key + QLatin1Char('=') + m_options.env.value(key);
        else
            m_result.spec.env << value;
    }

    // A -v, --mount or --tmpfs value as MountGrammar read it.
    void addMount(const QString &flag, const QString &value, int at, const MountGrammar::Reading &reading)
    {
        const int index = int(m_result.spec.mounts.size());
        for (const QString &option : reading.ignored) {
            problem(Severity::Warning, Code::IgnoredOption, option,
                    Tr::tr("The mount option %1 only matters on Docker Desktop for Mac; it was ignored").arg(option),
                    at, Field::Mounts, index);
        }
        if (!reading.mount) {
            if (reading.code == Code::UnsupportedOption)
                problem(Severity::Error, Code::UnsupportedOption, reading.subject, reading.why, at, Field::Mounts,
                        index);
            else
                invalid(flag, value, reading.why, at, Field::Mounts, index);
            return;
        }
        MountSpec m = *reading.mount;
        if (m.source.startsWith(QLatin1Char('.')))
            m.source = absolute(m.source);
        m_result.spec.mounts << m;
    }

    void gpus(const QString &flag, const QString &value, int at)
    {
        const bool again = m_gpusGiven;
        m_gpusGiven = true;
        QString error;
        const GpuRequest request = GpuRequest::parse(value, &error);
        if (!error.isEmpty()) {
            invalid(flag, value, error, at, Field::Gpus);
            return;
        }
        // Unquoted, the CLI's CSV reading turns device=0,1 into device 0 plus "count 1"; the engine then refuses the
        // mix. The user meant both GPUs, so that is what Berth asks for.
        if (request.mode == GpuRequest::Mode::Devices && request.deviceIds.size() > 1 &&
            !value.trimmed().startsWith(QLatin1Char('"'))) {
            problem(Severity::Warning, Code::InvalidValue, flag,
                    Tr::tr("%1 %2: the docker CLI reads this as GPU %3 plus a count of %4, which the engine refuses; "
                           "Berth uses GPUs %5 (for the CLI, quote it: '\"device=%5\"')")
                        .arg(flag, value, request.deviceIds.constFirst(), request.deviceIds.at(1),
                             request.deviceIds.join(QLatin1Char(','))),
                    at, Field::Gpus);
        }
        // Each --gpus is its own device request, as the CLI sends them.
        if (again)
            m_result.spec.moreGpus << request;
        else
            m_result.spec.gpus = request;
    }

    void publish(const QString &flag, const QString &rawValue, int at)
    {
        const int index = int(m_result.spec.ports.size());
        QString why;
        if (const std::optional<LaunchSpec::Port> port = OptionGrammar::port(rawValue, &why))
            m_result.spec.ports << *port;
        else
            invalid(flag, rawValue, why, at, Field::Ports, index);
    }

    void ulimit(const QString &flag, const QString &value, int at)
    {
        const int index = int(m_result.spec.ulimits.size());
        QString why;
        const std::optional<LaunchSpec::Ulimit> u = OptionGrammar::ulimit(value, &why);
        if (!u) {
            invalid(flag, value, why, at, Field::Ulimits, index);
            return;
        }
        for (LaunchSpec::Ulimit &existing : m_result.spec.ulimits) {
            if (existing.name == u->name) {
                existing = *u;
                return;
            }
        }
        m_result.spec.ulimits << *u;
    }

    void addHost(const QString &flag, const QString &value, int at)
    {
        QString why;
        if (const std::optional<QString> entry = OptionGrammar::addHost(value, &why))
            m_result.spec.addHosts << *entry;
        else
            invalid(flag, value, why, at, Field::Advanced);
    }

    void securityOpt(const QString &flag, const QString &value, int at)
    {
        qsizetype sep = value.indexOf(QLatin1Char('='));
        if (sep < 0 && value != QLatin1String("no-new-privileges"))
            sep = value.indexOf(QLatin1Char(':'));
        const QString key = sep < 0 ? value : value.left(sep);
        const QString val = sep < 0 ? QString() : value.mid(sep + 1);
        if (key == QLatin1String("seccomp") && val != QLatin1String("unconfined") && val != QLatin1String("builtin")) {
            problem(Severity::Error, Code::UnsupportedOption, flag,
                    Tr::tr("%1 %2: seccomp profile files are not supported yet").arg(flag, value), at, Field::Advanced);
            return;
        }
        if (value == QLatin1String("systempaths=unconfined")) {
            unsupported(flag + QLatin1Char(' ') + value, at);
            return;
        }
        if (!OptionGrammar::isSecurityOpt(value)) {
            invalid(flag, value,
                    Tr::tr("expected KEY=VALUE with label, apparmor, seccomp or systempaths, or no-new-privileges"), at,
                    Field::Advanced);
            return;
        }
        m_result.spec.securityOpts << value;
    }

    const QString &m_text;
    const DockerRunParser::Options &m_options;
    DockerRunParser::Result m_result;
    QList<ShellWords::Word> m_words;
    qsizetype m_pos = 0;
    bool m_nvidiaDocker = false;
    bool m_gpusGiven = false;
    bool m_networkGiven = false;
    QString m_nvGpu;
    int m_nvGpuOffset = -1;
};

} // namespace

DockerRunParser::Options DockerRunParser::systemOptions(const QString &projectFolder)
{
    Options options;
    options.projectFolder = projectFolder;
    options.homeDir = QDir::homePath();
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        options.env.insert(key, env.value(key));
    options.uid = QString::number(::getuid());
    options.gid = QString::number(::getgid());
    return options;
}

DockerRunParser::Result DockerRunParser::parse(const QString &text, const Options &options)
{
    return Parser(text, options).run();
}

} // namespace berth::core
