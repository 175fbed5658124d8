// SPDX-License-Identifier: Apache-2.0
#include "diskchart.h"

#include "engine/bytesize.h"

#include <QEvent>
#include <QPainter>

namespace berth::ui {

namespace {
constexpr int RowGap = 8;
constexpr int BarHeight = 14;
} // namespace

DiskChart::DiskChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DiskChart::setUsage(const core::DiskUsage &usage)
{
    m_hasUsage = true;
    m_images = usage.imageTotals();
    m_containers = usage.containerTotals();
    m_volumes = usage.volumeTotals();
    m_buildCache = usage.buildCacheTotals();
    update();
}

void DiskChart::clear()
{
    m_hasUsage = false;
    update();
}

QList<DiskChart::Row> DiskChart::rows() const
{
    return {{tr("Images"), m_images},
            {tr("Containers"), m_containers},
            {tr("Volumes"), m_volumes},
            {tr("Build cache"), m_buildCache}};
}

QString DiskChart::rowText(const Row &row) const
{
    if (!m_hasUsage)
        return QString();
    return tr("%1 · %n item(s), %2 in use · %3 reclaimable", nullptr, row.totals.count)
        .arg(core::ByteSize::format(row.totals.size))
        .arg(row.totals.active)
        .arg(core::ByteSize::format(row.totals.reclaimable));
}

QStringList DiskChart::rowTexts() const
{
    QStringList texts;
    for (const Row &row : rows())
        texts << row.label + QLatin1String(": ") + rowText(row);
    return texts;
}

QSize DiskChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {600, 4 * (line + BarHeight + RowGap)};
}

QSize DiskChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void DiskChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Row> all = rows();
    qint64 scale = 1;
    for (const Row &row : all)
        scale = qMax(scale, row.totals.size);
    const int line = fontMetrics().height();
    const QColor used = palette().color(QPalette::Highlight);
    QColor reclaimable = used;
    reclaimable.setAlphaF(0.35);
    const QColor track = palette().color(QPalette::Mid);
    int y = 0;
    const int width = this->width() - 1;
    for (const Row &row : all) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        const int labelWidth = QFontMetrics(bold).horizontalAdvance(row.label);
        p.drawText(QRect(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, row.label);
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(labelWidth + 10, y, width - labelWidth - 10, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(rowText(row), Qt::ElideRight, width - labelWidth - 10));
        y += line + 2;
        const QRectF bar(0.5, y + 0.5, width, BarHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(track.lighter(150));
        p.drawRoundedRect(bar, 3, 3);
        if (m_hasUsage && row.totals.size > 0) {
            const double total = double(width) * double(row.totals.size) / double(scale);
            const double free = total * double(row.totals.reclaimable) / double(row.totals.size);
            p.setBrush(used);
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), qMax(total - free, 0.0), BarHeight), 3, 3);
            p.setBrush(reclaimable);
            p.drawRoundedRect(QRectF(bar.left() + total - free, bar.top(), free, BarHeight), 3, 3);
        }
        y += BarHeight + RowGap;
    }
}

void DiskChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
