// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace berth::core {

// A container's status as facts instead of the engine's English sentence ("Up 5 minutes", "Exited (137) About an
// hour ago"): what it is doing, its exit code, its health, and since when. The engine's sentence is frozen at the
// moment of listing; `since` lets a view count on by itself without asking the engine again.
struct ContainerStatus
{
    enum class Kind { Unknown, Created, Up, Exited, Restarting, Removing, Dead };
    enum class Health { None, Starting, Healthy, Unhealthy };

    Kind kind = Kind::Unknown;
    Health health = Health::None;
    bool paused = false;
    int exitCode = 0;
    // When the current state began: start time for Up, finish time for Exited/Restarting. Invalid when unknown.
    QDateTime since;
    // since came from an event's own timestamp rather than from the rounded duration in the engine's sentence.
    bool exact = false;
    QString engineText; // the sentence the engine sent, shown when Kind is Unknown

    // Reads the engine's sentence (moby container/state.go, durations from go-units HumanDuration) as received at
    // receivedAt. The engine rounds durations down ("5 minutes" is 5:00 to 5:59), so since is put in the middle of
    // the possible range: off by at most half a unit, and only until the next event gives the exact time.
    static ContainerStatus parse(const QString &engineText, const QDateTime &receivedAt);
    // go-units HumanDuration, inverted: "About an hour" → 3600 s. Returns -1 for text it does not know, and the
    // width of the rounding in *unitSeconds.
    static qint64 parseDuration(const QString &text, qint64 *unitSeconds = nullptr);
};

} // namespace berth::core
