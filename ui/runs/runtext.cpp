// SPDX-License-Identifier: Apache-2.0
#include "runtext.h"

#include "engine/bytesize.h"

#include <QLocale>

namespace berth::ui {

using core::RunOutcome;

QString RunText::outcome(const core::RunRecord &run)
{
    switch (run.outcome) {
    case RunOutcome::Running:
        return tr("Running");
    case RunOutcome::Exited:
        return run.exitCode.value_or(0) == 0 ? tr("Finished successfully (exit code 0)")
                                             : tr("Exited with code %1").arg(run.exitCode.value_or(-1));
    case RunOutcome::Killed:
        return tr("Stopped or killed (exit code %1)").arg(run.exitCode.value_or(-1));
    case RunOutcome::OomKilled:
        return tr("Killed: out of memory");
    case RunOutcome::Removed:
        return tr("Removed while it was running");
    case RunOutcome::EngineLost:
        return tr("Outcome unknown: the engine went away while it ran");
    case RunOutcome::Unknown:
        return tr("Outcome unknown: it ended while Berth was closed and the container is gone");
    case RunOutcome::FailedToStart:
        return run.message.isEmpty() ? tr("Could not start") : tr("Could not start: %1").arg(run.message);
    }
    return {};
}

QString RunText::shortStatus(const core::RunRecord &run)
{
    switch (run.outcome) {
    case RunOutcome::Running:
        return tr("Running");
    case RunOutcome::Exited:
        return run.exitCode.value_or(0) == 0 ? tr("Succeeded") : tr("Failed");
    case RunOutcome::Killed:
        return tr("Killed");
    case RunOutcome::OomKilled:
        return tr("Out of memory");
    case RunOutcome::Removed:
        return tr("Removed");
    case RunOutcome::EngineLost:
        return tr("Engine lost");
    case RunOutcome::Unknown:
        return tr("Unknown");
    case RunOutcome::FailedToStart:
        return tr("Did not start");
    }
    return {};
}

QString RunText::duration(qint64 msecs)
{
    if (msecs < 0)
        return QStringLiteral("–");
    const qint64 s = msecs / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString RunText::bytes(double bytes)
{
    return core::ByteSize::format(qint64(bytes), core::ByteSize::Units::Traditional, 1);
}

} // namespace berth::ui
