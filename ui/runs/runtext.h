// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runs/runrecord.h"

#include <QCoreApplication>
#include <QString>

namespace berth::ui {

// The words for runs that the Runs page, the notifications and the details share.
class RunText final
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::RunText)
public:
    RunText() = delete;
    static QString outcome(const core::RunRecord &run); // "Exited with code 3", "Killed (out of memory)" …
    static QString shortStatus(const core::RunRecord &run);
    static QString duration(qint64 msecs);
    static QString bytes(double bytes);
};

} // namespace berth::ui
