// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/gpuhold.h"
#include "gpu/gpuinfo.h"
#include "gpu/ownerpolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QLabel;

namespace berth::ui {

// Wording shared by the GPU panel and the GPU picker, so both name holders and sizes the same way.
class GpuFormat final
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::GpuFormat)
public:
    static QString title(const core::GpuInfo &gpu);         // "GPU 0 · NVIDIA A100-SXM4-80GB"
    static QString memory(qint64 usedMiB, qint64 totalMiB); // "12.3 / 80.0 GiB"
    static QString utilization(int percent);                // "45 %" or "unknown"
    // "alice · train-bert", "you · notebook", "train-bert (owner unknown)", with the state when not running.
    static QString holder(const core::GpuHold &hold, const core::OwnerPolicy &owners);
    static QString holders(const QList<core::GpuHold> &holds, const core::OwnerPolicy &owners);
    static QString remoteEngineNote(const QString &engineHost);
    // "45 min", "2 h 5 min", "3 days": how long a GPU has been idle.
    static QString duration(qint64 secs);

    enum class Tone { Plain, Muted, Good, Warning, Error };
    // Colours a label's text for its tone in a way that follows the palette's lightness.
    static void setTone(QLabel *label, Tone tone);
};

} // namespace berth::ui
