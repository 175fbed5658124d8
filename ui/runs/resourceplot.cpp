// SPDX-License-Identifier: Apache-2.0
#include "resourceplot.h"

#include "runs/resourcehistory.h"
#include "runs/resourcemonitor.h"
#include "runtext.h"

#include <QPainter>
#include <QPainterPath>

namespace berth::ui {

namespace {
float valueOf(const core::ResourceHistory::Point &p, ResourcePlot::Metric m)
{
    switch (m) {
    case ResourcePlot::Metric::Cpu:
        return p.cpuPercent;
    case ResourcePlot::Metric::Memory:
        return p.memoryBytes;
    case ResourcePlot::Metric::Gpu:
        return p.gpuUtilPercent;
    case ResourcePlot::Metric::Io:
        return p.netBytesPerSec + p.blockBytesPerSec;
    }
    return 0;
}

QColor colorOf(ResourcePlot::Metric m)
{
    switch (m) {
    case ResourcePlot::Metric::Cpu:
        return QColor(0x1f, 0x77, 0xb4);
    case ResourcePlot::Metric::Memory:
        return QColor(0x9c, 0x27, 0xb0);
    case ResourcePlot::Metric::Gpu:
        return QColor(0x2e, 0x7d, 0x32);
    case ResourcePlot::Metric::Io:
        return QColor(0xef, 0x6c, 0x00);
    }
    return Qt::black;
}
} // namespace

ResourcePlot::ResourcePlot(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resourcePlot"));
    setMinimumHeight(180);
}

void ResourcePlot::setSource(core::ResourceMonitor *monitor, const QString &containerId)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_containerId = containerId;
    if (m_monitor) {
        // Repaint only for this container's readings: twenty plots at 1 Hz stay cheap.
        connect(m_monitor, &core::ResourceMonitor::sampled, this, [this](const QString &id) {
            if (id == m_containerId && isVisible())
                update();
        });
    }
    update();
}

void ResourcePlot::setWindowSeconds(int seconds)
{
    m_windowSecs = qMax(10, seconds);
    update();
}

void ResourcePlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const core::ResourceHistory *h = m_monitor ? m_monitor->history(m_containerId) : nullptr;
    if (!h || h->isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No resource readings yet. They appear while the container runs."));
        return;
    }
    bool gpu = false;
    for (int i = qMax(0, h->size() - 60); i < h->size(); ++i)
        gpu = gpu || h->at(i).gpuUtilPercent >= 0;
    QList<Metric> metrics{Metric::Cpu, Metric::Memory, Metric::Io};
    if (gpu)
        metrics.insert(2, Metric::Gpu);
    const int gap = 6;
    const int panelH = (height() - gap * (int(metrics.size()) + 1)) / int(metrics.size());
    const qint64 endMs = h->last().timeMs;
    for (int i = 0; i < metrics.size(); ++i)
        paintPanel(p, QRect(gap, gap + i * (panelH + gap), width() - 2 * gap, panelH), *h, metrics[i], endMs);
}

void ResourcePlot::paintPanel(QPainter &p, const QRect &rect, const core::ResourceHistory &h, Metric metric,
                              qint64 endMs)
{
    const qint64 startMs = endMs - qint64(m_windowSecs) * 1000;
    float maxValue = metric == Metric::Cpu || metric == Metric::Gpu ? 100.f : 1.f;
    float limit = 0;
    const core::ResourceHistory::Point &last = h.last();
    for (int i = 0; i < h.size(); ++i) {
        const auto &pt = h.at(i);
        if (pt.timeMs < startMs)
            continue;
        maxValue = qMax(maxValue, valueOf(pt, metric));
        if (metric == Metric::Memory && pt.memoryLimitBytes > 0)
            limit = pt.memoryLimitBytes;
    }
    // The memory limit is drawn only when it is in sight (a host-sized limit would flatten the line).
    if (metric == Metric::Memory && limit > 0 && limit < maxValue * 4)
        maxValue = qMax(maxValue, limit);
    maxValue *= 1.1f;

    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect.adjusted(0, 0, -1, -1));
    const QRect plot = rect.adjusted(1, 16, -1, -1);
    auto xOf = [&](qint64 t) { return plot.left() + double(t - startMs) / double(endMs - startMs) * plot.width(); };
    auto yOf = [&](float v) { return plot.bottom() - double(qMax(0.f, v)) / double(maxValue) * plot.height(); };

    QPainterPath line;
    bool started = false;
    for (int i = 0; i < h.size(); ++i) {
        const auto &pt = h.at(i);
        if (pt.timeMs < startMs)
            continue;
        const float v = valueOf(pt, metric);
        if (v < 0) {
            started = false;
            continue;
        }
        const QPointF at(xOf(pt.timeMs), yOf(v));
        if (!started)
            line.moveTo(at);
        else
            line.lineTo(at);
        started = true;
    }
    const QColor color = colorOf(metric);
    QColor fill = color;
    fill.setAlpha(40);
    if (!line.isEmpty()) {
        QPainterPath area = line;
        area.lineTo(line.currentPosition().x(), plot.bottom());
        area.lineTo(line.elementAt(0).x, plot.bottom());
        area.closeSubpath();
        p.fillPath(area, fill);
        p.setPen(QPen(color, 1.5));
        p.drawPath(line);
    }
    if (metric == Metric::Memory && limit > 0 && limit <= maxValue) {
        p.setPen(QPen(color, 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(limit)), QPointF(plot.right(), yOf(limit)));
    }

    QString label;
    switch (metric) {
    case Metric::Cpu:
        label = tr("CPU %1%").arg(double(last.cpuPercent), 0, 'f', 0);
        break;
    case Metric::Memory:
        label = limit > 0 ? tr("Memory %1 of %2").arg(RunText::bytes(last.memoryBytes), RunText::bytes(limit))
                          : tr("Memory %1").arg(RunText::bytes(last.memoryBytes));
        break;
    case Metric::Gpu:
        label = last.gpuMemoryBytes >= 0 ? tr("GPU %1% · %2")
                                               .arg(double(last.gpuUtilPercent), 0, 'f', 0)
                                               .arg(RunText::bytes(last.gpuMemoryBytes))
                                         : tr("GPU –");
        break;
    case Metric::Io:
        label = tr("Network %1/s · Disk %2/s")
                    .arg(RunText::bytes(last.netBytesPerSec), RunText::bytes(last.blockBytesPerSec));
        break;
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect.adjusted(6, 1, -6, 0), Qt::AlignLeft | Qt::AlignTop, label);
}

void ResourcePlot::paintSparkline(QPainter *painter, const QRect &rect, const core::ResourceHistory &history,
                                  Metric metric, const QColor &color)
{
    if (history.size() < 2 || rect.width() < 4)
        return;
    // The last two minutes, one point per pixel at most.
    const int n = qMin(history.size(), 120);
    const int first = history.size() - n;
    float maxValue = metric == Metric::Cpu || metric == Metric::Gpu ? 100.f : 1.f;
    for (int i = first; i < history.size(); ++i)
        maxValue = qMax(maxValue, valueOf(history.at(i), metric));
    QPainterPath path;
    for (int i = first; i < history.size(); ++i) {
        const double x = rect.left() + double(i - first) / double(n - 1) * rect.width();
        const double y = rect.bottom() - double(qMax(0.f, valueOf(history.at(i), metric))) / maxValue * rect.height();
        if (i == first)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.2));
    painter->drawPath(path);
    painter->restore();
}

} // namespace berth::ui
