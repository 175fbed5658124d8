// SPDX-License-Identifier: Apache-2.0
#include "mountvalidator.h"

#include "mounts/sizeparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace berth::core {

namespace {

bool isAtOrUnder(const QString &path, const QString &base)
{
    if (base == QLatin1String("/"))
        return true;
    return path == base || path.startsWith(base + QLatin1Char('/'));
}

bool isStrictlyUnder(const QString &path, const QString &base)
{
    return path != base && isAtOrUnder(path, base);
}

using Severity = LaunchProblem::Severity;
using Part = LaunchProblem::Part;
using Code = LaunchProblem::Code;
using FixIt = LaunchProblem::FixIt;

LaunchProblem problem(int row, Severity severity, Part part, Code code, const QString &subject, QString message)
{
    LaunchProblem p;
    p.field = LaunchProblem::Field::Mounts;
    p.index = row;
    p.severity = severity;
    p.part = part;
    p.code = code;
    p.subject = subject;
    p.message = std::move(message);
    return p;
}

struct PasswdHomes
{
    QString userName;
    QStringList otherHomes;
};

// getpwent() walks shared static state; one walk per process is enough (accounts rarely change while Berth runs).
PasswdHomes passwdHomes()
{
    static QMutex mutex;
    static bool done = false;
    static PasswdHomes cached;
    QMutexLocker lock(&mutex);
    if (done)
        return cached;
    done = true;
    const uid_t me = geteuid();
    if (const passwd *pw = getpwuid(me))
        cached.userName = QString::fromLocal8Bit(pw->pw_name);
    setpwent();
    while (const passwd *pw = getpwent()) {
        if (pw->pw_uid == me || !pw->pw_dir)
            continue;
        const QString home = QDir::cleanPath(QString::fromLocal8Bit(pw->pw_dir));
        // System accounts have homes like /var/lib/x or /nonexistent; people have /home/x or a uid from 1000 up.
        const bool person = home.startsWith(QLatin1String("/home/")) || (pw->pw_uid >= 1000 && pw->pw_uid != 65534);
        if (!person || home == QLatin1String("/") || home.startsWith(QLatin1String("/nonexistent")))
            continue;
        if (!cached.otherHomes.contains(home))
            cached.otherHomes.append(home);
    }
    endpwent();
    return cached;
}

} // namespace

MountValidator::HostContext MountValidator::HostContext::current()
{
    HostContext host;
    const PasswdHomes homes = passwdHomes();
    host.userName = homes.userName.isEmpty() ? qEnvironmentVariable("USER") : homes.userName;
    host.homeDir = QDir::cleanPath(QDir::homePath());
    for (const QString &home : homes.otherHomes) {
        if (home != host.homeDir)
            host.otherHomes.append(home);
    }
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    host.engineDataRoots = {QStringLiteral("/var/lib/docker")};
    host.isRoot = ::geteuid() == 0;
    const QString dockerHost = qEnvironmentVariable("DOCKER_HOST");
    if (dockerHost.startsWith(QLatin1String("unix://"))) {
        const QString socket = QDir::cleanPath(dockerHost.mid(7));
        if (!host.engineSockets.contains(socket))
            host.engineSockets.append(socket);
    }
    return host;
}

bool MountValidator::isValidVolumeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    return re.match(name).hasMatch();
}

bool MountValidator::isSystemContainerPath(const QString &cleanPath)
{
    return cleanPath == QLatin1String("/") || isAtOrUnder(cleanPath, QStringLiteral("/proc"));
}

bool MountValidator::isReplacedSystemContainerPath(const QString &cleanPath)
{
    return cleanPath == QLatin1String("/sys") || cleanPath == QLatin1String("/dev");
}

LaunchProblem MountValidator::unparsedSizeProblem(int row, const QString &text)
{
    return problem(row, Severity::Error, LaunchProblem::Part::Size, Code::InvalidValue, text,
                   tr("Row %1: the tmpfs size “%2” is not a size. Write a number with an optional unit, such as 64m "
                      "or 1g.")
                       .arg(row + 1)
                       .arg(text));
}

QList<LaunchProblem> MountValidator::validate(const QList<MountSpec> &mounts, const QString &pipCacheTarget) const
{
    QList<LaunchProblem> out;
    QHash<QString, QList<int>> rowsByTarget;
    const QString pipCache = pipCacheTarget.isEmpty() ? QString() : QDir::cleanPath(pipCacheTarget);

    for (int row = 0; row < mounts.size(); ++row) {
        const MountSpec &m = mounts.at(row);
        const int n = row + 1;

        switch (m.type) {
        case MountSpec::Type::Bind: {
            if (m.source.trimmed().isEmpty()) {
                out.append(problem(row, Severity::Error, Part::Source, Code::Required, QString(),
                                   tr("Row %1: choose a host folder to mount.").arg(n)));
                break;
            }
            if (!QDir::isAbsolutePath(m.source)) {
                out.append(problem(
                    row, Severity::Error, Part::Source, Code::PathNotAbsolute, m.source,
                    tr("Row %1: the host folder “%2” must be a full path starting with /.").arg(n).arg(m.source)));
                break;
            }
            const QString source = QDir::cleanPath(m.source);
            if (m.syntax == MountSpec::Syntax::Volume && m.source.contains(QLatin1Char(':'))) {
                LaunchProblem p = problem(
                    row, Severity::Error, Part::Source, Code::InvalidValue, m.source,
                    tr("Row %1: the host folder “%2” contains “:”, which -v cannot express.").arg(n).arg(m.source));
                p.fixIt = FixIt::UseMountSyntax;
                p.fixItLabel = tr("Use --mount");
                out.append(p);
            }
            if (m_host.server) {
                if (m_host.server->isMissing(source)) {
                    out.append(problem(row, Severity::Error, Part::Source, Code::HostPathMissing, source,
                                       tr("Row %1: the host folder “%2” does not exist on %3. Create it there yourself "
                                          "so that it belongs to you; the engine would create it owned by root.")
                                           .arg(n)
                                           .arg(source, m_host.server->server)));
                }
                checkRiskyHostPath(row, source, out);
            } else if (m_host.checkHostPaths) {
                QFileInfo info(source);
                if (!info.exists()) {
                    LaunchProblem p = problem(
                        row, Severity::Error, Part::Source, Code::HostPathMissing, source,
                        tr("Row %1: the host folder “%2” does not exist. Create it yourself so that it belongs to you; "
                           "the engine would create it owned by root.")
                            .arg(n)
                            .arg(source));
                    p.fixIt = FixIt::CreateHostPathAsMe;
                    p.fixItLabel = tr("Create folder");
                    p.path = source;
                    out.append(p);
                }
                checkRiskyHostPath(row, source, out);
                const QString canonical = info.exists() ? info.canonicalFilePath() : QString();
                if (!canonical.isEmpty() && canonical != source) {
                    // A symlink (or /var/run -> /run) must not hide what is really mounted.
                    QList<LaunchProblem> viaLink;
                    checkRiskyHostPath(row, canonical, viaLink);
                    for (const LaunchProblem &p : std::as_const(viaLink)) {
                        bool seen = false;
                        for (const LaunchProblem &q : std::as_const(out))
                            seen = seen || (q.index == row && q.code == p.code);
                        if (!seen)
                            out.append(p);
                    }
                }
            } else {
                checkRiskyHostPath(row, source, out);
            }
            break;
        }
        case MountSpec::Type::Volume:
            if (!m.source.isEmpty() && !isValidVolumeName(m.source)) {
                out.append(problem(row, Severity::Error, Part::Source, Code::InvalidName, m.source,
                                   tr("Row %1: “%2” is not a valid volume name. Use letters, digits, “_”, “.” and "
                                      "“-”, starting with a letter or digit, at least two characters.")
                                       .arg(n)
                                       .arg(m.source)));
            }
            break;
        case MountSpec::Type::Tmpfs: {
            if (m.tmpfsSizeBytes < 0) {
                out.append(problem(row, Severity::Error, Part::Size, Code::InvalidValue, QString(),
                                   tr("Row %1: the tmpfs size cannot be negative.").arg(n)));
            }
            const QString optionSize = SizeParser::tmpfsOptionSize(m.tmpfsOptions);
            if (!optionSize.isEmpty() && !SizeParser::isValidTmpfsOptionSize(optionSize)) {
                out.append(problem(row, Severity::Error, Part::Size, Code::InvalidValue, optionSize,
                                   tr("Row %1: the tmpfs size “%2” is not a size. --tmpfs takes a number with an "
                                      "optional k, m or g, or a percentage such as 50%.")
                                       .arg(n)
                                       .arg(optionSize)));
            }
            break;
        }
        }

        // As written: the engine refuses " /data" (a pasted line can carry the space; the editor trims what is typed).
        const QString target = m.target;
        if (target.trimmed().isEmpty()) {
            out.append(problem(row, Severity::Error, Part::Target, Code::Required, QString(),
                               tr("Row %1: enter the path inside the container, such as /data.").arg(n)));
            continue;
        }
        if (!target.startsWith(QLatin1Char('/'))) {
            LaunchProblem p = problem(row, Severity::Error, Part::Target, Code::PathNotAbsolute, target,
                                      tr("Row %1: the container path “%2” must start with /.").arg(n).arg(target));
            if (!target.trimmed().startsWith(QLatin1Char('/'))) {
                p.fixIt = FixIt::MakeTargetAbsolute;
                p.fixItLabel = tr("Use /%1").arg(target);
            }
            out.append(p);
            continue;
        }
        const QString cleanTarget = QDir::cleanPath(target);
        if (isSystemContainerPath(cleanTarget)) {
            out.append(problem(row, Severity::Error, Part::Target, Code::SystemContainerPath, cleanTarget,
                               tr("Row %1: %2 is a system path inside the container; mounting over it breaks the "
                                  "container. Choose another path.")
                                   .arg(n)
                                   .arg(cleanTarget)));
        } else if (isReplacedSystemContainerPath(cleanTarget)) {
            out.append(problem(row, Severity::Warning, Part::Target, Code::SystemContainerPath, cleanTarget,
                               tr("Row %1: this mount replaces the container's own %2. Only tools that read the "
                                  "host's devices or kernel state need that; other programs may stop working.")
                                   .arg(n)
                                   .arg(cleanTarget)));
        }
        if (m.syntax == MountSpec::Syntax::Volume && target.contains(QLatin1Char(':'))) {
            LaunchProblem p = problem(
                row, Severity::Error, Part::Target, Code::InvalidValue, target,
                tr("Row %1: the container path “%2” contains “:”, which -v cannot express.").arg(n).arg(target));
            p.fixIt = FixIt::UseMountSyntax;
            p.fixItLabel = tr("Use --mount");
            out.append(p);
        }
        if (cleanTarget == pipCache) {
            out.append(problem(row, Severity::Error, Part::Target, Code::Duplicate, target,
                               tr("Row %1: the pip cache for installing requirements is mounted at %2. Choose another "
                                  "container path, or turn off the pip cache.")
                                   .arg(n)
                                   .arg(cleanTarget)));
        }
        rowsByTarget[cleanTarget].append(row);
    }

    for (auto it = rowsByTarget.cbegin(); it != rowsByTarget.cend(); ++it) {
        const QList<int> &rows = it.value();
        if (rows.size() < 2)
            continue;
        for (int row : rows) {
            QStringList others;
            for (int other : rows) {
                if (other != row)
                    others.append(QString::number(other + 1));
            }
            out.append(problem(row, Severity::Error, Part::Target, Code::Duplicate, it.key(),
                               tr("Row %1: row %2 also mounts at %3. Each container path can be mounted once.")
                                   .arg(row + 1)
                                   .arg(others.join(QLatin1String(", ")))
                                   .arg(it.key())));
        }
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const LaunchProblem &a, const LaunchProblem &b) { return a.index < b.index; });
    return out;
}

void MountValidator::checkRiskyHostPath(int row, const QString &path, QList<LaunchProblem> &out) const
{
    const int n = row + 1;

    if (path == QLatin1String("/")) {
        out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyHostRoot, path,
                           tr("Row %1: this mounts the host's whole file system (/). Everyone's files, and the "
                              "system itself, become writable by the container's root user.")
                               .arg(n)));
        return;
    }
    if (isAtOrUnder(path, QStringLiteral("/etc"))) {
        out.append(problem(row, Severity::Warning, Part::Source, Code::RiskySystemConfig, path,
                           tr("Row %1: %2 holds the host's system configuration, including password hashes. The "
                              "container's root user can read and change it.")
                               .arg(n)
                               .arg(path)));
    }
    // A hard link to the socket has another name but the same device and inode.
    struct stat target = {};
    const bool targetKnown =
        m_host.checkHostPaths && ::stat(QFile::encodeName(path).constData(), &target) == 0 && S_ISSOCK(target.st_mode);
    for (const QString &socket : m_host.engineSockets) {
        struct stat known = {};
        if (targetKnown && path != socket && ::stat(QFile::encodeName(socket).constData(), &known) == 0 &&
            known.st_dev == target.st_dev && known.st_ino == target.st_ino) {
            out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyEngineSocket, path,
                               tr("Row %1: %2 is a link to the Docker engine's socket (%3). Anything in the container "
                                  "that uses it has root on the host and can reach every user's containers.")
                                   .arg(n)
                                   .arg(path, socket)));
            break;
        }
        if (path == socket) {
            out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyEngineSocket, path,
                               tr("Row %1: %2 is the Docker engine's socket. Anything in the container that uses it "
                                  "has root on the host and can reach every user's containers.")
                                   .arg(n)
                                   .arg(path)));
            break;
        }
        if (isStrictlyUnder(socket, path)) {
            out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyEngineSocket, path,
                               tr("Row %1: %2 contains the Docker engine's socket (%3), which gives root on the host "
                                  "to anything in the container that uses it.")
                                   .arg(n)
                                   .arg(path, socket)));
            break;
        }
    }

    for (const QString &root : m_host.engineDataRoots) {
        // The data root itself, inside it, or a folder that contains it.
        if (isAtOrUnder(path, root) || isStrictlyUnder(root, path)) {
            out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyEngineData, path,
                               tr("Row %1: %2 holds the Docker engine's data (%3): every image, volume and "
                                  "container's files. Changing it can break the engine for everyone.")
                                   .arg(n)
                                   .arg(path, root)));
            break;
        }
    }
    static const QStringList systemFolders{QStringLiteral("/dev"), QStringLiteral("/sys"), QStringLiteral("/boot"),
                                           QStringLiteral("/usr")};
    for (const QString &folder : systemFolders) {
        if (isAtOrUnder(path, folder)) {
            out.append(problem(row, Severity::Warning, Part::Source, Code::RiskySystemFolder, path,
                               tr("Row %1: %2 is part of the host system (%3). The container's root user can change "
                                  "the host's devices, kernel settings or programs through it.")
                                   .arg(n)
                                   .arg(path, folder)));
            break;
        }
    }
    if (!m_host.isRoot && isAtOrUnder(path, QStringLiteral("/root"))) {
        out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyRootHome, path,
                           tr("Row %1: %2 is in the root user's home folder, which is not yours: it often holds "
                              "credentials for the whole server.")
                               .arg(n)
                               .arg(path)));
    }

    const QString ownHome = QDir::cleanPath(m_host.homeDir);
    if (!ownHome.isEmpty() && isAtOrUnder(path, ownHome))
        return;
    QString otherHome;
    bool containsOthers = false;
    for (const QString &home : m_host.otherHomes) {
        if (isAtOrUnder(path, home)) {
            otherHome = home;
            break;
        }
        if (isStrictlyUnder(home, path))
            containsOthers = true;
    }
    // Accounts from a directory service may not be listed: treat any /home/<name> that is not ours as someone's.
    static const QRegularExpression homeRe(QStringLiteral("^(/home/[^/]+)(/.*)?$"));
    if (otherHome.isEmpty()) {
        const QRegularExpressionMatch match = homeRe.match(path);
        if (match.hasMatch() && !isAtOrUnder(ownHome, match.captured(1)))
            otherHome = match.captured(1);
    }
    if (!otherHome.isEmpty()) {
        out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyOtherUsersHome, path,
                           tr("Row %1: %2 is in another user's home folder (%3). On a shared server, mount only your "
                              "own files.")
                               .arg(n)
                               .arg(path, otherHome)));
    } else if (containsOthers || path == QLatin1String("/home")) {
        out.append(problem(row, Severity::Warning, Part::Source, Code::RiskyOtherUsersHome, path,
                           tr("Row %1: %2 contains other users' home folders. On a shared server, mount only your own "
                              "files.")
                               .arg(n)
                               .arg(path)));
    }
}

bool MountValidator::createHostFolder(const QString &path, QString *errorMessage)
{
    if (!QDir::isAbsolutePath(path)) {
        if (errorMessage)
            *errorMessage = tr("“%1” is not a full path.").arg(path);
        return false;
    }
    if (QDir().mkpath(path) && QFileInfo(path).isDir())
        return true;
    if (errorMessage) {
        *errorMessage =
            QFileInfo(path).exists()
                ? tr("“%1” exists but is not a folder.").arg(path)
                : tr("Could not create the folder “%1”. Check that you may write to its parent folder.").arg(path);
    }
    return false;
}

bool MountValidator::applyToSpec(const LaunchProblem &problem, MountSpec &spec)
{
    if (problem.field != LaunchProblem::Field::Mounts)
        return false;
    switch (problem.fixIt) {
    case FixIt::MakeTargetAbsolute:
        spec.target = QLatin1Char('/') + spec.target.trimmed();
        return true;
    case FixIt::UseMountSyntax:
        spec.syntax = MountSpec::Syntax::Mount;
        return true;
    case FixIt::None:
    case FixIt::CreateHostPathAsMe:
        return false;
    }
    return false;
}

} // namespace berth::core
