// SPDX-License-Identifier: Apache-2.0
#include "requirementscommand.h"

#include "shellwords.h"

#include <QDir>

namespace berth::core {

namespace {
const QString &pipCacheTarget()
{
    static const QString target = QLatin1String(LaunchSpec::PipCacheTarget);
    return target;
}

bool isCacheMount(const MountSpec &m)
{
    return m.type == MountSpec::Type::Volume && m.syntax == MountSpec::Syntax::Volume && !m.source.isEmpty() &&
           m.target == pipCacheTarget() && !m.readOnly && m.propagation.isEmpty() && m.selinuxLabel.isEmpty() &&
           !m.noCopy;
}
} // namespace

QString RequirementsCommand::projectTarget(const LaunchSpec &spec)
{
    if (spec.projectFolder.isEmpty())
        return {};
    const QString folder = QDir::cleanPath(spec.projectFolder);
    for (const MountSpec &m : spec.mounts) {
        if (m.type == MountSpec::Type::Bind && QDir::cleanPath(m.source) == folder)
            return m.target;
    }
    return {};
}

QString RequirementsCommand::requirementsArgument(const LaunchSpec &spec)
{
    const QString target = projectTarget(spec);
    const QString &file = spec.requirements.file;
    if (target.isEmpty() || spec.workingDir == target || file.startsWith(QLatin1Char('/')))
        return file;
    return target + QLatin1Char('/') + file;
}

QString RequirementsCommand::script(const LaunchSpec &spec)
{
    QString text = QStringLiteral("pip install ");
    if (!spec.requirements.cacheVolume.isEmpty())
        text += QStringLiteral("--cache-dir ") + pipCacheTarget() + QLatin1Char(' ');
    text += QStringLiteral("-r ") + ShellWords::quote(requirementsArgument(spec));
    if (!spec.command.isEmpty())
        text += QStringLiteral(" && ") + ShellWords::join(spec.command);
    return text;
}

const QStringList &RequirementsCommand::shells()
{
    static const QStringList list{QStringLiteral("/bin/bash"), QStringLiteral("bash"), QStringLiteral("/bin/sh"),
                                  QStringLiteral("sh")};
    return list;
}

QStringList RequirementsCommand::wrap(const LaunchSpec &spec, bool imageHasBash)
{
    QString shell = spec.requirements.shell;
    if (!shells().contains(shell))
        shell = QStringLiteral("/bin/bash");
    if (!imageHasBash && spec.requirements.usesBash())
        shell = QStringLiteral("/bin/sh");
    return {shell, QStringLiteral("-c"), script(spec)};
}

bool RequirementsCommand::recognise(LaunchSpec &spec)
{
    if (spec.requirements.enabled || spec.command.size() != 3 || spec.command.at(1) != QLatin1String("-c"))
        return false;
    if (!shells().contains(spec.command.at(0)))
        return false;
    const QString original = spec.command.at(2);
    ShellWords::Options literal;
    literal.literalOnly = true;
    const ShellWords::Result split = ShellWords::split(original, literal);
    if (!split.literal || !split.problems.isEmpty())
        return false;
    const QList<ShellWords::Word> &w = split.words;
    qsizetype k = 0;
    auto is = [&w](qsizetype at, const char *text) {
        return at < w.size() && !w.at(at).isOperator && w.at(at).text == QLatin1String(text);
    };
    if (!is(0, "pip") || !is(1, "install"))
        return false;
    k = 2;
    bool cached = false;
    if (is(k, "--cache-dir") && k + 1 < w.size() && w.at(k + 1).text == pipCacheTarget()) {
        cached = true;
        k += 2;
    }
    if (!is(k, "-r") || k + 1 >= w.size() || w.at(k + 1).isOperator)
        return false;
    const QString argument = w.at(k + 1).text;
    k += 2;
    if (k >= w.size() || !w.at(k).isOperator || w.at(k).text != QLatin1String("&&"))
        return false;
    ++k;
    QStringList inner;
    for (; k < w.size(); ++k) {
        if (w.at(k).isOperator)
            return false;
        inner << w.at(k).text;
    }
    if (inner.isEmpty())
        return false;

    LaunchSpec candidate = spec;
    candidate.command = inner;
    candidate.requirements.enabled = true;
    candidate.requirements.shell = spec.command.at(0);
    candidate.requirements.cacheVolume.clear();
    if (cached) {
        qsizetype cacheIndex = -1;
        for (qsizetype m = 0; m < candidate.mounts.size(); ++m) {
            if (isCacheMount(candidate.mounts.at(m))) {
                cacheIndex = m;
                break;
            }
        }
        if (cacheIndex < 0)
            return false; // --cache-dir without the volume: not Berth's wrapper, keep the command as typed
        candidate.requirements.cacheVolume = candidate.mounts.at(cacheIndex).source;
        candidate.mounts.removeAt(cacheIndex);
    }
    // Invert requirementsArgument().
    const QString target = projectTarget(candidate);
    if (target.isEmpty() || candidate.workingDir == target) {
        candidate.requirements.file = argument;
    } else if (argument.startsWith(target + QLatin1Char('/'))) {
        candidate.requirements.file = argument.mid(target.size() + 1);
    } else {
        candidate.requirements.file = argument;
    }
    if (script(candidate) != original)
        return false;
    spec = candidate;
    return true;
}

} // namespace berth::core
