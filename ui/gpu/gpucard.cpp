// SPDX-License-Identifier: Apache-2.0
#include "gpucard.h"

#include "gpu/gpuallocation.h"
#include "gpuformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

namespace berth::ui {

namespace {
QProgressBar *makeBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    bar->setAlignment(Qt::AlignCenter);
    bar->setMinimumWidth(160);
    return bar;
}

void setBarTone(QProgressBar *bar, double fraction)
{
    QPalette palette = bar->palette();
    QColor colour(0x3a, 0x7b, 0xd5);
    if (fraction >= 0.9)
        colour = QColor(0xc6, 0x28, 0x28);
    else if (fraction >= 0.6)
        colour = QColor(0xe0, 0x8a, 0x00);
    palette.setColor(QPalette::Highlight, colour);
    bar->setPalette(palette);
}
} // namespace

GpuCard::GpuCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_memoryLabel(new QLabel(this)),
      m_memory(makeBar(this)), m_utilizationLabel(new QLabel(this)), m_utilization(makeBar(this)),
      m_holdersLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_holdersLabel->setTextFormat(Qt::PlainText); // container names and owners are other people's text
    m_holdersLabel->setWordWrap(true);
    m_holdersLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_status, 0, 2);
    layout->addWidget(m_memoryLabel, 1, 0);
    layout->addWidget(m_memory, 1, 1, 1, 2);
    layout->addWidget(m_utilizationLabel, 2, 0);
    layout->addWidget(m_utilization, 2, 1, 1, 2);
    layout->addWidget(m_holdersLabel, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(4, 1); // cards in one grid row share a height; keep the content at the top
    retranslate();
}

void GpuCard::setGpu(const core::GpuInfo &gpu, const QList<core::GpuHold> &holders, const core::OwnerPolicy &owners)
{
    m_gpu = gpu;
    m_holders = holders;
    m_owners = owners;
    retranslate();
}

void GpuCard::setIdleSeconds(qint64 secs)
{
    if (secs == m_idleSecs)
        return;
    m_idleSecs = secs;
    retranslate();
}

QString GpuCard::statusText() const
{
    return m_status->text();
}

QString GpuCard::holdersText() const
{
    return m_holdersLabel->text();
}
QString GpuCard::memoryText() const
{
    return m_memory->format();
}
QString GpuCard::utilizationText() const
{
    return m_utilization->format();
}

void GpuCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void GpuCard::retranslate()
{
    m_title->setText(GpuFormat::title(m_gpu));
    m_title->setToolTip(m_gpu.uuid);
    m_memoryLabel->setText(tr("Memory"));
    m_utilizationLabel->setText(tr("Utilisation"));

    const bool memoryKnown = m_gpu.memoryTotalMiB > 0 && m_gpu.memoryUsedMiB >= 0;
    const double memoryFraction = memoryKnown ? double(m_gpu.memoryUsedMiB) / double(m_gpu.memoryTotalMiB) : 0.0;
    m_memory->setValue(int(memoryFraction * 1000));
    m_memory->setFormat(GpuFormat::memory(m_gpu.memoryUsedMiB, m_gpu.memoryTotalMiB));
    setBarTone(m_memory, memoryFraction);

    const int percent = m_gpu.utilizationPercent;
    m_utilization->setValue(percent < 0 ? 0 : percent * 10);
    m_utilization->setFormat(GpuFormat::utilization(percent));
    setBarTone(m_utilization, percent < 0 ? 0.0 : percent / 100.0);

    if (m_holders.isEmpty() && core::GpuAllocation::looksBusy(m_gpu)) {
        m_status->setText(tr("Busy"));
        GpuFormat::setTone(m_status, GpuFormat::Tone::Warning);
        m_holdersLabel->setText(tr("No container holds this GPU, but it is in use: by a program outside containers, "
                                   "or by another engine on this computer."));
        GpuFormat::setTone(m_holdersLabel, GpuFormat::Tone::Plain);
    } else if (m_holders.isEmpty()) {
        m_status->setText(tr("Free"));
        GpuFormat::setTone(m_status, GpuFormat::Tone::Good);
        m_holdersLabel->setText(tr("No container holds this GPU."));
        GpuFormat::setTone(m_holdersLabel, GpuFormat::Tone::Muted);
    } else {
        bool onlyReserved = true;
        for (const core::GpuHold &hold : std::as_const(m_holders))
            onlyReserved = onlyReserved && hold.isReserved();
        const bool idle = isMarkedIdle();
        m_status->setText(idle           ? tr("Idle %1").arg(GpuFormat::duration(m_idleSecs))
                          : onlyReserved ? tr("Reserved")
                                         : tr("In use"));
        GpuFormat::setTone(m_status, idle ? GpuFormat::Tone::Error : GpuFormat::Tone::Warning);
        QStringList lines;
        for (const core::GpuHold &hold : std::as_const(m_holders))
            lines << QStringLiteral("● ") + GpuFormat::holder(hold, m_owners);
        if (idle)
            lines << tr("Held but at 0 % utilisation for %1. Nothing is stopped automatically; you may ask the owner "
                        "to release it.")
                         .arg(GpuFormat::duration(m_idleSecs));
        m_holdersLabel->setText(lines.join(QLatin1Char('\n')));
        GpuFormat::setTone(m_holdersLabel, GpuFormat::Tone::Plain);
    }
}

} // namespace berth::ui
