// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/gpuhold.h"
#include "gpu/gpuinfo.h"
#include "gpu/ownerpolicy.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace berth::ui {

// One GPU in the GPU panel: name, memory and utilisation bars, and who holds it.
class GpuCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuCard)
public:
    explicit GpuCard(QWidget *parent = nullptr);

    void setGpu(const core::GpuInfo &gpu, const QList<core::GpuHold> &holders, const core::OwnerPolicy &owners);
    // Seconds this GPU has shown 0 % while held, when past the idle threshold; -1 otherwise. Only marks.
    void setIdleSeconds(qint64 secs);
    bool isMarkedIdle() const { return m_idleSecs >= 0 && !m_holders.isEmpty(); }
    QString statusText() const;
    int gpuIndex() const { return m_gpu.index; }
    // For tests and accessibility: the holder line as shown.
    QString holdersText() const;
    QString memoryText() const;
    QString utilizationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    core::GpuInfo m_gpu;
    QList<core::GpuHold> m_holders;
    core::OwnerPolicy m_owners;
    qint64 m_idleSecs = -1;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_memoryLabel;
    QProgressBar *m_memory;
    QLabel *m_utilizationLabel;
    QProgressBar *m_utilization;
    QLabel *m_holdersLabel;
};

} // namespace berth::ui
