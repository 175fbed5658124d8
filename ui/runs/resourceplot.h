// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

namespace berth::core {
class ResourceHistory;
class ResourceMonitor;
} // namespace berth::core

namespace berth::ui {

// Painted plots of one container's recent resources (CPU %, memory against its limit, GPU utilisation, network and
// disk rates), newest on the right. Painting reads the monitor's bounded history directly; nothing is copied.
class ResourcePlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePlot)
public:
    explicit ResourcePlot(QWidget *parent = nullptr);

    void setSource(core::ResourceMonitor *monitor, const QString &containerId);
    QString containerId() const { return m_containerId; }
    void setWindowSeconds(int seconds); // default 600 (ten minutes)

    enum class Metric { Cpu, Memory, Gpu, Io };
    // A small line of one metric, for list cells.
    static void paintSparkline(QPainter *painter, const QRect &rect, const core::ResourceHistory &history,
                               Metric metric, const QColor &color);

    QSize sizeHint() const override { return {420, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintPanel(QPainter &p, const QRect &rect, const core::ResourceHistory &h, Metric metric, qint64 endMs);

    QPointer<core::ResourceMonitor> m_monitor;
    QString m_containerId;
    int m_windowSecs = 600;
};

} // namespace berth::ui
