// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/containerstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace berth::ui {

// The engine words a container's status in English ("Up 5 minutes", "Exited (3) 2 hours ago"). This rewords the
// forms the engine produces (moby container/state.go with go-units HumanDuration) in the UI language; anything
// else is shown as the engine sent it.
class ContainerStatusText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::ContainerStatusText)
public:
    static QString translate(const QString &engineText);
    static QString translateDuration(const QString &duration); // "5 minutes", "About an hour", …
    // The status as of `now`, counted from the status's own `since`, in the engine's rounding (go-units
    // HumanDuration) so that it reads like `docker ps` at that moment.
    static QString describe(const core::ContainerStatus &status, const QDateTime &now);
    static QString humanDuration(qint64 msecs);
};

} // namespace berth::ui
