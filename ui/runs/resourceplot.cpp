// SPDX-License-Identifier: Apache-2.0
#include "resourceplot.h"

#include "runs/resourcehistory.h"
#include "runs/resourcemonitor.h"
#include "runtext.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QTimer>

#include <climits>
#include <cmath>

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

// Readings of many containers come together (their streams opened together, and the engine reads each once a
// second): repainting every plot in the frame after them would hold the UI for all of them at once. Plots with new
// readings wait here and repaint a few per frame instead, spread over a fraction of the second between readings.
class RepaintQueue final : public QObject
{
public:
    static constexpr int PlotsPerFrame = 4;

    static RepaintQueue &instance()
    {
        static QPointer<RepaintQueue> queue;
        if (!queue)
            queue = new RepaintQueue(QCoreApplication::instance());
        return *queue;
    }

    void add(ResourcePlot *plot)
    {
        if (!m_waiting.contains(plot))
            m_waiting.append(plot);
        if (!m_frame.isActive())
            m_frame.start();
    }

private:
    explicit RepaintQueue(QObject *parent) : QObject(parent)
    {
        m_frame.setInterval(16);
        connect(&m_frame, &QTimer::timeout, this, [this] {
            for (int n = 0; n < PlotsPerFrame && !m_waiting.isEmpty();) {
                const QPointer<ResourcePlot> plot = m_waiting.takeFirst();
                if (plot && plot->isVisible()) {
                    plot->update();
                    ++n;
                }
            }
            if (m_waiting.isEmpty())
                m_frame.stop();
        });
    }

    QList<QPointer<ResourcePlot>> m_waiting;
    QTimer m_frame;
};

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
        // Repaint only for this container's readings, a few plots per frame (RepaintQueue).
        connect(m_monitor, &core::ResourceMonitor::sampled, this, [this](const QString &id) {
            if (id == m_containerId && isVisible())
                RepaintQueue::instance().add(this);
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
    // Readings are in time order: the window's first one is found by halving, not by reading an hour of them.
    int first = 0;
    for (int hi = h.size(); first < hi;) {
        const int mid = (first + hi) / 2;
        if (h.at(mid).timeMs < startMs)
            first = mid + 1;
        else
            hi = mid;
    }
    float maxValue = metric == Metric::Cpu || metric == Metric::Gpu ? 100.f : 1.f;
    float limit = 0;
    const core::ResourceHistory::Point &last = h.last();
    for (int i = first; i < h.size(); ++i) {
        const auto &pt = h.at(i);
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

    // At most the lowest and highest reading per pixel column: ten minutes of readings in a 300-pixel plot draw
    // as 300 columns, and peaks stay visible. A gap (no GPU reading) ends a line.
    QList<QPolygonF> lines(1);
    int column = INT_MIN;
    float low = 0;
    float high = 0;
    auto flush = [&] {
        if (column == INT_MIN)
            return;
        // On pixel centres: a one-pixel line there covers one row of pixels instead of smearing over two.
        auto centre = [](double v) { return std::floor(v) + 0.5; };
        lines.last() << QPointF(column + 0.5, centre(yOf(low)));
        if (high != low)
            lines.last() << QPointF(column + 0.5, centre(yOf(high)));
    };
    for (int i = first; i < h.size(); ++i) {
        const auto &pt = h.at(i);
        const float v = valueOf(pt, metric);
        if (v < 0) {
            flush();
            column = INT_MIN;
            if (!lines.last().isEmpty())
                lines.append(QPolygonF());
            continue;
        }
        const int x = int(xOf(pt.timeMs));
        if (x != column) {
            flush();
            column = x;
            low = high = v;
        } else {
            low = qMin(low, v);
            high = qMax(high, v);
        }
    }
    flush();
    const QColor color = colorOf(metric);
    QColor fill = color;
    fill.setAlpha(40);
    for (const QPolygonF &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        QPolygonF area = line;
        area << QPointF(line.last().x(), plot.bottom()) << QPointF(line.first().x(), plot.bottom());
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(area);
        p.setBrush(Qt::NoBrush);
        // One pixel wide: the raster engine draws such a line directly; a wider one goes through the general stroker,
        // which cost most of a frame for twenty plots.
        QPen pen(color, 1);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPolyline(line);
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
