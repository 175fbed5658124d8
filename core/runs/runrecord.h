// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// How a run ended. Stored by name (outcomeName) so the database stays readable and stable across versions.
enum class RunOutcome {
    Running,       // launched and not seen ending yet
    Exited,        // ended on its own; exitCode says how
    Killed,        // stopped or killed from outside (a kill event came before the exit)
    OomKilled,     // the kernel's out-of-memory killer ended it
    Removed,       // removed while it was running (docker rm -f)
    EngineLost,    // the engine went away while it ran and the container was gone when it came back
    Unknown,       // it ended while nobody watched and the engine no longer knows it
    FailedToStart, // created but the start failed
};

// The resources one run used, summarised when it ends.
struct RunSummary
{
    qint64 peakMemoryBytes = -1; // -1: never sampled
    double meanCpuPercent = -1;
    double meanGpuUtilPercent = -1;
    qint64 peakGpuMemoryBytes = -1;
    bool isEmpty() const { return peakMemoryBytes < 0 && meanCpuPercent < 0 && meanGpuUtilPercent < 0; }
};

// One launch, as the run history keeps it: what was run, where, with which image, and how it ended.
struct RunRecord
{
    qint64 id = 0;       // the database's; 0 before it is stored
    QString containerId; // full id
    QString name;
    QString server;      // the engine: a context name or the endpoint's host
    QString owner;       // login name of whoever launched it
    QString image;       // the reference as launched (image[:tag][@digest])
    QString imageDigest; // repo@sha256:… when the image came from a registry, else the local image id
    QString imageId;     // sha256:… of the image the container was created from
    QString dockerRun;   // the canonical docker run line
    QJsonObject spec;    // LaunchSpec::toJson()
    QString projectFolder;
    QString gpus;   // the --gpus value it got, empty without GPUs
    QString source; // form, profile, paste, cli
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<int> exitCode;
    RunOutcome outcome = RunOutcome::Running;
    QString message;     // the engine's error or why the outcome is what it is
    QStringList logTail; // the last lines of its output (at most LogTailLines)
    RunSummary summary;
    bool autoRemove = false;

    static constexpr int LogTailLines = 1000;

    bool isFinished() const { return outcome != RunOutcome::Running; }
    bool isFailure() const;                            // anything but exit code 0
    qint64 durationMsecs() const;                      // -1 when it never started
    QJsonObject toJson(bool withLogTail = true) const; // for `berth runs --json` and the export
    static RunRecord fromJson(const QJsonObject &object);

    static QString outcomeName(RunOutcome outcome); // "running", "exited", "oom-killed", …
    static std::optional<RunOutcome> outcomeFromName(const QString &name);
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::RunRecord)
