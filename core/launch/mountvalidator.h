// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"
#include "mounts/mountspec.h"
#include "mounts/serverpaths.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace berth::core {

// The one set of mount rules, for the mount editor and for LaunchValidator alike: errors block Run, warnings (risky
// host folders on a shared server) need a confirmation. Problems are LaunchProblems on Field::Mounts, index = row,
// worded "Row N: …". Probing host folders is file I/O (stat, and the passwd database in HostContext::current()),
// so the UI runs validate() on a worker thread.
class MountValidator final
{
    Q_DECLARE_TR_FUNCTIONS(MountValidator)
public:
    // Facts about the machine the engine runs on that decide what is risky.
    struct HostContext
    {
        QString userName;
        QString homeDir;
        QStringList otherHomes;    // other accounts' home folders
        QStringList engineSockets; // /var/run/docker.sock, /run/docker.sock, plus the endpoint's own socket
        // /var/lib/docker, plus the DockerRootDir the engine reports: its images, volumes and containers' files.
        QStringList engineDataRoots;
        bool isRoot = false; // the launching user is root: /root is their own home
        // False for a remote engine: its host folders are not ours to stat or create.
        bool checkHostPaths = true;
        // A remote engine's server, with what it answered about the bind sources: missing folders are reported
        // "on SERVER" (and cannot be created from here); paths are judged risky by name alone.
        std::optional<ServerPaths> server;

        // The current user, the passwd database's other home folders under /home (or of uid >= 1000), the
        // standard socket paths. Reads files: call it off the UI thread.
        static HostContext current();
    };

    MountValidator() = default;
    explicit MountValidator(HostContext host) : m_host(std::move(host)) {}

    const HostContext &host() const { return m_host; }

    // pipCacheTarget: the container path the launch itself mounts its pip cache volume at (LaunchSpec::Requirements
    // with a cache volume), so a row on it is a duplicate; empty when there is none.
    QList<LaunchProblem> validate(const QList<MountSpec> &mounts, const QString &pipCacheTarget = {}) const;

    // A size typed into the editor that did not parse (SizeParser::parse), reported like validate() would.
    static LaunchProblem unparsedSizeProblem(int row, const QString &text);

    // Engine rule for volume names: [a-zA-Z0-9][a-zA-Z0-9_.-]+
    static bool isValidVolumeName(const QString &name);
    // "/" and /proc with anything under it: the engine or the runtime refuses a mount there (an error).
    static bool isSystemContainerPath(const QString &cleanPath);
    // "/sys" and "/dev": the docker CLI and the engine take a mount there (monitoring agents read the host's through
    // -v /sys:/sys:ro), but it hides the container's own, so it is a warning to confirm.
    static bool isReplacedSystemContainerPath(const QString &cleanPath);

    // The CreateHostPathAsMe fix-it, for mounts and the project folder alike: mkdir -p as the current user (never
    // through the engine: that makes it root's).
    static bool createHostFolder(const QString &path, QString *errorMessage = nullptr);
    // Applies a fix-it that only rewrites the spec (MakeTargetAbsolute, UseMountSyntax); false for the others.
    static bool applyToSpec(const LaunchProblem &problem, MountSpec &spec);

private:
    void checkRiskyHostPath(int row, const QString &path, QList<LaunchProblem> &out) const;
    HostContext m_host;
};

} // namespace berth::core
