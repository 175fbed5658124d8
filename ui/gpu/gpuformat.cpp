// SPDX-License-Identifier: Apache-2.0
#include "gpuformat.h"

#include <QLabel>
#include <QPalette>

namespace berth::ui {

QString GpuFormat::title(const core::GpuInfo &gpu)
{
    if (gpu.name.isEmpty())
        return tr("GPU %1").arg(gpu.index);
    return tr("GPU %1 · %2").arg(gpu.index).arg(gpu.name);
}

QString GpuFormat::memory(qint64 usedMiB, qint64 totalMiB)
{
    if (totalMiB < 0)
        return usedMiB < 0 ? tr("memory unknown") : tr("%1 MiB used").arg(usedMiB);
    if (totalMiB < 1024)
        return tr("%1 / %2 MiB").arg(usedMiB < 0 ? QStringLiteral("?") : QString::number(usedMiB)).arg(totalMiB);
    const QString used = usedMiB < 0 ? QStringLiteral("?") : QString::number(double(usedMiB) / 1024.0, 'f', 1);
    return tr("%1 / %2 GiB").arg(used, QString::number(double(totalMiB) / 1024.0, 'f', 1));
}

QString GpuFormat::utilization(int percent)
{
    return percent < 0 ? tr("unknown") : tr("%1 %").arg(percent);
}

QString GpuFormat::holder(const core::GpuHold &hold, const core::OwnerPolicy &owners)
{
    QStringList notes;
    if (hold.owner.isEmpty())
        notes << tr("owner unknown");
    if (hold.isReserved())
        notes << tr("reserved: created, not started");
    else if (hold.state == QLatin1String("paused"))
        notes << tr("paused");
    else if (hold.state == QLatin1String("restarting"))
        notes << tr("restarting");
    QString text;
    if (hold.owner.isEmpty())
        text = hold.containerName;
    else if (hold.owner == owners.userName())
        text = tr("you · %1").arg(hold.containerName);
    else
        text = tr("%1 · %2").arg(hold.owner, hold.containerName);
    if (!notes.isEmpty())
        text = tr("%1 (%2)").arg(text, notes.join(QStringLiteral("; ")));
    return text;
}

QString GpuFormat::holders(const QList<core::GpuHold> &holds, const core::OwnerPolicy &owners)
{
    QStringList parts;
    for (const core::GpuHold &hold : holds)
        parts << holder(hold, owners);
    return parts.join(QStringLiteral("; "));
}

QString GpuFormat::remoteEngineNote(const QString &engineHost)
{
    return tr("The engine runs on %1, but nvidia-smi runs on this computer: the GPUs shown here are this "
              "computer's, not the engine host's.")
        .arg(engineHost);
}

QString GpuFormat::duration(qint64 secs)
{
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60) {
        const int h = int(minutes / 60), m = int(minutes % 60);
        return m == 0 ? tr("%n h", nullptr, h) : tr("%1 h %2 min").arg(h).arg(m);
    }
    return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

void GpuFormat::setTone(QLabel *label, Tone tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor color = palette.color(QPalette::WindowText);
    switch (tone) {
    case Tone::Plain:
        break;
    case Tone::Muted:
        color = palette.color(QPalette::PlaceholderText);
        break;
    case Tone::Good:
        color = dark ? QColor(0x7f, 0xd1, 0x8b) : QColor(0x1b, 0x7f, 0x3b);
        break;
    case Tone::Warning:
        color = dark ? QColor(0xf0, 0xb4, 0x5a) : QColor(0x9a, 0x56, 0x00);
        break;
    case Tone::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
        break;
    }
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace berth::ui
